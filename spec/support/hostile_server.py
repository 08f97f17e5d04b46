#!/usr/bin/env python3
"""A hostile HTTP/1.1 server for the transport specs (both transports).

Binds 127.0.0.1 (port 0 = a free one), prints "port: N" when ready, serves
until killed. Raw sockets, one thread per connection, keep-alive for the
answers that end. Each path is one way a server can misbehave; the specs
assert that the client ends each call with a typed error, in bounded time and
memory. Endless modes stop when the client goes away (or after LIMIT_S).

  /ok?x=ID           200, body "ok ID" (call-specific: keep-alive checks)
  /repeated?n=N      N header names in mixed case ("X-Rep-I"), each sent twice ("a", "b"),
                     the second round in reverse order
  /drip              a whole valid answer, 1 byte per second
  /slow-headers      status line, then one header line every 0.3 s, forever
  /slow-body         Content-Length 100000, then 1 body byte every 0.3 s
  /slow-chunks       chunked, one 1-byte chunk every 0.3 s, forever
  /endless-1xx       "HTTP/1.1 100 Continue" answers, forever
  /endless-trailers  a chunked body, then trailer lines forever
  /big-headers       header lines of 1 KB, forever
  /long-header       one header line that never ends
  /big-body?n=N      Content-Length N (default 100 MiB), sent as fast as read
  /big-chunked       64 KiB chunks, forever
  /big-close         HTTP/1.0 body without length, forever
  /lying-long        Content-Length 1000, 10 bytes, then silence (connection open)
  /lying-short       Content-Length 5 with a second, unasked answer behind it
  /close-mid-body    Content-Length 1000, 100 bytes, then close
  /bare-lf           a valid answer whose lines end in a bare LF
  /bare-cr           a header line with a bare CR inside
  /nul-header        a header line with a NUL inside
  /garbage           an answer that is not HTTP at all
  /bad-status        a status line whose code is not a number
  /no-colon          a header line without a colon
  /bad-chunk         a chunk size that is not hexadecimal
  /headers?n=N       a valid answer with N header lines      (limits: exactly at
  /interim?n=N       N "100 Continue" answers, then a valid one   and one past
  /trailers?n=N      a chunked answer with N trailer lines        each limit)
A TLS ClientHello (https:// to this port) is answered by closing the connection:
a handshake the peer resets, which is transient, unlike a certificate refusal.
"""
import socket
import threading
import time

import loopback

LIMIT_S = 120  # no endless mode runs longer than this, whatever the client does


class Gone(Exception):
    pass


def send(conn, data):
    try:
        conn.sendall(data)
    except OSError:
        raise Gone()


def forever(conn, piece_fn, delay):
    end = time.time() + LIMIT_S
    i = 0
    while time.time() < end:
        send(conn, piece_fn(i))
        i += 1
        if delay:
            time.sleep(delay)


def head(status="200 OK", extra=b"", length=None):
    h = b"HTTP/1.1 " + status.encode() + b"\r\nContent-Type: application/x-amz-json-1.0\r\n"
    if length is not None:
        h += b"Content-Length: %d\r\n" % length
    return h + extra + b"\r\n"


def arg_n(query):
    return int(dict(p.split("=", 1) for p in query.split("&") if "=" in p).get("n", "1"))


def answer(conn, path, query):
    """Serves one request; returns True when the connection may be kept."""
    if path == "/headers":
        lines = b"".join(b"X-H-%d: v\r\n" % i for i in range(arg_n(query) - 2))
        send(conn, head(extra=lines, length=2) + b"ok")  # + Content-Type, Content-Length
        return True
    if path == "/repeated":
        n = arg_n(query)
        lines = b"".join(b"X-Rep-%d: a\r\n" % i for i in range(n))
        lines += b"".join(b"x-REP-%d:\tb \r\n" % i for i in reversed(range(n)))
        send(conn, head(extra=lines, length=2) + b"ok")
        return True
    if path == "/interim":
        send(conn, b"HTTP/1.1 100 Continue\r\n\r\n" * arg_n(query) + head(length=2) + b"ok")
        return True
    if path == "/trailers":
        lines = b"".join(b"X-T-%d: v\r\n" % i for i in range(arg_n(query)))
        send(conn, head(extra=b"Transfer-Encoding: chunked\r\n") + b"2\r\nok\r\n0\r\n" + lines + b"\r\n")
        return True
    if path == "/ok":
        body = b"ok " + query.encode()
        send(conn, head(length=len(body)) + body)
        return True
    if path == "/drip":
        data = head(length=2) + b"{}"
        for i in range(len(data)):
            send(conn, data[i:i + 1])
            time.sleep(1)
        return True
    if path == "/slow-headers":
        send(conn, b"HTTP/1.1 200 OK\r\n")
        forever(conn, lambda i: b"X-Slow-%d: v\r\n" % i, 0.3)
    elif path == "/slow-body":
        send(conn, head(length=100000))
        forever(conn, lambda i: b"x", 0.3)
    elif path == "/slow-chunks":
        send(conn, head(extra=b"Transfer-Encoding: chunked\r\n"))
        forever(conn, lambda i: b"1\r\nx\r\n", 0.3)
    elif path == "/endless-1xx":
        forever(conn, lambda i: b"HTTP/1.1 100 Continue\r\n\r\n", 0)
    elif path == "/endless-trailers":
        send(conn, head(extra=b"Transfer-Encoding: chunked\r\n") + b"2\r\n{}\r\n0\r\n")
        forever(conn, lambda i: b"X-Trailer-%d: %s\r\n" % (i, b"t" * 100), 0)
    elif path == "/big-headers":
        send(conn, b"HTTP/1.1 200 OK\r\n")
        forever(conn, lambda i: b"X-Fill-%d: %s\r\n" % (i, b"h" * 1000), 0)
    elif path == "/long-header":
        send(conn, b"HTTP/1.1 200 OK\r\nX-Long: ")
        forever(conn, lambda i: b"l" * 65536, 0)
    elif path == "/big-body":
        n = int(dict(p.split("=", 1) for p in query.split("&") if "=" in p).get("n", 100 * 1024 * 1024))
        send(conn, head(length=n))
        left = n
        while left > 0:
            k = min(left, 65536)
            send(conn, b"b" * k)
            left -= k
        return True
    elif path == "/big-chunked":
        send(conn, head(extra=b"Transfer-Encoding: chunked\r\n"))
        forever(conn, lambda i: b"10000\r\n" + b"c" * 65536 + b"\r\n", 0)
    elif path == "/big-close":
        send(conn, b"HTTP/1.0 200 OK\r\nContent-Type: text/plain\r\n\r\n")
        forever(conn, lambda i: b"z" * 65536, 0)
    elif path == "/lying-long":
        send(conn, head(length=1000) + b"0123456789")
        time.sleep(LIMIT_S)
    elif path == "/lying-short":
        smuggled = b"HTTP/1.1 200 OK\r\nContent-Length: 8\r\n\r\nsmuggled"
        send(conn, head(length=5) + b"hello" + smuggled)
        return True
    elif path == "/close-mid-body":
        send(conn, head(length=1000) + b"x" * 100)
    elif path == "/bare-lf":
        send(conn, b"HTTP/1.1 200 OK\nContent-Type: text/plain\nContent-Length: 2\nX-Bare: lf\n\nok")
        return True
    elif path == "/bare-cr":
        send(conn, b"HTTP/1.1 200 OK\r\nX-Split: a\rInjected: 1\r\nContent-Length: 2\r\n\r\nok")
    elif path == "/nul-header":
        send(conn, b"HTTP/1.1 200 OK\r\nX-Nul: a\x00b\r\nContent-Length: 2\r\n\r\nok")
    elif path == "/garbage":
        send(conn, b"NOT HTTP AT ALL\r\n\r\n")
    elif path == "/bad-status":
        send(conn, b"HTTP/1.1 2x0 OK\r\nContent-Length: 2\r\n\r\nok")
    elif path == "/no-colon":
        send(conn, b"HTTP/1.1 200 OK\r\nNoColonHere\r\nContent-Length: 2\r\n\r\nok")
    elif path == "/bad-chunk":
        send(conn, head(extra=b"Transfer-Encoding: chunked\r\n") + b"zz\r\nhello\r\n0\r\n\r\n")
    else:
        body = b"no route " + path.encode()
        send(conn, head("404 Not Found", length=len(body)) + body)
        return True
    return False


def read_request(conn, buf):
    """-> (path, query, rest of buf) or None when the client closed."""
    while b"\r\n\r\n" not in buf:
        data = conn.recv(65536)
        if not data:
            return None
        buf += data
        if len(buf) > 1 << 20 or buf[:1] == b"\x16":  # too big, or a TLS handshake
            return None
    head_, _, rest = buf.partition(b"\r\n\r\n")
    lines = head_.decode("latin-1").split("\r\n")
    target = lines[0].split(" ")[1] if len(lines[0].split(" ")) > 1 else "/"
    length = 0
    for ln in lines[1:]:
        k, _, v = ln.partition(":")
        if k.strip().lower() == "content-length":
            length = int(v.strip() or 0)
    while len(rest) < length:
        data = conn.recv(65536)
        if not data:
            return None
        rest += data
    path, _, query = target.partition("?")
    return path, query, rest[length:]


def serve(conn):
    conn.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    buf = b""
    try:
        while True:
            req = read_request(conn, buf)
            if req is None:
                return
            path, query, buf = req
            if not answer(conn, path, query):
                return
    except (Gone, OSError):
        return
    finally:
        try:
            conn.close()
        except OSError:
            pass


def main():
    srv = loopback.tcp_listener(loopback.port_arg())
    while True:
        conn, _ = srv.accept()
        threading.Thread(target=serve, args=(conn,), daemon=True).start()


if __name__ == "__main__":
    main()
