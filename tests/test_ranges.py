"""Dates, offsets and numbers outside what a record can hold are refused where records enter (add,
edit, import, the form), with one line or an inline message; the store and its exports stay usable."""

from __future__ import annotations

import json
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from store import model
from store.database import Store
from store.errors import ValidationError
from tui.app import NewslineApp
from tui.screens.form import EventForm
from tui.screens.timeline import TimelineScreen

NOW = datetime(2025, 7, 5, 10, 0, tzinfo=ZoneInfo("Europe/Kyiv"))
HUGE = str(2**64 + 1)  # past what the journal's JSON writer can hold


def valid_event(**changes) -> dict:
    event = model.make_event(kind="strike", title="Drone strike on Odesa", start="2025-07-03T21:40:00+03:00",
                             end="2025-07-03T21:40:00+03:00", precision="minute", quantities={"drones": 40})
    return {**event, **changes}


@pytest.mark.parametrize("changes,needle", [
    ({"start": "0001-01-01T00:00:00+00:00"}, "outside the years 1000-9999"),
    ({"end": "9999-12-31T23:00:00-05:00"}, "outside the years 1000-9999"),  # the year 10000 in UTC
    ({"start": "2025-07-03T21:40:00+23:59", "end": "2025-07-03T21:40:00+23:59"}, "offset beyond 14 hours"),
    ({"quantities": {"drones": 2**64}}, "whole number from 0 to"),
    ({"quantities": {"drones": 2**53 + 1}}, "whole number from 0 to"),
    ({"sources": [{"article_id": None, "sentence": "x", "start": 2**70, "end": None}]}, "character offset"),
    ({"created": "0999-12-31T23:59:59+00:00"}, "outside the years"),
])
def test_records_outside_the_ranges_are_refused(changes, needle):
    with pytest.raises(ValidationError, match=needle):
        model.validate_event(valid_event(**changes))


def test_the_edges_of_the_ranges_are_accepted():
    model.validate_event(valid_event(start="1000-01-01T00:00:00+00:00", quantities={"drones": 2**53},
                                     end="9999-12-31T23:59:59+14:00"))


def state_of(store_path) -> dict:
    return {p.name: p.read_bytes() for p in store_path.parent.iterdir() if p.name.startswith(store_path.name)}


def one_line_error(result, code: int, needle: str) -> bool:
    lines = result.stderr.strip().splitlines()
    return (result.returncode == code and len(lines) == 1 and needle in lines[0]
            and "internal error" not in result.stderr)


@pytest.mark.parametrize("when", ["December 9999", "31 December 9999"])
def test_add_with_a_date_past_the_year_9999_is_one_line(run_cli, store_path, when):
    run_cli("add", "--kind", "call", "--when", "today", "--title", "Keep")
    before = state_of(store_path)
    result = run_cli("add", "--kind", "call", "--when", when, "--tz", "America/New_York", "--title", "Far")
    assert one_line_error(result, 2, "outside the years 1000-9999"), result.stderr
    assert state_of(store_path) == before


def test_add_and_edit_with_a_quantity_above_2_64_are_one_line_and_store_nothing(run_cli, store_path):
    event_id = run_cli("add", "--kind", "call", "--when", "today", "--title", "Keep").stdout.split()[-1]
    before = state_of(store_path)
    added = run_cli("add", "--kind", "strike", "--when", "today", "--title", "Big", "--quantity", f"drones={HUGE}")
    assert one_line_error(added, 2, "too large"), added.stderr
    edited = run_cli("edit", event_id, "--quantity", f"drones={HUGE}")
    assert one_line_error(edited, 2, "too large"), edited.stderr
    thousands = run_cli("edit", event_id, "--quantity", "drones=" + "9" * 5000)
    assert one_line_error(thousands, 2, "too large"), thousands.stderr
    assert state_of(store_path) == before


@pytest.mark.parametrize("changes", [
    {"start": "0001-01-01T00:00:00-23:59", "end": "0001-01-01T00:00:00-23:59"},
    {"start": "9999-12-31T23:00:00-23:00", "end": "9999-12-31T23:00:00-23:00"},
    {"quantities": {"drones": 2**60}},
])
def test_import_of_out_of_range_records_is_refused_and_ics_export_still_works(run_cli, store_path, tmp_path,
                                                                               changes):
    run_cli("add", "--kind", "call", "--when", "3 July 2025 21:00", "--title", "Keep")
    before = state_of(store_path)
    export = tmp_path / "bad.json"
    export.write_text(json.dumps({"version": 1, "articles": [], "events": [valid_event(**changes)]}))
    result = run_cli("import", str(export))
    assert one_line_error(result, 1, "nothing was imported"), result.stderr
    assert state_of(store_path) == before
    ics = run_cli("export", "--format", "ics")
    assert ics.returncode == 0 and "SUMMARY:Keep" in ics.stdout


def test_ingest_with_a_publication_date_out_of_range_is_one_line(run_cli, store_path, tmp_path):
    article = tmp_path / "a.txt"
    article.write_text("Russian missiles struck Kyiv last night, officials said on Monday.")
    result = run_cli("ingest", str(article), "--published", "0001-01-01")
    assert one_line_error(result, 2, "outside the years 1000-9999"), result.stderr
    assert not store_path.exists() or Store(store_path).events() == []


def test_a_number_too_large_to_count_anything_is_not_a_quantity(run_cli, tmp_path):
    article = tmp_path / "a.txt"
    article.write_text("Russian missiles struck Kyiv last night, killing " + "9" * 400 + " people and injuring "
                       + HUGE + " more, while 12 drones were shot down.")
    result = run_cli("ingest", str(article), "--published", "2025-07-04")
    assert result.returncode == 0, result.stderr
    strike = json.loads(run_cli("export").stdout)["events"][0]
    assert strike["kind"] == "strike" and "killed" not in strike["quantities"]
    assert "injured" not in strike["quantities"]


async def test_the_form_says_inline_when_a_quantity_is_too_large_and_keeps_the_store(store_path):
    app = NewslineApp(store_path, now=NOW)
    async with app.run_test(size=(120, 40)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        before = state_of(store_path)
        await pilot.press("a", *"Huge strike", "tab", "tab", *"yesterday 21:00", "tab", "tab", "tab",
                          *f"drones={HUGE}", "ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, EventForm)
        assert "too large" in str(app.screen.query_one("#form-error").content)
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, TimelineScreen)
        assert state_of(store_path) == before


async def test_the_form_says_inline_when_a_date_is_past_the_year_9999(store_path):
    app = NewslineApp(store_path, now=NOW)
    async with app.run_test(size=(120, 40)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        before = state_of(store_path)
        await pilot.press("a", *"Far future", "tab", "tab", *"December 9999")
        await pilot.pause()
        assert "outside the years" in str(app.screen.query_one("#when-preview").content)
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, EventForm)
        assert "outside the years" in str(app.screen.query_one("#form-error").content)
        assert state_of(store_path) == before


async def test_the_form_refuses_inline_to_save_an_old_record_that_is_out_of_range(store_path):
    """A record stored before these checks can be opened in the form; saving it unchanged says what is
    wrong instead of crashing or writing it again."""
    stored_long_ago = valid_event(title="Stored long ago", start="0001-01-01T00:00:00+00:00",
                                  end="0001-01-01T00:00:00+00:00", precision="day")
    saved = []
    app = NewslineApp(store_path, now=NOW)
    async with app.run_test(size=(120, 40)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        app.push_screen(EventForm(stored_long_ago, now=NOW), saved.append)
        await pilot.pause()
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, EventForm) and saved == []
        assert "outside the years" in str(app.screen.query_one("#form-error").content)
