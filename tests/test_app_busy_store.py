"""The app never freezes while another process holds the store's lock: it says it is waiting, the person
can cancel, and nothing typed is lost."""

from __future__ import annotations

from filelock import FileLock

from store.database import Store
from tui.screens.form import EventForm
from tui.screens.timeline import TimelineScreen
from tests.test_app import NOW, started, text_of
from tui.app import NewslineApp


def held_lock(store_path) -> FileLock:
    """Another process's lock, as a long import holds it (flock locks are per open file, so this blocks us)."""
    lock = FileLock(str(store_path.with_name(store_path.name + ".lock")))
    lock.acquire()
    return lock


async def settle(app, pilot) -> None:
    await app.workers.wait_for_complete()
    await pilot.pause()


async def test_saving_while_another_process_writes_waits_without_freezing_and_can_be_cancelled(store_path):
    app = NewslineApp(store_path, now=NOW)
    async with app.run_test(size=(120, 40)) as pilot:
        await started(app, pilot)
        before = len(Store(store_path).events())
        lock = held_lock(store_path)
        try:
            await pilot.press("a", *"Typed while busy", "tab", "tab", *"yesterday 21:00", "ctrl+s")
            await pilot.pause(0.3)
            form = app.screen
            assert isinstance(form, EventForm)
            assert "waiting for the store" in text_of(form.query_one("#form-error"))
            # The interface still answers: keys are handled while the save waits.
            await pilot.press("shift+tab", "shift+tab", "end", *" (edited)")
            await pilot.pause()
            assert form.query_one("#title").value == "Typed while busy (edited)"
            await pilot.press("escape")  # cancels the waiting save, keeps the form and what was typed
            await settle(app, pilot)
            assert app.screen is form
            assert "cancelled while waiting for the store; nothing was saved" in text_of(form.query_one("#form-error"))
            assert len(Store(store_path).events()) == before
        finally:
            lock.release()
        await pilot.press("ctrl+s")  # the lock is free now: saved at once
        await settle(app, pilot)
        assert isinstance(app.screen, TimelineScreen)
        assert app.screen.timeline.current_event["title"] == "Typed while busy (edited)"
        assert "Typed while busy (edited)" in {e["title"] for e in Store(store_path).events()}


async def test_a_save_that_waited_lands_when_the_lock_is_released(store_path):
    app = NewslineApp(store_path, now=NOW)
    async with app.run_test(size=(120, 40)) as pilot:
        await started(app, pilot)
        lock = held_lock(store_path)
        await pilot.press("a", *"Saved after waiting", "tab", "tab", *"yesterday 21:00", "ctrl+s")
        await pilot.pause(0.3)
        assert isinstance(app.screen, EventForm)
        lock.release()
        await settle(app, pilot)
        assert isinstance(app.screen, TimelineScreen)
        assert app.screen.timeline.current_event["title"] == "Saved after waiting"


async def test_delete_while_another_process_writes_says_it_waits_then_deletes(store_path):
    app = NewslineApp(store_path, now=NOW)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await started(app, pilot)
        doomed = screen.timeline.current_event
        lock = held_lock(store_path)
        await pilot.press("d", "y")
        await pilot.pause(0.3)
        assert any("Waiting for the store" in str(n.message) for n in app._notifications)
        await pilot.press("j")  # still answering keys
        lock.release()
        await settle(app, pilot)
        assert doomed["id"] not in Store(store_path).events_by_id
