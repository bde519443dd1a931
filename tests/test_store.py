"""The store: round trips, other processes' changes, schema and damage, concurrency, crash safety."""

import json
import multiprocessing

import pytest
from tinydb import TinyDB

from store import database, model
from store.database import Store
from store.errors import DuplicateError, NotFoundError, StoreError


def event(title="Strike", start="2025-07-03T21:00:00+03:00", **extra):
    return model.make_event(kind=extra.pop("kind", "strike"), title=title, start=start, end=start,
                            precision="minute", **extra)


def test_round_trip_through_a_reopened_store(store_path):
    store = Store(store_path)
    first = store.add_event(event("First", quantities={"drones": 5}, actors=["Russia"]))
    store.add_event(event("Earlier", start="2025-07-01T09:00:00+00:00"))
    reopened = Store(store_path)
    assert [e["title"] for e in reopened.events()] == ["Earlier", "First"]
    assert reopened.get_event(first["id"]) == first
    assert reopened.get_event(first["id"][:6]) == first


def test_update_and_delete_persist(store_path):
    store = Store(store_path)
    added = store.add_event(event("Before"))
    store.update_event(added["id"], {"title": "After", "status": "disputed"})
    assert Store(store_path).get_event(added["id"])["title"] == "After"
    store.delete_event(added["id"])
    with pytest.raises(NotFoundError):
        Store(store_path).get_event(added["id"])


def test_duplicate_id_and_duplicate_article_are_refused(store_path):
    store = Store(store_path)
    added = store.add_event(event())
    with pytest.raises(DuplicateError):
        store.add_event(added)
    article = model.make_article(text="An article about things that happened.", published="2025-07-04T00:00:00+00:00")
    store.add_article(article, [])
    again = model.make_article(text="An article about things that happened.", published="2025-07-04T00:00:00+00:00")
    with pytest.raises(DuplicateError):
        store.add_article(again, [])
    assert len(Store(store_path).articles()) == 1


def test_reader_sees_changes_of_another_store_handle(store_path):
    reader = Store(store_path)
    writer = Store(store_path)
    writer.add_event(event("From elsewhere"))
    assert [e["title"] for e in reader.events()] == ["From elsewhere"]
    writer.compact()
    writer.add_event(event("After compaction"))
    assert {e["title"] for e in reader.events()} == {"From elsewhere", "After compaction"}


def test_snapshot_is_a_tinydb_file(store_path):
    store = Store(store_path)
    added = store.add_event(event("Readable by TinyDB"))
    store.compact()
    db = TinyDB(store_path, access_mode="r")
    assert [doc["id"] for doc in db.table("events").all()] == [added["id"]]
    assert db.table("meta").all()[0]["schema"] == database.SCHEMA_VERSION
    db.close()


def test_invalid_json_store_is_refused_and_left_untouched(store_path):
    store_path.write_text("{not json")
    with pytest.raises(StoreError, match="not valid JSON"):
        Store(store_path)
    assert store_path.read_text() == "{not json"


def test_unknown_schema_version_is_refused(store_path):
    store_path.write_text(json.dumps({"meta": {"1": {"schema": 99}}, "events": {}}))
    before = store_path.read_bytes()
    with pytest.raises(StoreError, match="schema version 99"):
        Store(store_path)
    assert store_path.read_bytes() == before


def test_torn_journal_line_is_ignored_and_cut_by_next_writer(store_path):
    store = Store(store_path)
    kept = store.add_event(event("Committed"))
    with open(store.journal_path, "ab") as handle:
        handle.write(b'{"op":"put","table":"events","record":{"id":"half')
    reopened = Store(store_path)
    assert [e["id"] for e in reopened.events()] == [kept["id"]]
    reopened.add_event(event("Next"))
    assert len(Store(store_path).events()) == 2


def _add_many(path, count, tag):
    store = Store(path)
    for i in range(count):
        store.add_event(event(f"{tag}-{i}"))


def test_two_processes_adding_at_once_lose_nothing(store_path):
    ctx = multiprocessing.get_context("spawn")
    workers = [ctx.Process(target=_add_many, args=(store_path, 60, tag)) for tag in "ab"]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(60)
        assert worker.exitcode == 0
    titles = [e["title"] for e in Store(store_path).events()]
    assert len(titles) == 120 and len(set(titles)) == 120


def test_a_store_another_process_creates_while_we_look_is_read_not_called_damaged(store_path, monkeypatch):
    """A fresh clone's full suite once failed the test above: one process found no snapshot, the other then
    created the store (snapshot, then journal), and the first, seeing the journal, called the store damaged.
    Here the snapshot is missing at the first look only, as it was in that race."""
    Store(store_path).add_event(event("Written by the other process"))
    opened = database.open_regular
    looks = []

    def first_look_misses(path, what):
        looks.append(what)
        return None if what == "store" and looks.count("store") == 1 else opened(path, what)

    monkeypatch.setattr(database, "open_regular", first_look_misses)
    assert [e["title"] for e in Store(store_path).events()] == ["Written by the other process"]


def test_compaction_keeps_a_backup_and_every_event(store_path, monkeypatch):
    monkeypatch.setattr(database, "COMPACT_FLOOR_BYTES", 2000)
    store = Store(store_path)
    for i in range(30):
        store.add_event(event(f"e{i}"))
    assert store.backup_path.exists()
    assert len(Store(store_path).events()) == 30


def test_quick_add_appends_without_loading_and_readers_see_it(store_path):
    store = Store(store_path)
    store.add_event(event("Existing"))
    store.compact()
    fresh = event("Quick")
    assert database.quick_add(store_path, fresh)
    assert store.get_event(fresh["id"])["title"] == "Quick"


def test_quick_add_declines_a_stale_journal(store_path):
    store = Store(store_path)
    store.add_event(event("Existing"))
    store.compact()
    header = store.journal_path.read_bytes().split(b"\n", 1)
    store.journal_path.write_bytes(b'{"journal":1,"generation":0}\n' + header[1])
    assert not database.quick_add(store_path, event("Must take the full path"))
