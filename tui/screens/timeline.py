"""The main screen: the timeline beside the detail pane, with search, filters and editing keys."""

from __future__ import annotations

from datetime import datetime, timedelta
from time import monotonic

from rich.cells import cell_len
from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.screen import Screen
from textual.widgets import Input, Static
from textual.worker import get_current_worker

from store.days import DisplayZone
from store.errors import NewslineError, StoreError
from store import kinds
from store.safetext import safe_line

from ..collector import release_closed_screens
from ..formatting import event_as_text, quoted_title
from ..state import TimelineState
from ..widgets.detail import DetailPane, event_renderable
from ..widgets.footer import Footer
from ..widgets.timeline import TimelineView
from .scrolling import SCROLL_BINDINGS, ScrollKeys, keys_only_for_the_screen
from .corroboration import CorroborationActions

NARROW_WIDTH = 80
# The store path is cut from its start to no fewer cells than this ("…/events.json"), or left out
MIN_PATH_CELLS = 14
# A held key repeats every ~30 ms: moves closer than this are a held key, and the detail pane waits
# until the cursor settles (over a slow SSH link every repaint of the pane is ~5-10 KB).
HELD_KEY_SECONDS = 0.05
DETAIL_SETTLE_SECONDS = 0.08


class EventDetailScreen(ScrollKeys, Screen):
    """The detail pane as a screen of its own, for terminals narrower than 80 columns."""

    BINDINGS = [Binding("escape,q,enter", "app.pop_screen", "Back"), *SCROLL_BINDINGS]

    def __init__(self, event: dict, articles: dict[str, dict], zone: DisplayZone | None = None) -> None:
        super().__init__()
        self.event = event
        self.articles = articles
        self.zone = zone

    def compose(self) -> ComposeResult:
        with keys_only_for_the_screen(VerticalScroll(id="detail-screen")):
            yield Static(event_renderable(self.event, self.articles, self.zone))
        yield Footer()


class TimelineScreen(CorroborationActions, Screen):
    BINDINGS = [
        # First, so a narrow footer shows how to leave and how to learn the rest before anything else.
        Binding("q", "app.quit", "Quit"),
        Binding("question_mark,f1", "app.help", "Help"),
        Binding("slash", "search", "Search"),
        Binding("n", "next_match(1)", "Next match", show=False),
        Binding("N", "next_match(-1)", "Previous match", show=False),
        Binding("escape", "clear_search", "Clear search", show=False),
        Binding("F", "only_matches", "Only matches / all events", show=False),
        Binding("f", "pick_kinds", "Kinds shown"),
        *[Binding(kind.key, f"toggle_kind('{kind.name}')", f"Show/hide {kind.name}", show=False) for kind in kinds.KINDS],
        Binding("t", "jump", "Jump to date"),
        Binding("a", "add", "Add"),
        Binding("e", "edit", "Edit"),
        Binding("d", "delete", "Delete"),
        Binding("u", "undo", "Undo"),
        Binding("m", "mark_merge", "Mark / merge", show=False),
        Binding("x", "split_source", "Split an article off", show=False),
        Binding("o", "outlets", "Outlets: ≥2, ≥3, single-source, all", show=False),
        Binding("s", "source", "Source article"),
        Binding("y", "copy", "Copy as text"),
        Binding("enter", "open_detail", "Details (narrow terminal)", show=False),
        Binding("J,shift+down", "scroll_detail(3)", "Scroll details down", show=False),
        Binding("K,shift+up", "scroll_detail(-3)", "Scroll details up", show=False),
    ]

    def __init__(self, state: TimelineState | None = None) -> None:
        super().__init__()
        self.state = state
        self._last_move = 0.0
        self._detail_timer = None

    def compose(self) -> ComposeResult:
        yield Static(" newsline", id="status-bar")
        with Horizontal(id="panes"):
            yield TimelineView(id="timeline")
            yield DetailPane(id="detail")
        yield Input(placeholder="search: title, actors, place, notes, sources", id="search")
        yield Footer()

    def on_mount(self) -> None:
        self.watch(self.timeline, "highlighted", self._show_detail, init=False)
        self.query_one("#search", Input).display = False
        self.set_focus(self.query_one(TimelineView))
        self._apply_width(self.size.width)
        if self.state is not None:  # opened before the first frame (NewslineApp.on_mount)
            self.show_newest(self.state)

    def on_screen_resume(self) -> None:
        release_closed_screens(self.app)  # a form, dialog or help closed: let its widgets go (tui/collector.py)

    def on_resize(self, event) -> None:
        self._apply_width(event.size.width)
        self.update_status()  # the store path takes the room the bar has

    def _apply_width(self, width: int) -> None:
        self.set_class(width < NARROW_WIDTH, "narrow")

    # ----- state to screen -----------------------------------------------------------------------

    @property
    def timeline(self) -> TimelineView:
        return self.query_one(TimelineView)

    def show_newest(self, state: TimelineState) -> None:
        """The newest events first, as a log viewer opens; straight there, so the detail pane paints once."""
        newest = state.rows[state.event_rows[-1]]["id"] if state.shown else None
        self.show_state(state, keep_id=newest)

    def show_state(self, state: TimelineState, keep_id: str | None = None,
                   anchor: tuple[str, float] | None = None) -> None:
        """Show state's rows; the cursor stays on keep_id, else on the anchor event (id, start) or the
        one nearest it in time. Take the anchor before the rows change (`_anchor`)."""
        self.state = state
        anchor = anchor or self._anchor()
        self.timeline.show_state(state, keep_id or (anchor[0] if anchor else None), anchor[1] if anchor else None)
        self.update_status()
        if state.search_pending:
            self._count_matches(self.timeline.cursor, move=False)

    def _anchor(self) -> tuple[str, float] | None:
        event = self.timeline.current_event
        if event is None:
            return None
        return event["id"], self.state.zone.position(event) if self.state else 0.0

    def refresh_from_store(self, keep_id: str | None = None) -> None:
        if self.state is None:
            return
        anchor = self._anchor()  # before the rebuild changes what each row holds
        self.state.rebuild()
        self.show_state(self.state, keep_id, anchor)

    def update_status(self) -> None:
        state = self.state
        if state is None:
            return
        shown = "all kinds" if len(state.kinds) == len(kinds.NAMES) else ", ".join(k for k in kinds.NAMES if k in state.kinds)
        # Counts first: on a narrow terminal the path is what gets cut.
        parts = [f" {state.shown}/{state.total} events", shown]
        if state.outlets.active:
            parts.append(state.outlets.label())
        if state.search:
            found = "counting matches…" if state.search_pending else \
                f"{len(state.matches)} match{'es' if len(state.matches) != 1 else ''}"
            parts.append(f"search “{safe_line(state.search)}”: {found}"
                         + (" (only matches shown)" if state.only_matches else ""))
        parts.append(f"{state.zone.name} time")
        head = " · ".join(parts)
        # The store file last, cut from its start when the bar is too narrow for all of it ("…/newsline/events.json"):
        # its name says most; a bar with no room for that much shows none of it rather than a dangling "·".
        path = safe_line(str(state.store.path))
        room = (self.size.width or self.app.size.width) - cell_len(head) - len(" · ")
        if cell_len(path) > room:
            tail = path if room >= MIN_PATH_CELLS else ""
            while tail and cell_len(tail) > room - 1:  # by cells, not characters: a folder's name may have wide ones
                tail = tail[1:]
            # from a folder's start when one begins in what is left ("…/newsline/events.json", not "…mp/newsline")
            path = "…" + (tail[tail.index("/"):] if "/" in tail[:-1] else tail) if tail else ""
        # Text, not a str: the search and the path are what was typed, never markup ("[/" must show).
        self.query_one("#status-bar", Static).update(Text(f"{head} · {path}" if path else head))

    def _show_detail(self, event: dict | None) -> None:
        now = monotonic()
        held = now - self._last_move < HELD_KEY_SECONDS
        self._last_move = now
        if self._detail_timer is not None:
            self._detail_timer.stop()
            self._detail_timer = None
        if held:
            self._detail_timer = self.set_timer(DETAIL_SETTLE_SECONDS, self._paint_detail)
        else:
            self._paint_detail()

    def _paint_detail(self) -> None:
        self._detail_timer = None
        if self.state is not None:
            self.query_one(DetailPane).show(self.timeline.current_event, self.state.store.articles_by_id,
                                            self.state.zone)

    # ----- search --------------------------------------------------------------------------------

    def action_search(self) -> None:
        if self.state is None:
            return
        search = self.query_one("#search", Input)
        search.display = True
        search.value = self.state.search
        self.set_focus(search)

    def on_input_changed(self, message: Input.Changed) -> None:
        if message.input.id != "search" or self.state is None:
            return
        anchor = self._anchor()
        self.state.set_search(message.value)
        if self.state.only_matches:
            self.show_state(self.state, anchor=anchor)
        self.update_status()
        self.timeline.refresh()
        if self.state.search_pending:  # a large store: the first match from the cursor, the count after
            cursor = self.timeline.cursor
            nearby = self.state.first_match_nearby(cursor)
            if nearby is not None and nearby != cursor:
                self.timeline.move_to_row(nearby)
            self._count_matches(cursor, move=True)  # finds the same first match: no second move
            return
        row = self.state.next_match(self.timeline.cursor, include_current=True)
        self.timeline.move_to_row(row)

    @work(thread=True, exclusive=True, group="search")
    def _count_matches(self, from_row: int, move: bool) -> None:
        """Count the matches off the event loop; with `move`, go to the first one from the cursor as soon
        as it is found (the count completes after, in the status bar)."""
        worker = get_current_worker()
        state = self.state
        query = state.search

        def first(row: int) -> None:
            if move:
                self.app.call_from_thread(self._first_match, query, row)

        found = state.count_matches(from_row, first, lambda: worker.is_cancelled)
        if not worker.is_cancelled:
            self.app.call_from_thread(self._matches_counted, found, move)

    def _first_match(self, query: str, row: int) -> None:
        # Already there (the event under the cursor still matches the longer query): nothing to redraw.
        if self.state is not None and self.state.search == query and row != self.timeline.cursor:
            self.timeline.move_to_row(row)

    def _matches_counted(self, found, move: bool) -> None:
        if self.state is None or not self.state.counted(found):
            return
        self.update_status()
        # No repaint of the rows: while the count ran, each row drawn was marked by its own text, which
        # is what the count found (TimelineState.is_match); only the status bar's count is new.
        if move and not self.state.is_match(self.timeline.cursor):
            self.timeline.move_to_row(self.state.next_match(self.timeline.cursor, include_current=True))

    def on_input_submitted(self, message: Input.Submitted) -> None:
        if message.input.id == "search":
            self._close_search()

    def on_key(self, event) -> None:
        search = self.query_one("#search", Input)
        if event.key == "escape" and search.has_focus:
            event.stop()
            search.value = ""
            self.action_clear_search()

    def _close_search(self) -> None:
        self.query_one("#search", Input).display = False
        self.set_focus(self.timeline)

    def action_clear_search(self) -> None:
        if self.state is None:
            return
        was_filtering = self.state.only_matches
        self.state.only_matches = False
        self.state.set_search("")
        self._close_search()
        if was_filtering:
            self.refresh_from_store()
        self.update_status()
        self.timeline.refresh()

    def action_only_matches(self) -> None:
        """Toggle between marking the matches and showing nothing else."""
        if self.state is None or not self.state.search:
            self.notify("No search: press / first", severity="warning")
            return
        self.state.only_matches = not self.state.only_matches
        self.refresh_from_store()

    def action_next_match(self, direction: int) -> None:
        if self.state is None or not self.state.search:
            self.notify("No search: press / first", severity="warning")
            return
        row = self.state.next_match(self.timeline.cursor, forward=direction > 0)
        if row is None:
            self.notify(f"No match for “{self.state.search}”", severity="warning")
        self.timeline.move_to_row(row)

    # ----- filters and jumps ---------------------------------------------------------------------

    def action_toggle_kind(self, kind: str) -> None:
        if self.state is None:
            return
        self.state.toggle_kind(kind)
        self.refresh_from_store()

    def action_pick_kinds(self) -> None:
        from .dialogs import KindsScreen

        if self.state is None:
            return

        def apply(kinds: set[str] | None) -> None:
            if kinds is not None:
                self.state.kinds = kinds
                self.refresh_from_store()

        self.app.push_screen(KindsScreen(set(self.state.kinds)), apply)

    def action_jump(self) -> None:
        from .dialogs import JumpScreen

        def jump(text: str | None) -> None:
            if text and self.state is not None:
                self._jump_to(text)

        self.app.push_screen(JumpScreen(), jump)

    def _jump_to(self, text: str) -> None:
        """To the first event on that date (days of the display zone), else the nearest; "3 July" means
        the 3 July inside the data."""
        from store.manual import resolve_when

        state = self.state
        if not state.starts:
            self.notify("No events to jump to", severity="warning")
            return
        first, last = state.starts[0], state.starts[-1]
        readings = []
        # Read it against today, then as if today were the day after the newest event: a date without a
        # year ("3 July") then lands inside the data rather than next year.
        for now in (self.app.now(), datetime.fromtimestamp(last, state.zone.tz) + timedelta(days=1)):
            try:
                readings.append(resolve_when(text, state.zone.tz, now=now))
            except NewslineError as exc:
                self.notify(str(exc), severity="error")
                return
        inside = [w for w in readings if w.end.timestamp() >= first and w.start.timestamp() <= last]
        window = (inside or readings)[0]
        self.timeline.move_to_row(state.row_within(window.start.timestamp(), window.end.timestamp()))
        when = f"{window.start:%-d %b %Y}"
        if window.end.timestamp() < first:
            self.notify(f"{when} is before the first event; showing the first", severity="warning")
        elif window.start.timestamp() > last:
            self.notify(f"{when} is after the last event; showing the last", severity="warning")

    # ----- editing -------------------------------------------------------------------------------

    def _selected(self) -> dict | None:
        event = self.timeline.current_event
        if event is None:
            self.notify("No event selected", severity="warning")
        return event

    def action_add(self) -> None:
        from store.model import make_event

        from .form import EventForm

        def save(fields: dict, expected: dict | None = None, **wait) -> dict:
            # Read at save time: a form opened while the store loads still saves once it has loaded.
            if self.state is None:
                raise StoreError("the store is still loading; nothing was saved; press ctrl+s again")
            return self.state.add(make_event(**fields, origin="manual"), **wait)

        self.app.push_screen(EventForm(now=self.app.now(), save=save, zone=self.app.zone),
                             lambda event: self._changed(event, "Added"))

    def action_edit(self) -> None:
        from .form import EventForm

        event = self._selected()
        if event is None or self.state is None:
            return
        state = self.state

        def save(fields: dict, expected: dict | None = None, **wait) -> dict:
            return state.edit(event["id"], fields, expected=expected, **wait)

        self.app.push_screen(EventForm(event, now=self.app.now(), save=save, zone=self.app.zone),
                             lambda saved: self._changed(saved, "Saved"))

    def action_delete(self) -> None:
        from .dialogs import ConfirmScreen

        event = self._selected()
        if event is None:
            return

        def confirmed(answer: bool | None) -> None:
            if answer and self.state is not None:
                state = self.state
                neighbour = state.neighbour_event_row(self.timeline.cursor, 1)
                if neighbour == self.timeline.cursor:
                    neighbour = state.neighbour_event_row(self.timeline.cursor, -1)
                keep = state.rows[neighbour]["id"] if neighbour is not None else None
                self._write(lambda **wait: state.delete(event["id"], expected=event, **wait),
                            lambda deleted: self._changed(deleted, "Deleted", keep_id=keep))

        self.app.push_screen(ConfirmScreen(f"Delete {quoted_title(event)}?"), confirmed)

    def action_undo(self) -> None:
        if self.state is None:
            return
        state = self.state

        def undone(result: tuple[str, dict] | None) -> None:
            if result is None:
                self.notify("Nothing to undo")
                return
            action, event = result
            self.refresh_from_store(keep_id=None if action == "add" else event["id"])
            self.notify(f"Undid {action} of {quoted_title(event)}")

        self._write(lambda **wait: state.undo(**wait), undone)

    def _write(self, change, done) -> None:
        """A change from a key (delete, undo): at once, or in the background while another process writes."""
        from ..writes import write

        write(self, change, done, lambda exc: self.notify(str(exc), severity="error"),
              lambda: self.notify("Waiting for the store: another process is writing…"))

    def _changed(self, event: dict | None, verb: str, keep_id: str | None = None) -> None:
        if event is None:
            return
        self.refresh_from_store(keep_id=keep_id or event["id"])
        self.notify(f"{verb} {quoted_title(event)}")

    # ----- reading -------------------------------------------------------------------------------

    def action_source(self) -> None:
        from .source import SourceScreen

        event = self._selected()
        if event is None or self.state is None:
            return
        pages = []
        for article_id in dict.fromkeys(s["article_id"] for s in event["sources"] if s["article_id"]):
            article = self.state.store.get_article(article_id)
            if article:
                # Every sentence of the event in that article, not only the first source's.
                spans = [(s["start"], s["end"]) for s in event["sources"]
                         if s["article_id"] == article["id"] and s["start"] is not None and s["end"] is not None]
                pages.append((article, spans))
        if pages:  # each outlet's article of a merged event, in the order they were stored
            self.app.push_screen(SourceScreen(pages))
            return
        if event["origin"] == "manual" or not event["sources"]:
            self.notify("This event has no source article (added by hand)", severity="warning")
        else:
            self.notify("The source article of this event is not in the store", severity="warning")

    def action_export(self) -> None:
        from .dialogs import ExportScreen

        if self.state is None:
            return
        state = self.state

        def export(target: str | None) -> None:
            if not target:
                return
            from store import exchange
            from store.userfiles import write_output

            fmt = target.rsplit(".", 1)[-1].lower() if "." in target else ""
            try:
                if fmt not in exchange.FORMATS:
                    raise NewslineError(f"name the file .json, .csv, .md or .ics (got {target!r})")
                if state.store.files.owns(target):
                    raise NewslineError(f"{target} is one of the store's own files; choose another name")
                write_output(target, exchange.export(state.store, fmt, state.zone).encode())
            except NewslineError as exc:
                self.notify(str(exc), severity="error")
                return
            self.notify(f"Wrote the timeline as {fmt} to {target}")

        self.app.push_screen(ExportScreen(), export)

    def action_copy(self) -> None:
        event = self._selected()
        if event is not None and self.state is not None:
            self.app.copy_to_clipboard(event_as_text(event, self.state.store.articles_by_id, self.state.zone))
            self.notify("Copied the event to the clipboard")

    def action_scroll_detail(self, lines: int) -> None:
        pane = self.query_one(DetailPane)
        pane.scroll_to(y=pane.scroll_offset.y + lines, animate=False)

    def action_open_detail(self) -> None:
        event = self._selected()
        if event is not None and self.state is not None and self.has_class("narrow"):
            self.app.push_screen(EventDetailScreen(event, self.state.store.articles_by_id, self.state.zone))
