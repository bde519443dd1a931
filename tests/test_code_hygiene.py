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


def _imported_modules(path) -> set[str]:
    import ast

    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            found.add(node.module)
    return found


def test_store_never_imports_the_app_or_textual():
    """Layering: store/ is data and is used without a screen; tui/ calls it, never the other way round."""
    offenders = []
    for path in sorted((ROOT / "store").rglob("*.py")):
        for module in _imported_modules(path):
            if module.split(".")[0] in ("tui", "textual", "rich"):
                offenders.append(f"{path.relative_to(ROOT)} imports {module}")
    assert offenders == []


def test_screens_use_the_footer_that_does_not_leak():
    """Textual's own Footer keeps every key it ever showed alive (tui/widgets/footer.py says why)."""
    import ast

    offenders = []
    for path in sorted((ROOT / "tui").rglob("*.py")):
        if path.name == "footer.py":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("textual") \
                    and any(alias.name == "Footer" for alias in node.names):
                offenders.append(str(path.relative_to(ROOT)))
    assert offenders == []
