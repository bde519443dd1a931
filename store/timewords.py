"""A small temporal tagger for news: find time phrases in a sentence, resolve them to windows.

`search_dates` on running text reads "on Thursday, two people" as 4 February and "may rise" as May,
so the tagger below isolates the phrases news actually uses (weekdays, "last night", "earlier in the
week", "N days ago", dates with capitalised month names, clock times) with its own patterns; the
relative ones are resolved here against the publication date, and explicit dates are read from the
day, month and year the patterns isolate; dateparser only reads dates a person types that the patterns
do not cover. Every result is a window plus a precision, never a bare guess.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, tzinfo
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from .errors import UsageError
from .model import FIRST_YEAR, LAST_YEAR, in_range, shown
from .spans import Spans

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september",
          "october", "november", "december")
MONTH_ABBR = {"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
              "sept": 9, "oct": 10, "nov": 11, "dec": 12}
NUMBER_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
                "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12}
# Hours of each part of the day: (start hour, end hour); night runs past midnight.
PARTS_OF_DAY = {"morning": (6, 12), "afternoon": (12, 18), "evening": (18, 24), "night": (18, 30),
                "overnight": (18, 30)}

_WD = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_MON = (r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
        r"|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)")
_PART = r"(?:morning|afternoon|evening|night)"
_NUM = r"(?:\d{1,2}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
_CLOCK = (r"(?:\d{1,2}(?::\d{2})?\s?(?:am|pm|a\.m\.|p\.m\.)(?![a-z])|\d{1,2}:\d{2}(?:\s?GMT|\s?UTC)?"
          r"|noon|midnight)")
_DAYNUM = r"\d{1,2}(?:st|nd|rd|th)?"
_YEAR = r"(?:19|20)\d{2}"
_AT = rf"(?:\s*+,?\s*+(?:at|around|about|shortly after|shortly before|just after|just before)?\s*+{_CLOCK})"

# Order matters: longer, more specific phrases first; the scanner never lets two matches overlap.
# Every whitespace run is matched possessively (\s++, \s*+): runs sit between optional groups, and
# letting the engine try every way of sharing one run among them made "Monday" followed by 2,000
# spaces take minutes (cubic). A run is all whitespace, so how it is shared never changes a match.
_PATTERNS: list[tuple[str, re.Pattern]] = [(name, re.compile(rx, re.IGNORECASE if ci else 0)) for name, rx, ci in [
    ("night_into", rf"\b(?:[Oo]vernight|(?:[Dd]uring |[Oo]n )?the night)\s++(?:into|to|before)\s++(?:on\s++)?(?P<wd>{_WD})\b", False),
    ("night_of", rf"\b(?:[Oo]n |[Dd]uring )?the night of (?P<d1>\d{{1,2}})(?:\s*+(?:to|-|–|into)\s*+(?P<d2>\d{{1,2}}))?\s++(?P<mon>{_MON})(?:\s++(?P<year>{_YEAR}))?", False),
    ("night_of", rf"\b(?:[Oo]n |[Dd]uring )?the night of (?P<mon>{_MON})\s++(?P<d1>\d{{1,2}})(?:\s*+(?:to|-|–|into)\s*+(?P<d2>\d{{1,2}}))?(?:,?\s++(?P<year>{_YEAR}))?", False),
    ("early_hours", rf"\b(?:[Ii]n )?the (?:early|small) hours of (?:on )?(?P<wd>{_WD})\b", False),
    ("date_dmy", rf"\b(?:[Oo]n\s++)?(?:(?P<wd>{_WD}),?\s++)?(?:the\s++)?(?P<day>{_DAYNUM})(?:\s++of)?\s++(?P<mon>{_MON})(?:,?\s++(?P<year>{_YEAR}))?(?P<clock>{_AT})?(?![\w-])", False),
    ("date_mdy", rf"\b(?:[Oo]n\s++)?(?:(?P<wd>{_WD}),?\s++)?(?P<mon>{_MON})\s++(?P<day>{_DAYNUM})(?:,?\s++(?P<year>{_YEAR}))?(?P<clock>{_AT})?(?![\w-])", False),
    ("iso_date", rf"\b(?P<iso>{_YEAR}-\d{{2}}-\d{{2}})(?:[T ](?P<isoclock>\d{{2}}:\d{{2}}))?\b", False),
    ("month_year", rf"\b(?:(?:[Ii]n|[Dd]uring|[Bb]y|[Ee]arly|[Ll]ate)\s++)?(?:mid-)?(?P<mon>{_MON})\s++(?P<year>{_YEAR})\b", False),
    ("in_month", rf"\b(?:[Ii]n|[Dd]uring|[Ee]arlier in|[Ee]arly|[Ll]ate|[Aa]s early as|[Bb]y)\s++(?:mid-)?(?P<mon>{_MON})\b(?!\s++\d)", False),
    ("in_year", rf"\b(?:[Ii]n|[Dd]uring)\s++(?P<year>{_YEAR})\b", False),
    ("weekday", rf"\b(?:(?:[Oo]n|[Ll]ast|[Tt]his|[Ee]arly|[Ll]ate)\s++)?(?P<wd>{_WD})(?:\s++(?P<part>{_PART}))?(?P<clock>{_AT})?\b", False),
    ("relative_day", rf"\b(?P<rel>last night|overnight|tonight|earlier today|today|this (?:morning|afternoon|evening)|yesterday|the day before yesterday)(?:\s++(?P<part>{_PART}))?(?P<clock>{_AT})?\b", True),
    ("ago", rf"\b(?P<n>{_NUM})\s++(?P<unit>day|week|month|year)s?\s++ago\b", True),
    ("week", r"\b(?P<rel>earlier (?:in|this) the week|earlier (?:this|in the) week|earlier this week|this week|last week|the previous week|the past week|last weekend|this weekend|over the weekend|at the weekend|earlier this month|this month|last month|earlier this year|this year|last year)\b", True),
    ("clock", rf"\b(?:at|around|about|shortly after|shortly before|just after|just before|by)\s++(?P<clock>{_CLOCK})", True),
]]


@dataclass(frozen=True, slots=True)
class TimeMatch:
    """A time phrase found in a sentence: character span within the sentence and its pattern."""
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


def find_time_phrases(sentence: str) -> list[TimeMatch]:
    """Every non-overlapping time phrase in the sentence, in order of appearance.

    Takes time in proportion to the sentence, whatever it holds (see the note above _PATTERNS).
    """
    taken = Spans()
    found: list[TimeMatch] = []
    for name, pattern in _PATTERNS:
        for match in pattern.finditer(sentence):
            start, end = match.span()
            if taken.overlaps(start, end):
                continue
            if name == "clock" and not _plausible_clock(match.group("clock")):
                continue
            taken.take(start, end)
            if _after_duration_edge(sentence, start):
                # "since February 2022", "until Friday": the edge of a duration, not when it happened.
                continue
            groups = {k: v for k, v in match.groupdict().items() if v}
            found.append(TimeMatch(start, end, match.group(0).strip(" ,"), name, groups))
    found.sort(key=lambda m: m.start)
    return found


_DURATION_EDGE = re.compile(r"\b(?:since|until|till|before|by)$", re.IGNORECASE)


def _after_duration_edge(sentence: str, start: int) -> bool:
    """Whether the phrase at start follows "since", "until", "before"...: looks back only that far,
    so a sentence with many phrases is not read again from its beginning for each."""
    end = start
    while end > 0 and sentence[end - 1].isspace():
        end -= 1
    return _DURATION_EDGE.search(sentence, max(0, end - len("before")), end) is not None


def _plausible_clock(text: str) -> bool:
    return bool(re.search(r"[ap]\.?m\.?|:|noon|midnight", text, re.IGNORECASE))


def _day_bounds(day: date, tz: tzinfo) -> tuple[datetime, datetime]:
    return (datetime.combine(day, time(0, 0), tz), datetime.combine(day, time(23, 59, 59), tz))


def _part_bounds(day: date, part: str, tz: tzinfo) -> tuple[datetime, datetime]:
    first, last = PARTS_OF_DAY[part]
    start = datetime.combine(day, time(0, 0), tz) + timedelta(hours=first)
    end = datetime.combine(day, time(0, 0), tz) + timedelta(hours=last)
    if last == 24:
        end -= timedelta(seconds=1)
    return start.replace(tzinfo=tz), end.replace(tzinfo=tz)


def _clock(text: str) -> tuple[int, int, bool] | None:
    """(hour, minute, minute_given) from '9pm', '21:40', '3 a.m.', 'noon'."""
    text = text.lower().strip()
    text = re.sub(r"^(?:,|\s|at|around|about|shortly after|shortly before|just after|just before|by)+", "", text).strip()
    if text == "noon":
        return 12, 0, False
    if text == "midnight":
        return 0, 0, False
    match = re.match(r"(\d{1,2})(?::(\d{2}))?\s*(a\.?m\.?|p\.?m\.?)?", text)
    if not match:
        return None
    hour, minute = int(match.group(1)), int(match.group(2) or 0)
    meridiem = (match.group(3) or "").replace(".", "")
    if meridiem == "pm" and hour < 12:
        hour += 12
    elif meridiem == "am" and hour == 12:
        hour = 0
    if hour > 23 or minute > 59:
        return None
    return hour, minute, match.group(2) is not None


def _at_clock(day: date, clock_text: str, tz: tzinfo, phrase: str) -> Window | None:
    parsed = _clock(clock_text)
    if parsed is None:
        return None
    hour, minute, minute_given = parsed
    moment = datetime.combine(day, time(hour, minute), tz)
    return Window(moment, moment, "minute" if minute_given else "hour", phrase)


def _month_number(name: str) -> int:
    key = name.lower().rstrip(".")
    if key in MONTH_ABBR:
        return MONTH_ABBR[key]
    return MONTHS.index(key) + 1


def _infer_year(month: int, day: int, base: date) -> int:
    """A date written without a year is in the publication year, unless that puts it far in the future."""
    try:
        candidate = date(base.year, month, day)
    except ValueError:
        return base.year
    return base.year - 1 if candidate - base > timedelta(days=60) else base.year


def _weekday_on_or_before(base: date, weekday: int, strictly_before: bool = False) -> date:
    back = (base.weekday() - weekday) % 7
    if back == 0 and strictly_before:
        back = 7
    return base - timedelta(days=back)


def _week_bounds(monday: date, tz: tzinfo) -> tuple[datetime, datetime]:
    return _day_bounds(monday, tz)[0], _day_bounds(monday + timedelta(days=6), tz)[1]


def _month_bounds(year: int, month: int, tz: tzinfo) -> tuple[datetime, datetime]:
    first = date(year, month, 1)
    last = (date(year + (month == 12), month % 12 + 1, 1) - timedelta(days=1))
    return _day_bounds(first, tz)[0], _day_bounds(last, tz)[1]


def _year_bounds(year: int, tz: tzinfo) -> tuple[datetime, datetime]:
    return _day_bounds(date(year, 1, 1), tz)[0], _day_bounds(date(year, 12, 31), tz)[1]


def resolve(match: TimeMatch, base: datetime) -> Window | None:
    """The window a phrase names, relative to base (the publication moment, time-zone aware); None
    when it names no day or one outside the years a record may hold."""
    try:
        window = _resolve(match, base)
    except OverflowError:  # "99 years ago", a week past 31 December 9999
        return None
    if window is None or not (in_range(window.start) and in_range(window.end)):
        return None
    return window


def _resolve(match: TimeMatch, base: datetime) -> Window | None:
    tz = base.tzinfo
    today = base.date()
    g = match.groups
    phrase = match.text
    name = match.pattern
    try:
        if name == "night_into":
            target = _weekday_on_or_before(today, WEEKDAYS.index(g["wd"].lower()))
            start, end = _part_bounds(target - timedelta(days=1), "night", tz)
            return Window(start, end, "part_of_day", phrase)
        if name == "early_hours":
            target = _weekday_on_or_before(today, WEEKDAYS.index(g["wd"].lower()))
            start = datetime.combine(target, time(0, 0), tz)
            return Window(start, start + timedelta(hours=6), "part_of_day", phrase)
        if name == "night_of":
            month = _month_number(g["mon"])
            first = int(g["d1"])
            year = int(g["year"]) if "year" in g else _infer_year(month, first, today)
            start, end = _part_bounds(date(year, month, first), "night", tz)
            return Window(start, end, "part_of_day", phrase)
        if name in ("date_dmy", "date_mdy"):
            return _explicit_date(g, phrase, today, tz)
        if name == "iso_date":
            day = date.fromisoformat(g["iso"])
            if "isoclock" in g:
                return _at_clock(day, g["isoclock"], tz, phrase)
            return Window(*_day_bounds(day, tz), "day", phrase)
        if name == "month_year":
            return Window(*_month_bounds(int(g["year"]), _month_number(g["mon"]), tz), "month", phrase)
        if name == "in_month":
            month = _month_number(g["mon"])
            year = today.year
            if not phrase.lower().startswith(("as early as", "by")) and month > today.month + 2:
                year -= 1
            return Window(*_month_bounds(year, month, tz), "month", phrase)
        if name == "in_year":
            return Window(*_year_bounds(int(g["year"]), tz), "year", phrase)
        if name == "weekday":
            lowered = phrase.lower()
            strictly = lowered.startswith("last ")
            day = _weekday_on_or_before(today, WEEKDAYS.index(g["wd"].lower()), strictly)
            return _day_with_detail(day, g, phrase, tz)
        if name == "relative_day":
            rel = g["rel"].lower()
            if rel in ("last night", "overnight"):
                start, end = _part_bounds(today - timedelta(days=1), "night", tz)
                return Window(start, end, "part_of_day", phrase)
            if rel == "tonight":
                start, end = _part_bounds(today, "night", tz)
                return Window(start, end, "part_of_day", phrase)
            if rel.startswith("this "):
                start, end = _part_bounds(today, rel.split()[1], tz)
                return Window(start, end, "part_of_day", phrase)
            offset = {"yesterday": 1, "the day before yesterday": 2}.get(rel, 0)
            return _day_with_detail(today - timedelta(days=offset), g, phrase, tz)
        if name == "ago":
            count = NUMBER_WORDS.get(g["n"].lower()) or int(g["n"])
            unit = g["unit"].lower()
            if unit == "day":
                return Window(*_day_bounds(today - timedelta(days=count), tz), "day", phrase)
            if unit == "week":
                monday = today - timedelta(days=today.weekday() + 7 * count)
                return Window(*_week_bounds(monday, tz), "week", phrase)
            if unit == "month":
                month_index = today.year * 12 + today.month - 1 - count
                return Window(*_month_bounds(month_index // 12, month_index % 12 + 1, tz), "month", phrase)
            return Window(*_year_bounds(today.year - count, tz), "year", phrase)
        if name == "week":
            return _relative_period(g["rel"].lower(), phrase, today, tz)
        if name == "clock":
            return _at_clock(today, g["clock"], tz, phrase)
    except (ValueError, KeyError):
        return None
    return None


def _day_with_detail(day: date, g: dict, phrase: str, tz: tzinfo) -> Window:
    if "clock" in g:
        window = _at_clock(day, g["clock"], tz, phrase)
        if window:
            return window
    if "part" in g:
        start, end = _part_bounds(day, g["part"].lower(), tz)
        return Window(start, end, "part_of_day", phrase)
    return Window(*_day_bounds(day, tz), "day", phrase)


def _explicit_date(g: dict, phrase: str, today: date, tz: tzinfo) -> Window | None:
    """An explicit calendar date, isolated by the patterns above; None for a day the month lacks.

    (Handing "31 June 2025" to dateparser gave the same answers at a millisecond a date: an article
    naming thousands of dates spent most of its extraction there.)"""
    month = _month_number(g["mon"])
    day_number = int(re.match(r"\d+", g["day"]).group(0))
    year = int(g["year"]) if "year" in g else _infer_year(month, day_number, today)
    try:
        parsed = date(year, month, day_number)
    except ValueError:
        return None
    if "clock" in g:
        window = _at_clock(parsed, g["clock"], tz, phrase)
        if window:
            return window
    return Window(*_day_bounds(parsed, tz), "day", phrase)


def _relative_period(rel: str, phrase: str, today: date, tz: tzinfo) -> Window:
    monday = today - timedelta(days=today.weekday())
    if rel in ("this week",):
        return Window(_day_bounds(monday, tz)[0], _day_bounds(today, tz)[1], "week", phrase)
    if rel.startswith("earlier"):
        if rel.endswith("month"):
            first = today.replace(day=1)
            last = max(first, today - timedelta(days=1))
            return Window(_day_bounds(first, tz)[0], _day_bounds(last, tz)[1], "month", phrase)
        if rel.endswith("year"):
            first = today.replace(month=1, day=1)
            return Window(_day_bounds(first, tz)[0], _day_bounds(today, tz)[1], "year", phrase)
        # Earlier in the week: Monday of this week to the day before publication.
        last = max(monday, today - timedelta(days=1))
        return Window(_day_bounds(monday, tz)[0], _day_bounds(last, tz)[1], "week", phrase)
    if rel in ("last week", "the previous week"):
        return Window(*_week_bounds(monday - timedelta(days=7), tz), "week", phrase)
    if rel == "the past week":
        return Window(_day_bounds(today - timedelta(days=7), tz)[0], _day_bounds(today, tz)[1], "week", phrase)
    if rel.endswith("weekend"):
        # The weekend before publication, or the one under way when published on Saturday or Sunday.
        saturday = monday + timedelta(days=5)
        if saturday > today or rel == "last weekend":
            saturday -= timedelta(days=7)
        return Window(_day_bounds(saturday, tz)[0], _day_bounds(saturday + timedelta(days=1), tz)[1],
                      "week", phrase)
    if rel == "this month":
        return Window(*_month_bounds(today.year, today.month, tz), "month", phrase)
    if rel == "last month":
        month_index = today.year * 12 + today.month - 2
        return Window(*_month_bounds(month_index // 12, month_index % 12 + 1, tz), "month", phrase)
    if rel == "this year":
        return Window(*_year_bounds(today.year, tz), "year", phrase)
    return Window(*_year_bounds(today.year - 1, tz), "year", phrase)  # last year


def unknown_window(base: datetime) -> Window:
    """No time words: the publication day, marked unknown so nobody mistakes it for a fact."""
    return Window(*_day_bounds(base.date(), base.tzinfo), "unknown", None)


def parse_when(text: str, now: datetime) -> Window:
    """A date typed by a person ("yesterday 21:00", "3 July 2025", "last week"), resolved against now.

    Raises UsageError with a one-line message when the text is not a date, or not one a record may
    hold (model.FIRST_YEAR to LAST_YEAR, in UTC too).
    """
    try:
        window = _read_when(text, now)
    except (ValueError, OverflowError):  # "December 9999" ends in the year 10000
        window = None
    if window is None or not (in_range(window.start) and in_range(window.end)):
        raise UsageError(f"{shown(text)} is outside the years {FIRST_YEAR}-{LAST_YEAR} that newsline keeps")
    return window


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
        return Window(*_month_bounds(moment.year, moment.month, now.tzinfo), "month", phrase)
    if period == "year":
        return Window(*_year_bounds(moment.year, now.tzinfo), "year", phrase)
    if period == "week":
        monday = moment.date() - timedelta(days=moment.weekday())
        return Window(*_week_bounds(monday, now.tzinfo), "week", phrase)
    return Window(*_day_bounds(moment.date(), now.tzinfo), "day", phrase)


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
