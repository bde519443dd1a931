"""Edges found by attacking the command line from outside: each failed before its fix."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from store.database import SCHEMA_VERSION, Store
from tests.conftest import ROOT


def newsline(store_path, *args, stdout=subprocess.PIPE) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "tui", "--db", str(store_path), *args], stdout=stdout,
                          stderr=subprocess.PIPE, text=True, cwd=ROOT, timeout=60,
                          env={**os.environ, "NO_COLOR": "1"})


@pytest.fixture
def two_events(store_path):
    for title in ("keep-1", "keep-2"):
        assert newsline(store_path, "add", "--kind", "call", "--when", "3 July 2025", "--title", title).returncode == 0
    return store_path


@pytest.mark.parametrize("target", ["store.json.journal", "store.json.lock", "store.json.bak", "store.json",
                                    "link-to-store"])
def test_export_never_writes_over_the_stores_own_files(two_events, target):
    store_path = two_events
    assert newsline(store_path, "doctor", "--compact").returncode == 0
    (store_path.parent / "link-to-store").symlink_to(store_path)
    before = {p.name: p.read_bytes() for p in store_path.parent.iterdir() if p.is_file() and not p.is_symlink()}
    result = newsline(store_path, "export", "--format", "csv", "-o", str(store_path.parent / target))
    assert result.returncode == 2 and "store's own files" in result.stderr
    after = {p.name: p.read_bytes() for p in store_path.parent.iterdir() if p.is_file() and not p.is_symlink()}
    assert after == before
    assert sorted(e["title"] for e in Store(store_path).events()) == ["keep-1", "keep-2"]


def test_export_to_a_fifo_nobody_reads_is_an_error_not_a_hang(two_events, tmp_path):
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    result = newsline(two_events, "export", "-o", str(fifo))
    assert result.returncode == 1 and "no process is reading" in result.stderr


def test_a_store_from_a_newer_newsline_is_not_restored_over(two_events):
    store_path = two_events
    assert newsline(store_path, "doctor", "--compact").returncode == 0
    current = f'"schema":{SCHEMA_VERSION}'.encode()
    newer = store_path.read_bytes().replace(current, f'"schema":{SCHEMA_VERSION + 1}'.encode(), 1)
    store_path.write_bytes(newer)
    result = newsline(store_path, "doctor", "--restore")
    assert result.returncode == 1 and "upgrade newsline" in result.stdout
    assert store_path.read_bytes() == newer
    assert not [p for p in store_path.parent.iterdir() if ".damaged-" in p.name]


def test_a_journal_from_a_newer_newsline_is_refused(two_events):
    journal = two_events.with_name("store.json.journal")
    lines = journal.read_bytes().split(b"\n", 1)
    journal.write_bytes(b'{"journal":1,"generation":0,"schema":99}\n' + lines[1])
    for args in (["list"], ["add", "--kind", "other", "--when", "3 July 2025", "--title", "x"]):
        result = newsline(two_events, *args)
        assert result.returncode == 1 and "schema version 99" in result.stderr


def test_a_snapshot_whose_schema_is_not_a_whole_number_is_refused_by_add_too(two_events):
    assert newsline(two_events, "doctor", "--compact").returncode == 0
    current = f'"schema":{SCHEMA_VERSION}'.encode()
    two_events.write_bytes(two_events.read_bytes().replace(current, current + b".0", 1))
    result = newsline(two_events, "add", "--kind", "other", "--when", "3 July 2025", "--title", "x")
    assert result.returncode == 1


def test_a_json_export_given_as_the_store_is_one_line(two_events, tmp_path):
    export = tmp_path / "backup.json"
    assert newsline(two_events, "export", "-o", str(export)).returncode == 0
    result = newsline(export, "list")
    assert result.returncode == 1 and "not a newsline store" in result.stderr
    assert "internal error" not in result.stderr


def test_closed_streams_and_overlong_paths_are_one_line(two_events):
    closed_out = subprocess.run(f'"{sys.executable}" -m tui --db "{two_events}" list >&-', shell=True, cwd=ROOT,
                                capture_output=True, text=True, timeout=60)
    assert closed_out.returncode == 1 and "standard output is closed" in closed_out.stderr
    closed_in = subprocess.run(f'"{sys.executable}" -m tui --db "{two_events}" ingest - --published 2025-07-04 <&-',
                               shell=True, cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert closed_in.returncode == 1 and "standard input is closed" in closed_in.stderr
    overlong = newsline(two_events.parent / ("x" * 300 + ".json"), "list")
    assert overlong.returncode == 1 and "File name too long" in overlong.stderr
    for result in (closed_out, closed_in, overlong):
        assert "internal error" not in result.stderr and len(result.stderr.strip().splitlines()) == 1


def test_a_stored_add_whose_report_cannot_be_written_exits_0_so_a_retry_does_not_duplicate(store_path):
    with open("/dev/full", "w") as full:
        result = newsline(store_path, "add", "--kind", "other", "--when", "3 July 2025", "--title", "once",
                          stdout=full)
    assert result.returncode == 0 and "the change was saved" in result.stderr
    assert [e["title"] for e in Store(store_path).events()] == ["once"]
