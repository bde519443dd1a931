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

from .timecalendar import (WEEKDAYS, Bounds, at_clock, count_of, day_bounds, days_bounds, month_bounds,
                           month_number, part_bounds, shift_month, week_bounds, weekday_on_or_before,
                           year_bounds)

Reading = tuple[datetime, datetime, str]  # start, end, precision

# The publication moment the examples are read against: a Friday.
EXAMPLE_PUBLISHED = datetime(2025, 7, 4, 12, 0, tzinfo=ZoneInfo("Europe/Kyiv"))

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


def _infer_year(month: int, day: int, base: date) -> int:
    """A date written without a year is in the publication year, unless that puts it far in the future."""
    try:
        candidate = date(base.year, month, day)
    except ValueError:
        return base.year
    return base.year - 1 if candidate - base > timedelta(days=60) else base.year


def _with_detail(day: date, g: dict, c: Context) -> Reading:
    """A day, narrowed by a clock time or a part of the day when the phrase gives one."""
    if "clock" in g:
        reading = at_clock(day, g["clock"], c.tz)
        if reading:
            return reading
    if "part" in g:
        return (*part_bounds(day, g["part"].lower(), c.tz), "part_of_day")
    return (*day_bounds(day, c.tz), "day")


def _night(day: date, c: Context) -> Reading:
    return (*part_bounds(day, "night", c.tz), "part_of_day")


# ----- the rules, most specific first -------------------------------------------------------------------


@rule("night_into", rf"\b(?:[Oo]vernight|(?:[Dd]uring |[Oo]n )?the night)\s++(?:into|to|before)\s++(?:on\s++)?(?P<wd>{_WD})\b", [
    ("overnight into Friday", "2025-07-03T18:00", "2025-07-04T06:00", "part_of_day"),
    ("during the night to Thursday", "2025-07-02T18:00", "2025-07-03T06:00", "part_of_day"),
])
def _night_into(g: dict, c: Context) -> Reading | None:
    return _night(weekday_on_or_before(c.today, WEEKDAYS.index(g["wd"].lower())) - timedelta(days=1), c)


def _night_of(g: dict, c: Context) -> Reading | None:
    month = month_number(g["mon"])
    first = int(g["d1"])
    year = int(g["year"]) if "year" in g else _infer_year(month, first, c.today)
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


def _explicit_date(g: dict, c: Context) -> Reading | None:
    """A calendar date the pattern isolated; None for a day the month lacks.

    (Handing "31 June 2025" to dateparser gave the same answers at a millisecond a date: an article
    naming thousands of dates spent most of its extraction there.)"""
    month = month_number(g["mon"])
    day_number = int(re.match(r"\d+", g["day"]).group(0))
    year = int(g["year"]) if "year" in g else _infer_year(month, day_number, c.today)
    return _with_detail(date(year, month, day_number), g, c)


rule("date_dmy", rf"\b(?:[Oo]n\s++)?(?:(?P<wd>{_WD}),?\s++)?(?:the\s++)?(?P<day>{_DAYNUM})(?:\s++of)?\s++(?P<mon>{_MON})(?:,?\s++(?P<year>{_YEAR}))?(?P<clock>{_AT})?(?![\w-])", [
    ("on 3 July 2025", "2025-07-03T00:00", "2025-07-03T23:59", "day"),
    ("the 4th of July", "2025-07-04T00:00", "2025-07-04T23:59", "day"),
    ("3 July 2025 at 9pm", "2025-07-03T21:00", "2025-07-03T21:00", "hour"),
    ("on 12 September", "2024-09-12T00:00", "2024-09-12T23:59", "day"),  # over 60 days ahead: last year
    ("on 31 June", None, None, None),
])(_explicit_date)
rule("date_mdy", rf"\b(?:[Oo]n\s++)?(?:(?P<wd>{_WD}),?\s++)?(?P<mon>{_MON})\s++(?P<day>{_DAYNUM})(?:,?\s++(?P<year>{_YEAR}))?(?P<clock>{_AT})?(?![\w-])", [
    ("July 3, 2025 at 9pm", "2025-07-03T21:00", "2025-07-03T21:00", "hour"),
    ("on Thursday, July 3", "2025-07-03T00:00", "2025-07-03T23:59", "day"),
    ("Sept. 1 at 10:30 a.m.", "2025-09-01T10:30", "2025-09-01T10:30", "minute"),
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


@rule("month_year", rf"\b(?:(?:[Ii]n|[Dd]uring|[Bb]y|[Ee]arly|[Ll]ate)\s++)?(?:mid-)?(?P<mon>{_MON})\s++(?P<year>{_YEAR})\b", [
    ("in May 2024", "2024-05-01T00:00", "2024-05-31T23:59", "month"),
    ("early Dec. 2023", "2023-12-01T00:00", "2023-12-31T23:59", "month"),
])
def _month_year(g: dict, c: Context) -> Reading | None:
    return (*month_bounds(int(g["year"]), month_number(g["mon"]), c.tz), "month")


@rule("in_month", rf"\b(?:[Ii]n|[Dd]uring|[Ee]arlier in|[Ee]arly|[Ll]ate|[Aa]s early as|[Bb]y)\s++(?:mid-)?(?P<mon>{_MON})\b(?!\s++\d)", [
    ("in mid-June", "2025-06-01T00:00", "2025-06-30T23:59", "month"),
    ("in March", "2025-03-01T00:00", "2025-03-31T23:59", "month"),
    ("in August", "2025-08-01T00:00", "2025-08-31T23:59", "month"),   # up to two months ahead
    ("in October", "2024-10-01T00:00", "2024-10-31T23:59", "month"),  # further ahead: last year's
    ("as early as October", "2025-10-01T00:00", "2025-10-31T23:59", "month"),
])
def _in_month(g: dict, c: Context) -> Reading | None:
    month = month_number(g["mon"])
    year = c.today.year
    if not c.phrase.lower().startswith(("as early as", "by")) and month > c.today.month + 2:
        year -= 1
    return (*month_bounds(year, month, c.tz), "month")


@rule("in_year", rf"\b(?:[Ii]n|[Dd]uring)\s++(?P<year>{_YEAR})\b", [
    ("in 2015", "2015-01-01T00:00", "2015-12-31T23:59", "year"),
])
def _in_year(g: dict, c: Context) -> Reading | None:
    return (*year_bounds(int(g["year"]), c.tz), "year")


@rule("weekday", rf"\b(?:(?:[Oo]n|[Ll]ast|[Tt]his|[Ee]arly|[Ll]ate)\s++)?(?P<wd>{_WD})(?:\s++(?P<part>{_PART}))?(?P<clock>{_AT})?\b", [
    ("On Thursday", "2025-07-03T00:00", "2025-07-03T23:59", "day"),
    ("on Friday", "2025-07-04T00:00", "2025-07-04T23:59", "day"),      # the publication day itself
    ("last Friday", "2025-06-27T00:00", "2025-06-27T23:59", "day"),
    ("Monday evening", "2025-06-30T18:00", "2025-06-30T23:59", "part_of_day"),
    ("Tuesday at 21:40", "2025-07-01T21:40", "2025-07-01T21:40", "minute"),
])
def _weekday(g: dict, c: Context) -> Reading | None:
    strictly = c.phrase.lower().startswith("last ")
    return _with_detail(weekday_on_or_before(c.today, WEEKDAYS.index(g["wd"].lower()), strictly), g, c)


@rule("relative_day", rf"\b(?P<rel>last night|overnight|tonight|earlier today|today|this (?:morning|afternoon|evening)|yesterday|the day before yesterday)(?:\s++(?P<part>{_PART}))?(?P<clock>{_AT})?\b", [
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


@rule("week", r"\b(?P<rel>earlier (?:in|this) the week|earlier (?:this|in the) week|earlier this week|this week|last week|the previous week|the past week|last weekend|this weekend|over the weekend|at the weekend|earlier this month|this month|last month|earlier this year|this year|last year)\b", [
    ("earlier in the week", "2025-06-30T00:00", "2025-07-03T23:59", "week"),
    ("this week", "2025-06-30T00:00", "2025-07-04T23:59", "week"),
    ("last week", "2025-06-23T00:00", "2025-06-29T23:59", "week"),
    ("the past week", "2025-06-27T00:00", "2025-07-04T23:59", "week"),
    ("over the weekend", "2025-06-28T00:00", "2025-06-29T23:59", "week"),
    ("last weekend", "2025-06-28T00:00", "2025-06-29T23:59", "week"),
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


@rule("clock", rf"\b(?:at|around|about|shortly after|shortly before|just after|just before|by)\s++(?P<clock>{_CLOCK})", [
    ("at 9pm", "2025-07-04T21:00", "2025-07-04T21:00", "hour"),
    ("around 3 a.m.", "2025-07-04T03:00", "2025-07-04T03:00", "hour"),
    ("shortly after 21:40", "2025-07-04T21:40", "2025-07-04T21:40", "minute"),
    ("at noon", "2025-07-04T12:00", "2025-07-04T12:00", "hour"),
], ignore_case=True)
def _clock_today(g: dict, c: Context) -> Reading | None:
    return at_clock(c.today, g["clock"], c.tz)
