"""What a kind's detector may do at each step of extraction; store/kinds/<name>.py subclasses it and sets
`DETECTOR = TheKind()`. Every method has a harmless default, so a new kind overrides only what it needs.

The steps, for each sentence: `cues` (rule cues on the words), `check_parse` and `from_parse` (what the
parse shows), `finish` (fields read once the sentence's cues are settled), `timed` (once time phrases
are attached); then `join` folds each cue into an event; at the end `actors`, `place` and `title` make
the record. Rules between two kinds belong to store/arbitration.py, not here.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Any

from ..drafts import Cue, Draft
from ..entities import Mention
from ..reading import SentenceReading
from ..titles import headline

if TYPE_CHECKING:
    from ..clauses import Finding
    from ..folding import Folder


@dataclass
class Article:
    """The drafts of the whole article, for what a kind reads off all of them (one attacker named in
    most strikes stands for the others); `once` computes such a fact one time per article."""
    drafts: list[Draft]
    base: datetime
    _facts: dict[str, Any] = field(default_factory=dict)

    def once(self, name: str, compute: Callable[[], Any]) -> Any:
        if name not in self._facts:
            self._facts[name] = compute()
        return self._facts[name]


class Detector:
    kind: str = ""
    # Where this kind's cues stand among one sentence's cues: the order in which they are folded (so the
    # order events are listed) and the tie-break when two are as near a time phrase. Statements come
    # last: what is said is told about the events beside it. Equal orders keep the registry's order.
    order: int = 5
    # Whether its events can be scheduled (status `expected`); a statement or claim is dated by its
    # saying, which has happened.
    expectable: bool = True

    # ----- finding --------------------------------------------------------------------------------

    def cues(self, reading: SentenceReading) -> list[Cue]:
        """Its cues in the sentence, found by the words (at most a few)."""
        return []

    def check_parse(self, reading: SentenceReading, cues: list[Cue]) -> None:
        """Let the parse overrule this kind's rule cues (drop or weaken them)."""

    def from_parse(self, found: "Finding", reading: SentenceReading, cues: list[Cue]) -> Cue | None:
        """A cue for an event of this kind the parse found (store/clauses.py), or None when the rule cues
        already have it (update them here) or it is no event."""
        return None

    def finish(self, cue: Cue, reading: SentenceReading) -> None:
        """Fields read off the parse once the sentence's cues are settled (places, what was said)."""

    def timed(self, cue: Cue, reading: SentenceReading) -> None:
        """Last look once time phrases are attached (an undated remark may be too weak to stand)."""

    # ----- folding --------------------------------------------------------------------------------

    def join(self, cue: Cue, folder: "Folder") -> Draft | None:
        """The event of this kind the cue tells again, or None (a strong cue then starts one)."""
        return None

    # ----- the record -----------------------------------------------------------------------------

    def actors(self, draft: Draft, article: Article) -> list[str]:
        return [a for a in draft.persons() if a][:4]

    def place(self, draft: Draft, actors: list[str], article: Article) -> Mention | None:
        return draft.location()

    def title(self, draft: Draft, actors: list[str], place: Mention | None) -> str:
        return headline(draft.cues[0].text)
