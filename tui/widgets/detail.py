"""The detail pane: everything about the highlighted event, each source sentence shown in its paragraph."""

from __future__ import annotations

from rich.console import Group
from rich.table import Table
from rich.text import Text
from textual.geometry import Size
from textual.scroll_view import ScrollView
from textual.strip import Strip

from store.corroborate import Account, accounts, figures_text, quantity_ranges
from store.days import DisplayZone
from store.safetext import safe_line, safe_text
from store.sentences import paragraph_bounds

from ..formatting import agreement_lines, local_time_text, quantity_label, window_text


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
    for label, text in agreement_lines(event, articles):
        fact(label, safe_line(text))
    parts += [Text(""), facts]
    if event["quantities"]:
        numbers = Table(box=None, show_header=True, header_style="bold", padding=(0, 1))
        numbers.add_column("Quantity")
        numbers.add_column("Number", justify="right")
        for name, (low, high) in quantity_ranges(event).items():
            numbers.add_row(Text(quantity_label(name)), Text(f"{low:,}" if low == high else f"{low:,}–{high:,}"))
        parts += [Text(""), numbers]
    parts += sources_by_outlet(event, articles)
    return Group(*parts)


def sources_by_outlet(event: dict, articles: dict[str, dict]) -> list:
    """Each outlet once, then each of its articles (date, title, figures) with its sentences in their
    paragraphs: who said what, side by side."""
    by_outlet: dict[str, list[Account]] = {}
    for account in accounts(event, articles):
        by_outlet.setdefault(account.outlet, []).append(account)
    parts: list = []
    for outlet, told in by_outlet.items():
        parts += [Text(""), Text(safe_line(outlet), style="bold underline")]
        for account in told:
            line = Text(account.published or "undated")
            if account.article and account.article["title"]:
                line.append(f"  {safe_line(account.article['title'])}", style="italic")
            if account.figures:
                line.append(f" · {safe_line(figures_text(account.figures))}", style="bold")
            if account.copy_of:
                line.append(" · wire copy, counted once")
            parts.append(line)
            for number, paragraph in enumerate(sentences_in_paragraphs(account.sources, account.article)):
                parts += [Text(""), paragraph] if number else [paragraph]
    return parts


def sentences_in_paragraphs(sources: list[dict], article: dict | None) -> list[Text]:
    """Each paragraph once, every sentence of it that is a source highlighted."""
    shown: list[Text] = []
    paragraphs: dict[tuple[int, int], Text] = {}
    for source in sources:
        if not article or source["start"] is None:
            shown.append(source_in_paragraph(source, article))
            continue
        bounds = paragraph_bounds(article["text"], source["start"])
        if bounds in paragraphs:
            paragraphs[bounds].stylize("bold reverse", source["start"] - bounds[0], source["end"] - bounds[0])
            continue
        paragraphs[bounds] = source_in_paragraph(source, article)
        shown.append(paragraphs[bounds])
    return shown


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
