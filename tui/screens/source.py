"""The whole source article, every sentence the event came from highlighted, the first scrolled into view;
an event merged from several outlets' articles shows each in turn (`]` `[`)."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import Static

from store.safetext import safe_line, safe_text

from ..widgets.footer import Footer
from .scrolling import SCROLL_BINDINGS, ScrollKeys, keys_only_for_the_screen

# Reverse video swaps the theme's own text and background colours, so a highlight is exactly as readable
# as the text around it in any theme, with NO_COLOR and in 16 colours.
HIGHLIGHT = "bold reverse"
LINES_ABOVE = 2  # a sentence scrolled to keeps a little of what leads into it in view


class SourceScreen(ScrollKeys, Screen):
    BINDINGS = [
        Binding("escape,q,s", "app.pop_screen", "Back"),
        Binding("n", "sentence(1)", "Next sentence"),
        Binding("N", "sentence(-1)", "Previous sentence"),
        # not in the footer: most events have one article, and the title line shows "([/])" when there are more
        Binding("right_square_bracket", "article(1)", "Next outlet's article", show=False),
        Binding("left_square_bracket", "article(-1)", "Previous outlet's article", show=False),
        *SCROLL_BINDINGS,
    ]

    def __init__(self, pages: list[tuple[dict, list[tuple[int, int]]]]) -> None:
        """pages: each article the event came from, with the (start, end) offsets of its sentences there."""
        super().__init__()
        self.pages = [(article, sorted(set(spans))) for article, spans in pages]
        self.page = 0
        self.article, self.spans = self.pages[0]
        self.current = 0  # the sentence last scrolled to

    def compose(self) -> ComposeResult:
        yield Static(self._title(), id="source-title")
        with keys_only_for_the_screen(VerticalScroll(id="source-scroll")):
            yield Static(self._body(), id="source-body")
        yield Footer()

    def _title(self) -> Text:
        a = self.article
        outlet = safe_line(a["outlet"]) or "unknown outlet"
        title = f" {safe_line(a['title'])} · {outlet} · {safe_line(a['published'][:10])}"
        if len(self.pages) > 1:  # which outlet's article this is comes first: a narrow screen cuts the end
            title = f" article {self.page + 1} of {len(self.pages)} ([/]) · {outlet} · {safe_line(a['title'])} · " \
                    f"{safe_line(a['published'][:10])}"
        if len(self.spans) > 1:
            title = f" {len(self.spans)} sentences (n/N) ·" + title
        return Text(title)  # text, never markup: titles and outlets come from articles

    def _body(self) -> Text:
        # One character for one: the sentences' offsets still fall on them. Text, never markup.
        body = Text(safe_text(self.article["text"], multiline=True))
        for start, end in self.spans:
            body.stylize(HIGHLIGHT, start, end)
        return body

    def on_mount(self) -> None:
        if self.spans:
            self.call_after_refresh(self._scroll_to_sentence, 0)

    def _scroll_to_sentence(self, index: int) -> None:
        self.current = index
        start = self.spans[index][0]
        # The line the sentence starts on once the article is wrapped to the screen's width.
        width = max(10, self.query_one("#source-body", Static).size.width)
        before = Text(safe_text(self.article["text"][:start], multiline=True))
        lines = before.wrap(self.app.console, width)
        self._scrolled.scroll_to(y=max(0, len(lines) - 1 - LINES_ABOVE), animate=False)

    def action_article(self, step: int) -> None:
        if len(self.pages) < 2:
            self.notify("Only one article tells this event", severity="information")
            return
        self.page = (self.page + step) % len(self.pages)
        self.article, self.spans = self.pages[self.page]
        self.query_one("#source-title", Static).update(self._title())
        self.query_one("#source-body", Static).update(self._body())
        self._scrolled.scroll_to(y=0, animate=False)
        if self.spans:
            self.call_after_refresh(self._scroll_to_sentence, 0)

    def action_sentence(self, step: int) -> None:
        if not self.spans:
            self.notify("No sentence of this event in the article", severity="warning")
            return
        self._scroll_to_sentence((self.current + step) % len(self.spans))
