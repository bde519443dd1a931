"""Live blogs and digests: a line that is only a clock time ("09:42 BST", "Updated 11:05 GMT"), or a clock
opening an entry ("16:45 We're closing the blog"), heads the entries below it, which are dated by it when
they have no time words of their own.

The clock is read in the zone the line names, else in the article's zone, and handed to the time rules
as an instant in UTC on the day of publication, so the entry's window is that minute whatever the zone
of the place it happened in. Only the day of publication: a blog running past midnight writes the new
day as a heading of its own, which the rules read as such.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import datetime, timedelta, timezone

from .timewords import TimeMatch, find_time_phrases

_STAMP = re.compile(
    r"^\s*(?:(?:updated|posted|published)\s+(?:at\s+)?)?(?P<hour>[01]?\d|2[0-3])[:.](?P<minute>[0-5]\d)"
    r"\s*(?P<half>[ap]\.?m\.?)?\s*(?P<zone>[A-Z]{2,5})?\s*[:–—-]?\s*$", re.I)

# The zone abbreviations live blogs use, as hours from UTC.
_ZONES = {
    "UTC": 0, "GMT": 0, "Z": 0, "BST": 1, "IST": 5.5, "CET": 1, "CEST": 2, "WAT": 1, "EET": 2, "EEST": 3,
    "SAST": 2, "CAT": 2, "EAT": 3, "MSK": 3, "AST": 3, "GST": 4, "PKT": 5, "ICT": 7, "WIB": 7, "HKT": 8,
    "SGT": 8, "JST": 9, "KST": 9, "AEST": 10, "AEDT": 11, "EST": -5, "EDT": -4, "CST": -6, "CDT": -5,
    "MST": -7, "MDT": -6, "PST": -8, "PDT": -7,
}


def timestamp_heading(line: str, base: datetime) -> TimeMatch | None:
    """The time a heading line gives its entries, or None when the line is not only a clock time."""
    stamp = _STAMP.match(line)
    if stamp is None:
        return None
    hour, minute = int(stamp["hour"]), int(stamp["minute"])
    half = (stamp["half"] or "").lower().replace(".", "")
    if half and not 1 <= hour <= 12:
        return None
    if half:
        hour = hour % 12 + (12 if half == "pm" else 0)
    zone_name = (stamp["zone"] or "").upper()
    if zone_name and zone_name not in _ZONES:
        return None
    if zone_name:
        offset = timezone(timedelta(hours=_ZONES[zone_name]))
    else:
        offset = timezone(base.utcoffset())  # the article's own zone
    moment = datetime.combine(base.date(), datetime.min.time(), offset).replace(hour=hour, minute=minute)
    utc = moment.astimezone(timezone.utc)
    if utc.date() != base.astimezone(timezone.utc).date():
        return None  # the rules below date by the day of publication; a stamp across midnight would lie
    for match in find_time_phrases(f"at {utc:%H:%M} GMT today"):
        # read by the clock rule; shown (time_text) as the heading's own words
        return replace(match, text=line.strip(" :–—-"))
    return None


_LEADING = re.compile(r"^\s*(?P<clock>(?:[01]?\d|2[0-3])[:.][0-5]\d(?:\s*[ap]\.?m\.?)?)(?:\s+(?P<zone>[A-Z]{2,5}))?\s+(?=[A-Z“\"'‘])")


def leading_stamp(sentence: str, base: datetime) -> TimeMatch | None:
    """The clock a live blog's entry opens with ("16:45 We're closing the blog …"), or None."""
    found = _LEADING.match(sentence)
    if found is None:
        return None
    if found["zone"] and found["zone"] in _ZONES:
        return timestamp_heading(f"{found['clock']} {found['zone']}", base)
    return timestamp_heading(found["clock"], base)  # "12:20 US State Department says": no zone
