"""The app over a compacted store of a few thousand events, read through its time index (store/index.py):
every row, key and search compared with what a plain reading of every record says."""

from __future__ import annotations

from datetime import datetime

import pytest

from store.database import Store
from store.days import display_zone
from store.manual import manual_event
from store.search import matches
from tests.test_app import NOW, started, text_of
from tests.test_store_index import app_order, bulk_events
from tui import state as state_module
from tui.app import NewslineApp


@pytest.fixture
def indexed(store_path):
    store = Store(store_path)
    store.import_records([], bulk_events(2200))
    store.compact()
    assert store_path.with_name("store.json.idx").exists()
    return store_path


def plain_rows(events: list[dict], zone=None) -> list[str]:
    """Rows as a reading of every record gives them, event by event (store/days.py's own functions): a
    day header of the display zone, then that day's events in display order, by id."""
    zone = zone or display_zone()
    placed = sorted(((zone.position(e), e) for e in sorted(events, key=app_order)), key=lambda pair: pair[0])
    rows, day = [], None
    for position, event in placed:
        if zone.day_of(position) != day:
            day = zone.day_of(position)
            rows.append(day)
        rows.append(event["id"])
    return rows


def shown_rows(app) -> list[str]:
    return [row if isinstance(row, str) else row["id"] for row in app.state.rows]


def current(app) -> dict:
    return app.screen.timeline.current_event


@pytest.mark.parametrize("zone", ["UTC", "Asia/Tokyo", "America/New_York"])
async def test_rows_and_moves_match_a_reading_of_every_record(indexed, zone):
    events = Store(indexed).events()
    expected = plain_rows(events, display_zone(zone))
    app = NewslineApp(indexed, now=NOW, zone=zone)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await started(app, pilot)
        assert shown_rows(app) == expected
        newest = Store(indexed).get_event(expected[-1])
        assert current(app)["id"] == newest["id"]
        assert newest["title"] in screen.query_one("#detail").text
        await pilot.press("g", "j", "j")
        assert current(app)["id"] == expected[3]  # day header, first, second, third event
        await pilot.press("k")
        assert current(app)["id"] == expected[2]
        await pilot.press("right_square_bracket")
        second_day = next(i for i in range(1, len(expected)) if len(expected[i]) == 10)
        assert current(app)["id"] == expected[second_day + 1]
        await pilot.press("left_square_bracket")
        assert current(app)["id"] == expected[1]
        await pilot.press("pagedown", "pagedown")
        row = app.screen.timeline.cursor
        assert row > 60 and expected[row] == current(app)["id"]
        await pilot.press("G")
        assert current(app)["id"] == newest["id"]
        await pilot.press("t", *"15 February 2025", "enter")
        await pilot.pause()
        assert current(app)["start"].startswith("2025-02-1")


async def test_kind_keys_filter_the_indexed_rows(indexed):
    events = Store(indexed).events()
    app = NewslineApp(indexed, now=NOW)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await started(app, pilot)
        await pilot.press("2", "4")  # hide strikes and statements
        assert shown_rows(app) == plain_rows([e for e in events if e["kind"] not in ("strike", "statement")])
        assert f"{app.state.shown}/{len(events)} events" in text_of(screen.query_one("#status-bar"))
        await pilot.press("2", "4")
        assert shown_rows(app) == plain_rows(events)


@pytest.mark.parametrize("background,from_keys", [(False, "gjjjjj"), (True, "gjjjjj"), (True, "G")])
async def test_search_finds_what_a_reading_of_every_record_finds(indexed, monkeypatch, background, from_keys):
    if background:  # as on a large store: the first match from the cursor, the count in the background
        monkeypatch.setattr(state_module, "SYNC_SEARCH_BYTES", 0)
    events = {e["id"]: e for e in Store(indexed).events()}
    order = [row for row in plain_rows(list(events.values())) if len(row) != 10]  # display order, by id
    wanted = [i for i in order if matches(events[i], "near odesa")]
    app = NewslineApp(indexed, now=NOW)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await started(app, pilot)
        await pilot.press(*from_keys)
        start = current(app)
        await pilot.press("slash", *"near odesa")
        await app.workers.wait_for_complete()
        await pilot.pause()
        after = [i for i in wanted if order.index(i) >= order.index(start["id"])]
        after += wanted  # none after the cursor: round to the first
        assert current(app)["id"] == after[0]
        assert f"{len(wanted)} matches" in text_of(screen.query_one("#status-bar"))
        assert [app.state.rows[r]["id"] for r in app.state.matches] == wanted
        await pilot.press("enter", "n")
        assert current(app)["id"] == after[1]
        await pilot.press("F")
        await pilot.pause()
        assert [r for r in shown_rows(app) if len(r) != 10] == wanted
        await pilot.press("escape")
        await pilot.pause()
        assert app.state.shown == len(events)


async def test_a_large_stores_first_match_nearby_is_under_the_cursor_before_the_background_count(
        indexed, monkeypatch):
    """On a large store the count runs in the background; a match in the small piece of the index
    beside the cursor is still found in the keystroke's own frame. The background count is switched off
    here: the cursor must reach the first match without it, and never a wrong one."""
    from tui.screens.timeline import TimelineScreen

    monkeypatch.setattr(state_module, "SYNC_SEARCH_BYTES", 0)
    monkeypatch.setattr(TimelineScreen, "_count_matches", lambda self, from_row, move: None)
    events = {e["id"]: e for e in Store(indexed).events()}
    order = [row for row in plain_rows(list(events.values())) if len(row) != 10]
    app = NewslineApp(indexed, now=NOW)
    async with app.run_test(size=(120, 40)) as pilot:
        await started(app, pilot)
        texts = int(app.state.store.timeline().base.text_off[-1])
        monkeypatch.setattr(state_module, "NEARBY_BYTES", texts // 4)  # the piece read at once: a quarter
        start = next(n for n, i in enumerate(order) if not matches(events[i], "near odesa"))
        await pilot.press("g", *"j" * start)  # on an event that does not match: the cursor has to move
        assert current(app)["id"] == order[start]
        await pilot.press("slash", *"near odesa")
        wanted = [i for i in order[start:] if matches(events[i], "near odesa")]
        assert wanted and order.index(wanted[0]) < len(order) // 8  # well inside the first piece
        assert current(app)["id"] == wanted[0]
        await pilot.press("backspace", *"xq")  # "near odesxq": nothing nearby, so nothing moves
        assert current(app)["id"] == wanted[0]


async def test_edits_add_and_undo_over_the_index(indexed):
    app = NewslineApp(indexed, now=NOW)
    async with app.run_test(size=(120, 40)) as pilot:
        await started(app, pilot)
        await pilot.press("g", "j")
        target = current(app)
        await pilot.press("e", "ctrl+a", *"Checked title", "ctrl+s")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert current(app)["id"] == target["id"] and current(app)["title"].startswith("Checked title")
        assert Store(indexed).get_event(target["id"]) == current(app)
        await pilot.press("a", *"Added by hand", "tab", "tab", *"1 February 2025 10:30", "ctrl+s")
        await app.workers.wait_for_complete()
        await pilot.pause()
        added = current(app)
        assert added["title"] == "Added by hand" and added["start"].startswith("2025-02-01T10:30")
        assert shown_rows(app) == plain_rows(Store(indexed).events())
        await pilot.press("d", "y")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert added["id"] not in Store(indexed).events_by_id
        await pilot.press("u")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert added["id"] in Store(indexed).events_by_id and current(app)["id"] == added["id"]
        assert shown_rows(app) == plain_rows(Store(indexed).events())


async def test_another_process_compacting_and_writing_shows_and_the_cursor_stays(indexed):
    app = NewslineApp(indexed, now=NOW)
    async with app.run_test(size=(120, 40)) as pilot:
        await started(app, pilot)
        await pilot.press("g", "j", "j", "j")
        kept = current(app)["id"]
        other = Store(indexed)
        other.add_event(manual_event(kind="claim", title="Written elsewhere", when="3 February 2025 08:00", now=NOW))
        other.compact()
        await pilot.pause(2.2)
        assert "Written elsewhere" in {e["title"] for e in (app.state.rows[r] for r in app.state.event_rows)}
        assert current(app)["id"] == kept
        assert shown_rows(app) == plain_rows(Store(indexed).events())
        assert datetime.fromisoformat(current(app)["start"])  # the record is still read from the new files
