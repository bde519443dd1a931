"""Corroboration in the app, driven by keys: the outlets on each row and in the detail pane, the outlet
filter, merging two marked events, splitting an article off, undo, and the conflict-safe save."""

from __future__ import annotations

from pathlib import Path

import pytest

from store.database import Store
from store.ingest import ingest, read_article
from tests.test_app import NOW, started, text_of
from tests.test_corroborate import AFTERNOON, LEDGER, ODESA, WIRE, article
from tui.app import NewslineApp
from tui.screens.split import SplitScreen


def corroborated_store(store_path: Path, folder: Path) -> Store:
    """The night on Kyiv told by two outlets (merged), Odesa by one, an afternoon strike on Kyiv by one."""
    store = Store(store_path)
    for name, text, outlet in (("wire", WIRE + "\n\n" + ODESA, "Meridian Wire"), ("ledger", LEDGER, "The Daily Ledger"),
                               ("afternoon", AFTERNOON, "Kyiv Evening")):
        ingest(store, read_article(str(article(folder, name, text, outlet))))
    return store


@pytest.fixture
def app(store_path, tmp_path):
    corroborated_store(store_path, tmp_path)
    return NewslineApp(store_path, seed=False, now=NOW, zone="Europe/Kyiv")  # rows show Kyiv times


def rows(app) -> list[str]:
    timeline = app.screen.timeline
    return [timeline.render_line(y).text.rstrip() for y in range(len(app.state.rows))]


NIGHT = "×2"             # the night on Kyiv: the one row two outlets report
AFTERNOON_ROW = "14:20"  # the afternoon strike on Kyiv
ODESA_ROW = "Odesa"


async def go_to(app, pilot, marker: str) -> dict:
    """Move the cursor to the row showing `marker` (its time or place), as a person would with j."""
    await pilot.press("g")
    for _ in range(len(app.state.rows)):
        event = app.screen.timeline.current_event
        row = app.screen.timeline.render_line(app.screen.timeline.cursor - app.screen.timeline.scroll_offset.y).text
        if marker in row:
            return event
        await pilot.press("j")
    raise AssertionError(f"no row with {marker!r}")


def kyiv_night(store_path: Path) -> dict:
    return next(e for e in Store(store_path).events() if e["location"] == "Kyiv" and e["precision"] == "part_of_day")


async def test_a_row_shows_its_outlets_and_the_detail_groups_sources_by_outlet(app, store_path):
    async with app.run_test(size=(120, 40)) as pilot:
        await started(app, pilot)
        night = [row for row in rows(app) if "night" in row and "Kyiv" in row]
        assert len(night) == 1 and night[0].endswith("×2")
        assert not any(row.endswith("×2") for row in rows(app) if "Odesa" in row)
        await go_to(app, pilot, NIGHT)
        detail = app.screen.query_one("#detail").text
        flowing = " ".join(detail.split())  # the pane wraps long lines
        assert "Sources 2 outlets; they differ on:" in flowing
        assert "killed: 4 (Meridian Wire), 5 (The Daily Ledger)" in flowing
        assert "killed 4–5" in flowing
        meridian, ledger = detail.index("Meridian Wire\n"), detail.index("The Daily Ledger\n")
        assert meridian < ledger and "killed 4" in detail[meridian:ledger] and "killed 5" in detail[ledger:]


async def test_o_shows_events_with_several_outlets_then_single_source_ones(app):
    async with app.run_test(size=(120, 40)) as pilot:
        await started(app, pilot)
        assert app.state.shown == 3
        await pilot.press("o")
        assert app.state.shown == 1 and app.screen.timeline.current_event["location"] == "Kyiv"
        assert "≥2 outlets" in text_of(app.screen.query_one("#status-bar"))
        await pilot.press("o")  # at least three: none here
        assert app.state.shown == 0
        await pilot.press("o")
        assert app.state.shown == 2 and "single-source" in text_of(app.screen.query_one("#status-bar"))
        await pilot.press("o")
        assert app.state.shown == 3


async def test_cycling_the_outlet_filter_round_comes_back_to_the_event_the_reader_was_on(app):
    """Through a view without the event (none has three outlets) and one where only its neighbours are
    (single-source), back to every event: the cursor is on the night again (it was on a neighbour)."""
    async with app.run_test(size=(120, 40)) as pilot:
        await started(app, pilot)
        night = await go_to(app, pilot, NIGHT)
        for _ in range(4):
            await pilot.press("o")
        assert app.state.shown == 3 and app.screen.timeline.current_event["id"] == night["id"]
        afternoon = await go_to(app, pilot, AFTERNOON_ROW)  # a row of its own: a reader's move counts
        await pilot.press("o", "o", "o")
        assert app.screen.timeline.current_event["id"] == afternoon["id"]  # single-source: it is there
        await pilot.press("o")
        assert app.screen.timeline.current_event["id"] == afternoon["id"]


async def test_m_marks_two_events_merges_them_and_u_undoes_it(app, store_path):
    async with app.run_test(size=(120, 40)) as pilot:
        await started(app, pilot)
        odesa = await go_to(app, pilot, ODESA_ROW)
        await pilot.press("m")
        afternoon = await go_to(app, pilot, AFTERNOON_ROW)
        assert any(row.startswith("◆") and "Odesa" in row for row in rows(app))  # marked, cursor elsewhere
        await pilot.press("m")
        await pilot.press("y")  # confirm
        await pilot.pause()
        stored = Store(store_path)
        assert afternoon["id"] not in stored.events_by_id
        merged = stored.get_event(odesa["id"])
        assert [r["outlet"] for r in merged["reports"]] == ["Meridian Wire", "Kyiv Evening"]
        assert merged["merges"][-1]["by"] == "hand"
        assert app.screen.timeline.current_event["id"] == odesa["id"]
        await pilot.press("u")
        await pilot.pause()
        stored = Store(store_path)
        assert stored.get_event(odesa["id"]) == odesa and stored.get_event(afternoon["id"]) == afternoon


async def test_x_splits_an_article_off_and_u_puts_it_back(app, store_path):
    async with app.run_test(size=(120, 40)) as pilot:
        await started(app, pilot)
        night = await go_to(app, pilot, NIGHT)
        assert len(night["reports"]) == 2
        await pilot.press("x")
        assert isinstance(app.screen, SplitScreen)
        await pilot.press("down", "enter")  # the second article: The Daily Ledger's
        await pilot.pause()
        split_off = app.screen.timeline.current_event
        assert [r["outlet"] for r in split_off["reports"]] == ["The Daily Ledger"]
        assert [r["outlet"] for r in Store(store_path).get_event(night["id"])["reports"]] == ["Meridian Wire"]
        await pilot.press("u")
        await pilot.pause()
        stored = Store(store_path)
        assert stored.get_event(night["id"]) == night and split_off["id"] not in stored.events_by_id


async def test_x_on_an_event_from_one_article_says_there_is_nothing_to_split(app):
    async with app.run_test(size=(120, 40)) as pilot:
        await started(app, pilot)
        await go_to(app, pilot, ODESA_ROW)
        await pilot.press("x")
        assert not isinstance(app.screen, SplitScreen)
        assert any("nothing to split" in n.message for n in app._notifications)


async def mark_odesa_while_a_colleague_edits_it(app, pilot, store_path) -> dict:
    """`m` on the Odesa row, the cursor to the afternoon row; a colleague edits Odesa from another process."""
    odesa = await go_to(app, pilot, ODESA_ROW)
    await pilot.press("m")
    await go_to(app, pilot, AFTERNOON_ROW)
    Store(store_path).update_event(odesa["id"], {"notes": "two dock workers, port authority says"})
    return odesa


async def test_a_merge_of_an_event_someone_else_changed_saves_nothing(app, store_path):
    async with app.run_test(size=(120, 40)) as pilot:
        await started(app, pilot)
        odesa = await mark_odesa_while_a_colleague_edits_it(app, pilot, store_path)
        await pilot.press("m", "y")
        await pilot.pause()
        assert any("changed by someone else" in n.message for n in app._notifications)
        stored = Store(store_path)
        assert len(stored.get_event(odesa["id"])["reports"]) == 1 and len(stored) == 3


async def test_a_merge_is_refused_when_the_marked_event_changed_even_after_the_app_reloaded_it(app, store_path):
    async with app.run_test(size=(120, 40)) as pilot:
        await started(app, pilot)
        await mark_odesa_while_a_colleague_edits_it(app, pilot, store_path)
        app.screen.refresh_from_store()  # the app has read the colleague's version by now
        await pilot.pause()
        await pilot.press("m")
        assert "“Russian drone strike on Odesa” stays" in app.screen.question  # which event survives
        await pilot.press("y")
        await pilot.pause()
        assert any("changed by someone else" in n.message for n in app._notifications)
        assert len(Store(store_path)) == 3
