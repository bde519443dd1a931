"""The snapshot file: TinyDB's JSON layout written one document per line, so it can be read as a stream.

It stays one valid JSON object (TinyDB opens it), but because every document sits on its own line, a
reader parses line by line and never holds the whole 60 MB text and its objects at once; repeated
short values (kind, status, places, actors) are interned so 100k events share them.
Anything not in this layout (a file TinyDB itself wrote, say) falls back to one whole-file parse.
"""

from __future__ import annotations

import gc
import sys
from typing import BinaryIO, Iterator

import orjson

TABLES = ("meta", "articles", "events")
_INTERNED_FIELDS = ("kind", "precision", "status", "origin", "location", "time_text")


class SnapshotDecodeError(ValueError):
    """Not valid JSON (or not an object)."""


def encode(meta: dict, articles: list[dict], events: list[dict]) -> bytes:
    parts = [b'{"meta":{"1":', orjson.dumps(meta), b"},\n"]
    for name, documents in (("articles", articles), ("events", events)):
        parts.append(b'"' + name.encode() + b'":{\n')
        lines = [b'"%d":' % number + orjson.dumps(document) for number, document in enumerate(documents, 1)]
        parts.append(b",\n".join(lines))
        parts.append(b"\n}" + (b",\n" if name == "articles" else b"}\n"))
    return b"".join(parts)


def read_meta(first_line: bytes) -> dict | None:
    """The meta document from a snapshot's first line, or None when the file is not in line layout."""
    prefix = b'{"meta":{"1":'
    if not first_line.startswith(prefix) or not first_line.endswith(b"},\n"):
        return None
    try:
        meta = orjson.loads(first_line[len(prefix):-3])
    except orjson.JSONDecodeError:
        return None
    return meta if isinstance(meta, dict) else None


def _intern(event: dict) -> dict:
    for field in _INTERNED_FIELDS:
        value = event.get(field)
        if value is not None:
            event[field] = sys.intern(value)
    event["actors"] = [sys.intern(actor) for actor in event.get("actors", ())]
    for source in event.get("sources", ()):
        if source.get("article_id"):
            source["article_id"] = sys.intern(source["article_id"])
    return event


def decode(handle: BinaryIO) -> dict:
    """{"meta": {...}, "articles": {...}, "events": {...}} of an open snapshot; raises SnapshotDecodeError.

    It reads from the handle, not a path: a reader checks the journal against the very file it read,
    even when a compaction replaces the snapshot meanwhile.
    """
    enabled = gc.isenabled()
    gc.disable()  # a million new containers: the cyclic collector would rescan them over and over
    try:
        try:
            return _decode_lines(handle)
        except NotLineLayout:
            handle.seek(0)
            return _decode_whole(handle)
    finally:
        if enabled:
            gc.enable()


class NotLineLayout(Exception):
    """Not in newsline's one-document-per-line layout (TinyDB itself wrote it, say)."""


def _decode_whole(handle: BinaryIO) -> dict:
    try:
        data = orjson.loads(handle.read())
    except orjson.JSONDecodeError:
        raise SnapshotDecodeError("not valid JSON") from None
    if not isinstance(data, dict):
        raise SnapshotDecodeError("not a JSON object")
    if any(not isinstance(data.get(table) or {}, dict) for table in TABLES):
        raise SnapshotDecodeError("its tables are not objects (a JSON export, not a store?)")
    for document in (data.get("events") or {}).values():
        if isinstance(document, dict):
            _intern(document)
    return data


def _decode_lines(handle: BinaryIO) -> dict:
    meta = read_meta(handle.readline())
    if meta is None:
        raise NotLineLayout
    tables: dict[str, dict] = {"meta": {"1": meta}, "articles": {}, "events": {}}
    for table, _offset, line in documents(handle):
        colon = line.index(b'":')
        document = _loads(line[colon + 2:])
        if table == "events":
            _intern(document)
        tables[table][line[1:colon].decode()] = document
    return tables


def documents(handle: BinaryIO) -> Iterator[tuple[str, int, bytes]]:
    """The documents of a snapshot in line layout, read after its first (meta) line: (table, offset of
    the line in the file, the line `"N":{...}` without its separator). Raises NotLineLayout at anything
    else, and when the file ends before its closing line or without both tables."""
    position = handle.tell()
    table = None
    seen = set()
    finished = False
    for line in handle:
        offset = position
        position += len(line)
        if finished:
            raise NotLineLayout
        if line in (b'"articles":{\n', b'"events":{\n'):
            table = line[1:line.index(b'"', 1)].decode()
            seen.add(table)
            continue
        if line in (b"},\n", b"\n"):
            continue
        if line == b"}}\n":
            finished = True
            continue
        if table is None or not line.startswith(b'"') or b'":' not in line[:24]:
            raise NotLineLayout
        yield table, offset, line[:len(line) - (2 if line.endswith(b",\n") else 1 if line.endswith(b"\n") else 0)]
    if not finished or seen != {"articles", "events"}:
        raise NotLineLayout


def _loads(data: bytes):
    try:
        value = orjson.loads(data)
    except orjson.JSONDecodeError:
        raise NotLineLayout from None
    if not isinstance(value, dict):
        raise NotLineLayout
    return value
