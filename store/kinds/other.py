"""Other events: whatever else happened that a timeline should hold. Leaders meeting in person ("met",
"held talks with"; a planned meeting, "will meet", is not one yet), and what the parse shows as a dated
clause with an event verb ("gathered in the capital on Wednesday", "a stampede erupted", "won 40
seats", "resigned"). Mentions naming one of its participants join it; a death told twice is one."""

from __future__ import annotations

import re

from .. import clauses, entities, eventplace, lexicon
from ..drafts import Cue, Draft, more_specific
from ..entities import Mention
from ..folding import cue_window, times_agree
from ..reading import TELLER_AT_END, SentenceReading, countries, prefer_parsed_place, with_partner
from ..titles import headline, short_name
from .detector import Article, Detector

_MEETING = re.compile(r"\b(?:met|meets|hosted|held (?:face-to-face |bilateral |direct )?talks with|(?:a|their|the) (?:face-to-face |bilateral )?meeting (?:with|between))\b")
_FUTURE_MEETING = re.compile(r"\b(?:will|would|to|plans? to|expected to|set to|due to|could|may)\s+(?:meet|hold talks|host)\b", re.I)
_DEATH_REACH = 3  # sentences: "X died on Tuesday ... he was shot dead" tells one death


class Other(Detector):
    kind = "other"
    order = 2

    def cues(self, reading: SentenceReading) -> list[Cue]:
        # Meetings in person: past tense only, a planned meeting has no date to resolve yet.
        text = reading.text
        meeting = _MEETING.search(text)
        if not meeting or _FUTURE_MEETING.search(text):
            return []
        parties = with_partner(text, meeting.start(),
                               [m.canonical for m in reading.persons] or countries(reading.mentions))
        if len(parties) < 2:
            return []
        return [reading.cue("other", meeting.start(), True, actors=parties[:4],
                            location=entities.location(text, reading.mentions, need_preposition=True))]

    def from_parse(self, found, reading: SentenceReading, cues: list[Cue]) -> Cue | None:
        if any(c.kind == "other" and not c.parsed for c in cues):
            return None  # the meeting the words found
        made = reading.parsed_cue(found)
        made.location = entities.location(reading.text, reading.mentions, need_preposition=True)
        return made

    def finish(self, cue: Cue, reading: SentenceReading) -> None:
        if cue.ground and cue.location is None:
            # "gang members attacked Furcy": what armed men attacked is where, with no preposition before it;
            # "Wajiroko came under attack, when fighters stormed the base there": what came under it
            under = lexicon.CAME_UNDER.search(reading.text)
            cue.location = reading.hit_place or entities.location(reading.text, reading.mentions) or (
                entities.named_before(reading.text, under.start()) if under else None)
        prefer_parsed_place(cue, reading.where)
        stormed = clauses.stormed_place(reading.doc) if cue.ground else None
        if stormed is not None and not entities.set_aside(reading.text, stormed[0], stormed[1]):
            # "gunmen raided Katarko, near Damaturu", "raided Kuchi in Munya": what armed men stormed is
            # where, not the town it is near or lies in (that is kept with it: "Kuchi, Munya")
            at, end, name = stormed
            known = next((m for m in reading.mentions if m.start <= at < m.end and m.kind in ("place", "region")), None)
            if known is not None and (cue.location is None or more_specific(known, cue.location)
                                      or cue.location.kind == known.kind):
                cue.location = known  # as the name rules read it ("Katarko, Gujba")
            elif known is None:
                cue.location = entities.settlement(reading.text, name, at, end)
        teller = TELLER_AT_END.search(reading.text)
        if cue.location is not None and teller is not None and cue.location.start > teller.start() > cue.position:
            # "The attackers entered the village at about 01:30, the police spokesman told reporters in Pemba":
            # where the teller is; the village is the attack's, told before
            cue.location = entities.location(reading.text, [m for m in reading.mentions if m.start < teller.start()])
        if cue.location is None:  # "the United Kingdom's Conservative Party won": a nation's own body
            cue.location = eventplace.decider_country(cue, reading, bodies_only=True)

    def join(self, cue: Cue, folder) -> Draft | None:
        target = folder.naming_partner(cue)
        if target is not None and cue.ground and _another_attack(cue, target):
            # "Militants attacked a checkpost in Bannu … Militants also attacked a police station in Kohat":
            # attackers named alike are no one actor; in another town it is another attack
            target = None
        death = folder.latest_death
        if target is None and cue.death and death is not None \
                and cue.sentence.index - death.last_index <= _DEATH_REACH \
                and times_agree(cue, cue_window(cue, folder.base), death, folder.base) \
                and not (cue.ground and _another_attack(cue, death)):
            target = death  # one death told twice
        return target

    def actors(self, draft: Draft, article: Article) -> list[str]:
        return draft.participants()

    def title(self, draft: Draft, actors: list[str], place: Mention | None) -> str:
        if len(actors) >= 2:
            where = f" in {place.canonical}" if place else ""
            return f"{short_name(actors[0])} and {short_name(actors[1])} meet{where}"
        if (draft.cues[0].fended or draft.cues[0].by_day) and place:
            # "Troops repelled an attack by ISWAP on a base at Wajiroko": the sentence's headline is the
            # defenders' claim beside it; this row is the attack ("The toll from Monday's attack on Chai rose to
            # seven": the attack, not the toll's rise)
            return f"{actors[0] + ' ' if actors else ''}attack on {place.canonical}"  # a group by its whole name
        return headline(draft.cues[0].text)


def _another_attack(cue: Cue, draft: Draft) -> bool:
    """'Gunmen killed seven farmers in Sokoto overnight' after the killing in Gusau, or 'In a separate attack,
    bandits killed …': attackers killing elsewhere, or told as another attack, are another attack."""
    place = draft.location()
    elsewhere = cue.location is not None and place is not None and cue.location.canonical != place.canonical
    return elsewhere or lexicon.SEPARATE.search(cue.text) is not None


DETECTOR = Other()
