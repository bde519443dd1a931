"""Small modal screens: confirm a deletion, jump to a date, pick the kinds shown."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, OptionList, Static

from store import kinds


class ConfirmScreen(ModalScreen[bool]):
    """A yes/no question; the question is shown as plain text (it may quote a stored title)."""

    BINDINGS = [
        Binding("y", "answer(True)", "Yes"),
        Binding("n,escape,q", "answer(False)", "No"),
    ]

    def __init__(self, question: str) -> None:
        super().__init__()
        self.question = question

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Static(Text(self.question))
            yield Static("[b]y[/] yes   [b]n[/] no", classes="dialog-keys")

    def action_answer(self, answer: bool) -> None:
        self.dismiss(answer)


class JumpScreen(ModalScreen[str | None]):
    """Asks for a date in words; returns the text, or None on Escape."""

    BINDINGS = [Binding("escape", "cancel", "Cancel")]

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Static("Jump to date")
            yield Input(placeholder='"3 July", "last Thursday", "2025-06-30"', id="jump-input")
            yield Static("", id="jump-error", classes="error")

    def on_mount(self) -> None:
        self.set_focus(self.query_one(Input))  # now: typed-ahead keys (tui/keygate.py) must find it

    def on_input_submitted(self, message: Input.Submitted) -> None:
        from store.errors import NewslineError
        from store.manual import resolve_when

        try:
            resolve_when(message.value)
        except NewslineError as exc:
            self.query_one("#jump-error", Static).update(Text(f"✗ {exc}"))  # quotes what was typed
            return
        self.dismiss(message.value)

    def action_cancel(self) -> None:
        self.dismiss(None)


_NAME_WIDTH = max(len(kind.name) for kind in kinds.KINDS)


class KindsScreen(ModalScreen[set[str] | None]):
    """Tick the kinds the timeline shows: space (or the kind's key, or a click) ticks and unticks, Enter
    or f applies, Escape leaves them as they were."""

    BINDINGS = [
        Binding("enter,f", "apply", "Apply", priority=True),
        Binding("escape", "cancel", "Cancel"),
        Binding("space", "toggle", "Tick / untick"),
        *[Binding(kind.key, f"toggle('{kind.name}')", f"Tick / untick {kind.name}", show=False) for kind in kinds.KINDS],
    ]

    def __init__(self, shown: set[str]) -> None:
        super().__init__()
        self.shown = set(shown)

    @staticmethod
    def _prompt(kind: kinds.Kind, ticked: bool, highlighted: bool = False) -> Text:
        # Told apart without colour (a tick or an empty box), and an unticked kind dimmed too, except under
        # the highlight, whose own colours a dimmed text would fade into.
        line = f"{kind.key}  {kind.name:<{_NAME_WIDTH}}  {kind.description}"
        if ticked:
            return Text(f"[✓] {line}", style="bold")
        return Text(f"[ ] {line}", style="" if highlighted else "dim")

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog", id="kinds-dialog"):
            yield Static(Text.assemble("Kinds shown (", ("space", "bold"), " or ", ("1", "bold"), "…",
                                       (kinds.KINDS[-1].key, "bold"), " tick, ", ("enter", "bold"), " applies)"))
            yield OptionList(*[self._prompt(kind, kind.name in self.shown) for kind in kinds.KINDS], id="kinds")

    def on_mount(self) -> None:
        self.set_focus(self.query_one(OptionList))

    def _show_ticks(self) -> None:
        options = self.query_one(OptionList)
        for index, kind in enumerate(kinds.KINDS):
            options.replace_option_prompt_at_index(
                index, self._prompt(kind, kind.name in self.shown, index == options.highlighted))

    def on_option_list_option_highlighted(self) -> None:
        self._show_ticks()

    def action_toggle(self, name: str | None = None) -> None:
        index = self.query_one(OptionList).highlighted if name is None else kinds.NAMES.index(name)
        if index is None:
            return
        self.shown ^= {kinds.NAMES[index]}
        self._show_ticks()

    def on_option_list_option_selected(self, message: OptionList.OptionSelected) -> None:
        self.action_toggle(kinds.NAMES[message.option_index])  # a click

    def action_apply(self) -> None:
        self.dismiss(set(self.shown) or set(kinds.NAMES))

    def action_cancel(self) -> None:
        self.dismiss(None)


class ExportScreen(ModalScreen[str | None]):
    """Asks where to export; the file's extension (.json, .csv, .md, .ics) chooses the format."""

    BINDINGS = [Binding("escape", "cancel", "Cancel")]

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Static("Export the timeline to a file (.json, .csv, .md or .ics)")
            yield Input(value="newsline-timeline.md", id="export-path")

    def on_mount(self) -> None:
        self.set_focus(self.query_one(Input))  # now: typed-ahead keys (tui/keygate.py) must find it

    def on_input_submitted(self, message: Input.Submitted) -> None:
        self.dismiss(message.value.strip() or None)

    def action_cancel(self) -> None:
        self.dismiss(None)
