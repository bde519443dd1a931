"""Installed like a real package: a wheel built from this checkout carries the sample article and the
gazetteer, and its `newsline` shows the sample timeline on first run, far from the repository."""

from __future__ import annotations

import subprocess
import sys
import sysconfig
import venv
from pathlib import Path

from tests.conftest import ROOT


def test_a_wheel_installs_a_working_newsline_whose_first_run_loads_the_sample(tmp_path):
    wheels = tmp_path / "wheels"
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "--no-build-isolation",
                    "-w", str(wheels), str(ROOT)], check=True, capture_output=True, timeout=300)
    wheel = next(wheels.glob("newsline-*.whl"))
    target = tmp_path / "venv"
    venv.EnvBuilder(with_pip=False).create(target)
    python = target / "bin" / "python"
    site = Path(subprocess.run([str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                               capture_output=True, text=True, check=True).stdout.strip())
    # Dependencies come from the test environment (a plain path: its editable newsline is not loaded).
    (site / "dependencies.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    subprocess.run([sys.executable, "-m", "pip", "--python", str(python), "install", "--quiet", "--no-deps",
                    str(wheel)], check=True, capture_output=True, timeout=300)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    check = subprocess.run(
        [str(python), "-c",
         "import store, store.seeds, store.gazetteer\n"
         "from store.database import Store\n"
         "print(store.__file__)\n"
         "print(len(store.seeds.seed_files()), store.gazetteer.DATA_FILE.is_file())\n"
         "s = Store('first-run.json'); print(store.seeds.load_seeds_if_empty(s))"],
        cwd=elsewhere, capture_output=True, text=True, timeout=300)
    assert check.returncode == 0, check.stderr
    where, counts, seeded = check.stdout.strip().splitlines()
    assert where.startswith(str(site)) and counts == "1 True" and int(seeded) >= 11
    version = subprocess.run([str(target / "bin" / "newsline"), "--version"], capture_output=True, text=True,
                             cwd=elsewhere, timeout=60)
    assert version.returncode == 0 and version.stdout.startswith("newsline 0.")
