"""The command line of corroboration: ingest says what it merged, `list --min-sources`, `merge`, `split`
(both conditional, like `edit`), and exports that carry every outlet with its figures."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from store import exchange, model
from store.database import Store
from tests.test_corroborate import AFTERNOON, LEDGER, ODESA, WIRE, article


@pytest.fixture
def two_outlets(tmp_path: Path, run_cli):
    """A store where two outlets reported the night on Kyiv (merged) and one of them the strike on Odesa."""
    wire = article(tmp_path, "wire", WIRE + "\n\n" + ODESA, "Meridian Wire")
    ledger = article(tmp_path, "ledger", LEDGER, "The Daily Ledger")
    result = run_cli("ingest", str(wire), str(ledger))
    assert result.returncode == 0, result.stderr
    return result


def _kyiv(store_path: Path) -> dict:
    return next(e for e in Store(store_path).events() if e["location"] == "Kyiv")


def test_ingest_says_how_many_events_were_new_and_how_many_merged(two_outlets):
    first, second = two_outlets.stdout.splitlines()
    assert first.endswith(": 2 new events")
    assert second.endswith(": 0 new events, 1 merged into existing ones (1 with differing figures)")


def test_list_filters_by_the_number_of_independent_outlets(two_outlets, run_cli):
    corroborated = run_cli("list", "--min-sources", "2")
    assert corroborated.returncode == 0 and "Kyiv" in corroborated.stdout and "Odesa" not in corroborated.stdout
    header, row = corroborated.stdout.splitlines()[:2]
    assert header.split()[3] == "SRC" and row.split()[6] == "2"
    single = run_cli("list", "--single-source")
    assert "Odesa" in single.stdout and "Kyiv" not in single.stdout
    refused = run_cli("list", "--min-sources", "2", "--single-source")
    assert refused.returncode == 2 and "exclude each other" in refused.stderr


def test_split_then_merge_by_hand_from_the_shell(two_outlets, run_cli, store_path):
    kyiv = _kyiv(store_path)
    ledger_article = kyiv["reports"][1]["article_id"]
    split = run_cli("split", kyiv["id"][:8], ledger_article[:6])
    assert split.returncode == 0, split.stderr
    assert "(The Daily Ledger)" in split.stdout
    apart = [e for e in Store(store_path).events() if e["location"] == "Kyiv"]
    assert sorted(len(e["reports"]) for e in apart) == [1, 1]
    new_id = split.stdout.split()[-1]
    merged = run_cli("merge", kyiv["id"][:8], new_id)
    assert merged.returncode == 0, merged.stderr
    assert f"undo: newsline split {kyiv['id'][:8]} {ledger_article[:8]}" in merged.stdout
    again = _kyiv(store_path)
    assert [r["outlet"] for r in again["reports"]] == ["Meridian Wire", "The Daily Ledger"]
    assert [m["by"] for m in again["merges"]] == ["hand"]


def test_merge_and_split_refuse_a_version_someone_else_changed(two_outlets, run_cli, store_path):
    kyiv = _kyiv(store_path)
    odesa = next(e for e in Store(store_path).events() if e["location"] == "Odesa")
    assert run_cli("edit", kyiv["id"], "--note", "checked by a colleague").returncode == 0
    stale = run_cli("split", kyiv["id"], kyiv["reports"][1]["article_id"], "--if-updated", kyiv["updated"])
    assert stale.returncode == 1 and "nothing was split" in stale.stderr
    stale = run_cli("merge", kyiv["id"], odesa["id"], "--if-updated", kyiv["updated"], odesa["updated"])
    assert stale.returncode == 1 and "nothing was merged" in stale.stderr
    assert len(_kyiv(store_path)["reports"]) == 2


def test_splitting_the_only_article_of_an_event_is_refused(two_outlets, run_cli, store_path):
    odesa = next(e for e in Store(store_path).events() if e["location"] == "Odesa")
    result = run_cli("split", odesa["id"], odesa["sources"][0]["article_id"])
    assert result.returncode == 2 and "nothing to split off" in result.stderr


def test_two_events_typed_by_hand_are_not_merged(run_cli, store_path):
    ids = []
    for title in ("Strike on Kyiv", "Kyiv hit"):
        result = run_cli("add", "--kind", "strike", "--when", "12 March 2025", "--title", title)
        ids.append(result.stdout.split()[-1])
    result = run_cli("merge", *ids)
    assert result.returncode == 2 and "entered by hand" in result.stderr


def test_exports_carry_every_outlet_with_its_figures(two_outlets, store_path):
    store = Store(store_path)
    records = json.loads(exchange.export(store, "json"))
    kyiv = next(e for e in records["events"] if e["location"] == "Kyiv")
    assert [(r["outlet"], r["quantities"].get("killed")) for r in kyiv["reports"]] == [
        ("Meridian Wire", 4), ("The Daily Ledger", 5)]
    rows = list(csv.DictReader(io.StringIO(exchange.export(store, "csv"))))
    row = next(r for r in rows if r["location"] == "Kyiv")
    assert (row["outlets"], row["source_count"]) == ("2", "2")
    assert row["reports"].startswith("Meridian Wire 2025-03-12 drones=320") and "The Daily Ledger 2025-03-12 killed=5" in row["reports"]
    markdown = exchange.export(store, "md")
    assert "killed 4–5" in markdown and "reported by 2 outlets" in markdown
    assert "- **night** · strike · " in markdown  # the part of day by name, as the timeline shows it
    assert "  - sources: [^1] [^2]" in markdown
    assert "[^2]: The Daily Ledger, 2025-03-12, killed 5: “At least five people" in markdown
    ics = exchange.export(store, "ics").replace("\r\n ", "")
    assert "source (The Daily Ledger\\, 2025-03-12\\, killed 5): At least five" in ics
    assert "killed: 4 (Meridian Wire)\\, 5 (The Daily Ledger)" in ics


def test_an_export_from_before_reports_imports_with_one_report_per_article(tmp_path, run_cli, store_path):
    old_article = model.make_article(text=WIRE, published="2025-03-12T00:00:00+02:00", outlet="Meridian Wire")
    old_event = {key: value for key, value in model.make_event(
        kind="strike", title="Strike on Kyiv", start="2025-03-11T18:00:00+02:00", end="2025-03-12T06:00:00+02:00",
        precision="part_of_day", location="Kyiv", origin="extracted",
        sources=[{"article_id": old_article["id"], "sentence": WIRE, "start": 0, "end": len(WIRE)}]).items()
        if key not in ("reports", "merges")}
    backup = tmp_path / "old.json"
    backup.write_text(json.dumps({"version": 1, "articles": [old_article], "events": [old_event]}))
    result = run_cli("import", str(backup))
    assert result.returncode == 0, result.stderr
    [event] = Store(store_path).events()
    assert [r["article_id"] for r in event["reports"]] == [old_article["id"]] and event["merges"] == []


def test_merge_and_split_without_a_stamp_refuse_what_changed_since_you_last_saw_it(two_outlets, run_cli, store_path,
                                                                                     tmp_path):
    kyiv = _kyiv(store_path)
    odesa = next(e for e in Store(store_path).events() if e["location"] == "Odesa")
    assert run_cli("show", kyiv["id"]).returncode == 0 and run_cli("show", odesa["id"]).returncode == 0
    colleague = run_cli("edit", kyiv["id"], "--status", "disputed", env={"XDG_STATE_HOME": str(tmp_path / "them")})
    assert colleague.returncode == 0
    stale = run_cli("split", kyiv["id"], kyiv["reports"][1]["article_id"])
    assert stale.returncode == 1 and "since you last saw it (status changed)" in stale.stderr, stale.stderr
    stale = run_cli("merge", kyiv["id"], odesa["id"])
    assert stale.returncode == 1 and "nothing was merged" in stale.stderr
    assert _kyiv(store_path)["status"] == "disputed" and len(_kyiv(store_path)["reports"]) == 2
    forced = run_cli("split", kyiv["id"], kyiv["reports"][1]["article_id"], "--force")
    assert forced.returncode == 0, forced.stderr
    assert Store(store_path).get_event(kyiv["id"])["status"] == "disputed"  # the colleague's correction stays


def test_the_undo_line_of_a_merge_gives_back_the_event_merged_in_with_all_its_articles(tmp_path, run_cli,
                                                                                       store_path):
    vague = article(tmp_path, "vague", "Russia launched 320 drones and nine missiles at the capital overnight, "
                    "officials said on Wednesday.", "Kyiv Evening")
    copy = article(tmp_path, "copy", "Russia launched 320 drones and nine missiles at the capital overnight, a "
                   "city official said on Wednesday.", "Harbour Post")
    assert run_cli("ingest", str(vague), str(copy)).returncode == 0
    [row] = [e for e in Store(store_path).events() if e["kind"] == "strike"]
    assert len(row["reports"]) == 2
    typed = run_cli("add", "--kind", "strike", "--when", "12 March 2025 02:00", "--title", "Strike on Kyiv",
                    "--location", "Kyiv")
    kept = typed.stdout.split()[-1]
    merged = run_cli("merge", kept, row["id"])
    assert merged.returncode == 0, merged.stderr
    [undo] = [line.strip() for line in merged.stdout.splitlines() if line.strip().startswith("undo:")]
    undone = run_cli(*undo.split()[2:])  # "undo: newsline split …"
    assert undone.returncode == 0, undone.stderr
    back = Store(store_path).get_event(row["id"])  # the id it had, with both its articles again
    assert sorted(r["outlet"] for r in back["reports"]) == ["Harbour Post", "Kyiv Evening"]
    assert Store(store_path).get_event(kept)["reports"] == []


def test_an_import_of_articles_stored_already_under_other_ids_points_its_events_at_the_stored_ones(
        two_outlets, run_cli, store_path, tmp_path):
    export = tmp_path / "export.json"
    assert run_cli("export", "--format", "json", "-o", str(export)).returncode == 0
    other = tmp_path / "other" / "events.json"
    other.parent.mkdir()
    # The other store ingested the same two articles itself: same texts, other ids.
    wire, ledger = (tmp_path / "wire.txt", tmp_path / "ledger.txt")
    assert run_cli("ingest", str(wire), str(ledger), db=other).returncode == 0
    data = json.loads(export.read_text())
    data["events"] = [{**e, "id": model.new_id()} for e in data["events"]]  # events it does not have yet
    export.write_text(json.dumps(data))
    imported = run_cli("import", str(export), db=other)
    assert imported.returncode == 0, imported.stderr
    store = Store(other)
    for event in store.events():
        for source in event["sources"]:
            assert source["article_id"] in store.articles_by_id
        for report in event["reports"]:
            assert report["article_id"] in store.articles_by_id


def test_ids_and_article_prefixes_are_found_in_either_case(two_outlets, run_cli, store_path):
    kyiv = _kyiv(store_path)
    shown = run_cli("show", kyiv["id"][:8].upper())
    assert shown.returncode == 0, shown.stderr
    split = run_cli("split", kyiv["id"][:8].upper(), kyiv["reports"][1]["article_id"][:6].upper())
    assert split.returncode == 0, split.stderr


def test_a_merge_keeps_both_events_notes_and_gives_no_undo_line_when_one_article_told_both(tmp_path, run_cli,
                                                                                         store_path):
    told_both = article(tmp_path, "ledger", LEDGER + "\n\n" + AFTERNOON, "The Daily Ledger")
    assert run_cli("ingest", str(told_both)).returncode == 0
    night, afternoon = sorted((e for e in Store(store_path).events() if e["kind"] == "strike"), key=lambda e: e["start"])
    assert run_cli("edit", afternoon["id"], "--note", "checked with the city").returncode == 0
    merged = run_cli("merge", night["id"], afternoon["id"], "--force")
    assert merged.returncode == 0, merged.stderr
    assert "undo:" not in merged.stdout and "told both events" in merged.stdout
    assert Store(store_path).get_event(night["id"])["notes"] == "checked with the city"
