"""Dates typed by hand: read in the zone of the event's place (else the display zone), said in the
preview; numeric dates in day/month order refused with a hint; --published only as its help says."""

from __future__ import annotations

import json

import pytest

from store.database import Store
from tests.test_app import NOW, started, text_of
from tui.app import NewslineApp
from tui.screens.form import EventForm


def _added(run_cli, *args: str, env: dict | None = None) -> tuple[dict, str]:
    result = run_cli("add", "--kind", "strike", "--title", "Strike", *args, env=env)
    assert result.returncode == 0, result.stderr
    record = json.loads(run_cli("show", result.stdout.strip().splitlines()[-1], "--json").stdout)
    return record, result.stdout


def test_add_reads_when_in_the_zone_of_the_place_else_the_display_zone(run_cli):
    kyiv, said = _added(run_cli, "--when", "3 July 2025 21:00", "--location", "Kyiv")
    assert kyiv["start"] == "2025-07-03T21:00:00+03:00" and "read in Europe/Kyiv (the zone of Kyiv)" in said
    tokyo, _ = _added(run_cli, "--when", "3 July 2025 21:00", "--location", "Tokyo, Japan")
    assert tokyo["start"] == "2025-07-03T21:00:00+09:00"
    nowhere, said = _added(run_cli, "--when", "3 July 2025 21:00", "--location", "a village",
                           env={"NEWSLINE_TZ": "America/New_York"})
    assert nowhere["start"] == "2025-07-03T21:00:00-04:00" and "(the display zone)" in said
    given, _ = _added(run_cli, "--when", "3 July 2025 21:00", "--location", "Kyiv", "--tz", "Asia/Tokyo")
    assert given["start"] == "2025-07-03T21:00:00+09:00"  # --tz says so explicitly
    typed, said = _added(run_cli, "--when", "2025-07-03T04:00+03:00", "--location", "Tokyo")
    assert typed["start"] == "2025-07-03T04:00:00+03:00" and "UTC+03:00 (as typed)" in said


def test_edit_reads_when_in_the_zone_of_the_place_the_event_will_have(run_cli):
    record, _ = _added(run_cli, "--when", "3 July 2025 21:00")
    assert run_cli("edit", record["id"], "--location", "Odesa", "--when", "4 July 2025 06:15").returncode == 0
    edited = json.loads(run_cli("show", record["id"], "--json").stdout)
    assert edited["start"] == "2025-07-04T06:15:00+03:00"


@pytest.mark.parametrize("when,clock,precision", [
    ("21:00 yesterday", "21:00", "minute"), ("noon yesterday", "12:00", "hour"),
    ("yesterday 21:00", "21:00", "minute"),
])
def test_relative_days_keep_their_clock(run_cli, when, clock, precision):
    record, _ = _added(run_cli, "--when", when, "--location", "Tokyo")  # no summer time: always +09:00
    assert record["start"][11:16] == clock and record["start"].endswith("+09:00")
    assert record["precision"] == precision


@pytest.mark.parametrize("typed", ["03/07/2025", "3/7/25", "07-03-2025", "3.7.2025", "25/12/2025", "3/7"])
def test_numeric_day_month_dates_are_refused_with_a_hint(run_cli, store_path, typed):
    added = run_cli("add", "--kind", "other", "--title", "x", "--when", typed)
    assert added.returncode == 2 and added.stderr.count("\n") == 1, added.stderr
    assert "write the month in words or use ISO" in added.stderr
    assert not store_path.exists()
    listed = run_cli("list", "--since", typed)
    assert listed.returncode == 2 and "use ISO" in listed.stderr


def test_the_hint_gives_both_readings_of_an_ambiguous_date(run_cli):
    result = run_cli("add", "--kind", "other", "--title", "x", "--when", "03/07/2025")
    assert "could be 3 July or 7 March" in result.stderr and "2025-07-03 or 2025-03-07" in result.stderr


@pytest.mark.parametrize("published,ok", [
    ("2025-07-04", True), ("2025-07-04T09:30+03:00", True), ("2025-07-04T06:30:00Z", True),
    ("03/07/2025", False), ("4 July 2025", False), ("2025-07-04T09:30", False), ("20250704", False),
    ("2025-07-04 and more", False), ("2025-02-30", False), ("yesterday", False),
])
def test_published_accepts_only_what_its_help_says(run_cli, store_path, tmp_path, published, ok):
    article = tmp_path / "a.txt"
    article.write_text("Russian drones struck Odesa on Thursday night, the governor said.\n")
    result = run_cli("ingest", str(article), "--published", published)
    times = run_cli("times", str(article), "--published", published)
    if ok:
        assert result.returncode == 0 and times.returncode == 0, result.stderr + times.stderr
        return
    for refused in (result, times):
        assert refused.returncode == 2 and refused.stderr.count("\n") == 1, refused.stderr
        assert "YYYY-MM-DD, or an ISO date-time with its offset" in refused.stderr
    assert not store_path.exists()


def test_help_of_published_says_the_same(run_cli):
    assert "ISO date-time with its offset" in " ".join(run_cli("ingest", "--help").stdout.split())


async def test_the_form_reads_when_in_the_places_zone_and_says_which(store_path):
    app = NewslineApp(store_path, seed=False, now=NOW, zone="Asia/Tokyo")
    async with app.run_test(size=(120, 40)) as pilot:
        await started(app, pilot)
        await pilot.press("a", *"Strike", "tab", "tab", *"3 July 2025 21:00")
        await pilot.pause()
        preview = " ".join(text_of(app.screen.query_one("#when-preview")).split())
        assert "Thu 3 Jul 2025 21:00" in preview and "Asia/Tokyo (the display zone)" in preview
        await pilot.press("tab", "tab", *"Kyiv")  # the location changes the zone, and the preview says so
        await pilot.pause()
        preview = " ".join(text_of(app.screen.query_one("#when-preview")).split())
        assert "Europe/Kyiv (the zone of Kyiv)" in preview
        await pilot.press("ctrl+s")
        await app.workers.wait_for_complete()
        await pilot.pause()
        (saved,) = Store(store_path).events()
        assert saved["start"] == "2025-07-03T21:00:00+03:00" and saved["location"] == "Kyiv"


async def test_the_form_and_t_refuse_ambiguous_numeric_dates(store_path):
    app = NewslineApp(store_path, now=NOW, zone="UTC")
    async with app.run_test(size=(120, 40)) as pilot:
        await started(app, pilot)
        await pilot.press("a", *"Something", "tab", "tab", *"03/07/2025")
        await pilot.pause()
        assert "could be 3 July or 7 March" in text_of(app.screen.query_one("#when-preview"))
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, EventForm) and "use ISO" in text_of(app.screen.query_one("#form-error"))
        await pilot.press("escape")
        await pilot.pause()
        await pilot.press("t", *"3/7/2025", "enter")
        await pilot.pause()
        assert "write the month in words" in " ".join(text_of(app.screen.query_one("#jump-error")).split())
