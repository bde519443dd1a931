"""The timeline's corroboration keys: mark two events and merge them, split an article off, show only
events with several outlets (or only single-source ones). Every write goes through the conflict-safe
path (`_write`: at once, or in the background while another process holds the lock) and can be undone
with `u`."""

from __future__ import annotations

from store.corroborate import accounts
from store.safetext import safe_line


class CorroborationActions:
    """Mixed into TimelineScreen, which owns `state`, `timeline`, `_selected`, `_write` and `_changed`."""

    # The anchor the last `o` kept and the event its cursor landed on (see action_outlets).
    _outlet_trail: tuple[tuple[str, float] | None, str | None] = (None, None)

    def action_mark_merge(self) -> None:
        """The first `m` marks the highlighted event; `m` on another asks to merge the two."""
        from .dialogs import ConfirmScreen

        event = self._selected()
        if event is None or self.state is None:
            return
        state = self.state
        # The marked event as it was when marked: if someone changed it since, the merge is refused.
        marked = state.marked_seen if state.marked in state.store.events_by_id else None
        if marked is None or marked["id"] == event["id"]:
            state.marked = None if marked is not None else event["id"]
            state.marked_seen = event if state.marked else None
            self.timeline.refresh()
            self.notify(f"Marked “{event['title']}”: press m on the event to merge it with" if state.marked
                        else "Mark cleared")
            return

        def confirmed(answer: bool | None) -> None:
            if not answer or self.state is None:
                return
            state.marked = state.marked_seen = None
            self.timeline.refresh()  # the mark goes, whether the merge is saved or refused
            self._write(lambda **wait: state.merge(marked, event, **wait),
                        lambda merged: self._changed(merged, "Merged into"))

        # merge_by_hand keeps the event typed by hand, else the one marked first
        stays = event if event["origin"] == "manual" and marked["origin"] != "manual" else marked
        self.app.push_screen(ConfirmScreen(f"Merge “{safe_line(event['title'])}” with “{safe_line(marked['title'])}”? "
                                           f"“{safe_line(stays['title'])}” stays, with every source; u undoes it."),
                             confirmed)

    def action_split_source(self) -> None:
        from .split import SplitScreen

        event = self._selected()
        if event is None or self.state is None:
            return
        state = self.state
        behind = accounts(event, state.store.articles_by_id)
        if len(behind) < 2 and event["origin"] != "manual" or not behind:
            self.notify("This event comes from one article: nothing to split off", severity="warning")
            return

        def chosen(article_id: str | None) -> None:
            if article_id and self.state is not None:
                self._write(lambda **wait: state.split(event, article_id, **wait),
                            lambda split_off: self._changed(split_off, "Split off"))

        self.app.push_screen(SplitScreen(event["title"], behind), chosen)

    def action_outlets(self) -> None:
        """Cycle: every event, at least 2 outlets, at least 3, single-source only."""
        if self.state is None:
            return
        # The cursor stays on the event the reader was on: cycling past a view without it (none has
        # three outlets) and back must not leave it on whatever row was nearest, or on the first row.
        current = self._anchor()
        given, landed = self._outlet_trail
        anchor = given if given and (current is None or current[0] == landed) else current
        self.state.outlets.cycle()
        self.state.rebuild()
        self.show_state(self.state, None, anchor)
        event = self.timeline.current_event
        self._outlet_trail = (anchor, event["id"] if event else None)
        self.notify(f"Showing {self.state.outlets.label() or 'every event'}")
