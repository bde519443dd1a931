"""Colours come from the theme: every screen is readable in a light theme as in a dark one, the detail pane
follows a theme change at once, the kinds dialog tells ticked from unticked, and the theme picked in the
command palette is the one the next run opens with."""

from __future__ import annotations

import re
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from textual.color import Color

from store import kinds
from tests.seen import contrast, faint_text, screen_strips, screen_text
from tests.test_app import started
from tui.app import NewslineApp
from tui.screens.dialogs import KindsScreen
from tui.screens.timeline import TimelineScreen

NOW = datetime(2025, 7, 5, 10, 0, tzinfo=ZoneInfo("Europe/Kyiv"))


async def opened(pilot, *keys: str) -> None:
    await pilot.press(*keys)
    await pilot.pause(0.1)
    await pilot.pause()


@pytest.mark.parametrize("theme", ["textual-dark", "textual-light"])
async def test_every_screen_and_dialog_is_readable_in_light_and_dark(store_path, theme):
    app = NewslineApp(store_path, now=NOW)
    async with app.run_test(size=(80, 24)) as pilot:
        app.theme = theme
        await started(app, pilot)
        await opened(pilot, "k", "k")  # a card with a source sentence in the detail pane
        assert faint_text(app) == [], "main screen"
        for name, keys in {"kinds dialog": ("f", "4", "down"), "help": ("question_mark",),
                           "delete question": ("d",), "jump to date": ("t", *"3 July"),
                           "form": ("a", *"A title", "tab", "tab", *"gibberish")}.items():
            await opened(pilot, *keys)
            assert not isinstance(app.screen, TimelineScreen)
            assert faint_text(app) == [], name
            await opened(pilot, "escape")
            assert isinstance(app.screen, TimelineScreen)
        await pilot.resize_terminal(70, 24)  # narrow: the card is a screen of its own
        await opened(pilot, "enter")
        assert faint_text(app) == [], "event screen"


async def test_the_main_screen_is_readable_in_every_theme_the_palette_offers(store_path):
    app = NewslineApp(store_path, now=NOW)
    async with app.run_test(size=(80, 24)) as pilot:
        await started(app, pilot)
        await opened(pilot, "k", "k", "1")  # a card with a source; calls hidden: the status shows kinds
        themes = sorted(name for name in app.available_themes if not name.startswith("ansi"))
        assert len(themes) > 10
        for theme in themes:  # the ANSI themes leave colours to the terminal's own palette
            app.theme = theme
            await pilot.pause()
            assert faint_text(app) == [], theme


def detail_backgrounds(app) -> set[str]:
    """The background colours of the detail pane's cells (a highlighted sentence excepted)."""
    pane = app.screen.query_one("#detail").region
    colours = set()
    for y, row in enumerate(screen_strips(app)):
        if not pane.y <= y < pane.bottom:
            continue
        x = 0
        for segment in row:
            left, x = x, x + segment.cell_length
            style = segment.style
            if pane.x <= left < pane.right - 1 and style and style.bgcolor and not style.reverse:
                colours.add(Color.from_rich_color(style.bgcolor).hex)
    return colours


async def test_the_detail_pane_takes_a_new_theme_at_once(store_path):
    app = NewslineApp(store_path, now=NOW)
    async with app.run_test(size=(100, 30)) as pilot:
        await started(app, pilot)
        await opened(pilot, "k")
        dark = detail_backgrounds(app)
        app.theme = "textual-light"
        await pilot.pause()
        await pilot.pause()
        light = detail_backgrounds(app)
        background = Color.parse(app.theme_variables["background"]).hex
        # the theme's background, and nothing left of the dark one (a scrollbar may bring the theme's own shade)
        assert background in light and not dark & light


async def test_a_theme_picked_in_the_command_palette_is_used_and_remembered(store_path):
    app = NewslineApp(store_path, now=NOW)
    async with app.run_test(size=(100, 30)) as pilot:
        await started(app, pilot)
        assert app.theme == "textual-dark"
        await pilot.press("ctrl+p", *"theme")
        await pilot.pause(0.3)
        await pilot.press("enter")
        await pilot.pause(0.3)
        await pilot.press(*"textual-light")
        await pilot.pause(0.3)
        await pilot.press("enter")
        await pilot.pause(0.3)
        assert app.theme == "textual-light"
        assert isinstance(app.screen, TimelineScreen)
    again = NewslineApp(store_path, now=NOW)
    async with again.run_test(size=(100, 30)) as pilot:
        await started(again, pilot)
        assert again.theme == "textual-light"


def kinds_rows(app) -> dict[str, tuple[str, float]]:
    """Each kind's row in the dialog: its tick box, key and name, and the contrast its words are drawn with."""
    rows = {}
    for row in screen_strips(app):
        text = "".join(segment.text for segment in row)
        for kind in kinds.KINDS:
            match = re.search(rf"\[.\] {kind.key}  {kind.name}\b", text)
            if match:
                words = next(s for s in row if kind.name in s.text)
                colours = (Color.from_rich_color(words.style.color), Color.from_rich_color(words.style.bgcolor))
                rows[kind.name] = (match.group(0), contrast(*colours))
    return rows


@pytest.mark.parametrize("theme", ["textual-dark", "textual-light"])
async def test_ticked_and_unticked_kinds_look_different_in_the_kinds_dialog(store_path, theme):
    app = NewslineApp(store_path, now=NOW)
    async with app.run_test(size=(80, 24)) as pilot:
        app.theme = theme
        await started(app, pilot)
        await opened(pilot, "f")
        assert isinstance(app.screen, KindsScreen)
        text = {kind: line for kind, (line, _) in kinds_rows(app).items()}
        assert text["call"] == "[✓] 1  call" and text["statement"] == "[✓] 4  statement"
        await opened(pilot, "space", "4")  # untick call (highlighted) with space, statement by its key
        rows = kinds_rows(app)
        assert rows["call"][0] == "[ ] 1  call"
        assert rows["statement"][0] == "[ ] 4  statement"
        assert rows["strike"][0] == "[✓] 2  strike"
        # Beyond the box, an unticked kind is dimmed: its text stands out less, and is still readable.
        assert rows["statement"][1] < 0.8 * rows["strike"][1]
        assert faint_text(app) == []
        await opened(pilot, "down", "space", "space")  # strike off and on again
        assert kinds_rows(app)["strike"][0] == "[✓] 2  strike"
        await opened(pilot, "enter")
        assert isinstance(app.screen, TimelineScreen)
        assert app.state.kinds == {"strike", "claim", "decision", "other"}
        assert "strike, claim, decision, other" in screen_text(app).splitlines()[0]


async def test_escape_leaves_the_kinds_as_they_were(store_path):
    app = NewslineApp(store_path, now=NOW)
    async with app.run_test(size=(80, 24)) as pilot:
        await started(app, pilot)
        await opened(pilot, "f", "1", "2", "escape")
        assert isinstance(app.screen, TimelineScreen) and len(app.state.kinds) == 6
