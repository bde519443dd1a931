"""The detail pane: everything about the highlighted event, each source sentence shown in its paragraph."""

from __future__ import annotations

from rich.console import Group
from rich.table import Table
from rich.text import Text
from textual.geometry import Size
from textual.scroll_view import ScrollView
from textual.strip import Strip

from store.days import DisplayZone
from store.safetext import safe_line, safe_text
from store.sentences import paragraph_bounds

from ..formatting import local_time_text, quantity_label, window_text


def event_renderable(event: dict | None, articles: dict[str, dict], zone: DisplayZone | None = None) -> Group | Text:
    """The card. Every cell is a Text: Rich reads a str cell as markup, and stored text is data."""
    if event is None:
        return Text("No event selected.", style="dim")
    parts: list = [Text(safe_line(event["title"]), style="bold")]
    facts = Table.grid(padding=(0, 1))
    facts.add_column(style="bold", no_wrap=True)
    facts.add_column(overflow="fold")  # a long word (a URL, a pasted path) wraps rather than vanishing in "…"

    def fact(name: str, value: str) -> None:
        facts.add_row(Text(name), Text(value))

    fact("Kind", safe_line(event["kind"]))
    fact("When", window_text(event, zone))
    local = local_time_text(event, zone)
    if local:
        fact("Local", local)  # the event's own clock, when the display zone reads otherwise
    precision = safe_line(event["precision"]).replace("_", " ")
    if event["time_text"]:
        precision += f' · from “{safe_line(event["time_text"])}”'
    fact("Precision", precision)
    fact("Actors", ", ".join(safe_line(actor) for actor in event["actors"]) or "–")
    fact("Location", safe_line(event["location"]) or "–")
    fact("Status", safe_line(event["status"]))
    fact("Origin", safe_line(event["origin"]))
    if event["notes"]:
        fact("Notes", safe_text(event["notes"], multiline=True))
    parts += [Text(""), facts]
    if event["quantities"]:
        numbers = Table(box=None, show_header=True, header_style="bold", padding=(0, 1))
        numbers.add_column("Quantity")
        numbers.add_column("Number", justify="right")
        for name, value in event["quantities"].items():
            numbers.add_row(Text(quantity_label(name)), Text(f"{value:,}"))
        parts += [Text(""), numbers]
    for number, source in enumerate(event["sources"], 1):
        article = articles.get(source["article_id"] or "")
        parts.append(Text(""))
        heading = Text(f"Source {number}", style="bold underline")
        if article:
            heading.append(f"  {safe_line(article['title'])}", style="italic")
            outlet = safe_line(article["outlet"]) or "unknown outlet"
            heading.append(f" · {outlet} · {safe_line(article['published'][:10])}")
        parts.append(heading)
        parts.append(source_in_paragraph(source, article))
    return Group(*parts)


def source_in_paragraph(source: dict, article: dict | None) -> Text:
    """The paragraph around the sentence, with the sentence itself highlighted."""
    if not article or source["start"] is None:
        return Text(safe_text(source["sentence"], multiline=True), style="reverse")
    text = article["text"]
    start, end = paragraph_bounds(text, source["start"])
    # safe_text replaces one character by one, so the sentence's offsets still fall on it.
    paragraph = Text(safe_text(text[start:end], multiline=True))
    paragraph.stylize("bold reverse", source["start"] - start, source["end"] - start)
    return paragraph


class DetailPane(ScrollView):
    """Scrollable card of the highlighted event, drawn with the Line API.

    A Static inside a scroll container relayouts the whole screen on every update (~40 ms a keypress
    here); rendering the card to lines at the pane's width and drawing only those keeps a cursor move
    to a single repaint of this pane.
    """

    can_focus = False

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self._renderable = event_renderable(None, {})
        self._lines: list[Strip] = []
        self._width = 0

    def show(self, event: dict | None, articles: dict[str, dict], zone: DisplayZone | None = None) -> None:
        self._renderable = event_renderable(event, articles, zone)
        self._render_lines()
        if self.scroll_offset.y:
            self.scroll_to(0, 0, animate=False, immediate=True)
        self.refresh()

    @property
    def text(self) -> str:
        """The card as plain text (what a person reads), for tests and copying."""
        return "\n".join(strip.text.rstrip() for strip in self._lines)

    def _render_lines(self) -> None:
        width = max(10, self.scrollable_content_region.width or self.size.width or 40)
        console = self.app.console
        options = console.options.update_width(width)
        lines = console.render_lines(self._renderable, options, style=self.rich_style, pad=True)
        self._lines = [Strip(line, width) for line in lines]
        self._width = width
        size = Size(width, len(self._lines))
        if size != self.virtual_size:  # an unchanged size must not repaint the scrollbars
            self.virtual_size = size

    def on_resize(self) -> None:
        self._render_lines()

    def notify_style_update(self) -> None:
        # The card's lines carry the colours they were drawn with: after a theme change (or any restyle)
        # they are drawn again, else the pane keeps the old theme's background beside the new one.
        super().notify_style_update()
        if self._lines:
            self._lines = []
            self.refresh()

    def render_line(self, y: int) -> Strip:
        if not self._lines:
            self._render_lines()
        index = y + self.scroll_offset.y
        width = self.scrollable_content_region.width
        if index < len(self._lines):
            return self._lines[index].crop(0, width)
        return Strip.blank(width, self.rich_style)
