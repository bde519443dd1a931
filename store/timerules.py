"""Every time phrase newsline reads, one record each: name, pattern, resolver and the phrases it must
read with the windows they give (relative to EXAMPLE_PUBLISHED). tests/test_time_rules.py runs each
rule on its own examples.

To add a phrase: write a resolver below, decorated with `@rule(name, pattern, examples)`, at the place
in the list where it should win over the rules after it (the scanner takes the earliest rule first
and never lets two phrases overlap). A resolver returns (start, end, precision), or None when the
words name no time it can vouch for: an unhandled phrase is no time, never a wrong one.

Patterns must stay linear in the text: every whitespace run is matched possessively (\\s++, \\s*+).
Runs sit between optional groups, and letting the engine try every way of sharing one run among them
made "Monday" followed by 2,000 spaces take minutes (cubic). A run is all whitespace, so how it is
shared never changes a match (tests/test_linear_time.py).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, tzinfo
from typing import Callable
from zoneinfo import ZoneInfo

from .timecalendar import (ORDINALS, PARTS_OF_DAY, WEEKDAYS, ZONE_WORDS, at_clock, count_of, day_bounds, days_bounds, month_bounds,
                           month_number, months_bounds, part_bounds, shift_month, week_bounds, weekday_after, weekday_on_or_before,
                           year_bounds)

Reading = tuple[datetime, datetime, str]  # start, end, precision

# The publication moment the examples are read against: a Friday.
EXAMPLE_PUBLISHED = datetime(2025, 7, 4, 12, 0, tzinfo=ZoneInfo("Europe/Kyiv"))

_WD = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_MON = (r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
        r"|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)")
_PART = r"(?:morning|afternoon|evening|night)"
_NUM = r"(?:\d{1,2}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
# "11.40 pm" (British style) with its meridiem; "11.40" alone is a number
# "at about 2300 GMT": wire copy's four figures, only with the zone (alone, a number or a year)
_WIRE_CLOCK = r"(?:[01]\d|2[0-3])[0-5]\d(?=\s?(?:GMT|UTC)\b)"
_CLOCK = (r"(?:\d{1,2}(?:[:.]\d{2})?\s?(?:am|pm|a\.m\.|p\.m\.)(?![a-z])|\d{1,2}:\d{2}(?:\s?GMT|\s?UTC)?"
          rf"|{_WIRE_CLOCK}\s?(?:GMT|UTC)|noon|midnight)")
_DAYNUM = r"\d{1,2}(?:st|nd|rd|th)?"
_YEAR = r"(?:19|20)\d{2}"
# "at 23.40 on Friday": a 24-hour clock with a dot, only right after "at", "around" or "about" (else a number)
_CLOCK_OF_DAY = (r"(?:\d{1,2}(?:[:.]\d{2})?\s?(?i:am|pm|a\.m\.|p\.m\.)(?![a-z])|\d{1,2}:\d{2}"
                 r"|(?:(?<=at )|(?<=around )|(?<=about ))(?:[01]?\d|2[0-3])\.[0-5]\d(?!\d)"
                 rf"|{_WIRE_CLOCK}|noon|midnight)")
_FULL_MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
_ORDINAL = r"(?:first|second|third|fourth|1st|2nd|3rd|4th)"
_SEASON = r"(?:spring|summer|autumn|fall|winter)"
_AT = rf"(?:\s*+,?\s*+(?:at|around|about|shortly after|shortly before|just after|just before)?\s*+{_CLOCK})"


@dataclass(frozen=True, slots=True)
class Context:
    """What a resolver reads a phrase against: the publication moment (time-zone aware), and what the
    words around the phrase say (a future cue such as "will" before it)."""
    base: datetime
    phrase: str
    future: bool = False

    @property
    def today(self) -> date:
        return self.base.date()

    @property
    def tz(self) -> tzinfo:
        return self.base.tzinfo


@dataclass(frozen=True, slots=True)
class TimeRule:
    """One kind of time phrase: its pattern and the function that turns what the pattern isolated into
    a window. examples: (text, start, end, precision[, published]); the phrase is the whole text, or
    the part in [brackets] when the text gives context; start/end "YYYY-MM-DDTHH:MM" in the
    publication's zone, or None when the phrase must give no time; published "YYYY-MM-DD" overrides
    EXAMPLE_PUBLISHED (same hour and zone)."""
    name: str
    pattern: re.Pattern
    resolve: Callable[[dict, Context], Reading | None]
    examples: tuple[tuple, ...] = field(default=())


RULES: list[TimeRule] = []


def rule(name: str, pattern: str, examples: list[tuple], *, ignore_case: bool = False):
    """Register the decorated resolver as a time rule, after the rules defined before it."""
    def register(resolver: Callable[[dict, Context], Reading | None]):
        if any(r.name == name for r in RULES):
            raise ValueError(f"two time rules named {name!r}")
        RULES.append(TimeRule(name, re.compile(pattern, re.IGNORECASE if ignore_case else 0), resolver,
                              tuple(examples)))
        return resolver
    return register


# ----- helpers shared by several rules -----------------------------------------------------------------


def _infer_year(month: int, day: int, base: date, future: bool = False) -> int:
    """A date written without a year is the nearest such date: up to 60 days ahead, else behind
    ("on 12 September" said in July is last year's; "payable Jan. 2" said in November is next
    January's); with a future cue ("will", "is due to") the next such date on or after base."""
    def candidate(year: int) -> date | None:
        try:
            return date(year, month, day)
        except ValueError:  # 29 February in another year
            return None

    this_year, next_year = candidate(base.year), candidate(base.year + 1)
    if this_year is None:
        return base.year
    if future:
        return base.year if this_year >= base else base.year + 1
    if next_year is not None and next_year - base <= timedelta(days=60):
        return base.year + 1
    return base.year - 1 if this_year - base > timedelta(days=60) else base.year


def _infer_month_year(month: int, c: "Context") -> int:
    """The year of a month named without one ("in June"): past-leaning, up to two months ahead; with a
    future cue the next such month, this one included."""
    if c.future:
        return c.today.year if month >= c.today.month else c.today.year + 1
    return c.today.year - 1 if month > c.today.month + 2 else c.today.year


def _with_detail(day: date, g: dict, c: Context) -> Reading:
    """A day, narrowed by a clock time or a part of the day when the phrase gives one."""
    if "clock" in g:
        reading = at_clock(day, g["clock"], c.tz)
        if reading:
            return reading
    if "side" in g:  # "late on Monday, November 20"
        return _late_or_early(day, g["side"].lower() == "late", c)
    if "part" in g:
        return (*part_bounds(day, g["part"].lower(), c.tz), "part_of_day")
    return (*day_bounds(day, c.tz), "day")


def _night(day: date, c: Context) -> Reading:
    return (*part_bounds(day, "night", c.tz), "part_of_day")


# ----- the rules, most specific first -------------------------------------------------------------------


# "at 1 p.m. local time (0900 GMT)", "at 1 p.m. local time, or 5 a.m. Eastern": a foreign desk's clock told twice; the
# one in a named zone is read, since "local" is a place the sentence may not name (a London wire read it in London)
_NAMED_CLOCK = rf"(?P<told_clock>{_CLOCK_OF_DAY}|(?:[01]\d|2[0-3])[0-5]\d)\s?(?P<told_zone>GMT|UTC|{'|'.join(ZONE_WORDS)})(?:\s++[Tt]ime)?"


_TOLD_TWICE = rf"\s++local\s++time\s*+(?:\(\s*+|,\s*+or\s++){_NAMED_CLOCK}\)?"


def _told_clock(day: date, g: dict, c: Context) -> Reading | None:
    """The clock told in a named zone beside the local one, on the day whose clock lies nearest the local one (zones
    differ by under a day): 1 a.m. local on Tuesday is 22:00 GMT on Monday."""
    local = at_clock(day, g["clock"], c.tz)
    told = at_clock(day, g["told_clock"], c.tz)
    if local is None or told is None:
        return None
    named = ZoneInfo(ZONE_WORDS.get(g["told_zone"], "UTC"))
    moments = [datetime.combine(day + timedelta(days=shift), told[0].time(), named) for shift in (-1, 0, 1)]
    moment = min(moments, key=lambda m: abs(m - local[0])).astimezone(c.tz)
    return moment, moment, told[2]


@rule("clock_day", rf"\b(?:(?i:at|around|about|shortly after|shortly before|just after|just before)\s++)?(?P<clock>{_CLOCK_OF_DAY})(?:\s?(?P<zone>GMT|UTC)|{_TOLD_TWICE}|\s++\(?(?:local|[A-Z][\w’'-]+(?:\s++[A-Z][\w’'-]+){{0,2}})\s++[Tt]ime\)?)?\s*+,?\s*+(?:on\s++)?(?:(?P<wd>{_WD})|(?P<rel>yesterday|today|tomorrow))\b", [
    ("10 p.m. Wednesday", "2025-07-02T22:00", "2025-07-02T22:00", "hour"),
    ("at 9:30 a.m. on Thursday", "2025-07-03T09:30", "2025-07-03T09:30", "minute"),
    ("about 11 pm local time Tuesday", "2025-07-01T23:00", "2025-07-01T23:00", "hour"),
    # a zone named ("Moscow time") keeps the day with the clock; the event is read in that zone (store/timeattach.py)
    ("[at 10 p.m. Moscow time on Tuesday]", "2025-07-01T22:00", "2025-07-01T22:00", "hour"),
    ("at 2230 GMT on Tuesday", "2025-07-02T01:30", "2025-07-02T01:30", "minute"),  # wire copy's four figures
    ("9pm yesterday", "2025-07-03T21:00", "2025-07-03T21:00", "hour"),
    ("about 11.40 pm on Wednesday", "2025-07-02T23:40", "2025-07-02T23:40", "minute"),  # British style
    ("at 23.40 on Wednesday", "2025-07-02T23:40", "2025-07-02T23:40", "minute"),  # 24-hour, with a dot
    # GMT is read in GMT and shown in the place's zone; "until" makes the Saturday the coming one.
    ("the ceasefire holds until [15:00 GMT Saturday]", "2025-07-05T18:00", "2025-07-05T18:00", "minute"),
    ("he will speak [at noon Monday]", "2025-07-07T12:00", "2025-07-07T12:00", "hour"),
    ("at 25:00 Monday", None, None, None),
    # a foreign desk's clock told twice, with its day: 22:00 GMT on Monday is 1 a.m. on Tuesday in UTC+3
    ("[at 1 a.m. local time (2200 GMT) on Tuesday]", "2025-07-01T01:00", "2025-07-01T01:00", "minute"),
])
def _clock_day(g: dict, c: Context) -> Reading | None:
    if "wd" in g:
        day = _weekday_as_meant(WEEKDAYS.index(g["wd"].lower()), c)
    else:
        day = c.today + timedelta(days={"yesterday": -1, "today": 0, "tomorrow": 1}[g["rel"].lower()])
    if "told_clock" in g:
        return _told_clock(day, g, c)
    return at_clock(day, g["clock"], c.tz, g.get("zone"))


def _weekday_as_meant(weekday: int, c: Context, strictly_before: bool = False) -> date:
    """The most recent such weekday (the publication day included), or the coming one after a future
    cue ("will meet on Saturday", "is due to", "until")."""
    if c.future and not strictly_before:
        return weekday_after(c.today, weekday)
    return weekday_on_or_before(c.today, weekday, strictly_before)


# "overnight on Monday" as the guide reads "overnight": the night that runs into that day (read as the
# night before publication, it put Monday's strike in the paper's Tuesday night)
# "overnight Thursday into Friday", "during the night of Tuesday to Wednesday": the night into the second day
@rule("night_into", rf"\b(?:[Oo]vernight|(?:[Dd]uring |[Oo]n )?the night)\s++"
      rf"(?:(?:on\s++|of\s++)?{_WD}\s++(?:night\s++)?(?:into|to)\s++(?:on\s++)?|(?:into|to|before)\s++(?:on\s++)?|on\s++)?"
      rf"(?P<wd>{_WD})\b(?!\s++(?:night\s++)?(?:into|to)\b)", [
    ("overnight into Friday", "2025-07-03T18:00", "2025-07-04T06:00", "part_of_day"),
    ("during the night to Thursday", "2025-07-02T18:00", "2025-07-03T06:00", "part_of_day"),
    ("drones struck Kharkiv [overnight on Tuesday]", "2025-06-30T18:00", "2025-07-01T06:00", "part_of_day"),
    ("launched 49 drones [overnight Friday]", "2025-07-03T18:00", "2025-07-04T06:00", "part_of_day"),
    ("drones attacked [overnight Thursday into Friday]", "2025-07-03T18:00", "2025-07-04T06:00", "part_of_day"),
    ("[overnight on Wednesday to Thursday]", "2025-07-02T18:00", "2025-07-03T06:00", "part_of_day"),
    ("[during the night of Tuesday to Wednesday]", "2025-07-01T18:00", "2025-07-02T06:00", "part_of_day"),
])
def _night_into(g: dict, c: Context) -> Reading | None:
    return _night(weekday_on_or_before(c.today, WEEKDAYS.index(g["wd"].lower())) - timedelta(days=1), c)


def _night_of(g: dict, c: Context) -> Reading | None:
    month = month_number(g["mon"])
    first = int(g["d1"])
    year = int(g["year"]) if "year" in g else _infer_year(month, first, c.today, c.future)
    return _night(date(year, month, first), c)


rule("night_of", rf"\b(?:[Oo]n |[Dd]uring )?the night of (?P<d1>\d{{1,2}})(?:\s*+(?:to|-|–|into)\s*+(?P<d2>\d{{1,2}}))?\s++(?P<mon>{_MON})(?:\s++(?P<year>{_YEAR}))?", [
    ("the night of 3 to 4 July", "2025-07-03T18:00", "2025-07-04T06:00", "part_of_day"),
    ("on the night of 2 July 2024", "2024-07-02T18:00", "2024-07-03T06:00", "part_of_day"),
])(_night_of)
rule("night_of_mdy", rf"\b(?:[Oo]n |[Dd]uring )?the night of (?P<mon>{_MON})\s++(?P<d1>\d{{1,2}})(?:\s*+(?:to|-|–|into)\s*+(?P<d2>\d{{1,2}}))?(?:,?\s++(?P<year>{_YEAR}))?", [
    ("on the night of July 2", "2025-07-02T18:00", "2025-07-03T06:00", "part_of_day"),
])(_night_of)


@rule("early_hours", rf"\b(?:[Ii]n )?the (?:early|small) hours of (?:on )?(?P<wd>{_WD})\b", [
    ("in the early hours of Monday", "2025-06-30T00:00", "2025-06-30T06:00", "part_of_day"),
])
def _early_hours(g: dict, c: Context) -> Reading | None:
    start = day_bounds(weekday_on_or_before(c.today, WEEKDAYS.index(g["wd"].lower())), c.tz)[0]
    return start, start + timedelta(hours=6), "part_of_day"


# "late on Friday and early on Saturday", "from late Friday into early Saturday": the night between.
@rule("late_into_early", rf"\b(?:[Ff]rom\s++)?[Ll]ate\s++(?:on\s++)?(?P<wd>{_WD})(?:\s++night)?\s++(?:and|into|to|until)\s++"
                         rf"[Ee]arly\s++(?:on\s++)?(?P<wd2>{_WD})\b", [
    ("late on Friday and early on Saturday", "2025-06-27T18:00", "2025-06-28T12:00", "part_of_day"),
    ("from late Thursday into early Friday", "2025-07-03T18:00", "2025-07-04T12:00", "part_of_day"),
])
def _late_into_early(g: dict, c: Context) -> Reading | None:
    first, second = WEEKDAYS.index(g["wd"].lower()), WEEKDAYS.index(g["wd2"].lower())
    if (second - first) % 7 != 1:
        return None  # "late Monday and early Thursday": two times, not one night
    day = _weekday_as_meant(second, c) - timedelta(days=1)
    start = day_bounds(day, c.tz)[0] + timedelta(hours=18)
    return start, start + timedelta(hours=18), "part_of_day"


# (not before its date: "late on Monday, November 20" is read whole by the date rules)
_DATE_AFTER = rf",?\s++(?:{_MON}\s++\d|\d{{1,2}}(?:st|nd|rd|th)?\s++(?:of\s++)?{_MON})"


# "late on Sunday", "early Saturday": that day's evening, or its first half (the small hours and morning).
@rule("late_early_weekday", rf"\b[Ll]ate\s++(?:on\s++)?(?P<late>{_WD})\b(?!\s++(?:{_PART}|at\b)|{_DATE_AFTER})"
                            rf"|\b[Ee]arly\s++(?:on\s++)?(?P<early>{_WD})\b(?!\s++(?:{_PART}|at\b)|{_DATE_AFTER})", [
    ("late on Thursday", "2025-07-03T18:00", "2025-07-03T23:59", "part_of_day"),
    ("early Friday", "2025-07-04T00:00", "2025-07-04T12:00", "part_of_day"),
    ("the talks will resume [early on Monday]", "2025-07-07T00:00", "2025-07-07T12:00", "part_of_day"),
])
def _late_early_weekday(g: dict, c: Context) -> Reading | None:
    late = "late" in g
    return _late_or_early(_weekday_as_meant(WEEKDAYS.index(g["late" if late else "early"].lower()), c), late, c)


def _late_or_early(day: date, late: bool, c: Context) -> Reading:
    """A day's evening ("late on Sunday", "late yesterday") or its first half ("early Saturday")."""
    if late:
        return (*part_bounds(day, "evening", c.tz), "part_of_day")
    start = day_bounds(day, c.tz)[0]
    return start, start + timedelta(hours=12), "part_of_day"


def _explicit_date(g: dict, c: Context) -> Reading | None:
    """A calendar date the pattern isolated; None for a day the month lacks.

    (Handing "31 June 2025" to dateparser gave the same answers at a millisecond a date: an article
    naming thousands of dates spent most of its extraction there.)"""
    month = month_number(g["mon"])
    day_number = int(re.match(r"\d+", g["day"]).group(0))
    year = int(g["year"]) if "year" in g else _infer_year(month, day_number, c.today, c.future)
    try:
        day = date(year, month, day_number)
    except ValueError:
        if "wd" not in g:
            return None
        # "late on Monday, 31 June": the weekday still says when, as it did before the date was read with it
        day = _weekday_as_meant(WEEKDAYS.index(g["wd"].lower()), c)
    return _with_detail(day, g, c)


@rule("day_range", rf"\b(?:[Oo]n\s++|[Ff]rom\s++)?(?:(?P<mon1>{_MON})\s++(?P<a1>\d{{1,2}})\s*+[-–]\s*+(?P<b1>\d{{1,2}})"
                   rf"|(?P<a2>\d{{1,2}})\s*+[-–]\s*+(?P<b2>\d{{1,2}})\s++(?P<mon2>{_MON}))(?:,?\s++(?P<year>{_YEAR}))?\b", [
    ("the meeting is due to take place [on October 30-31]", "2025-10-30T00:00", "2025-10-31T23:59", "day"),
    ("on 14-15 June", "2025-06-14T00:00", "2025-06-15T23:59", "day"),
    ("June 14-15, 2024", "2024-06-14T00:00", "2024-06-15T23:59", "day"),
])
def _day_range(g: dict, c: Context) -> Reading | None:
    """'on October 30-31', '14-15 June': the days of a two-day meeting or a weekend's games."""
    month = month_number(g.get("mon1") or g["mon2"])
    first, last = int(g.get("a1") or g["a2"]), int(g.get("b1") or g["b2"])
    if not 1 <= first < last <= 31:
        return None
    year = int(g["year"]) if "year" in g else _infer_year(month, first, c.today, c.future)
    try:
        return (*days_bounds(date(year, month, first), date(year, month, last), c.tz), "day")
    except ValueError:
        return None  # "February 30-31"


rule("date_dmy", rf"\b(?:[Oo]n\s++)?(?:(?:(?P<side>[Ll]ate|[Ee]arly)\s++(?:on\s++)?)?(?P<wd>{_WD})(?:\s++(?P<part>{_PART}))?,?\s++)?(?:the\s++)?(?P<day>{_DAYNUM})(?:\s++of)?\s++(?P<mon>{_MON})(?:,?\s++(?P<year>{_YEAR}))?(?P<clock>{_AT})?(?![\w-])", [
    ("on 3 July 2025", "2025-07-03T00:00", "2025-07-03T23:59", "day"),
    ("early on Tuesday, 1 July", "2025-07-01T00:00", "2025-07-01T12:00", "part_of_day"),
    ("late on Monday, 31 June", "2025-06-30T18:00", "2025-06-30T23:59", "part_of_day"),  # no such day: the weekday
    ("the 4th of July", "2025-07-04T00:00", "2025-07-04T23:59", "day"),
    ("3 July 2025 at 9pm", "2025-07-03T21:00", "2025-07-03T21:00", "hour"),
    ("on 12 September", "2024-09-12T00:00", "2024-09-12T23:59", "day"),  # over 60 days ahead: last year
    ("on 31 June", None, None, None),
    ("on 2 January", "2026-01-02T00:00", "2026-01-02T23:59", "day", "2025-11-20"),  # next January's
    ("the summit [on 20 March] ended", "2025-03-20T00:00", "2025-03-20T23:59", "day", "2025-11-20"),
    ("talks will resume [on 20 March]", "2026-03-20T00:00", "2026-03-20T23:59", "day", "2025-11-20"),
])(_explicit_date)
rule("date_mdy", rf"\b(?:[Oo]n\s++)?(?:(?:(?P<side>[Ll]ate|[Ee]arly)\s++(?:on\s++)?)?(?P<wd>{_WD})(?:\s++(?P<part>{_PART}))?,?\s++)?(?P<mon>{_MON})\s++(?P<day>{_DAYNUM})(?:,?\s++(?P<year>{_YEAR}))?(?P<clock>{_AT})?(?![\w-])", [
    ("July 3, 2025 at 9pm", "2025-07-03T21:00", "2025-07-03T21:00", "hour"),
    ("on Thursday, July 3", "2025-07-03T00:00", "2025-07-03T23:59", "day"),
    # the part of the day told with the weekday before the date (in a Monday paper, "late on Monday, November
    # 20" is a week back, not that evening)
    ("late on Monday, June 30", "2025-06-30T18:00", "2025-06-30T23:59", "part_of_day"),
    ("on Monday evening, June 30", "2025-06-30T18:00", "2025-06-30T23:59", "part_of_day"),
    ("Sept. 1 at 10:30 a.m.", "2025-09-01T10:30", "2025-09-01T10:30", "minute"),
    ("the dividend is payable [Jan. 2]", "2026-01-02T00:00", "2026-01-02T23:59", "day", "2025-11-14"),
    ("on Feb. 29", None, None, None),
])(_explicit_date)


@rule("iso_date", rf"\b(?P<iso>{_YEAR}-\d{{2}}-\d{{2}})(?:[T ](?P<isoclock>\d{{2}}:\d{{2}}))?\b", [
    ("2025-07-03", "2025-07-03T00:00", "2025-07-03T23:59", "day"),
    ("2025-07-03T21:40", "2025-07-03T21:40", "2025-07-03T21:40", "minute"),
    ("2025-02-30", None, None, None),
])
def _iso_date(g: dict, c: Context) -> Reading | None:
    day = date.fromisoformat(g["iso"])
    if "isoclock" in g:
        return at_clock(day, g["isoclock"], c.tz)
    return (*day_bounds(day, c.tz), "day")


@rule("fiscal_year", rf"\b(?:(?:[Ff]iscal(?:\s++[Yy]ear)?|FY)\s*+(?P<year>{_YEAR}|'?\d{{2}})|the\s++(?P<year2>{_YEAR})\s++fiscal\s++year)\b", [
    # Fiscal years end anywhere from January of the year they are named for (retailers) to March of
    # the next (Japan, India): the window covers every such year.
    ("fiscal 2024", "2023-02-01T00:00", "2025-03-31T23:59", "year"),
    ("FY25", "2024-02-01T00:00", "2026-03-31T23:59", "year"),
    ("the 2023 fiscal year", "2022-02-01T00:00", "2024-03-31T23:59", "year"),
])
def _fiscal_year(g: dict, c: Context) -> Reading | None:
    text = (g.get("year") or g["year2"]).lstrip("'")
    year = int(text) if len(text) == 4 else 2000 + int(text)
    return (*days_bounds(date(year - 1, 2, 1), date(year + 1, 3, 31), c.tz), "year")


@rule("quarter", rf"\b(?:(?:the\s++)?(?P<ord>{_ORDINAL})[\s-]++quarter(?:\s++of\s++(?P<year>{_YEAR}))?|Q(?P<q>[1-4])(?:\s*+(?P<qyear>{_YEAR}))?)\b", [
    ("the third quarter", "2024-07-01T00:00", "2024-09-30T23:59", "month", "2025-03-10"),
    ("third-quarter", "2025-07-01T00:00", "2025-09-30T23:59", "month"),  # under way
    ("Q3 2024", "2024-07-01T00:00", "2024-09-30T23:59", "month"),
    ("the fourth quarter of 2023", "2023-10-01T00:00", "2023-12-31T23:59", "month"),
    ("results are due in [the fourth quarter]", "2025-10-01T00:00", "2025-12-31T23:59", "month"),
])
def _quarter(g: dict, c: Context) -> Reading | None:
    number = int(g["q"]) if "q" in g else ORDINALS[g["ord"].lower()]
    first_month = 3 * number - 2
    year_text = g.get("year") or g.get("qyear")
    if year_text:
        year = int(year_text)
    elif c.future:  # the next such quarter, the one under way included
        year = c.today.year if c.today.month < first_month + 3 else c.today.year + 1
    else:  # the latest such quarter begun by publication
        year = c.today.year if c.today.month >= first_month else c.today.year - 1
    return (*months_bounds(year, first_month, 3, c.tz), "month")


@rule("year_range", rf"(?<![\d–-])\b(?:(?:[Ii]n|[Dd]uring|[Ff]rom|[Bb]etween)\s++)?(?P<y1>{_YEAR})\s*+(?:-|–|—|to|and|through)\s*+(?P<y2>{_YEAR}|\d{{2}})(?![\d–-])", [
    ("in 2009-2010", "2009-01-01T00:00", "2010-12-31T23:59", "year"),
    ("between 2014 and 2016", "2014-01-01T00:00", "2016-12-31T23:59", "year"),
    ("the [2019–20] season", "2019-01-01T00:00", "2020-12-31T23:59", "year"),
    ("2019-20", "2019-01-01T00:00", "2020-12-31T23:59", "year"),
    ("2010-2009", None, None, None),
])
def _year_range(g: dict, c: Context) -> Reading | None:
    first = int(g["y1"])
    last = int(g["y2"]) if len(g["y2"]) == 4 else first // 100 * 100 + int(g["y2"])
    if last <= first:
        return None
    return (*days_bounds(date(first, 1, 1), date(last, 12, 31), c.tz), "year")


@rule("part_of_year", rf"\b(?:(?:[Ii]n|[Dd]uring)\s++)?(?:(?P<part>[Ee]arly|[Ll]ate|[Mm]id)[\s-]?|(?:the\s++)?(?P<edge>[Ss]tart|[Bb]eginning|[Ee]nd|[Mm]iddle)\s++of\s++)(?P<year>{_YEAR})\b", [
    # Thirds of the year, as the annotation guide reads "early August" as the 1st to the 10th.
    ("early 2011", "2011-01-01T00:00", "2011-04-30T23:59", "year"),
    ("in mid-1996", "1996-05-01T00:00", "1996-08-31T23:59", "year"),
    ("late 2023", "2023-09-01T00:00", "2023-12-31T23:59", "year"),
    ("the end of 2023", "2023-09-01T00:00", "2023-12-31T23:59", "year"),
])
def _part_of_year(g: dict, c: Context) -> Reading | None:
    part = (g.get("part") or g["edge"]).lower()
    first_month = {"early": 1, "start": 1, "beginning": 1, "mid": 5, "middle": 5, "late": 9, "end": 9}[part]
    return (*months_bounds(int(g["year"]), first_month, 4, c.tz), "year")


@rule("month_of_year", rf"\b(?:(?:[Ii]n|[Dd]uring|[Ee]arly|[Ll]ate)\s++)?(?:mid-)?(?P<mon>{_MON})\s++(?:of\s++)?"
                       rf"(?:(?P<which>last|this|next)\s++year|of\s++(?P<year>{_YEAR}))\b", [
    ("in March of last year", "2024-03-01T00:00", "2024-03-31T23:59", "month"),
    ("in March of this year", "2025-03-01T00:00", "2025-03-31T23:59", "month"),
    ("in March last year", "2024-03-01T00:00", "2024-03-31T23:59", "month"),
    ("February of 2019", "2019-02-01T00:00", "2019-02-28T23:59", "month"),
    ("in January next year", "2026-01-01T00:00", "2026-01-31T23:59", "month"),
])
def _month_of_year(g: dict, c: Context) -> Reading | None:
    if "year" in g:
        year = int(g["year"])
    else:
        year = c.today.year + {"last": -1, "this": 0, "next": 1}[g["which"]]
    return (*month_bounds(year, month_number(g["mon"]), c.tz), "month")


@rule("month_year", rf"\b(?:(?:[Ii]n|[Dd]uring|[Bb]y|[Ee]arly|[Ll]ate)\s++)?(?:mid-)?(?P<mon>{_MON})\s++(?P<year>{_YEAR})\b", [
    ("in May 2024", "2024-05-01T00:00", "2024-05-31T23:59", "month"),
    ("early Dec. 2023", "2023-12-01T00:00", "2023-12-31T23:59", "month"),
])
def _month_year(g: dict, c: Context) -> Reading | None:
    return (*month_bounds(int(g["year"]), month_number(g["mon"]), c.tz), "month")


@rule("last_month_name", rf"\b[Ll]ast\s++(?P<mon>{_FULL_MONTH})\b(?!\s*+\d)", [
    ("last June", "2024-06-01T00:00", "2024-06-30T23:59", "month", "2025-05-20"),
    ("last June", "2025-06-01T00:00", "2025-06-30T23:59", "month"),
    ("last July", "2024-07-01T00:00", "2024-07-31T23:59", "month"),  # the month under way is "this July"
])
def _last_month_name(g: dict, c: Context) -> Reading | None:
    month = month_number(g["mon"])
    year = c.today.year if month < c.today.month else c.today.year - 1
    return (*month_bounds(year, month, c.tz), "month")


@rule("in_month", rf"\b(?:[Ii]n|[Dd]uring|[Ee]arlier in|[Ee]arly|[Ll]ate|[Aa]s early as|[Bb]y)\s++(?:mid-)?(?P<mon>{_MON})\b(?!\s++\d)", [
    ("in mid-June", "2025-06-01T00:00", "2025-06-30T23:59", "month"),
    ("in March", "2025-03-01T00:00", "2025-03-31T23:59", "month"),
    ("in August", "2025-08-01T00:00", "2025-08-31T23:59", "month"),   # up to two months ahead
    ("in October", "2024-10-01T00:00", "2024-10-31T23:59", "month"),  # further ahead: last year's
    ("as early as October", "2025-10-01T00:00", "2025-10-31T23:59", "month"),
    ("elections will be held [in October]", "2025-10-01T00:00", "2025-10-31T23:59", "month"),
    ("the vote is due to take place [in June]", "2026-06-01T00:00", "2026-06-30T23:59", "month"),
])
def _in_month(g: dict, c: Context) -> Reading | None:
    month = month_number(g["mon"])
    if c.phrase.lower().startswith(("as early as", "by")):
        return (*month_bounds(c.today.year, month, c.tz), "month")
    return (*month_bounds(_infer_month_year(month, c), month, c.tz), "month")


@rule("in_year", rf"\b(?:[Ii]n|[Dd]uring)\s++(?P<year>{_YEAR})\b", [
    ("in 2015", "2015-01-01T00:00", "2015-12-31T23:59", "year"),
])
def _in_year(g: dict, c: Context) -> Reading | None:
    return (*year_bounds(int(g["year"]), c.tz), "year")


@rule("next_weekday", rf"\b(?:[Nn]ext|(?:[Tt]his\s++)?[Cc]oming)\s++(?P<wd>{_WD})(?:\s++(?P<part>{_PART}))?(?:(?P<clock>{_AT})(?!\w)|\b)", [
    ("next Monday", "2025-07-07T00:00", "2025-07-07T23:59", "day"),
    ("this coming Friday", "2025-07-11T00:00", "2025-07-11T23:59", "day"),
    ("next Tuesday evening", "2025-07-08T18:00", "2025-07-08T23:59", "part_of_day"),
])
def _next_weekday(g: dict, c: Context) -> Reading | None:
    return _with_detail(weekday_after(c.today, WEEKDAYS.index(g["wd"].lower())), g, c)


@rule("weekday", rf"\b(?:(?:[Oo]n|[Ll]ast|[Tt]his|[Ee]arly|[Ll]ate)\s++)?(?P<wd>{_WD})(?:\s++(?P<part>{_PART}))?(?:(?P<clock>{_AT})(?!\w)|\b)", [
    ("On Thursday", "2025-07-03T00:00", "2025-07-03T23:59", "day"),
    ("on Friday", "2025-07-04T00:00", "2025-07-04T23:59", "day"),      # the publication day itself
    ("last Friday", "2025-06-27T00:00", "2025-06-27T23:59", "day"),
    ("Monday evening", "2025-06-30T18:00", "2025-06-30T23:59", "part_of_day"),
    ("Tuesday at 21:40", "2025-07-01T21:40", "2025-07-01T21:40", "minute"),
    # "p.m." ends in a full stop, where no word boundary follows: once read as 9:15 in the morning
    ("drones struck [on Thursday at 9:15 p.m.], killing four", "2025-07-03T21:15", "2025-07-03T21:15", "minute"),
    ("the leaders will meet [on Saturday]", "2025-07-12T00:00", "2025-07-12T23:59", "day", "2025-07-11"),
    ("the vote is scheduled to take place [Friday]", "2025-07-11T00:00", "2025-07-11T23:59", "day"),
    ("the report is due to be published [on Monday]", "2025-07-07T00:00", "2025-07-07T23:59", "day"),
    ("the ministry said it would brief envoys [on Tuesday]", "2025-07-08T00:00", "2025-07-08T23:59", "day"),
    ("shares fell before [Friday]'s announcement", "2025-07-04T00:00", "2025-07-04T23:59", "day"),
    ("markets rose ahead of [Wednesday]'s vote", "2025-07-02T00:00", "2025-07-02T23:59", "day"),
])
def _weekday(g: dict, c: Context) -> Reading | None:
    strictly = c.phrase.lower().startswith("last ")
    return _with_detail(_weekday_as_meant(WEEKDAYS.index(g["wd"].lower()), c, strictly), g, c)


@rule("tomorrow", rf"\b(?P<rel>the day after tomorrow|tomorrow)(?:\s++(?P<part>{_PART}))?(?:(?P<clock>{_AT})(?!\w)|\b)", [
    ("tomorrow", "2025-07-05T00:00", "2025-07-05T23:59", "day"),
    ("tomorrow morning", "2025-07-05T06:00", "2025-07-05T12:00", "part_of_day"),
    ("the day after tomorrow", "2025-07-06T00:00", "2025-07-06T23:59", "day"),
], ignore_case=True)
def _tomorrow(g: dict, c: Context) -> Reading | None:
    return _with_detail(c.today + timedelta(days=2 if g["rel"].lower().startswith("the day") else 1), g, c)


# "late yesterday", "early today": that day's evening, or its first half, as "late on Thursday" is.
@rule("late_early_relative", rf"\b(?P<side>late|early)\s++(?P<rel>yesterday|today)\b(?!\s++(?:{_PART}|at\b))", [
    ("late yesterday", "2025-07-03T18:00", "2025-07-03T23:59", "part_of_day"),
    ("early today", "2025-07-04T00:00", "2025-07-04T12:00", "part_of_day"),
], ignore_case=True)
def _late_early_relative(g: dict, c: Context) -> Reading | None:
    day = c.today - timedelta(days=1 if g["rel"].lower() == "yesterday" else 0)
    return _late_or_early(day, g["side"].lower() == "late", c)


@rule("relative_day", rf"\b(?P<rel>last night|overnight|tonight|earlier today|today|this (?:morning|afternoon|evening)|yesterday|the day before yesterday)(?:\s++(?P<part>{_PART}))?(?:(?P<clock>{_AT})(?!\w)|\b)", [
    ("last night", "2025-07-03T18:00", "2025-07-04T06:00", "part_of_day"),
    ("overnight", "2025-07-03T18:00", "2025-07-04T06:00", "part_of_day"),
    ("tonight", "2025-07-04T18:00", "2025-07-05T06:00", "part_of_day"),
    ("this morning", "2025-07-04T06:00", "2025-07-04T12:00", "part_of_day"),
    ("today", "2025-07-04T00:00", "2025-07-04T23:59", "day"),
    ("yesterday evening", "2025-07-03T18:00", "2025-07-03T23:59", "part_of_day"),
    ("yesterday at 9pm", "2025-07-03T21:00", "2025-07-03T21:00", "hour"),
    ("the day before yesterday", "2025-07-02T00:00", "2025-07-02T23:59", "day"),
], ignore_case=True)
def _relative_day(g: dict, c: Context) -> Reading | None:
    rel = g["rel"].lower()
    if rel in ("last night", "overnight"):
        return _night(c.today - timedelta(days=1), c)
    if rel == "tonight":
        return _night(c.today, c)
    if rel.startswith("this "):
        return (*part_bounds(c.today, rel.split()[1], c.tz), "part_of_day")
    offset = {"yesterday": 1, "the day before yesterday": 2}.get(rel, 0)
    return _with_detail(c.today - timedelta(days=offset), g, c)


@rule("ago", rf"\b(?P<n>{_NUM})\s++(?P<unit>day|week|month|year)s?\s++ago\b", [
    ("three days ago", "2025-07-01T00:00", "2025-07-01T23:59", "day"),
    ("two weeks ago", "2025-06-16T00:00", "2025-06-22T23:59", "week"),
    ("a month ago", "2025-06-01T00:00", "2025-06-30T23:59", "month"),
    ("two years ago", "2023-01-01T00:00", "2023-12-31T23:59", "year"),
], ignore_case=True)
def _ago(g: dict, c: Context) -> Reading | None:
    count = count_of(g["n"])
    unit = g["unit"].lower()
    today = c.today
    if unit == "day":
        return (*day_bounds(today - timedelta(days=count), c.tz), "day")
    if unit == "week":
        return (*week_bounds(today - timedelta(days=today.weekday() + 7 * count), c.tz), "week")
    if unit == "month":
        return (*month_bounds(*shift_month(today.year, today.month, -count), c.tz), "month")
    return (*year_bounds(today.year - count, c.tz), "year")


@rule("counted_from_anchor", rf"\b(?:(?P<n>{_NUM}|several|a few)\s++(?P<unit>day|week|month|year)s?\s++(?P<dir>earlier|later|before|after)|(?:the|that)\s++(?P<rel>following|next|previous|same)\s++(?P<relunit>day|week|month|year|night|evening|morning|afternoon)|the\s++day\s++(?P<daybefore>before)(?![\s\w])"
                            # "at around the same time": the very time of the event told before
                            # (not bare "At the same time, the minister said …": a turn of the argument)
                            r"|(?:at\s++)?(?:around|about|roughly|much|nearly|almost)\s++the\s++(?P<sametime>same\s++time)\b"
                            # "Hours later, fighters raided …": after the event told before, within half a day
                            r"|(?P<soonafter>(?:(?:a\s++few|several)\s++)?(?:hours|minutes|moments)\s++later)\b"
                            # "gunships fired on the attackers that night", "later that evening": that part of the day
                            # of the event told before (not "that day", which as often names a day told further
                            # back: it cost a blind set four wrong merges); not "that" opening what was said
                            # ("announced that night curfews would …"), where a word no time phrase is followed by
                            # comes next
                            r"|(?:(?:later|earlier)\s++)?\bthat\s++(?P<thatunit>night|evening|morning|afternoon)\b"
                            r"(?![-'’])(?!\s++(?:in|of)\s++(?:\d{4}|january|february|march|april|may|june|july|august"
                            r"|september|october|november|december)\b)"  # "recalled that night in March 2022"
                            r"(?!\s++(?!(?:the|a|an|he|she|they|it|we|in|on|at|near|by|to|from|with|and|but|when"
                            r"|as|after|before|while|until|around|about|local|there|his|her|their|its|of|for|one|two"
                            r"|three|four|five|six|seven|eight|nine|ten|some|several|more)\b)"
                            r"(?-i:[a-z]++)(?<!ed)(?<!ing)(?<!ly)\b))", [
    # No anchor but the publication: counted from it, as the annotation guide counts from an anchor.
    ("a year earlier", "2024-01-01T00:00", "2024-12-31T23:59", "year"),
    ("three days earlier", "2025-07-01T00:00", "2025-07-01T23:59", "day"),
    ("the talks will resume [two weeks later]", "2025-07-14T00:00", "2025-07-20T23:59", "week"),
    ("the vote will be held [the following day]", "2025-07-05T00:00", "2025-07-05T23:59", "day"),
    # Counted forward from an anchor the text gave earlier: past-tense reporting cannot mean a day
    # after publication, so without a future cue there is no time.
    ("he returned [three years later]", None, None, None),
    ("the following day", None, None, None),
    ("the previous day", "2025-07-03T00:00", "2025-07-03T23:59", "day"),
    ("a few days earlier", None, None, None),  # no count, no day
    # "The same day, a delegation held talks": the day of the event told before, not of publication.
    ("the same day", None, None, None),
    # "during the same night", "the following morning": a part of the day of the event told before
    ("struck a police station [the same night]", None, None, None),
    ("the following morning", None, None, None),
    ("[at around the same time], a gunship fired rockets", None, None, None),
    ("[Hours later], fighters raided army positions", None, None, None),
    ("gunships fired on the attackers [that night]", None, None, None),
    ("[Later that evening], the governor imposed a curfew", None, None, None),
], ignore_case=True)
def _counted_from_anchor(g: dict, c: Context) -> Reading | None:
    if "sametime" in g or "soonafter" in g or "thatunit" in g:
        return None  # the very time of the event told before (timeattach.counted_from)
    if "relunit" in g:
        unit = g["relunit"].lower()
        count = {"following": 1, "next": 1, "previous": -1, "same": 0}[g["rel"].lower()]
        if count == 0 and unit == "day" or unit in PARTS_OF_DAY:
            return None  # counted from the event told before it (timeattach.counted_from)
    elif "daybefore" in g:
        unit, count = "day", -1
    else:
        if g["n"].lower() in ("several", "a few"):
            return None
        unit = g["unit"].lower()
        count = count_of(g["n"]) * (-1 if g["dir"].lower() in ("earlier", "before") else 1)
    if count > 0 and not c.future:
        return None
    today = c.today
    if unit == "day":
        return (*day_bounds(today + timedelta(days=count), c.tz), "day")
    if unit == "week":
        return (*week_bounds(today - timedelta(days=today.weekday()) + timedelta(days=7 * count), c.tz), "week")
    if unit == "month":
        return (*month_bounds(*shift_month(today.year, today.month, count), c.tz), "month")
    return (*year_bounds(today.year + count, c.tz), "year")


@rule("next_period", r"\b(?P<rel>next (?:week|weekend|month|year)|(?:the|this) coming (?:week|month|year)|later (?:this|in the) (?:week|month|year))\b", [
    ("next week", "2025-07-07T00:00", "2025-07-13T23:59", "week"),
    ("next weekend", "2025-07-12T00:00", "2025-07-13T23:59", "week"),
    ("next month", "2025-08-01T00:00", "2025-08-31T23:59", "month"),
    ("next year", "2026-01-01T00:00", "2026-12-31T23:59", "year"),
    ("later this week", "2025-07-05T00:00", "2025-07-06T23:59", "week"),
    ("later this month", "2025-07-05T00:00", "2025-07-31T23:59", "month"),
    ("later this year", "2025-07-05T00:00", "2025-12-31T23:59", "year"),
    ("later this week", None, None, None, "2025-07-06"),  # published on a Sunday: no days left
], ignore_case=True)
def _next_period(g: dict, c: Context) -> Reading | None:
    rel, today, tz = g["rel"].lower(), c.today, c.tz
    unit = rel.split()[-1]
    monday = today - timedelta(days=today.weekday())
    if rel.startswith("later"):
        # The day after publication to the end of the week, month or year (annotation guide).
        tomorrow = today + timedelta(days=1)
        last = {"week": monday + timedelta(days=6), "month": date(today.year, today.month, 1) + timedelta(days=31),
                "year": date(today.year, 12, 31)}[unit]
        if unit == "month":
            last = last.replace(day=1) - timedelta(days=1)
        return (*days_bounds(tomorrow, last, tz), unit) if tomorrow <= last else None
    if unit == "week":
        return (*week_bounds(monday + timedelta(days=7), tz), "week")
    if unit == "weekend":
        saturday = monday + timedelta(days=12)
        return (*days_bounds(saturday, saturday + timedelta(days=1), tz), "week")
    if unit == "month":
        return (*month_bounds(*shift_month(today.year, today.month, 1), tz), "month")
    return (*year_bounds(today.year + 1, tz), "year")


@rule("week", r"\b(?P<rel>earlier (?:in|this) the week|earlier (?:this|in the) week|earlier this week|this week|last week|the previous week|the past week|last weekend|this weekend|over the weekend|at the weekend|earlier this month|this month|last month|earlier this year|this year|last year)\b", [
    ("earlier in the week", "2025-06-30T00:00", "2025-07-03T23:59", "week"),
    ("this week", "2025-06-30T00:00", "2025-07-04T23:59", "week"),
    ("last week", "2025-06-23T00:00", "2025-06-29T23:59", "week"),
    ("the past week", "2025-06-27T00:00", "2025-07-04T23:59", "week"),
    ("over the weekend", "2025-06-28T00:00", "2025-06-29T23:59", "week"),
    ("last weekend", "2025-06-28T00:00", "2025-06-29T23:59", "week"),
    ("this weekend", "2025-07-05T00:00", "2025-07-06T23:59", "week"),
    ("this weekend", "2025-07-05T00:00", "2025-07-06T23:59", "week", "2025-07-06"),
    ("earlier this month", "2025-07-01T00:00", "2025-07-03T23:59", "month"),
    ("this month", "2025-07-01T00:00", "2025-07-31T23:59", "month"),
    ("last month", "2025-06-01T00:00", "2025-06-30T23:59", "month"),
    ("earlier this year", "2025-01-01T00:00", "2025-07-04T23:59", "year"),
    ("this year", "2025-01-01T00:00", "2025-12-31T23:59", "year"),
    ("last year", "2024-01-01T00:00", "2024-12-31T23:59", "year"),
], ignore_case=True)
def _relative_period(g: dict, c: Context) -> Reading | None:
    rel, today, tz = g["rel"].lower(), c.today, c.tz
    monday = today - timedelta(days=today.weekday())
    if rel == "this week":
        return (*days_bounds(monday, today, tz), "week")
    if rel.startswith("earlier"):
        if rel.endswith("month"):
            first = today.replace(day=1)
            return (*days_bounds(first, max(first, today - timedelta(days=1)), tz), "month")
        if rel.endswith("year"):
            return (*days_bounds(today.replace(month=1, day=1), today, tz), "year")
        # Earlier in the week: Monday of this week to the day before publication.
        return (*days_bounds(monday, max(monday, today - timedelta(days=1)), tz), "week")
    if rel in ("last week", "the previous week"):
        return (*week_bounds(monday - timedelta(days=7), tz), "week")
    if rel == "the past week":
        return (*days_bounds(today - timedelta(days=7), today, tz), "week")
    if rel.endswith("weekend"):
        # The weekend before publication, or the one under way when published on Saturday or Sunday.
        saturday = monday + timedelta(days=5)
        if rel == "this weekend":  # the Saturday and Sunday of this week, in either tense (guide)
            return (*days_bounds(saturday, saturday + timedelta(days=1), tz), "week")
        if saturday > today or rel == "last weekend":
            saturday -= timedelta(days=7)
        return (*days_bounds(saturday, saturday + timedelta(days=1), tz), "week")
    if rel == "this month":
        return (*month_bounds(today.year, today.month, tz), "month")
    if rel == "last month":
        return (*month_bounds(*shift_month(today.year, today.month, -1), tz), "month")
    if rel == "this year":
        return (*year_bounds(today.year, tz), "year")
    if rel == "last year":
        return (*year_bounds(today.year - 1, tz), "year")
    return None


# Seasons of the northern hemisphere by meteorological months: spring March-May and so on.
_SEASON_START = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12}


@rule("season", rf"\b(?:(?P<rel>[Ll]ast|[Tt]his|[Nn]ext|[Ee]arlier this|[Ll]ater this)\s++(?P<season>{_SEASON})|(?:(?:[Ii]n|[Dd]uring)\s++)?(?:the\s++)?(?P<season2>{_SEASON})\s++(?:of\s++)?(?P<year>{_YEAR}))\b", [
    ("last summer", "2024-06-01T00:00", "2024-08-31T23:59", "month"),
    ("last summer", "2025-06-01T00:00", "2025-08-31T23:59", "month", "2025-10-02"),
    ("this summer", "2025-06-01T00:00", "2025-08-31T23:59", "month"),
    ("last winter", "2024-12-01T00:00", "2025-02-28T23:59", "month"),
    ("next spring", "2026-03-01T00:00", "2026-05-31T23:59", "month"),
    ("in the summer of 2019", "2019-06-01T00:00", "2019-08-31T23:59", "month"),
    ("winter 2019", "2018-12-01T00:00", "2020-02-29T23:59", "year"),  # either winter touching 2019
])
def _season(g: dict, c: Context) -> Reading | None:
    if "year" in g:
        season = g["season2"].lower()
        year = int(g["year"])
        if season == "winter":
            return (*months_bounds(year - 1, 12, 15, c.tz), "year")
        return (*months_bounds(year, _SEASON_START[season], 3, c.tz), "month")
    season, rel = g["season"].lower(), g["rel"].lower()
    first = _SEASON_START[season]
    # Each instance of the season as (year, month) of its first month, around publication.
    starts = [(y, first) for y in range(c.today.year - 2, c.today.year + 2)]
    index = c.today.year * 12 + c.today.month - 1
    def begins(start): return start[0] * 12 + start[1] - 1
    current = [s for s in starts if begins(s) <= index < begins(s) + 3]
    if rel == "last":
        chosen = max(s for s in starts if begins(s) + 3 <= index)
    elif rel == "next":
        chosen = min(s for s in starts if begins(s) > index)
    else:  # this (earlier/later this): the one under way, else the one in this calendar year
        chosen = current[0] if current else (c.today.year, first)
    return (*months_bounds(chosen[0], chosen[1], 3, c.tz), "month")


@rule("bare_month", r"\b(?P<mon>January|February|March|April|June|July|August|September|October|November|December)\b(?!\s*+[\d-]|\s++[A-Z])", [
    # After every dated rule: a month on its own ("through June", "June's vote"); May is a verb and a
    # name, and "April Smith" is a person.
    ("through [June]", "2025-06-01T00:00", "2025-06-30T23:59", "month"),
    ("[June]'s election", "2025-06-01T00:00", "2025-06-30T23:59", "month"),
    ("the truce lasts until [October]", "2025-10-01T00:00", "2025-10-31T23:59", "month"),
])
def _bare_month(g: dict, c: Context) -> Reading | None:
    month = month_number(g["mon"])
    return (*month_bounds(_infer_month_year(month, c), month, c.tz), "month")


@rule("clock", rf"\b(?:at|around|about|shortly after|shortly before|just after|just before|by)\s++(?P<clock>{_CLOCK})"
      rf"(?:{_TOLD_TWICE})?", [
    ("at 9pm", "2025-07-04T21:00", "2025-07-04T21:00", "hour"),
    # the examples' zone is UTC+3: 09:00 GMT is noon there, whatever "local" was
    ("announced the operation [at 1 p.m. local time (0900 GMT)]", "2025-07-04T12:00", "2025-07-04T12:00", "minute"),
    ("took effect [at 1 p.m. local time, or 5 a.m. Eastern]", "2025-07-04T12:00", "2025-07-04T12:00", "hour"),
    ("[at 1 a.m. local time (2200 GMT)]", "2025-07-04T01:00", "2025-07-04T01:00", "minute"),
    ("around 3 a.m.", "2025-07-04T03:00", "2025-07-04T03:00", "hour"),
    ("shortly after 21:40", "2025-07-04T21:40", "2025-07-04T21:40", "minute"),
    ("at noon", "2025-07-04T12:00", "2025-07-04T12:00", "hour"),
    # read in GMT, shown in the examples' zone (UTC+3)
    ("strikes were reported [about 2300 GMT]", "2025-07-05T02:00", "2025-07-05T02:00", "minute"),
], ignore_case=True)
def _clock_today(g: dict, c: Context) -> Reading | None:
    return _told_clock(c.today, g, c) if "told_clock" in g else at_clock(c.today, g["clock"], c.tz)
