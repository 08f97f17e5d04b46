#!/usr/bin/env python3
"""Loopback stand-in for IAM Identity Center: the SSO portal (GetRoleCredentials)
and SSO OIDC (CreateToken with grant refresh_token).

Binds 127.0.0.1 on a free port, prints "port: N" when ready, serves until
killed. python3 stdlib only. Control routes as cred_server.py:

  POST /_ctl/set    JSON merged into the state (keys below)
  POST /_ctl/reset  state back to the defaults, request log emptied
  GET  /_ctl/log    JSON list of {method, path, query, headers, body}

GET /federation/credentials?account_id=..&role_name=.. checked as the service
would: the header x-amz-sso_bearer_token must be in `valid_tokens` (else 401
UnauthorizedException, with x-amzn-errortype), no Authorization header (the
call is unsigned), both query args present (else 400) and equal to `account_id`
/ `role_name` when those are set (else 403 ForbiddenException).
`portal_status` + `portal_body` answer every portal call with that instead.

POST /token: a JSON body with grantType "refresh_token", clientId,
clientSecret and refreshToken equal to the state's (else 400 invalid_grant /
invalid_client, as OIDC answers). `oidc_status` + `oidc_body` override.
Answer: accessToken SSOTOKEN-refreshed-<n>, expiresIn `expires_in`,
refreshToken `new_refresh_token` (omitted when null/false).
Role credentials: accessKeyId ASIASSO<n>, secretAccessKey SSOSECRET.., sessionToken
SSOSESSION.., expiration `expiration_ms` (epoch milliseconds).
"""
import json
import sys
import threading
from urllib.parse import parse_qs, urlsplit

import loopback

DEFAULTS = {"valid_tokens": ["SSOTOKEN-valid"], "account_id": None, "role_name": None,
            "portal_status": None, "portal_body": None, "expiration_ms": 4102444800000,
            "client_id": "SSOCLIENT-id", "client_secret": "SSOCLIENTSECRET-1", "refresh_token": "SSOREFRESH-1",
            "expires_in": 3600, "new_refresh_token": "SSOREFRESH-2", "oidc_status": None, "oidc_body": None}
STATE = dict(DEFAULTS)
LOG = []
SERIAL = [0]
LOCK = threading.Lock()


def restart_serials():
    SERIAL[0] = 0


class Handler(loopback.Handler):
    def send(self, code, body, extra=None):
        return self.reply(code, body, dict(loopback.JSON, **(extra or {})))

    def handle_any(self):
        body = self.read_body()
        with LOCK:
            if self.path.startswith("/_ctl/"):
                return loopback.control(self, self.path, body, STATE, DEFAULTS, LOG, restart_serials)
            u = urlsplit(self.path)
            query = {k: v[0] for k, v in parse_qs(u.query, keep_blank_values=True).items()}
            headers = {k.lower(): v for k, v in self.headers.items()}
            LOG.append({"method": self.command, "path": u.path, "query": query, "headers": headers,
                        "body": body.decode("utf-8", "replace")})
            if u.path == "/federation/credentials":
                return self.portal(headers, query)
            if u.path == "/token":
                return self.oidc(headers, body)
            return self.error(404, "UnknownOperationException", "no such route")

    def error(self, status, code, message):
        return self.send(status, json.dumps({"message": message}), {"x-amzn-errortype": code + ":http://internal"})

    def portal(self, h, q):
        if self.command != "GET":
            return self.error(405, "InvalidRequestException", "GET only")
        if STATE["portal_status"] is not None:
            return self.send(STATE["portal_status"], STATE["portal_body"] or "")
        if "authorization" in h:
            return self.error(400, "InvalidRequestException", "GetRoleCredentials is not signed")
        if h.get("x-amz-sso_bearer_token") not in STATE["valid_tokens"]:
            return self.error(401, "UnauthorizedException", "Session token not found or invalid")
        for k in ("account_id", "role_name"):
            if not q.get(k):
                return self.error(400, "InvalidRequestException", "missing " + k)
            if STATE[k] is not None and q[k] != STATE[k]:
                return self.error(403, "ForbiddenException", "No access")
        SERIAL[0] += 1
        n = SERIAL[0]
        return self.send(200, json.dumps({"roleCredentials": {
            "accessKeyId": "ASIASSO%04d" % n, "secretAccessKey": "SSOSECRETxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx%d" % n,
            "sessionToken": "SSOSESSION%d/abc+def=" % n, "expiration": STATE["expiration_ms"]}}))

    def oidc(self, h, body):
        if STATE["oidc_status"] is not None:
            return self.send(STATE["oidc_status"], STATE["oidc_body"] or "")
        if self.command != "POST" or not h.get("content-type", "").startswith("application/json"):
            return self.send(400, json.dumps({"error": "invalid_request"}))
        try:
            d = json.loads(body)
        except ValueError:
            return self.send(400, json.dumps({"error": "invalid_request"}))
        if not isinstance(d, dict) or d.get("grantType") != "refresh_token":
            return self.send(400, json.dumps({"error": "unsupported_grant_type"}))
        if d.get("clientId") != STATE["client_id"] or d.get("clientSecret") != STATE["client_secret"]:
            return self.send(401, json.dumps({"error": "invalid_client"}))
        if d.get("refreshToken") != STATE["refresh_token"]:
            return self.send(400, json.dumps({"error": "invalid_grant"}))
        SERIAL[0] += 1
        tok = "SSOTOKEN-refreshed-%d" % SERIAL[0]
        STATE["valid_tokens"] = list(STATE["valid_tokens"]) + [tok]
        out = {"accessToken": tok, "expiresIn": STATE["expires_in"], "tokenType": "Bearer"}
        if STATE["new_refresh_token"]:
            out["refreshToken"] = STATE["new_refresh_token"]
        return self.send(200, json.dumps(out))

    do_GET = do_PUT = do_POST = handle_any


if __name__ == "__main__":
    sys.exit(loopback.serve_http(Handler))
