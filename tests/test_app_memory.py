"""A long session stays as light as a short one: what a closed form, dialog or help screen made is freed,
so memory and the garbage collector's full passes (which walk every object alive: a pass over a leaked
session's objects took 140-190 ms, and fell on whichever key came next) do not grow with use."""

from __future__ import annotations

import gc
import sys
from collections import Counter

import pytest

from store.database import Store
from store.manual import manual_event
from tests.test_app import NOW, started
from tui import app as app_module
from tui import collector
from tui.app import NewslineApp


def alive() -> Counter:
    """Live objects by type name, frozen ones included (gc.get_objects does not list those)."""
    gc.unfreeze()
    gc.collect()
    return Counter(type(o).__qualname__ for o in gc.get_objects())


@pytest.fixture
def small_store(store_path):
    store = Store(store_path)
    for n in range(30):
        store.add_event(manual_event(kind="statement", title=f"Statement number {n}", when=f"{n % 28 + 1} June 2025 10:00"))
    return store_path


@pytest.fixture(autouse=True)
def thawed():
    yield
    gc.unfreeze()  # the app froze this test process's objects: give them back to the collector


async def save_a_form(app, pilot, n: int) -> None:
    await pilot.press("a", *f"Added {n}", "tab", "tab", *"yesterday 21:00", "ctrl+s")
    await app.workers.wait_for_complete()
    await pilot.pause()


async def test_forms_opened_and_saved_leave_nothing_behind(small_store):
    app = NewslineApp(small_store, seed=False, now=NOW)
    async with app.run_test(size=(120, 40)) as pilot:
        await started(app, pilot)
        for n in range(2):  # the first form imports the date parser: its objects live on, once
            await save_a_form(app, pilot, n)
        before = alive()
        for n in range(2, 6):
            await save_a_form(app, pilot, n)
            await pilot.press("question_mark")  # and the help screen, opened and closed
            await pilot.press("escape")
            await pilot.pause()
        after = alive()
        assert app.state.total == 36
        # Each form made some 9,000 objects that stayed (its Footer's keys, every widget's last lines):
        # now only the new events and their undo steps remain.
        assert sum(after.values()) - sum(before.values()) < 1500
        for kind in ("FooterKey", "StylesCache", "Strip", "EventForm", "HelpScreen"):
            assert after[kind] <= before[kind], kind


async def test_the_app_freezes_what_lives_on_and_never_a_closed_forms_garbage(small_store, monkeypatch):
    monkeypatch.setattr(collector, "IDLE_SECONDS", 0.05)
    monkeypatch.setattr(collector, "_modules_frozen", 0)  # as in a new process: nothing frozen yet
    frozen = []
    freeze = collector.freeze_long_lived
    monkeypatch.setattr(app_module, "freeze_long_lived", lambda: (frozen.append("start"), freeze()))
    monkeypatch.setattr(collector, "freeze_long_lived", lambda: (frozen.append("idle"), freeze()))
    app = NewslineApp(small_store, seed=False, now=NOW)
    async with app.run_test(size=(120, 40)) as pilot:
        await started(app, pilot)
        await pilot.pause(0.1)
        # Frozen after the first frame, and no full pass scheduled while the store's rows were drawn
        assert frozen == ["start"] and gc.get_freeze_count() > 0
        await pilot.press("question_mark", "escape")  # the help screen's module, if new: frozen once idle
        await pilot.pause(0.3)
        assert set(frozen) <= {"start", "idle"}
        counted = len(frozen)
        await pilot.press("question_mark", "escape")  # nothing new imported: no freeze, no full pass
        await pilot.pause(0.3)
        assert len(frozen) == counted
        # As in a process where the form imports the date parser for the first time (this test process
        # may have imported it already): frozen again once idle.
        monkeypatch.setattr(collector, "_modules_frozen", len(sys.modules) - 1)
        await save_a_form(app, pilot, 0)
        await pilot.pause(0.3)
        assert frozen[counted:] == ["idle"]
        # Collected before that freeze: the form that had closed is not kept among the frozen objects.
        assert alive()["EventForm"] == 0
