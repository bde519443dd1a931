"""The detail pane: everything about the highlighted event, each source sentence shown in its paragraph."""

from __future__ import annotations

from rich.console import Group
from rich.table import Table
from rich.text import Text
from textual.containers import VerticalScroll
from textual.widgets import Static

from store.sentences import paragraph_bounds

from ..formatting import quantity_label, window_text


def event_renderable(event: dict | None, articles: dict[str, dict]) -> Group | Text:
    if event is None:
        return Text("No event selected.", style="dim")
    parts: list = [Text(event["title"], style="bold")]
    facts = Table.grid(padding=(0, 1))
    facts.add_column(style="bold", no_wrap=True)
    facts.add_column()
    facts.add_row("Kind", event["kind"])
    facts.add_row("When", window_text(event))
    precision = event["precision"].replace("_", " ")
    if event["time_text"]:
        precision += f' · from “{event["time_text"]}”'
    facts.add_row("Precision", precision)
    facts.add_row("Actors", ", ".join(event["actors"]) or "–")
    facts.add_row("Location", event["location"] or "–")
    facts.add_row("Status", event["status"])
    facts.add_row("Origin", event["origin"])
    if event["notes"]:
        facts.add_row("Notes", event["notes"])
    parts += [Text(""), facts]
    if event["quantities"]:
        numbers = Table(box=None, show_header=True, header_style="bold", padding=(0, 1))
        numbers.add_column("Quantity")
        numbers.add_column("Number", justify="right")
        for name, value in event["quantities"].items():
            numbers.add_row(quantity_label(name), f"{value:,}")
        parts += [Text(""), numbers]
    for number, source in enumerate(event["sources"], 1):
        article = articles.get(source["article_id"] or "")
        parts.append(Text(""))
        heading = Text(f"Source {number}", style="bold underline")
        if article:
            heading.append(f"  {article['title']}", style="italic")
            heading.append(f" · {article['outlet'] or 'unknown outlet'} · {article['published'][:10]}", style="dim")
        parts.append(heading)
        parts.append(source_in_paragraph(source, article))
    return Group(*parts)


def source_in_paragraph(source: dict, article: dict | None) -> Text:
    """The paragraph around the sentence, with the sentence itself highlighted."""
    if not article or source["start"] is None:
        return Text(source["sentence"], style="reverse")
    text = article["text"]
    start, end = paragraph_bounds(text, source["start"])
    paragraph = Text(text[start:end])
    paragraph.stylize("bold reverse", source["start"] - start, source["end"] - start)
    return paragraph


class DetailPane(VerticalScroll):
    """Scrollable card of the highlighted event; updated synchronously as the cursor moves."""

    can_focus = False

    def compose(self):
        yield Static(id="detail-body")

    def show(self, event: dict | None, articles: dict[str, dict]) -> None:
        self.query_one("#detail-body", Static).update(event_renderable(event, articles))
        self.scroll_home(animate=False)
