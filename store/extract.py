"""Turn an article into event records: a pure function of (text, publication date, time zone).

How: split the text into sentences (captions set aside), find in each sentence the cues of calls,
strikes, claims, statements and decisions by grammar ("had a phone call with", "said", "claimed to
have", "decision to halt"), attach time phrases, names, places and quantities to the nearest cue, then
fold cues that speak of one occurrence into one event: the same call partners, the same place of a
strike (or an anaphor: "the barrage", "the city"), the same speaker two sentences on ("He added").
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from dataclasses import dataclass
from datetime import date, datetime, time

from . import clauses, entities, gazetteer, kinds, lexicon, model, nlp
from .drafts import PLACE_RANK as _PLACE_RANK
from .drafts import Cue, Draft
from .drafts import more_specific as _more_specific
from .entities import Mention
from .reading import ACTOR_KINDS
from .reading import DATELINE as _DATELINE
from .reading import canonical as _canonical
from .reading import countries as _countries
from .reading import parsed_place as _parsed_place
from .reading import quote_spans as _quotes
from .reading import squeeze as _squeeze
from .reading import with_partner as _with_partner
from .sentences import Sentence, split_sentences, strip_fused_credit
from .spans import Spans
from .timeattach import AFTER as _AFTER
from .timeattach import attach_times as _attach_times
from .timeattach import window as _window
from .timewords import Window, find_time_phrases, resolve, zone
from .titles import clip as _clip
from .titles import headline as _headline
from .titles import short_name as _short

# ----- cue patterns --------------------------------------------------------------------------------

_CALL = re.compile(
    r"\b(?:phone|telephone|video)[\s-](?:call|conversation|talks|discussion)s?\b"
    r"|\b(?:a|the|their|his|her)\s+(?:[\w-]+\s+){0,2}call\s+(?:with|between)\b"
    r"|\b(?:spoke|talked)\s+(?:[\w.-]+\s+){0,8}(?:by|on the|over the)\s+(?:phone|telephone)\b"
    r"|\b(?:held|had)\s+(?:a\s+)?(?:[\w-]+\s+)?call\b", re.I)
_MEETING = re.compile(r"\b(?:met|meets|hosted|held (?:face-to-face |bilateral |direct )?talks with|(?:a|their|the) (?:face-to-face |bilateral )?meeting (?:with|between))\b")
_FUTURE_MEETING = re.compile(r"\b(?:will|would|to|plans? to|expected to|set to|due to|could|may)\s+(?:meet|hold talks|host)\b", re.I)
_CALL_ANAPHOR = re.compile(r"\b(?:the|that|this)\s+(?:[\w-]+\s+){0,2}(?:call|conversation)\b(?!\s+(?:for|on)\b)", re.I)
_STRIKE_WORD = re.compile(
    r"\b(?:air[\s-]?strikes?|airstrikes?|strikes?|struck|attacks?|attacked|barrage|blitz(?:ed)?|pound(?:ed|ing)"
    r"|bombard(?:ed|ment)|shell(?:ed|ing)|bombed|bombing|hit|raids?|explosions?|launched|fired)\b", re.I)
_WEAPON = re.compile(r"\b(?:drones?|missiles?|rockets?|artillery|shells|shelling|bombs?|ballistic|air[\s-]?strikes?|airstrikes?|barrage|blitz(?:ed)?|bombard\w*|glide bombs?|mortars?"
                     r")\b", re.I)
# "Ukrainian forces struck a Russian air base": an armed force as the subject of an attack verb.
_FORCES_STRIKE = re.compile(r"\b(?:forces|troops|army|military|air force|navy|warplanes|jets)\s+(?:have\s+|had\s+)?"
                            r"(?:struck|attacked|hit|bombed|shelled|raided|targeted|pounded)\b", re.I)
_NOT_A_STRIKE = re.compile(r"\bstrike (?:a|the) (?:deal|balance|chord|pose)|\b(?:hunger|general|labou?r|rail|transit) strikes?\b|\bon strike\b|\bstrike action\b|\bheart attack\b|\bpanic attack\b|\bcyber", re.I)
_STRIKE_AFTERMATH = re.compile(
    r"\b(?:killed|injured|wounded|dead|hardest hit|(?:was|were) (?:struck|hit)|wreaked havoc|fires? broke out"
    r"|damaged|destroyed|intercepted|shot down|down(?:ed)? \w+ of|air defen[cs]es?)\b", re.I)
_NEW_STRIKE = re.compile(r"\b(?:another|a second|a separate|a further|separately)\s+(?:[\w-]+\s+){0,2}(?:attack|strike|airstrike|raid|bombardment|barrage)", re.I)
_CLAIM = re.compile(r"\bclaim(?:ed|s|ing)?\s+(?:to have|that|it had|it has|responsibility|control|to control)\b|\b(?:reportedly|allegedly|purportedly)\b", re.I)
_UNCONFIRMED = re.compile(
    r"\b(?:has|have|had|did|does) not (?:yet )?(?:been )?(?:independently )?(?:confirm(?:ed)?|verif(?:ied|y))"
    r"|\bcould not (?:be )?(?:independently )?(?:confirm|verif)|\bunconfirmed\b|\bnot (?:been )?independently verified\b", re.I)
_EXISTENTIAL = re.compile(r"\bthere (?:is|are|was|were) (?:reportedly|allegedly|purportedly)\b", re.I)
_DISPUTED = re.compile(r"\b(?:denied|denies|disputed|disputes|rejected the claim|dismissed the claim)\b", re.I)
_SAY_MAIN = re.compile(
    r"\b(?:said|says|told|stated|added|warned|revealed|announced|insisted|vowed|declared|emphasi[sz]ed|stressed"
    r"|wrote|posted|urged|accused|admitted|tweeted|argued|noted|explained|promised|pledged|threatened"
    r"|replied|responded|welcomed|criticised|criticized|condemned|praised|called (?:on|for)|denied|denies)\b")
_SAY_PARTICIPLE = re.compile(r"\b(?:saying|stating|adding|warning|insisting|stressing)\b")
_ANAPHOR_SUBJECT = re.compile(
    r"(?:\b(?:he|she|they|He|She|They)|\b[Tt]he\s+(?:[\w-]+\s+){0,3}(?:president|minister|boss|leader|spokesman"
    r"|spokeswoman|spokesperson|chief|commander|official|aide|general|secretary|chancellor|premier|envoy"
    r"|mayor|governor|coach|manager|striker|chief executive|ceo|company|club|ministry))\s*,?\s*$", re.I)
_DECISION_STRONG = re.compile(
    r"\bdecision to\s+\w+|\b(?:decided|agreed|voted) to\s+(?:impose|halt|pause|suspend|send|deploy|ban|lift|cut|raise|approve|sanction|extend|provide|release|withdraw|resume|join|sign|close|open)\b"
    r"|\b(?:cut|raised|lowered|hiked|held)\s+(?:its\s+|their\s+|the\s+)?(?:key\s+|benchmark\s+)?(?:interest\s+)?rates?\b",
    re.I)
# These verbs state a decision only with an object somewhere after them ("halted weapons shipments").
_DECISION_VERB = re.compile(
    r"\b(?:halted|paused|suspended|froze|resumed|imposed|approved|deployed|ordered|banned|tasked|lifted"
    r"|scrapped|cancelled|canceled|signed|vetoed|sanctioned|proposed|adopted|unveiled|extended|introduced)\b", re.I)
_DECISION_OBJECT = re.compile(
    r"\b(?:shipments?|deliveries|aid|weapons|arms|sanctions|troops|forces|ban|group|law|decree|bill|order"
    r"|exports?|imports?|tariffs?|jobs|funding|package)\b", re.I)
_INSTITUTION = (r"(?:military|army|government|ministry|president|forces|air force|navy|officials|authorities"
                r"|intelligence|defen[cs]e ministry|foreign ministry|general staff|police|embassy|prosecutors?)")
_DECISION_ANAPHOR = re.compile(r"\b(?:the|this|that|weapons|arms|aid)\s+(?:pause|halt|suspension|freeze|decision|ban)\b", re.I)
_PARSE_LIMIT = 1500  # characters of one sentence given to the parser
_CONTINUATION = re.compile(r"\b(?:he|she|they|it)\s+(?:added|continued|went on)\b", re.I)
_DEATH = re.compile(r"(?:killed|died|dead|wounded|injured)\b", re.I)
_CAPTURE = re.compile(r"\b(?:captured|taken|taken control of|seized|liberated|occupied|took control of|took)\b", re.I)
_WEAPON_ORDER = (("drone", r"drones?"), ("missile", r"missiles?|ballistic"), ("rocket", r"rockets?"),
                 ("artillery", r"artillery|shell(?:s|ing|ed)"), ("glide bomb", r"glide bombs?"))


# ----- the pure function ---------------------------------------------------------------------------


def extract_events(text: str, published: date | datetime | str, tz: str | None = "UTC",
                   article_id: str | None = None) -> list[dict]:
    """Event records for the article text, times resolved against its publication date.

    Never raises on odd text: what cannot be read yields no event.
    """
    base = _base_moment(published, tz)
    folder = _Folder(base)
    known_people: dict[str, str] = {}
    previous_statement: Draft | None = None
    previous_persons: list[str] = []
    sentences = [s for s in split_sentences(text) if not s.caption]
    cleans = [strip_fused_credit(_squeeze(s.text)) for s in sentences]
    # A run-on "sentence" (a table, a list without full stops) is parsed only as far as _PARSE_LIMIT, so
    # the parse rules' work stays bounded per sentence and linear in the article.
    for sentence, clean, doc in zip(sentences, cleans, nlp.parse_many(c[:_PARSE_LIMIT] for c in cleans)):
        quotes = _quotes(clean)
        mentions = entities.names(clean, known_people)
        _learn_people(mentions, known_people)
        if previous_statement is not None and previous_statement.last_index < sentence.index - 1:
            previous_statement = None
        cues = _cues(sentence, clean, mentions, previous_statement, previous_persons, quotes)
        _add_parsed(cues, doc, sentence, clean, mentions, previous_statement, previous_persons, quotes)
        _attach_times(clean, cues, quotes)
        _weaken_unnamed_remarks(cues, quotes)
        made_statement = None
        for cue in cues:
            draft = folder.fold(cue)
            if cue.kind == "statement" and draft:
                made_statement = draft
        if made_statement is not None:
            previous_statement = made_statement
        previous_persons = [m.canonical for m in mentions if m.kind == "person"] or previous_persons
    drafts = folder.drafts
    attacker = _article_attacker(drafts)
    # Windows of events dated by their own words first: "moments after" ties need them.
    own_windows: dict[int, Window] = {}
    for draft in drafts:
        if any(c.time for c in draft.cues):
            window = _window(draft, base, {})
            own_windows.update((id(cue), window) for cue in draft.cues)
    return [_build(draft, _window(draft, base, own_windows), article_id, attacker, base) for draft in drafts]


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
                known.setdefault(word, mention.canonical)


# ----- finding cues --------------------------------------------------------------------------------


def _cues(sentence: Sentence, text: str, mentions: list[Mention], previous_statement: Draft | None,
          previous_persons: list[str], quotes: list[tuple[int, int]]) -> list[Cue]:
    cues: list[Cue] = []
    persons = [m for m in mentions if m.kind == "person"]

    def cue(kind: str, position: int, strong: bool, **extra) -> Cue:
        made = Cue(kind, sentence, text, position, strong, mentions, **extra)
        cues.append(made)
        return made

    # Calls
    call = _CALL.search(text)
    if call or _CALL_ANAPHOR.search(text):
        match = call or _CALL_ANAPHOR.search(text)
        near = _with_partner(text, match.start(), [m.canonical for m in persons])
        cue("call", match.start(), bool(call) and len(near) >= 1, actors=near[:4])
    # Meetings in person (kind "other"): past tense only, a planned meeting has no date to resolve yet.
    meeting = _MEETING.search(text)
    if meeting and not call and not _FUTURE_MEETING.search(text):
        parties = _with_partner(text, meeting.start(), [m.canonical for m in persons] or _countries(mentions))
        if len(parties) >= 2:
            cue("other", meeting.start(), True, actors=parties[:4],
                location=entities.location(text, mentions, need_preposition=True))
    # Strikes
    strike_word = _STRIKE_WORD.search(text)
    if not _NOT_A_STRIKE.search(text):
        if strike_word and (_WEAPON.search(text) or _FORCES_STRIKE.search(text)):
            cue("strike", strike_word.start(), True, location=entities.location(text, mentions),
                quantities=entities.quantities(text), new_marker=bool(_NEW_STRIKE.search(text)),
                actors=_countries(mentions))
        elif strike_word or _STRIKE_AFTERMATH.search(text):
            aftermath = strike_word or _STRIKE_AFTERMATH.search(text)
            cue("strike", aftermath.start(), False, location=entities.location(text, mentions),
                quantities=entities.quantities(text), actors=_countries(mentions))
    # Claims
    claim = _CLAIM.search(text)
    if claim and not claim.group(0).lower().startswith("claim") and (
            _EXISTENTIAL.search(text) or any(c.kind == "strike" for c in cues)):
        # "five more reportedly died in the attack": the attack's toll, on the attack; "there are
        # reportedly 5000 troops there": a state of affairs
        claim = None
    if claim:
        claimant = _claimant(text, claim.start(), mentions)
        status = "claimed" if claim.group(0).lower().startswith("claim") else "reported"
        cue("claim", claim.start(), True, actors=[claimant] if claimant else [],
            location=entities.location(text, mentions), quantities=entities.quantities(text),
            status=_status(text, status))
    elif _UNCONFIRMED.search(text) or _DISPUTED.search(text):
        cue("claim", 0, False, status=_status(text, "claimed"))
    # Decisions
    decision = _strong_decision(text)
    if decision is not None:
        decider = _decider(text, decision, mentions)
        cue("decision", decision, True, actors=[decider] if decider else [])
    elif _DECISION_ANAPHOR.search(text):
        subject = persons[0].canonical if persons and persons[0].start < 3 and not _SAY_MAIN.search(
            text[persons[0].end: persons[0].end + 12]) else None
        cue("decision", _DECISION_ANAPHOR.search(text).start(), False, actors=[subject] if subject else [])
    # Statements
    speech = _speech(text, mentions, previous_statement, previous_persons, quotes)
    # "..., the governor said" after a strike is the strike's source, not a statement of its own.
    if speech and (quotes or not any(c.strong for c in cues)):
        speaker, position = speech
        cue("statement", position, True, speaker=speaker, actors=[speaker],
            location=entities.location(text, mentions, need_preposition=True),
            quantities=entities.quantities(text))
    # A call or event "moments after" which another happened takes its day from that one.
    for first in cues:
        for second in cues:
            if first is second:
                continue
            relation = _AFTER.search(text, first.position, second.position + 1) if first.position < second.position else None
            if relation and second.kind == "call" and first.kind != "call":
                second.after = first
    return cues


def _add_parsed(cues: list[Cue], doc, sentence: Sentence, text: str, mentions: list[Mention],
                previous_statement: Draft | None, previous_persons: list[str], quotes: list[tuple[int, int]]) -> None:
    """Add the events the parse shows (store/clauses.py) that the cue rules above missed."""
    dated = any(True for _ in find_time_phrases(text))
    place, where = _parsed_place(doc, mentions), _parsed_place(doc, mentions, hits=False)
    if not clauses.someone_speaks(doc):  # "X was denied a visa": no one speaks
        cues[:] = [c for c in cues if c.kind != "statement"]
    for cue in cues:
        if cue.kind == "decision" and not cue.parsed and clauses.in_background_clause(doc, cue.position):
            cue.strong = False  # "…, which has ordered the militants to disarm": said of someone, not news
    for found in clauses.find(doc, dated):
        same = [c for c in cues if c.kind == found.kind]
        actors = [_canonical(a, mentions) for a in found.actors]
        if found.attacker and (_DATELINE.match(text) and found.attacker in _DATELINE.match(text).group(0)
                               or any(m.kind in ("place", "region") and found.attacker in (m.text, m.canonical)
                                      for m in mentions)):
            found.attacker = None  # an attacker is never a town, nor the dateline
        if found.kind == "strike" and found.mention_only:
            for cue in same:
                cue.attacker = cue.attacker or _canonical(found.attacker, mentions)
                if found.reference and not cue.parsed:
                    cue.strong = False  # it joins the attack it refers to
            if not same:  # joins the attack it names, never starts one
                cues.append(Cue("strike", sentence, text, found.position, False, mentions, parsed=True,
                                attacker=_canonical(found.attacker, mentions)))
            continue
        if found.kind in ("strike", "decision") and same and not found.own_date:
            for cue in same:  # the parse confirms a weak cue: it may start an event of its own
                cue.strong = True
                cue.attacker = cue.attacker or _canonical(found.attacker, mentions)
            continue
        made = Cue(found.kind, sentence, text, found.position, True, mentions, actors=actors, parsed=True,
                   death=found.death, expected=found.planned)
        if found.kind == "strike":
            if any(c.kind == "claim" and c.strong for c in cues):
                continue
            made.location, made.quantities = entities.location(text, mentions), entities.quantities(text)
            made.attacker = _canonical(found.attacker, mentions)
            if made.attacker and made.location and made.attacker in (made.location.canonical, made.location.text):
                made.attacker = None  # an attacker is never the place hit
        elif found.kind == "decision":
            made.location = entities.location(text, mentions)
            if found.announces:  # "X announced a ban": the announcement is the decision
                cues[:] = [c for c in cues if c.kind != "statement"]
            if not actors and found.pronoun and previous_statement is not None:
                made.actors = [previous_statement.cues[-1].speaker]
        elif found.kind == "statement":
            better = actors[0] if actors else None
            for cue in same:  # "the United States Department of Transportation", not "States"
                if better and cue.speaker and cue.speaker != better and (
                        cue.speaker in better or any(m.kind == "person" and m.canonical == better for m in mentions)):
                    cue.speaker, cue.actors = better, [better]
            if found.about_attack and not same:
                for cue in cues:  # "the ministry condemned the attack": the attack is another event's
                    if cue.kind == "strike" and not cue.parsed:
                        cue.strong = False
            if same or any(c.strong and (c.kind in ("claim", "decision") or not quotes) for c in cues):
                continue
            speaker = actors[0] if actors else None
            if speaker is None and found.pronoun:
                speaker = previous_statement.cues[-1].speaker if previous_statement else (previous_persons or [None])[0]
            if speaker is None:
                continue
            made.speaker, made.actors = speaker, [speaker]
            made.location = entities.location(text, mentions, need_preposition=True)
            made.quantities = entities.quantities(text)
        elif found.kind == "other":
            if any(c.kind == "other" and not c.parsed for c in same) or any(c.kind in ("strike", "call", "claim") and c.strong for c in cues):
                continue
            if any(c.kind == "strike" for c in cues) and _DEATH.search(text[found.position:found.position + 12]):
                continue  # "were killed" beside an attack: the attack's toll
            made.location = entities.location(text, mentions, need_preposition=True)
        cues.append(made)
    if not quotes:
        # "X has suspended the permit, officials said": a trailing attribution is the source of the event
        # the parse found, not a statement of its own (as the cue rules do for strikes)
        first_event = min((c.position for c in cues if c.parsed and c.strong and c.kind in ("decision", "strike", "other")),
                          default=None)
        if first_event is not None:
            cues[:] = [c for c in cues if not (c.kind == "statement" and c.position > first_event)]
    counted = None
    for cue in cues:
        if cue.parsed and not cue.quantities:  # "17 rockets", "36 arrest warrants", "301 stores"
            counted = clauses.counts(doc) if counted is None else counted
            cue.quantities = dict(counted)
        if cue.kind == "statement":
            cue.content = clauses.content_after(doc, cue.position)
        if cue.kind == "decision" and cue.location is None and cue.strong:
            cue.location = entities.location(text, mentions, need_preposition=True)
        # "in Basra" read off the parse is more specific than a country named nearby; a building hit
        # is a strike's place only
        better = place if cue.kind == "strike" else where
        if better is not None and cue.kind in ("strike", "other", "decision") and (
                _more_specific(better, cue.location) or better.timezone is None and better.kind == "place"):
            cue.location = better


def _strong_decision(text: str) -> int | None:
    """Where the sentence states a decision, or None. Of the verbs that need an object after them only
    the first is checked: it has the most text after it. (As one regex with a look-ahead, every such
    verb read the rest of the sentence again.)"""
    found = []
    stated = _DECISION_STRONG.search(text)
    if stated:
        found.append(stated.start())
    verb = _DECISION_VERB.search(text)
    if verb and _DECISION_OBJECT.search(text, verb.end()):
        found.append(verb.start())
    return min(found, default=None)


def _status(text: str, default: str) -> str:
    if _DISPUTED.search(text):
        return "disputed"
    if _UNCONFIRMED.search(text):
        return "unconfirmed"
    return default


def _claimant(text: str, position: int, mentions: list[Mention]) -> str | None:
    """Who claims: 'according to X' for 'reportedly', else the subject right before 'claimed'."""
    source = entities.organisation_after_according_to(text)
    if source and not text[position:position + 5].lower().startswith("claim"):
        return source
    before = [m for m in mentions if m.end <= position and m.kind in ACTOR_KINDS + ("place",)]
    if before and position - before[-1].end < 25:
        return before[-1].canonical
    if source:
        return source
    after = [m for m in mentions if m.start > position and m.kind == "person"]
    return after[0].canonical if after else None


def _decider(text: str, position: int, mentions: list[Mention]) -> str | None:
    before = [m for m in mentions if m.end <= position and m.kind in ACTOR_KINDS]
    if before:
        mention = before[-1]
        return mention.text if mention.text in ("US", "UK", "EU") else mention.canonical
    return None


# "have been denied visas", "was told to leave": the verb's subject is spoken to, not speaking.
_PASSIVE_BEFORE = re.compile(r"\b(?:been|being|was|were|is|are|be|get|got)\s+(?:\w+ly\s+)?$", re.I)
_SPEAKER_GAP = re.compile(r"(?:’s|'s)?[\s,]*(?:(?:has|had|also|later|then|again|previously|once)\s+)*")
_INSTITUTION_GAP = re.compile(r"(?:’s|'s)?\s+(?:[a-z]+\s+){0,2}" + _INSTITUTION + r"\s*,?\s*")
_SPEAKER_AFTER_GAP = re.compile(r"\s*(?:[a-z][\w-]*\s+){0,4}")
_ANAPHOR_REACH = 400  # "the" and three words before a title; words of the squeezed text are short


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


def _speech(text: str, mentions: list[Mention], previous_statement: Draft | None,
            previous_persons: list[str], quotes: list[tuple[int, int]]) -> tuple[str, int] | None:
    """(speaker, position of the speech verb) when the sentence reports what someone said."""
    quote = quotes[0] if quotes else None
    verbs = [v for v in _SAY_MAIN.finditer(text) if not _PASSIVE_BEFORE.search(text, max(0, v.start() - 24), v.start())]
    according = re.search(r"according to\s+(the\s+[\w\s-]{0,30}?(?:president|minister|leader|chief|official|spokesman|spokeswoman))", text, re.I)
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
        speaker = _speaker_near(text, verb, names, previous_statement, previous_persons, persons_outside)
        if speaker:
            return speaker, verb.start()
    if quote and according:
        persons = persons_outside() or previous_persons[:1]
        if persons:
            return persons[0], according.start()
    return None


def _speaker_near(text: str, verb: re.Match, names: _Speakers, previous_statement: Draft | None,
                  previous_persons: list[str], persons_outside) -> str | None:
    # "Putin said", "Zelensky has also said": the last name before the verb, with nothing but these
    # words between (an earlier name would have the later one in between, so it cannot qualify).
    before = bisect_right(names.speaker_ends, verb.start()) - 1
    if before >= 0 and _SPEAKER_GAP.fullmatch(text, names.speakers[before].end, verb.start()):
        return names.speakers[before].canonical
    # "Israel's military said", "the Russian defence ministry said": the institution speaks.
    before = bisect_right(names.institution_ends, verb.start()) - 1
    if before >= 0:
        mention = names.institutions[before]
        if _INSTITUTION_GAP.fullmatch(text, mention.end, verb.start()):
            return text[mention.start: verb.start()].strip(" ,")
    # "..., said Yury Ushakov" / "told reporters Donald Trump": the first name after the verb.
    after = bisect_left(names.speaker_starts, verb.end())
    if after < len(names.speakers):
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
        return (persons_outside() or previous_persons or [None])[0]
    return None


def _persons_outside_quotes(mentions: list[Mention], quotes: list[tuple[int, int]]) -> list[str]:
    quoted = Spans(quotes)
    return [m.canonical for m in mentions if m.kind == "person" and not quoted.contains(m.start)]


def _weaken_unnamed_remarks(cues: list[Cue], quotes: list[tuple[int, int]]) -> None:
    """"Authorities say he tried to…", "experts attribute this to…": an undated remark, without quoted
    words, by a speaker the text does not name is background to the story, not an event of its own
    (the guide's statements are by named people or bodies). It may still go on a statement."""
    if quotes:
        return
    for cue in cues:
        if cue.kind == "statement" and cue.time is None and cue.sibling_time is None and _unnamed(cue.speaker):
            cue.strong = False


def _unnamed(speaker: str | None) -> bool:
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
    "international", "human", "right", "aid", "medical", "security", "local"})


# ----- folding cues into events --------------------------------------------------------------------


# A strike is compared with this many of the latest strike events (newest first) to find the one it
# speaks of; comparing it with every earlier one made an article of thousands of strikes quadratic.
# News articles describe a few dozen separate strikes at most.
_STRIKE_REACH = 50
# "He added, …" goes on the latest statement this many sentences back: a quotation of several
# sentences lies between.
_QUOTE_REACH = 6


class _Folder:
    """The drafts of one article, and what lets a new cue find its draft without being compared with
    every draft so far: drafts by kind, the latest draft naming each person, and the drafts touched
    in the last three sentences (statements and claims fold only into those)."""

    def __init__(self, base: datetime) -> None:
        self.base = base
        self.drafts: list[Draft] = []
        self.by_kind: dict[str, list[Draft]] = {}
        self.naming: dict[tuple[str, str], Draft] = {}  # (kind, person) -> latest draft naming them
        self.recent: dict[int, Draft] = {}  # draft_id -> draft touched in the last three sentences
        self.by_speaker: dict[str, Draft] = {}  # surname -> latest statement draft of that speaker
        self.latest_death: Draft | None = None  # the latest other event that is a death

    def fold(self, cue: Cue) -> Draft | None:
        """The draft the cue joins (a new one for a strong cue), or None when it joins nothing."""
        index = cue.sentence.index
        self.recent = {key: d for key, d in self.recent.items() if index - d.last_index <= 2}
        same_kind = self.by_kind.get(cue.kind, [])
        target: Draft | None = None
        if cue.kind in ("call", "other"):
            partners = set(cue.actors)
            naming = [self.naming[(cue.kind, p)] for p in partners if (cue.kind, p) in self.naming]
            if cue.parsed:  # one actor's events on different days stay apart
                mine = resolve(cue.time, self.base) if cue.time else None
                naming = [d for d in naming if _times_agree(cue, mine, d, self.base)]
            if naming:
                target = max(naming, key=_made)
            elif not partners and same_kind and not cue.parsed:
                target = same_kind[-1]
            death = self.latest_death
            if target is None and cue.death and death is not None and index - death.last_index <= 3 \
                    and _times_agree(cue, resolve(cue.time, self.base) if cue.time else None, death, self.base):
                target = death  # one death told twice
        elif cue.kind == "strike":
            if not cue.new_marker:
                mine = resolve(cue.time, self.base) if cue.time else None
                for draft in reversed(same_kind[-_STRIKE_REACH:]):
                    if cue.attacker and draft.attackers and cue.attacker not in draft.attackers:
                        continue  # another attacker: another attack
                    if _places_agree(cue.location, draft.location()) and _times_agree(cue, mine, draft, self.base):
                        target = draft
                        break
            if target is None and not cue.strong and same_kind and cue.location is None:
                target = same_kind[-1]
        elif cue.kind == "statement":
            if _CONTINUATION.search(cue.text):
                target = self._latest_recent("statement", index, 2)  # '"…," he added': it goes on
                latest = same_kind[-1] if same_kind else None
                if target is None and latest is not None and index - latest.last_index <= _QUOTE_REACH:
                    target = latest  # after a quotation several sentences long
            if target is None:
                target = self._latest_recent("statement", index, 2, speaker=cue.speaker)
            earlier = self.by_speaker.get(_surname(cue.speaker))
            if target is None and earlier is not None and cue.time is None and earlier.first_time is None \
                    and _same_speaker(earlier.cues[-1].speaker, cue.speaker):
                target = earlier  # further apart, two undated remarks of one speaker are one statement
            if target is None and earlier is not None and index - earlier.last_index <= _QUOTE_REACH \
                    and _same_speaker(earlier.cues[-1].speaker, cue.speaker) \
                    and _times_agree(cue, resolve(cue.time, self.base) if cue.time else None, earlier, self.base):
                target = earlier  # '"…" Macron told the world on Thursday', after his quotation
        elif cue.kind == "claim":
            if not cue.strong and same_kind and index - same_kind[-1].last_index <= 2:
                target = same_kind[-1]
            elif not cue.strong:
                # "X said it had hit a command centre. The claim could not be verified.": what was said
                # is a claim.
                target = self._latest_recent("statement", index, 1)
                if target is not None:
                    self._change_kind(target, "claim")
        elif cue.kind == "decision":
            if not cue.strong and same_kind:
                target = same_kind[-1]
        if target is None:
            if not cue.strong:
                return None
            target = Draft(cue.kind, [], len(self.drafts))
            self.drafts.append(target)
            self.by_kind.setdefault(cue.kind, []).append(target)
        self._add(target, cue)
        return target

    def _latest_recent(self, kind: str, index: int, within: int, *, speaker: str | None = None) -> Draft | None:
        """The latest-made draft of kind touched within `within` sentences (by that speaker if given)."""
        found = [d for d in self.recent.values() if d.kind == kind and index - d.last_index <= within
                 and (speaker is None or _same_speaker(d.cues[-1].speaker, speaker))]
        return max(found, key=_made, default=None)

    def _add(self, draft: Draft, cue: Cue) -> None:
        draft.add(cue)
        self.recent[draft.draft_id] = draft
        if draft.kind == "statement" and cue.speaker:
            self.by_speaker[_surname(cue.speaker)] = draft
        if cue.death:
            self.latest_death = draft
        if draft.kind in ("call", "other"):
            for person in cue.actors:
                known = self.naming.get((draft.kind, person))
                if known is None or known.draft_id < draft.draft_id:
                    self.naming[(draft.kind, person)] = draft

    def _change_kind(self, draft: Draft, kind: str) -> None:
        """Move the draft to the list of its new kind, keeping both lists in the order drafts were made."""
        old = self.by_kind[draft.kind]
        del old[bisect_left(old, draft.draft_id, key=_made)]
        new = self.by_kind.setdefault(kind, [])
        new.insert(bisect_left(new, draft.draft_id, key=_made), draft)
        draft.kind = kind


def _made(draft: Draft) -> int:
    return draft.draft_id


def _same_speaker(a: str | None, b: str | None) -> bool:
    """'Emmanuel Macron' and 'Macron' are one speaker."""
    if a == b:
        return True
    if not a or not b:
        return False
    return a.split()[-1] == b.split()[-1] and (" " not in a or " " not in b)


def _surname(name: str | None) -> str:
    return name.split()[-1] if name and name.split() else ""


def _places_agree(a: Mention | None, b: Mention | None) -> bool:
    if a is None or b is None or a.canonical == b.canonical:
        return True
    # "the U.S. Embassy" and "the United States Embassy": one building, its owner spelt two ways.
    last_a, last_b = a.canonical.split()[-1].lower(), b.canonical.split()[-1].lower()
    if last_a == last_b and last_a in lexicon.BUILDING_NOUNS and a.timezone is None and b.timezone is None:
        return True
    # A country and a place inside it ("Ukraine could only down two missiles" in a Kyiv story).
    if a.kind == "country" and b.country == a.country:
        return True
    if b.kind == "country" and a.country == b.country:
        return True
    # A region and a place in the same country ("the Gaza Strip" and "Gaza City").
    if "region" in (a.kind, b.kind) and a.country and a.country == b.country:
        return True
    return False


def _times_agree(cue: Cue, mine: Window | None, draft: Draft, base: datetime) -> bool:
    """No time on either side, or windows that overlap ("on Monday evening" and "overnight").

    mine is the cue's own window (resolved once by the caller)."""
    if cue.time is None or draft.first_time is None:
        return True
    theirs = draft.first_window(base)
    if mine is None or theirs is None:
        return True
    return mine.start <= theirs.end and theirs.start <= mine.end


# ----- building records ----------------------------------------------------------------------------


def _article_attacker(drafts: list[Draft]) -> str | None:
    votes: Counter[str] = Counter()
    for draft in drafts:
        if draft.kind == "strike":
            attacker = _strike_attacker(draft)
            if attacker:
                votes[attacker] += 1
    return votes.most_common(1)[0][0] if votes else None


def _strike_attacker(draft: Draft) -> str | None:
    """Who attacked: a country, nationality or armed group named before the attack word (the subject)
    counts most; the country of the place that was hit counts only as such a subject."""
    named = [c.attacker for c in draft.cues if c.attacker]
    if named:
        return named[0]
    place = draft.location()
    target_country = place.country if place else None
    votes: Counter[str] = Counter()
    for cue in draft.cues:
        if not cue.strong:
            continue
        for mention in cue.mentions:
            if mention.kind not in ("country", "nationality", "organisation"):
                continue
            code = mention.country or _country_code(mention.canonical)
            if target_country and code == target_country and mention.end > cue.position:
                continue  # the country that was hit, named after the attack word
            weight = 1 + (mention.kind == "nationality") + 2 * (mention.end <= cue.position)
            votes[mention.canonical] += weight
    return votes.most_common(1)[0][0] if votes else None


def _country_code(name: str) -> str | None:
    place = gazetteer.lookup(name)
    return place.country if place and place.kind == "country" else None


def _expected(draft: Draft, window: Window, base: datetime) -> bool:
    """Scheduled, not yet happened: the parse saw a plan ("is set to open", "will meet on Saturday",
    "talks are due next week"), or the event's own window begins after the day of publication (a
    statement or claim is dated by its saying, which has happened)."""
    if draft.kind in ("statement", "claim"):
        return False
    if any(c.expected for c in draft.cues):
        return True
    return window.precision != "unknown" and window.start.date() > base.astimezone(window.start.tzinfo).date()


def _build(draft: Draft, window: Window, article_id: str | None, article_attacker: str | None,
           base: datetime) -> dict:
    quantities: dict[str, int] = {}
    for cue in draft.cues:
        for name, number in cue.quantities.items():
            quantities[name] = max(quantities.get(name, 0), number)
    status = "reported"
    for cue in draft.cues:
        if cue.status in ("unconfirmed", "disputed") or (cue.status == "claimed" and status == "reported"):
            status = cue.status
    if status == "reported" and _expected(draft, window, base):
        status = "expected"
    place = draft.location()
    actors = _actors(draft, article_attacker)
    if draft.kind == "strike" and actors and place is not None and _is_country_of(place, actors[0]):
        place = _place_not_of(draft, actors[0])
    sources = []
    seen_sentences = set()
    for cue in draft.cues:
        if cue.sentence.start in seen_sentences:
            continue
        seen_sentences.add(cue.sentence.start)
        sources.append({"article_id": article_id, "sentence": cue.sentence.text,
                        "start": cue.sentence.start, "end": cue.sentence.end})
    keeps = kinds.get(draft.kind).fields
    record = model.make_event(
        kind=draft.kind, title=_title(draft, actors, place, article_attacker), **window.as_fields(),
        actors=actors if "actors" in keeps else [],
        location=place.canonical if place and "location" in keeps else None,
        quantities=quantities if "quantities" in keeps else {},
        status=status, origin="extracted", sources=sources)
    return record


def _is_country_of(place: Mention, attacker: str) -> bool:
    """'Turkey' as the place of a Turkish strike: the attacker's own country, named as who attacked."""
    if place.kind != "country":
        return False
    code = _country_code(gazetteer.DEMONYMS.get(attacker, attacker))
    return place.canonical == attacker or (code is not None and code == place.country)


def _place_not_of(draft: Draft, attacker: str) -> Mention | None:
    """The most specific place the strike's cues name that is not the attacker's country; none else."""
    best = None
    for cue in draft.cues:
        others = [m for m in cue.mentions if not (m.kind in _PLACE_RANK and _is_country_of(m, attacker))]
        found = entities.location(cue.text, others)
        if found is not None and (best is None or _more_specific(found, best)):
            best = found
    return best


def _actors(draft: Draft, attacker: str | None) -> list[str]:
    if draft.kind == "strike":
        own = _strike_attacker(draft) or attacker
        return [own] if own else []
    if draft.kind in ("call", "other"):
        persons = draft.persons()
        full = [p for p in persons if " " in p]
        known_surnames = {p.split()[-1] for p in full}
        return (full + [p for p in persons if " " not in p and p not in known_surnames])[:4]
    return [a for a in draft.persons() if a][:4]


def _title(draft: Draft, actors: list[str], place: Mention | None, attacker: str | None) -> str:
    first = draft.cues[0]
    if draft.kind == "call":
        how = "video" if any("video" in c.text.lower() for c in draft.cues) else "phone"
        if len(actors) >= 2:
            return f"{_short(actors[0])} and {_short(actors[1])} speak by {how}"
        return f"{_short(actors[0])} {how} call" if actors else f"{how.title()} call"
    if draft.kind == "other" and len(actors) >= 2:
        where = f" in {place.canonical}" if place else ""
        return f"{_short(actors[0])} and {_short(actors[1])} meet{where}"
    if draft.kind == "strike":
        words = " ".join(c.text for c in draft.cues if c.strong) or first.text
        weapons = [name for name, rx in _WEAPON_ORDER if re.search(rf"\b(?:{rx})\b", words, re.I)]
        kind = " and ".join(weapons[:2]) if weapons else (
            "air" if re.search(r"\bair[\s-]?strikes?|airstrikes?", words, re.I) else "")
        adjective = _demonym(actors[0]) if actors else ""
        preposition = "near" if re.search(r"\bnear\b", first.text) else "on"
        where = f" {preposition} {place.canonical}" if place else ""
        return _clip(" ".join(w for w in (adjective, kind, "strike") if w) + where)
    if draft.kind == "statement":
        who = _short(first.speaker or (actors[0] if actors else "Unnamed source"))
        quotes = _quotes(first.text)
        quoted = first.text[quotes[0][0] + 1: quotes[0][1] - 1] if quotes else ""
        if len(quoted.split()) >= 3:
            return _clip(f"{who}: “{quoted.strip().rstrip(',')}”")
        content = _content(first.text, first.speaker)
        verb = "" if re.match(r"(?:welcomed|criticised|criticized|condemned|praised|warned|told|vowed|called|denied)\b", content) else "says "
        return _clip(f"{who} {verb}{content}")
    if draft.kind == "claim" and place and actors and _CAPTURE.search(first.text):
        # "Russia claimed to have captured the border village of Milove in Kharkiv region"
        return _clip(f"{actors[0]} claims capture of {place.canonical}")
    if draft.kind == "decision":
        match = re.search(r"decision to\s+(\w+)\s+([^,.;]+)", first.text)
        if match and actors:
            return _clip(f"{actors[0]} {_third_person(match.group(1))} {match.group(2)}")
    return _clip(_headline(first.text))


def _demonym(country: str) -> str:
    for adjective, name in gazetteer.DEMONYMS.items():
        if name == country:
            return adjective
    return country


def _third_person(verb: str) -> str:
    if re.search(r"(?:s|sh|ch|x|z)$", verb):
        return verb + "es"
    if re.search(r"[^aeiou]y$", verb):
        return verb[:-1] + "ies"
    return verb + "s"


_SAID_LATE = re.compile(r"\b(?:said|says|revealed|told|added|warned|announced)\b")


def _content(text: str, speaker: str | None) -> str:
    """What was said, without the attribution: 'X said that Y' -> 'Y'; 'Y, X revealed.' -> 'Y'."""
    said = _SAY_MAIN.search(text)
    if said and said.start() < len(text) / 2:
        rest = text[said.end():]
        rest = re.sub(r"^\s*(?:that|on \w+|:)\s*", "", rest)
        verb = said.group(0)
        return _headline(rest if verb in ("said", "says") else f"{verb} {rest}", capitalise=False)
    # '..., X revealed': only the part after the last comma can hold the attribution.
    head, comma, tail = text.rpartition(",")
    clause = head if comma and _SAID_LATE.search(tail) else text
    return _headline(clause, capitalise=False)
