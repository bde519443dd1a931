"""Diagnose a store that will not open and restore it from the backup kept beside it."""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import orjson

from .database import SCHEMA_VERSION, Store, store_lock
from .errors import NewslineError, StoreError
from .files import atomic_write, remove_stale_temporaries


@dataclass
class Diagnosis:
    healthy: bool
    problem: str | None
    events: int
    backup: Path | None           # a backup that opens, if any
    backup_events: int


def _check_snapshot(path: Path) -> tuple[str | None, int]:
    """(problem or None, events) for a snapshot file, without changing it."""
    try:
        data = orjson.loads(path.read_bytes())
    except FileNotFoundError:
        return "the file does not exist", 0
    except orjson.JSONDecodeError:
        return "the file is not valid JSON (damaged or not a newsline store)", 0
    if not isinstance(data, dict):
        return "the file is JSON but not a newsline store", 0
    meta = next(iter((data.get("meta") or {}).values()), None)
    if not isinstance(meta, dict) or "schema" not in meta:
        return "the file has no schema version (not a newsline store)", 0
    if meta["schema"] != SCHEMA_VERSION:
        return f"the file has schema version {meta['schema']!r}; this newsline reads {SCHEMA_VERSION}", 0
    return None, len(data.get("events") or {})


def diagnose(path: Path) -> Diagnosis:
    backup = path.with_name(path.name + ".bak")
    backup_problem, backup_events = _check_snapshot(backup) if backup.exists() else ("none", 0)
    good_backup = backup if backup_problem is None else None
    if not path.exists():
        return Diagnosis(True, None, 0, good_backup, backup_events)
    try:
        store = Store(path)
        return Diagnosis(True, None, len(store), good_backup, backup_events)
    except StoreError as exc:
        problem, _ = _check_snapshot(path)
        return Diagnosis(False, problem or str(exc), 0, good_backup, backup_events)


def restore_backup(path: Path) -> Path:
    """Put the backup in place; the damaged file is kept aside (renamed), never deleted."""
    backup = path.with_name(path.name + ".bak")
    problem, _ = _check_snapshot(backup)
    if problem is not None:
        raise NewslineError(f"no usable backup beside {path} ({backup.name}: {problem})")
    with store_lock(path):
        remove_stale_temporaries(path)
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        kept = path.with_name(f"{path.name}.damaged-{stamp}")
        if path.exists():
            shutil.copy2(path, kept)
        atomic_write(path, backup.read_bytes())
        journal = path.with_name(path.name + ".journal")
        if journal.exists():
            # Changes committed after the damaged snapshot are in the journal; every entry is
            # idempotent, so replaying them over the older backup recovers them too.
            generation = next(iter(orjson.loads(backup.read_bytes())["meta"].values())).get("generation", 0)
            shutil.copy2(journal, path.with_name(f"{path.name}.journal.damaged-{stamp}"))
            lines = journal.read_bytes().split(b"\n")
            lines[0] = orjson.dumps({"journal": 1, "generation": generation})
            atomic_write(journal, b"\n".join(lines))
    return kept
