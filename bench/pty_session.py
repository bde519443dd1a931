"""A program in a real pseudo-terminal: keys in as bytes, every byte it writes kept. The benchmark times
the app through it; the tests read the raw bytes it sends to a terminal."""

from __future__ import annotations

import fcntl
import os
import pty
import select
import struct
import subprocess
import termios


class PtySession:
    def __init__(self, args: list[str], *, width: int = 120, height: int = 40, env: dict | None = None) -> None:
        self.master, slave = pty.openpty()
        fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", height, width, 0, 0))
        self.child = subprocess.Popen(args, stdin=slave, stdout=slave, stderr=slave,
                                      env=env if env is not None else dict(os.environ), close_fds=True)
        os.close(slave)
        self.output = b""

    def _read(self, timeout: float) -> bool:
        ready, _, _ = select.select([self.master], [], [], timeout)
        if not ready:
            return False
        try:
            chunk = os.read(self.master, 65536)
        except OSError:  # the child closed the terminal
            return False
        self.output += chunk
        return bool(chunk)

    def keys(self, data: bytes) -> None:
        os.write(self.master, data)
