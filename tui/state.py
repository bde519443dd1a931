"""What the timeline shows: the filtered events in time order, grouped into day rows, plus search and undo.

Plain Python, no Textual: screens and widgets read it and tell it what the person asked for. The rows are
arrays over the store's Timeline (rows.py): a filter or a jump costs array operations, not a walk over
every event, and a record is read only when its row is drawn.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from typing import Callable

import numpy as np

from store.corroborate import merge_by_hand, outlet_count, split_by_hand
from store.database import Store, check_unchanged, delete, put
from store.days import MAX_SHIFT, DisplayZone, display_zone
from store.errors import ConflictError
from store.model import KINDS
from store.search import haystack
from store.timeline import Timeline

from .formatting import day_header
from .rows import EventRows, MatchRows, RowLayout, RowOfId, Rows, Starts

# Up to this much search text (about 50,000 events) a search is counted as it is typed; above it the
# first match is looked for from the cursor and the count completes in the background (count_matches).
SYNC_SEARCH_BYTES = 8 << 20
# The piece a large store's search reads on the UI thread, from a little before the cursor: enough to be
# sure of a match up to a day or two after it in a store of a million events over two years (it must
# reach MAX_SHIFT past the match, and starts MAX_SHIFT before the cursor).
NEARBY_BYTES = 1 << 20
_NO_MATCHES = np.empty(0, dtype=np.int64)


def row_event(row: str | dict) -> dict | None:
    """Rows are an event dict, or the 'YYYY-MM-DD' string of a day header (cheap for 100k rows)."""
    return None if isinstance(row, str) else row


@dataclass
class OutletFilter:
    """Show only events reported by at least `at_least` independent outlets, or only single-source ones."""

    at_least: int = 0
    single: bool = False
    # Outlet counts by event id and version: a rebuild at 100k events must not recount every event.
    _counts: dict[str, tuple[str, int]] = field(default_factory=dict)

    STEPS = ((0, False), (2, False), (3, False), (0, True))  # what `o` cycles through

    @property
    def active(self) -> bool:
        return self.single or self.at_least > 1

    def label(self) -> str:
        return "single-source" if self.single else f"≥{self.at_least} outlets" if self.at_least > 1 else ""

    def cycle(self) -> None:
        index = self.STEPS.index((self.at_least, self.single)) if (self.at_least, self.single) in self.STEPS else 0
        self.at_least, self.single = self.STEPS[(index + 1) % len(self.STEPS)]

    def count(self, event: dict, articles: dict[str, dict]) -> int:
        known = self._counts.get(event["id"])
        if known is None or known[0] != event["updated"]:
            known = self._counts[event["id"]] = (event["updated"], outlet_count(event, articles))
        return known[1]

    def shows(self, event: dict, articles: dict[str, dict]) -> bool:
        count = self.count(event, articles)
        return count <= 1 if self.single else count >= self.at_least


def restore(store: Store, records: list[tuple[dict | None, dict | None]], **wait) -> None:
    """Put each record back as it was before (removing those that did not exist), in one commit, only
    if each is still as it was left after."""
    def plan() -> list[dict]:
        ops = []
        for before, after in records:
            record_id = (before or after)["id"]
            current = store.events_by_id.get(record_id)
            if after is None and current is not None:
                raise ConflictError(f"“{before['title']}” is in the store again; nothing was undone", current)
            check_unchanged(current, after, (before or after)["title"])
            ops.append(put("events", before) if before is not None else delete("events", record_id))
        return ops

    store.transact(plan, **wait)


@lru_cache(maxsize=4096)
def day_label(day: str) -> str:
    return day_header(date.fromisoformat(day))


@dataclass
class UndoStep:
    action: str          # add, edit, delete, merge, split
    before: dict | None
    after: dict | None
    # A merge or a split changes two records: each (before, after) pair, None where there was none.
    records: list[tuple[dict | None, dict | None]] = field(default_factory=list)


@dataclass
class Found:
    """The events of one Timeline a query matches (sorted Timeline positions)."""

    timeline: Timeline
    query: str
    positions: np.ndarray


@dataclass
class TimelineState:
    store: Store
    zone: DisplayZone = field(default_factory=display_zone)  # days are grouped and times shown in it
    kinds: set[str] = field(default_factory=lambda: set(KINDS))
    search: str = ""
    undo_stack: list[UndoStep] = field(default_factory=list)
    only_matches: bool = False   # hide the events the search does not match
    outlets: OutletFilter = field(default_factory=OutletFilter)
    marked: str | None = None    # the event marked to be merged with the next one marked
    marked_seen: dict | None = None  # that event as it was when marked: the merge is conditional on it
    total: int = 0
    _layout: RowLayout = field(default_factory=RowLayout.empty, repr=False)
    _found: Found | None = field(default=None, repr=False)
    _match_indexes: np.ndarray | None = field(default_factory=lambda: _NO_MATCHES, repr=False)  # None: counting

    def rebuild(self) -> None:
        """Recompute rows in display order (store/days.py), a header per display day: array operations
        over the store's Timeline, milliseconds at a million events."""
        timeline = self.store.timeline()
        placement = self.zone.place(timeline)  # placed once per store revision, not per filter
        if len(self.kinds) != len(KINDS):
            wanted = np.zeros(256, dtype=bool)
            for code, kind in enumerate(timeline.enums["kind"]):
                wanted[code] = kind in self.kinds
            ranks = np.flatnonzero(wanted[placement.kind])
        else:
            ranks = np.arange(len(timeline), dtype=np.int64)
        if self.only_matches and self.search:
            positions = timeline.order[placement.store_ranks(ranks)]
            ranks = ranks[_members(positions, self._positions_now(timeline))]
        if self.outlets.active:  # "reported by at least N outlets": read the records of what is left
            positions = timeline.order[placement.store_ranks(ranks)]
            articles = self.store.articles_by_id
            keep = np.fromiter((self.outlets.shows(timeline.record(int(p)), articles) for p in positions),
                               dtype=bool, count=len(positions))
            ranks = ranks[keep]
        self.total = len(timeline)
        self._layout = RowLayout(placement, ranks)
        self._update_matches()

    # ----- what the widget and the screen read ---------------------------------------------------

    @property
    def rows(self) -> Rows:
        return Rows(self._layout)

    @property
    def event_rows(self) -> EventRows:
        return EventRows(self._layout)

    @property
    def starts(self) -> Starts:
        """Display position (store/days.py) of each shown event, sorted."""
        return Starts(self._layout)

    @property
    def day_rows(self) -> list[int]:
        """Row index of each day header."""
        return self._layout.header_rows.tolist()

    @property
    def row_of_id(self) -> RowOfId:
        return RowOfId(self._layout)

    @property
    def matches(self) -> MatchRows:
        """Rows of the events matching the search (empty while they are being counted)."""
        indexes = self._match_indexes
        return MatchRows(self._layout, _NO_MATCHES if indexes is None else indexes)

    @property
    def shown(self) -> int:
        return self._layout.events

    # ----- search --------------------------------------------------------------------------------

    def set_search(self, query: str) -> None:
        self.search = query
        if self.only_matches:
            self.rebuild()
        else:
            self._update_matches()

    @property
    def search_pending(self) -> bool:
        """Whether the matches of the search are still being counted (count_matches)."""
        return bool(self.search) and self._match_indexes is None

    def _update_matches(self) -> None:
        query = self.search.casefold()
        timeline = self._layout.timeline
        if not query or timeline is None:
            self._match_indexes = _NO_MATCHES
            return
        found = self._found_for(timeline, query)
        if found is None and _search_bytes(timeline) <= SYNC_SEARCH_BYTES:
            found = self._search_now(timeline, query)
        self._match_indexes = None if found is None else self._indexes(found)

    def _found_for(self, timeline: Timeline, query: str) -> np.ndarray | None:
        found = self._found
        if found is not None and found.timeline is timeline and found.query == query:
            return found.positions
        return None

    def _search_now(self, timeline: Timeline, query: str) -> np.ndarray:
        positions = _sorted_union([piece for *_, piece in timeline.search_pieces(query)])
        self._found = Found(timeline, query, positions)
        return positions

    def _positions_now(self, timeline: Timeline) -> np.ndarray:
        query = self.search.casefold()
        found = self._found_for(timeline, query)
        return found if found is not None else self._search_now(timeline, query)

    def _indexes(self, positions: np.ndarray) -> np.ndarray:
        if not positions.shape[0] or not self._layout.events:
            return _NO_MATCHES
        indexes = self._layout.inverse()[positions]
        return np.sort(indexes[indexes >= 0])

    def _complete_now(self) -> None:
        """Count the matches here and now (a key that needs them all came before the background count)."""
        if self.search_pending:
            self._match_indexes = self._indexes(self._search_now(self._layout.timeline, self.search.casefold()))

    def first_match_nearby(self, from_row: int) -> int | None:
        """The row of the first match at or after from_row when the journal and the index's first small
        piece from the cursor settle it, else None (count_matches will find it). Cheap enough for the UI
        thread (NEARBY_BYTES of text, a few milliseconds), so a large store's cursor can move in the
        keystroke's own frame instead of one or two frames later, when the background count reports it."""
        rows: list[int] = []
        pieces = 0

        def enough() -> bool:  # asked before each piece: the journal's, then the index's first
            nonlocal pieces
            pieces += 1
            return bool(rows) or pieces > 2

        self.count_matches(from_row, rows.append, enough, first_piece=NEARBY_BYTES)
        return rows[0] if rows else None

    def count_matches(self, from_row: int, first: Callable[[int], None], cancelled: Callable[[], bool],
                      first_piece: int | None = None) -> Found | None:
        """Find every match of the search, off the UI thread, in pieces from the event at from_row on:
        `first(row)` is called with the first match at or after from_row (or, when there is none, the
        first from the top) as soon as it is found. Returns
        what to hand to `counted` on the UI thread (None when cancelled)."""
        layout, query = self._layout, self.search.casefold()
        timeline = layout.timeline
        if timeline is None or not query:
            return None
        inverse = layout.inverse()
        cursor = min(layout.event_index_at_or_after(from_row), layout.events - 1) if layout.events else 0
        # From a little before the cursor: a whole-day event sits up to MAX_SHIFT from its instant.
        begin = int(np.searchsorted(timeline.base.start, layout.start(cursor) - MAX_SHIFT)) if layout.events else 0
        pieces: list[np.ndarray] = []
        told = False
        journal_ahead = journal_first = None  # the journal's nearest match after the cursor, and its first
        best = None  # the nearest match after the cursor in the index so far

        def tell(index: int) -> None:
            nonlocal told
            told = True
            first(layout.event_row(int(index)))

        def nearest(*indexes: int | None) -> int | None:
            found = [i for i in indexes if i is not None]
            return min(found) if found else None

        starts = timeline.base.start
        for where, end, piece in timeline.search_pieces(query, begin, first_piece):
            if cancelled():
                return None
            pieces.append(piece)
            if told:
                continue
            indexes = inverse[piece]
            indexes = indexes[indexes >= 0]
            ahead = indexes[indexes >= cursor]
            if where == "journal":
                journal_ahead = int(ahead.min()) if ahead.shape[0] else None
                journal_first = int(indexes.min()) if indexes.shape[0] else None
            elif where == "ahead":
                best = nearest(best, int(ahead.min()) if ahead.shape[0] else None)
                # Sure once the index has gone past it by more than a whole-day event can move.
                if best is not None and end < timeline.n and starts[end - 1] >= layout.start(best) + MAX_SHIFT:
                    tell(nearest(best, journal_ahead))
            else:  # "behind": nothing more after the cursor in the index; else wrap round to the top
                if best is not None or journal_ahead is not None:
                    tell(nearest(best, journal_ahead))
                elif indexes.shape[0]:
                    tell(nearest(int(indexes.min()), journal_first))
        if not told and nearest(best, journal_ahead, journal_first) is not None:
            tell(nearest(best, journal_ahead) if nearest(best, journal_ahead) is not None else journal_first)
        return Found(timeline, query, _sorted_union(pieces))

    def counted(self, found: Found | None) -> bool:
        """Take a background count; False when it is for another search or an older store state."""
        if found is None or found.timeline is not self._layout.timeline or found.query != self.search.casefold():
            return False
        self._found = found
        self._match_indexes = self._indexes(found.positions)
        return True

    def _haystack(self, event: dict) -> str:
        return haystack(event)

    def is_match(self, row: int) -> bool:
        if not self.search:
            return False
        layout = self._layout
        index = layout.event_index(row) if 0 <= row < layout.count else None
        if index is None:
            return False
        if self._match_indexes is None:  # still counting: this row's own text says
            needle = self.search.casefold().encode("utf-8", "surrogatepass")
            return needle in layout.timeline.text(layout.position(index))
        at = int(np.searchsorted(self._match_indexes, index))
        return at < self._match_indexes.shape[0] and int(self._match_indexes[at]) == index

    def next_match(self, row: int, forward: bool = True, include_current: bool = False) -> int | None:
        self._complete_now()
        indexes = self._match_indexes
        if indexes is None or not indexes.shape[0]:
            return None
        layout = self._layout
        event = layout.event_index(row) if 0 <= row < layout.count else None
        at_or_after = layout.event_index_at_or_after(row) if event is None else event
        before = int(np.searchsorted(indexes, at_or_after, "left"))  # matches on rows above row
        if forward:
            up_to = before if include_current or event is None else int(np.searchsorted(indexes, event, "right"))
            return layout.event_row(int(indexes[up_to % indexes.shape[0]]))
        return layout.event_row(int(indexes[(before - 1) % indexes.shape[0]]))

    # ----- moving --------------------------------------------------------------------------------

    def toggle_kind(self, kind: str) -> None:
        if kind in self.kinds and len(self.kinds) > 1:
            self.kinds.discard(kind)
        else:
            self.kinds.add(kind)

    def neighbour_event_row(self, row: int, step: int) -> int | None:
        """The event row `step` events away from row (clamped), skipping day headers."""
        layout = self._layout
        if not layout.events:
            return None
        index = layout.event_index(row) if 0 <= row < layout.count else None
        if index is None:
            return layout.event_row(min(max(0, layout.event_index_at_or_after(row)), layout.events - 1))
        return layout.event_row(max(0, min(layout.events - 1, index + step)))

    def day_start_row(self, row: int, forward: bool) -> int | None:
        """First event of the next (or previous) day; back from inside a day, first of this day."""
        layout = self._layout
        if not layout.events or not 0 <= row < layout.count:
            return None
        index = layout.event_index(row)
        if forward:
            if index is None:  # on a day header: its first event
                after = layout.event_index_at_or_after(row)
                return layout.event_row(after) if after < layout.events else None
            _, end = layout.day_bounds(index)
            return layout.event_row(end) if end < layout.events else None
        index = layout.event_index_at_or_after(row) if index is None else index
        first, _ = layout.day_bounds(min(index, layout.events - 1))
        if first != index:
            return layout.event_row(first)
        return layout.event_row(layout.day_bounds(index - 1)[0]) if index > 0 else None

    def row_nearest(self, instant: float) -> int | None:
        """The row of the shown event whose display position (store/days.py) is nearest to instant."""
        layout = self._layout
        if not layout.events:
            return None
        index = layout.first_at_or_after(instant)
        if index >= layout.events or (index > 0 and instant - layout.start(index - 1) <= layout.start(index) - instant):
            index -= 1
        return layout.event_row(max(0, index))

    def row_within(self, first: float, last: float) -> int | None:
        """The row of the first shown event placed within [first, last], else the one nearest to first."""
        layout = self._layout
        index = layout.first_at_or_after(first) if layout.events else 0
        if index < layout.events and layout.start(index) <= last:
            return layout.event_row(index)
        return self.row_nearest(first)

    # ----- changes with undo ---------------------------------------------------------------------

    def add(self, event: dict, **wait) -> dict:
        """Changes take `cancel` and `waiting` (see Store._acquire) so the app never blocks on the lock."""
        self.store.add_event(event, **wait)
        self.undo_stack.append(UndoStep("add", None, event))
        return event

    def edit(self, event_id: str, changes: dict, expected: dict | None = None, **wait) -> dict:
        before = self.store.get_event(event_id)
        after = self.store.update_event(event_id, changes, expected=expected, **wait)
        self.undo_stack.append(UndoStep("edit", before, after))
        return after

    def delete(self, event_id: str, expected: dict | None = None, **wait) -> dict:
        before = self.store.delete_event(event_id, expected=expected, **wait)
        self.undo_stack.append(UndoStep("delete", before, None))
        return before

    def merge(self, first: dict, second: dict, **wait) -> dict:
        """Merge two events as the person saw them (conflict-safe); returns the event that stays."""
        merged, absorbed = merge_by_hand(self.store, first, second, **wait)
        before = first if first["id"] == merged["id"] else second
        self.undo_stack.append(UndoStep("merge", before, merged, [(before, merged), (absorbed, None)]))
        return merged

    def split(self, event: dict, article_id: str, **wait) -> dict:
        """Take one article's part off `event` (as the person saw it); returns the new event."""
        rest, split_off = split_by_hand(self.store, event, article_id, **wait)
        self.undo_stack.append(UndoStep("split", event, rest, [(event, rest), (None, split_off)]))
        return split_off

    def undo(self, **wait) -> tuple[str, dict] | None:
        """Revert the last add/edit/delete/merge/split made here; returns (what was undone, the event to show)."""
        if not self.undo_stack:
            return None
        step = self.undo_stack[-1]
        # Undo only what is still as this session left it: never wipe a colleague's later change.
        if step.records:
            restore(self.store, step.records, **wait)
            result = step.action, step.before
        elif step.action == "add":
            self.store.delete_event(step.after["id"], expected=step.after, **wait)
            result = "add", step.after
        else:
            self.store.put_event(step.before, expected=step.after, **wait)
            result = step.action, step.before
        self.undo_stack.pop()  # only once it is done: a refused or cancelled undo can be tried again
        return result


def _search_bytes(timeline: Timeline) -> int:
    offsets = timeline.base.text_off
    return int(offsets[-1]) if offsets.shape[0] else 0


def _sorted_union(pieces: list[np.ndarray]) -> np.ndarray:
    pieces = [p for p in pieces if p.shape[0]]
    return np.unique(np.concatenate(pieces)) if pieces else _NO_MATCHES


def _members(values: np.ndarray, sorted_set: np.ndarray) -> np.ndarray:
    """Which of values are in sorted_set (a boolean mask)."""
    if not sorted_set.shape[0]:
        return np.zeros(values.shape[0], dtype=bool)
    at = np.minimum(np.searchsorted(sorted_set, values), sorted_set.shape[0] - 1)
    return sorted_set[at] == values
