"""Snapshots of what a person sees: the main screen at 80x24 and 120x40, the form and the help."""

from __future__ import annotations

import fcntl
import shutil
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from tui.app import NewslineApp

# A fixed path: the status bar shows it, and snapshots must not change with pytest's temp names.
SNAPSHOT_DIR = Path("/tmp/newsline-snapshots")
NOW = datetime(2025, 7, 5, 10, 0, tzinfo=ZoneInfo("Europe/Kyiv"))


@pytest.fixture
def snapshot_app():
    # The path is the same for every checkout on this machine: a test run in another one would seed
    # the same store meanwhile, and the app, seeing the store change, would move its cursor. One at a time.
    with open(f"{SNAPSHOT_DIR}.lock", "a") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        shutil.rmtree(SNAPSHOT_DIR, ignore_errors=True)
        SNAPSHOT_DIR.mkdir(parents=True)
        # The display zone is fixed: the status bar names it and the rows show times in it.
        yield NewslineApp(SNAPSHOT_DIR / "store.json", now=NOW, zone="Europe/Kyiv")
        shutil.rmtree(SNAPSHOT_DIR, ignore_errors=True)


async def loaded(pilot):
    for _ in range(600):  # the loader starts after the first frame: wait for the timeline itself
        if pilot.app.state is not None:
            break
        await pilot.pause(0.05)
    await pilot.app.workers.wait_for_complete()
    await settled(pilot)


async def settled(pilot):
    """Every key typed so far has been handled (keys pass one at a time: tui/keygate.py)."""
    for _ in range(200):
        await pilot.pause()
        if pilot.app.keys_settled:
            break
    await pilot.pause()


def test_main_screen_80x24(snap_compare, snapshot_app):
    async def two_down(pilot):
        await loaded(pilot)
        await pilot.press("k", "k")  # the app opens at the newest event: two up from it
        # Quick keys count as a held key: the detail pane paints once the cursor settles. Wait for that
        # paint itself, not a fixed time, which a busy machine can overrun.
        screen = pilot.app.screen
        for _ in range(100):
            await pilot.pause(0.05)
            if screen._detail_timer is None:
                break
        await pilot.pause()

    assert snap_compare(snapshot_app, terminal_size=(80, 24), run_before=two_down)


def test_main_screen_120x40(snap_compare, snapshot_app):
    assert snap_compare(snapshot_app, terminal_size=(120, 40), run_before=loaded, press=["G"])


def test_event_form(snap_compare, snapshot_app):
    async def open_form(pilot):
        await loaded(pilot)
        await pilot.press("a", *"Drone strike on Odesa", "tab", "tab", *"yesterday 21:00")
        await settled(pilot)

    assert snap_compare(snapshot_app, terminal_size=(120, 40), run_before=open_form)


def test_help_screen(snap_compare, snapshot_app):
    assert snap_compare(snapshot_app, terminal_size=(120, 40), run_before=loaded, press=["question_mark"])


def in_theme(theme: str, *keys: str):
    """run_before: the theme set, the store loaded, then keys pressed one by one."""
    async def run_before(pilot):
        pilot.app.theme = theme
        await loaded(pilot)
        for key in keys:
            await pilot.press(key)
            await settled(pilot)
        await pilot.pause(0.2)  # a held key's detail paint (80 ms) is done
        await pilot.pause()

    return run_before


def test_main_screen_light_theme_80x24(snap_compare, snapshot_app):
    assert snap_compare(snapshot_app, terminal_size=(80, 24), run_before=in_theme("textual-light", "k", "k"))


@pytest.mark.parametrize("theme", ["textual-light", "textual-dark"])
def test_kinds_dialog_80x24(snap_compare, snapshot_app, theme):
    # Strikes and statements unticked, the highlight on a ticked kind.
    assert snap_compare(snapshot_app, terminal_size=(80, 24), run_before=in_theme(theme, "f", "2", "4", "down"))


def test_source_view_light_theme_80x24(snap_compare, snapshot_app):
    keys = ("slash", *"strike on kyiv", "enter", "s")
    assert snap_compare(snapshot_app, terminal_size=(80, 24), run_before=in_theme("textual-light", *keys))


def test_help_screen_light_theme_80x24(snap_compare, snapshot_app):
    assert snap_compare(snapshot_app, terminal_size=(80, 24), run_before=in_theme("textual-light", "question_mark"))
