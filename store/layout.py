"""The files of one store and the permissions new ones get: named once, used by the store and `doctor`.

A store is shared by a team when its folder says so (group-writable, or setgid so new files inherit
its group): then new files are 0660, else 0600. Never world-readable by default. Once the store file
exists, every file written beside it copies its mode and group, whatever the writer's umask.
"""

from __future__ import annotations

import os
import stat
from dataclasses import dataclass
from pathlib import Path

from .files import Ownership


@dataclass(frozen=True)
class StoreFiles:
    snapshot: Path

    @classmethod
    def at(cls, path: str | os.PathLike) -> "StoreFiles":
        # Resolved: a store file that is a link to a shared one keeps its journal and lock beside the
        # real file, where every colleague's newsline looks for them.
        return cls(Path(path).expanduser().resolve())

    def _beside(self, suffix: str) -> Path:
        return self.snapshot.with_name(self.snapshot.name + suffix)

    @property
    def journal(self) -> Path:
        return self._beside(".journal")

    @property
    def backup(self) -> Path:
        return self._beside(".bak")

    @property
    def previous_backup(self) -> Path:
        """The backup before the last one, kept when the newer one holds fewer events."""
        return self._beside(".bak.1")

    @property
    def index(self) -> Path:
        """The time index of the snapshot (derived from it, rebuilt when missing or stale: store/index.py)."""
        return self._beside(".idx")

    @property
    def lock(self) -> Path:
        return self._beside(".lock")

    def damaged_lines(self) -> Path:
        """Where journal lines that could not be read are kept (appended) before a compaction drops them."""
        return self._beside(".journal.damaged")

    def owns(self, other: str | os.PathLike) -> bool:
        """Whether other (links followed) is one of this store's files, or one it keeps beside them: an
        export written there would destroy the store (or, over the lock, let two writers in at once)."""
        target = Path(os.path.realpath(other))
        if target.parent != self.snapshot.parent:
            return False
        name, base = target.name, self.snapshot.name
        if name == base:
            return True
        rest = name[len(base):] if name.startswith(base + ".") else None
        if rest is None:
            return name.startswith(".newsline-tmp-")
        return rest in (".journal", ".lock", ".bak", ".journal.damaged", ".idx") or rest.startswith(
            (".bak.", ".damaged-", ".journal.damaged-"))

    def all(self) -> tuple[Path, ...]:
        return (self.snapshot, self.journal, self.backup, self.previous_backup, self.lock, self.index)

    def ownership(self) -> Ownership:
        """Mode and group for a file written beside the store now."""
        existing = Ownership.of(self.snapshot)
        if existing is not None:
            return existing
        return folder_default(self.snapshot.parent)


def folder_default(folder: Path) -> Ownership:
    try:
        st = os.stat(folder)
    except OSError:
        return Ownership(0o600)
    setgid = bool(st.st_mode & stat.S_ISGID)
    shared = setgid or bool(st.st_mode & stat.S_IWGRP)
    return Ownership(0o660 if shared else 0o600, st.st_gid if setgid else None)
