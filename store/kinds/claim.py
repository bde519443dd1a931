"""Claims: what one side asserts that nobody has verified: "claimed to have …", "claimed responsibility",
"reportedly", "allegedly". "has not confirmed" or "could not verify" make it `unconfirmed`, "denied"
`disputed`; such a doubt in a later sentence joins the claim it doubts."""

from __future__ import annotations

import re

from .. import clauses, entities, lexicon
from ..drafts import Cue, Draft
from ..entities import Mention
from ..reading import ACTOR_KINDS, SentenceReading
from ..titles import headline
from .detector import Detector

# "claimed that", "claimed its forces had struck", "claims to control"; not "claimed the lives of" (a toll)
_CLAIM = re.compile(r"\bclaim(?:ed|s|ing)?\s+(?:to have|that|it had|it has|responsibility|credit|control|to control"
                    # "a claim by the so-called TTP that 17 soldiers had died"
                    r"|by\s+(?:the\s+)?[\w’'-]+(?:\s+[\w’'-]+){0,3}?\s+that"
                    # how it was claimed before what: "claimed in a video posted on Friday that", "via Telegram"
                    # ("claimed on Wednesday that" is the party's own act told: arbitration's rule 10b)
                    r"|(?:in|via|during)\s+[^,.;:\"“”]{1,50}?\s+that"
                    r"|(?:its|their|his|her)\s+(?!lives\b)[\w-]+(?:\s+[\w-]+)?\s+(?:had|has|have|was|were|is|are)\b"
                    r"|(?:it|they|he|she)\s+(?:had|has|have|was|were|is|are)\b)"
                    r"|\b(?:reportedly|allegedly|purportedly)\b"
                    # reports resting on sources nobody names: "citing sources within the ministry"
                    r"|\b(?:citing|according to)\s+(?:unnamed\s+|anonymous\s+|several\s+|two\s+|three\s+)?"
                    r"(?:sources|people familiar|officials who)\b", re.I)
_UNCONFIRMED = re.compile(
    r"\b(?:has|have|had|did|does) not (?:yet )?(?:been )?(?:independently )?(?:confirm(?:ed)?|verif(?:ied|y))"
    r"|\bcould not (?:be )?(?:independently )?(?:confirm|verif)|\bunconfirmed\b|\bnot (?:been )?independently verified\b", re.I)
_EXISTENTIAL = re.compile(r"\bthere (?:is|are|was|were) (?:reportedly|allegedly|purportedly)\b", re.I)
_DISPUTED = re.compile(r"\b(?:denied|denies|disputed|disputes|rejected the claim|dismissed the claim)\b", re.I)
_CAPTURE = re.compile(r"\b(?:captured|taken|taken control of|seized|liberated|occupied|took control of|took)\b", re.I)
# "citing sources", "according to unnamed sources": nobody vouches for it
_UNNAMED = {"citing": "unconfirmed", "according": "unconfirmed"}
_NOBODY = re.compile(r"\b(?:no|not|nobody|none|never)\b(?:\s+[\w-]+){0,4}\s*$", re.I)
# "denied/dismissed/rejected [as "lies"] [the group's] claims that …": claims named only to be denied
_DENIED_BEFORE = re.compile(rf"\b(?:{lexicon.DENIAL_VERBS})\b[^.;:]{{0,40}}$", re.I)
# ", a claim that residents rejected": the words before named as a claim
_NAMED_AS_A_CLAIM = re.compile(r"[^,]*,\s+an?\s+claim\b")
_DOUBT_REACH = 2  # sentences: "The claim could not be verified" doubts the claim just before


class Claim(Detector):
    kind = "claim"
    order = 4
    expectable = False  # dated by its telling

    def cues(self, reading: SentenceReading) -> list[Cue]:
        text, mentions = reading.text, reading.mentions
        claim = _CLAIM.search(text)
        # "reportedly", "allegedly": a hedge on the words beside it (rule 2 of arbitration), not a party's claim
        hedge = bool(claim) and claim.group(0).lower().endswith("ly")
        if hedge and _EXISTENTIAL.search(text):
            claim = None  # "there are reportedly 5000 troops there": a state of affairs
        if claim and not hedge and _NOBODY.search(text, max(0, claim.start() - 40), claim.start()):
            claim = None  # "no group has claimed responsibility": nobody claims
        if not claim:
            return doubts(reading)
        denied = None if hedge else _DENIED_BEFORE.search(text, max(0, claim.start() - 60), claim.start())
        if denied:
            # "The ministry rejected claims that its forces shelled the town", "dismissed as lies RSF claims
            # that…": the denial is the news; who denies is its voice, and what is denied is disputed
            denier = clauses.subject_at(reading.doc, denied.start()) or _claimant(text, denied.start(), mentions)
            return [reading.cue("claim", denied.start(), True, actors=[denier] if denier else [],
                                location=entities.location(text, mentions), quantities=entities.quantities(text),
                                status="disputed", denial=True)]
        claimant = None if hedge else clauses.subject_at(reading.doc, claim.start())
        if claimant is None and _NAMED_AS_A_CLAIM.match(text, max(0, claim.start() - 6)):
            # "The junta's information team insisted that the target was a camp, a claim that residents
            # rejected": the claim is what the speaker before it said
            claimant = next((who for at, who in reversed(clauses.speakers(reading.doc)) if at < claim.start()), None)
        claimant = claimant or _claimant(text, claim.start(), mentions)
        return [reading.cue("claim", claim.start(), True, actors=[claimant] if claimant else [],
                            location=entities.location(text, mentions), quantities=entities.quantities(text),
                            status=status(text, _UNNAMED.get(claim.group(0).split()[0].lower(),
                                                             "reported" if hedge else "claimed")),
                            hedge=hedge)]

    def finish(self, cue: Cue, reading: SentenceReading) -> None:
        if cue.location is None and cue.strong:  # a toll one side puts on an attack: where the attack was
            cue.location = entities.location(reading.text, reading.mentions, need_preposition=True)

    def join(self, cue: Cue, folder) -> Draft | None:
        same_kind = folder.same_kind(cue)
        if not cue.strong and same_kind and cue.sentence.index - same_kind[-1].last_index <= _DOUBT_REACH:
            return same_kind[-1]
        # "The Houthi movement claimed responsibility for the attacks. … Houthi spokesperson Yahya Sarea
        # said it had carried out the attack using ten drones": the same side claiming the same thing again
        for draft in reversed(same_kind):
            if cue.sentence.index - draft.last_index > _SAME_CLAIM_REACH:
                break
            if cue.time is None and _same_side(draft, cue):
                return draft
        return None

    def title(self, draft: Draft, actors: list[str], place: Mention | None) -> str:
        first = draft.cues[0]
        if place and actors and _CAPTURE.search(first.text):
            # "Russia claimed to have captured the border village of Milove in Kharkiv region"
            return f"{actors[0]} claims capture of {place.canonical}"
        return headline(first.text)


_SAME_CLAIM_REACH = 10  # sentences: an article tells the claim, then the spokesman's words
_CAPITALISED = re.compile(r"\b[A-Z][\w-]{3,}")
_ATTACK_CLAIMED = re.compile(r"\b(?:responsibility|credit|attacks?|strikes?|bombing|operation)\b", re.I)


def _same_side(draft: Draft, cue: Cue) -> bool:
    """Whether the cue claims the same attack as the draft, by the same side: both speak of an attack
    (or responsibility for one) and the cue's sentence names a word of the draft's claimant."""
    if not (_ATTACK_CLAIMED.search(cue.text) and _ATTACK_CLAIMED.search(draft.cues[0].text)):
        return False
    words = {w for actor in draft.cues[0].actors if actor for w in _CAPITALISED.findall(actor)}
    return bool(words) and any(re.search(rf"\b{re.escape(w)}\b", cue.text) for w in words)


def doubts(reading: SentenceReading) -> list[Cue]:
    """A doubt or a denial with no claim of its own: a weak cue that joins the claim it doubts."""
    text = reading.text
    if _UNCONFIRMED.search(text) or _DISPUTED.search(text):
        return [reading.cue("claim", 0, False, status=status(text, "claimed"))]
    return []


def status(text: str, default: str) -> str:
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


DETECTOR = Claim()
