"""The time index beside a large snapshot (store/index.py): read instead of the snapshot when it names that
very file, ignored and rebuilt when it does not, and after a crash at any step either valid or ignored,
never believed wrongly. Crashes are real: the writer SIGKILLs itself at a named fault point."""

from __future__ import annotations

import os
import random
import shutil
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from store import index as idx
from store import model
from store.database import Store
from store.search import matches
from tests.test_store_durability import COMPACTION_POINTS, acknowledged_id, add, cli

BULK = 2200  # events: a snapshot over index.MIN_BYTES, so compaction writes an index file
BASE = datetime(2025, 1, 1, tzinfo=timezone(timedelta(hours=3)))
PLACES = ["Kyiv", "Odesa", "Kharkiv", "Lviv", "Sumy"]


def bulk_events(count: int, seed: int = 3, prefix: str = "bulk") -> list[dict]:
    """Events in several zones, timed ones and whole-day ones (which a display zone moves)."""
    rng = random.Random(seed)
    events = []
    for n in range(count):
        zone = timezone(timedelta(hours=rng.choice([3, 3, 0, -5, 9, 14, -11])))
        start = (BASE + timedelta(minutes=rng.randrange(0, 90 * 24 * 60))).astimezone(zone)
        precision = rng.choice(["minute", "minute", "part_of_day", "day", "week", "unknown"])
        if precision in ("day", "week", "unknown"):
            start = start.replace(hour=0, minute=0)
            end = start + timedelta(days=7 if precision == "week" else 1, seconds=-1)
        else:
            end = start + timedelta(hours=12 if precision == "part_of_day" else 0)
        place = rng.choice(PLACES)
        sentence = f"Officials said {rng.randint(1, 500)} drones were aimed at {place} overnight."
        events.append(model.make_event(
            kind=rng.choice(model.KINDS), title=f"{prefix} {n} near {place}", start=start.isoformat(),
            end=end.isoformat(), precision=precision, actors=["Russia"], location=place,
            sources=[{"article_id": None, "sentence": sentence, "start": None, "end": None}]))
    return events


def app_order(event: dict) -> tuple:
    return (datetime.fromisoformat(event["start"]).timestamp(), datetime.fromisoformat(event["end"]).timestamp(),
            event["title"], event["id"])


@pytest.fixture
def large(store_path: Path) -> tuple[Path, dict[str, dict]]:
    """A compacted store over MIN_BYTES, then a journal holding an added, an edited and a deleted event."""
    store = Store(store_path)
    events = bulk_events(BULK)
    store.import_records([], events)
    store.compact()
    assert store_path.stat().st_size >= idx.MIN_BYTES and store_path.with_name("store.json.idx").exists()
    expected = {e["id"]: e for e in events}
    added = store.add_event(model.make_event(kind="strike", title="kept-journal", start="2025-02-01T10:00:00+03:00",
                                             end="2025-02-01T10:00:00+03:00", precision="minute"))
    expected[added["id"]] = added
    edited = store.update_event(events[5]["id"], {"title": "edited in the journal"})
    expected[edited["id"]] = edited
    store.delete_event(events[7]["id"])
    del expected[events[7]["id"]]
    return store_path, expected


def in_order(expected: dict[str, dict]) -> list[dict]:
    return sorted(expected.values(), key=app_order)


@pytest.fixture
def no_scan(monkeypatch):
    """Fail if a reader parses the snapshot: with a valid index it never needs to."""
    def refuse(*args, **kwargs):
        raise AssertionError("the snapshot was parsed although its index is valid")
    monkeypatch.setattr(idx, "scan", refuse)


def reads_through_its_index(store_path: Path, expected: dict[str, dict], monkeypatch) -> None:
    with monkeypatch.context() as patch:
        patch.setattr(idx, "scan", lambda *a, **k: (_ for _ in ()).throw(AssertionError("parsed")))
        store = Store(store_path)
        assert store.events() == in_order(expected)


def test_a_large_store_is_read_through_its_index_without_parsing_the_snapshot(large, no_scan):
    store_path, expected = large
    store = Store(store_path)
    assert len(store) == len(expected)
    assert store.events() == in_order(expected)
    some = random.Random(1).sample(sorted(expected), 20)
    for event_id in some:
        assert store.get_event(event_id) == expected[event_id]
        assert store.get_event(event_id[:10]) == expected[event_id]
    timeline = store.timeline()
    assert [timeline.id_at(p) for p in timeline.order] == [e["id"] for e in in_order(expected)]


def test_an_index_that_names_another_snapshot_is_rebuilt_never_believed(large, tmp_path, monkeypatch):
    store_path, _ = large
    other = tmp_path / "other" / "store.json"
    other.parent.mkdir()
    store = Store(other)
    events = bulk_events(BULK, seed=9, prefix="other")
    store.import_records([], events)
    store.compact()
    # Another store's files copied over this one's, its old index left beside them (same generation).
    assert Store(other)._generation == Store(store_path)._generation
    shutil.copyfile(other, store_path)
    shutil.copyfile(other.with_name("store.json.journal"), store_path.with_name("store.json.journal"))
    assert Store(store_path).events() == sorted(events, key=app_order)
    reads_through_its_index(store_path, {e["id"]: e for e in events}, monkeypatch)  # rewritten for the new file


def test_the_same_snapshot_in_a_new_file_gets_its_index_rebuilt(large, monkeypatch):
    store_path, expected = large
    copy = store_path.with_name("copy")
    shutil.copy2(store_path, copy)
    os.replace(copy, store_path)  # same bytes, same times, another file: the index no longer names it
    assert Store(store_path).events() == in_order(expected)
    reads_through_its_index(store_path, expected, monkeypatch)


@pytest.mark.parametrize("damage", ["garbage", "cut", "empty", "missing"])
def test_a_damaged_or_missing_index_is_ignored_and_rebuilt(large, monkeypatch, damage):
    store_path, expected = large
    index_path = store_path.with_name("store.json.idx")
    data = index_path.read_bytes()
    if damage == "garbage":
        index_path.write_bytes(data[:24] + os.urandom(len(data) - 24))
    elif damage == "cut":
        index_path.write_bytes(data[: len(data) // 2])
    elif damage == "empty":
        index_path.write_bytes(b"")
    else:
        index_path.unlink()
    assert Store(store_path).events() == in_order(expected)
    reads_through_its_index(store_path, expected, monkeypatch)


@pytest.mark.parametrize("point", COMPACTION_POINTS + ["compact:after-index"])
def test_killed_at_each_compaction_step_the_index_is_valid_or_ignored(large, monkeypatch, point):
    store_path, expected = large
    reader = Store(store_path)  # a long-lived reader (the app) open through it all
    killed = cli(store_path, "doctor", "--compact", fault=point)
    assert killed.returncode == -9, killed.stderr
    assert Store(store_path).events() == in_order(expected)
    reads_through_its_index(store_path, expected, monkeypatch)  # the first reader left a valid one
    added = acknowledged_id(add(store_path, "after the crash"))
    expected[added] = Store(store_path).get_event(added)
    assert cli(store_path, "doctor", "--compact").returncode == 0
    reads_through_its_index(store_path, expected, monkeypatch)
    assert reader.events() == in_order(expected)


@pytest.mark.parametrize("point", ["compact:after-backup", "compact:after-index"])
def test_a_compaction_failing_midway_leaves_a_store_read_right(large, monkeypatch, point):
    store_path, expected = large
    failed = cli(store_path, "doctor", "--compact", fault=f"{point}=enospc")
    assert failed.returncode == 1 and "cannot compact" in failed.stderr
    assert Store(store_path).events() == in_order(expected)
    reads_through_its_index(store_path, expected, monkeypatch)


@pytest.mark.parametrize("point", ["index:before-write", "index:after-write"])
def test_a_reader_killed_while_writing_a_rebuilt_index_leaves_none_or_a_valid_one(large, monkeypatch, point):
    store_path, expected = large
    store_path.with_name("store.json.idx").unlink()
    killed = cli(store_path, "list", fault=point)
    assert killed.returncode == -9, killed.stderr
    assert Store(store_path).events() == in_order(expected)
    reads_through_its_index(store_path, expected, monkeypatch)


def test_list_since_until_reads_only_the_records_of_that_range(large, monkeypatch):
    store_path, expected = large
    store = Store(store_path)
    read = []
    original = idx.EventIndex.record

    def counted(self, position):
        read.append(position)
        return original(self, position)

    monkeypatch.setattr(idx.EventIndex, "record", counted)
    low, high = datetime(2025, 2, 1, tzinfo=timezone.utc), datetime(2025, 2, 2, tzinfo=timezone.utc)
    found = store.events_between(low.timestamp(), high.timestamp())
    assert found == [e for e in in_order(expected) if datetime.fromisoformat(e["end"]) >= low
                     and datetime.fromisoformat(e["start"]) <= high]
    # Only events that can reach the range were read: a day and the longest window before it, of 90 days.
    assert len(read) < BULK / 8


@settings(max_examples=30, deadline=None)
@given(low=st.integers(0, 100 * 86400), length=st.integers(0, 20 * 86400))
def test_events_between_is_every_event_whose_window_meets_the_range(tmp_path_factory, low, length):
    store_path = tmp_path_factory.getbasetemp() / "between" / "store.json"
    if not store_path.exists():
        store_path.parent.mkdir(exist_ok=True)
        store = Store(store_path)
        store.import_records([], bulk_events(600))
        store.add_event(model.make_event(kind="other", title="long", start="2024-12-20T00:00:00+00:00",
                                         end="2025-03-01T00:00:00+00:00", precision="week"))
    store = Store(store_path)
    begin = BASE.timestamp() - 15 * 86400 + low
    end = begin + length
    expected = [e for e in store.events() if datetime.fromisoformat(e["end"]).timestamp() >= begin
                and datetime.fromisoformat(e["start"]).timestamp() <= end]
    assert store.events_between(begin, end) == expected


@pytest.mark.parametrize("query", ["kyiv", "near odesa", "bulk 1", "edited in", "kept-journal", "zz", "  "])
def test_search_over_the_index_finds_what_a_search_of_every_record_finds(large, query):
    store_path, expected = large
    timeline = Store(store_path).timeline()
    found = set()
    for *_, piece in timeline.search_pieces(query, begin=777):  # from the middle, wrapping round
        found |= {timeline.id_at(p) for p in piece}
    assert found == {i for i, e in expected.items() if matches(e, query)}


def test_a_fifo_or_a_link_planted_as_the_index_is_never_read(large, tmp_path):
    store_path, expected = large
    index_path = store_path.with_name("store.json.idx")
    index_path.unlink()
    os.mkfifo(index_path)
    listed = cli(store_path, "list")  # would hang reading a FIFO
    assert listed.returncode == 0 and f"{len(expected):,} events" in listed.stdout
    index_path.unlink()
    secret = tmp_path / "elsewhere.idx"
    secret.write_bytes(b"not an index")
    index_path.symlink_to(secret)
    assert Store(store_path).events() == in_order(expected)
    assert cli(store_path, "doctor", "--compact").returncode == 0
    assert secret.read_bytes() == b"not an index" and not index_path.is_symlink()


def test_add_appends_without_loading_the_index_or_numpy(large):
    """`newsline add` costs what it did before the index: one journal line, no numpy import (~60 ms)."""
    import subprocess
    import sys

    store_path, _ = large
    code = ("import sys; from tui.cli import main; "
            f"main(['--db', {str(store_path)!r}, 'add', '--kind', 'claim', '--when', '3 July 2025', "
            "'--title', 'quick']); print(sorted(m for m in ('numpy', 'store.index') if m in sys.modules))")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                            cwd=Path(__file__).resolve().parent.parent)
    assert result.stdout.strip().splitlines()[-1] == "[]"
    assert "quick" in {e["title"] for e in Store(store_path).events()}
