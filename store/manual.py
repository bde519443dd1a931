"""Events entered by hand: turning typed fields (a date in words, 'drones=40, killed=2') into records."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timezone, tzinfo

from . import model
from .days import DisplayZone, offset_label
from .errors import UsageError
from .timewords import Window, parse_when, zone


@dataclass(frozen=True, slots=True)
class WhenZone:
    """The zone a typed time is read in, and why: the form's preview and `add` say both."""
    tz: tzinfo
    name: str
    reason: str

    def describe(self, window: Window) -> str:
        """'Europe/Kyiv (the zone of Kyiv)'; 'UTC+03:00 (as typed)' when the text carried its own offset."""
        if window.start.tzinfo is not self.tz:
            return f"{offset_label(window.start.utcoffset())} (as typed)"
        return f"{self.name} ({self.reason})"


def when_zone(location: str | None, display: DisplayZone, explicit: str | None = None) -> WhenZone:
    """A hand-entered time is local to where it happened: --tz when given, else the zone of the event's
    place when the gazetteer knows it ("Kyiv", "Kyiv, Ukraine"), else the display zone."""
    if explicit:
        return WhenZone(zone(explicit), explicit, "given with --tz")
    place = place_of(location)
    if place is not None:
        return WhenZone(zone(place.timezone), place.timezone, f"the zone of {place.name}")
    return WhenZone(display.tz, display.name, "the display zone")


def place_of(location: str | None):
    """The gazetteer's place for a typed location: the whole text, else its first part before a comma."""
    from .gazetteer import lookup

    text = " ".join((location or "").split())
    for candidate in dict.fromkeys((text, text.split(",")[0].strip())):
        place = lookup(candidate) if candidate else None
        if place is not None:
            return place
    return None


def resolve_when(text: str, tz: tzinfo | None = None, now: datetime | None = None) -> Window:
    """A typed date read in zone tz (default: now's zone, else UTC), against now (default: the clock)."""
    now = now or datetime.now(timezone.utc)
    return parse_when(text, now.astimezone(tz) if tz else now)


def parse_quantities(items: list[str] | str) -> dict[str, int]:
    """'drones=40, killed=2' or ['drones=40', 'killed=2'] -> {'drones': 40, 'killed': 2}."""
    if isinstance(items, str):
        items = [part for part in re.split(r"[,;]", items) if part.strip()]
    result: dict[str, int] = {}
    for item in items:
        name, sep, value = item.partition("=")
        name, value = name.strip().lower().replace(" ", "_"), value.strip().replace(",", "")
        if not sep or not name:
            raise UsageError(f"quantity {item.strip()!r} must look like NAME=NUMBER (e.g. drones=40)")
        if not re.fullmatch(r"\d+", value):
            raise UsageError(f"quantity {name!r} must be a whole number, got {value!r}")
        # Length first: int() of thousands of digits is refused by Python itself.
        if len(value.lstrip("0")) > len(str(model.MAX_INTEGER)) or int(value) > model.MAX_INTEGER:
            raise UsageError(f"quantity {name!r} is too large (at most {model.MAX_INTEGER:,})")
        result[name] = int(value)
    return result


def parse_actors(items: list[str] | str) -> list[str]:
    if isinstance(items, str):
        items = items.split(",")
    actors: list[str] = []
    for item in items:
        name = item.strip()
        if name and name not in actors:
            actors.append(name)
    return actors


def check_choice(value: str, choices: tuple[str, ...], what: str) -> str:
    if value not in choices:
        raise UsageError(f"{what} must be one of {', '.join(choices)}, got {value!r}")
    return value


def manual_event(*, kind: str, title: str, when: str | Window, actors: list[str] | str = (),
                 location: str | None = None, quantities: list[str] | str = (), status: str = "reported",
                 notes: str = "", tz: tzinfo | None = None, now: datetime | None = None) -> dict:
    """when: typed text, read in tz (see resolve_when), or the window it was already read as."""
    check_choice(kind, model.KINDS, "kind")
    check_choice(status, model.STATUSES, "status")
    if not title.strip():
        raise UsageError("title must not be empty")
    window = when if isinstance(when, Window) else resolve_when(when, tz, now)
    return model.make_event(kind=kind, title=title, **window.as_fields(), actors=parse_actors(actors),
                            location=(location or "").strip() or None, quantities=parse_quantities(quantities),
                            status=status, origin="manual", notes=notes)
