#!/usr/bin/env python3
"""Loopback HTTP/1.1 server that records requests exactly and answers with
queued canned responses (spec/39-generic_model_spec.lua).

Binds 127.0.0.1 (port 0 = a free one), prints "port: N" when ready, serves
until killed. Any host name that reaches it is accepted (libcurl resolves
*.localhost to loopback, so host-prefixed endpoints arrive here too).

  POST /_capture/respond   body {"status": 200, "headers": {...}, "body": "..."}:
                           queue the answer to the next captured request
  GET  /_capture/requests  JSON list of the requests captured since the last
                           call (then forgotten): method, target, headers as
                           [name, value] pairs in wire order, body_b64, and
                           gunzipped_b64 when the body is gzip (else null)
  anything else            recorded; answered with the next queued answer,
                           or 200 "{}" when none is queued
"""
import base64
import gzip
import json
import socket
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

LOCK = threading.Lock()
QUEUE = []
CAPTURED = []


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def setup(self):
        BaseHTTPRequestHandler.setup(self)
        self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

    def log_message(self, *args):  # quiet
        pass

    def answer(self, status, body, headers=None):
        data = body.encode() if isinstance(body, str) else body
        self.send_response(status)
        for k, v in (headers or {}).items():
            self.send_header(k, v)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def handle_any(self):
        n = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(n) if n else b""
        if self.path == "/_capture/respond":
            with LOCK:
                QUEUE.append(json.loads(body))
            return self.answer(200, "{}")
        if self.path == "/_capture/requests":
            with LOCK:
                out = list(CAPTURED)
                CAPTURED.clear()
            return self.answer(200, json.dumps(out), {"Content-Type": "application/json"})
        unzipped = None
        if "gzip" in (self.headers.get("Content-Encoding") or ""):
            try:
                unzipped = base64.b64encode(gzip.decompress(body)).decode()
            except OSError:
                unzipped = None
        with LOCK:
            CAPTURED.append({"method": self.command, "target": self.path,
                             "headers": [[k, v] for k, v in self.headers.items()],
                             "body_b64": base64.b64encode(body).decode(),
                             "gunzipped_b64": unzipped})
            canned = QUEUE.pop(0) if QUEUE else {"status": 200, "body": "{}"}
        headers = {"Content-Type": "application/x-amz-json-1.0", "x-amzn-RequestId": "capture-req"}
        headers.update(canned.get("headers") or {})
        return self.answer(canned.get("status", 200), canned.get("body", ""), headers)

    do_GET = do_POST = do_PUT = handle_any


def main():
    srv = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    srv.daemon_threads = True
    print("port: %d" % srv.server_address[1], flush=True)
    try:
        srv.serve_forever()
    except KeyboardInterrupt:
        pass
    return 0


if __name__ == "__main__":
    sys.exit(main())
