"""Add or edit an event by hand: a modal form with a live preview of the date typed in words."""

from __future__ import annotations

import threading
from datetime import datetime
from typing import Callable

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Label, Select, Static

from store.errors import ConflictError, NewslineError
from store.days import DisplayZone, display_zone
from store.manual import check_choice, parse_actors, parse_quantities, resolve_when, when_zone
from store.model import KINDS, STATUSES, edited, make_event
from store.safetext import safe_line, safe_text

from ..formatting import window_text
from ..widgets.footer import Footer


class EventForm(ModalScreen[dict | None]):
    """Returns the fields typed (with the resolved window) on ctrl+s, None on Escape.

    Given `save` (fields, cancel=, waiting= -> record), the form stores the record itself and returns
    it: it stays open while the store is busy ("waiting for the store…"; Escape cancels the save, a
    second Escape the form), and shows a refused save inline, so nothing typed is lost.
    """

    BINDINGS = [
        Binding("ctrl+s", "save", "Save", priority=True),
        Binding("escape", "cancel", "Cancel", priority=True),
        Binding("ctrl+r", "reload", "Load their version", priority=True, show=False),
        Binding("ctrl+o", "overwrite", "Save mine over theirs", priority=True, show=False),
    ]

    def __init__(self, event: dict | None = None, now: datetime | None = None,
                 save: Callable[..., dict] | None = None, zone: DisplayZone | None = None) -> None:
        super().__init__()
        self.event = event
        self.now = now
        self.zone = zone or display_zone()  # When is read in the location's zone, else in this one
        self._save = save
        self._cancel_save: threading.Event | None = None  # set while a save waits in the background
        # What the store holds after a colleague changed the event since it was opened (a conflict).
        self._conflict: dict | None = None
        self._original_when = self._when_text(event) if event else ""

    @staticmethod
    def _when_text(event: dict) -> str:
        start = datetime.fromisoformat(event["start"])
        if event["precision"] in ("minute", "hour"):
            return f"{start.day} {start:%B %Y %H:%M}"
        return safe_line(event["time_text"]) or f"{start.day} {start:%B %Y}"

    def _texts(self, event: dict | None) -> dict[str, str]:
        """What each text field shows for event (nothing for a new one). Values from the store are shown,
        and so saved back, without control characters."""
        event = event or {}
        return {"title": safe_line(event.get("title")),
                "when": self._when_text(event) if event else "",
                "actors": ", ".join(safe_line(a) for a in event.get("actors", [])),
                "location": safe_line(event.get("location")),
                "quantities": ", ".join(f"{safe_line(k)}={v}" for k, v in event.get("quantities", {}).items()),
                "notes": safe_text(event.get("notes", ""), multiline=True)}

    def compose(self) -> ComposeResult:
        event = self.event or {}
        texts = self._texts(self.event)
        with Vertical(id="form"):
            yield Static("Edit event" if self.event else "Add event", id="form-title")
            with VerticalScroll(id="form-fields"):
                yield Label("Title")
                yield Input(texts["title"], placeholder="One line: Drone strike on Odesa", id="title")
                yield Label("Kind")
                yield Select([(k, k) for k in KINDS], value=event.get("kind", "other"), allow_blank=False, id="kind")
                yield Label("When")
                yield Input(texts["when"], placeholder='"yesterday 21:00", "3 July 2025", "last week"', id="when")
                yield Static("", id="when-preview")
                yield Label("Actors (comma separated)")
                yield Input(texts["actors"], id="actors")
                yield Label("Location")
                yield Input(texts["location"], id="location")
                yield Label("Quantities (drones=40, killed=2)")
                yield Input(texts["quantities"], id="quantities")
                yield Label("Status")
                yield Select([(s, s) for s in STATUSES], value=event.get("status", "reported"), allow_blank=False,
                             id="status")
                yield Label("Notes")
                yield Input(texts["notes"], id="notes")
            yield Static("", id="form-error")
            with Horizontal(id="form-buttons"):
                yield Button("Save (ctrl+s)", variant="primary", id="save")
                yield Button("Cancel (esc)", id="cancel")
        yield Footer()  # the form's own keys, not the timeline's

    def on_mount(self) -> None:
        self.set_focus(self.query_one("#title", Input))  # now: typed-ahead keys (tui/keygate.py) must find it
        self._preview()

    def on_input_changed(self, message: Input.Changed) -> None:
        if message.input.id in ("when", "location"):  # the place chooses the zone When is read in
            self._preview()

    def _when_zone(self):
        return when_zone(self.query_one("#location", Input).value, self.zone)

    def _preview(self) -> None:
        preview = self.query_one("#when-preview", Static)
        text = self.query_one("#when", Input).value
        if not text.strip():
            preview.update(Text("type a date in words" if not self.event else "unchanged", style="dim"))
            preview.set_class(not self.event, "error")
            return
        if self.event and text.strip() == self._original_when.strip():
            # The extractor's own words ("in the early hours of Friday") need not read back alone, and
            # are not re-read: saving keeps the window exactly as it is.
            preview.remove_class("error")
            preview.update(Text(f"✓ unchanged: {window_text(self.event)} · precision "
                                f"{self.event['precision'].replace('_', ' ')}"))
            return
        read_in = self._when_zone()
        try:
            window = resolve_when(text, read_in.tz, now=self.now)
        except NewslineError as exc:
            preview.update(Text(f"✗ {exc}"))  # the message quotes what was typed: "[/" is text
            preview.add_class("error")
            return
        preview.remove_class("error")
        start, end = window.start, window.end
        span = f"{start:%a %-d %b %Y %H:%M}" + ("" if start == end else f" → {end:%a %-d %b %Y %H:%M}")
        preview.update(Text(f"✓ {span} · precision {window.precision} · {read_in.describe(window)}"))

    def on_button_pressed(self, message: Button.Pressed) -> None:
        if message.button.id == "save":
            self.action_save()
        else:
            self.action_cancel()

    def action_cancel(self) -> None:
        if self._cancel_save is not None:
            self._cancel_save.set()  # the waiting save gives up; the form stays, with what was typed
            return
        self.dismiss(None)

    def action_save(self, expected: dict | None = None) -> None:
        """Save on condition that the event is still as it was opened (or as `expected`, to overwrite)."""
        if self._cancel_save is not None:
            return  # already saving
        try:
            fields = self.collect()
        except NewslineError as exc:
            self._say(f"✗ {exc}")
            return
        if self._save is None:
            self.dismiss(fields)
            return
        from ..writes import write

        save, base = self._save, expected or self.event
        self._conflict = None
        self._cancel_save = write(self, lambda **wait: save(fields, expected=base, **wait), self.dismiss,
                                  self._refused, lambda: self._say("waiting for the store… another process is "
                                                                   "writing; Esc cancels the save"))

    def _refused(self, exc: NewslineError) -> None:
        self._cancel_save = None
        if isinstance(exc, ConflictError) and exc.current is not None:
            self._conflict = exc.current
            self._say(f"✗ {exc}. ctrl+r loads their version (your typing is lost); ctrl+o saves yours over it")
            return
        self._say(f"✗ {exc}")

    def action_reload(self) -> None:
        if self._conflict is None or self._cancel_save is not None:
            return
        self.event, self._conflict = self._conflict, None
        self._fill(self.event)
        self._say("loaded the version saved by someone else; ctrl+s saves your changes to it")

    def action_overwrite(self) -> None:
        if self._conflict is not None:
            self.action_save(expected=self._conflict)

    def _fill(self, event: dict) -> None:
        self._original_when = self._when_text(event)
        for widget_id, value in self._texts(event).items():
            self.query_one(f"#{widget_id}", Input).value = value
        self.query_one("#kind", Select).value = event["kind"]
        self.query_one("#status", Select).value = event["status"]

    def _say(self, message: str) -> None:
        self.query_one("#form-error", Static).update(Text(safe_line(message)))

    def collect(self) -> dict:
        """The typed fields as record fields; raises NewslineError with a message for the person."""
        value = lambda widget_id: self.query_one(f"#{widget_id}", Input).value  # noqa: E731
        title = value("title").strip()
        if not title:
            raise NewslineError("a title is required")
        fields: dict = {
            "title": title,
            "kind": check_choice(str(self.query_one("#kind", Select).value), KINDS, "kind"),
            "actors": parse_actors(value("actors")),
            "location": value("location").strip() or None,
            "quantities": parse_quantities(value("quantities")),
            "status": check_choice(str(self.query_one("#status", Select).value), STATUSES, "status"),
            "notes": value("notes"),
        }
        when = value("when").strip()
        if not (self.event and when == self._original_when.strip()):  # else the window is kept as it was
            if not when:
                raise NewslineError("when is required: type a date in words")
            fields.update(resolve_when(when, self._when_zone().tz, now=self.now).as_fields())
        # The record the store will be given, checked here so that what it refuses is said in the form.
        if self.event:
            edited(self.event, fields)
        else:
            make_event(**fields, origin="manual")
        return fields
