"""Diagnose a store that will not open, or opens damaged, and repair it: from the backup kept beside it,
by dropping journal lines that cannot be read (kept aside, never deleted), and say who cannot use it.
"""

from __future__ import annotations

import os
import shutil
import stat
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

import orjson

from . import migrations
from .database import SCHEMA_VERSION, Store, store_lock
from .errors import NewslineError, StoreError
from .files import Ownership, atomic_write, remove_stale_temporaries
from .layout import StoreFiles


@dataclass
class Diagnosis:
    healthy: bool
    problem: str | None           # what stops the store from opening, if anything
    events: int
    backup: Path | None           # a backup that opens, if any
    backup_events: int
    damaged_lines: int = 0        # journal lines that readers skip
    permissions: list[str] = field(default_factory=list)

    @property
    def repairable(self) -> bool:
        return (not self.healthy and self.backup is not None) or (self.healthy and self.damaged_lines > 0)


def _check_snapshot(path: Path) -> tuple[str | None, int]:
    """(problem or None, events) for a snapshot file, without changing it."""
    try:
        mode = os.lstat(path).st_mode
        if stat.S_ISLNK(mode):
            return "it is a symbolic link (not followed)", 0
        if not stat.S_ISREG(mode):
            return "it is not a regular file", 0
        data = orjson.loads(path.read_bytes())
    except FileNotFoundError:
        return "the file does not exist", 0
    except OSError as exc:
        return f"it cannot be read ({exc.strerror})", 0
    except orjson.JSONDecodeError:
        return "the file is not valid JSON (damaged or not a newsline store)", 0
    if not isinstance(data, dict):
        return "the file is JSON but not a newsline store", 0
    meta = next(iter((data.get("meta") or {}).values()), None)
    if not isinstance(meta, dict) or "schema" not in meta:
        return "the file has no schema version (not a newsline store)", 0
    if not migrations.readable(meta["schema"]):
        return f"the file has schema version {meta['schema']!r}; this newsline reads up to {SCHEMA_VERSION}", 0
    return None, len(data.get("events") or {})


def diagnose(path: Path) -> Diagnosis:
    files = StoreFiles.at(path)
    if not any(p.exists() for p in (files.snapshot, files.journal, files.backup, files.previous_backup)):
        raise StoreError(f"there is no store at {files.snapshot} (nothing to check)")
    backup_problem, backup_events = _check_snapshot(files.backup) if files.backup.exists() else ("none", 0)
    good_backup = files.backup if backup_problem is None else None
    permissions = permission_problems(files)
    try:
        store = Store(files.snapshot)
    except StoreError as exc:
        problem = str(exc)
        if files.snapshot.exists():
            problem = _check_snapshot(files.snapshot)[0] or problem
        else:
            problem = "the store file is missing (moved or deleted?) but its journal or backup is still there"
        return Diagnosis(False, problem, 0, good_backup, backup_events, permissions=permissions)
    return Diagnosis(True, None, len(store), good_backup, backup_events, len(store.damaged_lines), permissions)


def restore_backup(path: Path) -> Path | None:
    """Put the backup in place; the damaged file is kept aside (renamed), never deleted.

    The journal stays: its entries are idempotent and the backup is never older than it, so replaying
    it over the backup brings back every change committed since. Returns where the damaged file went.
    """
    files = StoreFiles.at(path)
    problem, _ = _check_snapshot(files.backup)
    if problem is not None:
        raise NewslineError(f"no usable backup beside {files.snapshot} ({files.backup.name}: {problem})")
    with store_lock(files.snapshot):
        remove_stale_temporaries(files.snapshot)
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        kept = None
        if files.snapshot.exists():
            kept = files.snapshot.with_name(f"{files.snapshot.name}.damaged-{stamp}")
            shutil.copy2(files.snapshot, kept)
        try:
            atomic_write(files.snapshot, files.backup.read_bytes(), Ownership.of(files.backup))
        except OSError as exc:
            raise StoreError(f"cannot write store {files.snapshot}: {exc.strerror}") from None
    Store(files.snapshot)  # it must open now; if not, the error says why
    return kept


def repair_journal(path: Path) -> tuple[int, Path]:
    """Drop the journal lines readers skip, keeping them in a file beside it; returns (count, that file)."""
    store = Store(path)
    dropped = len(store.damaged_lines)
    store.compact()  # a compaction keeps damaged lines aside before it starts a fresh journal
    store.take_warnings()
    return dropped, store.files.damaged_lines()


def permission_problems(files: StoreFiles) -> list[str]:
    """One line per file someone cannot use as a shared store needs it."""
    problems: list[str] = []
    reference = Ownership.of(files.snapshot)
    for path in files.all():
        try:
            st = os.stat(path)
        except OSError:
            continue
        mode = stat.S_IMODE(st.st_mode)
        label = f"{path.name} (mode {mode:04o}, owner uid {st.st_uid}, group gid {st.st_gid})"
        if not os.access(path, os.R_OK):
            problems.append(f"you cannot read {label}")
        elif path in (files.journal, files.lock) and not os.access(path, os.W_OK):
            problems.append(f"you cannot write {label}; writes will fail")
        if reference is not None and path != files.snapshot:
            if st.st_gid != reference.gid or (mode & 0o060) != (reference.mode & 0o060):
                problems.append(f"{label} does not share the store file's group and group mode "
                                f"({reference.mode:04o}, gid {reference.gid}); colleagues may be locked out")
        if mode & 0o004 and path == files.snapshot:
            problems.append(f"{label} is readable by every user of this machine; `chmod o-rwx` keeps it to the team")
    folder = files.snapshot.parent
    if folder.exists() and not os.access(folder, os.W_OK):
        problems.append(f"you cannot create files in {folder}; compaction (and so large writes) will fail")
    return problems
