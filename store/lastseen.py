"""What this person last saw of each event, per store, so that `newsline edit` and `delete` change an
event only if it is still the version they last saw (as the app's form does), unless told --force.

One small JSON file per store under the user's state folder ($XDG_STATE_HOME/newsline/seen/, by default
~/.local/state/newsline/seen/), replaced atomically. It holds no text of the events: per event, its
`updated` stamp and a short digest of each field, which is enough to say what changed. A file that
cannot be read is ignored (the check then has nothing to compare with), never an error; two commands
finishing at once keep one's memory, which only makes the next check weaker, never wrong.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import orjson
from platformdirs import user_state_dir

from .files import atomic_write

MAX_EVENTS = 1000   # per store: the events one person has looked at recently (~150 KB at most)
MAX_STORES = 64     # files kept; the least recently used go first
NOT_COMPARED = ("id", "created", "updated")


def state_folder() -> Path:
    return Path(user_state_dir("newsline", appauthor=False)) / "seen"


def _digest(value) -> str:
    return hashlib.blake2b(orjson.dumps(value, option=orjson.OPT_SORT_KEYS), digest_size=4).hexdigest()


def fingerprint(event: dict) -> dict[str, str]:
    return {key: _digest(value) for key, value in event.items() if key not in NOT_COMPARED}


class LastSeen:
    """The versions of a store's events this person last saw; `save` writes them back (best effort)."""

    def __init__(self, store_path: Path, folder: Path | None = None) -> None:
        self.store = str(Path(store_path).expanduser().resolve())
        self.folder = folder or state_folder()
        self.path = self.folder / (hashlib.sha256(self.store.encode()).hexdigest()[:24] + ".json")
        self._events = self._read()
        self._dirty = False

    def _read(self) -> dict[str, dict]:
        try:
            data = orjson.loads(self.path.read_bytes())
            events = data["events"] if data.get("store") == self.store else {}
            return {event_id: {"updated": str(seen["updated"]), "fields": dict(seen["fields"])}
                    for event_id, seen in events.items()}
        except (OSError, ValueError, TypeError, KeyError, AttributeError):
            return {}  # never written, unreadable or damaged: nothing remembered

    def updated(self, event_id: str) -> str | None:
        seen = self._events.get(event_id)
        return seen["updated"] if seen else None

    def changed_fields(self, current: dict) -> list[str]:
        """The fields of current that differ from the version last seen."""
        seen = self._events.get(current["id"], {}).get("fields", {})
        now = fingerprint(current)
        return [key for key in now if seen.get(key) != now[key]] + [key for key in seen if key not in now]

    def remember(self, event: dict) -> None:
        self._events.pop(event["id"], None)  # re-inserted last: the order is the order of use
        self._events[event["id"]] = {"updated": event["updated"], "fields": fingerprint(event)}
        self._dirty = True

    def forget(self, event_id: str) -> None:
        if self._events.pop(event_id, None) is not None:
            self._dirty = True

    def save(self) -> None:
        if not self._dirty:
            return
        events = dict(list(self._events.items())[-MAX_EVENTS:])
        try:
            self.folder.mkdir(parents=True, exist_ok=True, mode=0o700)
            new = not self.path.exists()
            atomic_write(self.path, orjson.dumps({"store": self.store, "events": events}))
            if new:
                self._prune()
        except OSError:
            return  # a read-only home: the change itself is made; only the memory of it is lost
        self._dirty = False

    def _prune(self) -> None:
        files = sorted(self.folder.glob("*.json"), key=lambda p: p.stat().st_mtime)
        for old in files[:-MAX_STORES]:
            try:
                os.unlink(old)
            except OSError:
                pass
