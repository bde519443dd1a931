"""Writing a new snapshot and its index from the old ones and the journal, streamed: the lines of events
that did not change are copied byte for byte (by the kernel, in runs), only the journal's records are
encoded, and the index's columns are gathered from the old index. Nothing is parsed, so compacting a
million events costs about what copying the file does, in bounded memory.

TinyDB document numbers of unchanged events are kept (a run is copied as it is); new documents are
numbered after the highest one. TinyDB needs them unique, not consecutive.
"""

from __future__ import annotations

import numpy as np
import orjson

from . import index as idx
from .index import Columns, EventIndex, Output
from .timeline import Timeline


def write(out: Output, meta: dict, timeline: Timeline, base_articles: list[int], new_articles: list[dict],
          reencode: bool) -> Columns:
    """Write the snapshot to out; return the columns of its index (its header still lacks the identity).

    base_articles are the positions of the index's articles kept, new_articles the journal's; with
    `reencode` (the old snapshot was written at an older schema) every record is decoded, upgraded and
    encoded again instead of copied."""
    base = timeline.base
    out.write(b'{"meta":{"1":' + orjson.dumps(meta) + b"},\n")
    articles = _write_articles(out, base, base_articles, new_articles, reencode)
    out.write(b",\n")
    line_off, line_len, next_doc = _write_events(out, timeline, reencode)
    out.flush()
    columns = _gather(timeline, line_off, line_len)
    header = {"schema": meta["schema"], "meta": meta, "events": len(timeline), "articles": len(articles["art_off"]),
              "next_doc": next_doc, "next_article_doc": articles.pop("next_doc"),
              "max_span": max([base.max_span] + [e.end - e.start for e in timeline.entries]),
              "enums": timeline.enums}
    return Columns(columns["events"], columns["title_off"], columns["titles"], columns["text_off"],
                   columns["texts"], articles, header)


def _write_articles(out: Output, base: EventIndex, keep: list[int], new: list[dict], reencode: bool) -> dict:
    out.write(b'"articles":{\n')
    offsets, lengths, ids, shas = [], [], bytearray(), bytearray()
    doc = base.next_article_doc
    first = True
    for position in keep:
        if not first:
            out.write(b",\n")
        first = False
        begin, length = int(base.art_off[position]), int(base.art_len[position])
        offsets.append(out.position)
        if reencode:
            line = b'"%d":' % doc + orjson.dumps(base.article(position))
            doc += 1
            out.write(line)
            lengths.append(len(line))
        else:
            base.source.copy_to(out, begin, length)
            lengths.append(length)
        ids += base.art_ids[position].ljust(16, b"\0")
        shas += base.art_sha[position].ljust(32, b"\0")
    for record in new:
        if not first:
            out.write(b",\n")
        first = False
        line = b'"%d":' % doc + orjson.dumps(record)
        doc += 1
        offsets.append(out.position)
        lengths.append(len(line))
        out.write(line)
        ids += idx.id_bytes(record["id"])
        shas += bytes.fromhex(record["sha256"])
    out.write(b"\n}")
    return {"art_off": np.array(offsets, dtype="<u8"), "art_len": np.array(lengths, dtype="<u4"),
            "art_ids": np.frombuffer(bytes(ids), dtype="S16"), "art_sha": np.frombuffer(bytes(shas), dtype="S32"),
            "next_doc": doc}


def _runs(order: np.ndarray, n: int, adjacent) -> np.ndarray:
    """Indexes into order where a run starts; a run is consecutive index events for which adjacent(prev,
    next) holds (arrays of positions)."""
    count = order.shape[0]
    if count == 0:
        return np.empty(0, dtype=np.int64)
    joined = np.zeros(count, dtype=bool)
    if count > 1 and n:
        previous, following = order[:-1], order[1:]
        both = (previous < n) & (following < n)
        p = np.where(both, previous, 0)
        f = np.where(both, following, 0)
        joined[1:] = both & (f == p + 1) & adjacent(p, f)
    return np.flatnonzero(~joined)


def _write_events(out: Output, timeline: Timeline, reencode: bool) -> tuple[np.ndarray, np.ndarray, int]:
    base, order, n = timeline.base, timeline.order, timeline.n
    out.write(b'"events":{\n')
    count = order.shape[0]
    line_off = np.zeros(count, dtype="<u8")
    line_len = np.zeros(count, dtype="<u4")
    doc = base.next_doc
    if reencode:
        starts = np.arange(count, dtype=np.int64)
    else:
        starts = _runs(order, n, lambda p, f: base.line_off[f] == base.line_off[p] + base.line_len[p] + 2)
    bounds = np.append(starts, count)
    for run in range(starts.shape[0]):
        a, b = int(bounds[run]), int(bounds[run + 1])
        if run:
            out.write(b",\n")
        first = int(order[a])
        if first < n and not reencode:
            last = int(order[b - 1])
            src = int(base.line_off[first])
            size = int(base.line_off[last]) + int(base.line_len[last]) - src
            dst = out.position
            base.source.copy_to(out, src, size)
            positions = order[a:b]
            line_off[a:b] = base.line_off[positions] - src + dst
            line_len[a:b] = base.line_len[positions]
        else:
            line = b'"%d":' % doc + orjson.dumps(timeline.record(first))
            doc += 1
            line_off[a] = out.position
            line_len[a] = len(line)
            out.write(line)
    out.write(b"\n}}\n")
    return line_off, line_len, doc


def _gather(timeline: Timeline, line_off: np.ndarray, line_len: np.ndarray) -> dict:
    base, order, n = timeline.base, timeline.order, timeline.n
    events = {}
    for name in idx.EVENT_COLUMNS:
        if name == "line_off":
            events[name] = line_off
        elif name == "line_len":
            events[name] = line_len
        elif name == "ids":
            extra = np.frombuffer(b"".join(idx.id_bytes(e.id) for e in timeline.entries), dtype="S16")
            events[name] = np.concatenate([base.ids, extra])[order] if timeline.entries else base.ids[order]
        else:
            events[name] = timeline.column(name)[order]
    runs = _runs(order, n, lambda p, f: np.ones(p.shape[0], dtype=bool))
    title_off, titles = _heap(timeline, order, runs, "titles", "title_off",
                              lambda e: e.title.encode("utf-8", "surrogatepass"))
    text_off, texts = _heap(timeline, order, runs, "texts", "text_off", lambda e: e.text + idx.TEXT_SEPARATOR)
    return {"events": events, "title_off": title_off, "titles": titles, "text_off": text_off, "texts": texts}


def _heap(timeline: Timeline, order: np.ndarray, starts: np.ndarray, heap: str, offsets_name: str, piece_of):
    """New offsets and the pieces of a heap in the new order: runs of the old heap copied, new ones encoded."""
    base, n = timeline.base, timeline.n
    offsets = getattr(base, offsets_name)
    source, origin = base.heap_source(heap)
    count = order.shape[0]
    lengths = np.zeros(count, dtype="<u8")
    pieces = []
    bounds = np.append(starts, count)
    for run in range(starts.shape[0]):
        a, b = int(bounds[run]), int(bounds[run + 1])
        first = int(order[a])
        if first < n:
            last = int(order[b - 1])
            begin, end = int(offsets[first]), int(offsets[last + 1])
            pieces.append((source, origin + begin, end - begin))
            positions = order[a:b]
            lengths[a:b] = offsets[positions + 1] - offsets[positions]
        else:
            data = piece_of(timeline.entries[first - n])
            pieces.append(data)
            lengths[a] = len(data)
    new_offsets = np.zeros(count + 1, dtype="<u8")
    np.cumsum(lengths, out=new_offsets[1:])
    return new_offsets, pieces
