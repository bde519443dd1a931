"""One sentence as the extraction rules read it: its cleaned text, parse, names and quotations, what the
sentences before it said, and the helpers every kind uses to read names and places off it.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import cached_property
from typing import TYPE_CHECKING

from . import clauses, entities, gazetteer
from .drafts import PLACE_RANK, Cue, Draft, more_specific
from .entities import Mention
from .safetext import INVISIBLE
from .sentences import Sentence
from .timewords import TimeMatch, find_time_phrases

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from .clauses import Finding

ACTOR_KINDS = ("person", "country", "nationality", "organisation")
# ", whose brother was killed", ", who fled to the capital": a clause about someone named just before it,
# not about the event the sentence tells (its time and its details are that person's).
ABOUT_SOMEONE = re.compile(r",\s+(?:whose|who)\b[^,.;:]*")
# "KYIV, March 5 (Reuters) -": the wire's dateline is when it was filed, not when things happened.
DATELINE = re.compile(r"^[A-Z][A-Z .,'’-]{1,40},?\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s+\d{4})?\s*(?:\([^)]{2,30}\))?\s*[-–—]+\s*"
                      # "CAIRO (Reuters) - ", "KHAN YOUNIS, Gaza Strip (AP) — ": the town and the agency, no date
                      r"|^[A-Z][A-Za-z .'’-]{1,40}(?:,\s*[A-Z][\w .'’-]{1,30})?\s*\((?:[A-Z]{2,6}|Reuters|Xinhua|Anadolu"
                      r"|Bloomberg|Kyodo|Yonhap|Bernama|Interfax|Ukrinform|dpa)\)\s*[-–—]+\s*"
                      # "KHARKIV, Ukraine — ", "MOGADISHU — ": the town in capitals and a dash, nothing else
                      r"|^[A-Z][A-Z .'’-]{2,40}(?:,\s*[A-Z][\w .'’-]{1,30})?\s*[–—]\s*")


def without_dateline(text: str) -> str:
    """The sentence as the parser should read it: a dateline blanked (same length, offsets kept), so
    "CAIRO (Reuters) - Israeli strikes killed 12" parses as the sentence it begins."""
    dateline = DATELINE.match(text)
    return text if dateline is None else " " * dateline.end() + text[dateline.end():]


@dataclass
class SentenceReading:
    """A sentence being read: the cue rules and the parse rules of every kind look at this."""
    sentence: Sentence
    text: str                             # squeezed and cleaned of fused credits (see squeeze)
    doc: "Doc"                            # its parse (of at most the first PARSE_LIMIT characters)
    mentions: list[Mention]
    quotes: list[tuple[int, int]]         # quoted passages, quote marks included
    previous_statement: Draft | None      # the statement of the sentence before, if any
    previous_persons: list[str]           # the persons the latest sentence naming any named

    def cue(self, kind: str, position: int, strong: bool, **fields) -> Cue:
        return Cue(kind, self.sentence, self.text, position, strong, self.mentions, **fields)

    def parsed_cue(self, found: "Finding") -> Cue:
        """A strong cue for what the parse found, its actors named as the cue rules know them."""
        return self.cue(found.kind, found.position, True, actors=[canonical(a, self.mentions) for a in found.actors],
                        parsed=True, death=found.death, expected=found.planned, ground=found.ground,
                        fended=found.fended, by_attackers=found.by_attackers, by_day=found.by_day)

    @property
    def persons(self) -> list[Mention]:
        return [m for m in self.mentions if m.kind == "person"]

    def person(self, name: str | None) -> Mention | None:
        """The sentence's mention of the person by this (canonical) name, if it names them."""
        return next((m for m in self.mentions if m.kind == "person" and m.canonical == name), None)

    @property
    def quotes_words(self) -> bool:
        """Whether the sentence quotes someone's words: a quoted passage of three words or more (a quoted
        term or two, "khwarij", "without provocation", is set apart, not a speech)."""
        return any(len(self.text[start:end].split()) >= 3 for start, end in self.quotes)

    def quoted(self, position: int) -> bool:
        """Whether the character at `position` lies inside quotation marks."""
        return any(start <= position < end for start, end in self.quotes)

    @cached_property
    def time_phrases(self) -> list[TimeMatch]:
        """The sentence's time phrases, found once for the rules that ask whether it is dated and for
        attaching them to cues."""
        return find_time_phrases(self.text)

    @cached_property
    def speaks(self) -> bool:
        """Whether someone in the sentence speaks (an active speech verb with a subject, or a quotation)."""
        return clauses.someone_speaks(self.doc)

    @cached_property
    def hit_place(self) -> Mention | None:
        """The most specific place the parse puts something in or hits ("struck the Varo Cathedral")."""
        return parsed_place(self.doc, self.mentions)

    @cached_property
    def where(self) -> Mention | None:
        """The most specific place the parse puts something in ("in Basra"), buildings hit aside."""
        return parsed_place(self.doc, self.mentions, hits=False)


_WHITESPACE_RUN = re.compile(r"\s{2,}")
_LONGEST_WORD = 64  # longer than any word or name in news prose; URLs and junk get cut
_LONG_WORD = re.compile(rf"(?<!\S)\S{{{_LONGEST_WORD + 1},}}")


# control characters, and the visible pictures ingest stores them as (store/safetext.py: ␁, ␛, ␡, U+FFFD)
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u2400-\u2426\ufffd]")
_COMPATIBLE_LETTERS = re.compile("[\uff01-\uff5e\ufb00-\ufb06\U0001d400-\U0001d7ff]+")


def squeeze(text: str) -> str:
    """The sentence as the patterns read it: a run of whitespace as one space, and a run of
    more than 64 characters without a space cut into pieces of 64.

    Patterns are tried from every word of a sentence; where a pattern may read past many characters
    ("A-A-A-…", thousands of spaces), trying it from every word made hostile text quadratic or worse.
    With both bounded, each try reads only a few words. Only the analysis sees this text: sources keep
    the sentence and its offsets as written."""
    # Letters in compatibility forms read as plain letters ("ＣＨＡＭＡＮ" is "CHAMAN", "ﬁ" is "fi"; not
    # superscripts or fractions, which would turn "12¹" into 121), and invisible format characters (a
    # zero-width space inside "Kandahar", a direction override) are no part of any word.
    text = _COMPATIBLE_LETTERS.sub(lambda m: unicodedata.normalize("NFKC", m.group(0)), INVISIBLE.sub("", text))
    # A control character ("A car bomb \x01exploded", stored as "␁exploded") parts words as a space would
    text = _WHITESPACE_RUN.sub(" ", _CONTROL.sub(" ", text))
    return _LONG_WORD.sub(_cut_word, text)


def _cut_word(match: re.Match) -> str:
    word = match.group(0)
    return " ".join(word[i: i + _LONGEST_WORD] for i in range(0, len(word), _LONGEST_WORD))


_QUOTE_OPEN = re.compile(r"[“\"]")
_QUOTE_CLOSE = re.compile(r"[”\"]")


def quote_spans(text: str) -> list[tuple[int, int]]:
    """Spans of quoted passages, quote marks included: an opening “ or " up to the next closing ” or ",
    with at least three characters between, as the regex [“"]([^”"]{3,})[”"] finds them, but
    without reading to the end of the text again from every quote mark that is never closed."""
    openers = [m.start() for m in _QUOTE_OPEN.finditer(text)]
    closers = [m.start() for m in _QUOTE_CLOSE.finditer(text)]
    spans: list[tuple[int, int]] = []
    position = 0
    while True:
        at = bisect_left(openers, position)
        if at == len(openers):
            return spans
        start = openers[at]
        following = bisect_right(closers, start)
        if following == len(closers):
            return spans
        end = closers[following]
        if end - start > 3:
            spans.append((start, end + 1))
            position = end + 1
        else:
            position = start + 1


# "Separatists in Cameroon", "Rebels in the eastern Democratic Republic of Congo": the country is where the
# speakers are, not who speaks (the words before its name, searched up to it)
WHERE_THEY_ARE = re.compile(r"\b(?:in|from|across)\s+(?:the\s+)?(?:[a-z]+ern\s+)?$")


def canonical(name: str | None, mentions: list[Mention]) -> str | None:
    """A name from the parse as the cue rules know it ('US Secretary of State Mike Pompeo' -> the person)."""
    if not name:
        return None
    for wanted in (("person",), ACTOR_KINDS):
        for mention in mentions:
            if mention.kind in wanted and (mention.text in name or name in mention.text) \
                    and not WHERE_THEY_ARE.search(name[:max(0, name.find(mention.text))]):
                return mention.canonical
    country = gazetteer.lookup(name)  # "U.S.", which the name rules do not read as a mention
    return country.name if country is not None and country.kind == "country" else name


def countries(mentions: list[Mention]) -> list[str]:
    seen: list[str] = []
    for mention in mentions:
        if mention.kind in ("country", "nationality") and mention.canonical not in seen:
            seen.append(mention.canonical)
    return seen


# (a whole word, not a possessive: not "Ecuador'" nor "Ecuador's" from "with Ecuador's president, Daniel Noboa")
# (nor a first name before a particle: not "Mohammed" from "with Mohammed bin Salman")
_PARTNER = re.compile(r"\bwith\s+(?:[A-Z][a-z]+\s+)?([A-Z][a-z][\w’'-]*\w)(?<!['’]s)(?![\w’'-])(?!\s+[A-Z])"
                      r"(?!\s+(?:bin|ibn|bint|al|el|de|da|del|van|von|dos|das)\s|\s+(?:al|el|ad|as|ash|at|az|an|ar)-)")


def with_partner(text: str, start: int, parties: list[str]) -> list[str]:
    """'held a phone call with Putin', 'met with Erdogan': a bare surname after 'with' is the other party."""
    partner = _PARTNER.search(text, start)
    # "with Emmanuel Macron": the surname of a party already named is no second one
    if partner and len(parties) < 2 and not any(partner.group(1) in party.split() for party in parties) \
            and not gazetteer.lookup(partner.group(1)):
        parties.append(partner.group(1))
    return parties


def parsed_place(doc: "Doc", mentions: list[Mention], hits: bool = True) -> Mention | None:
    """The most specific place the parse puts something in, as the gazetteer knows it when it does."""
    best: Mention | None = None
    for start, end, name, label in clauses.places(doc, hits):
        if entities.set_aside(doc.text, start, end) or entities.where_the_teller_is(doc.text, start, end):
            continue
        known = next((m for m in mentions if m.kind in PLACE_RANK and m.start < end and start < m.end), None)
        listed = gazetteer.lookup(name) if known is None else None
        if known is not None and (label != "FAC" or len(known.text) >= len(name)):
            mention = known
        elif listed is not None:  # a town the name rules took for a person ("Basra Saturday")
            kind = {"country": "country", "region": "region"}.get(listed.kind, "place")
            mention = Mention(name, start, end, kind, listed.name if kind == "country" else name,
                              listed.timezone, listed.country)
        elif label not in ("FAC", "PLACE") and any(m.kind in ACTOR_KINDS and m.start < end and start < m.end
                                                  and not (m.kind == "person" and label in ("GPE", "LOC"))
                                                  for m in mentions):
            continue  # a country or people named as an actor (a village the name rules took for a person,
            # "in Nyaung Pin Thar", is the tagger's place)
        else:  # a building, airport or district the gazetteer does not know
            mention = Mention(name, start, end, "place", name, known.timezone if known else None,
                              known.country if known else None)
            if known is None and label != "FAC":
                # "at Mubambiro, near the town of Sake": a settlement named with where it lies, when the text says
                # (a building keeps its own name: "the U.S. Embassy in Baghdad" is the embassy)
                mention = entities.settlement(doc.text, name, start, end)
        if best is None or more_specific(mention, best):
            best = mention
        if label == "FAC":
            return best  # a building is the most specific place there is
    return best


# Who tells of the event, at the sentence's end, with where and when they said it: ", officials in Kyiv said
# on Monday.", ", the military said in Tel Aviv.", ", the police spokesman told reporters in Pemba."
TELLER_AT_END = re.compile(r",\s*[^,\"“”]{1,80}?\s+(?:said|says|reported|told reporters)"
                           r"(?:\s+(?:on|in|late|early|last)\b[^,\"“”]{0,40})?\.?\s*$")
# ", the city's military administration said." closing a sentence: who told what came before it
TRAILING_TELLER = re.compile(r",\s*[^,\"“”]{1,80}?\s+(?:said|says|reported|reports|told (?:reporters|journalists)"
                             # ", district police officer Zahid Marwat told Indus Wire." (an outlet by its name)
                             r"|told (?:the\s+)?(?:[A-Z][\w’'-]*+\s*+){1,4}(?:by (?:phone|telephone))?)\.?\s*$"
                             # ", said Mohamed Adam, a neighbour who helped pull bodies from the rubble."
                             # (possessive: a run of capitals splits into names one way only)
                             # ", said Abdi Ali, a clan elder, who blamed US forces." (who they are, in two parts)
                             r"|,\s*+(?:said|says)\s++(?:[A-Z][\w’'-]*+\s*+){1,6}(?:,\s*+[^,\"“”]{1,80}){0,2}\.?\s*$")


def prefer_parsed_place(cue: Cue, parsed: Mention | None) -> None:
    """"in Basra" read off the parse is more specific than a country named nearby; a place the gazetteer
    does not know (a building, a district) is taken too."""
    if parsed is not None and cue.location is not None and entities.country_and_its_part(cue.text, cue.location, parsed):
        return  # "in Pakistan and Pakistan-administered Kashmir": both, so the country
    if parsed is not None and (more_specific(parsed, cue.location) or parsed.timezone is None and parsed.kind == "place"
                               # "at Mubambiro, near the town of Sake" ("Mubambiro, Sake") than Sake
                               or cue.location is not None and parsed.canonical.endswith(
                                   (f", {cue.location.canonical}", f", {entities.NEAR}{cue.location.canonical}"))):
        cue.location = parsed
