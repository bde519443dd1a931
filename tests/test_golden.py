"""Golden files: the whole extraction of every test article and of the sample, compared with what is
stored under tests/golden/, so any change to any event shows up as a reviewable diff.

After a deliberate change, rewrite the files with NEWSLINE_UPDATE_GOLDEN=1 (or `pytest
--update-golden`) and review `git diff tests/golden/`. Ids and timestamps are replaced by stable
stand-ins (an event's position, "<created>"), the only parts of a record that change from run to run.
"""

from __future__ import annotations

import json
import os
from datetime import date
from pathlib import Path

import pytest

from store.extract import extract_events
from tests.conftest import ARTICLES, SEED_TEXT

GOLDEN = Path(__file__).parent / "golden"

# (text, publication date, time zone) of each article: the dates its tests in test_extract.py use.
CASES = {
    "sample-kyiv-strikes": (SEED_TEXT, date(2025, 7, 4), "Europe/Kyiv"),
    "odesa-monday-evening": (ARTICLES / "odesa-monday-evening.txt", date(2025, 3, 19), "Europe/Kyiv"),
    "sunday-overnight": (ARTICLES / "sunday-overnight.txt", date(2025, 3, 17), "Europe/Moscow"),
    "football-match": (ARTICLES / "football-match.txt", date(2025, 3, 16), "Europe/London"),
    "no-events": (ARTICLES / "no-events.txt", date(2025, 3, 16), "UTC"),
    "wire-dateline": (ARTICLES / "wire-dateline.txt", date(2025, 3, 5), "Europe/Kyiv"),
    "gaza-overnight-into-sunday": (ARTICLES / "gaza-overnight-into-sunday.txt", date(2025, 6, 1), "Asia/Gaza"),
    "bank-rate-cut": (ARTICLES / "bank-rate-cut.txt", date(2025, 8, 8), "Europe/London"),
    "energy-attack-saturday": (ARTICLES / "energy-attack-saturday.txt", date(2024, 11, 17), "Europe/Kyiv"),
    "summit-meeting": (ARTICLES / "summit-meeting.txt", date(2025, 8, 16), "UTC"),
}


def updating(request) -> bool:
    return bool(request.config.getoption("--update-golden", default=False)) or \
        os.environ.get("NEWSLINE_UPDATE_GOLDEN", "") not in ("", "0")


def normalised(events: list[dict]) -> list[dict]:
    """The records with run-dependent values replaced: ids by their position, timestamps by a marker."""
    ids = {e["id"]: f"event-{n}" for n, e in enumerate(events, 1)}
    out = []
    for event in events:
        record = dict(event)
        record["id"] = ids[event["id"]]
        for stamp in ("created", "updated"):
            if stamp in record:
                record[stamp] = f"<{stamp}>"
        record["sources"] = [{**s, "article_id": "<article>"} for s in record.get("sources", [])]
        out.append(record)
    return out


def test_every_test_article_is_covered():
    named = {path for path, _, _ in CASES.values()}
    assert {p for p in ARTICLES.glob("*.txt")} <= named, "give the new article a publication date in CASES"


@pytest.mark.parametrize("name", sorted(CASES))
def test_extraction_matches_its_golden_file(name, request):
    path, published, tz = CASES[name]
    found = normalised(extract_events(path.read_text(encoding="utf-8"), published, tz, article_id="a1" * 16))
    golden = GOLDEN / f"{name}.json"
    text = json.dumps(found, ensure_ascii=False, indent=1, sort_keys=True) + "\n"
    if updating(request):
        GOLDEN.mkdir(exist_ok=True)
        golden.write_text(text, encoding="utf-8")
        return
    assert golden.exists(), f"no golden file for {name}: run with NEWSLINE_UPDATE_GOLDEN=1 and review the diff"
    expected = json.loads(golden.read_text(encoding="utf-8"))
    assert found == expected, f"{name}: extraction changed; if on purpose, NEWSLINE_UPDATE_GOLDEN=1 and review git diff"
