"""Files a person names on the command line. Articles and exports to read are read only when they
are regular files, and never more than a limit, whatever the file system says their size is: /dev/zero,
/dev/urandom or a FIFO report a size of 0 and then never end (or never start). Exports are written
without ever renaming over something that is not a plain file: a device such as /dev/null, a FIFO
or a terminal is written through, a symbolic link keeps pointing where it pointed.
"""

from __future__ import annotations

import errno
import os
import stat
import sys
from pathlib import Path

from .errors import InputError, NewslineError, UsageError
from .files import Ownership, atomic_write

_CHUNK = 1 << 20


# One article, as `ingest` and `times` read it. A long feature is ~100 KB; extraction (with the parse)
# takes ~40-50 s per MB on the development machine, so the largest accepted article takes ~12 s.
MAX_ARTICLE_BYTES = 256 * 1024
ARTICLE_TOO_LARGE = f"larger than the {MAX_ARTICLE_BYTES // 1024} KB article limit; split it into articles"


def _size(size: int) -> str:
    return f"{size / 2**20:.1f} MB" if size >= 2**20 else f"{size // 1024} KB"


def read_stdin(limit: int, too_large: str) -> bytes:
    """Standard input, at most limit bytes; more is refused (with too_large, which names the limit)."""
    if sys.stdin is None:
        raise InputError("standard input is closed; there is nothing to read")
    data = sys.stdin.buffer.read(limit + 1)
    if len(data) > limit:
        raise InputError(f"standard input: {too_large}")
    return data


def read_regular_file(path: str, limit: int, too_large: str, *, stdin_hint: bool = False) -> bytes:
    """The bytes of the regular file at path, at most limit of them.

    Raises InputError with one line for a missing file, a folder, a device, FIFO or socket, an
    unreadable file, or one larger than limit (too_large is the end of that message: "larger than the
    256 KB article limit")."""
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


def write_output(path: str, data: bytes) -> None:
    """Write data to the file a person named (`export -o`).

    A new name, or an existing regular file, is written whole or not at all (a temporary file beside
    it, then a rename); an existing file keeps its permissions. A symbolic link to a regular file
    keeps being a link: the file it points to is the one replaced. A device, FIFO or socket is written
    through, like a shell's `>`. A directory, or a link to nothing, is refused.
    """
    try:
        info = os.stat(path)  # follows links: what would be written to
    except FileNotFoundError:
        if os.path.islink(path):
            raise UsageError(f"-o {path}: is a symbolic link to a file that does not exist") from None
        _replace(Path(path).absolute(), data, None)
        return
    except OSError as exc:
        raise NewslineError(f"cannot write {path}: {exc.strerror}") from None
    if stat.S_ISDIR(info.st_mode):
        raise UsageError(f"-o {path}: is a directory")
    if stat.S_ISREG(info.st_mode):
        _replace(Path(os.path.realpath(path)), data, Ownership(stat.S_IMODE(info.st_mode)))
    else:
        _write_through(path, data)


def _replace(target: Path, data: bytes, ownership: Ownership | None) -> None:
    """Whole or not at all (files.atomic_write); without ownership the umask decides, as for `>`."""
    try:
        atomic_write(target, data, ownership)
    except OSError as exc:
        raise NewslineError(f"cannot write {target}: {exc.strerror}") from None


def _write_through(path: str, data: bytes) -> None:
    try:
        # No O_CREAT: it exists, as checked. Non-blocking, so a FIFO nobody reads is an error, not a hang.
        fd = os.open(path, os.O_WRONLY | os.O_NOCTTY | os.O_CLOEXEC | os.O_NONBLOCK)
    except OSError as exc:
        if exc.errno == errno.ENXIO:
            raise NewslineError(f"cannot write {path}: no process is reading from it") from None
        raise NewslineError(f"cannot write {path}: {exc.strerror}") from None
    os.set_blocking(fd, True)
    try:
        if stat.S_ISREG(os.fstat(fd).st_mode):  # swapped for a plain file since: writing in place would mix
            raise NewslineError(f"cannot write {path}: it changed while being opened; try again")
        view = memoryview(data)
        while view:
            view = view[os.write(fd, view):]
    except OSError as exc:
        raise NewslineError(f"cannot write {path}: {exc.strerror}") from None
    finally:
        os.close(fd)


def decode_text(raw: bytes, name: str) -> tuple[str, str | None]:
    """Text from bytes: UTF-8 (a BOM dropped), else Windows-1252 with a warning naming the file."""
    try:
        return raw.decode("utf-8-sig"), None
    except UnicodeDecodeError:
        pass
    text = raw.decode("cp1252", errors="replace")
    return text, f"{name}: not UTF-8; read as Windows-1252 (check accented letters)"
