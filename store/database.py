"""The event store: a TinyDB-format JSON snapshot plus an append-only journal, shared safely by processes.

Layout beside the store file `events.json`:
  events.json          TinyDB document layout: tables `meta`, `articles`, `events` (TinyDB can read it)
  events.json.journal  one JSON line per committed change since the snapshot (header line first)
  events.json.lock     inter-process lock held for every read-modify-write
  events.json.bak      the previous snapshot, kept by each compaction (see `newsline doctor`)

Why a journal: TinyDB's own storage rewrites the whole file on every insert (280 ms at 100k events) and
corrupts the file when two processes write at once. Here one add appends one fsynced line under the
lock; the snapshot is rewritten atomically only when the journal has grown (compaction). Every journal
operation is idempotent (put a whole record, delete an id), so replaying a journal over a snapshot that
already contains it is harmless; the generation number lets readers skip a journal made obsolete by a
compaction that crashed before resetting it. A line without its newline was torn by a crash: it was
never committed, readers ignore it and the next writer cuts it off.
"""

from __future__ import annotations

import bisect
import gc
import os
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Iterator

import orjson
from filelock import FileLock, Timeout

from . import model, snapshot
from .errors import DuplicateError, NotFoundError, StoreError
from .files import atomic_write, fsync_dir, remove_stale_temporaries

SCHEMA_VERSION = 1
LOCK_TIMEOUT = 30.0
# Several Unix users of one group may share a store: the lock file must be writable by the group.
LOCK_MODE = 0o664
# Compact when the journal outgrows this share of the snapshot (and a floor, so small stores rarely do).
COMPACT_RATIO = 0.25
COMPACT_FLOOR_BYTES = 4 * 1024 * 1024


@dataclass(frozen=True, slots=True)
class _FileState:
    inode: int
    size: int
    mtime_ns: int


def store_lock(path: Path) -> FileLock:
    """The inter-process lock of a store: a file of its own, since the data file's inode changes."""
    return FileLock(str(path.with_name(path.name + ".lock")), timeout=LOCK_TIMEOUT, mode=LOCK_MODE)


def _stat(path: Path) -> _FileState | None:
    try:
        st = os.stat(path)
    except FileNotFoundError:
        return None
    return _FileState(st.st_ino, st.st_size, st.st_mtime_ns)


def _time_key(event: dict) -> tuple[float, float, str, str, dict]:
    """Time order across UTC offsets; ties broken by end, then title, so the order is stable.

    The event rides along at the end (ids are unique, so it is never compared): walking the order
    then needs no lookups, which is what keeps a 100k-event timeline rebuild fast.
    """
    return (datetime.fromisoformat(event["start"]).timestamp(), datetime.fromisoformat(event["end"]).timestamp(),
            event["title"], event["id"], event)


class Store:
    """All articles and events of one store file, kept in memory and kept in step with the disk."""

    def __init__(self, path: str | os.PathLike) -> None:
        self.path = Path(path).expanduser().absolute()
        if self.path.is_dir():
            raise StoreError(f"store path {self.path} is a directory, not a file")
        self.journal_path = self.path.with_name(self.path.name + ".journal")
        self.backup_path = self.path.with_name(self.path.name + ".bak")
        self._lock = store_lock(self.path)
        self.events_by_id: dict[str, dict] = {}
        self.articles_by_id: dict[str, dict] = {}
        self._article_by_sha: dict[str, str] = {}
        self._order: list[tuple[float, float, str, str, dict]] = []
        self._generation = 0
        self._snapshot_state: _FileState | None = None
        self._journal_state: _FileState | None = None
        self._journal_offset = 0
        # Bumped on every change applied, ours or another process's: refresh() compares it.
        self.revision = 0
        self.refresh()

    # ----- reading -------------------------------------------------------------------------------

    def refresh(self) -> bool:
        """Pick up changes other processes made; True if anything changed. Cheap when nothing did."""
        snapshot = _stat(self.path)
        journal = _stat(self.journal_path)
        if snapshot != self._snapshot_state:
            self._load_snapshot(snapshot)
            self._journal_state = None
            self._journal_offset = 0
            self._replay_journal(journal)
            self.revision += 1
            return True
        if journal == self._journal_state:
            return False
        before = self.revision
        self._replay_journal(journal)
        return self.revision != before

    def _load_snapshot(self, state: _FileState | None) -> None:
        self.events_by_id = {}
        self.articles_by_id = {}
        self._article_by_sha = {}
        self._generation = 0
        self._snapshot_state = state
        if state is None:
            self._order = []
            return
        try:
            with open(self.path, "rb") as handle:
                head = handle.read(4096)
            if not head.strip():
                raise StoreError(f"store {self.path} is empty, not a newsline store; run `newsline doctor`")
            data = snapshot.decode(self.path)
        except OSError as exc:
            raise StoreError(f"cannot read store {self.path}: {exc.strerror}") from None
        except snapshot.SnapshotDecodeError:
            raise StoreError(
                f"store {self.path} is not valid JSON; it was left untouched; run `newsline doctor`"
            ) from None
        if not isinstance(data, dict):
            raise StoreError(f"store {self.path} is not a newsline store; run `newsline doctor`")
        meta = next(iter((data.get("meta") or {}).values()), None)
        if not isinstance(meta, dict) or "schema" not in meta:
            raise StoreError(f"store {self.path} has no schema version; it is not a newsline store")
        if meta["schema"] != SCHEMA_VERSION:
            raise StoreError(
                f"store {self.path} has schema version {meta['schema']!r}; this newsline reads "
                f"version {SCHEMA_VERSION} only; the file was left untouched"
            )
        self._generation = int(meta.get("generation", 0))
        for article in (data.get("articles") or {}).values():
            self.articles_by_id[article["id"]] = article
            self._article_by_sha[article["sha256"]] = article["id"]
        self.events_by_id = {event["id"]: event for event in (data.get("events") or {}).values()}
        self._order = sorted(_time_key(event) for event in self.events_by_id.values())
        # The loaded records live as long as the store: move them out of the collector's sight so later
        # collections (a keypress allocating a few tuples) do not rescan a million objects.
        gc.freeze()

    def _replay_journal(self, state: _FileState | None) -> None:
        self._journal_state = state
        if state is None:
            self._journal_offset = 0
            return
        try:
            with open(self.journal_path, "rb") as handle:
                handle.seek(self._journal_offset)
                chunk = handle.read(max(0, state.size - self._journal_offset))
        except FileNotFoundError:
            self._journal_state = None
            return
        end = chunk.rfind(b"\n") + 1  # only whole lines were committed
        for line in chunk[:end].splitlines():
            if not line.strip():
                continue
            try:
                entry = orjson.loads(line)
            except orjson.JSONDecodeError:
                raise StoreError(
                    f"journal {self.journal_path} has a damaged line; run `newsline doctor`"
                ) from None
            if "journal" in entry:
                if entry.get("generation") != self._generation:
                    # Left by a compaction that crashed before resetting the journal: all of it is
                    # already in the snapshot.
                    self._journal_offset = state.size
                    return
                continue
            self._apply(entry)
        self._journal_offset += end

    def _apply(self, entry: dict) -> None:
        op = entry["op"]
        if op == "batch":
            for sub in entry["ops"]:
                self._apply(sub)
            return
        table = entry["table"]
        if table == "events":
            if op == "put":
                self._put_event_in_memory(entry["record"])
            elif op == "del":
                self._drop_event_in_memory(entry["id"])
        elif table == "articles":
            if op == "put":
                article = entry["record"]
                self.articles_by_id[article["id"]] = article
                self._article_by_sha[article["sha256"]] = article["id"]
            elif op == "del":
                article = self.articles_by_id.pop(entry["id"], None)
                if article:
                    self._article_by_sha.pop(article["sha256"], None)
        self.revision += 1

    def _put_event_in_memory(self, event: dict) -> None:
        self._drop_event_in_memory(event["id"])
        self.events_by_id[event["id"]] = event
        bisect.insort(self._order, _time_key(event))

    def _drop_event_in_memory(self, event_id: str) -> None:
        old = self.events_by_id.pop(event_id, None)
        if old is None:
            return
        prefix = _time_key(old)[:4]  # never compare the event dicts themselves
        index = bisect.bisect_left(self._order, prefix)
        if index < len(self._order) and self._order[index][3] == old["id"]:
            del self._order[index]

    # ----- queries -------------------------------------------------------------------------------

    def events(self) -> list[dict]:
        """Every event in time order."""
        self.refresh()
        return [key[-1] for key in self._order]

    def timeline(self) -> list[tuple]:
        """Every event in time order as (start instant, end instant, title, id, event): read-only."""
        self.refresh()
        return self._order

    def articles(self) -> list[dict]:
        self.refresh()
        return sorted(self.articles_by_id.values(), key=lambda a: (a["published"], a["id"]))

    def __len__(self) -> int:
        return len(self.events_by_id)

    def get_event(self, event_id: str) -> dict:
        """The event with this id, or with this unique id prefix (at least 4 characters)."""
        self.refresh()
        if event_id in self.events_by_id:
            return self.events_by_id[event_id]
        if len(event_id) >= 4:
            matches = [key for key in self.events_by_id if key.startswith(event_id)]
            if len(matches) == 1:
                return self.events_by_id[matches[0]]
            if len(matches) > 1:
                raise NotFoundError(f"id prefix {event_id!r} matches {len(matches)} events; give more of it")
        raise NotFoundError(f"no event with id {event_id!r}")

    def get_article(self, article_id: str) -> dict | None:
        return self.articles_by_id.get(article_id)

    def article_with_text(self, sha256: str) -> dict | None:
        self.refresh()
        article_id = self._article_by_sha.get(sha256)
        return self.articles_by_id.get(article_id) if article_id else None

    # ----- writing -------------------------------------------------------------------------------

    @contextmanager
    def _locked(self) -> Iterator[None]:
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StoreError(f"cannot create folder for store {self.path}: {exc.strerror}") from None
        try:
            with self._lock:
                self.refresh()
                yield
        except Timeout:
            raise StoreError(f"store {self.path} is locked by another process; try again") from None

    def _commit(self, ops: list[dict]) -> None:
        """Append ops as one journal line (one line, so a batch lands whole or not at all)."""
        entry = ops[0] if len(ops) == 1 else {"op": "batch", "ops": ops}
        line = orjson.dumps(entry) + b"\n"
        if self._snapshot_state is None:
            self._write_snapshot()
        try:
            if _stat(self.journal_path) is None:
                self._reset_journal()
            _append_line(self.journal_path, self._journal_offset, line)
        except OSError as exc:
            raise StoreError(f"cannot write store journal {self.journal_path}: {exc.strerror}") from None
        self._journal_offset += len(line)
        self._journal_state = _stat(self.journal_path)
        self._apply(entry)
        if _needs_compaction(self._journal_offset, self._snapshot_state.size):
            self._compact_locked()

    def _reset_journal(self) -> None:
        header = orjson.dumps({"journal": 1, "generation": self._generation}) + b"\n"
        atomic_write(self.journal_path, header)
        self._journal_offset = len(header)
        self._journal_state = _stat(self.journal_path)

    def _snapshot_bytes(self) -> bytes:
        meta = {"schema": SCHEMA_VERSION, "generation": self._generation}
        return snapshot.encode(meta, list(self.articles_by_id.values()), [key[-1] for key in self._order])

    def _write_snapshot(self) -> None:
        remove_stale_temporaries(self.path)
        data = self._snapshot_bytes()
        try:
            atomic_write(self.path, data)
            # A separate copy (not a hard link: damage done in place would reach both) for
            # `newsline doctor`; with the journal replayed over it, it restores every commit.
            atomic_write(self.backup_path, data)
        except OSError as exc:
            raise StoreError(f"cannot write store {self.path}: {exc.strerror}") from None
        self._snapshot_state = _stat(self.path)

    def _compact_locked(self) -> None:
        self._generation += 1
        self._write_snapshot()
        self._reset_journal()
        fsync_dir(self.path.parent)

    def compact(self) -> None:
        """Fold the journal into a fresh snapshot (atomically); done automatically as it grows."""
        with self._locked():
            self._compact_locked()

    def add_event(self, event: dict) -> dict:
        model.validate_event(event)
        with self._locked():
            if event["id"] in self.events_by_id:
                raise DuplicateError(f"an event with id {event['id']} is already in the store")
            self._commit([_put("events", event)])
        return event

    def put_event(self, event: dict) -> dict:
        """Store event as given, replacing any with its id (used by undo to restore a record)."""
        model.validate_event(event)
        with self._locked():
            self._commit([_put("events", event)])
        return event

    def update_event(self, event_id: str, changes: dict) -> dict:
        with self._locked():
            current = self.get_event(event_id)
            updated = model.edited(current, changes)
            self._commit([_put("events", updated)])
        return updated

    def delete_event(self, event_id: str) -> dict:
        with self._locked():
            current = self.get_event(event_id)
            self._commit([{"op": "del", "table": "events", "id": current["id"]}])
        return current

    def add_article(self, article: dict, events: list[dict]) -> None:
        """Store an article with its events in one commit; refuses text already stored."""
        model.validate_article(article)
        for event in events:
            model.validate_event(event)
        with self._locked():
            existing = self._article_by_sha.get(article["sha256"])
            if existing:
                raise DuplicateError(f"this article text is already stored as {existing}")
            ops = [_put("articles", article)] + [_put("events", event) for event in events]
            self._commit(ops)

    def import_records(self, articles: list[dict], events: list[dict]) -> tuple[int, int, int]:
        """Add validated records, skipping ids already stored. Returns (articles, events, skipped)."""
        with self._locked():
            ops, skipped, new_articles, new_events = [], 0, 0, 0
            for article in articles:
                if article["id"] in self.articles_by_id or article["sha256"] in self._article_by_sha:
                    skipped += 1
                    continue
                ops.append(_put("articles", article))
                new_articles += 1
            for event in events:
                if event["id"] in self.events_by_id:
                    skipped += 1
                    continue
                ops.append(_put("events", event))
                new_events += 1
            if ops:
                self._commit(ops)
        return new_articles, new_events, skipped


def _put(table: str, record: dict) -> dict:
    """The journal entry that stores a whole record (idempotent: replaying it changes nothing)."""
    return {"op": "put", "table": table, "record": record}


def _needs_compaction(journal_size: int, snapshot_size: int) -> bool:
    return journal_size > max(COMPACT_FLOOR_BYTES, COMPACT_RATIO * snapshot_size)


def _append_line(journal: Path, committed_end: int, line: bytes) -> None:
    """Append one fsynced line after the committed part, cutting a torn line a crashed writer left."""
    with open(journal, "r+b") as handle:
        handle.truncate(committed_end)
        handle.seek(committed_end)
        handle.write(line)
        handle.flush()
        os.fsync(handle.fileno())


def _first_line(path: Path, limit: int = 4096) -> bytes:
    with open(path, "rb") as handle:
        return handle.readline(limit)


def _last_newline_end(path: Path, size: int) -> int:
    """Offset just past the last newline: where the committed part of a journal ends."""
    with open(path, "rb") as handle:
        position = size
        while position > 0:
            start = max(0, position - 65536)
            handle.seek(start)
            chunk = handle.read(position - start)
            found = chunk.rfind(b"\n")
            if found != -1:
                return start + found + 1
            position = start
    return 0


def quick_add(path: str | os.PathLike, event: dict) -> bool:
    """Append one new event without reading the whole store; False when the full path must be taken.

    For `newsline add`: at 100k events, loading the store costs a second, the append a millisecond.
    Safe because the event's id is a fresh uuid4 (never in the store), the append happens under the
    same lock, and only when the journal belongs to the snapshot's generation (else the full path
    resets it). Readers see the new line through their usual stat check.
    """
    model.validate_event(event)
    store_path = Path(path).expanduser().absolute()
    journal_path = store_path.with_name(store_path.name + ".journal")
    lock = store_lock(store_path)
    try:
        with lock:
            if not store_path.is_file() or not journal_path.is_file():
                return False
            meta = snapshot.read_meta(_first_line(store_path))
            if meta is None or meta.get("schema") != SCHEMA_VERSION:
                return False
            header = _first_line(journal_path)
            try:
                journal_meta = orjson.loads(header)
            except orjson.JSONDecodeError:
                return False
            if not header.endswith(b"\n") or journal_meta.get("generation") != meta.get("generation", 0):
                return False
            size = journal_path.stat().st_size
            if _needs_compaction(size, store_path.stat().st_size):
                return False  # time to compact: the full path does it
            line = orjson.dumps(_put("events", event)) + b"\n"
            _append_line(journal_path, _last_newline_end(journal_path, size), line)
            return True
    except Timeout:
        raise StoreError(f"store {store_path} is locked by another process; try again") from None
