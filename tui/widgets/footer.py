"""Textual's Footer without its leak.

Each FooterKey binds itself to its Footer's `compact` (data_bind), which records the key among the
Footer's watchers; Textual drops a closed key from that list only when `compact` changes, which it never
does here (Textual issue #6666, open in 8.2). The timeline's Footer is composed again whenever the keys on
offer change (each time a form, dialog or help closes), so every key it ever showed stayed alive with its
styles and caches: about 2,000 of the 11,000 objects each form opened left behind (tui/collector.py has
the rest), which the garbage collector then walked on every full pass (140-190 ms after twenty forms). Before composing its keys again, this Footer
forgets the ones no longer on screen."""

from __future__ import annotations

from textual.widgets import Footer as TextualFooter


class Footer(TextualFooter):
    def compose(self):
        _forget_detached_watchers(self)
        yield from super().compose()


def _forget_detached_watchers(observed) -> None:
    # Textual keeps them as (watching node, callback) lists per attribute, on the observed object.
    for watchers in getattr(observed, "__watchers", {}).values():
        watchers[:] = [(node, callback) for node, callback in watchers if getattr(node, "is_attached", True)]
