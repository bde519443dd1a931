"""Where an event happened when the words that tell it do not say: read off the parse of its sentence and
of the article's other sentences.

- The country of whoever decides is where a decision is made ("Germany banned", "Ukrainian President
  Zelensky declined", "Supreme Leader of Iran Ali Khamenei declared"), and the country of a nation's own
  body where it acts ("the United Kingdom's Conservative Party won 365 seats").
- Another sentence may give the place of the same event: one that refers back to it ("The stampede,
  which occurred in Kerman", "the speech which was delivered in Tehran", "The accident in Salaheddin
  district") or tells the same act by the same actor again ("Kipchoge ran in Vienna"; "Turkey began a
  military offensive into north-eastern Syria").

Grammar only: the words are in store/lexicon.py and nothing is keyed to one article.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import replace
from typing import TYPE_CHECKING

from . import clauses, entities, gazetteer
from . import lexicon as lx
from .drafts import ELSEWHERE, PLACE_RANK, Cue, Draft, more_specific
from .entities import Mention
from .timewords import resolve

if TYPE_CHECKING:
    from datetime import datetime

    from spacy.tokens import Doc, Token

    from .kinds.detector import Article
    from .reading import SentenceReading

_ANAPHOR_REACH = 5   # sentences after the event's last one in which "the stampede" still means it
_AGAIN_REACH = 5     # the same actor doing the same thing (no object named): that many sentences on
_DETERMINERS = frozenset({"the", "this", "that", "these", "those"})


# ----- the parse, read -----------------------------------------------------------------------------


def token_at(doc: "Doc", position: int) -> "Token | None":
    """The token holding the character at `position`, if the parse reaches it."""
    starts = [tok.idx for tok in doc]
    at = bisect_right(starts, position) - 1
    if at < 0 or position >= doc[at].idx + len(doc[at]):
        return None
    return doc[at]


def _clause_verb(tok: "Token") -> "Token | None":
    """The verb of the clause a cue word stands in ("airstrikes" in "began an offensive with airstrikes")."""
    for _ in range(4):
        if tok.pos_ in ("VERB", "AUX"):
            return tok
        if tok.head is tok:
            return None
        tok = tok.head
    return None


def _subject(verb: "Token") -> "Token | None":
    for _ in range(4):  # "... and declined": a coordinated verb shares its subject
        for child in verb.children:
            if child.dep_ in ("nsubj", "nsubjpass"):
                return child
        if verb.dep_ not in ("conj", "xcomp") or verb.head is verb:
            return None
        verb = verb.head
    return None


def _object(verb: "Token") -> "Token | None":
    return next((c for c in verb.children if c.dep_ == "dobj"), None)


def _places_under(tok: "Token", reading: "SentenceReading") -> list[Mention]:
    """Places in the place phrases hanging on `tok`: "occurred in Kerman", "the accident in X"."""
    found = []
    for child in tok.children:
        if child.dep_ == "prep" and child.lower_ in lx.PLACE_PREPOSITIONS:
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    place = _place_at(pobj, reading)
                    if place is not None:
                        found.append(place)
    return found


def _place_at(tok: "Token", reading: "SentenceReading") -> Mention | None:
    """The place a prepositional object names: a name the rules know, else a place the tagger saw."""
    for mention in reading.mentions:
        if mention.kind in PLACE_RANK and mention.start <= tok.idx < mention.end:
            return mention
    for ent in tok.doc.ents:
        if (ent.label_ in ("GPE", "LOC", "FAC") or clauses.misread_place(ent)) and ent.start <= tok.i < ent.end:
            name = ent.text[4:] if ent.text.lower().startswith("the ") else ent.text
            listed = gazetteer.lookup(name)
            if listed is not None and listed.kind == "country":
                return Mention(name, ent.end_char - len(name), ent.end_char, "country", listed.name,
                               listed.timezone, listed.country)
            return Mention(name, ent.end_char - len(name), ent.end_char, "place", name,
                           listed.timezone if listed else None, listed.country if listed else None)
    return None


def _most_specific(places: list[Mention]) -> Mention | None:
    best = None
    for place in places:
        if best is None or more_specific(place, best):
            best = place
    return best


# ----- who decides ---------------------------------------------------------------------------------


def decider_country(cue: Cue, reading: "SentenceReading", bodies_only: bool = False) -> Mention | None:
    """The one country named in the subject of the cue's clause: the subject itself ("Germany banned"),
    its nationality ("Ukrainian President X declined") or its owner ("Iraq's parliament voted",
    "Supreme Leader of Iran Ali Khamenei declared"). With `bodies_only`, only a nation's own body
    (a parliament, a party, a government) counts: a meeting of a president abroad is not at home."""
    tok = token_at(reading.doc, cue.position)
    verb = _clause_verb(tok) if tok is not None else None
    subject = _subject(verb) if verb is not None else None
    if subject is None:
        return None
    if bodies_only and subject.lemma_.lower() not in lx.NATIONAL_BODIES:
        return None
    start, end = subject.left_edge.idx, subject.right_edge.idx + len(subject.right_edge)
    found: dict[str, Mention] = {}
    for mention in reading.mentions:
        if start <= mention.start < end and mention.kind in ("country", "nationality") \
                and not entities.set_aside(reading.text, mention.start, mention.end):  # "UK-based retailer"
            place = gazetteer.lookup(mention.canonical)
            if place is not None and place.kind == "country":
                found.setdefault(place.name, _country(place, mention))
    for word in subject.subtree:  # a nationality the name rules folded into a person's title
        if word.text in gazetteer.DEMONYMS and not any(m.start <= word.idx < m.end and m.kind != "person"
                                                       for m in reading.mentions):
            place = gazetteer.lookup(gazetteer.DEMONYMS[word.text])
            if place is not None and place.kind == "country":
                found.setdefault(place.name, _country(place, None, word.idx))
    return next(iter(found.values())) if len(found) == 1 else None  # two countries agreeing: no one place


def _country(place: gazetteer.Place, mention: Mention | None, at: int = 0) -> Mention:
    start, end = (mention.start, mention.end) if mention else (at, at)
    return Mention(place.name, start, end, "country", place.name, place.timezone, place.country)


# ----- the same event in other sentences -----------------------------------------------------------


def settle(draft: Draft, actors: list[str], article: "Article") -> None:
    """Give the draft's cues the place a definite place noun of theirs stands for ("the district"), and
    the draft the place another sentence tells for it, when that is more specific."""
    named = False
    for cue in draft.cues:
        if cue.location is None and cue.strong:
            cue.location = _place_referred_to(cue, article.readings)
            named = named or cue.location is not None
    if named:  # as Draft.add chooses: the most specific place of its cues, the first on a tie
        draft.place = None
        for cue in draft.cues:
            if cue.location is not None and (draft.place is None or more_specific(cue.location, draft.place)):
                draft.place = cue.location
    found = told_elsewhere(draft, draft.location(), actors, article)
    if found is not None:
        draft.place = found
    if draft.place is None:
        draft.place = _antecedent_place(draft, article.readings)
    if draft.place is None:
        draft.place = _where_they_fled_from(draft, article)
    if draft.place is None:
        draft.place = _where_the_attack_was_told(draft, article.readings, article.base)


# "Jets pounded the fleeing terrorists at first light": the fighters of the attack just told, on their way
_FLEEING = re.compile(r"\bthe\s+(?:retreating|fleeing|withdrawing)\s+(?:\w+\s+)?(?:fighters|attackers|militants"
                      r"|insurgents|terrorists|gunmen|assailants|rebels)\b", re.I)
_FLED_REACH = 3  # sentences back: the attack they fled is told just before


def _where_they_fled_from(draft: Draft, article: "Article") -> Mention | None:
    """A strike on "the retreating fighters" with no place of its own: where the attack they retreat from
    was, the place of the attack on the ground told just before (they are still near it)."""
    first = draft.cues[0]
    if draft.kind != "strike" or not _FLEEING.search(first.text):
        return None
    def told_just_before(d: Draft) -> bool:  # a later sentence of its may follow the strike
        earlier = [c.sentence.index for c in d.cues if c.sentence.index < first.sentence.index]
        return bool(earlier) and first.sentence.index - max(earlier) <= _FLED_REACH

    before = [d for d in article.drafts if d is not draft and d.ground and d.location() is not None
              and told_just_before(d)]
    return before[-1].location() if before else None


_TOLD_REACH = 2  # sentences back in which "the shelling" finds the attack it means, only talked of there


def _where_the_attack_was_told(draft: Draft, readings: dict[int, "SentenceReading"], base: datetime) -> Mention | None:
    """"Mbuyi accused the army of firing the shells that struck the Lushagala camp near Goma on Tuesday. … The
    government now puts the toll from the shelling at eight": an attack first told as "the shelling", with no
    place of its own, is where the attack talked of just before struck (the place named in those attack
    words), as it is on the day they name (store/extract.py: _named_before)."""
    first = draft.cues[0]
    if not draft.attack or not lx.THE_ATTACK.search(first.text):
        return None
    for back in range(first.sentence.index - 1, first.sentence.index - _TOLD_REACH - 1, -1):
        earlier = readings.get(back)
        if earlier is None:
            continue
        for told in attacks_talked_of(earlier, base):
            places = [m for m in earlier.mentions if m.kind in PLACE_RANK and told[0] < m.start < told[1]]
            if places:
                return _most_specific(places)
    return None


# an occurrence told more than that long before the paper is background to the news: an attack talked of is
# not the one "the shelling" means, a flashback not what happened "at around the same time" (store/extract.py)
BACKGROUND_DAYS = 4


def attacks_talked_of(reading: "SentenceReading", base: datetime) -> list[tuple[int, int]]:
    """Where the sentence tells an attack's words with its place and time ("the shells that struck a camp near
    Goma on Tuesday"): not one dated more than four days before the paper, which is background ("recalled the
    shells that struck the camp on February 20")."""
    spans = []
    for told in lx.ATTACK_TOLD.finditer(reading.text):
        days = [resolve(p, base) for p in reading.time_phrases if told.start() < p.start <= told.end()]
        if any(d is not None and (base.date() - d.start.date()).days > BACKGROUND_DAYS for d in days):
            continue
        spans.append(told.span())
    return spans


_ANTECEDENT_REACH = 2  # sentences back in which "That attack" finds the attack it means


def _antecedent_place(draft: Draft, readings: dict[int, "SentenceReading"]) -> Mention | None:
    """"… a day after a drone attack on a naval base at Kyaukphyu. That attack, at around 10:10 pm,
    killed two sailors": an event told first by a noun referring back takes the place said of the noun
    it refers to, in a sentence just before (there only named, not told as an event of its own)."""
    first = draft.cues[0]
    reading = readings.get(first.sentence.index)
    nouns = lx.ANAPHOR_NOUNS.get(draft.kind, frozenset())
    if reading is None or not nouns:
        return None
    anaphor = next((tok for tok in reading.doc if tok.pos_ == "NOUN" and tok.lemma_.lower() in nouns
                    and tok.i < 4 and _refers_back(tok)), None)  # the sentence opens with it
    if anaphor is None:
        return None
    for back in range(first.sentence.index - 1, first.sentence.index - _ANTECEDENT_REACH - 1, -1):
        earlier = readings.get(back)
        if earlier is None:
            continue
        for tok in earlier.doc:
            if tok.pos_ == "NOUN" and tok.lemma_.lower() == anaphor.lemma_.lower():
                places = [place for t in tok.subtree if t.dep_ == "pobj"
                          and (place := _place_at(t, earlier)) is not None]
                if places:
                    return _most_specific(places)
    return None


_PLACE_REFERENCE_REACH = 3  # sentences back in which "the district" may find the district it means


def _place_referred_to(cue: Cue, readings: dict[int, "SentenceReading"]) -> Mention | None:
    """'The district was recaptured', 'took control of the camp': the place named before whose name ends
    in that noun ("Salaheddin district", "the Zamzam displacement camp"), in this or the sentences just
    before; "the city of X" names its own."""
    index = cue.sentence.index
    reading = readings.get(index)
    if reading is None:
        return None
    for tok in reading.doc:
        if tok.pos_ != "NOUN" or tok.lower_ not in _REFERRING_NOUNS or tok.dep_ == "compound":
            continue
        if not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children) or \
                any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children):
            continue
        for earlier, before in _back_from(tok, index, readings, _PLACE_REFERENCE_REACH):
            named = [m for m in earlier.mentions if m.kind in PLACE_RANK and m.end <= before]
            if earlier.hit_place is not None and earlier.hit_place.end <= before:
                named.append(earlier.hit_place)
            for mention in sorted(named, key=lambda m: -m.start):
                if mention.text.lower() != tok.lower_ and mention.text.lower().endswith(" " + tok.lower_):
                    return mention
        if tok.lower_ in _SETTLEMENT_NOUNS:
            return _town_named_before(tok, index, readings)
        if tok.lower_ == "capital" and not any(c.dep_ in ("amod", "compound") for c in tok.children):
            # "the capital", not "the regional (provincial, state) capital", which is no country's
            return _town_named_before(tok, index, readings, _CAPITAL_REFERENCE_REACH, capital=True)
    return None


def _back_from(tok: "Token", index: int, readings: dict[int, "SentenceReading"], reach: int):
    """The sentences a place noun at `tok` may refer back into, nearest first, each with where its names
    must end: its own sentence up to the noun, then the `reach` sentences before, whole."""
    for back in range(index, index - reach - 1, -1):
        earlier = readings.get(back)
        if earlier is not None:
            yield earlier, tok.idx if back == index else len(earlier.text)


_SETTLEMENT_NOUNS = frozenset({"town", "city", "municipality"})
# An article names its town once and calls it "the town" for a while: further back than a district,
# and the last town named is the one meant.
_TOWN_REFERENCE_REACH = 6
# "A car bomb in the capital killed 11": the capital named before, further back than a town (a story
# names its capital once, high up, and calls it "the capital" from then on); another town named in
# between is not what it means.
_CAPITAL_REFERENCE_REACH = 12
_REFERRING_NOUNS = lx.PLACE_NOUNS | {"capital", "municipality"}  # "in the same municipality"


def _town_named_before(tok: "Token", index: int, readings: dict[int, "SentenceReading"],
                       reach: int = _TOWN_REFERENCE_REACH, capital: bool = False) -> Mention | None:
    """'The town was hit a day earlier': the last town the gazetteer knows named before, in this or the
    six sentences before (with `capital`, the last capital city in the twelve before). A hamlet or a
    border post the gazetteer does not know, named in between ("the drone crossed the border near a
    kibbutz"), is not what "the town" means: it is passed over."""
    for earlier, before in _back_from(tok, index, readings, reach):
        towns = [m for m in earlier.mentions if m.kind == "place" and m.end <= before
                 and (found := gazetteer.lookup(m.canonical)) is not None and found.kind == "city"
                 and (not capital or gazetteer.is_capital(found.name, found.country))]
        if towns:
            return max(towns, key=lambda m: m.start)
    return None


def told_elsewhere(draft: Draft, place: Mention | None, actors: list[str], article: "Article") -> Mention | None:
    """A place more specific than `place` that another sentence gives for the draft's event, or None."""
    part = place is not None and place.kind == "place" and any(
        cue.location is place and entities.part_of(cue.text, place) for cue in draft.cues)
    if place is not None and place.kind == "place" and not part:
        return None  # a town or a building: nothing more specific to look for
    readings = article.readings
    nouns, verb_lemma, object_lemma = _event_words(draft, readings)
    index = article.once("event places", lambda: _Index(readings))
    last = draft.last_index
    own = {cue.sentence.index for cue in draft.cues}
    found: list[Mention] = []
    for at in range(last, last + _ANAPHOR_REACH + 1):  # "the stampede, which occurred in Kerman"
        for tok in index.definite.get(at, ()):
            if tok.lemma_.lower() in nouns and _refers_back(tok):
                found += _anaphor_places(tok, readings[at])
    for at, tok in index.verbs.get(verb_lemma, ()):  # "Kipchoge ran in Vienna"
        if at in own or not _same_actor(tok, actors):
            continue
        obj = _object(tok)
        # the same verb on the same object anywhere in the article; without one, only just after
        if object_lemma and obj is not None and obj.lemma_ == object_lemma or (
                0 < at - last <= _AGAIN_REACH and (obj is None or obj.lemma_ == object_lemma)):
            found += _act_places(tok, readings[at])
    found = [p for p in found if not (p.kind == "country" and p.canonical in actors)]  # an attacker's home
    best = _most_specific(found)
    if best is not None and (place is None or more_specific(best, place)):
        return best
    if part and best is not None and best.kind == "place" and best.canonical != place.canonical \
            and best.country in (None, place.country):
        return best  # "a neighbourhood of Aleppo … the accident in Salaheddin district": that part, named
    return None


class _Index:
    """The article's definite event nouns by sentence and its verbs by lemma, found once per article."""

    def __init__(self, readings: dict[int, "SentenceReading"]) -> None:
        nouns = frozenset().union(*lx.ANAPHOR_NOUNS.values())
        self.definite: dict[int, list["Token"]] = {}
        self.verbs: dict[str, list[tuple[int, "Token"]]] = {}
        for at, reading in readings.items():
            for tok in reading.doc:
                if tok.pos_ == "NOUN" and tok.lemma_.lower() in nouns:
                    self.definite.setdefault(at, []).append(tok)
                elif tok.pos_ == "VERB":
                    self.verbs.setdefault(tok.lemma_, []).append((at, tok))


def _event_words(draft: Draft, readings: dict[int, "SentenceReading"]) -> tuple[set[str], str, str]:
    """The nouns that name the draft's event, and the verb and object of its first strong cue."""
    nouns = set(lx.ANAPHOR_NOUNS.get(draft.kind, ()))
    every = frozenset().union(*lx.ANAPHOR_NOUNS.values())
    verb_lemma = object_lemma = ""
    for cue in draft.cues:
        reading = readings.get(cue.sentence.index)
        tok = token_at(reading.doc, cue.position) if reading is not None else None
        if tok is None:
            continue
        if tok.pos_ == "NOUN" and tok.lemma_.lower() in every:
            nouns.add(tok.lemma_.lower())
        verb = _clause_verb(tok)
        if verb is None:
            continue
        for child in verb.children:  # "a stampede erupted": the stampede
            if child.dep_ in ("nsubj", "nsubjpass", "dobj") and child.lemma_.lower() in every:
                nouns.add(child.lemma_.lower())
        if not verb_lemma and cue.strong:
            verb_lemma = verb.lemma_
            obj = _object(verb)
            object_lemma = obj.lemma_ if obj is not None else ""
    return nouns, verb_lemma, object_lemma


def _refers_back(tok: "Token") -> bool:
    """'the stampede', 'this attack': a definite noun naming the event, not 'an earlier attack'."""
    children = list(tok.children)
    if not any(c.dep_ == "det" and c.lower_ in _DETERMINERS for c in children):
        return False
    return not any(c.lower_ in lx.OTHER_EVENT_WORDS or c.dep_ in ("nummod",) for c in children)


def _anaphor_places(tok: "Token", reading: "SentenceReading") -> list[Mention]:
    """Places said of the event a noun refers back to: "the accident in X", "the stampede, which occurred
    in X", "the attacks occurred … and struck the plant at X"."""
    found = _places_under(tok, reading)
    for child in tok.children:
        if child.dep_ in ("relcl", "acl"):
            found += _places_under(child, reading)
    if tok.dep_ in ("nsubj", "nsubjpass") and tok.head.lemma_.lower() in lx.HAPPENING_VERBS:
        verbs = [tok.head] + [c for c in tok.head.children if c.dep_ == "conj" and c.pos_ == "VERB"]
        for verb in verbs:
            if verb is tok.head or verb.lemma_.lower() in lx.HAPPENING_VERBS:
                found += _act_places(verb, reading)
    return found


def _same_actor(verb: "Token", actors: list[str]) -> bool:
    """The verb's subject names one of the event's actors ("Kipchoge" of "Eliud Kipchoge")."""
    subject = _subject(verb)
    if subject is None:
        return False
    words = {t.text for t in subject.subtree if t.pos_ == "PROPN"}
    return any(word in actor.split() for actor in actors for word in words)


def _act_places(verb: "Token", reading: "SentenceReading") -> list[Mention]:
    """Where a verb puts its act: on itself ("ran in Vienna") or on its object ("struck the plant at X",
    "began an offensive into north-eastern Syria")."""
    found = _places_under(verb, reading)
    obj = _object(verb)
    if obj is not None:
        found += _places_under(obj, reading)
    return found


# ----- a part of a town named without its town ----------------------------------------------------------

_DIVISION_NAME = re.compile(r"\s(?:district|neighbou?rhood|quarter|area)$")
_CONTAINER_REACH = 3  # sentences back in which the town a district lies in may be named
_THE_TOWNS = re.compile(r"\bthe (?:city|town|capital)['’]s\b|\bdistricts? of the (?:city|town|capital)\b", re.I)


def placed_in(place: Mention | None, draft: Draft, actors: list[str], article: "Article") -> Mention | None:
    """"The al-Hali district", with no town beside it: within the town named in its sentence or the few
    before it, so that its time zone is known and another outlet's report of the town can be the same
    place (store/corroborate.py: place_relation). A district of no known town stays as the text gives it."""
    if place is None or place.kind != "place" or ", " in place.canonical or not _DIVISION_NAME.search(place.canonical):
        return place
    if place.timezone is not None and not any(_THE_TOWNS.search(cue.text) for cue in draft.cues):
        return place  # "Kyivskyi district": a town of that name is known; "the city's Kyivskyi district" is a part
    if any(ELSEWHERE.search(cue.text) for cue in draft.cues):
        return place  # "the Izmail district, some 190 kilometres south-west of the city": not a part of it
    first = min(cue.sentence.index for cue in draft.cues)
    own = {cue.sentence.index for cue in draft.cues}
    for index in [*sorted(own), *range(first - 1, first - _CONTAINER_REACH - 1, -1)]:
        reading = article.readings.get(index)
        if reading is None:
            continue
        # the town itself, or the town of a part named with it ("Kharkiv's Kyivskyi district" before)
        towns = [replace(m, canonical=m.canonical.rsplit(", ", 1)[-1]) for m in reading.mentions
                 if m.kind == "place" and m.timezone and m.canonical != place.canonical
                 and gazetteer.lookup(m.canonical.rsplit(", ", 1)[-1]) is not None]
        if towns:
            return _within(place, towns[-1])
    # Not the country: a district "in Yemen" would be as near every Yemeni town struck that night.
    return place


def _within(part: Mention, container: Mention) -> Mention:
    label = entities.within(part.canonical, container.canonical)
    return Mention(label, part.start, part.end, "place", label, container.timezone, container.country)
