"""What extraction builds an event from: a cue (one sentence's mention of an occurrence) and a draft (the
cues folded into one event so far). Every kind uses these; a kind's own fields are marked as such.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime

from . import gazetteer
from .entities import SMALL_DIVISIONS, Mention
from .sentences import Sentence
from .timewords import TimeMatch, Window, resolve


@dataclass
class Cue:
    """One sentence's mention of an occurrence."""
    kind: str
    sentence: Sentence
    text: str                 # the sentence, cleaned of fused credits
    position: int             # where the cue word is, for attaching times
    strong: bool              # may start an event of its own
    mentions: list[Mention]
    actors: list[str] = field(default_factory=list)
    location: Mention | None = None
    quantities: dict[str, int] = field(default_factory=dict)
    time: TimeMatch | None = None
    after: "Cue | None" = None  # this happened just before that cue's occurrence
    before: "Cue | None" = None  # this happened before that cue's occurrence, that day or a few days earlier
    sibling_time: TimeMatch | None = None  # no time words of its own: the time of its sentence
    clock: TimeMatch | None = None  # a bare clock beside its day: "On Sunday, strikes hit the airport at about 10 p.m."
    said_on: TimeMatch | None = None  # "said on Wednesday that … overnight": the day its "overnight" counts from
    speaker: str | None = None
    status: str = "reported"
    new_marker: bool = False
    attacker: str | None = None  # strikes: the attacker the parse names ("launched by X")
    parsed: bool = False         # found by store/clauses.py: never an anaphor of an earlier event
    content: tuple[int, int] | None = None  # statements: where what was said lies, after the speech verb
    death: bool = False          # other events: a death, which a later sentence may tell again
    ground: bool = False         # other events: an armed attack on the ground, whose details join it as a strike's do
    fended: bool = False         # other events: an attack someone fended off, told by whoever fended it off
    by_attackers: bool = False   # other events: what "the attackers" told before did, a detail of their attack
    talked_of: bool = False      # strikes: an attack only talked of ("condemned the raid … on Monday morning in
                                 # Matola"): the day and place are the talk's
    he_called: bool = False      # calls: "On Tuesday he spoke by phone with Lula": the caller is who "he" is
    by_day: bool = False         # other events: an attack named by its day ("Monday's attack on Chai"): the one
                                 # the story told before, when it told one
    expected: bool = False       # scheduled, not yet happened: "will meet on Saturday", "talks are due"
    hedge: bool = False          # claims: told with "reportedly", "allegedly", not claimed by a party
    denial: bool = False         # claims: another side's claims named only to be denied ("rejected claims that")
    detail: bool = False         # statements: only what a witness saw of an attack (arbitration rule 10e)
    span: tuple[int, int] | None = None  # where its own place and numbers are read, when not the sentence


PLACE_RANK = {"place": 0, "region": 1, "country": 2}
DETAIL_REACH = 2  # sentences: what a witness saw of an attack goes on the attack told this near before it


def more_specific(place: Mention, than: Mention | None) -> bool:
    return than is None or PLACE_RANK.get(place.kind, 3) < PLACE_RANK.get(than.kind, 3)


# "Kupiansk district, about 100 km to the east": a district away from the town, not a part of it.
ELSEWHERE = re.compile(r"\b\d+\s*(?:km|kilometres|kilometers|miles)\b|\bto the (?:north|south|east|west)"
                        r"|\b(?:elsewhere|another town|another city|neighbouring|neighboring)\b", re.I)


def _part_of_a_town(part: Mention, town: Mention) -> bool:
    """'Several rounds landed in Wadajir district' after 'shells slammed into an area near Mogadishu's
    airport': a district no gazetteer knows, told of the attack in a town it does know, is where it hit
    (store/eventplace.py: placed_in names it with its town)."""
    words = part.canonical.split()
    return (part.kind == town.kind == "place" and part.timezone is None and town.timezone is not None
            and ", " not in part.canonical and words[-1].lower() in SMALL_DIVISIONS
            # "Kupiansk district, about 100 km to the east": the district of another town, not a part of this
            and gazetteer.lookup(" ".join(words[:-1])) is None)


def village_in_region(village: Mention, region: Mention) -> bool:
    """"A jet bombed a school in the north-western Sagaing region. The bomb hit Nyaung Pin Thar village":
    a village no gazetteer knows, where the strike told in a region hit (the strike joins such a place
    only when told again: kinds/strike.py), is its most specific place."""
    return (village.kind == "place" and village.timezone is None and village.country is None
            and (region.kind == "region" or _COMPASS_PART.match(region.canonical) is not None))


_COMPASS_PART = re.compile(r"(?:north|south|east|west|central)", re.I)  # "north-western Sagaing": part of a region


@dataclass
class Draft:
    """An event being assembled from its cues; cues are added with `add`, which keeps the event's
    place and first time phrase at hand (folding asks for them again and again)."""
    kind: str
    cues: list[Cue]
    draft_id: int
    place: Mention | None = None          # the most specific place of its cues, the first on a tie
    first_time: TimeMatch | None = None   # the time phrase of its first dated cue
    attackers: set[str] = field(default_factory=set)  # strikes: attackers the parse named
    ground: bool = False                  # other events: one of its cues told an armed attack on the ground
    _first_window: tuple[Window | None] | None = None  # resolved once: (window or None,)

    def __post_init__(self) -> None:
        cues, self.cues = self.cues, []
        for cue in cues:
            self.add(cue)

    def add(self, cue: Cue) -> None:
        self.cues.append(cue)
        if cue.location and (self.place is None
                             or PLACE_RANK.get(cue.location.kind, 3) < PLACE_RANK.get(self.place.kind, 3)
                             or _part_of_a_town(cue.location, self.place) and not ELSEWHERE.search(cue.text)
                             or self.kind == "strike" and village_in_region(cue.location, self.place)):
            self.place = cue.location
        if self.first_time is None and cue.time:
            self.first_time = cue.time
        if cue.attacker:
            self.attackers.add(cue.attacker)
        self.ground = self.ground or cue.ground

    @property
    def last_index(self) -> int:
        return self.cues[-1].sentence.index

    def location(self) -> Mention | None:
        return self.place

    def first_window(self, base: datetime) -> Window | None:
        """The window of its first time phrase (base is the article's, the same for every call)."""
        if self.first_time is None:
            return None
        if self._first_window is None:
            self._first_window = (resolve(self.first_time, base),)
        return self._first_window[0]

    @property
    def attack(self) -> bool:
        """A strike, or an armed attack on the ground: what a witness's toll or a teller's details join."""
        return self.kind == "strike" or self.ground

    def persons(self) -> list[str]:
        return list(dict.fromkeys(name for cue in self.cues for name in cue.actors))

    def participants(self) -> list[str]:
        """Up to four persons, full names first; a bare surname only when no full name has it."""
        persons = self.persons()
        full = [p for p in persons if " " in p]
        known_surnames = {p.split()[-1] for p in full}
        return (full + [p for p in persons if " " not in p and p not in known_surnames])[:4]


def made(draft: Draft) -> int:
    """Drafts in the order they were made."""
    return draft.draft_id
