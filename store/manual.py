"""Events entered by hand: turning typed fields (a date in words, 'drones=40, killed=2') into records."""

from __future__ import annotations

import re
from datetime import datetime

from . import model
from .errors import UsageError
from .timewords import Window, parse_when, zone


def now_in(tz_name: str | None) -> datetime:
    return datetime.now(zone(tz_name)) if tz_name else datetime.now().astimezone()


def resolve_when(text: str, tz_name: str | None = None, now: datetime | None = None) -> Window:
    return parse_when(text, now or now_in(tz_name))


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


def manual_event(*, kind: str, title: str, when: str, actors: list[str] | str = (), location: str | None = None,
                 quantities: list[str] | str = (), status: str = "reported", notes: str = "",
                 tz_name: str | None = None, now: datetime | None = None) -> dict:
    check_choice(kind, model.KINDS, "kind")
    check_choice(status, model.STATUSES, "status")
    if not title.strip():
        raise UsageError("title must not be empty")
    window = resolve_when(when, tz_name, now)
    return model.make_event(kind=kind, title=title, **window.as_fields(), actors=parse_actors(actors),
                            location=(location or "").strip() or None, quantities=parse_quantities(quantities),
                            status=status, origin="manual", notes=notes)
