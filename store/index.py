"""The time index beside a snapshot (`events.json.idx`): for every event its sort key, what its timeline
row shows, where its full record lies in the snapshot, and its search text, in time order.

With it a reader shows any part of a million-event store without parsing the snapshot: the columns are
numpy arrays over the mapped file, and a record is read at its offset only when it is shown. The index
is derived, never the source of truth: compaction writes it beside the snapshot it wrote, and a reader
rebuilds it when it is missing or stale. Its header names the one snapshot file it describes
(generation, size, inode, modification time); an index naming any other file is ignored, so a crash at
any point, an old copy or a restored backup can leave a useless index, never a believed wrong one.

Snapshots smaller than MIN_BYTES are indexed in memory at every open (a few milliseconds) and get no file.
"""

from __future__ import annotations

import mmap
import os
import stat
from array import array
from dataclasses import dataclass
from datetime import datetime
from typing import Iterable, Iterator

import numpy as np
import orjson

from . import migrations, snapshot
from .snapshot import NotLineLayout
from .files import copy_range
from .search import haystack

MAGIC = b"NLINDEX\x01"
VERSION = 2
MIN_BYTES = 1 << 20
ENUM_FIELDS = ("kind", "status", "precision", "origin")
# Search texts of consecutive events are separated by a NUL, which no typed query holds: no match spans two.
TEXT_SEPARATOR = b"\0"

# Event columns: name -> dtype. Offsets are the UTC offsets (seconds) the times were written with; with
# the instants they give each event's own calendar day without parsing a string.
EVENT_COLUMNS = {
    "start": "<f8", "end": "<f8", "start_off": "<i4", "end_off": "<i4",
    "kind": "u1", "status": "u1", "precision": "u1", "origin": "u1",
    "line_off": "<u8", "line_len": "<u4", "ids": "S16",
    # Each event's own calendar day (days since 1970-01-01 in its own offset): the timeline's day headers.
    "day": "<i4",
}


class IndexError_(ValueError):
    """The snapshot cannot be indexed: a record is not a valid event or article, or the counts disagree
    (then `counts` is (events held, events the snapshot says it holds))."""

    def __init__(self, message: str, counts: tuple[int, object] | None = None) -> None:
        super().__init__(message)
        self.counts = counts


@dataclass(frozen=True)
class Identity:
    """Which snapshot file an index describes: a different file (even with the same content) is stale."""

    generation: int
    size: int
    inode: int
    mtime_ns: int

    @classmethod
    def of(cls, fd: int, generation: int) -> "Identity":
        st = os.fstat(fd)
        return cls(generation, st.st_size, st.st_ino, st.st_mtime_ns)

    def as_json(self) -> dict:
        return {"generation": self.generation, "size": self.size, "inode": self.inode, "mtime_ns": self.mtime_ns}


def id_bytes(event_id: str) -> bytes | None:
    try:
        raw = bytes.fromhex(event_id)
    except (ValueError, TypeError):
        return None
    return raw if len(raw) == 16 and event_id == raw.hex() else None


def id_text(raw: bytes) -> str:
    # numpy's S16 drops trailing zero bytes when it hands a value out: pad them back.
    return raw.ljust(16, b"\0").hex()


def instant(text: str) -> tuple[float, int]:
    """(POSIX timestamp, UTC offset in seconds) of an ISO 8601 time with offset."""
    moment = datetime.fromisoformat(text)
    offset = moment.utcoffset()
    return moment.timestamp(), int(offset.total_seconds()) if offset is not None else 0


@dataclass(frozen=True, slots=True)
class Entry:
    """What the index keeps of one event, computed once when the event is written or indexed."""

    start: float
    end: float
    start_off: int
    end_off: int
    title: str
    id: str
    kind: str
    status: str
    precision: str
    origin: str
    text: bytes

    @classmethod
    def of(cls, event: dict) -> "Entry":
        start, start_off = instant(event["start"])
        end, end_off = instant(event["end"])
        return cls(start, end, start_off, end_off, event["title"], event["id"], event["kind"], event["status"],
                   event["precision"], event["origin"], search_text(event))

    @property
    def key(self) -> tuple[float, float, str, str]:
        """The time order: start instant, end instant, then title and id so the order is total."""
        return (self.start, self.end, self.title, self.id)


def local_day(start: np.ndarray, offset: np.ndarray) -> np.ndarray:
    return np.floor_divide(start + offset, 86400).astype("<i4")


def search_text(event: dict) -> bytes:
    return haystack(event).replace("\0", " ").encode("utf-8", "surrogatepass")


# ----- where records come from -------------------------------------------------------------------

class Source:
    """The bytes of one snapshot: an open file (read with pread, so the very file indexed is read even
    after another process replaced it) or a buffer in memory."""

    def __init__(self, handle=None, data: bytes | None = None, fd: int | None = None) -> None:
        self.handle = handle  # kept open as long as records are read from it
        self.fd = handle.fileno() if handle is not None else fd
        self.data = data

    def read(self, offset: int, length: int) -> bytes:
        if self.data is not None:
            return self.data[offset:offset + length]
        chunks = []
        while length > 0:
            chunk = os.pread(self.fd, length, offset)
            if not chunk:
                raise OSError(f"the store file ended early (at byte {offset})")
            chunks.append(chunk)
            offset += len(chunk)
            length -= len(chunk)
        return b"".join(chunks)

    def copy_to(self, out: "Output", offset: int, length: int) -> None:
        if self.data is not None:
            out.write(self.data[offset:offset + length])
        else:
            out.copy_from(self.fd, offset, length)


class Output:
    """A file written piece by piece through its descriptor: small pieces buffered, large ranges of
    another file copied by the kernel (copy_file_range), never through Python memory."""

    BUFFER = 1 << 20

    def __init__(self, fd: int) -> None:
        self.fd = fd
        self.position = os.lseek(fd, 0, os.SEEK_CUR)
        self._pending: list[bytes] = []
        self._pending_size = 0

    def write(self, data: bytes) -> None:
        if not data:
            return
        self._pending.append(bytes(data))
        self._pending_size += len(data)
        self.position += len(data)
        if self._pending_size >= self.BUFFER:
            self.flush()

    def flush(self) -> None:
        if self._pending:
            data = memoryview(b"".join(self._pending))
            self._pending, self._pending_size = [], 0
            while data:
                data = data[os.write(self.fd, data):]

    def copy_from(self, fd: int, offset: int, length: int) -> None:
        self.flush()
        self.position += length
        copy_range(fd, self.fd, offset, length)

    def align(self) -> None:
        if self.position % 8:
            self.write(b"\0" * (8 - self.position % 8))


# ----- the index in memory or mapped from its file -----------------------------------------------

class EventIndex:
    """The columns of one snapshot's index. Positions are ranks in time order (0 = oldest)."""

    def __init__(self, buffer, header: dict, source: Source, fd: int | None = None) -> None:
        self.header = header
        self.source = source
        self._buffer = buffer
        self._fd = fd  # the index file, read with pread for the search texts (they stay out of our memory)
        self.n = header["events"]
        self.articles_count = header["articles"]
        self.meta = header["meta"]
        self.schema = header["schema"]
        self.generation = header["snapshot"]["generation"]
        self.next_doc = header["next_doc"]
        self.next_article_doc = header["next_article_doc"]
        self.max_span = header["max_span"]
        self.enums: dict[str, list[str]] = header["enums"]
        self._sections: dict[str, tuple[int, str, int]] = {k: tuple(v) for k, v in header["sections"].items()}
        for name in self._sections:
            setattr(self, name, self._array(name))
        sizes = {name: self._sections[name][2] for name in self._sections}
        events = [sizes[name] for name in (*EVENT_COLUMNS, "id_sorted", "id_pos")]
        ends = [int(self.title_off[-1]), int(self.text_off[-1])]
        if set(events) != {self.n} or sizes["title_off"] != self.n + 1 or sizes["text_off"] != self.n + 1 \
                or ends != [sizes["titles"], sizes["texts"]] or sizes["art_off"] != self.articles_count:
            raise ValueError("the index's sections do not agree with its header")
        self._cache: dict[int, dict] = {}

    def _array(self, name: str) -> np.ndarray:
        offset, dtype, count = self._sections[name]
        if count == 0:
            return np.empty(0, dtype=dtype)
        return np.frombuffer(self._buffer, dtype=dtype, count=count, offset=offset)

    # ----- events --------------------------------------------------------------------------------

    def find(self, event_id: str) -> int | None:
        return _lookup(self.id_sorted, self.id_pos, id_bytes(event_id))

    def find_prefix(self, prefix: str) -> list[int]:
        """Positions of the events whose id starts with prefix (hex digits)."""
        if not self.n or not prefix or any(c not in "0123456789abcdef" for c in prefix) or len(prefix) > 32:
            return []
        low = bytes.fromhex(prefix.ljust(32, "0"))
        high = bytes.fromhex(prefix.ljust(32, "f"))
        begin = int(np.searchsorted(self.id_sorted, np.bytes_(low), "left"))
        end = int(np.searchsorted(self.id_sorted, np.bytes_(high), "right"))
        return [int(p) for p in self.id_pos[begin:end]]

    def id_at(self, position: int) -> str:
        return id_text(self.ids[position])

    def title_at(self, position: int) -> str:
        return self._heap("titles", "title_off", position).decode("utf-8", "surrogatepass")

    def text_at(self, position: int) -> bytes:
        return self._heap("texts", "text_off", position)

    def _heap(self, heap: str, offsets: str, position: int) -> bytes:
        offs = getattr(self, offsets)
        begin, end = int(offs[position]), int(offs[position + 1])
        base = self._sections[heap][0]
        return bytes(self._buffer[base + begin:base + end])

    def text_block(self, begin: int, end: int) -> tuple[bytes, np.ndarray]:
        """The search texts of positions begin..end-1 as one byte string, with each one's offset in it."""
        offs = self.text_off[begin:end + 1]
        first, last = int(offs[0]), int(offs[-1])
        base = self._sections["texts"][0]
        if self._fd is not None:
            data = _pread(self._fd, last - first, base + first)
        else:
            data = bytes(self._buffer[base + first:base + last])
        return data, offs - first

    def record(self, position: int) -> dict:
        cached = self._cache.get(position)
        if cached is not None:
            return cached
        raw = self.source.read(int(self.line_off[position]), int(self.line_len[position]))
        record = _line_document(raw)
        if record is None or record.get("id") != self.id_at(position):
            raise StaleIndexError
        if self.schema != migrations.SCHEMA_VERSION:
            record = migrations.upgrade("events", record, self.schema)
        if len(self._cache) >= 8192:
            self._cache.clear()
        self._cache[position] = record
        return record

    def records(self, positions: Iterable[int]) -> Iterator[dict]:
        for position in positions:
            yield self.record(int(position))

    def heap_source(self, heap: str) -> tuple[Source, int]:
        """Where a heap's bytes can be copied from: (source, offset of the heap in it)."""
        base = self._sections[heap][0]
        if self._fd is not None:
            return Source(fd=self._fd), base
        return Source(data=self._buffer), base

    # ----- articles ------------------------------------------------------------------------------

    def article_position(self, article_id: str) -> int | None:
        return _lookup(self.art_id_sorted, self.art_id_pos, id_bytes(article_id))

    def article_by_sha(self, sha256: str) -> int | None:
        try:
            key = bytes.fromhex(sha256)
        except (ValueError, TypeError):
            return None
        return _lookup(self.art_sha_sorted, self.art_sha_pos, key if len(key) == 32 else None)

    def article_id_at(self, position: int) -> str:
        return id_text(self.art_ids[position])

    def article(self, position: int) -> dict:
        raw = self.source.read(int(self.art_off[position]), int(self.art_len[position]))
        record = _line_document(raw)
        if record is None or record.get("id") != self.article_id_at(position):
            raise StaleIndexError
        if self.schema != migrations.SCHEMA_VERSION:
            record = migrations.upgrade("articles", record, self.schema)
        return record


def _lookup(keys: np.ndarray, positions: np.ndarray, key: bytes | None) -> int | None:
    """The position stored beside key in a sorted key column, or None."""
    if key is None or not keys.shape[0]:
        return None
    at = int(np.searchsorted(keys, np.bytes_(key)))
    # numpy hands an S-typed value out without its trailing zero bytes: compare likewise.
    if at < keys.shape[0] and keys[at] == key.rstrip(b"\0"):
        return int(positions[at])
    return None


class StaleIndexError(Exception):
    """A record read at the index's offset is not the one the index names: the index is not this file's."""


def _pread(fd: int, length: int, offset: int) -> bytes:
    chunks = []
    while length > 0:
        chunk = os.pread(fd, min(length, 1 << 26), offset)
        if not chunk:
            break
        chunks.append(chunk)
        offset += len(chunk)
        length -= len(chunk)
    return b"".join(chunks)


def _line_document(raw: bytes) -> dict | None:
    """The document of one snapshot line `"N":{...}`."""
    colon = raw.find(b'":')
    if not raw.startswith(b'"') or colon < 0:
        return None
    try:
        document = orjson.loads(raw[colon + 2:])
    except orjson.JSONDecodeError:
        return None
    return document if isinstance(document, dict) else None


# ----- reading and writing the index file --------------------------------------------------------

def _open_regular(path) -> int | None:
    """A descriptor on path if it is a plain file (never through a link, never blocking on a FIFO)."""
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_CLOEXEC", 0))
    except OSError:
        return None
    if not stat.S_ISREG(os.fstat(fd).st_mode):
        os.close(fd)
        return None
    return fd


def _header_for(fd: int, identity: Identity) -> dict | None:
    """The header of the index file open on fd if it describes exactly the snapshot `identity` names."""
    size = os.fstat(fd).st_size
    head = os.pread(fd, 24, 0)
    if size < 24 or head[:8] != MAGIC:
        return None
    header_at, header_len = int.from_bytes(head[8:16], "little"), int.from_bytes(head[16:24], "little")
    if header_at + header_len != size:
        return None
    header = orjson.loads(os.pread(fd, header_len, header_at))
    if not isinstance(header, dict) or header.get("version") != VERSION or header.get("snapshot") != identity.as_json():
        return None
    return header


def describes(path, identity: Identity) -> bool:
    """Whether the index at path describes the snapshot `identity` names (its header read, nothing mapped)."""
    fd = _open_regular(path)
    if fd is None:
        return False
    try:
        return _header_for(fd, identity) is not None
    except (OSError, ValueError, orjson.JSONDecodeError):
        return False
    finally:
        os.close(fd)


def open_file(path, identity: Identity, source: Source) -> EventIndex | None:
    """The index at path if it describes exactly the snapshot `identity` names, else None."""
    fd = _open_regular(path)
    if fd is None:
        return None
    try:
        header = _header_for(fd, identity)
        if header is None:
            os.close(fd)
            return None
        mapped = mmap.mmap(fd, 0, access=mmap.ACCESS_READ)
    except (OSError, ValueError, orjson.JSONDecodeError):
        os.close(fd)
        return None
    try:
        index = EventIndex(mapped, header, source, fd)
    except (ValueError, KeyError, TypeError, AttributeError):
        mapped.close()
        os.close(fd)
        return None
    index._file = _FdCloser(fd)  # closed when the index is dropped
    return index


class _FdCloser:
    def __init__(self, fd: int) -> None:
        self.fd = fd

    def __del__(self) -> None:
        try:
            os.close(self.fd)
        except OSError:
            pass


class Writer:
    """Writes an index file section by section (arrays and heaps), then its header."""

    def __init__(self, out: Output) -> None:
        self.out = out
        self.sections: dict[str, list] = {}
        out.write(MAGIC + b"\0" * 16)

    def array(self, name: str, values: np.ndarray) -> None:
        self.out.align()
        values = np.ascontiguousarray(values)
        self.sections[name] = [self.out.position, values.dtype.str, int(values.shape[0])]
        self.out.write(values.tobytes())

    def heap(self, name: str, pieces: Iterable[tuple[Source | None, int, int] | bytes]) -> None:
        """A byte heap from pieces: bytes, or (source, offset, length) ranges copied from another file."""
        self.out.align()
        begin = self.out.position
        for piece in pieces:
            if isinstance(piece, (bytes, bytearray, memoryview)):
                self.out.write(piece)
            else:
                source, offset, length = piece
                source.copy_to(self.out, offset, length)
        self.sections[name] = [begin, "u1", self.out.position - begin]

    def finish(self, header: dict) -> None:
        header = {**header, "sections": self.sections, "version": VERSION}
        data = orjson.dumps(header)
        at = self.out.position
        self.out.write(data)
        self.out.flush()
        os.pwrite(self.out.fd, at.to_bytes(8, "little") + len(data).to_bytes(8, "little"), 8)


@dataclass
class Columns:
    """A whole index before it is written: arrays in time order and the pieces of its two heaps."""

    events: dict[str, np.ndarray]
    title_off: np.ndarray
    titles: list
    text_off: np.ndarray
    texts: list
    articles: dict[str, np.ndarray]
    header: dict

    def write(self, out: Output) -> None:
        writer = Writer(out)
        for name, values in self.events.items():
            writer.array(name, values)
        ids = self.events["ids"]
        order = np.argsort(ids, kind="stable")
        writer.array("id_sorted", ids[order])
        writer.array("id_pos", order.astype("<u4"))
        writer.array("title_off", self.title_off)
        writer.heap("titles", self.titles)
        writer.array("text_off", self.text_off)
        writer.heap("texts", self.texts)
        art = self.articles
        writer.array("art_off", art["art_off"])
        writer.array("art_len", art["art_len"])
        writer.array("art_ids", art["art_ids"])
        writer.array("art_sha", art["art_sha"])
        order = np.argsort(art["art_ids"], kind="stable")
        writer.array("art_id_sorted", art["art_ids"][order])
        writer.array("art_id_pos", order.astype("<u4"))
        order = np.argsort(art["art_sha"], kind="stable")
        writer.array("art_sha_sorted", art["art_sha"][order])
        writer.array("art_sha_pos", order.astype("<u4"))
        writer.finish(self.header)

    def to_bytes(self) -> bytes:
        import tempfile

        with tempfile.TemporaryFile() as handle:
            out = Output(handle.fileno())
            self.write(out)
            handle.seek(0)
            return handle.read()


def load(data: bytes, source: Source) -> EventIndex:
    header_at, header_len = int.from_bytes(data[8:16], "little"), int.from_bytes(data[16:24], "little")
    header = orjson.loads(data[header_at:header_at + header_len])
    return EventIndex(data, header, source)


def generation_of(path) -> int:
    """The snapshot generation an index file was written for (-1: none, or not an index)."""
    fd = _open_regular(path)
    if fd is None:
        return -1
    try:
        head = os.pread(fd, 24, 0)
        if len(head) < 24 or head[:8] != MAGIC:
            return -1
        header_len = int.from_bytes(head[16:24], "little")
        if header_len > 1 << 20:
            return -1
        header = orjson.loads(os.pread(fd, header_len, int.from_bytes(head[8:16], "little")))
        return int(header["snapshot"]["generation"])
    except (OSError, ValueError, KeyError, TypeError, orjson.JSONDecodeError):
        return -1
    finally:
        os.close(fd)


_EMPTY: EventIndex | None = None


def empty() -> EventIndex:
    """The index of a store with no snapshot yet."""
    global _EMPTY
    if _EMPTY is None:
        builder = _Builder(Identity(0, 0, 0, 0), {}, migrations.SCHEMA_VERSION)
        _EMPTY = load(builder.finish(Source(data=b"")).to_bytes(), Source(data=b""))
    return _EMPTY


def duplicates(ids: np.ndarray) -> int:
    if ids.shape[0] < 2:
        return 0
    ordered = np.sort(ids)
    return int(np.count_nonzero(ordered[1:] == ordered[:-1]))


# ----- building an index by reading a whole snapshot ---------------------------------------------

def scan(handle, identity: Identity, source: Source, upgrade_from: int) -> Columns:
    """Read a snapshot in line layout once and index it. Raises NotLineLayout, or IndexError_ when a record
    is not a valid event or article or the number of events differs from what the snapshot says."""
    handle.seek(0)
    meta = snapshot.read_meta(handle.readline())
    if meta is None:
        raise NotLineLayout
    builder = _Builder(identity, meta, upgrade_from)
    for table, offset, line in snapshot.documents(handle):
        colon = line.find(b'":')
        try:
            document = orjson.loads(line[colon + 2:])
            doc = int(line[1:colon])
        except (orjson.JSONDecodeError, ValueError):
            raise NotLineLayout from None
        if not isinstance(document, dict):
            raise NotLineLayout
        if table == "articles":
            builder.article(document, offset, len(line), doc)
        else:
            builder.event(document, offset, len(line), doc)
    return builder.finish(source)


class _Builder:
    def __init__(self, identity: Identity, meta: dict, upgrade_from: int) -> None:
        self.identity = identity
        self.meta = meta
        self.upgrade_from = upgrade_from
        self.start, self.end = array("d"), array("d")
        self.start_off, self.end_off = array("i"), array("i")
        self.codes = {field: array("B") for field in ENUM_FIELDS}
        self.enums: dict[str, dict[str, int]] = {field: {} for field in ENUM_FIELDS}
        self.line_off, self.line_len = array("Q"), array("L")
        self.ids = bytearray()
        self.titles, self.title_off = bytearray(), array("Q", [0])
        self.texts, self.text_off = bytearray(), array("Q", [0])
        self.keys_sorted = True
        self.last_key: tuple | None = None
        self.next_doc = 1
        self.art_off, self.art_len = array("Q"), array("L")
        self.art_ids, self.art_sha = bytearray(), bytearray()
        self.next_article_doc = 1
        self.max_span = 0.0

    def event(self, record: dict, offset: int, length: int, doc: int) -> None:
        try:
            if self.upgrade_from != migrations.SCHEMA_VERSION:
                record = migrations.upgrade("events", record, self.upgrade_from)
            entry = Entry.of(record)
            raw_id = id_bytes(entry.id)
            if raw_id is None:
                raise ValueError("id")
            codes = [self._code(field, getattr(entry, field)) for field in ENUM_FIELDS]
            title = entry.title.encode("utf-8", "surrogatepass")
        except (KeyError, TypeError, ValueError, AttributeError):
            raise IndexError_("a record that is not a valid event") from None
        key = entry.key
        if self.last_key is not None and key < self.last_key:
            self.keys_sorted = False
        self.last_key = key
        self.start.append(entry.start)
        self.end.append(entry.end)
        self.start_off.append(entry.start_off)
        self.end_off.append(entry.end_off)
        for field, code in zip(ENUM_FIELDS, codes):
            self.codes[field].append(code)
        self.line_off.append(offset)
        self.line_len.append(length)
        self.ids += raw_id
        self.titles += title
        self.title_off.append(len(self.titles))
        self.texts += entry.text + TEXT_SEPARATOR
        self.text_off.append(len(self.texts))
        self.next_doc = max(self.next_doc, doc + 1)
        self.max_span = max(self.max_span, entry.end - entry.start)

    def _code(self, field: str, value: str) -> int:
        table = self.enums[field]
        code = table.get(value)
        if code is None:
            if not isinstance(value, str) or len(table) >= 255:
                raise ValueError(field)
            code = table[value] = len(table)
        return code

    def article(self, record: dict, offset: int, length: int, doc: int) -> None:
        raw_id = id_bytes(record.get("id")) if isinstance(record.get("id"), str) else None
        try:
            sha = bytes.fromhex(record["sha256"])
        except (KeyError, TypeError, ValueError):
            sha = None
        if raw_id is None or sha is None or len(sha) != 32:
            raise IndexError_("a record that is not a valid article")
        self.art_off.append(offset)
        self.art_len.append(length)
        self.art_ids += raw_id
        self.art_sha += sha
        self.next_article_doc = max(self.next_article_doc, doc + 1)

    def finish(self, source: Source) -> Columns:
        n = len(self.start)
        counted = self.meta.get("events")
        ids = np.frombuffer(bytes(self.ids), dtype="S16")
        repeated = duplicates(ids)
        if (isinstance(counted, int) and counted != n - repeated) or repeated:
            raise IndexError_("the number of events differs", (n - repeated, counted))
        events = {
            "start": np.array(self.start, dtype="<f8"), "end": np.array(self.end, dtype="<f8"),
            "start_off": np.array(self.start_off, dtype="<i4"), "end_off": np.array(self.end_off, dtype="<i4"),
            **{field: np.array(self.codes[field], dtype="u1") for field in ENUM_FIELDS},
            "line_off": np.array(self.line_off, dtype="<u8"), "line_len": np.array(self.line_len, dtype="<u4"),
            "ids": ids,
        }
        events["day"] = local_day(events["start"], events["start_off"])
        title_off = np.array(self.title_off, dtype="<u8")
        text_off = np.array(self.text_off, dtype="<u8")
        titles, texts = bytes(self.titles), bytes(self.texts)
        if not self.keys_sorted:
            events, title_off, titles, text_off, texts = _sorted(events, title_off, titles, text_off, texts)
        articles = {
            "art_off": np.array(self.art_off, dtype="<u8"), "art_len": np.array(self.art_len, dtype="<u4"),
            "art_ids": np.frombuffer(bytes(self.art_ids), dtype="S16"),
            "art_sha": np.frombuffer(bytes(self.art_sha), dtype="S32"),
        }
        if duplicates(articles["art_ids"]):
            raise IndexError_("a record that is not a valid article")
        header = {
            "snapshot": self.identity.as_json(), "schema": self.upgrade_from, "meta": self.meta, "events": n,
            "articles": len(self.art_off), "next_doc": self.next_doc, "next_article_doc": self.next_article_doc,
            "max_span": self.max_span, "enums": {f: list(self.enums[f]) for f in ENUM_FIELDS},
        }
        return Columns(events, title_off, [titles], text_off, [texts], articles, header)


def _sorted(events: dict, title_off: np.ndarray, titles: bytes, text_off: np.ndarray, texts: bytes):
    """A snapshot written in another order (by TinyDB, say): put its columns in time order."""
    n = events["start"].shape[0]

    def title(i: int) -> bytes:
        return titles[title_off[i]:title_off[i + 1]]

    ids = events["ids"]
    order = np.array(sorted(range(n), key=lambda i: (events["start"][i], events["end"][i],
                                                      title(i).decode("utf-8", "surrogatepass"),
                                                      id_text(ids[i]))), dtype=np.int64)
    events = {name: values[order] for name, values in events.items()}
    new_titles = [titles[title_off[i]:title_off[i + 1]] for i in order]
    new_texts = [texts[text_off[i]:text_off[i + 1]] for i in order]
    return (events, _offsets(new_titles), b"".join(new_titles), _offsets(new_texts), b"".join(new_texts))


def _offsets(pieces: list[bytes]) -> np.ndarray:
    offsets = np.zeros(len(pieces) + 1, dtype="<u8")
    if pieces:
        np.cumsum([len(p) for p in pieces], out=offsets[1:])
    return offsets
