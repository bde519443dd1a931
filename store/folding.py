"""Folding cues into events: each cue joins the draft its kind's detector names (store/kinds/), or the one
arbitration hands it across kinds (store/arbitration.py), or starts a new event when it is strong.

The Folder keeps the indexes that let a cue find its draft without comparing it with every draft so far.
"""

from __future__ import annotations

import re
import unicodedata

from bisect import bisect_left
from collections.abc import Iterable
from datetime import datetime

from . import arbitration, kinds, lexicon
from .drafts import DETAIL_REACH, Cue, Draft, made
from .reading import TELLER_AT_END
from .timeattach import said_day
from .timewords import Window, dates_a_noun, find_time_phrases, resolve


# "Ankara's account of the call said Erdogan had urged Iraq to act": the call named only as what tells it
_ACCOUNT_OF_THE_CALL = re.compile(r"\b(?:accounts?|readouts?|read-outs?|versions?|summary|summaries)\s+of\s+the\s+"
                                  r"(?:phone\s+|telephone\s+)?(?:call|conversation|talks?)\b", re.I)


class Folder:
    """The drafts of one article, and what lets a new cue find its draft without being compared with
    every draft so far: drafts by kind, the latest draft of a kind naming each person, the latest draft
    of a kind by each speaker, and the drafts touched in the last three sentences."""

    def __init__(self, base: datetime) -> None:
        self.base = base
        self.drafts: list[Draft] = []
        self.by_kind: dict[str, list[Draft]] = {}
        self.naming: dict[tuple[str, str], Draft] = {}  # (kind, person) -> latest draft naming them
        self.recent: dict[int, Draft] = {}  # draft_id -> draft touched in the last three sentences
        self.by_speaker: dict[tuple[str, str], Draft] = {}  # (kind, surname) -> latest draft of that speaker
        self.latest_death: Draft | None = None  # the latest event a death joined
        self.last_touched: Draft | None = None  # the draft the latest cue joined

    def fold(self, cue: Cue) -> Draft | None:
        """The draft the cue joins (a new one for a strong cue), or None when it joins nothing."""
        index = cue.sentence.index
        self.recent = {key: d for key, d in self.recent.items() if index - d.last_index <= 2}
        target = kinds.get(cue.kind).detect().join(cue, self)
        if target is None:
            target = arbitration.join_across_kinds(cue, self)
        if target is None:
            if not cue.strong:
                return None
            target = Draft(cue.kind, [], len(self.drafts))
            self.drafts.append(target)
            self.by_kind.setdefault(cue.kind, []).append(target)
        self._add(target, cue)
        return target

    def same_kind(self, cue: Cue) -> list[Draft]:
        """The drafts of the cue's kind, in the order they were made."""
        return self.by_kind.get(cue.kind, [])

    def latest_recent(self, kind: str, index: int, within: int, *, speaker: str | None = None) -> Draft | None:
        """The latest-made draft of kind touched within `within` sentences (by that speaker if given)."""
        found = [d for d in self.recent.values() if d.kind == kind and index - d.last_index <= within
                 and (speaker is None or same_speaker(d.cues[-1].speaker, speaker))]
        return max(found, key=made, default=None)

    def latest_touched(self, kind: str, index: int, within: int) -> Draft | None:
        """The draft of kind whose latest sentence is nearest before `index`, at most `within` sentences back."""
        return _latest(self.by_kind.get(kind, []), index, within)

    def latest_attack(self, index: int, within: int) -> Draft | None:
        """The strike or armed attack on the ground whose latest sentence is nearest before `index`."""
        return _latest((d for kind in ("strike", "other") for d in self.by_kind.get(kind, []) if d.attack),
                       index, within)

    def _named_instead(self, cue: Cue, target: Draft, within: int) -> Draft | None:
        """Another attack told within `within` sentences whose place the cue's sentence names, when it does not
        name the target's ("A resident of Katarko said the attackers arrived at 10pm", after an attack on
        Katarko and then one on Buni Yadi): that one."""
        def named(draft: Draft) -> bool:
            place = draft.location()
            first = place.canonical.split(", ")[0] if place is not None else ""
            return bool(first) and re.search(rf"\b{re.escape(first)}\b", cue.text) is not None

        if named(target):
            return target
        others = [d for kind in ("strike", "other") for d in self.by_kind.get(kind, [])
                  if d.attack and d is not target and cue.sentence.index - d.last_index <= within and named(d)]
        return max(others, key=made) if others else target

    def detail_of(self, cue: Cue) -> Draft | None:
        """The attack told just before whose detail this statement is (arbitration rule 10e): not one at
        another place or on another day ("The death toll from last week's strike on a bus station in another
        town rose to 12, officials said" after today's strike is that other attack's)."""
        # Further back when nothing else was told since and a witness just quoted goes on ("He said his
        # brother was among the dead"): the sentences between, with no event of their own (how the attackers
        # came, the quotation), told the attack. A named person's account stays theirs (the guide's statement).
        quiet = self.last_touched is not None and self.last_touched.attack and _GOES_ON.match(cue.text) is not None
        target = self.latest_attack(cue.sentence.index, QUIET_DETAIL_REACH if quiet else DETAIL_REACH)
        if target is None:
            return None
        target = self._named_instead(cue, target, QUIET_DETAIL_REACH)
        place = target.location()
        if cue.location and place and not _one_within(cue.location.canonical, place.canonical) \
                and cue.location.country == place.country and cue.location.kind == place.kind == "place":
            return None
        # Only the attack's own date tells another day ("last week's strike"); a saying's or a toll's day
        # ("rose to seven on Wednesday, the governor said") is later than the attack anyway.
        own_date = cue.time is not None and dates_a_noun(cue.text, cue.time)
        return target if not own_date or times_agree(cue, cue_window(cue, self.base), target, self.base) else None

    def fight_of(self, cue: Cue) -> Draft | None:
        """The attack told just before whose dead a cue tells ("Three soldiers died in the ensuing gunfight"):
        not when the sentence names a place or a day of its own that is not that attack's ("In Yobe, three
        soldiers were killed in the fighting on Friday" after an attack in Borno on Sunday)."""
        target = self.latest_attack(cue.sentence.index, DETAIL_REACH)
        if target is None:
            return None
        target = self._named_instead(cue, target, QUIET_DETAIL_REACH)
        place = target.location()
        if cue.location is not None and (place is None or cue.location.canonical != place.canonical):
            return None
        # (not where the teller is: "…, the police spokesman told reporters in Pemba")
        teller = TELLER_AT_END.search(cue.text)
        told = cue.text[:teller.start()] if teller is not None and teller.start() > cue.position else cue.text
        named = {word for m in _PLACE_NAMED.finditer(told) for word in m.group(1).split()}
        if named and (place is None or not named & set(re.findall(r"[\w-]+", place.canonical))):
            return None  # "which began at about 11.40pm on Sunday in Gajiram": a fight somewhere else
        first = next((c for c in target.cues if c.time is not None), None)
        # the attack's own words, counted from the day they were said ("overnight, the army said on Thursday")
        theirs = resolve(first.time, said_day(first, self.base)) if first is not None else None
        for phrase in find_time_phrases(cue.text):
            told = resolve(phrase, self.base) if phrase.pattern != "clock" else None
            if told is not None and told.precision != "unknown" and theirs is not None \
                    and not (told.start <= theirs.end and theirs.start <= told.end):
                return None  # "killed in the fighting on Saturday" after Sunday night's attack, "on March 2"
        return target if times_agree(cue, cue_window(cue, self.base), target, self.base) else None

    def naming_partner(self, cue: Cue) -> Draft | None:
        """The latest draft of the cue's kind naming one of its actors (for a parsed cue, one whose time
        agrees: one actor's events on different days stay apart); without actors, the latest of the kind."""
        partners = {person_key(p) for p in cue.actors}
        naming = [self.naming[(cue.kind, p)] for p in partners if (cue.kind, p) in self.naming]
        if cue.parsed:
            mine = cue_window(cue, self.base)
            naming = [d for d in naming if times_agree(cue, mine, d, self.base)]
        same_kind = self.same_kind(cue)
        if naming:
            return max(naming, key=made)
        if not partners and same_kind and not cue.parsed:
            return same_kind[-1]
        return None

    def call_read_out(self, cue: Cue) -> Draft | None:
        """The call told just before whose readout this statement is (arbitration rule 10f): a
        participant named, told by a participant or by a body (their office, a council), no time words
        of its own."""
        from .kinds.call import names_a_call  # here: the kinds import this module

        if cue.kind != "statement" or cue.time is not None or cue.sibling_time is not None \
                or names_a_call(cue.text) and not _ACCOUNT_OF_THE_CALL.search(cue.text) or _SAID_APART.search(cue.text):
            return None  # a sentence naming the call tells more than what was said in it; one said apart is not it
        call = self.latest_touched("call", cue.sentence.index, READOUT_REACH)
        if call is None:
            return None
        if _BOTH_PARTIES.match(cue.text):
            return call  # "The two leaders discussed border security, an aide said": whoever tells it
        people = {person_key(actor) for c in call.cues for actor in c.actors}
        if cue.speaker and person_key(cue.speaker) not in people \
                and not any(word in lexicon.BODY_WORDS for word in cue.speaker.lower().split()):
            return None  # an aide's, a minister's or "the US president"'s account is their own statement
        return call if any(m.kind == "person" and person_key(m.canonical) in people for m in cue.mentions) else None

    def change_kind(self, draft: Draft, kind: str) -> None:
        """Move the draft to the list of its new kind, keeping both lists in the order drafts were made."""
        old = self.by_kind[draft.kind]
        del old[bisect_left(old, draft.draft_id, key=made)]
        new = self.by_kind.setdefault(kind, [])
        new.insert(bisect_left(new, draft.draft_id, key=made), draft)
        draft.kind = kind

    def _add(self, draft: Draft, cue: Cue) -> None:
        draft.add(cue)
        self.last_touched = draft
        self.recent[draft.draft_id] = draft
        if cue.speaker:
            self.by_speaker[(draft.kind, surname(cue.speaker))] = draft
        if cue.death:
            self.latest_death = draft
        for person in map(person_key, cue.actors):
            known = self.naming.get((draft.kind, person))
            if known is None or known.draft_id < draft.draft_id:
                self.naming[(draft.kind, person)] = draft


def _one_within(a: str, b: str) -> bool:
    """The same place, or one named with the other as what it lies in ("Wajiroko, Damboa" and "Damboa")."""
    return a == b or a.endswith(", " + b) or b.endswith(", " + a)


def _latest(drafts: Iterable[Draft], index: int, within: int) -> Draft | None:
    """Of these drafts, the one whose latest sentence is nearest before `index`, at most `within` back."""
    found = max(drafts, key=lambda d: (d.last_index, d.draft_id), default=None)
    return found if found is not None and index - found.last_index <= within else None


# "in Gajiram", "near Konduga": a place a sentence names, whether or not the gazetteer knows it
_PLACE_NAMED = re.compile(r"\b(?:in|at|near|outside)\s+((?:[A-Z][\w’'-]+)(?:\s+[A-Z][\w’'-]+)*)")
READOUT_REACH = 2  # sentences: what the leaders said in their call is told just after it
QUIET_DETAIL_REACH = 5  # sentences: a witness's toll after a paragraph about the attack that tells nothing else
_GOES_ON = re.compile(r"\s*(?:he|she|they)\s+(?:said|says|added|told)\b", re.I)
# Both parties of the call told just before, as the subject: "The two leaders discussed …", "Both sides agreed …"
_BOTH_PARTIES = re.compile(r"\s*(?:(?:the|both)\s+(?:two\s+)?(?:leaders|presidents|prime ministers|ministers|men|women"
                           r"|sides|heads of state)|they)\b", re.I)
# "Lodhi later told parliament …", "Separately, …": a remark made apart from the call, not its readout
_SAID_APART = re.compile(r"\b(?:later|afterwards|subsequently|separately|earlier|meanwhile)\b"
                         r"|\btold\s+(?:parliament|reporters|journalists|lawmakers|the\s+\w+)\b", re.I)


def person_key(name: str) -> str:
    """How a mention names a participant: 'Recep Tayyip Erdoğan', 'Erdogan' and 'Erdoğan' are one."""
    bare = unicodedata.normalize("NFKD", surname(name))
    return "".join(ch for ch in bare if not unicodedata.combining(ch)).lower()


def same_speaker(a: str | None, b: str | None) -> bool:
    """'Emmanuel Macron' and 'Macron' are one speaker."""
    if a == b:
        return True
    if not a or not b:
        return False
    return a.split()[-1] == b.split()[-1] and (" " not in a or " " not in b)


def surname(name: str | None) -> str:
    return name.split()[-1] if name and name.split() else ""


def cue_window(cue: Cue, base: datetime) -> Window | None:
    """The window of the cue's own time phrase, if it has one."""
    return resolve(cue.time, base) if cue.time else None


def times_agree(cue: Cue, mine: Window | None, draft: Draft, base: datetime) -> bool:
    """No time on either side, or windows that overlap ("on Monday evening" and "overnight").

    mine is the cue's own window (resolved once by the caller)."""
    if cue.time is None or draft.first_time is None:
        return True
    if cue.time.pattern == "clock":
        return True  # "the attack took place at about 7:45 p.m.": a clock names no day of its own
    theirs = draft.first_window(base)
    if mine is None or theirs is None:
        return True
    if mine.start == mine.end or theirs.start == theirs.end:
        return mine.start <= theirs.end and theirs.start <= mine.end  # an instant on a window's edge is in it
    # windows that only touch ("on Sunday night" ends as "on Monday morning" begins) are two times
    return mine.start < theirs.end and theirs.start < mine.end
