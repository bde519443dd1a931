"""The kinds of event newsline knows: one registry that the model, the extractor, the app, the command
line, the exports and the benchmark all read, so a new kind is one entry here plus its detector module.

Each kind's detector (store/kinds/<name>.py) owns how the kind is found in a sentence, how its mentions
join into one event, its actors and its title; store/arbitration.py settles what two kinds dispute.
Importing this module is cheap: a detector is imported only when extraction asks for it.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .detector import Detector

# The optional parts of an event a kind can keep; title, time, status and sources every event has.
FIELDS = ("actors", "location", "quantities")


@dataclass(frozen=True, slots=True)
class Kind:
    """One kind of event and everything the rest of newsline needs to know about it."""
    name: str                   # as stored in records and exports: never rename one (stores hold it)
    marker: str                 # its column in a timeline row, readable without colour (<= 4 characters)
    key: str                    # the app's key that shows or hides it
    colour: str                 # its marker's colour: a theme text shade ("$text-error"), readable on light and dark
    description: str            # what counts as one, in a few words (the kinds dialog shows it whole)
    fields: tuple[str, ...]     # which of FIELDS its extracted events keep (a call has no one place)
    detector: str               # the module whose DETECTOR finds it in text (store/kinds/detector.py)

    @property
    def css_class(self) -> str:
        """The component class of its marker in the timeline (styled with `colour`)."""
        return f"timeline--kind-{self.name}"

    @property
    def category(self) -> str:
        """Its name as a calendar category (iCalendar CATEGORIES)."""
        return self.name.upper()

    def detect(self) -> "Detector":
        """Its detector, imported on first use (detectors load the extraction machinery)."""
        return importlib.import_module(self.detector).DETECTOR


KINDS: tuple[Kind, ...] = (
    Kind("call", "CALL", "1", "$text-success", "leaders on the phone or video",
         ("actors",), "store.kinds.call"),
    Kind("strike", "STRK", "2", "$text-error", "an attack with weapons",
         FIELDS, "store.kinds.strike"),
    Kind("claim", "CLM", "3", "$text-warning", "one side's unverified assertion",
         FIELDS, "store.kinds.claim"),
    Kind("statement", "STMT", "4", "$text-primary", "what a named person or body said",
         FIELDS, "store.kinds.statement"),
    Kind("decision", "DEC", "5", "$text-secondary", "bans, sanctions, deals, votes",
         FIELDS, "store.kinds.decision"),
    Kind("other", "OTHR", "6", "$text-muted", "anything else: meetings, deaths",
         FIELDS, "store.kinds.other"),
)

NAMES: tuple[str, ...] = tuple(kind.name for kind in KINDS)
_BY_NAME = {kind.name: kind for kind in KINDS}


def get(name: str) -> Kind:
    """The kind of that name; KeyError for a name the registry does not know."""
    return _BY_NAME[name]
