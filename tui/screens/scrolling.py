"""The keys that scroll a screen of long text (the source article, the help, the event screen): the same
j/k, space/b, g/G and friends as the timeline."""

from __future__ import annotations

from textual.binding import Binding
from textual.containers import VerticalScroll

SCROLL_BINDINGS = [
    Binding("j,down", "scroll(1)", "Line down", show=False),
    Binding("k,up", "scroll(-1)", "Line up", show=False),
    Binding("pagedown,space,ctrl+d", "page(1)", "Page down", show=False),
    Binding("pageup,b,ctrl+u", "page(-1)", "Page up", show=False),
    Binding("g,home", "top", "Top", show=False),
    Binding("G,end", "bottom", "End", show=False),
]


def keys_only_for_the_screen(scroll: VerticalScroll) -> VerticalScroll:
    """A scroll container that never takes focus: every key is then the screen's, and does what the help
    says (a focused container would answer Home, End and the arrows with its own bindings)."""
    scroll.can_focus = False
    return scroll


class ScrollKeys:
    """Actions for SCROLL_BINDINGS on a screen whose text is in the VerticalScroll matching SCROLLED."""

    SCROLLED = "VerticalScroll"

    @property
    def _scrolled(self) -> VerticalScroll:
        return self.query_one(self.SCROLLED, VerticalScroll)

    def action_scroll(self, step: int) -> None:
        self._scrolled.scroll_to(y=self._scrolled.scroll_y + step, animate=False)

    def action_page(self, direction: int) -> None:
        self.action_scroll(direction * max(1, self._scrolled.scrollable_content_region.height - 1))

    def action_top(self) -> None:
        self._scrolled.scroll_home(animate=False)

    def action_bottom(self) -> None:
        self._scrolled.scroll_end(animate=False)
