"""Named fault points in the store's write path, so tests can crash or fail a writer at every step.

`NEWSLINE_FAULT=compact:after-snapshot` makes the process SIGKILL itself when it reaches that point;
`NEWSLINE_FAULT=compact:after-snapshot=enospc` raises the OSError a full disk would (also `eacces`,
`eio`). Unset, a point costs one string comparison. In-process tests set `faults.ACTIVE` directly.
"""

from __future__ import annotations

import errno
import os
import signal

ACTIVE: str | None = os.environ.get("NEWSLINE_FAULT") or None

_ERRORS = {"enospc": errno.ENOSPC, "eacces": errno.EACCES, "eio": errno.EIO}


def point(name: str) -> None:
    if ACTIVE is None:
        return
    target, _, effect = ACTIVE.partition("=")
    if target != name:
        return
    if not effect or effect == "kill":
        os.kill(os.getpid(), signal.SIGKILL)
    code = _ERRORS[effect]
    raise OSError(code, os.strerror(code))
