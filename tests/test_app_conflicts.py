"""Two people editing one event: a save is conditional on the version the editor opened; a conflict is
said in the form, which offers to load the other version or overwrite it knowingly. Undo never wipes a
colleague's later change."""

from __future__ import annotations

from store.database import Store
from tests.test_app import NOW, started, text_of
from tui.app import NewslineApp
from tui.screens.form import EventForm
from tui.screens.timeline import TimelineScreen


async def saved(app, pilot) -> None:
    await app.workers.wait_for_complete()
    await pilot.pause()


async def open_edit_and_retitle(app, pilot, title: str) -> dict:
    screen = await started(app, pilot)
    original = screen.timeline.current_event
    await pilot.press("e")
    await pilot.pause()
    await pilot.press("home", "ctrl+k", *title)  # start of the title, delete to the end, type
    return original


async def test_a_stale_save_is_refused_then_reloaded_and_both_changes_kept(store_path):
    app = NewslineApp(store_path, now=NOW)
    async with app.run_test(size=(120, 40)) as pilot:
        original = await open_edit_and_retitle(app, pilot, "Retitled by A")
        Store(store_path).update_event(original["id"], {"status": "disputed"})  # colleague B, meanwhile
        await pilot.press("ctrl+s")
        await saved(app, pilot)
        form = app.screen
        assert isinstance(form, EventForm)
        message = " ".join(text_of(form.query_one("#form-error")).split())
        assert "changed by someone else" in message and "ctrl+r" in message
        assert Store(store_path).get_event(original["id"])["title"] == original["title"]  # nothing written
        await pilot.press("ctrl+r")
        await pilot.pause()
        assert form.query_one("#status").value == "disputed"
        await pilot.press("home", "ctrl+k", *"Retitled by A", "ctrl+s")
        await saved(app, pilot)
        assert isinstance(app.screen, TimelineScreen)
    final = Store(store_path).get_event(original["id"])
    assert (final["title"], final["status"]) == ("Retitled by A", "disputed")


async def test_overwrite_knowingly_replaces_the_other_version(store_path):
    app = NewslineApp(store_path, now=NOW)
    async with app.run_test(size=(120, 40)) as pilot:
        original = await open_edit_and_retitle(app, pilot, "Mine wins")
        Store(store_path).update_event(original["id"], {"title": "Theirs"})
        await pilot.press("ctrl+s")
        await saved(app, pilot)
        assert isinstance(app.screen, EventForm)
        await pilot.press("ctrl+o")
        await saved(app, pilot)
        assert isinstance(app.screen, TimelineScreen)
    assert Store(store_path).get_event(original["id"])["title"] == "Mine wins"


async def test_undo_does_not_wipe_a_colleagues_later_change(store_path):
    app = NewslineApp(store_path, now=NOW)
    async with app.run_test(size=(120, 40)) as pilot:
        original = await open_edit_and_retitle(app, pilot, "Mine")
        await pilot.press("ctrl+s")
        await saved(app, pilot)
        Store(store_path).update_event(original["id"], {"title": "Theirs, later"})
        await pilot.press("u")
        await saved(app, pilot)
        assert any("changed by someone else" in str(n.message) for n in app._notifications)
    assert Store(store_path).get_event(original["id"])["title"] == "Theirs, later"


async def test_deleting_an_event_changed_since_it_was_selected_is_refused(store_path):
    app = NewslineApp(store_path, now=NOW)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await started(app, pilot)
        shown = screen.timeline.current_event
        await pilot.press("d")
        await pilot.pause()
        Store(store_path).update_event(shown["id"], {"notes": "important, keep"})
        await pilot.press("y")
        await saved(app, pilot)
    assert Store(store_path).get_event(shown["id"])["notes"] == "important, keep"
