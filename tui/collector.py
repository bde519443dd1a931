"""Keeping the cyclic garbage collector's full passes short.

CPython's full collection walks every container object alive. Once the app has started that is about
250,000 objects (Textual and its styles, the imports, the store's state), and on the bench machine a full
pass took 100-190 ms whatever the store's size. It falls on whichever key allocates the last straw, and
was most of what made single keys slow (the p95 of a kind toggle, `]`, a form save). Objects alive once
the app has settled live as long as it does: gc.freeze() moves them out of the collector's sight, so a
full pass walks only what was made since. Garbage is still freed: most of it by reference counting, the
cycles made after the freeze by the collector as before.

Two caches of Textual's kept the widgets of every closed form alive, so that full passes grew long again
as a session went on (about 11,000 objects per form, up to 140,000): the Footer's (tui/widgets/footer.py)
and StylesCache.get_inner_outer, an lru_cache of 1024 calls on a method, whose keys hold each caller,
which is a widget's style cache with every line it last drew. release_closed_screens lets the latter go
when a screen closes; it is a cache of two colours' blend, refilled at the next frame's cost."""

from __future__ import annotations

import gc
import sys

IDLE_SECONDS = 0.5  # after a screen closes, before the one full pass that precedes a new freeze

_modules_frozen = 0  # how many modules were imported at the last freeze


def freeze_long_lived() -> None:
    """Take every object alive now out of later full collections (cheap: a list splice)."""
    global _modules_frozen
    gc.freeze()
    _modules_frozen = len(sys.modules)


def _collect_and_freeze() -> None:
    gc.collect()  # the garbage first: frozen, a cycle would never be freed
    freeze_long_lived()


def release_closed_screens(app) -> None:
    """A screen has closed: drop Textual's colour cache that pins its widgets (see above), and when it
    imported modules (the form's date parser: some 40,000 objects that live as long as the app), freeze
    again once the app is idle, after one full pass. Only then: a freeze at every close would also keep
    whatever cyclic garbage the next pass had not reached yet (a toast still on screen) for good."""
    # Not before the first freeze (the timeline's own first showing): that one comes after the first frame.
    if _modules_frozen and len(sys.modules) > _modules_frozen:
        app.set_timer(IDLE_SECONDS, _collect_and_freeze)
    try:
        from textual._styles_cache import StylesCache

        StylesCache.get_inner_outer.cache_clear()
    except (ImportError, AttributeError):  # a later Textual without that cache: nothing to release
        pass
