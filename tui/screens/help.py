"""Every key, read from the BINDINGS of the timeline, its list and the app: one source of truth."""

from __future__ import annotations

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

KEY_NAMES = {"left_square_bracket": "[", "right_square_bracket": "]", "question_mark": "?", "slash": "/",
             "pagedown": "PgDn", "pageup": "PgUp", "home": "Home", "end": "End", "down": "↓", "up": "↑",
             "escape": "Esc", "enter": "Enter"}


def key_label(keys: str) -> str:
    return " ".join(KEY_NAMES.get(k, k) for k in keys.split(","))


class HelpScreen(ModalScreen[None]):
    BINDINGS = [Binding("escape,q,question_mark,f1", "app.pop_screen", "Close")]

    def __init__(self, bindings: list[Binding]) -> None:
        super().__init__()
        self.bindings = bindings

    def compose(self) -> ComposeResult:
        table = Table(title="newsline keys", box=None, header_style="bold", padding=(0, 2))
        table.add_column("Key", style="bold", no_wrap=True)
        table.add_column("Does")
        for binding in self.bindings:
            table.add_row(Text(key_label(binding.key)), Text(binding.description))  # "[" is a key, not markup
        with VerticalScroll(id="help"):
            yield Static(table)
            yield Static("\n[b]In the search line[/]: type to search, Enter keeps it, Esc clears it.\n"
                         "[b]In the form[/]: Tab / shift+Tab move, ctrl+s saves, Esc cancels.\n"
                         "[b]Dates[/] in words: “yesterday 21:00”, “Thursday”, “3 July 2025”, “last week”.\n"
                         "[dim]Esc, q or ? closes this help[/]")
