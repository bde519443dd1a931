"""The newsline Textual app: owns the store handle and the global keys; the screens do the rest."""

from __future__ import annotations

import threading
from datetime import datetime
from pathlib import Path

from textual import work
from textual.app import App
from textual.binding import Binding

from store.days import DisplayZone, display_zone
from store.safetext import safe_line

from .collector import freeze_long_lived
from .keygate import KeyGate
from .screens.timeline import TimelineScreen
from .theme import remember_theme, remembered_theme

POLL_SECONDS = 1.0  # another process's change shows within two seconds


class NewslineApp(KeyGate, App):
    CSS_PATH = "newsline.tcss"
    TITLE = "newsline"
    BINDINGS = [
        Binding("q", "quit", "Quit"),
        Binding("question_mark,f1", "help", "Help"),
    ]

    def __init__(self, store_path: Path | str, *, seed: bool = True, now: datetime | None = None,
                 zone: DisplayZone | str | None = None) -> None:
        """zone: the display zone, or its name (default: NEWSLINE_TZ, else this machine's zone)."""
        super().__init__()
        self.store_path = Path(store_path)
        self.seed = seed
        self.zone = zone if isinstance(zone, DisplayZone) else display_zone(zone)
        self._fixed_now = now
        self.state = None
        self.load_error: str | None = None
        self._open_failure: str | None = None
        theme = remembered_theme()
        if theme in self.available_themes:  # a theme of an older Textual may be gone
            self.theme = theme

    def now(self) -> datetime:
        """The clock the form resolves 'yesterday' against (fixed in tests), in the display zone."""
        return self.zone.now(self._fixed_now)

    def notify(self, message: str, *, title: str = "", severity="information", timeout: float | None = None,
               markup: bool = False) -> None:
        """Every notification, the app's own and the screens' (Widget.notify calls this one), is plain text:
        messages quote titles, searches and paths, which are data, never markup or terminal control.
        `markup` is accepted for Textual's signature and ignored."""
        super().notify(safe_line(message), title=safe_line(title), severity=severity, timeout=timeout, markup=False)

    def get_default_screen(self) -> TimelineScreen:
        # The timeline is the first screen itself (no blank default screen drawn and replaced), with its
        # rows when the store opens in milliseconds (small, or its index on disk: store/quickopen.py), so
        # that the first frame already shows the newest events and their detail.
        return TimelineScreen(self._open_at_once())

    def _open_at_once(self):
        from store.quickopen import opens_at_once

        if not opens_at_once(self.store_path) or (self.seed and not self.store_path.exists()):
            return None  # an index to rebuild, or the seed article to read with spaCy: in the background
        from store.errors import NewslineError

        try:
            self.state = self._open_state()
        except NewslineError as exc:
            self._open_failure = str(exc)
        return self.state

    def on_mount(self) -> None:
        self.theme_changed_signal.subscribe(self, lambda theme: remember_theme(theme.name))
        if self.state is not None:
            self._watch_store()
            self.call_after_refresh(freeze_long_lived)  # the first frame is out: the rest lives on
            return
        if self._open_failure is not None:
            self.call_after_refresh(self._failed, self._open_failure)
            return
        # Draw first, load after: the loader thread competes for the GIL, so it starts only once the
        # first frame is out; the store (and the seed article on first run) then load off the event loop.
        # The worker exists from mount on (so waiting for the app's workers waits for the load, which
        # parses the seed article with spaCy on first run) and begins its work after the first frame.
        painted = threading.Event()
        self.call_after_refresh(painted.set)
        self.load_store(painted)

    def _open_state(self):
        """The store opened (seeded on first run) and its rows worked out: the TimelineState to show."""
        from store.database import Store
        from store.seeds import load_seeds_if_empty

        from .state import TimelineState

        store = Store(self.store_path)
        if self.seed:
            load_seeds_if_empty(store)
        state = TimelineState(store, self.zone)
        state.rebuild()
        return state

    @work(thread=True, exclusive=True, group="load")
    def load_store(self, painted: threading.Event | None = None) -> None:
        if painted is not None:
            painted.wait(timeout=5)
        from store.errors import NewslineError

        try:
            state = self._open_state()
        except NewslineError as exc:
            self.call_from_thread(self._failed, str(exc))
            return
        self.call_from_thread(self._loaded, state)

    def _failed(self, message: str) -> None:
        self.load_error = message
        timeline = self.screen.query_one("#timeline")
        timeline.placeholder = f"Cannot open the store: {message}"
        timeline.refresh()
        self.notify(message, severity="error", timeout=30)

    def _loaded(self, state) -> None:
        self.state = state
        self._timeline_screen().show_newest(state)
        self._watch_store()
        self.call_after_refresh(freeze_long_lived)

    def _watch_store(self) -> None:
        self.set_interval(POLL_SECONDS, self.poll_store)

    def _timeline_screen(self) -> TimelineScreen:
        return next(s for s in self.screen_stack if isinstance(s, TimelineScreen))

    def poll_store(self) -> None:
        """Pick up what other processes wrote (a stat or two when nothing changed)."""
        from store.errors import NewslineError

        if self.state is None:
            return
        try:
            changed = self.state.store.refresh()
        except NewslineError as exc:
            self.notify(str(exc), severity="error")
            return
        if changed:
            self._timeline_screen().refresh_from_store()

    # The command palette (ctrl+p) lists what the app does, by name, beside Textual's own commands.
    COMMANDS_OF_TIMELINE = (
        ("Add an event", "Open the form for an event entered by hand (a)", "add"),
        ("Edit the event", "Change the highlighted event (e)", "edit"),
        ("Jump to a date", "Go to the events of a day, in words (t)", "jump"),
        ("Choose the kinds shown", "Show or hide calls, strikes, claims... (f)", "pick_kinds"),
        ("Search", "Find events by title, actors, place, notes or sources (/)", "search"),
        ("Open the source article", "Read the highlighted event's article, its sentences marked (s)", "source"),
        ("Copy the event as text", "Put the highlighted event on the clipboard (y)", "copy"),
        ("Export the timeline", "Write json, csv, md or ics to a file, by its extension", "export"),
        ("Mark / merge events", "Mark the event, then merge it with the next one marked (m)", "mark_merge"),
        ("Split an article off", "Take one article's part off the event, undoing a merge (x)", "split_source"),
        ("Filter by outlets", "Only events with 2 or 3 outlets or more, or single-source ones (o)", "outlets"),
    )

    def get_system_commands(self, screen):
        from textual.app import SystemCommand

        yield from super().get_system_commands(screen)
        timeline = next((s for s in self.screen_stack if isinstance(s, TimelineScreen)), None)
        if timeline is None or screen is not timeline:
            return
        for title, help_text, action in self.COMMANDS_OF_TIMELINE:
            yield SystemCommand(title, help_text, getattr(timeline, f"action_{action}"))
        yield SystemCommand("Help", "Every key and what it does (?)", self.action_help)

    def action_help(self) -> None:
        from .screens.help import HelpScreen

        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen())
