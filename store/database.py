"""The event store: a TinyDB-format JSON snapshot plus an append-only journal, shared safely by processes.

Layout beside the store file `events.json` (names in layout.py):
  events.json          TinyDB document layout: tables `meta`, `articles`, `events` (TinyDB can read it)
  events.json.journal  one JSON line per committed change since the snapshot (header line first)
  events.json.lock     inter-process lock held for every read-modify-write
  events.json.bak      a copy of the newest snapshot, written by each compaction (see `newsline doctor`)

Why a journal: TinyDB's own storage rewrites the whole file on every insert (280 ms at 100k events) and
corrupts the file when two processes write at once. Here one add appends one fsynced line under the
lock; the snapshot is rewritten atomically only when the journal has grown (compaction).

What makes it safe, step by step:
- Every journal entry is idempotent (put a whole record, delete an id), and a snapshot always holds
  everything in the journals before it. So a reader replays the whole journal over the snapshot it read,
  whatever the generations say: replaying entries the snapshot already holds changes nothing, and no
  acknowledged write is ever skipped.
- Compaction writes the backup, then the snapshot, then a fresh journal, each atomically, with a
  generation number one higher. A crash between two steps leaves a journal *behind* the snapshot; it is
  still read (above), and the next writer finishes the job (compacts again) before it appends, or
  refuses to write when it cannot.
- A reader opens the snapshot, then the journal, and reads both from those open files. A journal
  *ahead* of the snapshot means a compaction finished in between: it reads again.
- A line without its newline was torn by a crash: never committed, ignored, and cut by the next writer.
  A whole line that is not a valid entry is damage: it is skipped, reported, and kept aside when a
  compaction would otherwise drop it.
- A missing snapshot beside a journal or a backup is damage, never an empty store.
"""

from __future__ import annotations

import errno
import importlib
import io
import os
import stat
import threading
import time
from contextlib import contextmanager
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO, Callable, Iterator

import orjson
from filelock import FileLock, Timeout

from . import faults, migrations, model, snapshot
from .errors import CancelledError, ConflictError, DuplicateError, NotFoundError, StoreError, ValidationError
from .files import apply_ownership, atomic_copy, atomic_write, atomic_writer, fsync_dir, remove_stale_temporaries
from .layout import StoreFiles

if TYPE_CHECKING:
    from .timeline import Timeline


class _OnFirstUse:
    """A module imported when first used: the index's modules need numpy (~60 ms to import), which
    `newsline add`'s append (quick_add) never does."""

    def __init__(self, name: str) -> None:
        self._name = name

    def __getattr__(self, attribute: str):
        module = importlib.import_module(self._name, __package__)
        self.__dict__.update(vars(module))
        return getattr(module, attribute)


idx = _OnFirstUse(".index")
compaction = _OnFirstUse(".compaction")
_timelines = _OnFirstUse(".timeline")

SCHEMA_VERSION = migrations.SCHEMA_VERSION
LOCK_TIMEOUT = 30.0
LOCK_POLL_SECONDS = 0.05
# Compact when the journal outgrows this share of the snapshot (and a floor, so small stores rarely do).
COMPACT_RATIO = 0.25
COMPACT_FLOOR_BYTES = 4 * 1024 * 1024
# ...and whatever the snapshot's size, once it passes this: every reader holds the journal's records in
# memory (the snapshot's it reads one by one, through the index), so this bounds a reader's memory.
COMPACT_CEILING_BYTES = 16 * 1024 * 1024
# An import commits this many records per journal line and lock hold, so no one waits long for the lock.
IMPORT_BATCH = 2000
_RELOAD_ATTEMPTS = 20
_DAMAGED_WARNING = "damaged line(s) that every reader skips"


@dataclass(frozen=True, slots=True)
class _FileState:
    inode: int
    size: int
    mtime_ns: int

    @classmethod
    def of(cls, st: os.stat_result) -> "_FileState":
        return cls(st.st_ino, st.st_size, st.st_mtime_ns)


def store_lock(path: Path) -> FileLock:
    """The inter-process lock of a store: a file of its own, since the data file's inode changes."""
    files = StoreFiles.at(path)
    # The owner must be able to reopen it whatever the store's own mode; colleagues get the store's bits.
    mode = (files.ownership().mode | 0o600) & 0o666
    return FileLock(str(files.lock), timeout=LOCK_TIMEOUT, mode=mode)


def _stat(path: Path) -> _FileState | None:
    try:
        return _FileState.of(os.stat(path))
    except FileNotFoundError:
        return None
    except NotADirectoryError:
        return None


_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)


def open_regular(path: Path, what: str) -> BinaryIO | None:
    """Open a store file for reading, or None if it does not exist; refuse FIFOs, devices, folders and
    symbolic links (the store path itself is resolved first, so only a link planted beside it is refused:
    following it would read, and `doctor` copy, whatever file it points at)."""
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | _NOFOLLOW | getattr(os, "O_CLOEXEC", 0))
    except FileNotFoundError:
        return None
    except IsADirectoryError:
        raise StoreError(f"{what} {path} is a directory, not a file") from None
    except OSError as exc:
        if os.path.islink(path):
            raise StoreError(f"{what} {path} is a symbolic link; refusing to follow it") from None
        raise StoreError(f"cannot read {what} {path}: {exc.strerror}") from None
    mode = os.fstat(fd).st_mode
    if not stat.S_ISREG(mode):
        os.close(fd)
        if stat.S_ISDIR(mode):
            raise StoreError(f"{what} {path} is a directory, not a file")
        raise StoreError(f"{what} {path} is not a regular file (a device, FIFO or socket?); refusing to use it")
    return os.fdopen(fd, "rb")


def _check_entry(entry: object) -> dict:
    """A journal entry, validated; raises ValidationError (or KeyError/TypeError) when it is not one."""
    if not isinstance(entry, dict):
        raise ValidationError("not an object")
    op = entry["op"]
    if op == "batch":
        if not isinstance(entry["ops"], list):
            raise ValidationError("batch without a list of ops")
        for sub in entry["ops"]:
            if isinstance(sub, dict) and sub.get("op") == "batch":
                raise ValidationError("nested batch")
            _check_entry(sub)
        return entry
    table = entry["table"]
    if table not in ("events", "articles") or op not in ("put", "del"):
        raise ValidationError(f"unknown op {op!r} on {table!r}")
    if op == "del":
        if not isinstance(entry["id"], str):
            raise ValidationError("delete without an id")
    elif table == "events":
        model.validate_event(entry["record"])
    else:
        model.validate_article(entry["record"])
    return entry


class Store:
    """All articles and events of one store file, kept in memory and kept in step with the disk.

    One Store may be used from two threads (the app reads on its event loop and writes in a worker):
    every change to the in-memory copy happens under `_mutex`.
    """

    def __init__(self, path: str | os.PathLike) -> None:
        if not str(path).strip():
            raise StoreError("the store path is empty; give a file name")
        try:
            self.files = StoreFiles.at(path)
            is_dir = self.files.snapshot.is_dir()
        except OSError as exc:  # a name too long, a loop of links...
            raise StoreError(f"cannot use store path {path}: {exc.strerror}") from None
        self.path = self.files.snapshot
        self.journal_path = self.files.journal
        self.backup_path = self.files.backup
        if is_dir:
            raise StoreError(f"store path {self.path} is a directory, not a file")
        self._lock = store_lock(self.path)
        self._mutex = threading.RLock()
        # The snapshot's events and articles are read through its index, one by one when asked for; the
        # journal's changes since are held in memory on top (put records, hidden index positions).
        self._base: idx.EventIndex = idx.empty()
        self._put: dict[str, tuple[idx.Entry, dict]] = {}
        self._hidden: set[int] = set()
        self._articles_put: dict[str, dict] = {}
        self._articles_hidden: set[int] = set()
        self._sha_put: dict[str, str] = {}
        self._count = 0
        self._timeline: Timeline | None = None
        self.events_by_id: Mapping[str, dict] = _Events(self)
        self.articles_by_id: Mapping[str, dict] = _Articles(self)
        self._generation = 0
        self._file_schema = SCHEMA_VERSION     # the version the snapshot on disk was written at
        self._journal_schema = SCHEMA_VERSION  # the version the journal's lines were written at
        self._journal_generation: int | None = None
        self._snapshot_state: _FileState | None = None
        self._journal_state: _FileState | None = None
        self._journal_offset = 0
        # Journal lines that are whole but not valid entries: skipped, reported, kept aside on compaction.
        self.damaged_lines: list[bytes] = []
        # Things the person should be told (a damaged line, a compaction that failed); see take_warnings().
        self._warnings: list[str] = []
        # Bumped on every change applied, ours or another process's: refresh() compares it.
        self.revision = 0
        self.commits = 0  # changes this handle committed (acknowledged writes)
        with self._mutex:
            self._reload()  # not refresh(): with no files at all it would not look, and miss a lone backup

    # ----- reading -------------------------------------------------------------------------------

    def take_warnings(self) -> list[str]:
        """Warnings gathered since the last call (each is said once)."""
        with self._mutex:
            warnings, self._warnings = self._warnings, []
        return warnings

    def _warn(self, message: str) -> None:
        if message not in self._warnings:
            self._warnings.append(message)

    def refresh(self) -> bool:
        """Pick up changes other processes made; True if anything changed. Cheap when nothing did."""
        with self._mutex:
            snapshot_state = _stat(self.path)
            journal = _stat(self.journal_path)
            old = self._journal_state
            if snapshot_state != self._snapshot_state or (journal is None) != (old is None) or (
                    journal is not None and old is not None and (journal.inode != old.inode
                                                                 or journal.size < self._journal_offset)):
                self._reload()
                return True
            if journal == old:
                return False
            before = self.revision
            if not self._replay_more():
                self._reload()
                return True
            return self.revision != before

    def _reload(self) -> None:
        """Read snapshot and journal afresh, as one consistent state (see the module docstring)."""
        for attempt in range(_RELOAD_ATTEMPTS):
            last = attempt == _RELOAD_ATTEMPTS - 1
            snap = open_regular(self.path, "store")
            if snap is None:
                if not last and self.path.exists():
                    # another process created the store (snapshot, then journal) between our two looks: its
                    # journal is no sign of a store damaged, read what it wrote
                    continue
                self._refuse_missing_snapshot()
                base, snap_state = idx.empty(), None
            else:
                try:
                    base, snap_state = self._open_base(snap, wait_for_index=not last)
                except _CompactionUnderway:
                    snap.close()
                    time.sleep(0.01 * (attempt + 1))
                    continue
            generation = base.generation
            journal = open_regular(self.journal_path, "store journal")
            if journal is None:
                chunk, journal_state, journal_generation = b"", None, None
            else:
                with journal:
                    journal_state = _FileState.of(os.fstat(journal.fileno()))
                    chunk = journal.read(journal_state.size)
                journal_generation = _header_field(chunk, "generation")
            if journal_generation is not None and journal_generation > generation and snap_state is not None:
                if not last:
                    time.sleep(0.01 * (attempt + 1))  # a compaction finished between our two opens
                    continue
                self._warn(f"journal {self.journal_path.name} is newer than the store file; its changes were "
                           "applied on top; run `newsline doctor` to check")
            break
        self._install(base, snap_state)
        self._journal_state = journal_state
        self._journal_generation = journal_generation
        self._journal_schema = self._journal_version(chunk)
        self._journal_offset = 0
        self.damaged_lines = []
        self._replay(chunk)
        self.revision += 1

    def _journal_version(self, chunk: bytes) -> int:
        """The schema the journal's lines were written at (1 before headers named it; an empty journal is
        this version's); refuse what this newsline cannot read, as for the snapshot: appending to it
        would mix two formats."""
        if not chunk.split(b"\n", 1)[0].strip():
            return SCHEMA_VERSION
        header = _journal_header(chunk)
        if header is None or "schema" not in header:
            return 1
        if not migrations.readable(header["schema"]):
            raise StoreError(f"journal {self.journal_path} was written at schema version {header['schema']!r}; "
                             f"this newsline reads versions up to {SCHEMA_VERSION}; it was left untouched")
        return header["schema"]

    def _refuse_missing_snapshot(self) -> None:
        left = [p.name for p in (self.journal_path, self.backup_path, self.files.previous_backup) if p.exists()]
        if left:
            raise StoreError(
                f"store file {self.path} is missing but {' and '.join(left)} {'is' if len(left) == 1 else 'are'} "
                f"still there: the store is "
                f"damaged (moved or deleted?), not empty; nothing was changed; run `newsline doctor` to restore it"
            )

    def _open_base(self, handle: BinaryIO, wait_for_index: bool) -> tuple[idx.EventIndex, _FileState]:
        """The index of the snapshot open in handle: its index file when that names this very file, else
        one built by reading the snapshot (and written beside it for the next reader)."""
        state = _FileState.of(os.fstat(handle.fileno()))
        try:
            head = handle.read(4096)
            if not head.strip():
                raise StoreError(f"store {self.path} is empty, not a newsline store; run `newsline doctor`")
            handle.seek(0)
            meta = snapshot.read_meta(handle.readline())
            if meta is None:
                return self._index_whole(handle, state), state
            self._check_meta(meta)
            generation = int(meta.get("generation", 0))
            identity = idx.Identity.of(handle.fileno(), generation)
            source = idx.Source(handle)
            if state.size >= idx.MIN_BYTES:
                found = idx.open_file(self.files.index, identity, source)
                if found is not None:
                    return found, state
                if wait_for_index and idx.generation_of(self.files.index) > generation:
                    raise _CompactionUnderway  # its index is in place, its snapshot about to be
            try:
                columns = idx.scan(handle, identity, source, meta["schema"])
            except idx.NotLineLayout:
                return self._index_whole(handle, state), state
        except OSError as exc:
            raise StoreError(f"cannot read store {self.path}: {exc.strerror}") from None
        except idx.IndexError_ as exc:
            raise self._damaged(exc) from None
        if state.size >= idx.MIN_BYTES:
            written = self._keep_index(columns, state)
            if written is not None:
                return written, state
        return idx.load(columns.to_bytes(), source), state

    def _index_whole(self, handle: BinaryIO, state: _FileState) -> idx.EventIndex:
        """A snapshot in another layout (TinyDB wrote it): parsed whole, indexed in memory, never written
        back by a reader (the first writer compacts it into the line layout)."""
        handle.seek(0)
        try:
            data = snapshot.decode(handle)
        except snapshot.SnapshotDecodeError as exc:
            why = "is not valid JSON" if str(exc) == "not valid JSON" else f"is not a newsline store: {exc}"
            raise StoreError(f"store {self.path} {why}; it was left untouched; run `newsline doctor`") from None
        meta = next(iter((data.get("meta") or {}).values()), None) if isinstance(data, dict) else None
        self._check_meta(meta)
        generation = int(meta.get("generation", 0))
        try:
            encoded = snapshot.encode(meta, list((data.get("articles") or {}).values()),
                                      list((data.get("events") or {}).values()))
        except TypeError:
            raise StoreError(f"store {self.path} holds a record that is not a valid event or article; "
                             "run `newsline doctor`") from None
        source = idx.Source(data=encoded)
        identity = idx.Identity(generation, state.size, state.inode, state.mtime_ns)
        try:
            columns = idx.scan(io.BytesIO(encoded), identity, source, meta["schema"])
        except (idx.NotLineLayout, idx.IndexError_) as exc:
            raise self._damaged(exc if isinstance(exc, idx.IndexError_) else idx.IndexError_("")) from None
        return idx.load(columns.to_bytes(), source)

    def _check_meta(self, meta: object) -> None:
        if not isinstance(meta, dict) or "schema" not in meta:
            raise StoreError(f"store {self.path} has no schema version; it is not a newsline store; "
                             "it was left untouched")
        if not migrations.readable(meta["schema"]):
            raise StoreError(
                f"store {self.path} has schema version {meta['schema']!r}; this newsline reads "
                f"versions up to {SCHEMA_VERSION}; the file was left untouched"
            )

    def _damaged(self, exc: idx.IndexError_) -> StoreError:
        if exc.counts is not None:
            held, counted = exc.counts
            return StoreError(f"store {self.path} holds {held} events but was written with {counted}: it "
                              "was damaged; it was left untouched; run `newsline doctor`")
        return StoreError(f"store {self.path} holds a record that is not a valid event or article; "
                          "run `newsline doctor`")

    def _keep_index(self, columns: idx.Columns, state: _FileState) -> idx.EventIndex | None:
        """Write a reader's rebuilt index beside the snapshot, if the lock is free at once and the
        snapshot is still the file it was built from; never waits and never fails the read."""
        try:
            self._lock.acquire(timeout=0)
        except (Timeout, OSError):
            return None
        try:
            if _stat(self.path) != state:
                return None
            faults.point("index:before-write")
            with atomic_writer(self.files.index, self.files.ownership()) as fd:
                columns.write(idx.Output(fd))
            faults.point("index:after-write")
            snap = open_regular(self.path, "store")
            if snap is None:
                return None
            identity = idx.Identity.of(snap.fileno(), columns.header["snapshot"]["generation"])
            return idx.open_file(self.files.index, identity, idx.Source(snap))
        except (OSError, StoreError):
            return None
        finally:
            self._lock.release()

    def _install(self, base: idx.EventIndex, state: _FileState | None) -> None:
        self._snapshot_state = state
        self._generation = base.generation
        self._file_schema = base.schema
        self._base = base
        self._put, self._hidden = {}, set()
        self._articles_put, self._articles_hidden, self._sha_put = {}, set(), {}
        self._count = base.n
        self._timeline = None

    def _replay_more(self) -> bool:
        """Apply lines appended to the same journal file since the last read; False if it was replaced."""
        journal = open_regular(self.journal_path, "store journal")
        if journal is None:
            return False
        with journal:
            state = _FileState.of(os.fstat(journal.fileno()))
            if self._journal_state is None or state.inode != self._journal_state.inode:
                return False
            journal.seek(self._journal_offset)
            chunk = journal.read(max(0, state.size - self._journal_offset))
        self._journal_state = state
        self._replay(chunk)
        return True

    def _replay(self, chunk: bytes) -> None:
        end = chunk.rfind(b"\n") + 1  # only whole lines were committed
        for line in chunk[:end].splitlines():
            if not line.strip():
                continue
            try:
                entry = orjson.loads(line)
                if isinstance(entry, dict) and "journal" in entry:
                    continue  # the header: read by _journal_header
                if self._journal_schema != SCHEMA_VERSION:
                    entry = _upgraded(entry, self._journal_schema)
                self._apply(_check_entry(entry))
            except (orjson.JSONDecodeError, ValidationError, KeyError, TypeError, ValueError):
                self.damaged_lines.append(line)
        if self.damaged_lines:
            # One warning with the total, however many lines (not one line of stderr per damaged line).
            self._warnings = [w for w in self._warnings if _DAMAGED_WARNING not in w]
            self._warn(f"journal {self.journal_path} has {len(self.damaged_lines)} {_DAMAGED_WARNING}; "
                       "run `newsline doctor` to repair it")
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
                self._put_article_in_memory(entry["record"])
            elif op == "del":
                self._drop_article_in_memory(entry["id"])
        self.revision += 1
        self._timeline = None

    def _put_event_in_memory(self, event: dict) -> None:
        entry = idx.Entry.of(event)  # its sort key and search text, computed once
        if event["id"] not in self._put:
            at = self._base.find(event["id"])
            if at is not None and at not in self._hidden:
                self._hidden.add(at)  # the journal's version replaces the snapshot's
            else:
                self._count += 1
        self._put[event["id"]] = (entry, event)

    def _drop_event_in_memory(self, event_id: str) -> None:
        if self._put.pop(event_id, None) is not None:
            self._count -= 1  # (a snapshot version it replaced is hidden already)
            return
        at = self._base.find(event_id)
        if at is not None and at not in self._hidden:
            self._hidden.add(at)
            self._count -= 1

    def _put_article_in_memory(self, article: dict) -> None:
        self._drop_article_in_memory(article["id"])
        self._articles_put[article["id"]] = article
        self._sha_put[article["sha256"]] = article["id"]

    def _drop_article_in_memory(self, article_id: str) -> None:
        old = self._articles_put.pop(article_id, None)
        if old is not None:
            self._sha_put.pop(old["sha256"], None)
        at = self._base.article_position(article_id)
        if at is not None:
            self._articles_hidden.add(at)

    def _event(self, event_id: str) -> dict | None:
        put = self._put.get(event_id)
        if put is not None:
            return put[1]
        at = self._base.find(event_id)
        if at is None or at in self._hidden:
            return None
        return self._record(at)

    def _record(self, position: int) -> dict:
        try:
            return self._base.record(position)
        except idx.StaleIndexError:
            raise self._stale_index() from None
        except OSError as exc:
            raise StoreError(f"cannot read store {self.path}: {exc.strerror or exc}") from None

    def _stale_index(self) -> StoreError:
        """A record not where the index says: the index does not describe this file after all (edited by
        hand, keeping its size and time?). It is removed so the next reader rebuilds it."""
        try:
            self.files.index.unlink()
        except OSError:
            pass
        return StoreError(f"the index {self.files.index.name} did not match store {self.path.name}; it was "
                          "removed and will be rebuilt; run the command again")

    def _article(self, article_id: str) -> dict | None:
        put = self._articles_put.get(article_id)
        if put is not None:
            return put
        at = self._base.article_position(article_id)
        if at is None or at in self._articles_hidden:
            return None
        try:
            return self._base.article(at)
        except idx.StaleIndexError:
            raise self._stale_index() from None

    def _article_id_with_sha(self, sha256: str) -> str | None:
        found = self._sha_put.get(sha256)
        if found is not None:
            return found
        at = self._base.article_by_sha(sha256)
        if at is None or at in self._articles_hidden:
            return None
        return self._base.article_id_at(at)

    def _event_ids(self) -> Iterator[str]:
        base = self._base
        for position in range(base.n):
            if position not in self._hidden:
                identifier = base.id_at(position)
                if identifier not in self._put:
                    yield identifier
        yield from list(self._put)

    def _article_ids(self) -> list[str]:
        base = self._base
        ids = [base.article_id_at(p) for p in range(base.articles_count) if p not in self._articles_hidden]
        return [i for i in ids if i not in self._articles_put] + list(self._articles_put)

    # ----- queries -------------------------------------------------------------------------------

    def events(self) -> list[dict]:
        """Every event in time order."""
        with self._mutex:
            timeline = self.timeline()
            return [self._timeline_record(timeline, p) for p in timeline.order]

    def _timeline_record(self, timeline: Timeline, position: int) -> dict:
        try:
            return timeline.record(position)
        except idx.StaleIndexError:
            raise self._stale_index() from None

    def timeline(self) -> Timeline:
        """Every event in time order, as arrays over the index (see store/timeline.py); records on demand."""
        with self._mutex:
            self.refresh()
            if self._timeline is None:
                self._timeline = _timelines.Timeline(self._base, self._hidden, list(self._put.values()))
            return self._timeline

    def events_between(self, low: float | None, high: float | None) -> list[dict]:
        """The events whose window meets [low, high] (POSIX instants; None: open), in time order; only
        their records are read."""
        with self._mutex:
            try:
                return [record for *_, record in self.timeline().between(low, high)]
            except idx.StaleIndexError:
                raise self._stale_index() from None

    def articles(self) -> list[dict]:
        with self._mutex:
            self.refresh()
            return sorted((self._article(i) for i in self._article_ids()), key=lambda a: (a["published"], a["id"]))

    def __len__(self) -> int:
        return self._count

    def get_event(self, event_id: str) -> dict:
        """The event with this id, or with this unique id prefix (at least 4 characters, either case: ids are
        lower-case hex, and a person may copy one from an upper-case listing)."""
        self.refresh()
        event_id = event_id.lower()
        found = self._event(event_id)
        if found is not None:
            return found
        if len(event_id) < 4:
            raise NotFoundError(f"id prefix {event_id!r} is too short: give at least 4 characters of the id")
        matches = [key for key in self._put if key.startswith(event_id)]
        matches += [i for i in (self._base.id_at(p) for p in self._base.find_prefix(event_id)
                                if p not in self._hidden) if i not in self._put]
        if len(matches) == 1:
            return self._event(matches[0])
        if len(matches) > 1:
            raise NotFoundError(f"id prefix {event_id!r} matches {len(matches)} events; give more of it")
        raise NotFoundError(f"no event with id {event_id!r}")

    def get_article(self, article_id: str) -> dict | None:
        return self._article(article_id)

    def article_with_text(self, sha256: str) -> dict | None:
        self.refresh()
        article_id = self._article_id_with_sha(sha256)
        return self._article(article_id) if article_id else None

    # ----- writing -------------------------------------------------------------------------------

    def _acquire(self, cancel: threading.Event | None, waiting: Callable[[], None] | None) -> None:
        """Take the inter-process lock, polling so a person can cancel; `waiting` runs after each failed
        try (it may raise, to hand the write to a thread). The first try does not wait at all."""
        deadline = time.monotonic() + LOCK_TIMEOUT
        timeout = 0.0
        while True:
            try:
                self._lock.acquire(timeout=timeout)
                return
            except Timeout:
                pass
            except PermissionError:
                raise StoreError(f"cannot lock store {self.path}: permission denied on {self.files.lock.name}; "
                                 "run `newsline doctor`") from None
            except OSError as exc:
                raise StoreError(f"cannot lock store {self.path}: {exc.strerror}") from None
            timeout = LOCK_POLL_SECONDS
            if cancel is not None and cancel.is_set():
                raise CancelledError("cancelled while waiting for the store; nothing was saved")
            if time.monotonic() > deadline:
                raise StoreError(f"store {self.path} is locked by another process; nothing was saved; try again")
            if waiting is not None:
                waiting()

    @contextmanager
    def _locked(self, cancel: threading.Event | None = None,
                waiting: Callable[[], None] | None = None) -> Iterator[None]:
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StoreError(f"cannot create folder for store {self.path}: {exc.strerror}") from None
        self._acquire(cancel, waiting)
        try:
            with self._mutex:
                self.refresh()
                self._ready_to_append()
                yield
        finally:
            self._lock.release()

    def _ready_to_append(self) -> None:
        """Under the lock: make sure the next journal line lands where every reader will read it."""
        try:
            if self._snapshot_state is None:  # a new store (refresh() refused a damaged one)
                remove_stale_temporaries(self.path)
                faults.point("create:before-snapshot")
                meta = {"schema": SCHEMA_VERSION, "generation": self._generation, "events": 0}
                atomic_write(self.path, snapshot.encode(meta, [], []), self.files.ownership())
                self._snapshot_state = _stat(self.path)
            if self._journal_state is None:
                self._reset_journal()
        except OSError as exc:
            raise StoreError(f"cannot write store {self.path}: {exc.strerror}; nothing was saved") from None
        if self._journal_generation != self._generation or self._file_schema != SCHEMA_VERSION \
                or self._journal_schema != SCHEMA_VERSION:
            # A compaction was interrupted after writing the snapshot, or the store was written by an older
            # newsline (migrations.py): write it afresh at this version before appending, or refuse.
            try:
                self._compact_locked()
            except StoreError as exc:
                raise StoreError(f"the store needs to finish an interrupted compaction and could not: {exc}; "
                                 "nothing was saved") from None

    def _commit(self, ops: list[dict]) -> None:
        """Append ops as one journal line (one line, so a batch lands whole or not at all)."""
        entry = ops[0] if len(ops) == 1 else {"op": "batch", "ops": ops}
        line = orjson.dumps(entry) + b"\n"
        try:
            faults.point("append:before")
            _append_line(self.journal_path, self._journal_offset, line)
        except OSError as exc:
            raise StoreError(f"cannot write store journal {self.journal_path}: {exc.strerror}; "
                             "nothing was saved") from None
        faults.point("append:after")
        self.commits += 1
        self._journal_offset += len(line)
        self._journal_state = _stat(self.journal_path)
        self._apply(entry)
        if _needs_compaction(self._journal_offset, self._snapshot_state.size):
            try:
                self._compact_locked()
            except StoreError as exc:
                # The change is committed (fsynced in the journal); say so truthfully, retry compaction later.
                self._warn(f"the change was saved, but the store could not be compacted ({exc}); "
                           "it will be tried again")

    def _reset_journal(self) -> None:
        header = orjson.dumps({"journal": 1, "generation": self._generation, "schema": SCHEMA_VERSION}) + b"\n"
        atomic_write(self.journal_path, header, self.files.ownership())
        self._journal_offset = len(header)
        self._journal_state = _stat(self.journal_path)
        self._journal_generation = self._generation
        self._journal_schema = SCHEMA_VERSION
        self.damaged_lines = []

    def _compact_locked(self) -> None:
        """Write the snapshot afresh with the journal folded in, then its index, then a fresh journal.

        The new snapshot is streamed to a temporary file from the old one (see compaction.py); the
        backup is a copy of it, and its index names it before it takes the store file's name, so that
        at every step the index on disk describes the snapshot on disk or is ignored."""
        ownership = self.files.ownership()
        if self._snapshot_state is not None and not ownership.mode & 0o222:
            raise StoreError(f"store {self.path} is read-only (mode {ownership.mode:04o}); it was not replaced")
        generation = self._generation + 1
        timeline = self.timeline() if self._timeline is None else self._timeline
        meta = {"schema": SCHEMA_VERSION, "generation": generation, "events": len(timeline)}
        base = self._base
        kept_articles = [p for p in range(base.articles_count)
                         if p not in self._articles_hidden and base.article_id_at(p) not in self._articles_put]
        try:
            remove_stale_temporaries(self.path)
            self._keep_damaged_lines_aside()
            with atomic_writer(self.path, ownership) as fd:
                columns = compaction.write(idx.Output(fd), meta, timeline, kept_articles,
                                           list(self._articles_put.values()), base.schema != SCHEMA_VERSION)
                faults.point("compact:before-backup")
                self._keep_larger_backup(len(timeline))
                atomic_copy(self.backup_path, fd, ownership)
                faults.point("compact:after-backup")
                columns.header["snapshot"] = idx.Identity.of(fd, generation).as_json()
                if os.fstat(fd).st_size >= idx.MIN_BYTES:
                    with atomic_writer(self.files.index, ownership) as index_fd:
                        columns.write(idx.Output(index_fd))
                elif self.files.index.exists():
                    self.files.index.unlink()  # a small store is indexed in memory
                faults.point("compact:after-index")
            self._snapshot_state = _stat(self.path)
            self._generation = generation
            self._file_schema = SCHEMA_VERSION
            faults.point("compact:after-snapshot")
            self._reset_journal()
            faults.point("compact:after-journal")
        except idx.StaleIndexError:
            raise self._stale_index() from None
        except OSError as exc:
            raise StoreError(f"cannot compact store {self.path}: {exc.strerror}") from None
        fsync_dir(self.path.parent)
        self._adopt_compacted(columns)

    def _adopt_compacted(self, columns: idx.Columns) -> None:
        """Read on from the snapshot just written, with the journal emptied (the records are the same)."""
        snap = open_regular(self.path, "store")
        identity = idx.Identity.of(snap.fileno(), self._generation)
        source = idx.Source(snap)
        base = idx.open_file(self.files.index, identity, source)
        if base is None:
            columns.header["snapshot"] = identity.as_json()
            base = idx.load(columns.to_bytes(), source)
        self._install(base, _FileState.of(os.fstat(snap.fileno())))

    def _keep_damaged_lines_aside(self) -> None:
        if not self.damaged_lines:
            return
        aside = self.files.damaged_lines()
        ownership = self.files.ownership()
        fd = os.open(aside, os.O_WRONLY | os.O_APPEND | os.O_CREAT | _NOFOLLOW | getattr(os, "O_CLOEXEC", 0),
                     0o600)
        with os.fdopen(fd, "ab") as handle:
            if not stat.S_ISREG(os.fstat(fd).st_mode):
                raise OSError(errno.EINVAL, "not a regular file", str(aside))
            apply_ownership(fd, ownership, aside)
            handle.write(b"".join(line + b"\n" for line in self.damaged_lines))
            handle.flush()
            os.fsync(handle.fileno())
        self._warn(f"{len(self.damaged_lines)} damaged journal line(s) were dropped from the store and kept "
                   f"in {aside.name}")

    def _keep_larger_backup(self, events: int) -> None:
        """Never replace a backup with a smaller one without keeping the larger as .bak.1."""
        try:
            handle = open_regular(self.backup_path, "store backup")
        except StoreError:
            return  # not a file we wrote: the atomic rename below replaces it
        if handle is None:
            return
        with handle:
            meta = snapshot.read_meta(handle.readline(4096))
        held = meta.get("events") if meta else None
        if isinstance(held, int) and held > events:
            os.replace(self.backup_path, self.files.previous_backup)

    def compact(self) -> None:
        """Fold the journal into a fresh snapshot (atomically); done automatically as it grows."""
        with self._locked():
            self._compact_locked()

    def add_event(self, event: dict, *, cancel: threading.Event | None = None,
                  waiting: Callable[[], None] | None = None) -> dict:
        model.validate_event(event)
        with self._locked(cancel, waiting):
            if event["id"] in self.events_by_id:
                raise DuplicateError(f"an event with id {event['id']} is already in the store")
            self._commit([_put("events", event)])
        return event

    def put_event(self, event: dict, *, expected: dict | None = None, cancel: threading.Event | None = None,
                  waiting: Callable[[], None] | None = None) -> dict:
        """Store event as given, replacing any with its id (used by undo to restore a record); with
        `expected`, only if the stored record is still that one."""
        model.validate_event(event)
        with self._locked(cancel, waiting):
            _check_unchanged(self.events_by_id.get(event["id"]), expected, event["title"])
            self._commit([_put("events", event)])
        return event

    def update_event(self, event_id: str, changes: dict, *, expected: dict | None = None,
                     cancel: threading.Event | None = None, waiting: Callable[[], None] | None = None) -> dict:
        """Apply changes; with `expected` (the record as the editor first saw it), only if nobody has
        changed it since: else ConflictError, and nothing is written."""
        with self._locked(cancel, waiting):
            current = self.get_event(event_id)
            _check_unchanged(current, expected)
            updated = model.edited(current, changes)
            self._commit([_put("events", updated)])
        return updated

    def delete_event(self, event_id: str, *, expected: dict | None = None, cancel: threading.Event | None = None,
                     waiting: Callable[[], None] | None = None) -> dict:
        with self._locked(cancel, waiting):
            current = self.get_event(event_id)
            _check_unchanged(current, expected)
            self._commit([{"op": "del", "table": "events", "id": current["id"]}])
        return current

    def add_article(self, article: dict, events: list[dict]) -> None:
        """Store an article with its events in one commit; refuses text already stored."""
        model.validate_article(article)
        for event in events:
            model.validate_event(event)
        with self._locked():
            existing = self._article_id_with_sha(article["sha256"])
            if existing:
                raise DuplicateError(f"this article text is already stored as {existing}")
            ops = [_put("articles", article)] + [_put("events", event) for event in events]
            self._commit(ops)

    def transact(self, plan: Callable[[], list[dict]], *, cancel: threading.Event | None = None,
                 waiting: Callable[[], None] | None = None) -> list[dict]:
        """Several changes that stand or fall together (a merge: one event rewritten, another deleted).

        plan() runs under the lock with this handle caught up with every other writer, so what it reads
        is what the changes replace; it returns the changes (`put(...)`, `delete(...)`) or raises (a
        ConflictError from `check_unchanged`), and then nothing is written. One journal line.
        """
        with self._locked(cancel, waiting):
            ops = plan()
            for op in ops:
                _check_entry(op)
            if ops:
                self._commit(ops)
        return ops

    def import_records(self, articles: list[dict], events: list[dict]) -> tuple[int, int, int]:
        """Add validated records, skipping ids already stored. Returns (articles, events, skipped).

        Commits in batches of IMPORT_BATCH records, taking the lock for each, so a large import never
        keeps colleagues (or the app) waiting; an interrupted import is finished by running it again.
        """
        new_articles = new_events = skipped = 0
        # An article whose text is stored already under another id (ingested here too): the imported
        # events name the stored one, so none points at an article that is not in the store.
        stored_as: dict[str, str] = {}
        records = [("articles", a) for a in articles] + [("events", e) for e in events]
        for begin in range(0, len(records), IMPORT_BATCH):
            with self._locked():
                ops = []
                for table, record in records[begin:begin + IMPORT_BATCH]:
                    if table == "articles":
                        same_text = self._article_id_with_sha(record["sha256"])
                        if record["id"] in self.articles_by_id or same_text:
                            if same_text and same_text != record["id"]:
                                stored_as[record["id"]] = same_text
                            skipped += 1
                            continue
                        new_articles += 1
                    else:
                        if record["id"] in self.events_by_id:
                            skipped += 1
                            continue
                        new_events += 1
                        if stored_as:
                            record = model.with_article_ids(record, stored_as)
                    ops.append(_put(table, record))
                if ops:
                    self._commit(ops)
        return new_articles, new_events, skipped


class _CompactionUnderway(Exception):
    """The index beside the snapshot is a newer generation's: a compaction is between its two renames."""


class _Events(Mapping):
    """store.events_by_id: every event by id, read through the index (a record only when asked for)."""

    def __init__(self, store: Store) -> None:
        self._store = store

    def __getitem__(self, event_id: str) -> dict:
        found = self._store._event(event_id) if isinstance(event_id, str) else None
        if found is None:
            raise KeyError(event_id)
        return found

    def __contains__(self, event_id: object) -> bool:
        store = self._store
        if not isinstance(event_id, str):
            return False
        if event_id in store._put:
            return True
        at = store._base.find(event_id)
        return at is not None and at not in store._hidden

    def __iter__(self) -> Iterator[str]:
        return self._store._event_ids()

    def __len__(self) -> int:
        return self._store._count


class _Articles(Mapping):
    """store.articles_by_id: every article by id, each read from the snapshot when asked for."""

    def __init__(self, store: Store) -> None:
        self._store = store

    def __getitem__(self, article_id: str) -> dict:
        found = self._store._article(article_id) if isinstance(article_id, str) else None
        if found is None:
            raise KeyError(article_id)
        return found

    def __iter__(self) -> Iterator[str]:
        return iter(self._store._article_ids())

    def __len__(self) -> int:
        store = self._store  # an article the journal put hides the snapshot's version of it
        return store._base.articles_count - len(store._articles_hidden) + len(store._articles_put)


def _check_unchanged(current: dict | None, expected: dict | None, title: str = "") -> None:
    """With `expected` (the record as the person last saw it), refuse when the stored one differs."""
    if expected is None or current == expected:
        return
    if current is None:
        raise ConflictError(f"“{title}” was deleted by someone else since; nothing was saved", None)
    raise ConflictError(f"“{current['title']}” was changed by someone else (at {current['updated']}) since "
                        "you opened it; nothing was saved", current)


def check_unchanged(current: dict | None, expected: dict | None, title: str = "") -> None:
    """For `transact` plans: refuse (ConflictError) when the stored record is not the one expected."""
    _check_unchanged(current, expected, title)


def put(table: str, record: dict) -> dict:
    """A change for `transact`: store this whole record."""
    return _put(table, record)


def delete(table: str, record_id: str) -> dict:
    """A change for `transact`: remove the record with this id."""
    return {"op": "del", "table": table, "id": record_id}


def _put(table: str, record: dict) -> dict:
    """The journal entry that stores a whole record (idempotent: replaying it changes nothing)."""
    return {"op": "put", "table": table, "record": record}


def _journal_header(chunk: bytes) -> dict | None:
    """The header line a journal starts with ({"journal": 1, "generation": N, "schema": V}), or None."""
    try:
        header = orjson.loads(chunk.split(b"\n", 1)[0])
    except orjson.JSONDecodeError:
        return None
    return header if isinstance(header, dict) and "journal" in header else None


def _header_field(chunk: bytes, name: str) -> int | None:
    """An integer field of a journal's header line (generation, schema), or None when absent."""
    value = (_journal_header(chunk) or {}).get(name)
    return value if isinstance(value, int) else None


def _upgraded(entry: dict, version: int) -> dict:
    """A journal entry written at an older (readable: `_journal_version` checked) schema version, with
    its records upgraded; anything malformed is left for `_check_entry` to refuse."""
    if not isinstance(entry, dict):
        return entry
    if entry.get("op") == "batch" and isinstance(entry.get("ops"), list):
        return {**entry, "ops": [_upgraded(sub, version) for sub in entry["ops"]]}
    if entry.get("op") == "put" and isinstance(entry.get("record"), dict):
        return {**entry, "record": migrations.upgrade(entry.get("table"), entry["record"], version)}
    return entry


def _needs_compaction(journal_size: int, snapshot_size: int) -> bool:
    return journal_size > max(COMPACT_FLOOR_BYTES, min(COMPACT_RATIO * snapshot_size, COMPACT_CEILING_BYTES))


def _append_line(journal: Path, committed_end: int, line: bytes) -> None:
    """Append one fsynced line after the committed part, cutting a torn line a crashed writer left.

    On failure the file is cut back to committed_end, so a change reported as not saved is not there.
    """
    fd = os.open(journal, os.O_RDWR | _NOFOLLOW | getattr(os, "O_CLOEXEC", 0))
    if not stat.S_ISREG(os.fstat(fd).st_mode):
        os.close(fd)
        raise OSError(errno.EINVAL, "not a regular file", str(journal))
    with os.fdopen(fd, "r+b") as handle:
        handle.truncate(committed_end)
        handle.seek(committed_end)
        try:
            handle.write(line)
            handle.flush()
            os.fsync(handle.fileno())
        except OSError:
            try:
                handle.truncate(committed_end)
            except OSError:
                pass
            raise


def _plain_file(path: Path) -> bool:
    try:
        return stat.S_ISREG(os.lstat(path).st_mode)
    except OSError:
        return False


def _ends_whole(path: Path) -> bool:
    """A snapshot in line layout ends with its closing braces: a truncated one does not."""
    with open(path, "rb") as handle:
        handle.seek(0, os.SEEK_END)
        if handle.tell() < 3:
            return False
        handle.seek(-3, os.SEEK_END)
        return handle.read(3) == b"}}\n"


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
    same lock, and only when the journal belongs to the snapshot's generation (anything else, the full
    path sorts out). Readers see the new line through their usual stat check.
    """
    model.validate_event(event)
    files = StoreFiles.at(path)
    lock = store_lock(files.snapshot)
    try:
        with lock:
            if not _plain_file(files.snapshot) or not _plain_file(files.journal):
                return False  # missing, a link, a FIFO...: the full path explains
            if not _ends_whole(files.snapshot):
                return False  # a cut-off snapshot: the full path refuses it
            meta = snapshot.read_meta(_first_line(files.snapshot))
            if meta is None or type(meta.get("schema")) is not int or meta["schema"] != SCHEMA_VERSION:
                return False  # older (the full path upgrades it) or unreadable (it refuses)
            header = _first_line(files.journal)
            if not header.endswith(b"\n") or _header_field(header, "generation") != meta.get("generation", 0) \
                    or _header_field(header, "schema") != SCHEMA_VERSION:
                return False  # the full path finishes a compaction, upgrades, or refuses
            size = files.journal.stat().st_size
            if _needs_compaction(size, files.snapshot.stat().st_size):
                return False  # time to compact: the full path does it
            line = orjson.dumps(_put("events", event)) + b"\n"
            faults.point("append:before")
            _append_line(files.journal, _last_newline_end(files.journal, size), line)
            faults.point("append:after")
            return True
    except Timeout:
        raise StoreError(f"store {files.snapshot} is locked by another process; nothing was saved; try again") from None
    except OSError as exc:
        if isinstance(exc, PermissionError) and exc.filename and str(exc.filename).endswith(".lock"):
            raise StoreError(f"cannot lock store {files.snapshot}: permission denied on {files.lock.name}; "
                             "run `newsline doctor`") from None
        raise StoreError(f"cannot write store journal {files.journal}: {exc.strerror}; nothing was saved") from None
