"""The source article (`s`): every sentence of the event highlighted, n/N between them, g/G and the paging
keys, readable in light and dark themes, and article text shown as data."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from tests.hostile import store_with_hostile_event
from tests.seen import faint_text, highlighted_text, screen_text, squashed
from tests.test_app import started
from tui.app import NewslineApp
from tui.screens.source import SourceScreen

NOW = datetime(2025, 7, 5, 10, 0, tzinfo=ZoneInfo("Europe/Kyiv"))


async def open_source(app, pilot, search: str | None = None) -> dict:
    """Search (or not: the event the timeline opens on), then `s`: the source view of that event. Returns
    the event."""
    await started(app, pilot)
    if search is not None:
        await pilot.press("slash", *search, "enter")
        await pilot.pause()
    event = app.screen.timeline.current_event
    await pilot.press("s")
    await pilot.pause()
    await pilot.pause()
    assert isinstance(app.screen, SourceScreen)
    return event


def visible_body(app) -> str:
    return squashed(screen_text(app))


async def test_every_source_sentence_is_highlighted_and_n_visits_each(store_path):
    app = NewslineApp(store_path, now=NOW)
    async with app.run_test(size=(80, 24)) as pilot:
        event = await open_source(app, pilot, "strike on kyiv")
        sentences = [s["sentence"] for s in sorted(event["sources"], key=lambda s: s["start"])]
        assert len(sentences) > 3  # the Kyiv strike is told in many sentences of one article
        assert f"{len(sentences)} sentences" in screen_text(app).splitlines()[0]
        # Opened on the first sentence, highlighted; then n goes through the others, each highlighted.
        for number, sentence in enumerate(sentences):
            if number:
                await pilot.press("n")
                await pilot.pause()
            assert squashed(sentence) in highlighted_text(app), (number, sentence)
        await pilot.press("n")  # round again to the first
        await pilot.pause()
        assert squashed(sentences[0]) in highlighted_text(app)
        await pilot.press("N")  # and back to the last
        await pilot.pause()
        assert squashed(sentences[-1]) in highlighted_text(app)


async def test_g_and_G_go_to_the_top_and_the_end_of_the_article(store_path):
    app = NewslineApp(store_path, now=NOW)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_source(app, pilot, "poltava")
        article = app.screen.article["text"].strip()
        first_words, last_words = squashed(article[:40]), squashed(article[-40:])
        await pilot.press("G")
        await pilot.pause()
        assert last_words in visible_body(app) and first_words not in visible_body(app)
        await pilot.press("g")
        await pilot.pause()
        assert first_words in visible_body(app) and last_words not in visible_body(app)
        await pilot.press("end")
        await pilot.pause()
        assert last_words in visible_body(app)
        await pilot.press("home")
        await pilot.pause()
        assert first_words in visible_body(app)


async def test_paging_and_line_keys_scroll_the_article(store_path):
    app = NewslineApp(store_path, now=NOW)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_source(app, pilot, "poltava")
        scroll = app.screen.query_one("#source-scroll")
        await pilot.press("g", "space")
        await pilot.pause()
        page = scroll.scroll_y
        assert page > 10
        await pilot.press("pagedown")
        await pilot.pause()
        assert scroll.scroll_y == 2 * page
        await pilot.press("b")
        await pilot.pause()
        assert scroll.scroll_y == page
        await pilot.press("pageup", "j", "j", "down")
        await pilot.pause()
        assert scroll.scroll_y == 3
        await pilot.press("k", "up")
        await pilot.pause()
        assert scroll.scroll_y == 1
        await pilot.press("q")
        await pilot.pause()
        assert not isinstance(app.screen, SourceScreen)


@pytest.mark.parametrize("theme", ["textual-dark", "textual-light"])
async def test_the_source_view_and_its_highlight_are_readable_in_light_and_dark(store_path, theme):
    app = NewslineApp(store_path, now=NOW)
    async with app.run_test(size=(80, 24)) as pilot:
        app.theme = theme
        await open_source(app, pilot, "strike on kyiv")
        assert highlighted_text(app)
        assert faint_text(app) == []


async def test_article_text_in_the_source_view_is_data_not_markup(tmp_path, store_path):
    store_with_hostile_event(store_path, tmp_path)
    app = NewslineApp(store_path, seed=False, now=NOW)
    async with app.run_test(size=(100, 30)) as pilot:
        await open_source(app, pilot)
        # The highlighted sentence holds markup ("[/updated]") and escapes: shown as typed, made visible.
        assert squashed("the [/updated] strike hit") in highlighted_text(app)
        assert "␛" in screen_text(app) and "\x1b" not in screen_text(app)


async def test_each_outlets_article_of_a_merged_event_opens_in_turn(store_path, tmp_path):
    from store.database import Store
    from store.ingest import ingest, read_article

    store = Store(store_path)
    for name, outlet, text in (
            ("wire", "Meridian Wire", "Russia attacked Kyiv with 320 drones and nine missiles overnight, killing four "
                                      "people and injuring 17, Ukrainian officials said on Wednesday."),
            ("ledger", "The Daily Ledger", "At least five people were killed when Russian drones and missiles struck "
                                           "Kyiv overnight, emergency services said on Wednesday.")):
        path = tmp_path / f"{name}.txt"
        path.write_text(text, encoding="utf-8")
        path.with_suffix(".json").write_text(f'{{"outlet": "{outlet}", "published": "2025-07-03", '
                                             f'"timezone": "Europe/Kyiv"}}', encoding="utf-8")
        ingest(store, read_article(str(path)))
    app = NewslineApp(store_path, seed=False, now=NOW)
    async with app.run_test(size=(100, 30)) as pilot:
        await open_source(app, pilot)
        title = screen_text(app).splitlines()[0]
        assert "article 1 of 2" in title and "Meridian Wire" in title
        assert squashed("320 drones and nine missiles") in highlighted_text(app)
        await pilot.press("right_square_bracket")
        await pilot.pause()
        title = screen_text(app).splitlines()[0]
        assert "article 2 of 2" in title and "The Daily Ledger" in title
        assert squashed("At least five people were killed") in highlighted_text(app)
        await pilot.press("left_square_bracket")
        await pilot.pause()
        assert "Meridian Wire" in screen_text(app).splitlines()[0]
