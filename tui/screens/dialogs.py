"""Small modal screens: confirm a deletion, jump to a date, pick the kinds shown."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, SelectionList, Static

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
    """Tick the kinds the timeline shows; Enter or f applies, Escape leaves them as they were."""

    BINDINGS = [
        Binding("enter,f", "apply", "Apply", priority=True),
        Binding("escape", "cancel", "Cancel"),
    ]

    def __init__(self, shown: set[str]) -> None:
        super().__init__()
        self.shown = shown

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Static("Kinds shown ([b]space[/] toggles, [b]enter[/] applies)")
            yield SelectionList[str](*[(Text(f"{kind.key}  {kind.name:<{_NAME_WIDTH}}  {kind.description}"), kind.name,
                                        kind.name in self.shown) for kind in kinds.KINDS])

    def on_mount(self) -> None:
        self.set_focus(self.query_one(SelectionList))

    def action_apply(self) -> None:
        chosen = set(self.query_one(SelectionList).selected)
        self.dismiss(chosen or set(kinds.NAMES))

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
