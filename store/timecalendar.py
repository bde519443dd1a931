"""Calendar arithmetic for time windows: the bounds of a day, part of a day, week, month, quarter and
year as time-zone-aware datetimes, and the reading of clock times ("9pm", "21:40", "3 a.m.", "noon").

Shared by the time rules (store/timerules.py) and by dates typed by a person (store/timewords.py).
"""

from __future__ import annotations

import re
from datetime import date, datetime, time, timedelta, tzinfo
from zoneinfo import ZoneInfo

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september",
          "october", "november", "december")
MONTH_ABBR = {"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
              "sept": 9, "oct": 10, "nov": 11, "dec": 12}
NUMBER_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
                "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12}
ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}
# Hours of each part of the day: (start hour, end hour); night runs past midnight.
PARTS_OF_DAY = {"morning": (6, 12), "afternoon": (12, 18), "evening": (18, 24), "night": (18, 30),
                "overnight": (18, 30)}
# Zones a clock may name; the clock is then read in that zone and shown in the place's own.
CLOCK_ZONES = {"gmt": "UTC", "utc": "UTC", "z": "UTC"}
# names of zones that are no place ("Eastern time" in American news is New York's)
ZONE_WORDS = {"Eastern": "America/New_York", "Central": "America/Chicago", "Mountain": "America/Denver",
              "Pacific": "America/Los_Angeles", "Central European": "Europe/Paris",
              "Eastern European": "Europe/Helsinki", "Western European": "Europe/Lisbon"}

Bounds = tuple[datetime, datetime]


def day_bounds(day: date, tz: tzinfo) -> Bounds:
    return (datetime.combine(day, time(0, 0), tz), datetime.combine(day, time(23, 59, 59), tz))


def days_bounds(first: date, last: date, tz: tzinfo) -> Bounds:
    return day_bounds(first, tz)[0], day_bounds(last, tz)[1]


def part_bounds(day: date, part: str, tz: tzinfo) -> Bounds:
    first, last = PARTS_OF_DAY[part]
    start = datetime.combine(day, time(0, 0), tz) + timedelta(hours=first)
    end = datetime.combine(day, time(0, 0), tz) + timedelta(hours=last)
    if last == 24:
        end -= timedelta(seconds=1)
    return start.replace(tzinfo=tz), end.replace(tzinfo=tz)


def week_bounds(monday: date, tz: tzinfo) -> Bounds:
    return days_bounds(monday, monday + timedelta(days=6), tz)


def month_last_day(year: int, month: int) -> date:
    return date(year + (month == 12), month % 12 + 1, 1) - timedelta(days=1)


def month_bounds(year: int, month: int, tz: tzinfo) -> Bounds:
    return days_bounds(date(year, month, 1), month_last_day(year, month), tz)


def months_bounds(year: int, first_month: int, months: int, tz: tzinfo) -> Bounds:
    """From the 1st of first_month for that many months (a quarter, a season); months may run into the
    next year."""
    last_index = year * 12 + first_month - 1 + months - 1
    return days_bounds(date(year, first_month, 1), month_last_day(last_index // 12, last_index % 12 + 1), tz)


def year_bounds(year: int, tz: tzinfo) -> Bounds:
    return days_bounds(date(year, 1, 1), date(year, 12, 31), tz)


def shift_month(year: int, month: int, by: int) -> tuple[int, int]:
    index = year * 12 + month - 1 + by
    return index // 12, index % 12 + 1


def month_number(name: str) -> int:
    key = name.lower().rstrip(".")
    if key in MONTH_ABBR:
        return MONTH_ABBR[key]
    return MONTHS.index(key) + 1


def count_of(word: str) -> int:
    return NUMBER_WORDS.get(word.lower()) or int(word)


def weekday_on_or_before(base: date, weekday: int, strictly_before: bool = False) -> date:
    back = (base.weekday() - weekday) % 7
    if back == 0 and strictly_before:
        back = 7
    return base - timedelta(days=back)


def weekday_after(base: date, weekday: int) -> date:
    """The coming such weekday, strictly after base ("will meet on Friday" said on a Friday: next week)."""
    ahead = (weekday - base.weekday()) % 7 or 7
    return base + timedelta(days=ahead)


def clock(text: str) -> tuple[int, int, bool] | None:
    """(hour, minute, minute_given) from '9pm', '21:40', '3 a.m.', 'noon', '2300 GMT'."""
    text = text.lower().strip()
    text = re.sub(r"^(?:,|\s|at|around|about|shortly after|shortly before|just after|just before|by)+", "", text).strip()
    if text == "noon":
        return 12, 0, False
    if text == "midnight":
        return 0, 0, False
    # "2300 GMT", as wire copy gives it (the rules read four figures only with the zone, which may stand apart)
    wire = re.match(r"([01]\d|2[0-3])([0-5]\d)(?:\s*(?:gmt|utc)\b|$)", text)
    if wire:
        return int(wire.group(1)), int(wire.group(2)), True
    match = re.match(r"(\d{1,2})(?:[:.](\d{2}))?\s*(a\.?m\.?|p\.?m\.?)?", text)
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


def at_clock(day: date, clock_text: str, tz: tzinfo, clock_zone: str | None = None) -> tuple[datetime, datetime, str] | None:
    """The instant of a clock time on a day, in tz; read in clock_zone ("GMT") when the text names one."""
    parsed = clock(clock_text)
    if parsed is None:
        return None
    hour, minute, minute_given = parsed
    if clock_zone is None:
        named = re.search(r"\b(GMT|UTC)\b", clock_text, re.IGNORECASE)
        clock_zone = named.group(1) if named else None
    if clock_zone and clock_zone.lower() in CLOCK_ZONES:
        moment = datetime.combine(day, time(hour, minute), ZoneInfo(CLOCK_ZONES[clock_zone.lower()])).astimezone(tz)
    else:
        moment = datetime.combine(day, time(hour, minute), tz)
    return moment, moment, "minute" if minute_given else "hour"


def part_of_day_name(start: datetime, end: datetime) -> str:
    """What a part-of-day window is called: 'night' when it runs past midnight, else the part its middle
    falls in ("early on Wednesday", 00:00–12:00, is its morning; 00:00–06:00, its night)."""
    if end.date() > start.date():
        return "night"
    hour = (start + (end - start) / 2).hour
    if hour < 6:
        return "night"
    if hour < 12:
        return "morning"
    return "afternoon" if hour < 18 else "evening"
