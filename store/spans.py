"""Character spans that never overlap, taken in order of priority, with overlap tests in log time.

Time phrases, names and numbers are found pattern by pattern and the first to claim a stretch of text
keeps it; comparing each new match with every earlier one made long texts quadratic.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right


class Spans:
    """A set of [start, end) spans, none overlapping another; ends are sorted because starts are."""

    __slots__ = ("_starts", "_ends")

    def __init__(self, spans: list[tuple[int, int]] | None = None) -> None:
        self._starts: list[int] = []
        self._ends: list[int] = []
        for start, end in sorted(spans or ()):
            self.take(start, end)

    def overlaps(self, start: int, end: int) -> bool:
        """Whether [start, end) shares a character with a span already taken."""
        # Of the spans that begin before `end`, the last one reaches furthest.
        before = bisect_left(self._starts, end)
        return before > 0 and self._ends[before - 1] > start

    def take(self, start: int, end: int) -> bool:
        """Add the span unless it overlaps one already taken; True when added."""
        if self.overlaps(start, end):
            return False
        at = bisect_left(self._starts, start)
        self._starts.insert(at, start)
        self._ends.insert(at, end)
        return True

    def contains(self, position: int) -> bool:
        """Whether a taken span covers the character at position."""
        before = bisect_right(self._starts, position)
        return before > 0 and self._ends[before - 1] > position
