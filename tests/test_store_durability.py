"""No acknowledged write is ever lost: a writer killed or failing at every step of compaction and append,
a snapshot that disappears, damaged journal lines, readers racing compactions.

Crashes are real (the writer SIGKILLs itself at a named fault point, see store/faults.py); failures are
the OSErrors a full disk or a read-only folder raise, injected at the same points.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
import threading
from pathlib import Path

import pytest

from store import database, faults, model
from store.database import Store
from store.errors import StoreError
from tests.conftest import ROOT
from tui.cli import main

COMPACTION_POINTS = ["compact:before-backup", "compact:after-backup", "compact:after-index",
                     "compact:after-snapshot", "compact:after-journal"]


def event(title: str, start: str = "2025-07-03T21:00:00+03:00") -> dict:
    return model.make_event(kind="strike", title=title, start=start, end=start, precision="minute")


def cli(store_path: Path, *args: str, fault: str | None = None) -> subprocess.CompletedProcess:
    env = {key: value for key, value in os.environ.items() if key != "NEWSLINE_FAULT"}
    if fault:
        env["NEWSLINE_FAULT"] = fault
    return subprocess.run([sys.executable, "-m", "tui", "--db", str(store_path), *args], capture_output=True,
                          text=True, cwd=ROOT, env={**env, "NO_COLOR": "1"}, timeout=120)


def add(store_path: Path, title: str, fault: str | None = None) -> subprocess.CompletedProcess:
    return cli(store_path, "add", "--kind", "strike", "--when", "3 July 2025 21:00", "--title", title, fault=fault)


def acknowledged_id(result: subprocess.CompletedProcess) -> str:
    assert result.returncode == 0, result.stderr
    return result.stdout.strip().splitlines()[-1]


def titles(store_path: Path) -> list[str]:
    return sorted(e["title"] for e in Store(store_path).events())


@pytest.fixture
def populated(store_path: Path) -> tuple[Path, set[str], str]:
    """A store with compacted and journalled events and one deleted event."""
    store = Store(store_path)
    for n in range(3):
        store.add_event(event(f"kept-{n}"))
    doomed = store.add_event(event("deleted-before"))
    store.compact()
    store.add_event(event("kept-journal"))
    store.delete_event(doomed["id"])
    return store_path, {"kept-0", "kept-1", "kept-2", "kept-journal"}, doomed["id"]


@pytest.mark.parametrize("point", COMPACTION_POINTS)
def test_compaction_killed_at_each_step_loses_no_acknowledged_write(populated, point):
    store_path, expected, _ = populated
    reader = Store(store_path)  # a long-lived reader (the app) open through it all
    killed = cli(store_path, "doctor", "--compact", fault=point)
    assert killed.returncode == -9, killed.stderr  # really killed at that step
    for n in range(3):
        acknowledged_id(add(store_path, f"after-{n}"))
    deleted = acknowledged_id(add(store_path, "deleted-after"))
    assert cli(store_path, "delete", deleted).returncode == 0
    expected |= {f"after-{n}" for n in range(3)}
    assert titles(store_path) == sorted(expected)
    assert sorted(e["title"] for e in reader.events()) == sorted(expected)
    doctor = cli(store_path, "doctor")
    assert doctor.returncode == 0 and "healthy, 7 events" in doctor.stdout
    # The next compaction keeps everything too (it used to erase writes made after the crash).
    assert cli(store_path, "doctor", "--compact").returncode == 0
    assert titles(store_path) == sorted(expected)


@pytest.mark.parametrize("point", ["append:before", "append:after"])
def test_a_writer_killed_while_appending_leaves_a_store_that_works(populated, point):
    store_path, expected, _ = populated
    killed = add(store_path, "maybe", fault=point)
    assert killed.returncode == -9
    acknowledged_id(add(store_path, "after"))
    found = titles(store_path)
    # A write killed before it was acknowledged may or may not be there; everything acknowledged is.
    assert set(found) - {"maybe"} == expected | {"after"}
    assert cli(store_path, "doctor").returncode == 0


@pytest.mark.parametrize("effect", ["enospc", "eacces", "eio"])
@pytest.mark.parametrize("point", COMPACTION_POINTS[:3])
def test_compaction_failing_midway_then_writes_are_all_kept(populated, point, effect):
    """ENOSPC while writing the backup used to leave a journal every later add went into and readers skipped."""
    store_path, expected, _ = populated
    failed = cli(store_path, "doctor", "--compact", fault=f"{point}={effect}")
    assert failed.returncode == 1 and "cannot compact" in failed.stderr
    assert "Traceback" not in failed.stderr and len(failed.stderr.strip().splitlines()) == 1
    for n in range(3):
        acknowledged_id(add(store_path, f"after-{n}"))
    expected |= {f"after-{n}" for n in range(3)}
    assert titles(store_path) == sorted(expected)
    assert cli(store_path, "doctor", "--compact").returncode == 0
    assert titles(store_path) == sorted(expected)


def test_a_deleted_event_stays_deleted_after_an_interrupted_compaction(populated):
    store_path, expected, doomed = populated
    assert cli(store_path, "doctor", "--compact", fault="compact:after-snapshot").returncode == -9
    victim = acknowledged_id(add(store_path, "victim"))
    assert cli(store_path, "delete", victim).returncode == 0
    assert cli(store_path, "doctor", "--compact").returncode == 0
    ids = {e["id"] for e in Store(store_path).events()}
    assert victim not in ids and doomed not in ids


def test_a_writer_that_cannot_finish_an_interrupted_compaction_refuses_and_stores_nothing(populated, monkeypatch):
    store_path, expected, _ = populated
    assert cli(store_path, "doctor", "--compact", fault="compact:after-snapshot").returncode == -9
    journal_before = (store_path.parent / "store.json.journal").read_bytes()
    result = cli(store_path, "add", "--kind", "other", "--when", "3 July 2025", "--title", "refused",
                 fault="compact:before-backup=enospc")
    assert result.returncode == 1 and "nothing was saved" in result.stderr
    assert (store_path.parent / "store.json.journal").read_bytes() == journal_before
    assert titles(store_path) == sorted(expected)


# ----- item 3: the exit status tells the truth ---------------------------------------------------

def test_a_write_whose_compaction_fails_exits_0_with_a_warning_and_is_stored_once(store_path, monkeypatch, capsys):
    monkeypatch.setattr(database, "COMPACT_FLOOR_BYTES", 1)
    monkeypatch.setattr(database, "COMPACT_RATIO", 0)
    monkeypatch.setattr(faults, "ACTIVE", "compact:before-backup=enospc")
    Store(store_path).add_event(event("first"))  # a warning only; the store exists
    code = main(["--db", str(store_path), "add", "--kind", "other", "--when", "3 July 2025", "--title", "second"])
    captured = capsys.readouterr()
    assert code == 0
    assert "warning: the change was saved, but the store could not be compacted" in captured.err
    monkeypatch.setattr(faults, "ACTIVE", None)
    assert titles(store_path) == ["first", "second"]
    # Retried later: the next write compacts.
    assert main(["--db", str(store_path), "add", "--kind", "other", "--when", "3 July 2025", "--title", "third"]) == 0
    assert "warning" not in capsys.readouterr().err
    assert titles(store_path) == ["first", "second", "third"]


def test_a_read_only_store_file_is_never_replaced_by_compaction(store_path, monkeypatch, capsys):
    store = Store(store_path)
    store.add_event(event("first"))
    store.compact()
    store_path.chmod(0o444)
    inode = store_path.stat().st_ino
    monkeypatch.setattr(database, "COMPACT_FLOOR_BYTES", 1)
    monkeypatch.setattr(database, "COMPACT_RATIO", 0)
    code = main(["--db", str(store_path), "add", "--kind", "other", "--when", "3 July 2025", "--title", "second"])
    assert code == 0
    assert "read-only" in capsys.readouterr().err
    assert store_path.stat().st_ino == inode and (store_path.stat().st_mode & 0o777) == 0o444
    assert titles(store_path) == ["first", "second"]


# ----- item 2: a missing snapshot is damage, not an empty store ----------------------------------

def test_a_missing_snapshot_is_refused_everywhere_and_restored_by_doctor(populated):
    store_path, expected, _ = populated
    store_path.unlink()
    backup = store_path.with_name("store.json.bak").read_bytes()
    for args in (["list"], ["add", "--kind", "other", "--when", "3 July 2025", "--title", "x"]):
        result = cli(store_path, *args)
        assert result.returncode == 1
        assert "missing" in result.stderr and "doctor" in result.stderr
    assert not store_path.exists()
    assert store_path.with_name("store.json.bak").read_bytes() == backup  # never overwritten
    report = cli(store_path, "doctor")
    assert report.returncode == 1 and "missing" in report.stdout
    restored = cli(store_path, "doctor", "--restore")
    assert restored.returncode == 0, restored.stderr
    assert titles(store_path) == sorted(expected)


async def test_the_app_does_not_seed_over_a_missing_snapshot(populated):
    from tui.app import NewslineApp

    store_path, _, _ = populated
    store_path.unlink()
    app = NewslineApp(store_path, seed=True)
    async with app.run_test(size=(100, 30)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert app.load_error and "missing" in app.load_error
    assert not store_path.exists()


def test_a_smaller_backup_keeps_the_larger_one_beside_it(store_path):
    store = Store(store_path)
    added = [store.add_event(event(f"e{n}")) for n in range(5)]
    store.compact()
    for record in added[:3]:
        store.delete_event(record["id"])
    store.compact()
    previous = store_path.with_name("store.json.bak.1")
    assert previous.exists()
    assert '"events":5' in previous.read_text().splitlines()[0]


# ----- item 4: damaged journal lines ---------------------------------------------------------------

def test_damaged_journal_lines_are_skipped_reported_and_repaired_by_doctor(populated):
    store_path, expected, _ = populated
    journal = store_path.with_name("store.json.journal")
    with open(journal, "ab") as handle:
        handle.write(b"garbage\n")
        handle.write(b'{"op":"put","table":"events","record":{"id":"x"}}\n')
    listing = cli(store_path, "list")
    assert listing.returncode == 0, listing.stderr
    assert "2 damaged line(s)" in listing.stderr and "doctor" in listing.stderr
    acknowledged_id(add(store_path, "added-anyway"))
    expected.add("added-anyway")
    report = cli(store_path, "doctor")
    assert report.returncode == 1 and "2 damaged line(s)" in report.stdout
    repaired = cli(store_path, "doctor", "--restore")
    assert repaired.returncode == 0, repaired.stderr
    assert "dropped 2 damaged line(s)" in repaired.stdout
    aside = store_path.with_name("store.json.journal.damaged").read_bytes()
    assert b"garbage" in aside and b'"id":"x"' in aside
    clean = cli(store_path, "list")
    assert clean.returncode == 0 and "warning" not in clean.stderr
    assert titles(store_path) == sorted(expected)


def test_a_snapshot_record_missing_its_fields_is_one_line_and_doctor_restores(populated):
    store_path, expected, _ = populated
    text = store_path.read_text()
    store_path.write_text(text.replace('"start":', '"begin":', 1))
    listing = cli(store_path, "list")
    assert listing.returncode == 1 and "internal error" not in listing.stderr
    assert "not a valid event" in listing.stderr
    restored = cli(store_path, "doctor", "--restore")
    assert restored.returncode == 0, restored.stderr
    assert titles(store_path) == sorted(expected)


# ----- item 5: readers racing compactions ----------------------------------------------------------

WRITER = textwrap.dedent("""
    import sys
    from store import model
    from store.database import Store
    store = Store(sys.argv[1])
    with open(sys.argv[2], "a") as acks:
        for n in range(int(sys.argv[3])):
            event = model.make_event(kind="other", title=f"w{n}", start="2025-07-03T10:00:00+00:00",
                                     end="2025-07-03T10:00:00+00:00", precision="minute")
            store.add_event(event)
            acks.write(event["id"] + "\\n"); acks.flush()
            if n % 3 == 2:
                store.compact()
""")


def test_readers_racing_compactions_always_see_every_acknowledged_event(store_path):
    acks = store_path.with_name("acks")
    acks.write_text("")
    Store(store_path).add_event(event("seed"))
    writer = subprocess.Popen([sys.executable, "-c", WRITER, str(store_path), str(acks), "150"], cwd=ROOT)
    long_lived = Store(store_path)
    reads = misses = 0
    try:
        while writer.poll() is None:
            acknowledged = set(acks.read_text().split())
            for reader in (Store(store_path), long_lived):
                seen = {e["id"] for e in reader.events()}
                reads += 1
                misses += not acknowledged <= seen
    finally:
        writer.wait(120)
    assert writer.returncode == 0
    assert reads > 20
    assert misses == 0, f"{misses} of {reads} reads missed an acknowledged event"
    assert len(Store(store_path).events()) == 151


# ----- item 7 (store side): large imports do not hold the lock for long --------------------------

def test_a_large_import_commits_in_batches(store_path, tmp_path, monkeypatch):
    from store import exchange

    monkeypatch.setattr(database, "IMPORT_BATCH", 10)
    source = Store(tmp_path / "source.json")
    for n in range(25):
        source.add_event(event(f"e{n}"))
    export = tmp_path / "export.json"
    export.write_text(exchange.export(source, "json"))
    articles, events = exchange.read_export(str(export))
    assert Store(store_path).import_records(articles, events) == (0, 25, 0)
    lines = store_path.with_name("store.json.journal").read_bytes().splitlines()
    assert len(lines) == 1 + 3  # header + three batches, each taken under its own lock


def test_a_write_waiting_for_the_lock_can_be_cancelled(store_path):
    from filelock import FileLock

    from store.errors import CancelledError

    store = Store(store_path)
    store.add_event(event("first"))
    holder = FileLock(str(store_path.with_name("store.json.lock")))
    holder.acquire()
    cancel, waited = threading.Event(), threading.Event()
    outcome: list = []

    def write() -> None:
        try:
            store.add_event(event("blocked"), cancel=cancel, waiting=waited.set)
            outcome.append("saved")
        except CancelledError as exc:
            outcome.append(str(exc))

    thread = threading.Thread(target=write)
    thread.start()
    assert waited.wait(10)
    cancel.set()
    thread.join(10)
    holder.release()
    assert outcome == ["cancelled while waiting for the store; nothing was saved"]
    assert titles(store_path) == ["first"]


def test_store_errors_for_odd_paths_are_one_line(tmp_path):
    os.mkfifo(tmp_path / "fifo.json")
    with pytest.raises(StoreError, match="not a regular file"):
        Store(tmp_path / "fifo.json")
    Store(tmp_path / "j.json").add_event(event("x"))
    (tmp_path / "j.json.journal").unlink()
    (tmp_path / "j.json.journal").mkdir()
    with pytest.raises(StoreError, match="is a directory"):
        Store(tmp_path / "j.json")
    assert main(["--db", str(tmp_path / "j.json"), "list"]) == 1
    with pytest.raises(StoreError, match="empty"):
        Store("")


def test_doctor_on_a_missing_path_says_so(tmp_path):
    result = cli(tmp_path / "nothing-here.json", "doctor")
    assert result.returncode == 1
    assert result.stderr.strip() == f"newsline: error: there is no store at {tmp_path / 'nothing-here.json'} (nothing to check)"


def test_no_process_wide_umask_change(store_path, monkeypatch):
    def forbidden(*_):
        raise AssertionError("os.umask changes process-wide state")

    monkeypatch.setattr(os, "umask", forbidden)
    store = Store(store_path)
    store.add_event(event("x"))
    store.compact()
    assert titles(store_path) == ["x"]


# ----- found by an attack from outside: each failed before its fix ---------------------------------

def test_a_lone_backup_with_no_snapshot_and_no_journal_is_damage_not_an_empty_store(populated):
    store_path, expected, _ = populated
    assert cli(store_path, "doctor", "--compact").returncode == 0
    store_path.unlink()
    store_path.with_name("store.json.journal").unlink()
    listing = cli(store_path, "list")
    assert listing.returncode == 1 and "missing" in listing.stderr
    assert cli(store_path, "doctor").returncode == 1
    assert cli(store_path, "doctor", "--restore").returncode == 0
    assert titles(store_path) == sorted(expected)


def test_a_journal_planted_as_a_symlink_is_never_followed(populated, tmp_path):
    store_path, _, _ = populated
    secret = tmp_path / "secret.txt"
    secret.write_text("root:SECRETHASH\n")
    journal = store_path.with_name("store.json.journal")
    journal.unlink()
    journal.symlink_to(secret)
    for args in (["list"], ["doctor", "--restore"], ["add", "--kind", "other", "--when", "3 July 2025", "--title", "x"]):
        result = cli(store_path, *args)
        assert result.returncode == 1, args
        assert "symbolic link" in result.stdout + result.stderr
    assert not store_path.with_name("store.json.journal.damaged").exists()
    assert secret.read_text() == "root:SECRETHASH\n"


def test_damaged_lines_kept_aside_get_the_store_files_mode(populated):
    store_path, _, _ = populated
    store_path.chmod(0o600)
    with open(store_path.with_name("store.json.journal"), "ab") as handle:
        handle.write(b"garbage\n")
    assert cli(store_path, "doctor", "--restore").returncode == 0
    aside = store_path.with_name("store.json.journal.damaged")
    assert (aside.stat().st_mode & 0o777) == 0o600


def test_add_refuses_a_cut_off_snapshot_like_every_other_command(populated):
    store_path, _, _ = populated
    assert cli(store_path, "doctor", "--compact").returncode == 0
    with open(store_path, "r+b") as handle:
        handle.truncate(300)
    result = add(store_path, "onto damage")
    assert result.returncode == 1 and "not valid JSON" in result.stderr


def test_a_fifo_where_the_backup_should_be_does_not_hang_compaction(populated):
    store_path, expected, _ = populated
    backup = store_path.with_name("store.json.bak")
    backup.unlink()
    os.mkfifo(backup)
    result = cli(store_path, "doctor", "--compact")
    assert result.returncode in (0, 1) and "Traceback" not in result.stderr
    assert titles(store_path) == sorted(expected)


def test_a_snapshot_missing_a_record_line_is_reported_not_healthy(populated):
    store_path, _, _ = populated
    assert cli(store_path, "doctor", "--compact").returncode == 0
    lines = store_path.read_text().splitlines(keepends=True)
    victim = next(i for i, line in enumerate(lines) if line.startswith('"2":{"id"') and i > 3)
    del lines[victim]
    store_path.write_text("".join(lines))
    report = cli(store_path, "doctor")
    assert report.returncode == 1 and "was written with 4" in report.stdout


def test_many_damaged_lines_give_one_warning(populated):
    store_path, _, _ = populated
    with open(store_path.with_name("store.json.journal"), "ab") as handle:
        handle.write(b"garbage\n" * 5)
    listing = cli(store_path, "list")
    assert listing.stderr.count("warning") == 1 and "5 damaged line(s)" in listing.stderr


def test_doctor_compact_reports_the_backup_it_just_wrote(populated):
    store_path, expected, _ = populated
    result = cli(store_path, "doctor", "--compact")
    assert f"backup store.json.bak holds {len(expected)}" in result.stdout
