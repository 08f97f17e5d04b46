#!/usr/bin/env python3
"""Loopback stand-in for AWS STS (query protocol, Version 2011-06-15).

Binds 127.0.0.1 on a free port, prints "port: N" when ready, serves until
killed. python3 stdlib only. Control routes as cred_server.py:

  POST /_ctl/set    JSON merged into the state (keys below)
  POST /_ctl/reset  state back to the defaults, request log emptied
  GET  /_ctl/log    JSON list of {method, path, headers, body, form}

POST / with a form-urlencoded body. Checked as STS would, answered with an
<ErrorResponse> (400/403) otherwise:
  - Content-Type application/x-www-form-urlencoded, Version=2011-06-15;
  - AssumeRoleWithWebIdentity: RoleArn, RoleSessionName, WebIdentityToken, and
    no Authorization (the call is unsigned); the token must be in
    `valid_tokens` (when set), "expired-token" -> ExpiredTokenException;
  - AssumeRole: RoleArn, RoleSessionName, an Authorization header
    "AWS4-HMAC-SHA256 Credential=AKID/YYYYMMDD/<region>/sts/aws4_request,
    SignedHeaders=...;host;...;x-amz-date..., Signature=<64 hex>" and X-Amz-Date;
    the access key must not be in `denied_keys`. (The signature itself is
    checked by the spec with the project's verifier over the logged request.)
State: fail_code / fail_status / fail_message (answer every call with that
error, or only the next fail_times calls), body (raw 200 body instead of the credentials), expiration.
Credentials: AccessKeyId "ASIASTS" + serial, SecretAccessKey STSSECRET..,
SessionToken STSTOKEN..
"""
import re
import sys
import threading
from urllib.parse import parse_qs
from xml.sax.saxutils import escape

import loopback

NS = "https://sts.amazonaws.com/doc/2011-06-15/"
DEFAULTS = {"valid_tokens": None, "denied_keys": [], "fail_code": None, "fail_status": 403,
            "fail_message": "User is not authorized to perform: sts:AssumeRole", "fail_times": None,
            "body": None, "expiration": "2099-01-01T00:00:00Z"}
STATE = dict(DEFAULTS)
LOG = []
SERIAL = [0]
LOCK = threading.Lock()
AUTH_RE = re.compile(r"^AWS4-HMAC-SHA256 Credential=([A-Za-z0-9]+)/(\d{8})/([a-z0-9-]+)/sts/aws4_request, "
                     r"SignedHeaders=([a-z0-9;-]+), Signature=([0-9a-f]{64})$")


def error_doc(code, message, kind="Sender"):
    return ('<ErrorResponse xmlns="%s">\n  <Error>\n    <Type>%s</Type>\n    <Code>%s</Code>\n'
            '    <Message>%s</Message>\n  </Error>\n  <RequestId>req-%d</RequestId>\n</ErrorResponse>\n'
            % (NS, kind, escape(code), escape(message), len(LOG)))


def creds_doc(action, form):
    SERIAL[0] += 1
    extra = ""
    if action == "AssumeRoleWithWebIdentity":
        extra = ("    <SubjectFromWebIdentityToken>system:serviceaccount:default:app</SubjectFromWebIdentityToken>\n"
                 "    <Audience>sts.amazonaws.com</Audience>\n")
    return ('<%sResponse xmlns="%s">\n  <%sResult>\n%s    <AssumedRoleUser>\n'
            '      <AssumedRoleId>AROA123:%s</AssumedRoleId>\n      <Arn>%s</Arn>\n    </AssumedRoleUser>\n'
            '    <Credentials>\n      <AccessKeyId>ASIASTS%04d</AccessKeyId>\n'
            '      <SecretAccessKey>STSSECRETxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx%d</SecretAccessKey>\n'
            '      <SessionToken>STSTOKEN%d/abc+def=</SessionToken>\n      <Expiration>%s</Expiration>\n'
            '    </Credentials>\n  </%sResult>\n  <ResponseMetadata><RequestId>r-%d</RequestId></ResponseMetadata>\n'
            '</%sResponse>\n'
            % (action, NS, action, extra, escape(form.get("RoleSessionName", "")), escape(form.get("RoleArn", "")),
               SERIAL[0], SERIAL[0], SERIAL[0], STATE["expiration"], action, SERIAL[0], action))


def restart_serials():
    SERIAL[0] = 0


class Handler(loopback.Handler):
    def send(self, code, body, ctype="text/xml"):
        return self.reply(code, body, {"Content-Type": ctype})

    def handle_any(self):
        body = self.read_body()
        with LOCK:
            if self.path.startswith("/_ctl/"):
                return loopback.control(self, self.path, body, STATE, DEFAULTS, LOG, restart_serials)
            form = {k: v[0] for k, v in parse_qs(body.decode("utf-8", "replace"), keep_blank_values=True).items()}
            headers = {k.lower(): v for k, v in self.headers.items()}
            LOG.append({"method": self.command, "path": self.path, "headers": headers,
                        "body": body.decode("utf-8", "replace"), "form": form})
            return self.sts(headers, form)

    def bad(self, code, message, status=400):
        return self.send(status, error_doc(code, message))

    def sts(self, h, form):
        if self.command != "POST" or self.path != "/":
            return self.bad("InvalidAction", "STS takes POST /", 404)
        if not h.get("content-type", "").startswith("application/x-www-form-urlencoded"):
            return self.bad("InvalidParameterValue", "not a form body")
        if form.get("Version") != "2011-06-15":
            return self.bad("InvalidParameterValue", "bad Version")
        action = form.get("Action")
        if action not in ("AssumeRole", "AssumeRoleWithWebIdentity"):
            return self.bad("InvalidAction", "unknown action")
        for k in ("RoleArn", "RoleSessionName"):
            if not form.get(k):
                return self.bad("MissingParameter", "missing " + k)
        if action == "AssumeRoleWithWebIdentity":
            if "authorization" in h:
                return self.bad("InvalidParameterValue", "AssumeRoleWithWebIdentity must not be signed")
            tok = form.get("WebIdentityToken")
            if not tok:
                return self.bad("MissingParameter", "missing WebIdentityToken")
            if tok == "expired-token":
                return self.bad("ExpiredTokenException", "Token expired: current date/time is after exp")
            valid = STATE["valid_tokens"]
            if valid is not None and tok not in valid:
                return self.bad("InvalidIdentityToken", "Couldn't retrieve verification key from your identity provider")
        else:
            m = AUTH_RE.match(h.get("authorization", ""))
            if not m or not re.match(r"^\d{8}T\d{6}Z$", h.get("x-amz-date", "")):
                return self.bad("MissingAuthenticationToken", "Request is missing Authentication Token", 403)
            signed = m.group(4).split(";")
            if "host" not in signed or "x-amz-date" not in signed or m.group(2) != h["x-amz-date"][:8]:
                return self.bad("IncompleteSignature", "bad signature scope", 403)
            if m.group(1) in STATE["denied_keys"]:
                return self.bad("AccessDenied", "User " + m.group(1) + " is not authorized to perform: sts:AssumeRole", 403)
        if STATE["fail_code"] and (STATE["fail_times"] is None or STATE["fail_times"] > 0):
            if STATE["fail_times"] is not None:
                STATE["fail_times"] -= 1
            return self.bad(STATE["fail_code"], STATE["fail_message"], STATE["fail_status"])
        if STATE["body"] is not None:
            return self.send(200, STATE["body"])
        return self.send(200, creds_doc(action, form))

    do_GET = do_PUT = do_POST = handle_any


if __name__ == "__main__":
    sys.exit(loopback.serve_http(Handler))
