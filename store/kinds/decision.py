"""Decisions: acts of authority. "decision to halt …", "decided to impose …", "paused/suspended/ordered …
shipments, sanctions, troops", rate changes, and what the parse shows as an act of authority whatever its
object ("banned the airline", "voted to expel", "issued arrest warrants"). "the pause" joins it."""

from __future__ import annotations

import re

from .. import clauses, entities, eventplace
from ..drafts import Cue, Draft
from ..entities import Mention
from ..reading import ACTOR_KINDS, SentenceReading, prefer_parsed_place
from ..titles import headline
from .detector import Detector
from .statement import SAID

_STRONG = re.compile(
    r"\boffer(?:ed|s|ing)?\s+(?:an?\s+)?(?:[\w$€£,.-]+\s+){0,5}reward\b"  # "offered a $1 million reward"
    # sanctions on players and clubs: "fined the club £15,000", "a two-match ban", "banned for three games"
    r"|\bfined\s+(?:[\w'’.-]+\s+){0,4}?(?:[£$€]\s?\d|\d[\d,.]*\s*(?:pounds|dollars|euros))"
    r"|\b(?:[\w]+-(?:match|game|race|month|year))\s+(?:suspension|ban)\b"
    r"|\b(?:banned|suspended)\s+(?:him\s+|her\s+|them\s+)?for\s+(?:\w+\s+){0,2}(?:matches|games|races|months|years)\b"
    r"|\bdecision to\s+\w+|\b(?:decided|agreed|voted|committed|committing|pledged) to\s+(?:impose|halt|pause|suspend|send|deploy|ban|lift|cut|raise|approve|sanction|extend|provide|release|withdraw|resume|join|sign|close|open)\b"
    # Central banks: "held its main interest rate at", "cut rates by", "left its rates unchanged",
    # "kept the benchmark rate on hold"; up to three words ("its main policy") before the rate.
    r"|\b(?:cut|cuts|raise|raised|raises|lower|lowered|lowers|hike|hiked|hikes|hold|held|holds|kept|keeps|left|leaves)\s+(?:[\w-]+\s+){0,3}?(?:interest\s+)?rates?\b"
    r"|\b(?:left|leaves|kept|keeps|keep|leave)\s+(?:[\w-]+\s+){0,3}?(?:interest\s+)?rates?\s+(?:unchanged|on hold|steady|where they)",
    re.I)
# These verbs state a decision only with an object somewhere after them ("halted weapons shipments").
_VERB = re.compile(
    # a participle used as an adjective ("an officially sanctioned race", "the banned group") decides nothing
    r"(?<!\ba\s)(?<!\ban\s)(?<!\bthe\s)(?<!ly\s)"
    r"\b(?:halted|paused|suspended|froze|resumed|imposed|approved|agreed|passed|deployed|ordered|banned|tasked|lifted"
    r"|scrapped|cancelled|canceled|signed|vetoed|sanctioned|proposed|adopted|unveiled|extended|introduced"
    r"|reopened|closed|shut)\b", re.I)
_OBJECT = re.compile(
    r"\b(?:shipments?|deliveries|aid|weapons|arms|sanctions|troops|forces|ban|group|law|decree|bill|order"
    r"|exports?|imports?|tariffs?|jobs|funding|package"
    # what an authority or organiser stops, starts or allows: services, permits, contests, talks
    r"|flights?|operations?|services?|permits?|licen[cs]es?|visas?|accounts?|broadcasts?|talks|negotiations"
    r"|elections?|votes?|referendum|race|marathon|match(?:es)?|games?|tournament|season|competition|event"
    r"|curfew|state of emergency|martial law|ceasefire|truce|agreement|deal|treaty|contract|policy|rules?"
    # what is closed and reopened: airspace, airports, crossings, embassies, schools
    r"|airspace|airports?|border crossings?|crossings?|embass(?:y|ies)|schools)\b", re.I)
_NEAR_OBJECT_VERBS = frozenset({"reopened", "closed", "shut"})
_NEAR_OBJECT_REACH = 40  # characters: "reopened the country's eastern airspace"
_ANAPHOR = re.compile(r"\b(?:the|this|that|weapons|arms|aid)\s+(?:pause|halt|suspension|freeze|decision|ban|announcement)\b", re.I)


# "announced on Tuesday that …": the day of the announcing, right after its verb
_SAID_ON = re.compile(r"\w+\s+(?:on|late on|early on|last)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")


class Decision(Detector):
    kind = "decision"
    order = 5

    def cues(self, reading: SentenceReading) -> list[Cue]:
        text = reading.text
        position = _strong_decision(text)
        if position is not None and reading.quoted(position):
            position = None  # '"We agreed to work on a ceasefire," he wrote': someone's words, not the act
        if position is not None:
            # The verb's subject when the parse names one ("The State Department described X … when they
            # offered"), else the last name before the verb.
            decider = _person_named(clauses.subject_at(reading.doc, position), reading.mentions) \
                or _decider(position, reading.mentions)
            return [reading.cue("decision", position, True, actors=[decider] if decider else [])]
        anaphor = _ANAPHOR.search(text)
        if anaphor:  # "the pause": joins the decision before it
            persons = reading.persons
            subject = persons[0].canonical if persons and persons[0].start < 3 and not SAID.search(
                text[persons[0].end: persons[0].end + 12]) else None
            return [reading.cue("decision", anaphor.start(), False, actors=[subject] if subject else [])]
        return []

    def check_parse(self, reading: SentenceReading, cues: list[Cue]) -> None:
        for cue in cues:
            if cue.kind == "decision" and not cue.parsed and clauses.in_background_clause(reading.doc, cue.position):
                cue.strong = False  # "…, which has ordered the militants to disarm": said of someone, not news

    def from_parse(self, found, reading: SentenceReading, cues: list[Cue]) -> Cue | None:
        same = [c for c in cues if c.kind == "decision"]
        if same and not found.own_date:
            for cue in same:  # the parse confirms a weak cue: it may start an event of its own
                cue.strong = True
            return None
        made = reading.parsed_cue(found)
        made.location = entities.location(reading.text, reading.mentions)
        if found.announces and (any(m.start < found.position for m in reading.time_phrases)
                                or _SAID_ON.match(reading.text, found.position)):
            # "On Monday, the junta's conscription body announced that 5,000 conscripts would be called up in
            # November": the decision was made when announced; what it decided happens later
            made.content = clauses.content_after(reading.doc, found.position)
        if not made.actors and found.pronoun and reading.previous_statement is not None:
            made.actors = [reading.previous_statement.cues[-1].speaker]  # "he ordered": the one speaking
        return made

    def finish(self, cue: Cue, reading: SentenceReading) -> None:
        if cue.location is None and cue.strong:
            cue.location = entities.location(reading.text, reading.mentions, need_preposition=True)
        prefer_parsed_place(cue, reading.where)
        if cue.location is None:  # "Germany banned …": a decision is made in the decider's country
            cue.location = eventplace.decider_country(cue, reading)

    def join(self, cue: Cue, folder) -> Draft | None:
        same_kind = folder.same_kind(cue)
        if not cue.strong and same_kind:
            return same_kind[-1]
        # "The bank held its rate at 4.25% on Thursday. The committee voted six to three to keep rates on
        # hold": the next sentence deciding on the same thing tells the same decision again.
        topic = _topic(cue.text)
        latest = folder.latest_recent("decision", cue.sentence.index, 1)
        if topic and latest is not None and cue.time is None and topic == _topic(latest.cues[-1].text):
            return latest
        return None

    def title(self, draft: Draft, actors: list[str], place: Mention | None) -> str:
        first = draft.cues[0]
        match = re.search(r"decision to\s+(\w+)\s+([^,.;]+)", first.text)
        if match and actors:
            return f"{actors[0]} {_third_person(match.group(1))} {match.group(2)}"
        return headline(first.text)


def _strong_decision(text: str) -> int | None:
    """Where the sentence states a decision, or None. Of the verbs that need an object after them only
    the first is checked: it has the most text after it. (As one regex with a look-ahead, every such
    verb read the rest of the sentence again.)"""
    found = []
    stated = _STRONG.search(text)
    if stated:
        found.append(stated.start())
    verb = _VERB.search(text)
    if verb and verb.group(0).lower() in _NEAR_OBJECT_VERBS:
        # "closed the border crossing", not "closed higher" nor "shut out of peace talks"
        near = _OBJECT.search(text, verb.end(), verb.end() + _NEAR_OBJECT_REACH)
        if near and not re.match(r"\s+(?:out|off)\b", text[verb.end():]):
            found.append(verb.start())
    elif verb and _OBJECT.search(text, verb.end()):
        found.append(verb.start())
    return min(found, default=None)


def _topic(text: str) -> str | None:
    """What a decision is about, as one word: 'rate', 'sanction', 'flight'."""
    found = _RATES.search(text) or _OBJECT.search(text)
    return found.group(0).lower().rstrip("s") if found else None


_RATES = re.compile(r"\brates?\b", re.I)


def _person_named(subject: str | None, mentions: list[Mention]) -> str | None:
    """The subject as the text spells it ("Ukrainians have tasked"), a person by their full name."""
    if subject:
        for mention in mentions:
            if mention.kind == "person" and (mention.text in subject or subject in mention.text):
                return mention.canonical
    return subject


def _decider(position: int, mentions: list[Mention]) -> str | None:
    before = [m for m in mentions if m.end <= position and m.kind in ACTOR_KINDS]
    if before:
        mention = before[-1]
        return mention.text if mention.text in ("US", "UK", "EU") else mention.canonical
    return None


def _third_person(verb: str) -> str:
    if re.search(r"(?:s|sh|ch|x|z)$", verb):
        return verb + "es"
    if re.search(r"[^aeiou]y$", verb):
        return verb[:-1] + "ies"
    return verb + "s"


DETECTOR = Decision()
