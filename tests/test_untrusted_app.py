"""The app with hostile text in a real store: nothing in it is read as markup, becomes an action or a link,
or reaches the screen as control; every screen that shows it stays up and shows it literally."""

from __future__ import annotations

import re
from datetime import datetime
from zoneinfo import ZoneInfo

from rich.cells import cell_len

from store import model
from store.database import Store
from tests.hostile import CLICK, store_with_hostile_event
from tests.test_app import started, text_of
from tui.app import NewslineApp
from tui.screens.dialogs import ConfirmScreen, JumpScreen
from tui.screens.form import EventForm
from tui.screens.source import SourceScreen
from tui.screens.timeline import EventDetailScreen, TimelineScreen
from tui.widgets.detail import DetailPane

NOW = datetime(2025, 7, 5, 10, 0, tzinfo=ZoneInfo("Europe/Kyiv"))


def controls_in(text: str) -> list[str]:
    return [hex(ord(c)) for c in text if (ord(c) < 0x20 and c != "\n") or 0x7F <= ord(c) <= 0x9F
            or 0x202A <= ord(c) <= 0x202E or 0x2066 <= ord(c) <= 0x2069]


def squashed(text: str) -> str:
    """Text without whitespace: a literal may be wrapped across lines of a pane."""
    return "".join(text.split())


def timeline_rows(app) -> list[str]:
    """Every visible timeline row as drawn; each must fill exactly the widget's width in cells."""
    timeline = app.screen.timeline
    rows = []
    for y in range(min(timeline.size.height, len(app.state.rows))):
        strip = timeline.render_line(y)
        assert strip.cell_length == timeline.size.width, f"row {y} is {strip.cell_length} cells: {strip.text!r}"
        assert sum(cell_len(segment.text) for segment in strip) == timeline.size.width
        rows.append(strip.text)
    return rows


async def test_hostile_event_is_shown_literally_on_every_screen(tmp_path):
    # A store folder whose name is markup too: "[/y]" in the status bar must not stop the app.
    store_path = tmp_path / "x[" / "y]" / "store.json"
    store_path.parent.mkdir(parents=True)
    hostile = store_with_hostile_event(store_path, tmp_path)
    app = NewslineApp(store_path, seed=False, now=NOW)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await started(app, pilot)
        assert "x[/y]/store.json" in text_of(screen.query_one("#status-bar"))
        rows = timeline_rows(app)
        hostile_row = next(row for row in rows if "Strike [/updated] on 東京" in row)
        assert "␛]0;PWNED-TITLE␇" in hostile_row and not controls_in("".join(rows))

        await pilot.press("j")  # the cursor lands on the hostile event: the detail pane shows it all
        await pilot.pause(0.2)
        assert screen.timeline.current_event["id"] == hostile["id"]
        pane = screen.query_one(DetailPane).text
        for literal in ("[/updated]", '[@click=app.screenshot("pwned.svg"', "[/i] last night ␛[6n",
                        "[link=https://evil.example/x]Kyiv[/link]", "Wire ␛]0;PWNED-TITLE␇[/i] report",
                        "␛]8;;https://evil.example/␛\\Evil [b]Wire", "line one [/updated]"):
            assert squashed(literal) in squashed(pane), literal
        assert not controls_in(pane)
        timeline_rows(app)

        await pilot.press("d")  # the delete dialog quotes the title
        assert isinstance(app.screen, ConfirmScreen)
        assert "Strike [/updated] on 東京" in text_of(app.screen.query_one("Static"))
        await pilot.press("n")
        assert isinstance(app.screen, TimelineScreen)

        await pilot.press("e")  # the form shows the stored text without control, and "[/" as a date
        form = app.screen
        assert isinstance(form, EventForm)
        title = form.query_one("#title").value
        assert title.startswith("Strike [/updated] on 東京") and not controls_in(title)
        form.query_one("#when").value = ""
        form.query_one("#when").focus()
        await pilot.press(*"[/")
        await pilot.pause()
        assert "[/" in text_of(form.query_one("#when-preview"))
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert "[/" in text_of(form.query_one("#form-error"))
        await pilot.press("escape")
        assert isinstance(app.screen, TimelineScreen)

        await pilot.press("slash", *"[/")  # search for markup
        await pilot.pause()
        assert "search “[/”: 1 match" in text_of(screen.query_one("#status-bar"))
        await pilot.press("enter", "n", "slash", *"zz", "enter", "n")  # "No match for “[/zz”"
        await pilot.pause()
        await pilot.press("escape")

        await pilot.press("t", *"[/", "enter")  # jump to a "date" that is markup
        await pilot.pause()
        assert isinstance(app.screen, JumpScreen) and "[/" in text_of(app.screen.query_one("#jump-error"))
        await pilot.press("escape")

        screen.timeline.move_to_id(hostile["id"])
        await pilot.press("y")
        assert "[/updated]" in app.clipboard and not controls_in(app.clipboard)

        await pilot.press("s")  # the source article
        assert isinstance(app.screen, SourceScreen)
        assert "Wire ␛]0;PWNED-TITLE␇[/i] report" in text_of(app.screen.query_one("#source-title"))
        assert not controls_in(text_of(app.screen.query_one("#source-body")))
        await pilot.press("escape")

        await pilot.press("question_mark")  # help: "[" and "]" are keys, not markup
        await pilot.pause()
        await pilot.press("escape")

        await pilot.resize_terminal(70, 24)  # narrow: the detail screen
        await pilot.pause()
        screen.timeline.move_to_id(hostile["id"])
        await pilot.press("enter")
        assert isinstance(app.screen, EventDetailScreen)
        shown = text_of(app.screen.query_one("#detail-screen Static"))
        assert "[/updated]" in shown and not controls_in(shown)
        await pilot.press("escape")
        await pilot.resize_terminal(120, 40)
        await pilot.pause()

        await pilot.press("d", "y")  # delete, then undo: both notify with the title in them
        await pilot.pause()
        assert hostile["id"] not in Store(store_path).events_by_id
        await pilot.press("u")
        await pilot.pause()
        assert hostile["id"] in Store(store_path).events_by_id
        assert app.is_running and isinstance(app.screen, TimelineScreen)


async def test_clicking_markup_in_an_actor_runs_no_action(tmp_path, store_path, monkeypatch):
    # Only the actor is hostile here, so nothing else in the event can stop the pane from drawing. The
    # screenshot would land in the working folder: a short path keeps the actor on one line of the pane.
    monkeypatch.chdir(tmp_path)
    store = Store(store_path)
    store.put_event(model.validate_event({
        **model.make_event(kind="call", title="Leaders speak", start="2025-07-03T21:40:00+03:00",
                           end="2025-07-03T21:40:00+03:00", precision="minute"),
        "actors": [CLICK.format(folder="."), "[@click=app.quit]Quit[/]"],
    }))
    app = NewslineApp(store_path, seed=False, now=NOW)
    async with app.run_test(size=(200, 40)) as pilot:
        screen = await started(app, pilot)
        await pilot.pause(0.2)
        pane = screen.query_one(DetailPane)
        lines = pane.text.split("\n")
        first = next(i for i, line in enumerate(lines) if line.startswith("Actors"))
        last = next(i for i, line in enumerate(lines) if line.startswith("Location"))
        for y in range(first, last):  # click each word of the actors, whatever they show, at its start and middle
            for word in re.finditer(r"\S+", lines[y][10:]):
                for x in {word.start(), (word.start() + word.end()) // 2}:
                    await pilot.click(DetailPane, offset=(10 + x, y))
        await pilot.pause()
        assert not list(tmp_path.glob("*.svg")), "a click in stored text took a screenshot"
        assert app.is_running and isinstance(app.screen, TimelineScreen)
        assert '[@click=app.screenshot("pwned.svg",".")]Name[/],' in pane.text
        assert "[@click=app.quit]Quit[/]" in pane.text
        for segment in (segment for strip in pane._lines for segment in strip):
            style = segment.style
            assert style is None or (not style.meta and style.link is None), f"{segment.text!r} carries {style}"


async def test_timeline_rows_keep_their_width_with_wide_combining_and_zero_width_titles(store_path):
    store = Store(store_path)
    for n, title in enumerate(["東京で無人機攻撃" * 8, "Cafe\u0301 " * 30, "zero\u200bwidth\u200d " * 20,
                               "混合 mixed e\u0301 \u200b" * 10]):
        store.add_event(model.make_event(kind="strike", title=title, start=f"2025-07-0{n + 1}T21:40:00+03:00",
                                         end=f"2025-07-0{n + 1}T21:40:00+03:00", precision="minute"))
    app = NewslineApp(store_path, seed=False, now=NOW)
    async with app.run_test(size=(120, 40)) as pilot:
        await started(app, pilot)
        for width in (120, 97, 81, 70):
            await pilot.resize_terminal(width, 30)
            await pilot.pause()
            assert len(timeline_rows(app)) == 8
