"""What the loopback servers of the specs share (python3 stdlib only; each
server imports it from its own folder).

Every server binds 127.0.0.1 (port 0 = a free one), prints "port: N" once
it accepts connections (the specs wait for that line: spec/support/
client_helpers.lua start_server) and serves until killed.

  Handler                  base of the HTTP/1.1 handlers: quiet, TCP_NODELAY,
                           read_body(), reply(status, body, headers)
  serve_http(Handler, port=0, tls=None)   a threading HTTP server; tls = (cert, key)
  control(handler, path, body, state, defaults, log, on_reset=None)
                           the /_ctl/ routes of the credentials stand-ins
  port_arg()               the port the command line names (first argument), else 0
  tcp_listener(port), udp_socket(port)   bound (and listening), announced
"""
import json
import socket
import ssl
import sys
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

JSON = {"Content-Type": "application/json"}


def port_arg(args=None):
    args = sys.argv[1:] if args is None else args
    return int(args[0]) if args else 0


def announce(port):
    print("port: %d" % port, flush=True)


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def setup(self):
        BaseHTTPRequestHandler.setup(self)
        # headers and body of an answer leave without a Nagle/delayed-ACK stall
        self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

    def log_message(self, *args):  # quiet
        pass

    def read_body(self):
        n = int(self.headers.get("Content-Length") or 0)
        return self.rfile.read(n) if n else b""

    def reply(self, status, body, headers=None):
        """An answer with headers (in their order) and Content-Length; body str or bytes."""
        data = body.encode() if isinstance(body, str) else body
        self.send_response(status)
        for k, v in (headers or {}).items():
            self.send_header(k, v)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(data)


def serve_http(handler, port=0, tls=None):
    srv = ThreadingHTTPServer(("127.0.0.1", port), handler)
    srv.daemon_threads = True
    if tls:
        ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        ctx.load_cert_chain(tls[0], tls[1])
        srv.socket = ctx.wrap_socket(srv.socket, server_side=True)
    announce(srv.server_address[1])
    try:
        srv.serve_forever()
    except KeyboardInterrupt:
        pass
    return 0


def control(handler, path, body, state, defaults, log, on_reset=None):
    """The control routes of cred_server.py, sso_server.py and sts_server.py:
      POST /_ctl/set    merges a JSON object into state
      POST /_ctl/reset  state back to defaults, log emptied, then on_reset()
      GET  /_ctl/log    log as JSON
    """
    if path == "/_ctl/set":
        state.update(json.loads(body or b"{}"))
        return handler.reply(200, "{}", JSON)
    if path == "/_ctl/reset":
        state.clear()
        state.update(defaults)
        del log[:]
        if on_reset:
            on_reset()
        return handler.reply(200, "{}", JSON)
    if path == "/_ctl/log":
        return handler.reply(200, json.dumps(log), JSON)
    return handler.reply(404, "{}", JSON)


def tcp_listener(port):
    srv = socket.socket()
    srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    srv.bind(("127.0.0.1", port))
    srv.listen(64)
    announce(srv.getsockname()[1])
    return srv


def udp_socket(port):
    sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    sock.bind(("127.0.0.1", port))
    announce(sock.getsockname()[1])
    return sock
