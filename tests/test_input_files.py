"""Files named on the command line. Read: devices, FIFOs and endless or oversized files are refused at
once with one line, without reading them whole, and the store is left as it was. Written (export -o):
nothing that is not a plain file is ever renamed over; devices and FIFOs are written through, links
keep pointing where they pointed."""

from __future__ import annotations

import os
import resource
import stat
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from store.exchange import MAX_IMPORT_BYTES
from store.userfiles import MAX_ARTICLE_BYTES
from tests.conftest import ROOT, SEED_TEXT

MEMORY_CAP = 1 << 30  # a command that reads /dev/zero whole dies here instead of filling the machine


def newsline(store: Path, *args: str, stdin=None) -> subprocess.CompletedProcess:
    """The real command, with its memory capped and a time limit: a hang or a runaway read fails."""

    def cap_memory() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (MEMORY_CAP, MEMORY_CAP))

    return subprocess.run([sys.executable, "-m", "tui", "--db", str(store), *args], stdin=stdin,
                          capture_output=True, text=True, cwd=ROOT, timeout=60, preexec_fn=cap_memory,
                          env={**os.environ, "NO_COLOR": "1"})


def store_files(store: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in store.parent.iterdir() if p.name.startswith(store.name)}


@pytest.fixture
def kept_store(store_path: Path) -> Path:
    """A store holding one event, to check that a refused command changes nothing."""
    assert newsline(store_path, "add", "--kind", "call", "--when", "today", "--title", "Keep").returncode == 0
    return store_path


def refused(result: subprocess.CompletedProcess, needle: str) -> bool:
    lines = result.stderr.strip().splitlines()
    return result.returncode == 1 and len(lines) == 1 and needle in lines[0] and "Traceback" not in result.stderr


@pytest.mark.parametrize("device", ["/dev/zero", "/dev/urandom"])
def test_ingesting_an_endless_device_is_refused_at_once(kept_store, device):
    before = store_files(kept_store)
    result = newsline(kept_store, "ingest", device, "--published", "2025-07-04")
    assert refused(result, "not a regular file"), result.stderr
    assert store_files(kept_store) == before


def test_ingesting_a_link_to_a_device_or_an_html_name_for_it_is_refused(kept_store, tmp_path):
    page = tmp_path / "page.html"
    page.symlink_to("/dev/urandom")
    result = newsline(kept_store, "ingest", str(page), "--published", "2025-07-04")
    assert refused(result, "not a regular file"), result.stderr


def test_ingesting_a_fifo_nobody_writes_to_is_refused_instead_of_hanging(kept_store, tmp_path):
    fifo = tmp_path / "feed.txt"
    os.mkfifo(fifo)
    before = store_files(kept_store)
    result = newsline(kept_store, "ingest", str(fifo), "--published", "2025-07-04")
    assert refused(result, "not a regular file"), result.stderr
    assert "use - to read standard input" in result.stderr
    assert store_files(kept_store) == before


def test_a_huge_sparse_article_is_refused_by_its_size_without_reading_it(kept_store, tmp_path):
    huge = tmp_path / "huge.txt"
    with open(huge, "wb") as handle:
        handle.truncate(50 * 2**30)  # 50 GB that take no disk space
    result = newsline(kept_store, "ingest", str(huge), "--published", "2025-07-04")
    assert refused(result, f"larger than the {MAX_ARTICLE_BYTES // 1024} KB article limit"), result.stderr


def test_standard_input_is_read_up_to_the_limit_only(kept_store):
    with open("/dev/zero", "rb") as zero:
        result = newsline(kept_store, "ingest", "-", "--published", "2025-07-04", stdin=zero)
    assert refused(result, "standard input: larger than"), result.stderr


def test_an_article_just_under_the_limit_is_still_read(tmp_path, store_path):
    text = SEED_TEXT.read_text()
    article = tmp_path / "long.txt"
    article.write_text((text + "\n") * (MAX_ARTICLE_BYTES // (len(text.encode()) + 1)))
    assert article.stat().st_size <= MAX_ARTICLE_BYTES
    result = newsline(store_path, "ingest", str(article), "--published", "2025-07-04")
    assert result.returncode == 0, result.stderr


@pytest.mark.parametrize("source", ["/dev/zero", "fifo"])
def test_importing_a_device_or_a_fifo_is_refused(kept_store, tmp_path, source):
    if source == "fifo":
        source = str(tmp_path / "export.json")
        os.mkfifo(source)
    before = store_files(kept_store)
    result = newsline(kept_store, "import", source)
    assert refused(result, "not a regular file"), result.stderr
    assert store_files(kept_store) == before


def test_importing_a_file_beyond_the_import_limit_is_refused_without_reading_it(kept_store, tmp_path):
    huge = tmp_path / "export.json"
    with open(huge, "wb") as handle:
        handle.truncate(MAX_IMPORT_BYTES + 1)
    before = store_files(kept_store)
    result = newsline(kept_store, "import", str(huge))
    assert refused(result, "import limit; nothing was imported"), result.stderr
    assert store_files(kept_store) == before


# ----- export -o ------------------------------------------------------------------------------------


def test_export_through_a_symlink_replaces_the_file_it_points_to_and_keeps_the_link(kept_store, tmp_path):
    target = tmp_path / "shared" / "timeline.md"
    target.parent.mkdir()
    target.write_text("old")
    target.chmod(0o600)  # a private file stays private
    link = tmp_path / "timeline.md"
    link.symlink_to(target)
    result = newsline(kept_store, "export", "--format", "md", "-o", str(link))
    assert result.returncode == 0, result.stderr
    assert link.is_symlink() and os.readlink(link) == str(target)
    assert "Keep" in target.read_text()
    assert stat.S_IMODE(target.stat().st_mode) == 0o600


def test_export_to_a_symlink_to_nothing_is_refused(kept_store, tmp_path):
    link = tmp_path / "timeline.md"
    link.symlink_to(tmp_path / "missing" / "file.md")
    result = newsline(kept_store, "export", "-o", str(link))
    assert result.returncode == 2 and "symbolic link to a file that does not exist" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert link.is_symlink() and not link.exists()


def test_export_to_a_fifo_writes_through_it(kept_store, tmp_path):
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    received = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_bytes()), daemon=True)
    reader.start()
    result = newsline(kept_store, "export", "--format", "csv", "-o", str(fifo))
    reader.join(30)
    assert result.returncode == 0, result.stderr
    assert stat.S_ISFIFO(fifo.lstat().st_mode)
    assert b"Keep" in received[0]


def device_node(path: Path, minor: int) -> Path:
    """A memory device of our own (1,3 is null, 1,7 is full): a test that went wrong replaces this
    one, never the machine's /dev/null."""
    try:
        os.mknod(path, stat.S_IFCHR | 0o666, os.makedev(1, minor))
    except PermissionError:
        pytest.skip("creating a device node needs root (and as another user /dev cannot be renamed over)")
    return path


def test_export_to_a_device_node_writes_through_it_and_leaves_the_node(kept_store, tmp_path):
    null = device_node(tmp_path / "null", 3)
    result = newsline(kept_store, "export", "-o", str(null))
    assert result.returncode == 0, result.stderr
    assert stat.S_ISCHR(null.lstat().st_mode) and null.lstat().st_rdev == os.makedev(1, 3)


def test_export_to_a_full_device_is_one_line_and_leaves_the_node(kept_store, tmp_path):
    full = device_node(tmp_path / "full", 7)
    result = newsline(kept_store, "export", "-o", str(full))
    assert refused(result, "No space left on device"), result.stderr
    assert stat.S_ISCHR(full.lstat().st_mode)


def test_export_to_a_new_file_and_over_a_plain_file(kept_store, tmp_path):
    out = tmp_path / "out.json"
    assert newsline(kept_store, "export", "-o", str(out)).returncode == 0
    out.write_text("stale")
    assert newsline(kept_store, "export", "-o", str(out)).returncode == 0
    assert '"Keep"' in out.read_text() and not list(tmp_path.glob(".out.json.*"))


@pytest.mark.parametrize("meta, message", [
    ('{"published": "2025-13-01"}', "the publication date '2025-13-01' is not a date"),
    ('{"published": "Friday"}', "the publication date 'Friday' names no year"),
    ('{"published": "2025-07-04", "title": ["x"]}', "metadata field 'title' must be text, not list"),
    ('{"published": "2025-07-04", "url": 5}', "metadata field 'url' must be text, not int"),
])
def test_a_metadata_file_with_a_date_that_is_none_or_a_field_of_the_wrong_type_is_refused(run_cli, tmp_path, meta,
                                                                                           message):
    article = tmp_path / "night.txt"
    article.write_text("Drones struck Kharkiv overnight, killing two people.", encoding="utf-8")
    article.with_suffix(".json").write_text(meta, encoding="utf-8")
    result = run_cli("--no-seed", "ingest", str(article))
    assert result.returncode != 0 and message in result.stderr and "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    listed = run_cli("list")
    assert "0 events" in listed.stdout or "no events" in listed.stdout.lower()  # nothing half-written


def test_a_metadata_date_in_words_with_its_year_is_read(run_cli, tmp_path):
    article = tmp_path / "night.txt"
    article.write_text("Drones struck Kharkiv overnight, killing two people.", encoding="utf-8")
    article.with_suffix(".json").write_text('{"published": "4 July 2025"}', encoding="utf-8")
    result = run_cli("--no-seed", "ingest", str(article))
    assert result.returncode == 0 and "published 2025-07-04" in result.stdout
