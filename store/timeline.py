"""Every event of a store in time order: the snapshot's index with the journal's changes laid on top.

A Timeline is an immutable picture taken at one store revision: numpy columns over "combined
positions" (0..n-1 are the index's events, n.. the events the journal put since the snapshot) and
`order`, the combined positions of the live events in time order. Records are read only when asked for.
Building one costs a few array operations over the index (milliseconds at a million events), nothing
per event; the journal's events had their sort keys computed once, when they were read.
"""

from __future__ import annotations

from functools import cached_property

import numpy as np

from . import index as idx
from .index import Entry, EventIndex

# The search reads the index's texts in pieces of about this many bytes (bounded memory at any size).
SEARCH_CHUNK = 4 << 20


class Timeline:
    def __init__(self, base: EventIndex, hidden: set[int], overlay: list[tuple[Entry, dict]]) -> None:
        self.base = base
        n = base.n
        self.n = n
        overlay = sorted(overlay, key=lambda item: item[0].key)
        self.entries = [entry for entry, _ in overlay]
        self.records = [record for _, record in overlay]
        self._overlay_at = {entry.id: n + i for i, entry in enumerate(self.entries)}
        self.hidden = np.array(sorted(hidden), dtype=np.int64)
        self.enums = {field: list(values) for field, values in base.enums.items()}
        self._entry_codes = {field: self._new_codes(field) for field in idx.ENUM_FIELDS}
        # Nothing hidden and nothing added: position i is the i-th event (the rows read the columns as they are).
        self.in_index_order = not self.entries and not len(self.hidden)
        points = [self._insertion_point(entry) for entry in self.entries]
        # Where each journal event goes among the index's live events (ranks before the insertion).
        self._points = np.array(points, dtype=np.int64) - np.searchsorted(self.hidden, points)
        self._by_rank: dict[str, np.ndarray] = {}
        self.order = self._in_order(np.arange(n, dtype=np.int64), np.arange(n, n + len(self.entries), dtype=np.int64))

    def __len__(self) -> int:
        return int(self.order.shape[0])

    def _in_order(self, column: np.ndarray, extra) -> np.ndarray:
        """An index column by rank: the hidden events taken out, the journal's put in their places
        (sequential copies; no copy at all when the journal changed nothing)."""
        if len(self.hidden):
            column = np.delete(column, self.hidden)
        if self.entries:
            column = np.insert(column, self._points, np.asarray(extra, dtype=column.dtype))
        return column

    def _combined(self, column: np.ndarray, extra: list, dtype: str) -> np.ndarray:
        """An index column by position: the journal's events after the index's."""
        if not extra:
            return column
        return np.concatenate([column, np.array(extra, dtype=dtype)])

    def _codes(self, field: str) -> list[int]:
        return self._entry_codes[field]

    def _new_codes(self, field: str) -> list[int]:
        """The journal events' codes for an enum field; a value the index has no code for gets a new one."""
        table = self.enums.setdefault(field, [])
        codes = []
        for entry in self.entries:
            value = getattr(entry, field)
            if value not in table:
                table.append(value)
            codes.append(table.index(value))
        return codes

    def _entry_days(self) -> np.ndarray:
        return idx.local_day(np.array([e.start for e in self.entries], dtype="<f8"),
                             np.array([e.start_off for e in self.entries], dtype="<i4"))

    def column(self, name: str) -> np.ndarray:
        """Any index column by position (for compaction and searching; the rows read by rank)."""
        if name in idx.ENUM_FIELDS:
            return self._combined(getattr(self.base, name), self._codes(name), "u1")
        if name == "day":
            return self._combined(self.base.day, list(self._entry_days()), "<i4")
        dtype = idx.EVENT_COLUMNS[name]
        return self._combined(getattr(self.base, name), [getattr(e, name) for e in self.entries], dtype)

    @cached_property
    def start(self) -> np.ndarray:
        """The start instant by position."""
        return self.column("start")

    def _insertion_point(self, entry: Entry) -> int:
        """Where entry goes among the index's events (hidden ones included), by the full time order."""
        base = self.base
        point = int(np.searchsorted(base.start, entry.start, "left"))
        key = entry.key
        while point < base.n and base.start[point] == entry.start and self.base_key(point) < key:
            point += 1
        return point

    def base_key(self, position: int) -> tuple:
        base = self.base
        return (float(base.start[position]), float(base.end[position]), base.title_at(position), base.id_at(position))

    # ----- by rank (place in time order), what every view of the timeline starts from -----------

    def order_column(self, name: str) -> np.ndarray:
        """An index column by rank, worked out once per timeline."""
        cached = self._by_rank.get(name)
        if cached is None:
            if name in idx.ENUM_FIELDS:
                extra = self._codes(name)
            elif name == "day":
                extra = self._entry_days()
            else:
                extra = [getattr(e, name) for e in self.entries]
            cached = self._by_rank[name] = self._in_order(getattr(self.base, name), extra)
        return cached

    @property
    def order_start(self) -> np.ndarray:
        """The start instant of the event at each rank (sorted)."""
        return self.order_column("start")

    @property
    def order_kind(self) -> np.ndarray:
        return self.order_column("kind")

    # ----- as tuples, for code that walks every event (list, export) -----------------------------

    def __iter__(self):
        """(start instant, end instant, title, id, record) of every event in time order."""
        return self._tuples(range(len(self)))

    def between(self, low: float | None, high: float | None):
        """Those tuples for the events whose window meets [low, high] (instants; None: open); only their
        records are read. An event ends at most the longest window after it starts."""
        begin, end = 0, len(self)
        if high is not None:
            end = int(np.searchsorted(self.order_start, high, "right"))
        if low is not None:
            span = max([self.base.max_span] + [e.end - e.start for e in self.entries])
            begin = int(np.searchsorted(self.order_start, low - span, "left"))
        ranks = np.arange(begin, end, dtype=np.int64)
        if low is not None and ranks.shape[0]:
            ranks = ranks[self.order_column("end")[ranks] >= low]
        return self._tuples(ranks.tolist())

    def _tuples(self, ranks):
        order, starts, ends = self.order, self.order_start, self.order_column("end")
        for rank in ranks:
            position = int(order[rank])
            record = self.record(position)
            yield float(starts[rank]), float(ends[rank]), record["title"], record["id"], record

    def rank_of(self, position: int) -> int | None:
        """The rank of a live event's position (None if it is not live)."""
        if self.in_index_order:
            return position if 0 <= position < self.n else None
        start = self.start[position]
        low = int(np.searchsorted(self.order_start, start, "left"))
        high = int(np.searchsorted(self.order_start, start, "right"))
        hits = np.flatnonzero(self.order[low:high] == position)
        return low + int(hits[0]) if hits.shape[0] else None

    # ----- one event -----------------------------------------------------------------------------

    def record(self, position: int) -> dict:
        position = int(position)
        if position >= self.n:
            return self.records[position - self.n]
        return self.base.record(position)

    def id_at(self, position: int) -> str:
        position = int(position)
        return self.entries[position - self.n].id if position >= self.n else self.base.id_at(position)

    def position_of(self, event_id: str) -> int | None:
        """The combined position of a live event, or None."""
        at = self._overlay_at.get(event_id)
        if at is not None:
            return at
        at = self.base.find(event_id)
        if at is None or (len(self.hidden) and _contains(self.hidden, at)):
            return None
        return at

    def text(self, position: int) -> bytes:
        position = int(position)
        if position >= self.n:
            return self.entries[position - self.n].text
        return self.base.text_at(position)

    # ----- search --------------------------------------------------------------------------------

    def search_pieces(self, query: str, begin: int = 0, first: int | None = None):
        """Yield (where, end, positions): the sorted positions of events whose search text holds query,
        piece by piece: first the journal's events (where="journal"), then the index's from position
        `begin` to the end ("ahead"), then from the start back to `begin` ("behind"); `end` is where the
        piece stopped in the index. The first piece of the index holds about `first` bytes of text
        (default: a sixteenth of SEARCH_CHUNK), the others SEARCH_CHUNK."""
        needle = query.casefold().encode("utf-8", "surrogatepass")
        n = self.n
        extra = [n + i for i, entry in enumerate(self.entries) if needle and needle in entry.text]
        yield "journal", n, np.array(extra, dtype=np.int64)
        if not needle or idx.TEXT_SEPARATOR in needle:
            return
        begin = min(max(0, begin), n)
        for where, low, high in (("ahead", begin, n), ("behind", 0, begin)):
            at, size = low, first or SEARCH_CHUNK // 16  # a small first piece: the nearest match shows sooner
            while at < high:
                stop = self._piece_end(at, high, size)
                size = SEARCH_CHUNK
                found = self._search_base(needle, at, stop)
                if len(self.hidden) and found.shape[0]:
                    found = found[~np.isin(found, self.hidden)]
                yield where, stop, found
                at = stop

    def _piece_end(self, at: int, high: int, size: int) -> int:
        offsets = self.base.text_off
        target = int(offsets[at]) + size
        stop = int(np.searchsorted(offsets, target, "right")) - 1
        return min(high, max(at + 1, stop))

    def _search_base(self, needle: bytes, begin: int, end: int) -> np.ndarray:
        data, offsets = self.base.text_block(begin, end)
        hits = find_all(data, needle)
        if not hits.shape[0]:
            return hits
        owners = np.searchsorted(offsets, hits, "right") - 1
        # Hits come in order, so their owners do too: drop repeats in one pass (np.unique would sort).
        first = np.ones(owners.shape[0], dtype=bool)
        first[1:] = owners[1:] != owners[:-1]
        return owners[first] + begin


def find_all(data: bytes, needle: bytes) -> np.ndarray:
    """Start offsets of every occurrence of needle in data, with array operations only (no Python loop
    per occurrence, and the interpreter lock released while they run)."""
    m = len(needle)
    if m == 0 or len(data) < m:
        return np.empty(0, dtype=np.int64)
    hay = np.frombuffer(data, dtype=np.uint8)
    last = len(data) - m + 1  # how many places an occurrence can start at
    # Start from the rarest of the needle's bytes, then check the others at their distance from it.
    anchor = _rarest(needle)
    candidates = np.flatnonzero(hay[anchor:last + anchor] == needle[anchor])
    for k in range(m):
        if k == anchor or not candidates.shape[0]:
            continue
        candidates = candidates[hay[candidates + k] == needle[k]]
    return candidates


# How often each byte turns up in English news text, roughly (higher: more common); unknown bytes are rare.
_COMMON = {b: rank for rank, b in enumerate(b"zqxjkvbpygfwmucldrhsnioate ")}


def _rarest(needle: bytes) -> int:
    return min(range(len(needle)), key=lambda k: _COMMON.get(needle[k], -1))


def _contains(sorted_values: np.ndarray, value: int) -> bool:
    at = int(np.searchsorted(sorted_values, value))
    return at < sorted_values.shape[0] and int(sorted_values[at]) == value
