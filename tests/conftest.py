"""Shared fixtures: real store files in temporary folders, the sample article, the CLI as a user runs it."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEED_TEXT = ROOT / "seeds" / "kyiv-strikes-2025-07-04.txt"
ARTICLES = Path(__file__).resolve().parent / "articles"


@pytest.fixture(autouse=True)
def private_user_state(tmp_path_factory, monkeypatch):
    """What the command line and the app remember between runs (store/lastseen.py, the theme picked last:
    tui/theme.py) goes to a folder of the test's own, never the user's, so a person's choice never changes
    a snapshot; and the display zone is fixed, whatever this machine's zone is."""
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path_factory.mktemp("state")))
    monkeypatch.setenv("NEWSLINE_TZ", "UTC")


@pytest.fixture
def store_path(tmp_path: Path) -> Path:
    return tmp_path / "store.json"


@pytest.fixture
def run_cli(store_path: Path):
    """Run the installed `newsline` command in a subprocess, as a person would."""

    def run(*args: str, db: Path | None = None, stdin: str | None = None, env: dict | None = None):
        command = [sys.executable, "-m", "tui", "--db", str(db or store_path), *args]
        full_env = {**os.environ, "NO_COLOR": "1", **(env or {})}
        return subprocess.run(command, input=stdin, capture_output=True, text=True, env=full_env, cwd=ROOT,
                              timeout=120)

    return run


@pytest.fixture
def seeded_store(store_path: Path):
    from store.database import Store
    from store.ingest import ingest, read_article

    store = Store(store_path)
    ingest(store, read_article(str(SEED_TEXT)))
    return store


def pytest_addoption(parser):
    parser.addoption("--update-golden", action="store_true", default=False,
                     help="rewrite tests/golden/ from the extractor's output (review git diff after)")
