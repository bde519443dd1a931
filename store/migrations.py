"""Schema migrations: every change to the model adds one step here, applied when an older store is read.

A step upgrades one record from version N to N+1 (a plain function of the record), so the snapshot and
the journal lines written under an older version are upgraded alike. Readers upgrade in memory and never
write; the first writer compacts the store at the current version before it appends, so an older
newsline then refuses the store (it names the version) instead of misreading it.

To change the model: bump SCHEMA_VERSION, add `STEPS[old] = Step(...)` with what it does to events and
articles, and a test that opens a store written at the old version (tests/test_migrations.py).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

SCHEMA_VERSION = 4


def _unchanged(record: dict) -> dict:
    return record


def _with_reports(event: dict) -> dict:
    reading = {key: event.get(key) for key in ("kind", "title", "start", "end", "precision", "time_text",
                                               "actors", "location", "quantities", "status")}
    articles = [] if event.get("origin") == "manual" else list(dict.fromkeys(
        s.get("article_id") for s in event.get("sources") or [] if isinstance(s, dict) and s.get("article_id")))
    reports = [{"article_id": article_id, "outlet": None, **reading, "copy_of": None} for article_id in articles]
    return {**event, "reports": reports, "merges": []}


def _with_apart(event: dict) -> dict:
    return {**event, "apart": []}


@dataclass(frozen=True)
class Step:
    why: str
    event: Callable[[dict], dict] = _unchanged
    article: Callable[[dict], dict] = _unchanged


STEPS: dict[int, Step] = {
    # 1 -> 2: the status `expected` (a scheduled event: "talks are due next week"). Old records are valid
    # as they are; the version changes so that a newsline reading version 1 refuses a store that may
    # now hold a status it does not know.
    1: Step("status `expected` for scheduled events"),
    # 2 -> 3: corroboration. Every event gets its merge history (none yet) and its reports: an extracted
    # event so far came from one article, whose reading is the event itself. The outlet is left null:
    # a step sees one record, not the article (readers fall back to the article's outlet).
    2: Step("reports per article and merge history, for merging events across articles", event=_with_reports),
    # 3 -> 4: the events a person split an event from (none yet), which merging on ingest keeps apart.
    3: Step("events split apart by hand, never merged again automatically", event=_with_apart),
}


def readable(version: object) -> bool:
    """Whether a store written at this version can be read (today's, or older with every step known)."""
    return isinstance(version, int) and not isinstance(version, bool) and 1 <= version <= SCHEMA_VERSION and all(
        v in STEPS for v in range(version, SCHEMA_VERSION))


def upgrade(table: str, record: dict, version: int) -> dict:
    """The record, written at `version`, as the current schema has it."""
    for step_from in range(version, SCHEMA_VERSION):
        step = STEPS[step_from]
        record = step.event(record) if table == "events" else step.article(record)
    return record
