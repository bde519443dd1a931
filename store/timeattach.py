"""Time phrases given to the cues of a sentence, and each event's window read from its cues: its own
words, else the event it is tied to ("moments after the call"), else its sentence, else unknown.
The phrases themselves are found and resolved by store/timewords.py (rules in store/timerules.py).
"""

from __future__ import annotations

import re
from datetime import datetime, time, timedelta

from .drafts import Cue, Draft
from .reading import ABOUT_SOMEONE, DATELINE, SentenceReading
from .spans import Spans
from .timecalendar import part_bounds, part_of_day_name
from .timewords import Window, in_zone, resolve, unknown_window, zone_told

# "moments after", "hot on the heels of": the event told first happened just before the other.
AFTER = re.compile(r"\b(?:(?:just\s+)?(?:moments|minutes|hours|soon|shortly|right|immediately)\s+after|hot on the heels of|in the wake of|following|after)\b", re.I)


# "said on Wednesday", "told reporters late on Friday", "announced on Monday": the phrase dates the saying
_SAYING_BEFORE = re.compile(r"\b(?:said|says|told(?:\s+[\w-]+){0,2}?|announced|added|stated|confirmed|reported)\s+$")


# "hours before a suicide bomber struck", "a day after": an occurrence told beside another, at a time of its
# own (not "shortly after 11 pm": a clock)
SEQUENCE = re.compile(r"\b(?:hours?|minutes?|days?|moments)\s+(?:before|after)\b(?!\s+(?:\d|noon|midnight|dawn|dusk))",
                      re.I)
# "The Bannu bombing came hours after militants raided a checkpost": what the sentence tells happened just
# before the attack it names, which was told before (and makes no cue of its own here)
CAME_AFTER = re.compile(r"^\W*(?:the|that|this)\s+(?:[\w’'-]+\s+){0,3}?(?:bombing|attack|strike|blast|explosion|raid"
                        r"|shelling|assault)s?\s+(?:came|happened|occurred)\s+(?:just\s+|only\s+)?"
                        r"(?:hours|minutes|moments)\s+after\b", re.I)
# "at around the same time": the time told before, in the sentence or before it
# "at around the same time", "that night": the time of the event told before, unless the sentence named its own
# before it ("On Friday, the task force said an attack that night …": Friday's)
_OF_THE_DAY_TOLD = re.compile(r"(?:at\s+)?\w+\s+the\s+same\s+time|(?:(?:later|earlier)\s+)?that\s+\w+$", re.I)
_COUNTED_FROM_WHAT_FOLLOWS = re.compile(r"\b(?:after|before)$", re.I)


def attach_times(reading: SentenceReading, cues: list[Cue]) -> None:
    """Each cue takes the nearest time phrase outside quotes that no nearer cue took (the first on a tie):
    "sweeping up rubble on Saturday morning after rockets crashed into the town at 11.40 pm on Friday"
    dates the rockets by Friday's clock, the nearer."""
    if not cues:
        return
    text = reading.text
    quoted = Spans(reading.quotes)
    dateline = DATELINE.match(text)
    said_when = None
    pairs = []
    for order, match in enumerate(reading.time_phrases):
        if quoted.contains(match.start) or (dateline and dateline.start() <= match.start < dateline.end()):
            continue
        # "X said Y lived there in August": a statement is dated by its saying, not by what it tells
        able = [c for c in cues if not (c.content and c.content[0] <= match.start < c.content[1])]
        if _SAYING_BEFORE.search(text, max(0, match.start - 30), match.start):
            # "the military said on Wednesday that it had killed … in an overnight strike": the day of the
            # saying, which dates what it tells only when that has no time words of its own
            # (and the decision that announcing is, its own content's time being what it decided)
            able = [c for c in able if c.kind == "statement" or c.kind == "decision" and c.content]
            said_when = said_when or match
        if match.pattern == "counted_from_anchor" and _OF_THE_DAY_TOLD.match(match.text) and any(
                other.end <= match.start and other.pattern != "counted_from_anchor" for other in reading.time_phrases):
            # "On Tuesday evening the army said that at around the same time …": the time the sentence named,
            # not the event's told before; the sentence's own time dates the cues
            continue
        if match.pattern == "counted_from_anchor" and _COUNTED_FROM_WHAT_FOLLOWS.search(match.text):
            # "the blast came a day after militants fired shells late on Friday": the count ties the
            # blast to the shelling, which is not a day after itself
            # ("Two days after the election, rebels shelled the capital": past the comma, the count's own)
            able = [c for c in able if c.position < match.end or "," in text[match.end:c.position]]
        # "closed the schools on Thursday, following a bombing that killed nine": the day before "following" is
        # the closing's, not the bombing's (told in its own clause, which came before)
        # (when a cue before "following" is there to take it: "The army shelled Dolmir on Tuesday, after a drone
        # hit Kresna" is read as one attack, its cue at the drone)
        if any(c.position < match.start for c in able):
            able = [c for c in able if not (match.end <= c.position
                                            and _led_on_between(text, match.end, c.position, reading.time_phrases))]
        # "the drone strike had targeted a commander, whose fate was not known on Saturday": the time of a
        # clause about someone named after the cue is theirs, not the cue's
        able = [c for c in able if not (c.position < match.start and ABOUT_SOMEONE.search(text, c.position, match.start))]
        # "…discussed the border with Anwar Ibrahim, who chairs ASEAN this year, in a phone call": nor is it
        # the time of an event told after that clause
        about = next((m for m in ABOUT_SOMEONE.finditer(text) if m.start() < match.start < m.end()), None)
        if about is not None:
            able = [c for c in able if about.start() <= c.position < about.end()]
        # the phrase closes a clause that holds a cue ("… an air strike on Ariha late on Monday, rejecting Moscow's
        # claim …"): it is that cue's, though one told after the comma is nearer
        closes = any(c.position < match.start and "," not in text[c.position:match.start] for c in able)
        pairs += [(closes and c.position >= match.end and "," in text[match.end:c.position],
                   abs(c.position - match.start), order, rank, match, c) for rank, c in enumerate(able)]
    taken: set[int] = set()
    for _apart, _distance, order, _rank, match, cue in sorted(pairs, key=lambda pair: pair[:4]):
        if cue.time is None and order not in taken:
            cue.time = match
            taken.add(order)
    timed = [c for c in cues if c.time]
    _clock_beside_its_day(reading, timed, taken, quoted)
    if said_when is not None:
        for cue in cues:
            if cue.kind != "statement" and cue.position > said_when.start:
                cue.said_on = said_when  # what it tells counts "overnight" and "yesterday" from the saying's day
        if not timed:
            for cue in cues:
                if cue.after is None:
                    cue.sibling_time = said_when
            return
    for cue in cues:
        if cue.content and timed and cue.content[0] <= timed[0].time.start < cue.content[1]:
            continue
        if cue.time is None and cue.after is None and timed:
            told_beside = SEQUENCE.search(text, min(timed[0].time.start, cue.position),
                                          max(timed[0].time.start, cue.position))
            led_on = _led_on_by(text, timed[0], cue, reading.time_phrases)
            if told_beside is None and led_on:
                # "Petro ordered an offensive on Monday, after a bomb killed four": the bomb came before the
                # order, not on its day for sure
                cue.before = timed[0]
            elif told_beside is None:
                # "Zelensky said on Tuesday he had held a phone call": the call is dated by its sentence
                cue.sibling_time = timed[0].time
            elif told_beside.group(0).lower().endswith("after") and timed[0].position < told_beside.start():
                # "A drone struck a house on Tuesday, hours after militants stormed a checkpoint": the storming
                # came just before the strike, on its day
                cue.after = timed[0]
            # ("…, hours before a suicide bomber struck": its own time, told later, or none)


def _clock_beside_its_day(reading: SentenceReading, timed: list[Cue], taken: set[int], quoted: Spans) -> None:
    """"On Sunday, fresh strikes hit the airport at about 10 p.m.": a bare clock no cue took, in the sentence of
    the one cue dated by its day, says when that day (`_with_clock`); not "by 9 p.m." (a deadline)."""
    if len(timed) != 1:
        return
    cue = timed[0]
    for order, match in enumerate(reading.time_phrases):
        if order not in taken and match.pattern == "clock" and not quoted.contains(match.start) \
                and not match.text.lower().startswith("by") and cue.time.pattern != "clock" \
                and cue.position < match.start and not _CLAUSE_BREAK.search(reading.text, cue.position, match.start):
            # in the cue's own clause: not "…, a spokesman said at 9 a.m.", "hours before a ceasefire was due to
            # start at 6 p.m.", "where the last flight had left at 4 p.m."
            cue.clock = match
            return


_CLAUSE_BREAK = re.compile(r"[,;:()]|\b(?:before|after|when|while|where|which|who|whom|that|and|but|as|until|since"
                           r"|because|said|says|was|were|had|has|have|will|would)\b", re.I)


# "after", "following", "in the wake of", bare: an occurrence that led on to the one the sentence dates
_LED_ON = re.compile(r"(?:,|\band)\s+(?:after|following|in the wake of)\s+(?!(?:\d|noon|midnight|dawn|dusk|an?\s+\w+\s+of\b))", re.I)


def _led_on_by(text: str, timed: Cue, cue: Cue, phrases: list) -> bool:
    """Whether the cue's occurrence is told in an "after" clause of the dated one's sentence ("Petro ordered
    the army on Monday to go on the offensive, after a motorcycle bomb killed four"): it happened before it."""
    return timed.position < cue.position and _led_on_between(text, timed.position, cue.position, phrases)


def _led_on_between(text: str, start: int, end: int, phrases: list) -> bool:
    """Whether an "after" clause begins between start and end and runs on to end, with no time words of its own
    ("after a 2019 attack killed 40", "after a bomb killed four there that morning": theirs, or the day's)."""
    led = None
    for led in _LED_ON.finditer(text, start, end):
        pass
    return led is not None and not re.search(r"[.;:]", text[led.end():end]) \
        and not any(p.start >= led.end() for p in phrases) and not _OWN_TIME.search(text, led.end())


# "that morning", "earlier in the day", "hours earlier": the after clause tells the same day's, as its own words;
# "a 2019 attack": a year of its own
_OWN_TIME = re.compile(r"\b(?:1[89]|20)\d\d\b|\b(?:that|this|the same)\s+(?:morning|afternoon|evening|night|day)\b"
                       r"|\bearlier\s+(?:in\s+the|that|the\s+same)\s+day\b|\b(?:hours|minutes|moments)\s+(?:earlier|before)\b",
                       re.I)


def window(draft: Draft, base: datetime, windows_of_cues: dict[int, Window], zone_name: str | None) -> Window:
    """From the event's own words, else a tie to another event, else its sentence, else unknown.

    Resolved in `zone_name`, the time zone of the event's place (as settled: not the attacker's country a
    strike's words also name) when the gazetteer knows it, else the article's (publication day and hour kept).
    """
    local = in_zone(base, zone_name) if zone_name else base
    # A bare clock ("at about 7:45 p.m.") names no day: a day from the event's other words comes first.
    timed = sorted((c for c in draft.cues if c.time), key=lambda c: c.time.pattern == "clock")
    for cue in timed:
        here = _told_from(cue, base, local)
        if cue.time.pattern == "clock":
            for other in draft.cues:
                day = resolve(other.sibling_time, here) if other.sibling_time is not None else None
                if day is not None:
                    return _with_clock(day, draft, other, here)
        found = resolve(cue.time, said_day(cue, here))
        if found:
            return _refined(_with_clock(found, draft, cue, here), draft, cue, base, local)
    for cue in draft.cues:
        if cue.after is not None:
            other = windows_of_cues.get(id(cue.after))
            if other and other.precision != "unknown":
                day = other.start.date()
                days = _DAYS_AFTER.search(cue.text)
                if days is not None:
                    # "ordered an offensive on Monday, a day after a bomb killed four": the bomb's own day
                    day -= timedelta(days=_COUNTS.get(days["n"].lower()) or int(days["n"]))
                    start = datetime.combine(day, time(0, 0), other.start.tzinfo)
                    return Window(start, datetime.combine(day, time(23, 59, 59), other.start.tzinfo), "day",
                                  days.group(0))
                start = datetime.combine(day, time(0, 0), other.start.tzinfo)
                # "met … on Wednesday, hours after a drone attack": any time that day before it (the meeting told
                # by its day alone: the whole day, not its first instant)
                end = other.end if other.precision == "day" else other.start
                return Window(start, max(start, end), "day", _relation_text(cue))
    for cue in draft.cues:
        if cue.before is not None:
            # the dated cue's own words, whether or not they made an event ("declared a state of emergency")
            other = resolve(cue.before.time, said_day(cue.before, local))
            if other and other.precision in ("day", "part_of_day", "hour", "minute"):
                # the guide's undated background bounded by the text: up to the later event, and news tells
                # what led to it from the days just before (the window for a reaction, read backwards)
                start = datetime.combine(other.start.date() - LED_ON_DAYS, time(0, 0), other.start.tzinfo)
                return Window(start, other.end, "day", _relation_text(cue))
    for cue in draft.cues:
        if cue.sibling_time is not None:
            found = resolve(cue.sibling_time, local)
            if found:
                return found
    return unknown_window(local)


def _told_from(cue: Cue, base: datetime, local: datetime) -> datetime:
    """The moment the cue's time phrase counts from: the publication's, in the zone the phrase names for itself
    ("late on Wednesday Kyiv time"), whatever the place; else in the place's (`local`)."""
    named = zone_told(cue.text, cue.time.start, cue.time.end)
    return in_zone(base, named) if named else local


def _refined(found: Window, draft: Draft, dated: Cue, base: datetime, local: datetime) -> Window:
    """'Putin and Erdogan spoke by phone on Wednesday … The call took place on Wednesday evening Turkish time':
    a later cue telling the part of that same day (in its own zone) says when in it. Calls only: a strike's cues
    may tell that day's other raids ("The first raids on Tuesday hit fuel tanks … Late on Tuesday, aircraft
    returned"), which its night is not."""
    if draft.kind != "call" or found.precision != "day" or found.start.date() != found.end.date():
        return found
    for cue in draft.cues:
        if cue is dated or cue.time is None or cue.time.pattern == "clock":
            continue
        told = resolve(cue.time, said_day(cue, _told_from(cue, base, local)))
        if told is not None and told.precision == "part_of_day" and told.start.date() == found.start.date():
            return told
    return found


LED_ON_DAYS = timedelta(days=3)
_FROM_THE_DAY = frozenset({"relative_day", "clock_day"})  # "overnight", "yesterday", "at 2 a.m. today"


def said_day(cue: Cue, local: datetime) -> datetime:
    """The moment a relative time word of the cue counts from: the day of the saying that tells it ("the
    army said on Wednesday that it had struck overnight", in Friday's paper: the night into Wednesday),
    else the article's."""
    if cue.said_on is None or cue.time is None or cue.time.pattern not in _FROM_THE_DAY:
        return local
    said = resolve(cue.said_on, local)
    if said is None or said.precision not in ("day", "part_of_day", "hour", "minute"):
        return local
    return datetime.combine(said.start.date(), local.timetz())


def _with_clock(found: Window, draft: Draft, dated: Cue, local: datetime) -> Window:
    """'Rockets hit the base on Friday. … the attack took place at about 7:45 p.m.': a bare clock told
    later gives the day's time."""
    if found.precision not in ("day", "part_of_day"):
        return found
    if dated.clock is not None and (on_the_day := _clock_on_the_day(found, resolve(dated.clock, local))):
        return on_the_day
    for cue in draft.cues:
        if cue is dated or cue.time is None:
            continue
        if cue.time.pattern != "clock":
            # "repelled an overnight attack … Three soldiers were killed in the fighting, which began at about
            # 11.40pm on Sunday": a detail's own clock and day, inside the night told first, says when in it
            told = resolve(cue.time, said_day(cue, local))
            if told is not None and told.precision in ("hour", "minute") and found.start <= told.start <= found.end:
                return Window(told.start, told.end, told.precision, told.text)
            continue
        if on_the_day := _clock_on_the_day(found, resolve(cue.time, local)):
            return on_the_day
    return found


def _clock_on_the_day(found: Window, clock: Window | None) -> Window | None:
    """A clock read on the day of `found`, when it falls inside it ("on Friday" and "at about 7:45 p.m.")."""
    if clock is None:
        return None
    day = found.start.date()
    start = datetime.combine(day, clock.start.timetz())
    if not found.start <= start <= found.end:
        return None
    return Window(start, datetime.combine(day, clock.end.timetz()), clock.precision,
                  f"{found.text}, {clock.text}" if found.text else clock.text)


_COUNT = re.compile(r"\b(?:the|that)\s+(?:following|next|(?P<same>same)|(?P<previous>previous))\s+"
                    r"(?P<part>day|night|evening|morning|afternoon)\b"
                    r"|\bthe\s+same\s+(?P<time>time)\b"
                    r"|\b(?P<soon>hours|minutes|moments)\s+later\b"
                    r"|\bthat\s+(?P<that>night|evening|morning|afternoon)\b"
                    r"|\b(?P<n>a|one|two|three|four|five|six|seven|\d+)\s+days?\s+(?P<dir>later|earlier)\b", re.I)
_COUNTS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}
_DAYS_AFTER = re.compile(r"\b(?P<n>a|one|two|three|four|five|six|seven|\d)\s+days?\s+after\b", re.I)


COUNTED_BACK = re.compile(r"\b(?:a|one|two|three|four|five|six|seven|\d+)\s+days?\s+earlier\b", re.I)


def counted_from(draft: Draft, anchor: Window, until: datetime | None = None) -> Window | None:
    """'In a press release issued the following day, the ministry …', 'the same day': counted from the day
    of the event told before it (the guide's anchor), when the publication day could not be its anchor."""
    for cue in draft.cues:
        # a count the sentence gives its event counts too: "Gunmen attacked a checkpoint the following day"
        told = cue.time or cue.sibling_time
        if told is None or told.pattern != "counted_from_anchor":
            continue
        count = _COUNT.search(told.text)
        if count is None:
            continue
        if count["time"]:
            return Window(anchor.start, anchor.end, anchor.precision, told.text)  # "at around the same time"
        if count["soon"]:
            # "Ariha was hit again late on Wednesday … Hours later, fighters raided army positions": from the event
            # told before to half a day after it ("minutes later": an hour), not past the paper's day (`until`)
            after = timedelta(hours=12 if count["soon"].lower() == "hours" else 1)
            end = anchor.end + after if until is None else max(anchor.end, min(anchor.end + after, until))
            precision = "part_of_day" if anchor.precision in ("part_of_day", "hour", "minute") else anchor.precision
            return Window(anchor.start, end, precision, told.text)
        if count["that"]:
            return _that_part(anchor, count["that"].lower(), told.text)
        if count["same"]:
            days = 0
        elif count["previous"]:
            days = -1
        else:
            days = 1 if count["n"] is None else _COUNTS.get(count["n"].lower()) or int(count["n"])
            if (count["dir"] or "").lower() == "earlier":
                days = -days  # "A day earlier, insurgents had stormed a base": the day before the event told
        part = (count["part"] or "day").lower()
        if part == "day":
            day = anchor.start.date() + timedelta(days=days)
            start = datetime.combine(day, time(0, 0), anchor.start.tzinfo)
            return Window(start, datetime.combine(day, time(23, 59, 59), anchor.start.tzinfo), "day", told.text)
        if days == 0 and anchor.precision == "part_of_day" and part_of_day_name(anchor.start, anchor.end) == part:
            return Window(anchor.start, anchor.end, "part_of_day", told.text)  # "the same night": that night
        day = anchor.start.date() + timedelta(days=days)
        if part == "night" and anchor.start.hour < 6 and anchor.precision != "day":
            day -= timedelta(days=1)  # an event at 1 a.m. was in the night that began the evening before
            # (not one told only by its day: "attacked on Monday … that night" is Monday's night)
        return Window(*part_bounds(day, part, anchor.start.tzinfo), "part_of_day", told.text)
    return None


def _that_part(anchor: Window, part: str, text: str) -> Window:
    """"That night", "that evening", "later that morning": that part of the day of the event told before. A night
    told before is that very night ("struck Gwoza on Monday night … that night"); after one that ran past midnight
    ("overnight into Tuesday … That evening"), the day it ran into; after the small hours of a day ("early on
    Tuesday … That night"), that day's night, still to come."""
    tz = anchor.start.tzinfo
    if part == "night" and anchor.precision == "part_of_day" and anchor.start.hour >= 12 \
            and part_of_day_name(anchor.start, anchor.end) == "night":
        return Window(anchor.start, anchor.end, "part_of_day", text)
    crossed = anchor.end.date() > anchor.start.date() and anchor.end - anchor.start <= timedelta(days=1)
    day = anchor.end.date() if crossed and part != "night" else anchor.start.date()
    return Window(*part_bounds(day, part, tz), "part_of_day", text)


def _relation_text(cue: Cue) -> str | None:
    """'overnight strikes came just moments after': the words that place this before the other event."""
    match = AFTER.search(cue.text)
    if not match:
        return None
    start = match.start()
    if cue.after is not None and cue.after.sentence is cue.sentence:
        start = min(start, cue.after.time.start if cue.after.time else cue.after.position)
    return cue.text[start: match.end()]
