"""What the timeline shows: the filtered events in time order, grouped into day rows, plus search and undo.

Plain Python, no Textual: screens and widgets read it and tell it what the person asked for.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache

from store.database import Store
from store.days import DisplayZone, display_zone
from store.model import KINDS
from store.search import haystack

from .formatting import day_header


def row_event(row: str | dict) -> dict | None:
    """Rows are an event dict, or the 'YYYY-MM-DD' string of a day header (cheap for 100k rows)."""
    return None if isinstance(row, str) else row


@lru_cache(maxsize=4096)
def day_label(day: str) -> str:
    return day_header(date.fromisoformat(day))


@dataclass
class UndoStep:
    action: str          # add, edit, delete
    before: dict | None
    after: dict | None


@dataclass
class TimelineState:
    store: Store
    zone: DisplayZone = field(default_factory=display_zone)  # days are grouped and times shown in it
    kinds: set[str] = field(default_factory=lambda: set(KINDS))
    search: str = ""
    rows: list[str | dict] = field(default_factory=list)
    event_rows: list[int] = field(default_factory=list)     # row index of each shown event
    starts: list[float] = field(default_factory=list)       # display position of each shown event (sorted)
    day_rows: list[int] = field(default_factory=list)       # row index of each day header
    row_of_id: dict[str, int] = field(default_factory=dict)
    matches: list[int] = field(default_factory=list)        # row indexes matching the search
    undo_stack: list[UndoStep] = field(default_factory=list)
    only_matches: bool = False   # hide the events the search does not match
    total: int = 0
    _haystacks: dict[str, str] = field(default_factory=dict)
    _placement: tuple | None = None  # (store revision, zone, display order) of the last rebuild

    def rebuild(self) -> None:
        """Recompute rows in display order (store/days.py), a header per display day: one pass, no parsing,
        ~0.1 s at 100k events."""
        rows: list[str | dict] = []
        event_rows: list[int] = []
        day_rows: list[int] = []
        starts: list[float] = []
        row_of_id: dict[str, int] = {}
        current_day = None
        every_kind = len(self.kinds) == len(KINDS)
        kinds = self.kinds
        query = self.search.casefold() if self.only_matches else ""
        day_of = self.zone.day_of
        placed = self._placed()
        for position, event in placed:
            if not every_kind and event["kind"] not in kinds:
                continue
            if query and query not in self._haystack(event):
                continue
            day = day_of(position)
            if day != current_day:
                current_day = day
                day_rows.append(len(rows))
                rows.append(day)
            row_of_id[event["id"]] = len(rows)
            event_rows.append(len(rows))
            starts.append(position)
            rows.append(event)
        self.total = len(placed)
        self.rows, self.event_rows, self.starts, self.row_of_id = rows, event_rows, starts, row_of_id
        self.day_rows = day_rows
        if self._haystacks and len(self._haystacks) > len(row_of_id):
            self._haystacks = {k: v for k, v in self._haystacks.items() if k in row_of_id}
        self._update_matches()

    def _placed(self) -> list[tuple[float, dict]]:
        """The store's events in display order; placed again only when the store changed (a filter
        change at 100k events must not pay for it)."""
        before = self.store.revision
        timeline = self.store.timeline()  # may pick up another process's changes (a new revision)
        cached = self._placement
        if cached and cached[0] == before == self.store.revision and cached[1] is self.zone:
            return cached[2]
        placed = self.zone.ordered(timeline)
        # Kept only if nothing changed while it was read; else the next rebuild places it again.
        self._placement = (before, self.zone, placed) if self.store.revision == before else None
        return placed

    @property
    def shown(self) -> int:
        return len(self.event_rows)

    def prepare_search(self) -> None:
        """Build every event's search text ahead of the first keystroke (the loader does it off-screen)."""
        haystacks = self._haystacks
        for row in list(self.rows):  # a snapshot: the UI thread may rebuild meanwhile
            if not isinstance(row, str) and row["id"] not in haystacks:
                haystacks[row["id"]] = haystack(row)

    def set_search(self, query: str) -> None:
        self.search = query
        if self.only_matches:
            self.rebuild()
        else:
            self._update_matches()

    def _update_matches(self) -> None:
        query = self.search.casefold()
        if not query:
            self.matches = []
            return
        found = []
        rows = self.rows
        for index in self.event_rows:
            if query in self._haystack(rows[index]):
                found.append(index)
        self.matches = found

    def _haystack(self, event: dict) -> str:
        text = self._haystacks.get(event["id"])
        if text is None:
            text = self._haystacks[event["id"]] = haystack(event)
        return text

    def is_match(self, row: int) -> bool:
        if not self.search:
            return False
        index = bisect.bisect_left(self.matches, row)
        return index < len(self.matches) and self.matches[index] == row

    def next_match(self, row: int, forward: bool = True, include_current: bool = False) -> int | None:
        if not self.matches:
            return None
        if forward:
            index = bisect.bisect_left(self.matches, row) if include_current else bisect.bisect_right(self.matches, row)
            return self.matches[index % len(self.matches)]
        index = bisect.bisect_left(self.matches, row) - 1
        return self.matches[index % len(self.matches)]

    def toggle_kind(self, kind: str) -> None:
        if kind in self.kinds and len(self.kinds) > 1:
            self.kinds.discard(kind)
        else:
            self.kinds.add(kind)

    def neighbour_event_row(self, row: int, step: int) -> int | None:
        """The event row `step` events away from row (clamped), skipping day headers."""
        if not self.event_rows:
            return None
        index = bisect.bisect_left(self.event_rows, row)
        if index >= len(self.event_rows) or self.event_rows[index] != row:
            index = min(index, len(self.event_rows) - 1)
            return self.event_rows[index]
        return self.event_rows[max(0, min(len(self.event_rows) - 1, index + step))]

    def day_start_row(self, row: int, forward: bool) -> int | None:
        """First event of the next (or previous) day; back from inside a day, first of this day."""
        if not self.event_rows:
            return None
        header = bisect.bisect_right(self.day_rows, row) - 1  # the header of row's day
        if forward:
            return self.day_rows[header + 1] + 1 if header + 1 < len(self.day_rows) else None
        first_of_day = self.day_rows[header] + 1
        if first_of_day != row:
            return first_of_day
        return self.day_rows[header - 1] + 1 if header > 0 else None

    def row_nearest(self, instant: float) -> int | None:
        """The row of the shown event whose display position (store/days.py) is nearest to instant."""
        if not self.event_rows:
            return None
        index = bisect.bisect_left(self.starts, instant)
        if index >= len(self.starts) or (index > 0 and instant - self.starts[index - 1] <= self.starts[index] - instant):
            index -= 1
        return self.event_rows[max(0, index)]

    def row_within(self, first: float, last: float) -> int | None:
        """The row of the first shown event placed within [first, last], else the one nearest to first."""
        index = bisect.bisect_left(self.starts, first)
        if index < len(self.starts) and self.starts[index] <= last:
            return self.event_rows[index]
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

    def undo(self, **wait) -> tuple[str, dict] | None:
        """Revert the last add/edit/delete made here; returns (what was undone, the event to show)."""
        if not self.undo_stack:
            return None
        step = self.undo_stack[-1]
        # Undo only what is still as this session left it: never wipe a colleague's later change.
        if step.action == "add":
            self.store.delete_event(step.after["id"], expected=step.after, **wait)
            result = "add", step.after
        else:
            self.store.put_event(step.before, expected=step.after, **wait)
            result = step.action, step.before
        self.undo_stack.pop()  # only once it is done: a refused or cancelled undo can be tried again
        return result
