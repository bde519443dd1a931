"""The sample articles in `seeds/`, loaded into an empty store so a new user sees a timeline at once.

They ship inside the package as `store.sample` (pyproject.toml maps it to `seeds/`), so an installed
wheel finds them through importlib.resources, wherever it is installed.
"""

from __future__ import annotations

import os
from importlib import resources
from pathlib import Path

from .database import Store
from .errors import DuplicateError

def _packaged() -> Path:
    try:
        return Path(str(resources.files("store.sample")))
    except ModuleNotFoundError:  # an install without the sample
        return Path(__file__).resolve().parent.parent / "seeds"


SEEDS_DIR = Path(os.environ["NEWSLINE_SEEDS"]) if os.environ.get("NEWSLINE_SEEDS") else _packaged()


def seed_files(folder: Path = SEEDS_DIR) -> list[Path]:
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.iterdir() if p.suffix in (".txt", ".html", ".htm"))


def load_seeds_if_empty(store: Store, folder: Path = SEEDS_DIR) -> int:
    """Ingest every seed article when the store holds nothing at all; returns events added."""
    if store.events_by_id or store.articles_by_id or store.path.exists():
        return 0
    # Here, not at the top: extraction (its lexicons, the gazetteer, spaCy) costs the app's start-up
    # a tenth of a second, and only a store never written needs it.
    from .ingest import ingest, read_article

    added = 0
    for path in seed_files(folder):
        try:
            _, events = ingest(store, read_article(str(path)))
        except DuplicateError:
            continue
        added += len(events)
    return added
