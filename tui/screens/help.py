"""Every key, screen by screen, read from the BINDINGS of each screen (one source of truth: a key added to
a screen shows here, and a test checks that no screen is left out)."""

from __future__ import annotations

from rich.console import Group
from rich.table import Table
from rich.text import Text
from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

from .scrolling import SCROLL_BINDINGS, ScrollKeys, keys_only_for_the_screen

KEY_NAMES = {"left_square_bracket": "[", "right_square_bracket": "]", "question_mark": "?", "slash": "/",
             "pagedown": "PgDn", "pageup": "PgUp", "home": "Home", "end": "End", "down": "↓", "up": "↑",
             "shift+down": "shift+↓", "shift+up": "shift+↑", "escape": "Esc", "enter": "Enter", "f1": "F1",
             "tab": "Tab", "shift+tab": "shift+Tab"}

# Keys a Textual widget handles itself (an input, focus moves), so no BINDINGS of ours name them.
WIDGET_KEYS = {
    "search": [Binding("enter", "", "Keep the search (matches stay marked •)"),
               Binding("escape", "", "Clear the search")],
    "form": [Binding("tab,shift+tab", "", "Next / previous field")],
    "input": [Binding("enter", "", "Go / write the file")],
}


def key_label(keys: str) -> str:
    return " ".join(KEY_NAMES.get(k, k) for k in keys.split(","))


def _own(*binding_lists) -> list[Binding]:
    """The bindings in order, a key listed once (q and ? are both the app's and the timeline's); the
    scrolling keys the long-text screens share have a section of their own."""
    seen, kept = set(), []
    for bindings in binding_lists:
        for binding in bindings:
            if binding.key not in seen and not binding.system and binding not in SCROLL_BINDINGS:
                seen.add(binding.key)
                kept.append(binding)
    return kept


def help_sections() -> list[tuple[str, list[Binding]]]:
    """(heading, keys) for every screen and dialog of the app."""
    from ..app import NewslineApp
    from ..widgets.timeline import TimelineView
    from .dialogs import ConfirmScreen, ExportScreen, JumpScreen, KindsScreen
    from .form import EventForm
    from .source import SourceScreen
    from .timeline import EventDetailScreen, TimelineScreen

    everywhere = [Binding(App.COMMAND_PALETTE_BINDING, "command_palette",
                          "Command palette: every command by name, and the theme"), *App.BINDINGS]
    return [
        ("Timeline", _own(TimelineView.BINDINGS, TimelineScreen.BINDINGS, NewslineApp.BINDINGS)),
        ("In the search line (/)", WIDGET_KEYS["search"]),
        ("Everywhere", _own(everywhere)),
        ("Source article (s)", _own(SourceScreen.BINDINGS)),
        ("Scrolling the source article, the event screen and this help", SCROLL_BINDINGS),
        ("Event form (a, e)", _own(EventForm.BINDINGS, WIDGET_KEYS["form"])),
        ("Kinds shown (f)", _own(KindsScreen.BINDINGS)),
        ("Delete (d)", _own(ConfirmScreen.BINDINGS)),
        ("Jump to date (t), export (palette)", _own(JumpScreen.BINDINGS, ExportScreen.BINDINGS, WIDGET_KEYS["input"])),
        ("Event screen (Enter, narrower than 80 columns)", _own(EventDetailScreen.BINDINGS)),
        ("This help", _own(HelpScreen.BINDINGS)),
    ]


class HelpScreen(ScrollKeys, ModalScreen[None]):
    BINDINGS = [Binding("escape,q,question_mark,f1", "app.pop_screen", "Close"), *SCROLL_BINDINGS]

    def compose(self) -> ComposeResult:
        parts: list = [Text("newsline keys", style="bold underline")]
        sections = help_sections()
        key_width = max(len(key_label(b.key)) for _, bindings in sections for b in bindings)
        for heading, bindings in sections:
            table = Table(box=None, show_header=False, padding=(0, 2, 0, 0))
            table.add_column("Key", style="bold", no_wrap=True, min_width=key_width)
            table.add_column("Does")
            for binding in bindings:
                table.add_row(Text(key_label(binding.key)), Text(binding.description))  # "[" is a key, not markup
            parts += [Text(""), Text(heading, style="bold"), table]
        parts += [Text(""), Text("Dates in words: “yesterday 21:00”, “Thursday”, “3 July 2025”, “last week”.")]
        with keys_only_for_the_screen(VerticalScroll(id="help")):
            yield Static(Group(*parts), id="help-body")
