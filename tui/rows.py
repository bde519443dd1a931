"""The rows of the timeline as arrays: the events a filter keeps (their ranks in the display order of the
store's Timeline, store/days.py) with a day header before the first event of each day of the display zone.

Row numbers are worked out by arithmetic and binary search over these arrays, never by walking a list,
and an event's record is read only when its row is drawn: a million events cost what a thousand do.
TimelineState (state.py) builds one per filter; the widget reads it through `state.rows`, a sequence
whose items are the 'YYYY-MM-DD' of a day header or the event's record, as before.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

import numpy as np

from store.days import Placement

_EPOCH_ORDINAL = date(1970, 1, 1).toordinal()


class RowLayout:
    """The shown events as display ranks (places in a Placement's order, ascending) and the day headers
    between them. Nothing here is per event but `ranks`: a filter costs one pass over a byte column."""

    def __init__(self, placement: Placement | None, ranks: np.ndarray) -> None:
        self.placement = placement
        self.timeline = placement.timeline if placement is not None else None
        self.ranks = ranks
        self.events = int(ranks.shape[0])
        if self.events:
            # A day's header goes before its first shown event: where each day's first rank would fall.
            firsts = np.searchsorted(ranks, placement.day_first, "left")
            firsts = firsts[firsts < self.events]
            keep = np.ones(firsts.shape[0], dtype=bool)
            keep[1:] = firsts[1:] != firsts[:-1]
            self.day_first = firsts[keep].astype(np.int64)  # index of the first shown event of each day
            self.days = placement.days[ranks[self.day_first]]
        else:
            self.day_first = np.empty(0, dtype=np.int64)
            self.days = self.day_first
        self.header_rows = self.day_first + np.arange(self.day_first.shape[0], dtype=np.int64)
        self.count = self.events + int(self.day_first.shape[0])
        self._inverse: np.ndarray | None = None

    @classmethod
    def empty(cls) -> "RowLayout":
        return cls(None, np.empty(0, dtype=np.int64))

    def position(self, index: int) -> int:
        """The Timeline position of the index-th shown event."""
        return int(self.timeline.order[self.placement.store_ranks(self.ranks[index])])

    def start(self, index: int) -> float:
        """Where the index-th shown event sits in the display zone (store/days.py)."""
        return float(self.placement.positions[self.ranks[index]])

    def first_at_or_after(self, place: float) -> int:
        """The index of the first shown event placed at or after place (events if none)."""
        rank = int(np.searchsorted(self.placement.positions, place, "left"))
        return int(np.searchsorted(self.ranks, rank, "left"))

    def event_row(self, index: int) -> int:
        """The row of the index-th shown event."""
        return index + int(np.searchsorted(self.day_first, index, "right"))

    def event_index(self, row: int) -> int | None:
        """Which shown event a row holds (None for a day header)."""
        header = int(np.searchsorted(self.header_rows, row, "right")) - 1
        if header >= 0 and int(self.header_rows[header]) == row:
            return None
        return row - (header + 1)

    def event_index_at_or_after(self, row: int) -> int:
        """The shown event on row, or the one just below it when row is a day header."""
        headers = int(np.searchsorted(self.header_rows, row, "right"))  # day headers on or above row
        on_header = headers > 0 and int(self.header_rows[headers - 1]) == row
        return row - headers + (1 if on_header else 0)

    def header_day(self, row: int) -> str:
        header = int(np.searchsorted(self.header_rows, row, "right")) - 1
        return date.fromordinal(int(self.days[header]) + _EPOCH_ORDINAL).isoformat()

    def day_bounds(self, index: int) -> tuple[int, int]:
        """(first, one past the last) shown event index of the day of the index-th event."""
        day = int(np.searchsorted(self.day_first, index, "right")) - 1
        end = int(self.day_first[day + 1]) if day + 1 < self.day_first.shape[0] else self.events
        return int(self.day_first[day]), end

    def inverse(self) -> np.ndarray:
        """Timeline position -> shown index (-1 when not shown), for mapping search results."""
        if self._inverse is None:
            size = self.timeline.n + len(self.timeline.entries) if self.timeline is not None else 0
            inverse = np.full(size, -1, dtype=np.int64)
            if self.events:
                positions = self.timeline.order[self.placement.store_ranks(self.ranks)]
                inverse[positions] = np.arange(self.events, dtype=np.int64)
            self._inverse = inverse
        return self._inverse

    def index_of(self, position: int) -> int | None:
        """The shown index of a Timeline position, or None when it is not shown."""
        if self.timeline is None:
            return None
        rank = self.timeline.rank_of(position)
        if rank is None:
            return None
        rank = self.placement.display_rank(rank)
        index = int(np.searchsorted(self.ranks, rank))
        return index if index < self.events and int(self.ranks[index]) == rank else None


class _Lazy(Sequence):
    """A read-only sequence whose items are worked out when asked for (a million rows cost nothing)."""

    def __init__(self, layout: RowLayout) -> None:
        self._layout = layout

    def __getitem__(self, at: int):
        if at < 0:
            at += len(self)
        if not 0 <= at < len(self):
            raise IndexError(at)
        return self._item(at)


class Rows(_Lazy):
    """state.rows: a day string or an event record per row."""

    def __len__(self) -> int:
        return self._layout.count

    def _item(self, row: int) -> str | dict:
        layout = self._layout
        index = layout.event_index(row)
        if index is None:
            return layout.header_day(row)
        return layout.timeline.record(layout.position(index))


class EventRows(_Lazy):
    """state.event_rows: the row of each shown event, in order."""

    def __len__(self) -> int:
        return self._layout.events

    def _item(self, index: int) -> int:
        return self._layout.event_row(index)


class Starts(_Lazy):
    """state.starts: the start instant of each shown event."""

    def __len__(self) -> int:
        return self._layout.events

    def _item(self, index: int) -> float:
        return self._layout.start(index)


class RowOfId:
    """state.row_of_id: the row an event id is shown on (absent when it is not shown)."""

    def __init__(self, layout: RowLayout) -> None:
        self._layout = layout

    def get(self, event_id: str | None, default=None):
        layout = self._layout
        if not event_id or layout.timeline is None:
            return default
        position = layout.timeline.position_of(event_id)
        if position is None:
            return default
        index = layout.index_of(position)
        return default if index is None else layout.event_row(index)

    def __contains__(self, event_id: str) -> bool:
        return self.get(event_id) is not None

    def __getitem__(self, event_id: str) -> int:
        row = self.get(event_id)
        if row is None:
            raise KeyError(event_id)
        return row


class MatchRows(_Lazy):
    """state.matches: the rows of the matching events, in order."""

    def __init__(self, layout: RowLayout, indexes: np.ndarray) -> None:
        super().__init__(layout)
        self._indexes = indexes

    def __len__(self) -> int:
        return int(self._indexes.shape[0])

    def _item(self, at: int) -> int:
        return self._layout.event_row(int(self._indexes[at]))

    def __eq__(self, other: object) -> bool:
        return list(self) == list(other) if isinstance(other, (list, tuple, MatchRows)) else NotImplemented
