"""Files a person names on the command line (articles to ingest, exports to import): read only when
they are regular files, and never more than a limit, whatever the file system says their size is.

`/dev/zero`, `/dev/urandom` or a FIFO report a size of 0 and then never end (or never start): read
whole, they exhausted memory or hung the command.
"""

from __future__ import annotations

import os
import stat
import sys

from .errors import InputError

_CHUNK = 1 << 20


def _size(size: int) -> str:
    return f"{size / 2**20:.1f} MB" if size >= 2**20 else f"{size // 1024} KB"


def read_stdin(limit: int, too_large: str) -> bytes:
    """Standard input, at most limit bytes; more is refused (with too_large, which names the limit)."""
    data = sys.stdin.buffer.read(limit + 1)
    if len(data) > limit:
        raise InputError(f"standard input: {too_large}")
    return data


def read_regular_file(path: str, limit: int, too_large: str, *, stdin_hint: bool = False) -> bytes:
    """The bytes of the regular file at path, at most limit of them.

    Raises InputError with one line for a missing file, a folder, a device, FIFO or socket, an
    unreadable file, or one larger than limit (too_large is the end of that message: "larger than the
    1 MB article limit")."""
    try:
        # Non-blocking, so that opening a FIFO nobody writes to returns at once instead of hanging;
        # what was opened is then checked, not what the name pointed to a moment before.
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | os.O_NOCTTY | os.O_CLOEXEC)
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except PermissionError:
        raise InputError(f"{path}: permission denied") from None
    except OSError as exc:
        if os.path.exists(path) and not os.path.isfile(path):
            raise InputError(_not_regular(path, stdin_hint)) from None
        raise InputError(f"{path}: cannot be read ({exc.strerror})") from None
    try:
        info = os.fstat(fd)
        if stat.S_ISDIR(info.st_mode):
            raise InputError(f"{path}: is a directory, not a file")
        if not stat.S_ISREG(info.st_mode):
            raise InputError(_not_regular(path, stdin_hint))
        if info.st_size > limit:
            raise InputError(f"{path}: {_size(info.st_size)} is {too_large}")
        os.set_blocking(fd, True)
        chunks: list[bytes] = []
        remaining = limit + 1  # one byte more than allowed tells a file that grew past the limit
        while remaining > 0:
            chunk = os.read(fd, min(_CHUNK, remaining))
            if not chunk:
                break
            chunks.append(chunk)
            remaining -= len(chunk)
    except OSError as exc:
        raise InputError(f"{path}: cannot be read ({exc.strerror})") from None
    finally:
        os.close(fd)
    data = b"".join(chunks)
    if len(data) > limit:
        raise InputError(f"{path}: {too_large}")
    return data


def _not_regular(path: str, stdin_hint: bool) -> str:
    hint = " (use - to read standard input)" if stdin_hint else ""
    return f"{path}: is a device, pipe or socket, not a regular file{hint}"
