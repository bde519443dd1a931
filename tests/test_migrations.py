"""Stores written by an older newsline open, upgrade on the first write, and stay readable; newer ones
are refused. Every model change adds a step in store/migrations.py and a case here."""

from __future__ import annotations

import orjson
import pytest

from store import migrations, model
from store.database import SCHEMA_VERSION, Store
from store.errors import StoreError
from tui.cli import main


def _event(title: str, **extra) -> dict:
    return model.make_event(kind="other", title=title, start="2025-07-03T10:00:00+00:00",
                            end="2025-07-03T10:00:00+00:00", precision="minute", **extra)


def _as_version_2(event: dict) -> dict:
    """An event as versions 1 and 2 wrote it: no reports, no merge history."""
    return {key: value for key, value in event.items() if key not in ("reports", "merges", "apart")}


def write_version_1_store(path) -> list[dict]:
    """A store exactly as newsline wrote it at schema version 1: snapshot in line layout, old journal header."""
    events = [_as_version_2(_event("from version 1")), _as_version_2(_event("journalled at version 1"))]
    snapshot = (b'{"meta":{"1":' + orjson.dumps({"schema": 1, "generation": 3}) + b'},\n"articles":{\n\n},\n'
                b'"events":{\n"1":' + orjson.dumps(events[0]) + b'\n}}\n')
    path.write_bytes(snapshot)
    path.with_name(path.name + ".journal").write_bytes(
        orjson.dumps({"journal": 1, "generation": 3}) + b"\n"
        + orjson.dumps({"op": "put", "table": "events", "record": events[1]}) + b"\n")
    return events


def test_a_version_1_store_opens_and_upgrades_on_the_first_write(store_path, capsys):
    old = write_version_1_store(store_path)
    assert {e["title"] for e in Store(store_path).events()} == {e["title"] for e in old}
    before = store_path.read_bytes()
    assert main(["--db", str(store_path), "list"]) == 0
    assert store_path.read_bytes() == before  # reading never rewrites
    assert main(["--db", str(store_path), "add", "--kind", "other", "--when", "4 July 2025",
                 "--title", "scheduled talks", "--status", "expected"]) == 0
    meta = orjson.loads(store_path.read_bytes().split(b"\n", 1)[0][len(b'{"meta":{"1":'):-2])
    assert meta["schema"] == SCHEMA_VERSION
    titles = {e["title"]: e["status"] for e in Store(store_path).events()}
    assert titles == {"from version 1": "reported", "journalled at version 1": "reported",
                      "scheduled talks": "expected"}


def test_a_store_from_a_newer_newsline_is_refused_untouched(store_path):
    write_version_1_store(store_path)
    newer = store_path.read_bytes().replace(b'"schema":1', b'"schema":99')
    store_path.write_bytes(newer)
    with pytest.raises(StoreError, match="schema version 99"):
        Store(store_path)
    assert store_path.read_bytes() == newer


def test_every_older_version_has_a_step():
    assert all(migrations.readable(version) for version in range(1, SCHEMA_VERSION + 1))
    assert not migrations.readable(SCHEMA_VERSION + 1) and not migrations.readable(0)


def test_expected_events_are_shown_apart_in_exports(store_path):
    store = Store(store_path)
    store.add_event(_event("Talks due next week", status="expected"))
    from store import exchange

    ics = exchange.export(store, "ics")
    assert "STATUS:TENTATIVE" in ics
    assert "_(expected)_" in exchange.export(store, "md")


async def test_an_expected_event_carries_its_own_badge_in_the_timeline(store_path):
    from tests.test_app import NOW, started
    from tui.app import NewslineApp

    Store(store_path).add_event(_event("Talks due next week", status="expected"))
    app = NewslineApp(store_path, seed=False, now=NOW)
    async with app.run_test(size=(120, 30)) as pilot:
        screen = await started(app, pilot)
        row = screen.timeline.render_line(1).text  # row 0 is the day header
        assert "[expected] Talks due next week" in row


ARTICLE_TEXT = "Russian drones struck Kyiv overnight, the city's mayor said. Two people were killed."


def write_version_2_store(path) -> tuple[dict, dict, dict]:
    """A store as newsline wrote it at schema version 2: an article, its extracted event (sources, no
    reports) in the snapshot, and an event entered by hand in the journal."""
    article = model.make_article(text=ARTICLE_TEXT, published="2025-07-04T00:00:00+03:00", title="Night strike",
                                 outlet="Kyiv Daily")
    extracted = _as_version_2(model.make_event(
        kind="strike", title="Russian drone strike on Kyiv", start="2025-07-03T21:00:00+03:00",
        end="2025-07-04T05:00:00+03:00", precision="part_of_day", time_text="overnight", actors=["Russia"],
        location="Kyiv", quantities={"killed": 2}, origin="extracted",
        sources=[{"article_id": article["id"], "sentence": ARTICLE_TEXT[:60], "start": 0, "end": 60}]))
    manual = _as_version_2(_event("typed by hand"))
    path.write_bytes(
        b'{"meta":{"1":' + orjson.dumps({"schema": 2, "generation": 1, "events": 1}) + b'},\n'
        b'"articles":{\n"1":' + orjson.dumps(article) + b'\n},\n'
        b'"events":{\n"1":' + orjson.dumps(extracted) + b'\n}}\n')
    path.with_name(path.name + ".journal").write_bytes(
        orjson.dumps({"journal": 1, "generation": 1, "schema": 2}) + b"\n"
        + orjson.dumps({"op": "put", "table": "events", "record": manual}) + b"\n")
    return article, extracted, manual


def test_a_version_2_store_gains_one_report_per_article_and_an_empty_merge_history(store_path):
    article, extracted, manual = write_version_2_store(store_path)
    store = Store(store_path)
    strike = store.get_event(extracted["id"])
    [report] = strike["reports"]
    assert report["article_id"] == article["id"] and report["quantities"] == {"killed": 2}
    assert report["actors"] == ["Russia"] and report["copy_of"] is None and report["outlet"] is None
    assert strike["merges"] == []
    assert store.get_event(manual["id"])["reports"] == []  # typed by hand: no article behind it
    from store.corroborate import outlets

    assert outlets(strike, store.articles_by_id) == ["kyiv daily"]  # the outlet is read off the article


def test_a_version_2_store_is_written_at_the_current_version_on_the_first_write(store_path, capsys):
    _, extracted, _ = write_version_2_store(store_path)
    assert main(["--db", str(store_path), "edit", extracted["id"], "--note", "checked"]) == 0
    meta = orjson.loads(store_path.read_bytes().split(b"\n", 1)[0][len(b'{"meta":{"1":'):-2])
    assert meta["schema"] == SCHEMA_VERSION == 4
    reopened = Store(store_path)
    assert reopened.get_event(extracted["id"])["notes"] == "checked"
    assert len(reopened.get_event(extracted["id"])["reports"]) == 1


def write_version_3_store(path) -> tuple[dict, dict]:
    """A store as newsline wrote it at schema version 3: reports and merge history, no `apart`."""
    article, extracted, _ = write_version_2_store(path)
    strike = migrations.STEPS[2].event(extracted)  # what schema 3 added, nothing later
    assert "apart" not in strike
    path.write_bytes(
        b'{"meta":{"1":' + orjson.dumps({"schema": 3, "generation": 1, "events": 1}) + b'},\n'
        b'"articles":{\n"1":' + orjson.dumps(article) + b'\n},\n'
        b'"events":{\n"1":' + orjson.dumps(strike) + b'\n}}\n')
    path.with_name(path.name + ".journal").write_bytes(orjson.dumps({"journal": 1, "generation": 1, "schema": 3}) + b"\n")
    return article, strike


def test_a_version_3_store_opens_with_nothing_kept_apart_and_is_rewritten_on_the_first_write(store_path, capsys):
    _, strike = write_version_3_store(store_path)
    assert Store(store_path).get_event(strike["id"])["apart"] == []
    assert main(["--db", str(store_path), "edit", strike["id"], "--note", "checked"]) == 0
    meta = orjson.loads(store_path.read_bytes().split(b"\n", 1)[0][len(b'{"meta":{"1":'):-2])
    assert meta["schema"] == SCHEMA_VERSION
    reopened = Store(store_path).get_event(strike["id"])
    assert reopened["apart"] == [] and reopened["reports"] == strike["reports"] and reopened["notes"] == "checked"


def test_an_export_written_at_schema_3_imports_with_nothing_kept_apart(store_path, tmp_path, capsys):
    article, strike = write_version_3_store(tmp_path / "old.json")
    export = tmp_path / "export-v2.json"
    export.write_bytes(orjson.dumps({"version": 2, "articles": [article], "events": [strike]}))
    assert main(["--db", str(store_path), "import", str(export)]) == 0
    assert Store(store_path).get_event(strike["id"])["apart"] == []
