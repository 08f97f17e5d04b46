#!/usr/bin/env python3
"""Loopback stand-in for the container credentials endpoint and EC2 IMDS.

Binds 127.0.0.1 on a free port, prints "port: N" when ready, serves until
killed. python3 stdlib only. Behaviour is set by the spec through control routes:

  POST /_ctl/set    JSON merged into the state (keys below)
  POST /_ctl/reset  state back to the defaults, request log emptied
  GET  /_ctl/log    JSON list of {method, path, headers} of the served requests

Container:  GET /creds/<anything>
  container_status (200), container_fail_next (N answers of 500 first),
  container_body (raw body instead of the credentials JSON),
  container_auth (when set, Authorization must equal it, else 401)
IMDS:
  PUT /latest/api/token            token_status (200), token_delay_ms (0)
  GET /latest/meta-data/iam/security-credentials/[<role>]
                                   role ("test-role"), require_token (false: v1 allowed),
                                   imds_body (raw body for the role document)
Credentials: AccessKeyId "ASIA" + serial (one more per credentials answer),
SecretAccessKey secret_key, Token session_token, Expiration expiration.
"""
import json
import sys
import threading
import time

import loopback

DEFAULTS = {
    "container_status": 200, "container_fail_next": 0, "container_body": None, "container_auth": None,
    "token_status": 200, "token_delay_ms": 0, "role": "test-role", "require_token": False,
    "imds_body": None, "secret_key": "SERVERSECRETxxxxxxxxxxxxxxxxxxxxxxxxxxx1",
    "session_token": "SERVERTOKEN123456789", "expiration": "2099-01-01T00:00:00Z",
}
STATE = dict(DEFAULTS)
LOG = []
TOKENS = set()
SERIAL = [0]
RESETS = [0]  # a delayed request that wakes after a reset belongs to an earlier test: not logged
LOCK = threading.Lock()


def creds_doc():
    SERIAL[0] += 1
    return json.dumps({"Code": "Success", "Type": "AWS-HMAC", "LastUpdated": "2026-01-01T00:00:00Z",
                       "AccessKeyId": "ASIA%04d" % SERIAL[0], "SecretAccessKey": STATE["secret_key"],
                       "Token": STATE["session_token"], "Expiration": STATE["expiration"],
                       "AccountId": "123456789012"})


def reset_extras():  # the tokens issued, the serials, and delayed requests (RESETS)
    RESETS[0] += 1
    TOKENS.clear()
    SERIAL[0] = 0


class Handler(loopback.Handler):
    def send(self, code, body, ctype="application/json"):
        return self.reply(code, body, {"Content-Type": ctype})

    def handle_any(self):
        body = self.read_body()
        p = self.path
        resets = RESETS[0]
        if p == "/latest/api/token" and STATE["token_delay_ms"]:
            time.sleep(STATE["token_delay_ms"] / 1000.0)  # outside the lock: others go on
        with LOCK:
            if p.startswith("/_ctl/"):
                return loopback.control(self, p, body, STATE, DEFAULTS, LOG, reset_extras)
            if resets == RESETS[0]:
                LOG.append({"method": self.command, "path": p,
                            "headers": {k.lower(): v for k, v in self.headers.items()}})
            if p.startswith("/creds/"):
                return self.container()
            if p == "/latest/api/token" and self.command == "PUT":
                return self.token()
            if p.startswith("/latest/meta-data/iam/security-credentials/") and self.command == "GET":
                return self.imds(p[len("/latest/meta-data/iam/security-credentials/"):])
            return self.send(404, '{"message":"no route"}')

    def container(self):
        if STATE["container_fail_next"] > 0:
            STATE["container_fail_next"] -= 1
            return self.send(500, '{"code":"InternalError","message":"try again"}')
        want = STATE["container_auth"]
        if want is not None and self.headers.get("Authorization") != want:
            return self.send(401, '{"code":"Unauthorized","message":"bad token"}')
        if STATE["container_status"] != 200:
            return self.send(STATE["container_status"], '{"code":"Err","message":"' + STATE["secret_key"] + '"}')
        if STATE["container_body"] is not None:
            return self.send(200, STATE["container_body"])
        return self.send(200, creds_doc())

    def token(self):
        if not self.headers.get("x-aws-ec2-metadata-token-ttl-seconds"):
            return self.send(400, "missing ttl", "text/plain")
        if STATE["token_status"] != 200:
            return self.send(STATE["token_status"], "", "text/plain")
        tok = "TOKEN-%d" % (len(TOKENS) + 1)
        TOKENS.add(tok)
        return self.send(200, tok, "text/plain")

    def imds(self, rest):
        tok = self.headers.get("x-aws-ec2-metadata-token")
        if tok is not None and tok not in TOKENS:
            return self.send(401, "", "text/plain")
        if tok is None and STATE["require_token"]:
            return self.send(401, "", "text/plain")
        if rest == "":
            return self.send(200, STATE["role"] + "\n", "text/plain")
        if rest != STATE["role"]:
            return self.send(404, "", "text/plain")
        if STATE["imds_body"] is not None:
            return self.send(200, STATE["imds_body"])
        return self.send(200, creds_doc())

    do_GET = do_PUT = do_POST = handle_any


if __name__ == "__main__":
    sys.exit(loopback.serve_http(Handler))
