"""Writes from the app: on the event loop when the store's lock comes free within a moment, else in a
worker thread a person can cancel.

Writing on the event loop keeps typed-ahead keys in order (the form is gone before the next key is
read), and other processes' writes hold the lock for milliseconds; a write that would wait longer (a
long import) must never freeze the interface, so after SYNC_WAIT_SECONDS it moves to a thread and the
screen says it is waiting.
"""

from __future__ import annotations

import threading
import time
from typing import Any, Callable

from textual.dom import DOMNode
from textual.worker import get_current_worker

from store.errors import NewslineError


class _LockBusy(Exception):
    """Raised from the store's `waiting` hook once SYNC_WAIT_SECONDS have passed: the lock is held elsewhere."""


SYNC_WAIT_SECONDS = 0.5


def _busy_after(seconds: float) -> Callable[[], None]:
    deadline = time.monotonic() + seconds

    def check() -> None:
        if time.monotonic() >= deadline:
            raise _LockBusy

    return check


def write(node: DOMNode, change: Callable[..., Any], done: Callable[[Any], None],
          failed: Callable[[NewslineError], None], waiting: Callable[[], None]) -> threading.Event | None:
    """Run change(cancel=, waiting=); returns the Event that cancels it when it went to the background."""
    try:
        result = change(cancel=None, waiting=_busy_after(SYNC_WAIT_SECONDS))
    except _LockBusy:
        pass
    except NewslineError as exc:
        failed(exc)
        return None
    else:
        done(result)
        return None
    cancel = threading.Event()
    waiting()
    app = node.app

    def in_background() -> None:
        worker = get_current_worker()
        stop = _Either(cancel, worker)
        try:
            result = change(cancel=stop, waiting=None)
        except NewslineError as exc:
            app.call_from_thread(failed, exc)
            return
        app.call_from_thread(done, result)

    # The app's worker, not the screen's: the screen is dismissed from inside `done`, and a screen
    # cancels its own workers as it goes.
    app.run_worker(in_background, thread=True, group="write", name="write")
    return cancel


class _Either:
    """Stop waiting when the person cancels or the app shuts the worker down (quitting while waiting)."""

    def __init__(self, cancel: threading.Event, worker) -> None:
        self._cancel, self._worker = cancel, worker

    def is_set(self) -> bool:
        return self._cancel.is_set() or self._worker.is_cancelled
