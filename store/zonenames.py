"""Time zones by IANA name ("Europe/Kyiv", "UTC"), read once here for --tz, NEWSLINE_TZ and the time
phrases that name a zone. Its own module so that the display zone needs no time-phrase rules at start-up."""

from __future__ import annotations

import re
from datetime import tzinfo
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from . import gazetteer
from .errors import UsageError
from .model import shown

# An IANA zone name: "UTC", "Europe/Kyiv", "America/Argentina/Buenos_Aires", "Etc/GMT+5". ZoneInfo
# reads the name as a path under the zone database: a long one failed with "File name too long".
_ZONE_NAME = re.compile(r"[A-Za-z0-9_+\-]{1,40}(?:/[A-Za-z0-9_+\-]{1,40}){0,3}")


def zone(name: str | None) -> tzinfo:
    unknown = UsageError(f"unknown time zone {shown(name or '')} (use a name such as Europe/Kyiv or UTC)")
    if name and not _ZONE_NAME.fullmatch(name):
        raise unknown
    try:
        return ZoneInfo(name or "UTC")
    except (ZoneInfoNotFoundError, ValueError, OSError):
        raise unknown from None


# "on Wednesday evening Turkish time", "at 10 p.m. Moscow time on Tuesday", "late on Tuesday (New York time)": the
# zone a time phrase is told in, named in it or right after it
_TOLD_IN = re.compile(r",?\s{1,3}\(?(?P<name>[A-Z][\w’'-]+(?:\s[A-Z][\w’'-]+){0,2})\s+[Tt]ime\b")
# names of zones that are no place ("Eastern time" in American news is New York's)
ZONE_WORDS = {"Eastern": "America/New_York", "Central": "America/Chicago", "Mountain": "America/Denver",
              "Pacific": "America/Los_Angeles", "Central European": "Europe/Paris",
              "Eastern European": "Europe/Helsinki", "Western European": "Europe/Lisbon"}
# "British Summer Time", "Greenwich Mean Time", "Pacific Daylight Time": the place or zone word before them names it
_SEASON_WORDS = ("Summer", "Standard", "Daylight", "Mean")


def zone_told(text: str, start: int, end: int) -> str | None:
    """The IANA zone the time phrase at text[start:end] names for itself: a town's, a country's or a people's
    ("Turkish time": Turkey's; a country's time is its capital's), or a zone word's ("Pacific time"); None when it
    names none ("local time" is the place's, as read without it)."""
    named = _TOLD_IN.search(text, start, end) or _TOLD_IN.match(text, end)
    if named is None:
        return None
    words = named["name"].split()
    while len(words) > 1 and words[-1] in _SEASON_WORDS:
        words.pop()
    name = " ".join(words)
    if name in ZONE_WORDS:
        return ZONE_WORDS[name]
    place = gazetteer.lookup(gazetteer.DEMONYMS.get(name, name))
    return place.timezone if place is not None and place.timezone else None
