"""Every kind in the registry (store/kinds/) shows everywhere an event shows: a row with its marker and
colour, the detail pane, its key and the kinds dialog in the app, and `list`, `show` and every export on
the command line. The tests iterate over the registry, so a new kind is covered without a new test."""

from __future__ import annotations

import json
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from textual.widgets import OptionList

from store import kinds, model
from store.database import Store
from store.drafts import Cue
from store.exchange import FORMATS
from store.kinds.detector import Detector
from tests.test_app import NOW, started
from tui.app import NewslineApp
from tui.widgets.detail import DetailPane

DAY = datetime(2025, 7, 1, 9, 0, tzinfo=ZoneInfo("Europe/Kyiv"))


def title_of(kind: kinds.Kind) -> str:
    return f"One {kind.name} event told in full"


def event_of(kind: kinds.Kind, number: int) -> dict:
    """One event of the kind, an hour after the previous kind's, with every field filled."""
    start = (DAY + timedelta(hours=number)).isoformat()
    return model.make_event(
        kind=kind.name, title=title_of(kind), start=start, end=start, precision="minute", time_text="09:00",
        actors=[f"Actor {kind.marker}"], location=f"Place {kind.marker}", quantities={"killed": number},
        status="reported", origin="extracted",
        sources=[{"article_id": None, "sentence": f"The sentence of the {kind.name}.", "start": None, "end": None}])


@pytest.fixture
def every_kind_store(store_path):
    store = Store(store_path)
    for number, kind in enumerate(kinds.KINDS):
        store.add_event(event_of(kind, number))
    return store_path


def test_registry_is_consistent():
    names = [kind.name for kind in kinds.KINDS]
    assert len(set(names)) == len(names)
    assert len({kind.key for kind in kinds.KINDS}) == len(names)
    assert len({kind.marker for kind in kinds.KINDS}) == len(names), "rows must tell kinds apart without colour"
    assert model.KINDS == kinds.NAMES
    for kind in kinds.KINDS:
        assert kind.key.isdigit() and len(kind.key) == 1
        assert kind.colour.startswith("$") and kind.description
        assert set(kind.fields) <= set(kinds.FIELDS)
        assert isinstance(kind.detect(), Detector) and kind.detect().kind == kind.name


async def test_every_kind_has_its_row_marker_colour_and_detail_in_the_app(every_kind_store):
    app = NewslineApp(every_kind_store, now=NOW)
    async with app.run_test(size=(120, 40)) as pilot:
        await started(app, pilot)
        timeline = app.screen.timeline
        assert app.state.total == len(kinds.KINDS)
        await pilot.press("g")
        default_colour = timeline.rich_style.color
        for kind in kinds.KINDS:
            event = timeline.current_event
            assert event["kind"] == kind.name  # the events are an hour apart, in registry order
            row = app.state.row_of_id[event["id"]]
            strip = timeline.render_line(row - timeline.scroll_offset.y)
            assert f" {kind.marker} " in strip.text and title_of(kind) in strip.text
            marker = next(segment for segment in strip if segment.text.strip() == kind.marker)
            assert marker.style.bold and marker.style.color != default_colour
            await pilot.pause(0.1)  # the detail pane waits for the cursor to settle
            detail = app.screen.query_one(DetailPane).text
            assert title_of(kind) in detail and kind.name in detail and f"Place {kind.marker}" in detail
            await pilot.press("j")


async def test_every_kind_key_hides_and_shows_that_kind_and_the_dialog_lists_it(every_kind_store):
    app = NewslineApp(every_kind_store, now=NOW)
    async with app.run_test(size=(120, 40)) as pilot:
        await started(app, pilot)
        total = app.state.shown
        for kind in kinds.KINDS:
            await pilot.press(kind.key)
            await pilot.pause()
            shown = [app.state.rows[r]["kind"] for r in app.state.event_rows]
            assert kind.name not in shown and len(shown) == total - 1
            await pilot.press(kind.key)
            await pilot.pause()
            assert app.state.shown == total
        await pilot.press("f")
        await pilot.pause()
        options = app.screen.query_one(OptionList)
        lines = [options.render_line(y).text for y in range(options.size.height)]
        for kind in kinds.KINDS:  # each kind on a line of its own, key, name and description whole
            assert any(kind.key in line and kind.name in line and kind.description in line for line in lines), lines


def test_every_kind_in_list_show_and_every_export(run_cli, every_kind_store, tmp_path):
    listing = run_cli("list", db=every_kind_store)
    assert listing.returncode == 0, listing.stderr
    for kind in kinds.KINDS:
        line = next(line for line in listing.stdout.splitlines() if title_of(kind) in line)
        assert f" {kind.name} " in line
        assert run_cli("list", "--kind", kind.name, db=every_kind_store).stdout.count("told in full") == 1
    for event in Store(every_kind_store).events():
        shown = run_cli("show", event["id"], db=every_kind_store)
        assert shown.returncode == 0, shown.stderr
        assert title_of(kinds.get(event["kind"])) in shown.stdout and f"Kind:      {event['kind']}" in shown.stdout
    exported = {}
    for fmt in FORMATS:
        out = tmp_path / f"all.{fmt}"
        result = run_cli("export", "--format", fmt, "-o", str(out), db=every_kind_store)
        assert result.returncode == 0, result.stderr
        exported[fmt] = out.read_text(encoding="utf-8-sig")
    records = {e["kind"]: e for e in json.loads(exported["json"])["events"]}
    for kind in kinds.KINDS:
        assert records[kind.name]["title"] == title_of(kind)
        assert f",{kind.name},{title_of(kind)}," in exported["csv"]
        assert f"· {kind.name} · {title_of(kind)}" in exported["md"]
        assert f"CATEGORIES:{kind.category}" in exported["ics"] and f"SUMMARY:{title_of(kind)}" in exported["ics"]


def test_add_accepts_every_kind_and_refuses_others(run_cli):
    for kind in kinds.KINDS:
        added = run_cli("add", "--kind", kind.name, "--when", "2025-07-01", "--title", title_of(kind))
        assert added.returncode == 0, added.stderr
    refused = run_cli("add", "--kind", "rumour", "--when", "2025-07-01", "--title", "x")
    assert refused.returncode == 2 and all(kind.name in refused.stderr for kind in kinds.KINDS)


# ----- a new kind is one registry entry plus its detector ------------------------------------------------


class Rumour(Detector):
    """A kind made up for the test: 'rumour has it' starts one, and a later 'the rumour' joins it."""
    kind = "rumour"

    def cues(self, reading) -> list[Cue]:
        lowered = reading.text.lower()
        if "rumour has it" in lowered:
            return [reading.cue("rumour", lowered.index("rumour has it"), True)]
        if "the rumour" in lowered:
            return [reading.cue("rumour", lowered.index("the rumour"), False)]
        return []

    def join(self, cue, folder):
        same = folder.same_kind(cue)
        return same[-1] if same and not cue.strong else None

    def title(self, draft, actors, place) -> str:
        return "Rumour: " + draft.cues[0].text.split(" that ", 1)[-1].rstrip(".")


DETECTOR = Rumour()


def test_a_new_kind_is_one_registry_entry_plus_its_detector(monkeypatch):
    from store import extract

    rumour = kinds.Kind("rumour", "RUMR", "7", "$accent", "what people say without a source", kinds.FIELDS,
                        "tests.test_kinds")
    monkeypatch.setattr(kinds, "KINDS", (*kinds.KINDS, rumour))
    monkeypatch.setattr(kinds, "NAMES", (*kinds.NAMES, "rumour"))
    monkeypatch.setitem(kinds._BY_NAME, "rumour", rumour)
    extract.detectors.cache_clear()
    try:
        events = extract.extract_events(
            "Rumour has it that the harbour will close on Monday. Nobody would comment. The rumour spread fast.",
            "2025-07-04", "UTC")
    finally:
        extract.detectors.cache_clear()
    rumours = [e for e in events if e["kind"] == "rumour"]
    assert [e["title"] for e in rumours] == ["Rumour: the harbour will close on Monday"]
    assert len(rumours[0]["sources"]) == 2  # "the rumour" joined it
    assert rumours[0]["start"].startswith("2025-07-07")  # time attachment and windows are shared
