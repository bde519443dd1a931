"""A store shared by a team: files keep the store's mode and group whoever writes them, new stores are
not world-readable, and `doctor` says who cannot use what. Colleagues are real Unix users (uids with a
common group), so these tests need root to switch users; elsewhere they skip with the reason.
"""

from __future__ import annotations

import os
import shutil
import stat
import subprocess
import sysconfig
import tempfile
from pathlib import Path

import pytest

from store import model
from store.database import Store
from tests.conftest import ROOT

TEAM_GID = 4242
ALICE, BOB = 65534, 65533
SYSTEM_PYTHON = "/usr/bin/python3"


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def _event(title: str) -> dict:
    return model.make_event(kind="other", title=title, start="2025-07-03T10:00:00+00:00",
                            end="2025-07-03T10:00:00+00:00", precision="minute")


def test_a_new_store_in_a_private_folder_is_readable_by_its_owner_only(tmp_path):
    tmp_path.chmod(0o755)
    store = Store(tmp_path / "events.json")
    store.add_event(_event("private"))
    store.compact()
    for name in ("events.json", "events.json.journal", "events.json.bak", "events.json.lock"):
        assert _mode(tmp_path / name) == 0o600, name


def test_files_written_beside_a_store_keep_its_mode_and_group_whatever_the_umask(tmp_path):
    store = Store(tmp_path / "events.json")
    store.add_event(_event("one"))
    os.chown(tmp_path / "events.json", -1, TEAM_GID)
    (tmp_path / "events.json").chmod(0o640)
    store.compact()
    for name in ("events.json", "events.json.journal", "events.json.bak"):
        st = (tmp_path / name).stat()
        assert (stat.S_IMODE(st.st_mode), st.st_gid) == (0o640, TEAM_GID), name


# ----- real colleagues --------------------------------------------------------------------------

def _runner():
    if os.geteuid() != 0:
        pytest.skip("switching to colleagues' uids needs root")
    if not Path(SYSTEM_PYTHON).exists():
        pytest.skip(f"{SYSTEM_PYTHON} (a Python other users may run) is not installed")
    site = sysconfig.get_paths()["purelib"]
    env = {"PYTHONPATH": f"{ROOT}:{site}", "HOME": "/tmp", "PATH": "/usr/bin:/bin", "NO_COLOR": "1"}

    def run(uid: int, umask: int, *args: str) -> subprocess.CompletedProcess:
        return subprocess.run([SYSTEM_PYTHON, "-m", "tui", *args], user=uid, group=TEAM_GID,
                              extra_groups=[TEAM_GID], umask=umask, env=env, capture_output=True, text=True,
                              cwd="/", timeout=120)

    probe = run(ALICE, 0o022, "--help")
    if probe.returncode != 0:
        pytest.skip(f"another user cannot run newsline from this checkout: {probe.stderr.strip()[-200:]}")
    return run


@pytest.fixture
def team_folder():
    folder = Path(tempfile.mkdtemp(prefix="newsline-team-", dir="/tmp"))
    try:
        os.chown(folder, 0, TEAM_GID)
        folder.chmod(0o2770)  # group-writable and setgid: the usual shared folder
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _add(run, uid: int, umask: int, db: Path, title: str) -> subprocess.CompletedProcess:
    return run(uid, umask, "--db", str(db), "add", "--kind", "other", "--when", "3 July 2025", "--title", title)


def test_colleagues_with_different_umasks_keep_sharing_one_store(team_folder):
    run = _runner()
    db = team_folder / "events.json"
    created = _add(run, ALICE, 0o022, db, "alice-1")
    assert created.returncode == 0, created.stderr
    for name in ("events.json", "events.json.journal", "events.json.lock"):
        st = (team_folder / name).stat()
        assert (stat.S_IMODE(st.st_mode), st.st_gid) == (0o660, TEAM_GID), name  # shared, not world-readable
    assert _add(run, BOB, 0o077, db, "bob-1").returncode == 0
    compacted = run(BOB, 0o077, "--db", str(db), "doctor", "--compact")  # rewrites every file
    assert compacted.returncode == 0, compacted.stdout + compacted.stderr
    again = _add(run, ALICE, 0o022, db, "alice-2")
    assert again.returncode == 0, again.stderr
    listing = run(ALICE, 0o022, "--db", str(db), "list")
    assert listing.returncode == 0 and all(t in listing.stdout for t in ("alice-1", "bob-1", "alice-2"))
    for name in ("events.json", "events.json.journal", "events.json.bak"):
        st = (team_folder / name).stat()
        assert (stat.S_IMODE(st.st_mode), st.st_gid) == (0o660, TEAM_GID), name


def test_doctor_names_the_file_a_colleague_cannot_write(team_folder):
    run = _runner()
    db = team_folder / "events.json"
    assert _add(run, ALICE, 0o022, db, "alice-1").returncode == 0
    (team_folder / "events.json.journal").chmod(0o640)
    refused = _add(run, BOB, 0o022, db, "bob-1")
    assert refused.returncode == 1
    assert "internal error" not in refused.stderr and len(refused.stderr.strip().splitlines()) == 1
    report = run(BOB, 0o022, "--db", str(db), "doctor")
    assert report.returncode == 1
    assert "you cannot write events.json.journal" in report.stdout
    assert "does not share the store file's group and group mode" in report.stdout
