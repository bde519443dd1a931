"""Where the store lives by default: the user's data folder, or NEWSLINE_DB, or --db."""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_data_dir


def default_store_path() -> Path:
    override = os.environ.get("NEWSLINE_DB")
    if override:
        return Path(override).expanduser()
    return Path(user_data_dir("newsline", appauthor=False)) / "events.json"
