"""The code itself: no undefined name (a NameError waits for the one user who takes that path) and no
unused import, checked by ruff over everything the project runs."""

from __future__ import annotations

import subprocess
import sys

from tests.conftest import ROOT


def test_no_undefined_names_or_unused_imports():
    result = subprocess.run([sys.executable, "-m", "ruff", "check", "--no-cache", "--select", "F",
                             "store", "tui", "bench", "tests", "--exclude", "bench/corpus"],
                            cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr
