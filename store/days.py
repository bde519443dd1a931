"""The display zone: the one zone in which a timeline's days are grouped, ordered and shown.

Events keep their own local time (start and end carry their offset); only what is shown moves. A timed
event falls on the day its start instant has in the display zone; a whole-day event (a day, a week,
"not stated") keeps its own date in every zone, as a calendar keeps an all-day event on its date: "3
July in Tokyo" is not shown as 2 July in New York.
"""

from __future__ import annotations

import os
from datetime import date, datetime, time, timedelta, timezone, tzinfo
from functools import cached_property
from zoneinfo import ZoneInfo
from pathlib import Path

from .errors import UsageError
from .zonenames import zone as named_zone

# Precisions whose window is whole calendar days of the event's own place (also all-day in ICS).
ALL_DAY_PRECISIONS = frozenset(("day", "week", "month", "year", "unknown"))

# How far a whole-day event's place can be from its start instant: two zones at most 28 hours apart.
MAX_SHIFT = 2 * 86400

# The zone's offset changes are looked for over blocks of this many days (DisplayZone._changes).
_CHANGE_BLOCK_DAYS = 512

# Names people set TZ to that all mean UTC; shown as plain "UTC".
_UTC_NAMES = {"UTC", "Etc/UTC", "Etc/Universal", "Universal", "UCT", "Etc/UCT", "Zulu", "Etc/Zulu", "GMT",
              "Etc/GMT", "Etc/GMT0", "Etc/GMT+0", "Etc/GMT-0", "GMT0", "Etc/Greenwich", "Greenwich"}


def offset_label(offset: timedelta | None) -> str:
    """'UTC+03:00', 'UTC-04:00', 'UTC+05:30'."""
    minutes = int((offset or timedelta()).total_seconds() // 60)
    sign = "-" if minutes < 0 else "+"
    return f"UTC{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"


class DisplayZone:
    """A zone, its name as shown (status bar, detail pane), and where each event sits in it.

    Positions are POSIX timestamps: a timed event's is its start instant; a whole-day event's is its
    own wall-clock start read in the display zone (so it sorts and groups on its own date). Memoised:
    a 100,000-event timeline is placed again on every filter change.
    """

    def __init__(self, tz: tzinfo, name: str) -> None:
        self.tz = tz
        self.name = name
        self._floating: dict[str, float] = {}
        # The zone's offset changes over a range of days (first day, last day): every rebuild of a
        # million-event timeline asks for the same range, and finding them costs a tenth of a second.
        self._changes_over: dict[tuple[int, int], tuple] = {}
        self._day_from = self._day_to = 0.0
        self._day = ""

    def __repr__(self) -> str:
        return f"DisplayZone({self.name!r})"

    # ----- where an event sits -------------------------------------------------------------------

    def position(self, event: dict, instant: float | None = None) -> float:
        """Where the event's start sits on the display timeline (instant: its start, if known)."""
        if event["precision"] in ALL_DAY_PRECISIONS:
            return self._wall(event["start"])
        return datetime.fromisoformat(event["start"]).timestamp() if instant is None else instant

    def span(self, event: dict) -> tuple[float, float]:
        """Start and end positions (see position)."""
        if event["precision"] in ALL_DAY_PRECISIONS:
            return self._wall(event["start"]), self._wall(event["end"])
        return datetime.fromisoformat(event["start"]).timestamp(), datetime.fromisoformat(event["end"]).timestamp()

    def _wall(self, stamp: str) -> float:
        found = self._floating.get(stamp)
        if found is None:
            naive = datetime.fromisoformat(stamp).replace(tzinfo=None)
            found = self._floating[stamp] = naive.replace(tzinfo=self.tz).timestamp()
        return found

    def ordered(self, timeline) -> list[tuple[float, dict]]:
        """(position, event) in display order, from the store's order by instant (Store.timeline()).

        Only whole-day events of other zones move, and not far: the sort is nearly linear."""
        placed = []
        moved = False
        wall = self._wall
        for start, _end, _title, _id, event in timeline:
            if event["precision"] in ALL_DAY_PRECISIONS:
                position = wall(event["start"])
                moved = moved or position != start
                placed.append((position, event))
            else:
                placed.append((start, event))
        if moved:
            placed.sort(key=lambda pair: pair[0])  # stable: equal positions keep the store's order
        return placed

    def place(self, timeline) -> "Placement":
        """The whole timeline (store/timeline.py) in display order, as arrays: the same places, order
        and days as `ordered` and `day_of`, computed over columns (milliseconds at a million events).
        Kept with the timeline, so a filter change does not place it again."""
        placements = timeline.__dict__.setdefault("_placements", {})
        found = placements.get(self)
        if found is None:
            found = placements[self] = self._place(timeline)
        return found

    def _place(self, timeline) -> "Placement":
        """The index's own events are placed once per index (kept with it); a timeline with the journal's
        changes on top is that placement with the hidden events taken out and the journal's put in (a
        save in a million-event store places one event, not a million)."""
        base = timeline.base
        kept = base.__dict__.setdefault("_placements", {})
        if timeline.in_index_order:
            found = kept.get(self)
            if found is None:
                found = kept[self] = Placement(self, timeline)
            return found if found.timeline is timeline else found.retimed(timeline)
        found = kept.get(self)
        if found is None:
            from .timeline import Timeline

            found = kept[self] = Placement(self, Timeline(base, set(), []))
        return found.with_journal(self, timeline)

    def offsets(self, instants):
        """This zone's UTC offset (seconds) at each POSIX instant of an array."""
        import numpy as np

        changes, values = self._changes(instants)
        return values[np.searchsorted(changes, instants, "right")]

    def from_walls(self, walls):
        """The instant of each wall-clock time (seconds since 1970 as if UTC) read in this zone, as
        `_wall` reads one: in a gap or an overlap, the offset from before the change (fold 0)."""
        import numpy as np

        if not walls.shape[0]:
            return walls
        changes, values = self._changes(np.concatenate([walls - 50400, walls + 50400]))
        # A change at instant T from offset a to b moves walls from T + max(a, b) on.
        wall_changes = changes + np.maximum(values[:-1], values[1:])
        return walls - values[np.searchsorted(wall_changes, walls, "right")]

    def _changes(self, instants):
        """(instants where the offset changes, offsets: before the first change, then after each) over
        the days of instants; found by sampling each day's first and last second, then bisecting."""
        import numpy as np

        if not isinstance(self.tz, ZoneInfo):  # a fixed offset
            return np.empty(0), np.array([self.tz.utcoffset(None).total_seconds() if self.tz.utcoffset(None)
                                          is not None else 0.0])
        if not instants.shape[0]:
            return np.empty(0), np.array([0.0])
        days = np.floor_divide(instants, 86400)
        low, high = int(days.min()), int(days.max())
        if high - low < 200_000:
            # Over whole blocks of days, so an event added a day past the newest asks for the same range.
            low, high = low - low % _CHANGE_BLOCK_DAYS, high - high % _CHANGE_BLOCK_DAYS + _CHANGE_BLOCK_DAYS - 1
            found = self._changes_over.get((low, high))
            if found is None:
                found = self._changes_over[(low, high)] = self._changes_on(np.arange(low, high + 1))
            return found
        return self._changes_on(np.unique(days))

    def _changes_on(self, days):
        """_changes over the given days (sorted, days since 1970-01-01 in UTC)."""
        import numpy as np

        samples = np.stack([days * 86400, days * 86400 + 86399], axis=1).ravel().astype(np.int64).tolist()
        offset = self._offset_at
        changes, values = [], [offset(samples[0])]
        previous = samples[0]
        for sample in samples[1:]:
            value = offset(sample)
            if value != values[-1]:
                low_t, high_t = previous, sample  # offset(low_t) is the old value, offset(high_t) the new
                while high_t - low_t > 1:
                    middle = (low_t + high_t) // 2
                    if offset(middle) == values[-1]:
                        low_t = middle
                    else:
                        high_t = middle
                changes.append(high_t)
                values.append(value)
            previous = sample
        return np.array(changes, dtype=np.float64), np.array(values, dtype=np.float64)

    def _offset_at(self, instant: int) -> float:
        try:
            return datetime.fromtimestamp(instant, self.tz).utcoffset().total_seconds()
        except (OverflowError, OSError, ValueError):
            return 0.0

    def day_of(self, position: float) -> str:
        """The display day ('YYYY-MM-DD') of a position; consecutive calls on one day cost a comparison."""
        if not (self._day_from <= position < self._day_to):
            day = datetime.fromtimestamp(position, self.tz).date()
            self._day_from, self._day_to = self.day_bounds(day)
            self._day = day.isoformat()
        return self._day

    def day_bounds(self, day: date) -> tuple[float, float]:
        """The day in the display zone: [its first instant, the next day's first instant)."""
        return (datetime.combine(day, time.min, self.tz).timestamp(),
                datetime.combine(day + timedelta(days=1), time.min, self.tz).timestamp())

    # ----- how it reads ---------------------------------------------------------------------------

    def shown(self, event: dict) -> tuple[datetime, datetime]:
        """Start and end as shown: timed windows in the display zone, whole days as they are."""
        start, end = datetime.fromisoformat(event["start"]), datetime.fromisoformat(event["end"])
        if event["precision"] in ALL_DAY_PRECISIONS:
            return start, end
        return start.astimezone(self.tz), end.astimezone(self.tz)

    def differs(self, event: dict) -> bool:
        """Whether the event's own clock reads differently from the display zone's (a timed event only)."""
        if event["precision"] in ALL_DAY_PRECISIONS:
            return False
        start = datetime.fromisoformat(event["start"])
        return start.utcoffset() != start.astimezone(self.tz).utcoffset()

    def now(self, fixed: datetime | None = None) -> datetime:
        return (fixed or datetime.now(timezone.utc)).astimezone(self.tz)


class Placement:
    """A Timeline in one zone's display order (DisplayZone.place): for each display rank, the store rank
    it holds (`rank`; None when the orders agree), its place (`positions`, sorted) and its day (`days`,
    days since 1970-01-01 in the zone)."""

    def __init__(self, zone: DisplayZone, timeline) -> None:
        import numpy as np

        self.timeline = timeline
        starts = timeline.order_start
        whole = np.zeros(256, dtype=bool)
        for code, precision in enumerate(timeline.enums["precision"]):
            whole[code] = precision in ALL_DAY_PRECISIONS
        whole_day = whole[timeline.order_column("precision")]
        positions = starts
        if whole_day.any():
            walls = starts[whole_day] + timeline.order_column("start_off")[whole_day]
            positions = starts.copy()
            positions[whole_day] = zone.from_walls(walls)
        self.rank = np.argsort(positions, kind="stable") if bool(np.any(positions[1:] < positions[:-1])) else None
        self.positions = positions if self.rank is None else positions[self.rank]
        self.days = np.floor_divide(self.positions + zone.offsets(self.positions), 86400).astype(np.int64)
        self._display_rank = None

    @classmethod
    def _made(cls, timeline, rank, positions, days) -> "Placement":
        placement = cls.__new__(cls)
        placement.timeline = timeline
        placement.rank, placement.positions, placement.days = rank, positions, days
        placement._display_rank = None
        return placement

    def retimed(self, timeline) -> "Placement":
        """This placement for another timeline over the same index with nothing hidden or added."""
        return Placement._made(timeline, self.rank, self.positions, self.days)

    def with_journal(self, zone: DisplayZone, timeline) -> "Placement":
        """From the placement of the index's events alone (self), the placement of `timeline`: the same
        index with some of its events hidden and the journal's events added. The same arrays as placing
        the timeline whole: display order is by place, then store rank (the sort is stable)."""
        import numpy as np

        n = self.positions.shape[0]
        index_at = self.rank if self.rank is not None else np.arange(n, dtype=np.int64)  # display -> index
        hidden = timeline.hidden
        if hidden.shape[0]:
            keep = np.ones(n, dtype=bool)
            keep[self.display_ranks(hidden)] = False
            index_at, positions, days = index_at[keep], self.positions[keep], self.days[keep]
        else:
            positions, days = self.positions, self.days
        # The store rank of each index event left: its rank among the live ones, plus the journal's
        # events put before it (timeline._points: how many live index events precede each of them).
        live = index_at - np.searchsorted(hidden, index_at) if hidden.shape[0] else index_at
        points = timeline._points
        ranks = live + np.searchsorted(points, live, "right") if points.shape[0] else live
        entries = timeline.entries
        if entries:
            starts = np.array([e.start for e in entries], dtype=np.float64)
            placed = starts.copy()
            whole = np.array([e.precision in ALL_DAY_PRECISIONS for e in entries], dtype=bool)
            if whole.any():
                walls = starts[whole] + np.array([e.start_off for e in entries], dtype=np.float64)[whole]
                placed[whole] = zone.from_walls(walls)
            own = points + np.arange(len(entries), dtype=np.int64)  # the journal events' store ranks
            order = np.lexsort((own, placed))
            placed, own = placed[order], own[order]
            at = np.empty(len(entries), dtype=np.int64)
            for j in range(len(entries)):  # after every index event placed before it, or level and ranked before
                low = int(np.searchsorted(positions, placed[j], "left"))
                high = int(np.searchsorted(positions, placed[j], "right"))
                at[j] = low + int(np.searchsorted(ranks[low:high], own[j]))
            entry_days = np.floor_divide(placed + zone.offsets(placed), 86400).astype(np.int64)
            positions = np.insert(positions, at, placed)
            ranks = np.insert(ranks, at, own)
            days = np.insert(days, at, entry_days)
        return Placement._made(timeline, ranks, positions, days)

    def display_ranks(self, store_ranks):
        """The display ranks of an array of store ranks."""
        return store_ranks if self.rank is None else self._inverse()[store_ranks]

    def __len__(self) -> int:
        return int(self.positions.shape[0])

    def store_ranks(self, ranks):
        return ranks if self.rank is None else self.rank[ranks]

    def display_rank(self, store_rank: int) -> int:
        if self.rank is None:
            return store_rank
        return int(self._inverse()[store_rank])

    def _inverse(self):
        """Store rank -> display rank (when the orders differ)."""
        import numpy as np

        if self._display_rank is None:
            inverse = np.empty(self.rank.shape[0], dtype=np.int64)
            inverse[self.rank] = np.arange(self.rank.shape[0], dtype=np.int64)
            self._display_rank = inverse
        return self._display_rank

    @cached_property  # worked out once per placement: every filter change reads them
    def kind(self):
        """Each displayed event's kind code (Timeline.enums["kind"])."""
        kinds = self.timeline.order_kind
        return kinds if self.rank is None else kinds[self.rank]

    @cached_property
    def day_first(self):
        """The display rank of the first event of each day."""
        import numpy as np

        days = self.days
        if not days.shape[0]:
            return np.empty(0, dtype=np.int64)
        return np.concatenate([[0], np.flatnonzero(days[1:] != days[:-1]) + 1]).astype(np.int64)


def display_zone(name: str | None = None) -> DisplayZone:
    """The zone of --tz (name), else of NEWSLINE_TZ, else this machine's. A name that is no zone is a
    usage error saying where it came from."""
    source = "--tz"
    if name is None:
        name, source = os.environ.get("NEWSLINE_TZ") or None, "NEWSLINE_TZ"
    if name is None:
        return local_zone()
    try:
        tz = named_zone(name)
    except UsageError as exc:
        raise UsageError(f"{source}: {exc}") from None
    return DisplayZone(tz, "UTC" if name in _UTC_NAMES else name)


def local_zone() -> DisplayZone:
    """This machine's zone, by name when it has one (TZ, else /etc/localtime), else its current offset."""
    variable = _tz_variable()
    name = variable if variable is not None else _system_zone_name()
    if name:
        try:
            return DisplayZone(named_zone(name), "UTC" if name in _UTC_NAMES else name)
        except UsageError:
            pass  # a POSIX rule ("EST5EDT,M3.2.0,M11.1.0"): the C library reads it; take its offset
    fixed = datetime.now().astimezone().tzinfo or timezone.utc
    offset = fixed.utcoffset(None)
    return DisplayZone(fixed, "UTC" if not offset else offset_label(offset))


def _tz_variable() -> str | None:
    value = os.environ.get("TZ")
    if value is None:
        return None
    value = value.lstrip(":")
    return value or "UTC"  # POSIX: an empty TZ is UTC


def _system_zone_name() -> str | None:
    try:
        target = os.readlink("/etc/localtime")
    except OSError:
        target = ""
    if "zoneinfo/" in target:
        return target.split("zoneinfo/", 1)[1]
    try:
        return Path("/etc/timezone").read_text(encoding="utf-8").strip() or None
    except (OSError, UnicodeDecodeError):
        return None
