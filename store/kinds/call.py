"""Calls: leaders or officials speaking by phone or video ("had a phone call with", "spoke by phone",
"video call"); "the call" later joins it, and so does any mention naming one of its participants."""

from __future__ import annotations

import re

from ..drafts import Cue, Draft
from ..entities import Mention
from ..reading import SentenceReading, with_partner
from ..titles import short_name
from .detector import Article, Detector

PHRASE = re.compile(
    r"\b(?:phone|telephone|video)[\s-](?:call|conversation|talks|discussion)s?\b"
    r"|\b(?:a|the|their|his|her)\s+(?:[\w-]+\s+){0,2}call\s+(?:with|between)\b"
    r"|\b(?:spoke|talked)\s+(?:[\w.-]+\s+){0,8}(?:by|on the|over the)\s+(?:phone|telephone)\b"
    r"|\b(?:held|had)\s+(?:a\s+)?(?:[\w-]+\s+)?call\b", re.I)
_ANAPHOR = re.compile(r"\b(?:the|that|this)\s+(?:[\w-]+\s+){0,2}(?:call|conversation)\b(?!\s+(?:for|on)\b)", re.I)


class Call(Detector):
    kind = "call"
    order = 1

    def cues(self, reading: SentenceReading) -> list[Cue]:
        text = reading.text
        call = PHRASE.search(text)
        match = call or _ANAPHOR.search(text)
        if not match:
            return []
        # Only a call phrase with someone to call starts a call; "the call" joins one.
        near = with_partner(text, match.start(), [m.canonical for m in reading.persons])
        return [reading.cue("call", match.start(), bool(call) and len(near) >= 1, actors=near[:4])]

    def join(self, cue, folder) -> Draft | None:
        return folder.naming_partner(cue)

    def actors(self, draft: Draft, article: Article) -> list[str]:
        return draft.participants()

    def title(self, draft: Draft, actors: list[str], place: Mention | None) -> str:
        how = "video" if any("video" in c.text.lower() for c in draft.cues) else "phone"
        if len(actors) >= 2:
            return f"{short_name(actors[0])} and {short_name(actors[1])} speak by {how}"
        return f"{short_name(actors[0])} {how} call" if actors else f"{how.title()} call"


DETECTOR = Call()
