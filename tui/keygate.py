"""Keys typed ahead go where they would go if typed slowly.

Textual hands each key to the widget focused at the moment the key is read, then carries on with the
next key at once. A key that changes where keys go (Tab moves focus, `a` opens the form) only takes
effect when its widget, screen and app have handled it, so keys read in the same burst (a fast typist
over a slow link, pasted text) reached the old field or were lost while the form opened.

The gate lets one key through at a time. After forwarding a key, it follows the key's path: a callback
queued behind it on the widget that got it, then on each ancestor up to the app (message queues are
first in, first out, so each callback runs once the key, bubbling up, has been handled there), and last
on the screen that is active then (a dialog the key opened has composed, mounted and taken focus by
then). Only then is the next key let through. A key whose path is cut short (its screen closed) is
released by a timer, so typing can never stall.
"""

from __future__ import annotations

from textual import events
from textual.app import App
from textual.dom import DOMNode

RELEASE_AFTER_SECONDS = 1.0


class KeyGate:
    """Mixed into the App: `on_event` passes keys through `_gate`."""

    _gate_busy = False
    _gate_held: list[events.Key]
    _gate_timer = None
    _gate_turn = 0

    @property
    def keys_settled(self) -> bool:
        """No key is on its way or waiting (for tests and scripts driving the app)."""
        return not self._gate_busy and not getattr(self, "_gate_held", None)

    async def on_event(self: App, event: events.Event) -> None:  # type: ignore[misc]
        if isinstance(event, events.Key) and not event.is_forwarded:
            if not hasattr(self, "_gate_held"):
                self._gate_held = []
            if self._gate_busy:
                self._gate_held.append(event)
                return
            await self._let_through(event)
            return
        await super().on_event(event)  # type: ignore[misc]

    async def _let_through(self: App, event: events.Key) -> None:
        self._gate_busy = True
        self._gate_turn += 1
        turn = self._gate_turn
        target = self.focused or self.screen
        await super().on_event(event)  # type: ignore[misc]  # forwards it to target (or runs a priority binding)
        path: list[DOMNode] = []
        # A key that closed its own screen (ctrl+s in a form) leaves no path to follow: its widgets'
        # queues close with them, and waiting on them would hold the next key until the timer.
        if getattr(target, "screen", target) is self.screen:
            node: DOMNode | None = target
            while node is not None and node is not self:
                path.append(node)
                node = node.parent
        self._gate_timer = self.set_timer(RELEASE_AFTER_SECONDS, lambda: self._release(turn))
        self._follow(path, turn)

    def _follow(self: App, path: list[DOMNode], turn: int) -> None:
        if path and path[0].is_attached:
            node, rest = path[0], path[1:]
            node.call_later(self._follow, rest, turn)
        else:
            # The key has reached the app and its binding has run; let a screen it opened settle.
            self.call_later(lambda: self.screen.call_later(self._release, turn))

    async def _release(self: App, turn: int) -> None:
        if turn != self._gate_turn or not self._gate_busy:
            return  # a stale timer or a second release of the same key
        self._gate_busy = False
        if self._gate_timer is not None:
            self._gate_timer.stop()
            self._gate_timer = None
        if self._gate_held:
            await self._let_through(self._gate_held.pop(0))
