"""The whole source article, with the event's sentence highlighted and scrolled into view."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import Footer, Static

from store.safetext import safe_line, safe_text


class SourceScreen(Screen):
    BINDINGS = [
        Binding("escape,q,s", "app.pop_screen", "Back"),
        Binding("j,down", "scroll(1)", "Down", show=False),
        Binding("k,up", "scroll(-1)", "Up", show=False),
    ]

    def __init__(self, article: dict, start: int | None, end: int | None) -> None:
        super().__init__()
        self.article = article
        self.start = start
        self.end = end

    def compose(self) -> ComposeResult:
        a = self.article
        outlet = safe_line(a["outlet"]) or "unknown outlet"
        title = f" {safe_line(a['title'])} · {outlet} · {safe_line(a['published'][:10])}"
        yield Static(Text(title), id="source-title")
        with VerticalScroll(id="source-scroll"):
            yield Static(self._body(), id="source-body")
        yield Footer()

    def _body(self) -> Text:
        # One character for one: the sentence's offsets still fall on it.
        body = Text(safe_text(self.article["text"], multiline=True))
        if self.start is not None and self.end is not None:
            body.stylize("bold reverse", self.start, self.end)
        return body

    def on_mount(self) -> None:
        if self.start is None:
            return
        scroll = self.query_one("#source-scroll", VerticalScroll)
        self.call_after_refresh(self._scroll_to_sentence, scroll)

    def _scroll_to_sentence(self, scroll: VerticalScroll) -> None:
        # The sentence's line once wrapped to the screen width.
        width = max(10, scroll.size.width - 2)
        before = Text(safe_text(self.article["text"][: self.start], multiline=True))
        lines = before.wrap(self.app.console, width)
        scroll.scroll_to(y=max(0, len(lines) - 3), animate=False)

    def action_scroll(self, step: int) -> None:
        scroll = self.query_one("#source-scroll", VerticalScroll)
        scroll.scroll_to(y=scroll.scroll_y + step, animate=False)
