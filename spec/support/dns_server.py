#!/usr/bin/env python3
"""A DNS server on UDP 127.0.0.1 (port 0 = a free one) that answers every
query NXDOMAIN ("no such name"), as the Internet's DNS answers for the host of
a made-up region (partnercentral-account.us-moon-1.api.aws). nginx's
`resolver` points at it in spec/nginx/test.conf.in for the dns_t.lua tests.
Prints "port: N" when ready, serves until killed.

  python3 spec/support/dns_server.py [PORT]
"""
import struct

import loopback


def nxdomain(query):
    """The answer to one query: its id and question, QR and RA set, RCODE 3."""
    if len(query) < 12:
        return None
    qid, flags, qdcount = struct.unpack("!HHH", query[:6])
    if flags & 0x8000:                      # an answer, not a query
        return None
    # the question section: labels up to the zero byte, then QTYPE and QCLASS
    end = 12
    for _ in range(qdcount):
        while end < len(query) and query[end] != 0:
            end += 1 + query[end]
        end += 5
    if end > len(query):
        return None
    opcode_rd = flags & 0x7900              # opcode and RD, as asked
    header = struct.pack("!HHHHHH", qid, 0x8000 | opcode_rd | 0x0080 | 3, qdcount, 0, 0, 0)
    return header + query[12:end]


def main():
    sock = loopback.udp_socket(loopback.port_arg())
    while True:
        query, peer = sock.recvfrom(4096)
        answer = nxdomain(query)
        if answer:
            sock.sendto(answer, peer)


if __name__ == "__main__":
    main()
