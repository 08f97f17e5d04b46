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
import sys
import threading

import loopback

LOCK = threading.Lock()
QUEUE = []
CAPTURED = []


class Handler(loopback.Handler):
    def handle_any(self):
        body = self.read_body()
        if self.path == "/_capture/respond":
            with LOCK:
                QUEUE.append(json.loads(body))
            return self.reply(200, "{}")
        if self.path == "/_capture/requests":
            with LOCK:
                out = list(CAPTURED)
                CAPTURED.clear()
            return self.reply(200, json.dumps(out), loopback.JSON)
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
        return self.reply(canned.get("status", 200), canned.get("body", ""), headers)

    do_GET = do_POST = do_PUT = handle_any


if __name__ == "__main__":
    sys.exit(loopback.serve_http(Handler))
