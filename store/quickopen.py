"""Whether a store opens in milliseconds: its snapshot is small (indexed in memory at once), or the time
index beside it describes it, and the journal on top is short. The app opens such a store before its
first frame, so that the first frame already shows the events; any other (an index to rebuild after
another program wrote the file, a long journal, a TinyDB-layout file) opens in the background.

Only a guess, never a promise: the files can change between this look and the opening, which is then
merely slower. Any doubt says no.
"""

from __future__ import annotations

import os

from . import index as idx, snapshot
from .database import open_regular
from .errors import StoreError
from .layout import StoreFiles

# Replaying the journal reads each line's event (a JSON decode, two times parsed): ~2 MB of lines takes
# a few tens of milliseconds. A longer one is left to the background (compaction keeps it short).
QUICK_JOURNAL_BYTES = 2 << 20


def opens_at_once(path: str | os.PathLike) -> bool:
    try:
        files = StoreFiles.at(path)
        journal = _size(files.journal)
        if journal is None or journal > QUICK_JOURNAL_BYTES:
            return False
        handle = open_regular(files.snapshot, "store")  # the store's own checks: no FIFO, device or link
        if handle is None:
            return True  # nothing to read (a store never written)
        with handle:
            fd = handle.fileno()
            if os.fstat(fd).st_size < idx.MIN_BYTES:
                return True
            meta = snapshot.read_meta(_first_line(fd))
            if meta is None:
                return False  # another layout: parsed whole
            return idx.describes(files.index, idx.Identity.of(fd, int(meta.get("generation", 0))))
    except (OSError, ValueError, TypeError, StoreError):
        return False


def _size(path) -> int | None:
    """Its size; 0 when it does not exist; None when it cannot be looked at."""
    try:
        return os.stat(path).st_size
    except FileNotFoundError:
        return 0
    except OSError:
        return None


def _first_line(fd: int, limit: int = 4096) -> bytes:
    head = os.pread(fd, limit, 0)
    end = head.find(b"\n")
    return head[:end + 1] if end >= 0 else b""
