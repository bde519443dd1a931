"""A 300-character title typed by hand (`newsline add --title ...`): stored whole; the timeline row and the
messages cut it for display (with '…'); the detail pane, `y`, `show` and every export keep all of it."""

from __future__ import annotations

import csv
import io
import json
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from rich.cells import cell_len

from store.database import Store
from tests.seen import squashed
from tests.test_app import started, text_of
from tui.app import NewslineApp
from tui.formatting import QUOTED_TITLE_CELLS

NOW = datetime(2025, 7, 5, 10, 0, tzinfo=ZoneInfo("Europe/Kyiv"))
HEAD = "Drone strike on Київ and 東京 "
TITLE = (HEAD + "after a night of sirens " * 12).strip()[:296] + " END"


@pytest.fixture
def long_title_store(run_cli, store_path):
    assert len(TITLE) == 300
    result = run_cli("add", "--kind", "strike", "--when", "3 July 2025", "--title", TITLE)
    assert result.returncode == 0, result.stderr
    [event] = [e for e in Store(store_path).events() if e["origin"] == "manual"]
    assert event["title"] == TITLE  # stored whole
    return event


async def test_the_row_cuts_a_long_title_with_an_ellipsis_and_the_detail_pane_shows_it_whole(long_title_store,
                                                                                             store_path):
    app = NewslineApp(store_path, now=NOW)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await started(app, pilot)
        screen.timeline.move_to_id(long_title_store["id"])
        await pilot.pause(0.2)
        timeline = screen.timeline
        row = timeline.render_line(timeline.cursor - timeline.scroll_offset.y).text
        assert HEAD.strip() in row and "END" not in row
        assert row.rstrip().endswith("… ✎")  # cut before the hand-entered mark, which stays in view
        assert cell_len(row) == timeline.size.width
        card = screen.query_one("#detail").text
        assert squashed(TITLE) in squashed(card)
        await pilot.press("y")
        assert app.clipboard.splitlines()[0] == TITLE


async def test_messages_quote_a_long_title_cut(long_title_store, store_path):
    app = NewslineApp(store_path, now=NOW)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await started(app, pilot)
        screen.timeline.move_to_id(long_title_store["id"])
        await pilot.press("d")
        await pilot.pause()
        question = text_of(app.screen.query_one("Static"))
        assert f"“{HEAD}" in question and "END" not in question
        await pilot.press("y")
        await pilot.pause()
        said = [str(n.message) for n in app._notifications if "Deleted" in str(n.message)]
        assert said and said[0].startswith(f"Deleted “{HEAD}") and said[0].endswith("…”")
        assert cell_len(said[0]) <= len("Deleted “”") + QUOTED_TITLE_CELLS
        await pilot.press("u")
        await pilot.pause()
        assert Store(store_path).get_event(long_title_store["id"])["title"] == TITLE  # undo: whole again


def test_show_prints_the_whole_title(long_title_store, run_cli):
    assert TITLE in run_cli("show", long_title_store["id"][:8]).stdout


def unfolded_ics(text: str) -> str:
    """RFC 5545: a line starting with a space continues the one before (line ends read as "\n" here)."""
    return text.replace("\n ", "")


@pytest.mark.parametrize("fmt", ["json", "csv", "md", "ics"])
def test_every_export_holds_the_whole_title(long_title_store, run_cli, fmt):
    result = run_cli("export", "--format", fmt)
    assert result.returncode == 0, result.stderr
    out = result.stdout
    if fmt == "json":
        titles = [e["title"] for e in json.loads(out)["events"]]
    elif fmt == "csv":
        titles = [row["title"] for row in csv.DictReader(io.StringIO(out.lstrip("\ufeff")))]
    elif fmt == "md":
        titles = [line for line in out.splitlines() if "END" in line]
        assert len(titles) == 1 and titles[0].endswith(TITLE)
        return
    else:
        titles = [line.removeprefix("SUMMARY:") for line in unfolded_ics(out).splitlines()
                  if line.startswith("SUMMARY:")]
    assert TITLE in titles


async def test_the_tails_of_cut_rows_stay_in_one_column(run_cli, store_path):
    """Cut at a space or in a wide character, a title came out a cell short and its row's ✎ (and ×N, and
    the span) sat a column left of the next row's."""
    words = ("ab ", "abc ", "東京 ", "abcd ", "a ", "Київ ")
    for number, word in enumerate(words):
        title = (f"{number} " + word * 60)[:200]
        assert run_cli("add", "--kind", "other", "--when", f"{number + 1} July 2025", "--title", title).returncode == 0
    app = NewslineApp(store_path, seed=False, now=NOW)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await started(app, pilot)
        timeline = screen.timeline
        lines = [timeline.render_line(y).text for y in range(timeline.size.height)]
        ends = {cell_len(line[:line.index("✎")]) for line in lines if "✎" in line}
        assert len([line for line in lines if "✎" in line]) == len(words) and len(ends) == 1, lines
