"""Statements: what a named person or body said. A speaker next to a speech verb ("said", "told",
"warned"), a quotation "according to" someone, or the subject of a speech verb in the parse ("the
foreign ministry denounced", "released a statement"). "He added", "The military boss said" continue
the previous speaker; a statement is dated by its saying, not by the time inside what was said."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass

from .. import clauses, entities, lexicon
from ..drafts import Cue, Draft
from ..entities import Mention
from ..folding import cue_window, same_speaker, surname, times_agree
from ..reading import WHERE_THEY_ARE, SentenceReading, quote_spans
from ..spans import Spans
from ..timecalendar import WEEKDAYS
from ..titles import headline, short_name
from .detector import Detector

SAID = re.compile(
    r"\b(?:said|says|told|stated|added|warned|revealed|announced|insisted|vowed|declared|emphasi[sz]ed|stressed"
    r"|wrote|posted|urged|accused|admitted|tweeted|argued|noted|explained|promised|pledged|threatened"
    r"|replied|responded|welcomed|criticised|criticized|condemned|praised|called (?:on|for)|denied|denies)\b")
_ANAPHOR_SUBJECT = re.compile(
    r"(?:\b(?:he|she|they|He|She|They)|\b[Tt]he\s+(?:[\w-]+\s+){0,3}(?:president|minister|boss|leader|spokesman"
    r"|spokeswoman|spokesperson|chief|commander|official|aide|general|secretary|chancellor|premier|envoy"
    r"|mayor|governor|coach|manager|striker|chief executive|ceo|company|club|ministry))\s*,?\s*$", re.I)
_INSTITUTION = (r"(?:military|army|government|ministry|president|forces|air force|navy|officials|authorities"
                r"|intelligence|defen[cs]e ministry|foreign ministry|general staff|police|embassy|prosecutors?)")
_CONTINUATION = re.compile(r"\b(?:he|she|they|it)\s+(?:added|continued|went on)\b", re.I)
# "have been denied visas", "was told to leave": the verb's subject is spoken to, not speaking.
_PASSIVE_BEFORE = re.compile(r"\b(?:been|being|was|were|is|are|be|get|got)\s+(?:\w+ly\s+)?$", re.I)
_SPEAKER_GAP = re.compile(r"(?:’s|'s)?[\s,]*(?:(?:has|had|also|later|then|again|previously|once)\s+)*")
_INSTITUTION_GAP = re.compile(r"(?:’s|'s)?\s+(?:[a-z]+\s+){0,2}" + _INSTITUTION
                             + r"\s*,?\s*(?:(?:has|have|had|also|later|then|again|previously|once)\s+)*")
# "The United States, which has retreated from ousting President Bashar al-Assad, has stated": the name
# closing a relative clause is not who speaks.
_RELATIVE_CLAUSE = re.compile(r",\s*(?:which|who|whose|whom)\b[^,]*$")
_RELATIVE_REACH = 120
_AUXILIARIES_AFTER = re.compile(r"(?:[\s,]+(?:has|have|had|also|later|then|again|previously|once))+$")
_SPEAKER_AFTER_GAP = re.compile(r"\s*(?:[a-z][\w-]*\s+){0,4}")
_ANAPHOR_REACH = 400  # "the" and three words before a title; words of the squeezed text are short
_ACCORDING = re.compile(r"according to\s+(the\s+[\w\s-]{0,30}?(?:president|minister|leader|chief|official|spokesman|spokeswoman))", re.I)
# "He added, …" goes on the latest statement this many sentences back: a quotation of several
# sentences lies between.
_QUOTE_REACH = 6
# "pledged funds", "promised aid": a gift, not words; "pledged to …", "promised that …" are said
_GIVING = frozenset({"pledged", "promised"})
_ADDRESSED = frozenset({"told", "warned", "urged", "accused", "criticised", "criticized", "condemned", "praised",
                        "welcomed", "threatened", "called on"})
_QUOTE_BEFORE = re.compile(r"[\"”’]\s*,?\s*$")
_SAID_AFTER = re.compile(r"\s*(?:to\b|that\b|[\"“:,])")
_SAID_LATE = re.compile(r"\b(?:said|says|revealed|told|added|warned|announced)\b")
_VERB_TITLE = re.compile(r"(?:welcomed|criticised|criticized|condemned|praised|warned|told|vowed|called|denied)\b")


class Statement(Detector):
    kind = "statement"
    order = 9  # last: an attribution beside an event is weighed against the event (store/arbitration.py)
    expectable = False  # dated by its saying

    def cues(self, reading: SentenceReading) -> list[Cue]:
        speech = _speech(reading)
        if not speech:
            return []
        speaker, position = speech
        body = _body_of(reading, speaker)
        return [reading.cue("statement", position, True, speaker=speaker, actors=[speaker] + ([body] if body else []),
                            location=entities.location(reading.text, reading.mentions, need_preposition=True, said=True),
                            quantities=entities.quantities(reading.text))]

    def check_parse(self, reading: SentenceReading, cues: list[Cue]) -> None:
        if not clauses.someone_speaks(reading.doc):  # "X was denied a visa": no one speaks
            cues[:] = [c for c in cues if c.kind != "statement"]

    def from_parse(self, found, reading: SentenceReading, cues: list[Cue]) -> Cue | None:
        made = reading.parsed_cue(found)
        better = made.actors[0] if made.actors else None
        same = [c for c in cues if c.kind == "statement"]
        for cue in same:  # "the United States Department of Transportation", not "States"
            if better and cue.speaker and cue.speaker != better and (
                    cue.speaker in better or any(m.kind == "person" and m.canonical == better for m in reading.mentions)):
                cue.speaker, cue.actors = better, [better]
        if same:
            return None
        speaker = better
        if speaker is None and found.pronoun:
            previous = reading.previous_statement
            speaker = previous.cues[-1].speaker if previous else (reading.previous_persons or [None])[0]
        if speaker is None:
            return None
        made.speaker, made.actors = speaker, [speaker]
        made.location = entities.location(reading.text, reading.mentions, need_preposition=True, said=True)
        made.quantities = entities.quantities(reading.text)
        return made

    def finish(self, cue: Cue, reading: SentenceReading) -> None:
        cue.content = clauses.content_after(reading.doc, cue.position)

    def timed(self, cue: Cue, reading: SentenceReading) -> None:
        """"Authorities say he tried to…", "experts attribute this to…": an undated remark, without quoted
        words, by a speaker the text does not name is background to the story, not an event of its own
        (the guide's statements are by named people or bodies). It may still go on a statement."""
        if not reading.quotes and cue.time is None and cue.sibling_time is None and unnamed(cue.speaker):
            cue.strong = False
        if cue.time is None and cue.sibling_time is None and _commentator(reading.text, cue.position):
            cue.strong = False  # "BBC's correspondent said questions remain …": commentary, not news


    def join(self, cue: Cue, folder) -> Draft | None:
        if cue.detail and folder.detail_of(cue) is not None:
            return None  # the attack's detail: it joins the attack (arbitration rule 10e)
        if folder.call_read_out(cue) is not None:
            return None  # what was said in the call just told: it joins the call (rule 10f)
        index = cue.sentence.index
        same_kind = folder.same_kind(cue)
        target = None
        if _CONTINUATION.search(cue.text):
            target = folder.latest_recent("statement", index, 2)  # '"…," he added': it goes on
            latest = same_kind[-1] if same_kind else None
            if target is None and latest is not None and index - latest.last_index <= _QUOTE_REACH:
                target = latest  # after a quotation several sentences long
        if target is None:
            target = folder.latest_recent("statement", index, 2, speaker=cue.speaker)
        earlier = folder.by_speaker.get(("statement", surname(cue.speaker)))
        if target is None and earlier is not None and cue.time is None and earlier.first_time is None \
                and same_speaker(earlier.cues[-1].speaker, cue.speaker):
            target = earlier  # further apart, two undated remarks of one speaker are one statement
        if target is None and earlier is not None and index - earlier.last_index <= _QUOTE_REACH \
                and same_speaker(earlier.cues[-1].speaker, cue.speaker) \
                and times_agree(cue, cue_window(cue, folder.base), earlier, folder.base):
            target = earlier  # '"…" Macron told the world on Thursday', after his quotation
        if target is None and earlier is not None and cue.time is not None and earlier.first_time is not None \
                and same_speaker(earlier.cues[-1].speaker, cue.speaker):
            mine, theirs = cue_window(cue, folder.base), earlier.first_window(folder.base)
            if mine is not None and theirs is not None and mine.precision == theirs.precision == "day" \
                    and mine.start == theirs.start:
                target = earlier  # one speaker on one day, told twice in the article: one statement
        return target

    def title(self, draft: Draft, actors: list[str], place: Mention | None) -> str:
        first = draft.cues[0]
        speaker = first.speaker
        if speaker and actors and speaker.casefold().removeprefix("the ") in {t.casefold() for t in entities.HELD_TITLES}:
            speaker = actors[0]  # "the president had written": the president the article named
        who = short_name(speaker or (actors[0] if actors else "Unnamed source"))
        quotes = quote_spans(first.text)
        quoted = first.text[quotes[0][0] + 1: quotes[0][1] - 1] if quotes else ""
        if not quotes and (closing := _CLOSING_QUOTE.search(first.text)):
            quoted = first.text[:closing.start()]  # the end of a quotation begun in the sentence before
        if len(quoted.split()) >= 3:
            return f"{who}: “{quoted.strip().rstrip(',')}”"
        content = _content(first.text)
        said = SAID.match(first.text, first.position)
        if said and said.group(0) not in ("said", "says", "told") and len(first.text[said.start():].split()) >= 4:
            content = headline(first.text[said.start():], capitalise=False)  # "pledged to rebuild the bridge"
        elif first.content and said and said.group(0) in ("said", "says", "told"):
            # the clause the parse says was said; a verb that colours it ("denied", "warned") stays
            content = re.sub(r"^that\s+", "", headline(first.text[first.content[0]:first.content[1]], capitalise=False))
        if quoted.strip() and content.strip(" .,").casefold() in {who.casefold(), (first.speaker or "").casefold()}:
            return f"{who}: “{quoted.strip().rstrip(',')}”"  # '"We ran," said Amina': the words, however few
        if re.match(rf"(?:the\s+)?{re.escape(who)}\b", content, re.I):
            return content[:1].upper() + content[1:]  # "The United Nations called …": it names its speaker
        # "Iraqi officials say", "police say" (plural in form or in use), "Coast Guard says"
        plural = re.search(r"\b[a-z]+s$", who) is not None or who.split()[-1].lower() in _PLURAL_BODIES
        verb = "" if _VERB_TITLE.match(content) or SAID.match(content) else "say " if plural else "says "
        title = f"{who} {verb}{content}".strip()
        return title[:1].upper() + title[1:]  # "Army denied the claim", a headline


_PLURAL_BODIES = frozenset({"police", "people", "personnel", "clergy"})
# 'Show us one gun," said Mariam Hussein': a quotation's last sentence, its opening mark in the one before
_CLOSING_QUOTE = re.compile(r"[,.!?]?[”\"]\s*,?\s+(?:said|says|told|added)\b")


# "army spokesman Brigadier General Nabil Abdallah": the body a spokesperson speaks for, the titles between
_SPOKESPERSON_BEFORE = re.compile(r"\bspokes(?:man|woman|person)\s+(?:(?:[A-Z][\w.’'-]*|[a-z]+-[a-z]+)\s+){0,4}$")
_BODY_END = frozenset({"the", "a", "an", "and", "or", "but", "that", "said", "says", "told", "of", "on", "in",
                       "at", "by", "for", "with", "as", "when", "while", "to", "from", "his", "her", "their", "its"})


# ", the Cauca police commander,", ", the army's spokesman,": the body whose head or voice the person is
_ROLE_AFTER = re.compile(r",\s+the\s+(?P<body>(?:[A-Z][\w’'-]*\s+){0,3}(?:police|army|military|navy|air force"
                         r"|ministry|government|presidency))(?:['’]s)?\s+(?:commander|chief|head|spokes(?:man|woman|person))\b")


def _body_of(reading: SentenceReading, speaker: str) -> str | None:
    """The body a named spokesperson speaks for, as the text names it just before their title: "army
    spokesman Nabil Abdallah" speaks for the army (the guide: a statement's actors are the speaker and
    the body speaking), so another outlet's "the army denied" is the same voice."""
    person = reading.person(speaker)
    if person is None:
        return None
    after = _ROLE_AFTER.match(reading.text, person.end)
    if after is not None:  # "Colonel Andrés Rubiano, the Cauca police commander, told reporters"
        return after.group("body")
    before = reading.text[max(0, person.start - 80): person.start]
    title = _SPOKESPERSON_BEFORE.search(before)
    if title is None:
        return None
    words = before[:title.start()].split()
    body: list[str] = []
    for word in reversed(words[-4:]):
        if not word[-1].isalnum() and word[-1] not in "’'" or word.lower() in _BODY_END \
                or word.lower() in WEEKDAYS:
            break
        body.insert(0, word)
    return " ".join(body) or None


# ----- who speaks ------------------------------------------------------------------------------------


@dataclass
class _Speakers:
    """The names of one sentence that can speak, in order, with their ends and starts for bisecting:
    each speech verb looks only at the names next to it, not at every name of the sentence."""
    speakers: list[Mention]
    institutions: list[Mention]  # countries and nationalities: "Israel's military said"

    def __post_init__(self) -> None:
        self.speaker_starts = [m.start for m in self.speakers]
        self.speaker_ends = [m.end for m in self.speakers]
        self.institution_ends = [m.end for m in self.institutions]


def _speech(reading: SentenceReading) -> tuple[str, int] | None:
    """(speaker, position of the speech verb) when the sentence reports what someone said."""
    text, mentions, quotes = reading.text, reading.mentions, reading.quotes
    quote = quotes[0] if quotes else None
    verbs = [v for v in SAID.finditer(text) if not _PASSIVE_BEFORE.search(text, max(0, v.start() - 24), v.start())
             and not (v.group(0) in _GIVING and not _SAID_AFTER.match(text, v.end()))]
    according = _ACCORDING.search(text)
    if not verbs and not (quote and according):
        return None
    if quote and verbs:
        verbs.sort(key=lambda v: abs(v.start() - quote[0]))
    names = _Speakers([m for m in mentions if m.kind in ("person", "country", "organisation")],
                      [m for m in mentions if m.kind in ("country", "nationality")])
    outside: list[str] | None = None  # persons outside quotes, found once for all verbs

    def persons_outside() -> list[str]:
        nonlocal outside
        if outside is None:
            outside = _persons_outside_quotes(mentions, quotes)
        return outside

    for verb in verbs:
        speaker = _speaker_near(text, verb, names, reading.previous_statement, reading.previous_persons,
                                persons_outside)
        if speaker:
            return speaker, verb.start()
    if quote and according:
        persons = persons_outside() or reading.previous_persons[:1]
        if persons:
            return persons[0], according.start()
    return None


def _speaker_near(text: str, verb: re.Match, names: _Speakers, previous_statement: Draft | None,
                  previous_persons: list[str], persons_outside) -> str | None:
    # "Putin said", "Zelensky has also said": the last name before the verb, with nothing but these
    # words between (an earlier name would have the later one in between, so it cannot qualify).
    before = bisect_right(names.speaker_ends, verb.start()) - 1
    if before >= 0 and _SPEAKER_GAP.fullmatch(text, names.speakers[before].end, verb.start()) \
            and not (names.speakers[before].kind == "country"
                     and WHERE_THEY_ARE.search(text, 0, names.speakers[before].start)) \
            and not _RELATIVE_CLAUSE.search(text, max(0, names.speakers[before].start - _RELATIVE_REACH),
                                            names.speakers[before].start):
        return names.speakers[before].canonical
    # "Israel's military said", "the Russian defence ministry said": the institution speaks.
    before = bisect_right(names.institution_ends, verb.start()) - 1
    if before >= 0:
        mention = names.institutions[before]
        if _INSTITUTION_GAP.fullmatch(text, mention.end, verb.start()) \
                and not WHERE_THEY_ARE.search(text, 0, mention.start):
            # "The US military has denied": the body, without the words between it and its verb
            return _AUXILIARIES_AFTER.sub("", text[mention.start: verb.start()].strip(" ,")).strip(" ,")
    # "..., said Yury Ushakov" / "told reporters Donald Trump": the first name after the verb.
    after = bisect_left(names.speaker_starts, verb.end())
    if after < len(names.speakers) and (verb.group(0) not in _ADDRESSED or _QUOTE_BEFORE.search(text, 0, verb.start())):
        # (a name right after "urged", "warned", "accused" is whom it was said to or of, unless the verb follows
        # a quotation: "'We will respond,' warned Ushakov"; "The UN warned Israel" is the UN's)
        mention = names.speakers[after]
        if (_SPEAKER_AFTER_GAP.fullmatch(text, verb.end(), mention.start)
                and text[verb.end(): mention.start].strip() in ("", "by")):
            return mention.canonical
    anaphor = _ANAPHOR_SUBJECT.search(text, max(0, verb.start() - _ANAPHOR_REACH), verb.start())
    if anaphor:
        if previous_statement is not None:
            return previous_statement.cues[-1].speaker
        if anaphor.group(0).strip(" ,").lower() in ("he", "she", "they"):
            return (previous_persons or [None])[0]
        # "the mayor said": a person named in this sentence, else the office itself; the person of an
        # earlier sentence may hold another office
        title = re.sub(r"^[Tt]he\s+", "", anaphor.group(0).strip(" ,"))
        return (persons_outside() or [title[:1].upper() + title[1:]])[0]
    return None


_MEDIA_OWNER = re.compile(r"\b(" + "|".join(sorted(map(re.escape, lexicon.MEDIA_OUTLETS), key=len, reverse=True))
                          + r")(?:’s|'s)\s+")
_COMMENTATOR_REACH = 60  # characters before the speech verb where the speaker's description stands


def _commentator(text: str, position: int) -> bool:
    """The speaker is a journalist or an analyst ("BBC's Jonathan Marcus said", "analysts say")."""
    before = text[max(0, position - _COMMENTATOR_REACH): position]
    words = {w.lower() for w in re.findall(r"[A-Za-z]+", before)}
    return bool(words & lexicon.COMMENTATOR_WORDS) or _MEDIA_OWNER.search(before) is not None


def _persons_outside_quotes(mentions: list[Mention], quotes: list[tuple[int, int]]) -> list[str]:
    quoted = Spans(quotes)
    return [m.canonical for m in mentions if m.kind == "person" and not quoted.contains(m.start)]


def unnamed(speaker: str | None) -> bool:
    """'Authorities', 'the agency', 'worldwide press freedom organization': only common nouns, with no
    name, nationality or title of a named body in them ('Saudi officials', 'the Coast Guard' are named)."""
    if not speaker:
        return True
    words = speaker.replace("’s", "").replace("'s", "").split()
    for number, word in enumerate(words):
        bare = word.lower().strip(".,")
        if bare in lexicon.PRONOUNS or bare in ("the", "a", "an", "of", "for", "in", "some", "other", "several"):
            continue
        if word[:1].isupper() and (number > 0 or bare.rstrip("s") not in _COMMON_SPEAKERS):
            return False
        if not word[:1].isupper() and bare.rstrip("s") not in _COMMON_SPEAKERS and bare not in _COMMON_SPEAKERS:
            return False  # "the ministry", "the army": the body the story named
    return True


# Speakers that name no one: plural crowds of sources and the vaguest bodies. A single definite body
# ("the ministry", "the army") stands for the one the story has named, and stays a speaker.
_COMMON_SPEAKERS = frozenset({
    "authoritie", "official", "expert", "observer", "analyst", "critic", "witness", "resident", "source",
    "partie", "party", "researcher", "scientist", "activist", "campaigner", "local", "report", "agency",
    "group", "organization", "organisation", "people", "diplomat", "worldwide", "press", "freedom",
    "international", "human", "right", "aid", "medical", "security", "local", "neighbour", "neighbor",
    "bystander", "survivor", "villager", "relative", "medic", "doctor", "rescuer", "paramedic", "eyewitness",
    "passer-by", "passerby", "onlooker"})


# ----- the title ---------------------------------------------------------------------------------------


def _content(text: str) -> str:
    """What was said, without the attribution: 'X said that Y' -> 'Y'; 'Y, X revealed.' -> 'Y'."""
    said = SAID.search(text)
    # (not "The strike was a crime, said Yury Ushakov": said after what was said, before its speaker)
    if said and said.start() < len(text) / 2 and not (text[:said.start()].endswith(", ")
                                                      and len(text[:said.start()].split()) >= 3):
        rest = text[said.end():]
        rest = re.sub(r"^\s*(?:that|on \w+|:)\s*", "", rest)
        verb = said.group(0)
        return headline(rest if verb in ("said", "says") else f"{verb} {rest}", capitalise=False)
    # '..., X revealed': only the part after the last comma can hold the attribution, or the last two when
    # the teller is named in apposition (", the spokesman, Sulaiman Bala Idris, said").
    teller = _TELLER_TAIL.search(text)
    head, comma, tail = text.rpartition(",")
    clause = text[:teller.start()] if teller else head if comma and _SAID_LATE.search(tail) else text
    return _DETERMINER.sub(lambda m: m.group(0).lower(), headline(clause, capitalise=False), count=1)


_TELLER_TAIL = re.compile(r",\s*(?:the|a|an|its|their)\s+[^,\"“”]{1,40},\s*[A-Z][^,\"“”]{1,50},?\s+(?:said|says|added)\.?\s*$")
# "Idris says the curfew will remain …": a sentence's first word, once it follows "says", is in lower case
_DETERMINER = re.compile(r"^(?:The|A|An|This|These|Those|Its|Their|Our)\b")


DETECTOR = Statement()
