#!/usr/bin/env python3
"""Canned-response HTTP/1.1 server for the transport specs and the bench.

Binds 127.0.0.1 (port 0 = a free one), prints "port: N" when ready, serves
until killed. `canned_server.py PORT --tls CERT KEY` serves HTTPS instead. Keep-alive HTTP/1.1. Routes (path, query string):
  /ok                      200 {"ok":true} with x-amzn-RequestId
  /echo                    200, JSON of method, path, headers, body, peer port
  /status?code=N           status N, JSON error body, x-amzn-errortype if type=
  /delay?ms=N              sleeps N ms, then 200
  /chunked?n=N             chunked body of N bytes ("x" repeated)
  /big?n=N                 Content-Length body of N bytes
  /close                   closes the connection without answering
  /headers?h=N:V&h=...     200 "{}" with the header lines "N: V" in that order (repeats kept)
  /flaky?key=K&fail=N&code=S  first N requests for key K answer S (default 503), then 200
  /echo_error?mode=M       400 whose message echoes the request headers, as a careless
                           server might: M = full (default), cut (bytes 10-50 and the last
                           40 of each value, without names), urlencoded (percent-encoded values),
                           window (bytes 5-29 of each value), deep (the full echo in a modeled
                           field: ValidationException ErrorDetails[0].FieldValidationError.Message),
                           repeat&n=N (the session token N times, in the message)
  anything else (POST /)   200 "{}" (the bench's canned answer)
Options: [port] [--tls CERT KEY] (HTTPS with that certificate).
"""
import json
import socket
import sys
import threading
import time
from urllib.parse import parse_qs, parse_qsl, quote, urlparse

import loopback

COUNTS = {}
LOCK = threading.Lock()


class Handler(loopback.Handler):
    # Buffered writes (flushed once per response by handle_one_request; with
    # the TCP_NODELAY of loopback.Handler): headers and body leave in one segment.
    wbufsize = 65536

    def send(self, code, body, headers=None):
        base = {"Content-Type": "application/x-amz-json-1.0", "x-amzn-RequestId": "req-%d" % code}
        return self.reply(code, body, dict(base, **(headers or {})))

    def handle_any(self):
        u = urlparse(self.path)
        q = {k: v[0] for k, v in parse_qs(u.query).items()}
        body = self.read_body()
        p = u.path.rstrip("/") or "/"  # an endpoint path gets the operation's "/" appended
        if p == "/ok":
            return self.send(200, '{"ok":true}')
        if p == "/echo":
            hs = {}
            for k, v in self.headers.items():
                hs.setdefault(k.lower(), v)
            return self.send(200, json.dumps({"method": self.command, "path": self.path, "headers": hs,
                                              "body": body.decode("latin-1"),
                                              "peer_port": self.client_address[1]}))
        if p == "/status":
            code = int(q.get("code", "500"))
            h = {}
            if "type" in q:
                h["x-amzn-errortype"] = q["type"]
            return self.send(code, json.dumps({"__type": q.get("type", "InternalServerException"),
                                               "message": "canned %d" % code}), h)
        if p == "/delay":
            time.sleep(int(q.get("ms", "100")) / 1000.0)
            return self.send(200, '{"delayed":true}')
        if p == "/chunked":
            n = int(q.get("n", "100000"))
            self.send_response(200)
            self.send_header("Content-Type", "text/plain")
            self.send_header("Transfer-Encoding", "chunked")
            self.end_headers()
            left = n
            while left > 0:
                k = min(left, 8192)
                self.wfile.write(b"%x\r\n" % k + b"x" * k + b"\r\n")
                left -= k
            self.wfile.write(b"0\r\n\r\n")
            self.wfile.flush()
            return None
        if p == "/big":
            return self.send(200, b"x" * int(q.get("n", "1000000")))
        if p == "/headers":
            self.send_response(200)
            for k, v in parse_qsl(u.query, keep_blank_values=True):
                if k == "h":
                    name, _, value = v.partition(":")
                    self.send_header(name, value)
            self.send_header("Content-Length", "2")
            self.end_headers()
            self.wfile.write(b"{}")
            return None
        if p == "/close":
            self.close_connection = True
            self.wfile.flush()
            try:
                self.connection.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass
            return None
        if p == "/echo_error":
            mode = q.get("mode", "full")
            if mode == "repeat":
                tok = self.headers.get("X-Amz-Security-Token", "")
                msg = ("X-Amz-Security-Token: %s; " % tok) * int(q.get("n", "1"))
                return self.send(400, json.dumps({"__type": "ValidationException", "message": msg}))
            parts = []
            for k, v in self.headers.items():
                if mode == "cut":
                    parts.append("%s ... %s" % (v[10:50], v[-40:]))
                    continue
                if mode == "window":
                    parts.append(v[4:29])
                    continue
                if mode == "urlencoded":
                    v = quote(v, safe="")
                parts.append("%s: %s" % (k, v))
            msg = "; ".join(parts)
            if mode == "deep":
                return self.send(400, json.dumps({
                    "__type": "ValidationException", "message": "bad request", "Reason": "REQUEST_VALIDATION_FAILED",
                    "ErrorDetails": [{"FieldValidationError": {"Name": "Identifier", "Code": "INVALID_VALUE",
                                                               "Message": "the request was " + msg}}]}))
            return self.send(400, json.dumps({"__type": "ValidationException", "message": "bad request " + msg}))
        if p == "/flaky":
            key = q.get("key", "")
            with LOCK:
                COUNTS[key] = COUNTS.get(key, 0) + 1
                seen = COUNTS[key]
            if seen <= int(q.get("fail", "1")):
                code = int(q.get("code", "503"))
                return self.send(code, json.dumps({"__type": q.get("type", "ServiceUnavailableException"),
                                                   "message": "flaky"}))
            return self.send(200, json.dumps({"attempt": seen}))
        return self.send(200, "{}")

    do_GET = do_POST = do_PUT = do_DELETE = do_HEAD = handle_any


def main():
    args = sys.argv[1:]
    tls = None
    if "--tls" in args:
        i = args.index("--tls")
        tls = args[i + 1:i + 3]
        del args[i:i + 3]
    return loopback.serve_http(Handler, loopback.port_arg(args), tls)


if __name__ == "__main__":
    sys.exit(main())
