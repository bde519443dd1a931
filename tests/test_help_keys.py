"""The help screen (`?`) and README's keys table list every key the app binds, screen by screen: a key
added to any screen or widget and left out of either fails here, so they cannot drift apart."""

from __future__ import annotations

import importlib
import pkgutil
import re
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from textual.binding import Binding
from textual.dom import DOMNode

import tui
from tests.test_app import started, text_of
from tui.app import NewslineApp
from tui.screens.help import HelpScreen, key_label

NOW = datetime(2025, 7, 5, 10, 0, tzinfo=ZoneInfo("Europe/Kyiv"))
README = Path(__file__).resolve().parent.parent / "README.md"


def the_apps_bindings() -> dict[str, list[Binding]]:
    """Every binding declared by a screen, widget or the app in tui/, by class name."""
    for module in pkgutil.walk_packages(tui.__path__, "tui."):
        if module.name != "tui.__main__":  # runs the command line when imported
            importlib.import_module(module.name)
    found, stack = {}, [DOMNode]
    while stack:
        cls = stack.pop()
        stack.extend(cls.__subclasses__())
        if cls.__module__.startswith("tui.") and "BINDINGS" in cls.__dict__:
            found[cls.__name__] = [b for b in cls.BINDINGS if isinstance(b, Binding) and not b.system]
    return found


def test_every_screen_of_the_app_declares_keys():
    names = set(the_apps_bindings())
    assert {"NewslineApp", "TimelineScreen", "TimelineView", "SourceScreen", "EventForm", "KindsScreen",
            "ConfirmScreen", "JumpScreen", "ExportScreen", "EventDetailScreen", "HelpScreen"} <= names


async def test_the_help_screen_lists_every_key_of_every_screen(store_path):
    app = NewslineApp(store_path, now=NOW)
    async with app.run_test(size=(100, 40)) as pilot:
        await started(app, pilot)
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        shown = text_of(app.screen.query_one("#help-body"))
        rows = [" ".join(line.split()) for line in shown.splitlines()]
        for owner, bindings in the_apps_bindings().items():
            for binding in bindings:
                row = f"{key_label(binding.key)} {binding.description}"
                assert row in rows, f"{owner}: {row!r} is not a row of the help screen"
        for key in ("question_mark", "f1", "escape", "q"):  # each key that says it closes the help does
            await pilot.press(key)
            await pilot.pause()
            assert not isinstance(app.screen, HelpScreen), key
            if key != "q":
                await pilot.press("question_mark")
                await pilot.pause()


async def test_the_help_scrolls_with_the_same_keys_as_the_rest(store_path):
    app = NewslineApp(store_path, now=NOW)
    async with app.run_test(size=(80, 24)) as pilot:
        await started(app, pilot)
        await pilot.press("question_mark", "G")
        await pilot.pause()
        assert "Dates in words" in text_of(app.screen.query_one("#help-body"))
        scroll = app.screen.query_one("#help")
        assert scroll.scroll_y == scroll.max_scroll_y > 0
        await pilot.press("g")
        await pilot.pause()
        assert scroll.scroll_y == 0
        await pilot.press("j", "j", "space")
        await pilot.pause()
        assert scroll.scroll_y > 2


def readme_keys_section() -> str:
    text = README.read_text(encoding="utf-8")
    start = text.index("\n## Keys")
    return text[start:text.index("\n## ", start + 1)]


def test_readme_keys_table_names_every_key():
    keys = readme_keys_section()
    named = set(re.findall(r"`([^`]+)`", keys))
    missing = {f"{owner}: {key_label(key)} ({binding.description})"
               for owner, bindings in the_apps_bindings().items() for binding in bindings
               for key in binding.key.split(",") if key_label(key) not in named}
    assert not missing, f"README's Keys section does not name: {sorted(missing)}"
