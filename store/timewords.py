"""A small temporal tagger for news: find time phrases in a sentence, resolve them to windows.

`search_dates` on running text reads "on Thursday, two people" as 4 February and "may rise" as May,
so the tagger isolates the phrases news actually uses with its own rules (store/timerules.py: one
record per kind of phrase, its pattern beside its resolver and its examples); relative phrases are
resolved against the publication date, explicit dates from the day, month and year the patterns
isolate; dateparser only reads dates a person types that the rules do not cover. Every result is a
window plus a precision, never a bare guess.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

from . import gazetteer
from .errors import UsageError
from .model import FIRST_YEAR, LAST_YEAR, in_range, shown
from .spans import Spans
from .timecalendar import (MONTHS, NUMBER_WORDS, PARTS_OF_DAY, WEEKDAYS, ZONE_WORDS, clock as _clock, day_bounds,
                           month_bounds, week_bounds, year_bounds)
from .timerules import RULES, Context, TimeRule
from .zonenames import zone

__all__ = ["TimeMatch", "Window", "find_time_phrases", "scan_time_phrases", "resolve", "parse_when",
           "unknown_window", "zone", "zone_told", "in_zone", "RULES", "TimeRule", "MONTHS", "NUMBER_WORDS", "PARTS_OF_DAY", "WEEKDAYS"]

_RULES_BY_NAME: dict[str, TimeRule] = {r.name: r for r in RULES}


@dataclass(frozen=True, slots=True)
class TimeMatch:
    """A time phrase found in a sentence: character span within the sentence and its rule's name."""
    start: int
    end: int
    text: str
    pattern: str
    groups: dict


@dataclass(frozen=True, slots=True)
class Window:
    """When something happened: [start, end] in local time with offset, how precise, from which words."""
    start: datetime
    end: datetime
    precision: str
    text: str | None

    def as_fields(self) -> dict:
        return {"start": self.start.isoformat(), "end": self.end.isoformat(),
                "precision": self.precision, "time_text": self.text}


def find_time_phrases(sentence: str) -> list[TimeMatch]:
    """Every non-overlapping time phrase in the sentence that says when something happened, in order
    of appearance: the edge of a duration ("since February 2022", "until Friday") is left out.

    Takes time in proportion to the sentence, whatever it holds (see store/timerules.py).
    """
    found = [m for m in scan_time_phrases(sentence) if "edge" not in m.groups]
    # "ten days earlier on May 2", "a day later, on Friday": the named day is the apposition that says
    # which day the count means; counted from the publication day it would be a second, wrong time.
    return [m for i, m in enumerate(found)
            if not (m.pattern == "counted_from_anchor" and i + 1 < len(found)
                    and _APPOSITION.fullmatch(sentence, m.end, found[i + 1].start))]


_APPOSITION = re.compile(r"[\s,]{0,3}(?:on|in)?[\s,]{0,3}")


_POSSESSIVE = re.compile(r"['’]s\b")


def dates_a_noun(text: str, match: TimeMatch) -> bool:
    """Whether the time phrase is a possessive that dates the noun after it ("Friday's meeting", "last
    week's strike"), not the clause it stands in."""
    return _POSSESSIVE.match(text, match.end) is not None


def scan_time_phrases(sentence: str) -> list[TimeMatch]:
    """Every non-overlapping time phrase in the sentence, in order of appearance, the edges of durations
    included (their groups hold "edge": the word before them, e.g. "until")."""
    taken = Spans()
    found: list[TimeMatch] = []
    for time_rule in RULES:
        for match in time_rule.pattern.finditer(sentence):
            start, end = match.span()
            if taken.overlaps(start, end):
                continue
            taken.take(start, end)
            groups = {k: v for k, v in match.groupdict().items() if v}
            # "before Friday's announcement": the phrase dates the announcement, it is no edge; nor is "since
            # Sunday, when a motorcycle bomb killed four": the day of what the "when" tells
            edge = None if sentence.startswith(("'s", "’s"), end) or _WHEN.match(sentence, end) \
                else _duration_edge(sentence, start)
            if edge == "since" and _CHANGED_SINCE.search(sentence, max(0, start - _CHANGED_REACH), start):
                edge = None  # "schools have been closed since Tuesday": closed on Tuesday, the state since
            if edge:
                groups["edge"] = edge
            future = _future_cue(sentence, start)
            if future:
                groups["future"] = future
            found.append(TimeMatch(start, end, match.group(0).strip(" ,"), time_rule.name, groups))
    found.sort(key=lambda m: m.start)
    return found


# "have been closed since", "has been suspended since": a closure, ban or suspension decided on the day named, which
# the state lasts from (not "have been fighting since", a doing that lasts, nor "have been displaced since", what
# befell people, which dates no one's saying of it)
_CHANGED_SINCE = re.compile(r"\b(?:has|have|had)\s+been\s+(?:\w+ly\s+)?(?:closed|shut|suspended|banned|halted|cancell?ed"
                            r"|blocked|sealed|postponed|restricted)\s+since\s*$", re.IGNORECASE)
_CHANGED_REACH = 60  # characters looked back
_DURATION_EDGE = re.compile(r"\b(?:since|until|till|before|by)$", re.IGNORECASE)
_WHEN = re.compile(r",?\s*when\b")


def _duration_edge(sentence: str, start: int) -> str | None:
    """The word ("since", "until", "before"...) that makes the phrase at start the edge of a duration,
    not when something happened; looks back only that far, so a sentence with many phrases is not
    read again from its beginning for each."""
    end = start
    while end > 0 and sentence[end - 1].isspace():
        end -= 1
    edge = _DURATION_EDGE.search(sentence, max(0, end - len("before")), end)
    return edge.group(0).lower() if edge else None


# Words that put what follows them in the future: "will meet on Saturday", "is due to ... Friday",
# "until 15:00 GMT Saturday". Lower case only: "Will" is also a name.
_FUTURE_CUE = re.compile(r"\b(?:will|won't|shall|(?:is|are) (?:due|scheduled|planned|set to|expected to|poised to|to)"
                         r"|plans? to|payable|until|till"
                         # fixtures in the present: "host St Mirren on Wednesday", "travel to Dundee on Saturday"
                         r"|hosts?|travels?|faces?|plays?|visits?|meets?"
                         # reported speech: "the ministry said it would brief envoys on Friday"
                         r"|(?:said|says|announced|confirmed)\s+(?:that\s+)?(?:[\w'’-]+\s+){0,5}?would)\b|'ll\b")
_FUTURE_REACH = 60  # characters looked back, within the clause


def _future_cue(sentence: str, start: int) -> str | None:
    """The future cue in the clause just before the phrase at start, if any. Reads at most
    _FUTURE_REACH characters back and stops at a comma or a sentence mark, so the work per phrase is
    bounded and "Russia, which will vote next year, struck on Monday" keeps Monday in the past."""
    window = sentence[max(0, start - _FUTURE_REACH):start]
    marks = _CLOCK_DOTS.sub(lambda m: "_" * len(m.group(0)), window)  # "between 8 a.m. and 6 p.m.": no full stop
    cut = max(marks.rfind(mark) for mark in ",;:.!?\"“”()")
    cue = None
    for cue in _FUTURE_CUE.finditer(window, cut + 1):
        pass
    if cue is None:
        # "X said exercises would be held in waters east of the island … on Wednesday": the future of
        # reported speech, its speech verb further back than the window
        would = _WOULD.search(window, cut + 1)
        if would and _REPORTED_BEFORE.search(sentence, 0, max(0, start - _FUTURE_REACH) + would.start()):
            return would.group(0)
    return cue.group(0) if cue else None


_CLOCK_DOTS = re.compile(r"\b[ap]\.m\.", re.I)
_WOULD = re.compile(r"\bwould\b(?!\s+(?:have|not)\b)")
_REPORTED_BEFORE = re.compile(r"\b(?:said|says|announced|confirmed|told \w+)\b")


def resolve(match: TimeMatch, base: datetime) -> Window | None:
    """The window a phrase names, relative to base (the publication moment, time-zone aware); None
    when it names no day, one outside the years a record may hold, or its rule is unknown."""
    time_rule = _RULES_BY_NAME.get(match.pattern)
    if time_rule is None:
        return None
    context = Context(base=base, phrase=match.text, future="future" in match.groups)
    try:
        reading = time_rule.resolve(match.groups, context)
    except (ValueError, KeyError, OverflowError):  # "31 June", "99 years ago", a week past 31 December 9999
        return None
    if reading is None:
        return None
    window = Window(*reading, match.text)
    if not (in_range(window.start) and in_range(window.end)):
        return None
    return window


# "on Wednesday evening Turkish time", "at 10 p.m. Moscow time on Tuesday", "late on Tuesday (New York time)": the
# zone a time phrase is told in, named in it or right after it
_TOLD_IN = re.compile(r",?\s{1,3}\(?(?P<name>[A-Z][\w’'-]+(?:\s[A-Z][\w’'-]+){0,2})\s+[Tt]ime\b")
_CLOCK = re.compile(r"\d(?::\d\d|\s*[ap]\.?m\b)", re.I)
_CLOCK_IN_TOWN = re.compile(r"\s+in\s+(?P<name>[A-Z][\w’'-]+(?:\s[A-Z][\w’'-]+)?)\b")
# "British Summer Time", "Greenwich Mean Time", "Pacific Daylight Time": the place or zone word before them names it
_SEASON_WORDS = ("Summer", "Standard", "Daylight", "Mean")


def zone_told(text: str, start: int, end: int) -> str | None:
    """The IANA zone the time phrase at text[start:end] names for itself: a town's, a country's or a people's
    ("Turkish time": Turkey's; a country's time is its capital's), or a zone word's ("Pacific time"); None when it
    names none ("local time" is the place's, as read without it)."""
    named = _TOLD_IN.search(text, start, end) or _TOLD_IN.match(text, end)
    if named is None:
        # "shortly after 1 p.m. in Washington, 8 p.m. in Sanaa": a clock is the time of the town it is told in
        town = _CLOCK_IN_TOWN.match(text, end) if _CLOCK.search(text, start, end) else None
        place = gazetteer.lookup(town["name"]) if town else None
        return place.timezone if place is not None and place.kind != "country" and place.timezone else None
    words = named["name"].split()
    while len(words) > 1 and words[-1] in _SEASON_WORDS:
        words.pop()
    name = " ".join(words)
    if name in ZONE_WORDS:
        return ZONE_WORDS[name]
    place = gazetteer.lookup(gazetteer.DEMONYMS.get(name, name))
    return place.timezone if place is not None and place.timezone else None


def in_zone(base: datetime, name: str) -> datetime:
    """The same day and clock as `base`, in the zone `name`: the moment a phrase told in that zone counts from."""
    return datetime.combine(base.date(), base.time(), zone(name))


def unknown_window(base: datetime) -> Window:
    """No time words: the publication day, marked unknown so nobody mistakes it for a fact."""
    return Window(*day_bounds(base.date(), base.tzinfo), "unknown", None)


def parse_when(text: str, now: datetime) -> Window:
    """A date typed by a person ("yesterday 21:00", "3 July 2025", "last week"), resolved against now.

    Raises UsageError with a one-line message when the text is not a date, or not one a record may
    hold (model.FIRST_YEAR to LAST_YEAR, in UTC too).
    """
    _refuse_impossible_clock(text)
    _refuse_numeric_date(text)
    try:
        window = _typed_instant(text, now) or _read_when(text, now)
    except (ValueError, OverflowError):  # "December 9999" ends in the year 10000
        window = None
    if window is None or not (in_range(window.start) and in_range(window.end)):
        raise UsageError(f"{shown(text)} is outside the years {FIRST_YEAR}-{LAST_YEAR} that newsline keeps")
    return window


_CLOCK_TOKEN = re.compile(r"(?<![\d:])(\d{1,2}):(\d{2})(?![\d:])")
_TRAILING_OFFSET = re.compile(r"^(?P<rest>.*?\d{1,2}:\d{2})\s{0,3}(?P<offset>[+-]\d{2}:?\d{2}|Z|UTC|GMT)$",
                              re.IGNORECASE)


def _refuse_impossible_clock(text: str) -> None:
    """"4 July 2025 25:00" is no time at all: say so rather than keep the day and drop the clock."""
    for match in _CLOCK_TOKEN.finditer(text):
        if int(match.group(1)) > 23 or int(match.group(2)) > 59:
            raise UsageError(f"{shown(text)}: {match.group(0)} is not a time of day")


# Day and month in digits, day first or month first ("03/07/2025", "3/7/25", "07-03-2025", "3.7.2025"):
# which is which depends on who wrote it (dateparser reads the first two one way and "07-03-2025" the
# other). Only the ISO order (2025-07-03) is read as digits; a lone "3/7" is refused too.
_NUMERIC_DATE = re.compile(r"(?<![\d/.:-])(\d{1,2})(?:/(\d{1,2})(?:/(\d{2,4}))?|[-.](\d{1,2})[-.](\d{2,4}))(?![\d/.:-])")


def _refuse_numeric_date(text: str) -> None:
    """Every date written as numbers in day/month order is refused, even one that reads only one way
    (25/12/2025): one rule is easier to remember than which numbers happen to be safe."""
    found = _NUMERIC_DATE.search(text)
    if found is None:
        return
    first, second = int(found.group(1)), int(found.group(2) or found.group(4))
    year = found.group(3) or found.group(5) or ""
    year = {2: f"20{year}", 4: year}.get(len(year), "YYYY")
    readings = [(day, month) for day, month in dict.fromkeys(((first, second), (second, first)))
                if 1 <= day <= 31 and 1 <= month <= 12]
    words = " or ".join(f"{day} {_MONTH_NAMES[month]}" for day, month in readings)
    iso = " or ".join(f"{year}-{month:02d}-{day:02d}" for day, month in readings) or "e.g. 2025-07-03"
    said = f"could be {words}" if len(readings) == 2 else "dates in numbers are read only in ISO order"
    raise UsageError(f"{shown(found.group(0))}: {said}; write the month in words or use ISO ({iso})")


_MONTH_NAMES = ("", "January", "February", "March", "April", "May", "June", "July", "August", "September",
                "October", "November", "December")


def _typed_instant(text: str, now: datetime) -> Window | None:
    """An exact instant as typed: ISO 8601 ("2025-07-03T04:00+03:00"), or a date and clock followed by
    its offset ("3 July 2025 12:00 +03:00"). The time and its offset are kept, to the minute."""
    stripped = text.strip()
    if "T" in stripped[8:14] or re.fullmatch(r"\d{4}-\d{2}-\d{2} \d{2}:\d{2}.*", stripped):
        try:
            moment = datetime.fromisoformat(stripped.replace("Z", "+00:00").replace("z", "+00:00"))
        except ValueError:
            moment = None
        if moment is not None:
            if moment.tzinfo is None:
                moment = moment.replace(tzinfo=now.tzinfo)
            return Window(moment, moment, "minute", stripped)
    found = _TRAILING_OFFSET.match(stripped)
    if found is None:
        return None
    offset = found.group("offset").upper()
    if offset in ("Z", "UTC", "GMT"):
        zone_of_text = timezone.utc
    else:
        sign = 1 if offset[0] == "+" else -1
        digits = offset[1:].replace(":", "")
        zone_of_text = timezone(sign * timedelta(hours=int(digits[:2]), minutes=int(digits[2:])))
    window = _read_when(found.group("rest"), now.astimezone(zone_of_text))
    if window is None or window.precision not in ("minute", "hour"):
        return None
    start = window.start.replace(tzinfo=zone_of_text) if window.start.utcoffset() != zone_of_text.utcoffset(None) \
        else window.start
    return Window(start, start, window.precision, stripped)


def _read_when(text: str, now: datetime) -> Window:
    phrase = " ".join(text.split())
    if not phrase:
        raise UsageError("the date is empty")
    matches = find_time_phrases(phrase)
    covered = sum(m.end - m.start for m in matches)
    if matches and covered >= len(phrase.strip(" ,.")) - 1:
        window = _combine(matches, now)
        if window:
            return Window(window.start, window.end, window.precision, phrase)
    parsed = _dateparser_datedata(phrase, now.replace(tzinfo=None), str(now.tzinfo))
    if parsed is None:
        raise UsageError(f"cannot read {shown(text)} as a date (try \"yesterday 21:00\", \"3 July 2025\", \"last week\")")
    moment, period = parsed
    moment = moment.replace(tzinfo=now.tzinfo) if moment.tzinfo is None else moment.astimezone(now.tzinfo)
    if period == "time":
        precision = "minute" if moment.minute or ":" in phrase else "hour"
        return Window(moment, moment, precision, phrase)
    if period == "month":
        return Window(*month_bounds(moment.year, moment.month, now.tzinfo), "month", phrase)
    if period == "year":
        return Window(*year_bounds(moment.year, now.tzinfo), "year", phrase)
    if period == "week":
        monday = moment.date() - timedelta(days=moment.weekday())
        return Window(*week_bounds(monday, now.tzinfo), "week", phrase)
    return Window(*day_bounds(moment.date(), now.tzinfo), "day", phrase)


def _combine(matches: list[TimeMatch], now: datetime) -> Window | None:
    """A weekday or day phrase followed by a separate clock ("Thursday 21:00") as one instant."""
    first = resolve(matches[0], now)
    if first is None:
        return None
    if len(matches) == 2:
        parsed = _clock(matches[1].text)
        if parsed:
            hour, minute, minute_given = parsed
            moment = first.start.replace(hour=hour, minute=minute, second=0)
            return Window(moment, moment, "minute" if minute_given else "hour", None)
    return first if len(matches) == 1 else None


def _dateparser_datedata(text: str, base: datetime, tz_name: str) -> tuple[datetime, str] | None:
    from dateparser.date import DateDataParser

    parser = DateDataParser(languages=["en"], settings={
        "RELATIVE_BASE": base, "PREFER_DATES_FROM": "past", "PREFER_DAY_OF_MONTH": "first",
        "TIMEZONE": tz_name if tz_name and "/" in tz_name or tz_name == "UTC" else "UTC",
        "RETURN_AS_TIMEZONE_AWARE": False,
    })
    try:
        data = parser.get_date_data(text)
    except (ValueError, OverflowError, TypeError):
        return None
    if data is None or data.date_obj is None:
        return None
    return data.date_obj, data.period or "day"
