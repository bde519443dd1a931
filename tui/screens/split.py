"""Pick the article to take off an event (a split undoes a merge): one line per article behind it."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from store.corroborate import Account
from store.safetext import safe_line

from ..formatting import account_heading


class SplitScreen(ModalScreen[str | None]):
    """Returns the id of the article chosen, or None on Escape."""

    BINDINGS = [Binding("escape,q", "cancel", "Cancel")]
    AUTO_FOCUS = "OptionList"

    def __init__(self, title: str, accounts: list[Account]) -> None:
        super().__init__()
        self.title_text = title
        self.accounts = [a for a in accounts if a.article_id]

    def compose(self) -> ComposeResult:
        with Vertical(id="split"):
            yield Static(Text(f"Split an article off “{safe_line(self.title_text)}”"), id="split-title")
            # Prompts are Text: outlets and titles are data, never markup.
            yield OptionList(*(Option(Text(account_heading(a)), id=a.article_id) for a in self.accounts))
            yield Static("[b]Enter[/] split it off   [b]Esc[/] cancel", classes="dialog-keys")

    def on_option_list_option_selected(self, message: OptionList.OptionSelected) -> None:
        self.dismiss(message.option.id)

    def action_cancel(self) -> None:
        self.dismiss(None)
