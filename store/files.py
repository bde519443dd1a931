"""Crash-safe file writes: a temporary file in the same folder, fsync, rename, fsync of the folder.

Modes are set explicitly on the open file (fchmod/fchown), never by changing the process umask: the
umask is process-wide, and flipping it in one thread changes the files another thread creates.
"""

from __future__ import annotations

import errno
import os
import stat
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

TEMP_PREFIX = ".newsline-tmp-"


@dataclass(frozen=True, slots=True)
class Ownership:
    """The permission bits and group a new file should get (gid None: whatever the kernel gives)."""

    mode: int
    gid: int | None = None

    @classmethod
    def of(cls, path: Path) -> "Ownership | None":
        try:
            st = os.stat(path)
        except OSError:
            return None
        return cls(stat.S_IMODE(st.st_mode), st.st_gid)


def fsync_dir(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _temporary(path: Path) -> tuple[int, Path]:
    """A new, empty file beside path; 0o666 lets the kernel apply the caller's umask (thread-safe)."""
    for attempt in range(100):
        tmp = path.with_name(f"{TEMP_PREFIX}{path.name}.{os.getpid()}.{os.urandom(4).hex()}")
        try:
            return os.open(tmp, os.O_RDWR | os.O_CREAT | os.O_EXCL | getattr(os, "O_CLOEXEC", 0), 0o666), tmp
        except FileExistsError:
            continue
    raise FileExistsError(errno.EEXIST, "no free temporary file name", str(path))


def atomic_write(path: Path, data: bytes, ownership: Ownership | None = None) -> None:
    """Replace path with data so that a crash leaves either the old file or the new one, never half.

    With `ownership`, the new file gets exactly that mode and group; failing to set the group raises
    PermissionError rather than leave a file colleagues cannot use. Without it, the umask decides.
    """
    with atomic_writer(path, ownership) as fd:
        view = memoryview(data)
        while view:
            view = view[os.write(fd, view):]


@contextmanager
def atomic_writer(path: Path, ownership: Ownership | None = None) -> Iterator[int]:
    """atomic_write for content written piece by piece (a snapshot streamed from the old one): yields the
    temporary file's descriptor; when the block ends without an exception the file is fsynced and
    replaces path, else it is removed."""
    fd, tmp = _temporary(path)
    try:
        try:
            if ownership is not None:
                apply_ownership(fd, ownership, path)
            yield fd
            os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise
    fsync_dir(path.parent)


def atomic_copy(path: Path, source_fd: int, ownership: Ownership | None = None) -> None:
    """Replace path with a copy of the open file source_fd (whole or not at all), copied by the kernel."""
    size = os.fstat(source_fd).st_size
    with atomic_writer(path, ownership) as fd:
        os.lseek(fd, 0, os.SEEK_SET)
        copy_range(source_fd, fd, 0, size)


def copy_range(source_fd: int, target_fd: int, offset: int, length: int) -> None:
    """Append length bytes of source_fd from offset to target_fd (at its position), copied by the kernel
    where it can (copy_file_range), through a small buffer where it cannot."""
    while length > 0:
        try:
            copied = os.copy_file_range(source_fd, target_fd, min(length, 1 << 30), offset)
        except OSError:
            copied = 0
        if copied <= 0:
            chunk = os.pread(source_fd, min(length, 1 << 22), offset)
            if not chunk:
                raise OSError(errno.EIO, "the file being copied ended early")
            view = memoryview(chunk)
            while view:
                view = view[os.write(target_fd, view):]
            copied = len(chunk)
        offset += copied
        length -= copied


def apply_ownership(fd: int, ownership: Ownership, path: Path) -> None:
    """Give an open file exactly this mode and group."""
    if ownership.gid is not None and os.fstat(fd).st_gid != ownership.gid:
        try:
            os.fchown(fd, -1, ownership.gid)
        except PermissionError:
            raise PermissionError(
                errno.EPERM, f"cannot give the new file the group (gid {ownership.gid}) of the store; "
                "you are not a member of it", str(path)) from None
    os.fchmod(fd, ownership.mode)


def remove_stale_temporaries(path: Path) -> None:
    """Temporary files left by a writer killed mid-write; call only while holding the store lock."""
    for leftover in path.parent.glob(TEMP_PREFIX + path.name + ".*"):
        try:
            leftover.unlink()
        except OSError:
            pass
