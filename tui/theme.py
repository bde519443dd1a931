"""The theme picked last (ctrl+p, "Change theme"), remembered for the next run: one line in the user's state
folder (~/.local/state/newsline/theme on Linux). Nothing else is kept there."""

from __future__ import annotations

from pathlib import Path

from platformdirs import user_state_dir


def theme_file() -> Path:
    return Path(user_state_dir("newsline", appauthor=False)) / "theme"


def remembered_theme() -> str | None:
    try:
        name = theme_file().read_text(encoding="utf-8").strip()
    except (OSError, UnicodeError):
        return None  # never picked, or unreadable: Textual's default
    return name or None


def remember_theme(name: str) -> None:
    path = theme_file()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(name + "\n", encoding="utf-8")
    except OSError:
        pass  # a read-only home: the choice lasts for this run only
