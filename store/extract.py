"""Turn an article into event records: a pure function of (text, publication date, time zone).

The pipeline, per sentence: read it (store/reading.py: names, quotations, spaCy's parse), let every
kind's detector find its cues (store/kinds/: the cue rules on the words, then what the parse shows),
settle what two kinds dispute (store/arbitration.py), give time phrases to the nearest cue
(store/timeattach.py), and fold each cue into the event it tells again or a new one (store/folding.py).
At the end each event gets its window, actors, place, title and status, and becomes a record.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from functools import cache

from . import arbitration, clauses, entities, eventplace, kinds, lexicon, model, nlp
from .drafts import Cue, Draft
from .entities import Mention
from .folding import Folder
from .kinds.detector import Article, Detector
from .reading import SentenceReading, quote_spans, squeeze, without_dateline
from .sentences import split_sentences, strip_fused_credit
from .timeattach import CAME_AFTER, COUNTED_BACK, SEQUENCE, attach_times, counted_from, window
from .digest import leading_stamp, timestamp_heading
from .timecalendar import WEEKDAYS
from .timewords import TimeMatch, Window, dates_a_noun, resolve, zone
from .titles import one_line

_PARSE_LIMIT = 1500  # characters of one sentence given to the parser


@cache
def detectors() -> list[Detector]:
    """The detectors in the order their cues stand in a sentence (Detector.order); the sort is stable,
    so kinds of equal order keep the registry's."""
    return sorted((kind.detect() for kind in kinds.KINDS), key=lambda d: d.order)


def extract_events(text: str, published: date | datetime | str, tz: str | None = "UTC",
                   article_id: str | None = None) -> list[dict]:
    """Event records for the article text, times resolved against its publication date.

    Never raises on odd text: what cannot be read yields no event.
    """
    base = _base_moment(published, tz)
    folder = Folder(base)
    known_people: dict[str, str] = {}
    known_places: dict[str, Mention] = {}
    previous_statement: Draft | None = None
    previous_persons: list[str] = []
    readings: dict[int, SentenceReading] = {}
    sentences = [s for s in split_sentences(text) if not s.caption]
    heading: TimeMatch | None = None  # a live blog's "09:42 BST" dates the entries below it
    cleans = [strip_fused_credit(squeeze(s.text)) for s in sentences]
    # "the RSF said", after "the Rapid Support Forces (RSF)": one speaker, by the name the article gave,
    # already while folding (its two sentences are one statement) and on the records.
    long_names = entities.abbreviations(text)
    titled = entities.titled_people(text)  # "the president" after "President Gustavo Petro": Petro
    # A run-on "sentence" (a table, a list without full stops) is parsed only as far as _PARSE_LIMIT, so
    # the parse rules' work stays bounded per sentence and linear in the article.
    for sentence, clean, doc in zip(sentences, cleans, nlp.parse_many(without_dateline(c[:_PARSE_LIMIT]) for c in cleans)):
        stamp = timestamp_heading(clean, base)
        if stamp is not None:
            heading = stamp
            continue
        heading = leading_stamp(clean, base) or heading
        mentions = entities.names(clean, known_people, known_places)
        _learn_people(mentions, known_people)
        entities.learn_places(mentions, known_places)
        if previous_statement is not None and previous_statement.last_index < sentence.index - 1:
            previous_statement = None
        reading = SentenceReading(sentence, clean, doc, mentions, quote_spans(clean), previous_statement,
                          previous_persons)
        readings[sentence.index] = reading
        cues = _cues(reading)
        for cue in cues:
            cue.speaker = long_names.get(cue.speaker, cue.speaker) if cue.speaker else cue.speaker
        if heading is not None:
            for cue in cues:
                if cue.time is None and cue.sibling_time is None and cue.after is None and cue.before is None:
                    cue.sibling_time = heading
        made_statement = None
        for cue in cues:
            draft = folder.fold(cue)
            if cue.kind == "statement" and draft:
                made_statement = draft
        if made_statement is not None:
            previous_statement = made_statement
        previous_persons = [m.canonical for m in mentions if m.kind == "person"] or previous_persons
    article = Article(folder.drafts, base, readings)
    # Each event's actors and place before its window: a place another sentence gives sets the zone too,
    # and a place the event turns out not to have (the attacker's own country) sets none.
    settled: dict[int, tuple[list[str], Mention | None]] = {}
    for draft in folder.drafts:
        detector = kinds.get(draft.kind).detect()
        eventplace.settle(draft, detector.actors(draft, article), article)
        actors = detector.actors(draft, article)
        settled[id(draft)] = (actors, eventplace.placed_in(detector.place(draft, actors, article), draft, actors, article))
    story_zone = _story_zone(folder.drafts)
    # Windows of events dated by their own words first: "moments after" ties need them.
    own_windows: dict[int, Window] = {}
    for draft in folder.drafts:
        if any(c.time for c in draft.cues):
            own = window(draft, base, {}, _zone_of(draft, settled[id(draft)][1], story_zone))
            own_windows.update((id(cue), own) for cue in draft.cues)
    records = []
    told = _ToldBefore(readings=readings, base=base)
    for draft in folder.drafts:
        actors, place = settled[id(draft)]
        # A run of capitals the parse took for one subject is no one's name (an actor of 48,000 characters).
        actors = entities.distinct([long_names.get(actor) or titled.get(actor.lower(), actor)
                                    for actor in actors if len(actor) <= _LONGEST_ACTOR])
        found = window(draft, base, own_windows, _zone_of(draft, place, story_zone))
        for rule in _DATED_BY_WHAT_CAME_BEFORE:
            found = rule(draft, found, actors, told) or found
        told.note(draft, found, actors)
        records.append(_record(draft, found, article_id, actors, place, base))
    return records


_ATTACKS = ("strike", "other")
_ONE_DAY = timedelta(hours=36)  # a day, or a night that runs into the next morning


@dataclass
class _ToldBefore:
    """What the events told before an event give the rules that date it by them."""
    anchor: Window | None = None  # the latest occurrence, if dated to a day: "the following day" counts from it
    by_actor: dict[str, Window] = field(default_factory=dict)  # each actor's latest dated occurrence
    attack: Window | None = None  # the latest dated attack: "The bombing came hours after …" names it
    readings: dict[int, SentenceReading] = field(default_factory=dict)  # each sentence as read, by its index
    base: datetime | None = None  # the article's publication moment

    def note(self, draft: Draft, found: Window, actors: list[str]) -> None:
        if found.precision in ("day", "part_of_day", "hour", "minute"):
            if found.end - found.start > _ONE_DAY:
                # a reaction said "from the attack's day until the paper's" (or "the army denied any role", undated):
                # no one day for "that night" or "Hours later" to count from
                return
            self.anchor = found
            if draft.kind in _ATTACKS and draft.attack:  # a strike or an armed attack, not a block collapsing
                self.attack = found
            self.by_actor.update((a, found) for a in actors)
        elif draft.kind not in ("statement", "claim"):
            self.anchor = None  # "a drone hit a depot. The following morning, …": after an undated occurrence, unknown


def _counted_from_before(draft: Draft, found: Window, actors: list[str], told: _ToldBefore) -> Window | None:
    """"The following day", "the same night": from the event told before. "Earlier the same day, Anutin had
    also spoken by phone with Anwar": the day of Anutin's call told before, not of the shelling in between."""
    if found.precision != "unknown" or told.anchor is None:
        return None
    own = next((told.by_actor[a] for a in actors if a in told.by_actor), None) if draft.kind == "call" else None
    anchor = own or told.anchor
    if told.base is not None and (told.base.date() - anchor.start.date()).days > eventplace.BACKGROUND_DAYS and any(
            c.time is not None and _SAME_TIME.search(c.time.text) for c in draft.cues):
        # "The depot had also been struck on May 3. At around the same time, a drone hit a substation": the
        # time of the news told first, not of a flashback
        return None
    # nothing told in a paper happened after its day
    until = datetime.combine(told.base.date(), time(23, 59, 59), told.base.tzinfo) if told.base is not None else None
    return counted_from(draft, anchor, until)


_SAME_TIME = re.compile(r"\bsame\s+time\b", re.I)


def _counted_back(draft: Draft, found: Window, actors: list[str], told: _ToldBefore) -> Window | None:
    """"A day earlier, insurgents had stormed a base at Wajiroko" after Monday night's bombing: Sunday, not the
    day before publication."""
    if told.anchor is None or not any(c.time is not None and c.time.pattern == "counted_from_anchor"
                                      and COUNTED_BACK.search(c.time.text) for c in draft.cues):
        return None
    return counted_from(draft, told.anchor)


def _came_after(draft: Draft, found: Window, actors: list[str], told: _ToldBefore) -> Window | None:
    """"The Bannu bombing came hours after militants raided a checkpost": the raid, undated, was just before
    the bombing told before."""
    came = CAME_AFTER.match(draft.cues[0].text)
    if found.precision != "unknown" or told.attack is None or draft.kind not in _ATTACKS or came is None:
        return None
    return _just_before(told.attack, came)


def _bare_clock(draft: Draft, found: Window, actors: list[str], told: _ToldBefore) -> Window | None:
    """"Pakistan on Thursday closed the crossing, hours after the firing. … Afghan forces had opened fire at
    around 3pm": a bare clock told after a day named is that day's, not the paper's."""
    if told.anchor is None or not _only_a_clock(draft) or found.start.date() <= told.anchor.start.date():
        return None
    return _in_anchor(found, told.anchor)


# "… had nothing to do with Sunday's blast in Morales": an attack named by its day
_ATTACK_NAMED = re.compile(r"\s+(?:[\w-]+\s+){0,2}?(?:bomb|blast|explosion|bombing|attack|strike|raid|assault)s?\b",
                           re.I)
_NAMED_REACH = 2  # sentences back


def _named_before(draft: Draft, found: Window, actors: list[str], told: _ToldBefore) -> Window | None:
    """"… had nothing to do with Sunday's blast in Morales. … The bomb, hidden in a motorcycle, killed two
    officers": an attack told with no time words of its own (or only a clock: "The bombs struck shortly after
    1:30 a.m."), as "the bomb" named just before with its day ("Wednesday's bombing"), is on that day."""
    first = draft.cues[0]
    clock = _only_a_clock(draft)  # "The bombs struck shortly after 1:30 a.m.": on the day named
    if found.precision != "unknown" and not clock or draft.kind not in _ATTACKS or told.base is None \
            or not any(lexicon.THE_ATTACK.search(c.text) for c in draft.cues):
        return None
    local = datetime.combine(told.base.date(), told.base.time(), found.start.tzinfo)
    for index in range(first.sentence.index - 1, first.sentence.index - _NAMED_REACH - 1, -1):
        reading = told.readings.get(index)
        if reading is None:
            continue
        talked = eventplace.attacks_talked_of(reading, local)
        for phrase in reading.time_phrases:
            if dates_a_noun(reading.text, phrase) and _ATTACK_NAMED.match(reading.text, phrase.end + 2) \
                    or any(start < phrase.start <= end for start, end in talked):
                day = resolve(phrase, local)
                return day if day is None or not clock else _in_anchor(found, day)
    return None


_REACTION_DAYS = 4  # the guide: a reaction's window is `day` when it spans at most four days


def _reacting_to_the_attack(draft: Draft, found: Window, actors: list[str], told: _ToldBefore) -> Window | None:
    """"The army and the M23 rebels blamed each other for the shelling", "The army said overnight that it still
    held the town", "Yemen's Houthi rebels claimed responsibility", with no time words, after an attack told
    with its day: said from that day until the paper's (the guide's window for a reaction), not on the day
    before the paper as an undated report may have been: the same voice's words on Monday's strike in Monday's
    paper are another statement. Not after an occurrence that is no attack ("a block of flats collapsed on
    Saturday"): words on reconstruction are background, not a reaction to it."""
    if draft.kind not in ("statement", "claim") or found.precision != "unknown" or found.text is not None \
            or told.attack is None:
        return None
    start = datetime.combine(told.attack.start.astimezone(found.start.tzinfo).date(), time(0, 0), found.start.tzinfo)
    if not start <= found.end or (found.end.date() - start.date()).days + 1 > _REACTION_DAYS:
        return None  # an attack long before is background, not what the words react to
    return Window(start, found.end, "day", None)


# "The call came a day after Chapo spoke with Kagame": what it came after, so many days before the one told
_CAME_DAYS_AFTER = re.compile(r"^\W*(?:the|that|this)\s+(?:[\w’'-]+\s+){0,3}?(?:call|conversation|meeting|talks|visit"
                              r"|bombing|attack|strike|raid|shelling|assault)s?\s+(?:came|happened|occurred)\s+"
                              r"(?P<days>a|one|two|three|four|five|six|seven|\d)\s+days?\s+after\b", re.I)


def _came_days_after(draft: Draft, found: Window, actors: list[str], told: _ToldBefore) -> Window | None:
    """"President Ramaphosa spoke with Chapo by telephone yesterday … The call came a day after Chapo spoke with
    Rwanda's Paul Kagame": that other call was the day before the one just told (it took the paper's day)."""
    came = _CAME_DAYS_AFTER.match(draft.cues[0].text)
    if came is None or told.anchor is None or told.anchor.precision == "unknown":
        return None
    day = told.anchor.start.date() - timedelta(days=entities.parse_number(came.group("days")))
    return Window(datetime.combine(day, time(0, 0), found.start.tzinfo),
                  datetime.combine(day, time(23, 59, 59), found.start.tzinfo), "day", None)


# "Earlier on Tuesday, a drone struck a car …", "Later in the day, …": another moment of the day just told
_EARLIER_OR_LATER = re.compile(rf"^\W*(?P<dir>earlier|later)\s+(?:on\s+(?:{'|'.join(WEEKDAYS)})|in\s+the\s+day)\b", re.I)


def _earlier_or_later_that_day(draft: Draft, found: Window, actors: list[str], told: _ToldBefore) -> Window | None:
    """"A drone strike on a house killed three late on Tuesday … Earlier on Tuesday, a drone struck a car on the road":
    the part of that day before the event just told (after it, for "Later"), not the whole day, which also holds the
    night's strike: the car's strike is another attack, and its window should say so."""
    told_as = _EARLIER_OR_LATER.match(draft.cues[0].sentence.text)
    anchor = told.anchor
    if told_as is None or anchor is None or anchor.precision not in ("day", "part_of_day", "hour", "minute"):
        return None
    zone = anchor.start.tzinfo
    day = anchor.start.date()
    if found.precision != "unknown" and found.start.astimezone(zone).date() != day:
        return None  # "Earlier on Monday" after Tuesday night's strike: a day of its own
    first, last = datetime.combine(day, time(0, 0), zone), datetime.combine(day, time(23, 59, 59), zone)
    if anchor.precision == "day":
        return Window(first, last, "day", told_as.group(0).strip())  # "on Tuesday … Later in the day": Tuesday
    if told_as["dir"].lower() == "earlier":
        return Window(first, anchor.start, "part_of_day", told_as.group(0).strip()) if anchor.start > first else None
    return Window(anchor.end, last, "part_of_day", told_as.group(0).strip()) if anchor.end < last else None


# An event's window from its own words, then corrected by what was told before it, in this order. A new way
# of dating by the story is one more function here.
_DATED_BY_WHAT_CAME_BEFORE = (_counted_from_before, _counted_back, _came_after, _bare_clock, _named_before,
                              _reacting_to_the_attack, _came_days_after, _earlier_or_later_that_day)


def _just_before(attack: Window, told: re.Match[str]) -> Window:
    """Hours before an attack: from the start of its day to its start ("The Bannu bombing came hours after
    militants raided a checkpost", the bombing at 8:40 on Tuesday: the raid on Tuesday before 8:40)."""
    start = datetime.combine(attack.start.date(), time(0, 0), attack.start.tzinfo)
    relation = SEQUENCE.search(told.group(0))
    end = attack.end if attack.precision == "day" else attack.start  # "on Tuesday": any time before it ended
    return Window(start, max(start, end), "day", relation.group(0) if relation else None)


def _story_zone(drafts: list[Draft]) -> str | None:
    """The one time zone of every town and region the article's attacks are told with, if they share one: a
    New York paper's "late Sunday" about a village in Borno no gazetteer lists is Nigeria's Sunday, as wire
    copy tells local time; with towns in two zones named, the outlet's own. Not a reaction's town ("condemned
    by the Spanish government in Madrid")."""
    return _one_zone(m for draft in drafts if draft.attack for cue in draft.cues for m in cue.mentions)


def _zone_of(draft: Draft, place: Mention | None, story_zone: str | None) -> str | None:
    """The zone the event's window is read in: its place's, else, for an attack, the one zone of the towns
    and regions the sentence telling it names ("bombed a camp in the department of Cauca, … the defence ministry in
    Bogotá said"), else the story's (not for a meeting "at the White House" in a story naming only
    Anchorage); None for the article's own."""
    if place is not None and place.timezone:
        return place.timezone
    if not draft.attack:
        return None
    # the sentence that tells it, not a reaction folded into it ("condemned by the Spanish government in Madrid")
    return _one_zone(draft.cues[0].mentions) or story_zone


def _one_zone(mentions) -> str | None:
    """The time zone every town and region among these mentions shares, if they name any and share one."""
    zones = {m.timezone for m in mentions if m.kind in ("place", "region") and m.timezone}
    return zones.pop() if len(zones) == 1 else None


def _only_a_clock(draft: Draft) -> bool:
    """Whether the event's only time is a bare clock ("at around 3pm"): no day, no tie to another event."""
    timed = [c.time for c in draft.cues if c.time is not None]
    return bool(timed) and all(t.pattern == "clock" for t in timed) and all(
        c.sibling_time is None and c.after is None and c.before is None for c in draft.cues)


def _in_anchor(found: Window, anchor: Window) -> Window:
    """The clock on the day of the occurrence told before: the day it names, or the day of its part of the
    day the clock falls in ("late on Friday … another missile hit at 23:20": Friday; "overnight … at
    01:10": the second morning). A clock outside a part of the day stays where it was."""
    for day in dict.fromkeys((anchor.start.date(), anchor.end.date())):
        start = datetime.combine(day, found.start.timetz())
        # a day, or a clock on it ("at 2pm on Friday … at 5pm"), names the day; a part of the day holds the clock
        if anchor.precision != "part_of_day" or anchor.start <= start <= anchor.end:
            return Window(start, start + (found.end - found.start), found.precision, found.text)
    return found


_LONGEST_ACTOR = 100  # characters: "the Office of the United Nations High Commissioner for Human Rights" is 66


def _base_moment(published: date | datetime | str, tz: str | None) -> datetime:
    zone_info = zone(tz)
    if isinstance(published, str):
        published = datetime.fromisoformat(published) if "T" in published else date.fromisoformat(published)
    if isinstance(published, datetime):
        return published.astimezone(zone_info) if published.tzinfo else published.replace(tzinfo=zone_info)
    return datetime.combine(published, time(12, 0), zone_info)


def _learn_people(mentions: list[Mention], known: dict[str, str]) -> None:
    for mention in mentions:
        if mention.kind == "person" and " " in mention.canonical:
            for word in mention.canonical.split():
                if word in entities.ONE_NAME_TITLES:
                    continue  # "King Abdullah": a later "King Charles" is not he
                if word[0].isupper():
                    known.setdefault(word, mention.canonical)
                bare = entities.without_article(word)
                if bare != word:  # "el-Sisi", later "Sisi" (or "El-Sisi" at a sentence's start)
                    known.setdefault(bare, mention.canonical)
                    known.setdefault(word[0].upper() + word[1:], mention.canonical)


def _cues(reading: SentenceReading) -> list[Cue]:
    """The cues of one sentence, settled: cue rules, arbitration, the parse, time phrases."""
    cues = [cue for detector in detectors() for cue in detector.cues(reading)]
    arbitration.settle_cues(reading, cues)
    _add_parsed(reading, cues)
    attach_times(reading, cues)
    for cue in cues:
        kinds.get(cue.kind).detect().timed(cue, reading)
    return cues


def _add_parsed(reading: SentenceReading, cues: list[Cue]) -> None:
    """Add the events the parse shows (store/clauses.py) that the cue rules missed, and read the fields
    the parse gives better than the words."""
    dated = bool(reading.time_phrases)
    for kind in kinds.KINDS:
        kind.detect().check_parse(reading, cues)
    for found in clauses.find(reading.doc, dated):
        arbitration.before_parsed(found, cues)
        made = kinds.get(found.kind).detect().from_parse(found, reading, cues)
        if made is not None and arbitration.admits(made, found, reading, cues):
            cues.append(made)
    arbitration.after_parsed(reading, cues)
    counted = None  # the sentence's figures, read once for its parsed cues
    for cue in cues:
        if cue.parsed and not cue.quantities:  # "17 rockets", "36 arrest warrants", "301 stores"
            if counted is None:
                # a toll by its verb, whatever the victims are called: "killing nine passengers" is killed 9
                tolls = {k: v for k, v in entities.quantities(reading.text).items() if k in ("killed", "injured")}
                counted = tolls or clauses.counts(reading.doc)
            cue.quantities = dict(counted)
        kinds.get(cue.kind).detect().finish(cue, reading)
    _each_in_its_clause(reading, cues)


def _each_in_its_clause(reading: SentenceReading, cues: list[Cue]) -> None:
    """"A drone struck a house in Peshawar on Tuesday, hours after militants stormed a checkpoint in Bannu,
    killing four soldiers": two attacks told in turn, each with the place and toll of its own clause."""
    text = reading.text
    cuts = [m.start() for m in SEQUENCE.finditer(text)]
    attacks = [c for c in cues if c.strong and (c.kind == "strike" or c.ground)]
    if len(attacks) == 1 and cuts and cuts[0] > attacks[0].position:
        # "Gunmen killed four people in Mucojo on Tuesday, a day after a raid on Chai in which seven died", "…, a
        # day after six soldiers were killed": what came before is told only to place this attack in time, and
        # its toll is its own ("…, hours after talks broke down, killing five": the clause ends at its comma)
        end = text.find(",", cuts[0])
        attacks[0].quantities = entities.quantities(text[:cuts[0]] + (text[end:] if end != -1 else ""))
        return
    if not cuts or len(attacks) < 2:
        return
    bounds = [0, *cuts, len(text)]
    for cue in attacks:
        start, end = next((a, b) for a, b in zip(bounds, bounds[1:]) if a <= cue.position < b)
        own = [m for m in reading.mentions if start <= m.start < end]
        cue.location = entities.location(text[:end], own) or (cue.location if cue.location and start <= cue.location.start < end
                                                               else None)
        cue.quantities = entities.quantities(text[start:end])


# ----- building records ----------------------------------------------------------------------------


def _expected(draft: Draft, detector: Detector, window: Window, base: datetime) -> bool:
    """Scheduled, not yet happened: the parse saw a plan ("is set to open", "will meet on Saturday",
    "talks are due next week"), or the event's own window begins after the day of publication (for
    kinds that can be scheduled at all)."""
    if not detector.expectable:
        return False
    if any(c.expected for c in draft.cues):
        return True
    return window.precision != "unknown" and window.start.date() > base.astimezone(window.start.tzinfo).date()


def _record(draft: Draft, window: Window, article_id: str | None, actors: list[str], place: Mention | None,
            base: datetime) -> dict:
    kind = kinds.get(draft.kind)
    detector = kind.detect()
    quantities: dict[str, int] = {}
    for cue in draft.cues:
        for name, number in cue.quantities.items():
            quantities[name] = max(quantities.get(name, 0), number)
    status = "reported"
    for cue in draft.cues:
        if cue.status in ("unconfirmed", "disputed") or (cue.status == "claimed" and status == "reported"):
            status = cue.status
    if status == "reported" and _expected(draft, detector, window, base):
        status = "expected"
    sources = []
    seen_sentences = set()
    for cue in draft.cues:
        if cue.sentence.start in seen_sentences:
            continue
        seen_sentences.add(cue.sentence.start)
        sources.append({"article_id": article_id, "sentence": cue.sentence.text,
                        "start": cue.sentence.start, "end": cue.sentence.end})
    return model.make_event(
        kind=draft.kind, title=one_line(detector.title(draft, actors, place)), **window.as_fields(),
        actors=actors if "actors" in kind.fields else [],
        location=place.canonical if place and "location" in kind.fields else None,
        quantities=quantities if "quantities" in kind.fields else {},
        status=status, origin="extracted", sources=sources)
