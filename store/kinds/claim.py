"""Claims: what one side asserts that nobody has verified: "claimed to have …", "claimed responsibility",
"reportedly", "allegedly". "has not confirmed" or "could not verify" make it `unconfirmed`, "denied"
`disputed`; such a doubt in a later sentence joins the claim it doubts."""

from __future__ import annotations

import re

from .. import entities
from ..drafts import Cue, Draft
from ..entities import Mention
from ..reading import ACTOR_KINDS, SentenceReading
from ..titles import headline
from .detector import Detector

_CLAIM = re.compile(r"\bclaim(?:ed|s|ing)?\s+(?:to have|that|it had|it has|responsibility|control|to control)\b|\b(?:reportedly|allegedly|purportedly)\b", re.I)
_UNCONFIRMED = re.compile(
    r"\b(?:has|have|had|did|does) not (?:yet )?(?:been )?(?:independently )?(?:confirm(?:ed)?|verif(?:ied|y))"
    r"|\bcould not (?:be )?(?:independently )?(?:confirm|verif)|\bunconfirmed\b|\bnot (?:been )?independently verified\b", re.I)
_EXISTENTIAL = re.compile(r"\bthere (?:is|are|was|were) (?:reportedly|allegedly|purportedly)\b", re.I)
_DISPUTED = re.compile(r"\b(?:denied|denies|disputed|disputes|rejected the claim|dismissed the claim)\b", re.I)
_CAPTURE = re.compile(r"\b(?:captured|taken|taken control of|seized|liberated|occupied|took control of|took)\b", re.I)
_DOUBT_REACH = 2  # sentences: "The claim could not be verified" doubts the claim just before


class Claim(Detector):
    kind = "claim"
    order = 4
    expectable = False  # dated by its telling

    def cues(self, reading: SentenceReading) -> list[Cue]:
        text, mentions = reading.text, reading.mentions
        claim = _CLAIM.search(text)
        hedge = bool(claim) and not claim.group(0).lower().startswith("claim")
        if hedge and _EXISTENTIAL.search(text):
            claim = None  # "there are reportedly 5000 troops there": a state of affairs
        if not claim:
            return doubts(reading)
        claimant = _claimant(text, claim.start(), mentions)
        return [reading.cue("claim", claim.start(), True, actors=[claimant] if claimant else [],
                            location=entities.location(text, mentions), quantities=entities.quantities(text),
                            status=status(text, "reported" if hedge else "claimed"), hedge=hedge)]

    def join(self, cue: Cue, folder) -> Draft | None:
        same_kind = folder.same_kind(cue)
        if not cue.strong and same_kind and cue.sentence.index - same_kind[-1].last_index <= _DOUBT_REACH:
            return same_kind[-1]
        return None

    def title(self, draft: Draft, actors: list[str], place: Mention | None) -> str:
        first = draft.cues[0]
        if place and actors and _CAPTURE.search(first.text):
            # "Russia claimed to have captured the border village of Milove in Kharkiv region"
            return f"{actors[0]} claims capture of {place.canonical}"
        return headline(first.text)


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
