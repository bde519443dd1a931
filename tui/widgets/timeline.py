"""The timeline list: a Line-API scroll view that renders only the rows on screen, so 100k events cost
what 100 do. Rows and search matches come from TimelineState; this widget draws them and moves a cursor.
"""

from __future__ import annotations

from rich.cells import cell_len
from rich.segment import Segment
from rich.style import Style
from textual.binding import Binding
from textual.geometry import Region, Size
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip

from store import kinds
from store.safetext import safe_line

from ..formatting import (FLAGGED_STATUSES, MARKER_WIDTH, SHORT_STATUSES, outlets_badge, shortened, span_label,
                          time_marker)
from ..state import TimelineState, day_label, row_event

KIND_WIDTH = max(len(kind.marker) for kind in kinds.KINDS) + 1
MIN_TITLE_CELLS = 12


class TimelineView(ScrollView, can_focus=True):
    """Day headers and one line per event; the cursor always rests on an event row."""

    BINDINGS = [
        Binding("j,down", "move(1)", "Next event", show=False),
        Binding("k,up", "move(-1)", "Previous event", show=False),
        Binding("g,home", "first", "First event", show=False),
        Binding("G,end", "last", "Last event", show=False),
        Binding("pagedown,ctrl+d", "page(1)", "Page down", show=False),
        Binding("pageup,ctrl+u", "page(-1)", "Page up", show=False),
        Binding("right_square_bracket", "day(1)", "Next day", show=False),
        Binding("left_square_bracket", "day(-1)", "Previous day", show=False),
    ]
    COMPONENT_CLASSES = {
        "timeline--cursor", "timeline--day", "timeline--marker", "timeline--match", "timeline--badge",
        "timeline--span", "timeline--outlets", "timeline--expected", "timeline--empty",
        *(kind.css_class for kind in kinds.KINDS),
    }
    # Each kind's marker in its colour, from the registry (store/kinds/): a new kind needs no CSS edit.
    # Here rather than in newsline.tcss because the rules are made from data; the app's CSS may override.
    DEFAULT_CSS = "\n".join(f"TimelineView > .{kind.css_class} {{ color: {kind.colour}; text-style: bold; }}"
                            for kind in kinds.KINDS)

    cursor: reactive[int] = reactive(0, repaint=False, init=False)
    # The event under the cursor. Watch it (Screen.watch) rather than wait for a message: watchers run
    # in the same frame, a posted message costs one more frame per keypress.
    highlighted: reactive[dict | None] = reactive(None, repaint=False, init=False, always_update=True)

    def __init__(self, state: TimelineState | None = None, **kwargs) -> None:
        super().__init__(**kwargs)
        self.state = state
        self.placeholder = "Loading…"
        self._laid_out = False  # whether rows have been scrolled to their cursor at a real size

    # ----- data ----------------------------------------------------------------------------------

    def show_state(self, state: TimelineState, keep_id: str | None = None, near: float | None = None) -> None:
        """Redraw after the rows changed: the cursor stays on keep_id when it is still shown, else goes to
        the shown event nearest in time to `near` (never to whatever now sits at the old row number)."""
        self.state = state
        self.virtual_size = Size(self.size.width, len(state.rows))
        row = state.row_of_id.get(keep_id) if keep_id else None
        if row is None and near is not None:
            row = state.row_nearest(near)
        if row is None:
            row = state.neighbour_event_row(min(self.cursor, max(0, len(state.rows) - 1)), 0)
        self._set_cursor(row if row is not None else 0, force=True)
        self.refresh()

    @property
    def current_event(self) -> dict | None:
        if not self.state or not self.state.rows or self.cursor >= len(self.state.rows):
            return None
        return row_event(self.state.rows[self.cursor])

    def _set_cursor(self, row: int, force: bool = False) -> None:
        old = self.cursor
        self.set_reactive(TimelineView.cursor, row)
        self._refresh_row(old)
        self._refresh_row(row)
        self._scroll_to_cursor()
        if force or old != row:
            self.highlighted = self.current_event

    def _scroll_to_cursor(self) -> None:
        row = self.cursor
        if self.state and self.state.rows:
            # Keep the day header in view when the first event of a day is selected.
            top = row - 1 if row > 0 and isinstance(self.state.rows[row - 1], str) else row
            self.scroll_to_region(Region(0, top, 1, row - top + 1), animate=False, immediate=True)

    def move_to_row(self, row: int | None) -> None:
        if row is not None:
            self._set_cursor(row)

    def move_to_id(self, event_id: str) -> None:
        if self.state and event_id in self.state.row_of_id:
            self._set_cursor(self.state.row_of_id[event_id])

    def _refresh_row(self, row: int) -> None:
        y = row - self.scroll_offset.y
        if 0 <= y < self.size.height:
            self.refresh(Region(0, y, self.size.width, 1))

    # ----- actions -------------------------------------------------------------------------------

    def action_move(self, step: int) -> None:
        if self.state:
            self.move_to_row(self.state.neighbour_event_row(self.cursor, step))

    def action_first(self) -> None:
        if self.state and self.state.event_rows:
            self._set_cursor(self.state.event_rows[0])

    def action_last(self) -> None:
        if self.state and self.state.event_rows:
            self._set_cursor(self.state.event_rows[-1])

    def action_page(self, direction: int) -> None:
        if not self.state or not self.state.rows:
            return
        target = max(0, min(len(self.state.rows) - 1, self.cursor + direction * max(1, self.size.height - 1)))
        self.scroll_to(y=self.scroll_offset.y + direction * max(1, self.size.height - 1), animate=False,
                       immediate=True)
        self.move_to_row(self.state.neighbour_event_row(target, 0))

    def action_day(self, direction: int) -> None:
        if self.state and self.state.rows:
            self.move_to_row(self.state.day_start_row(self.cursor, direction > 0))

    def on_click(self, event) -> None:
        """A click selects the event on that row (a day header selects its first event)."""
        if not self.state or not self.state.rows:
            return
        row = event.y + self.scroll_offset.y
        if 0 <= row < len(self.state.rows):
            if isinstance(self.state.rows[row], str) and row + 1 < len(self.state.rows):
                row += 1
            self.move_to_row(self.state.neighbour_event_row(row, 0))

    # ----- drawing -------------------------------------------------------------------------------

    def _size_updated(self, size: Size, virtual_size: Size, container_size: Size, layout: bool = True) -> bool:
        # Textual's hook as the layout gives the widget its size, before anything is drawn at that size:
        # rows shown before the first layout (the app opens a quick store before its first frame) are
        # scrolled to their cursor here, so that the first frame is the newest events, not the oldest
        # drawn once and then scrolled away.
        changed = super()._size_updated(size, virtual_size, container_size, layout)
        if not self._laid_out and size.height and self.state and self.state.rows:
            self._laid_out = True
            self.virtual_size = Size(size.width, len(self.state.rows))
            self._scroll_to_cursor()
        return changed

    def on_resize(self) -> None:
        if self.state:
            self.virtual_size = Size(self.size.width, len(self.state.rows))
            # Rows shown before the first layout (the app opens a quick store before its first frame)
            # were scrolled with no height to scroll in: bring the cursor into view now there is one.
            self._scroll_to_cursor()

    def render_line(self, y: int) -> Strip:
        width = self.size.width
        row_index = y + self.scroll_offset.y
        if not self.state or not self.state.rows:
            if y == 0:
                text = self.placeholder if not self.state else "No events. Press a to add one, f to change kinds."
                style = self.get_component_rich_style("timeline--empty")
                return Strip([Segment(f" {safe_line(text)}", style)]).crop(0, width).extend_cell_length(width, style)
            return Strip.blank(width, self.rich_style)
        if row_index >= len(self.state.rows):
            return Strip.blank(width, self.rich_style)
        row = self.state.rows[row_index]
        base = self.rich_style
        if isinstance(row, str):
            style = base + self.get_component_rich_style("timeline--day")
            return Strip([Segment(f" {day_label(row)}".ljust(width)[:width], style)], width)
        return self._event_strip(row, row_index, width, base)

    def _event_strip(self, event: dict, row_index: int, width: int, base: Style) -> Strip:
        selected = row_index == self.cursor
        matched = self.state.is_match(row_index)
        style = base
        if matched:
            style = style + self.get_component_rich_style("timeline--match")
        if selected:
            style = style + self.get_component_rich_style("timeline--cursor")
        cursor = self.get_component_rich_style("timeline--cursor") if selected else None

        def part(component: str) -> Style:
            # The cursor row is one bar: a part's own colour would hide the cursor under it, or be
            # unreadable on the cursor's background.
            own = style + self.get_component_rich_style(component)
            return own + cursor if cursor else own

        marker = time_marker(event, self.state.zone)
        kind = kinds.get(event["kind"])
        marked = self.state.marked == event["id"]
        segments = [
            Segment("▸" if selected else ("◆" if marked else "•" if matched else " "), style),
            Segment(f"{marker:>{MARKER_WIDTH}} ", part("timeline--marker")),
            Segment(f"{kind.marker:<{KIND_WIDTH}}", part(kind.css_class)),
        ]
        tail = []
        outlets = outlets_badge(event, self.state.store.articles_by_id)
        if outlets:  # how many independent outlets report it
            tail.append(Segment(f"  {outlets}", part("timeline--outlets")))
        span = span_label(event)
        if span:
            tail.append(Segment(f"  {span}", part("timeline--span")))
        if event["origin"] == "manual":
            tail.append(Segment(" ✎", part("timeline--span")))
        if event["status"] in FLAGGED_STATUSES:
            # Before the title, so a narrow terminal never cuts it off; shortened when the whole word would leave
            # the title too little room and push the dates off the row.
            # Scheduled events have a calmer badge of their own: they are not in doubt, just not yet.
            badge = "timeline--expected" if event["status"] == "expected" else "timeline--badge"
            said = event["status"]
            if width - sum(segment.cell_length for segment in (*segments, *tail)) - len(said) - 3 < MIN_TITLE_CELLS:
                said = SHORT_STATUSES.get(said, said)
            segments.append(Segment(f"[{said}] ", part(badge)))
        # The title takes the room the rest leaves, cut with '…' (for display only), so the span and ✎
        # after it stay in view; on a very narrow row the title keeps a few words and the tail is cut.
        room = width - sum(segment.cell_length for segment in (*segments, *tail))
        # A Segment goes to the terminal as it is: the title must hold no control characters.
        whole = safe_line(event["title"])
        title = shortened(whole, max(room, MIN_TITLE_CELLS))
        if title != whole and cell_len(title) < room:
            # A cut at a space or a wide character leaves the title a cell or two short: padded, the
            # tails (×N, span, ✎) of every cut row stay in one column.
            title += " " * (room - cell_len(title))
        segments += [Segment(title, style), *tail]
        strip = Strip(segments)
        strip = strip.crop(0, width) if strip.cell_length > width else strip.extend_cell_length(width, style)
        return strip
