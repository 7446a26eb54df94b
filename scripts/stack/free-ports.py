#!/usr/bin/env python3
"""Prints NAME=PORT lines: a free TCP port on 127.0.0.1 for each NAME given.

A NAME=PORT argument asks for that exact port and fails with a clear message when something
already listens there. All sockets are held open until every port is chosen, so the same
port is never handed out twice in one call.
"""
import socket
import sys


def main(argv: list[str]) -> int:
    held = []
    chosen = []
    for arg in argv:
        name, _, wanted = arg.partition("=")
        s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        held.append(s)
        try:
            s.bind(("127.0.0.1", int(wanted) if wanted else 0))
        except OSError as e:
            env = "FT_PORT_" + name.upper().replace("-", "_")
            print(
                f"stack: port {wanted} for {name} (set by {env}) on 127.0.0.1 is not free: "
                f"{e.strerror}. Stop whatever listens there (ss -ltnp 'sport = :{wanted}') "
                f"or unset {env} to use a free port.",
                file=sys.stderr,
            )
            return 3
        chosen.append((name, s.getsockname()[1]))
    for s in held:
        s.close()
    for name, port in chosen:
        print(f"{name}={port}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
