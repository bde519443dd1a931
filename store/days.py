"""The display zone: the one zone in which a timeline's days are grouped, ordered and shown.

Events keep their own local time (start and end carry their offset); only what is shown moves. A timed
event falls on the day its start instant has in the display zone; a whole-day event (a day, a week,
"not stated") keeps its own date in every zone, as a calendar keeps an all-day event on its date: "3
July in Tokyo" is not shown as 2 July in New York.
"""

from __future__ import annotations

import os
from datetime import date, datetime, time, timedelta, timezone, tzinfo
from pathlib import Path

from .errors import UsageError
from .timewords import zone as named_zone

# Precisions whose window is whole calendar days of the event's own place (also all-day in ICS).
ALL_DAY_PRECISIONS = frozenset(("day", "week", "month", "year", "unknown"))

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
