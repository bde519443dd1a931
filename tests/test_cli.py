"""The command line as a user types it: output, exit codes, one-line errors, nothing half-written."""

import json

import pytest

from tests.conftest import SEED_TEXT


def test_ingest_prints_summary_and_second_ingest_adds_nothing(run_cli, store_path):
    first = run_cli("ingest", str(SEED_TEXT))
    assert first.returncode == 0, first.stderr
    assert "events (" in first.stdout and "published 2025-07-04" in first.stdout
    second = run_cli("ingest", str(SEED_TEXT))
    assert second.returncode == 0 and "skipped" in second.stdout
    listing = run_cli("list")
    assert "Russian drone and missile strike on Kyiv" in listing.stdout


def test_ingest_without_date_asks_for_published(run_cli, tmp_path):
    article = tmp_path / "a.txt"
    article.write_text("Officials said on Monday that a drone attack hit the port of Odesa.")
    result = run_cli("ingest", str(article))
    assert result.returncode == 1
    assert "--published" in result.stderr and "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_add_prints_id_last_and_show_displays_it(run_cli):
    result = run_cli("add", "--kind", "strike", "--when", "3 July 2025 21:40", "--title", "Drone strike on Odesa",
                     "--actor", "Russia", "--location", "Odesa", "--quantity", "drones=40", "--quantity", "killed=2")
    assert result.returncode == 0, result.stderr
    event_id = result.stdout.strip().splitlines()[-1]
    assert len(event_id) == 32
    shown = run_cli("show", event_id, "--json")
    record = json.loads(shown.stdout)
    assert record["start"].startswith("2025-07-03T21:40") and record["precision"] == "minute"
    assert record["quantities"] == {"drones": 40, "killed": 2} and record["origin"] == "manual"


def test_add_last_week_sets_week_precision(run_cli):
    result = run_cli("add", "--kind", "decision", "--when", "last week", "--title", "Arms pause")
    event_id = result.stdout.strip().splitlines()[-1]
    record = json.loads(run_cli("show", event_id, "--json").stdout)
    assert record["precision"] == "week"


def test_edit_and_delete(run_cli):
    event_id = run_cli("add", "--kind", "call", "--when", "yesterday", "--title", "Call").stdout.split()[-1]
    assert run_cli("edit", event_id[:8], "--status", "disputed", "--title", "Phone call").returncode == 0
    record = json.loads(run_cli("show", event_id, "--json").stdout)
    assert record["status"] == "disputed" and record["title"] == "Phone call"
    assert run_cli("delete", event_id).returncode == 0
    missing = run_cli("show", event_id)
    assert missing.returncode == 1 and "no event with id" in missing.stderr


@pytest.mark.parametrize("args,needle", [
    (["add", "--kind", "call", "--when", "not a date at all", "--title", "x"], "cannot read"),
    (["add", "--kind", "call", "--when", "today", "--title", "x", "--quantity", "drones=many"], "whole number"),
    (["add", "--kind", "battle", "--when", "today", "--title", "x"], "invalid choice"),
    (["list", "--since", "gibberish words"], "cannot read"),
    (["ingest", "missing-file.txt", "--published", "2025-07-04"], "no such file"),
    (["ingest", "tests", "--published", "2025-07-04"], "is a directory"),
    (["ingest", str(SEED_TEXT), "--published", "someday maybe"], "is not a date"),
])
def test_bad_input_is_one_line_error_and_store_unchanged(run_cli, store_path, args, needle):
    run_cli("add", "--kind", "call", "--when", "today", "--title", "Keep me")
    before = store_path.read_bytes(), store_path.with_name("store.json.journal").read_bytes()
    result = run_cli(*args)
    assert result.returncode in (1, 2)
    assert needle in result.stderr and "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert (store_path.read_bytes(), store_path.with_name("store.json.journal").read_bytes()) == before


def test_usage_error_exits_2_and_help_has_example(run_cli):
    assert run_cli("frobnicate").returncode == 2
    help_text = run_cli("ingest", "--help").stdout
    assert "example:" in help_text and "--published" in help_text


def test_list_filters_by_kind_date_and_literal_search(run_cli):
    run_cli("add", "--kind", "strike", "--when", "1 July 2025", "--title", "Strike (a)")
    run_cli("add", "--kind", "call", "--when", "5 July 2025", "--title", "Call b")
    assert "Strike (a)" in run_cli("list", "--kind", "strike").stdout
    assert "Call b" not in run_cli("list", "--kind", "strike").stdout
    assert "Call b" in run_cli("list", "--since", "3 July 2025").stdout
    assert "Strike (a)" not in run_cli("list", "--since", "3 July 2025").stdout
    found = run_cli("list", "--search", "(a")
    assert "Strike (a)" in found.stdout and "1 event\n" in found.stdout


def test_export_import_round_trip_gives_same_events(run_cli, tmp_path):
    run_cli("ingest", str(SEED_TEXT))
    run_cli("add", "--kind", "call", "--when", "yesterday 21:00", "--title", "Manual one")
    exported = tmp_path / "out.json"
    assert run_cli("export", "-o", str(exported)).returncode == 0
    other = tmp_path / "other.json"
    imported = run_cli("import", str(exported), db=other)
    assert imported.returncode == 0 and "skipped 0" in imported.stdout
    again = run_cli("import", str(exported), db=other)
    assert "imported 0 events" in again.stdout
    first = json.loads(exported.read_text())
    second = json.loads(run_cli("export", db=other).stdout)
    assert first["events"] == second["events"] and first["articles"] == second["articles"]


def test_import_with_a_bad_record_imports_nothing(run_cli, tmp_path, store_path):
    run_cli("add", "--kind", "call", "--when", "today", "--title", "One")
    exported = tmp_path / "out.json"
    run_cli("export", "-o", str(exported))
    data = json.loads(exported.read_text())
    good = dict(data["events"][0], id="f" * 32)
    broken = dict(data["events"][0], id="e" * 32)
    del broken["kind"]
    data["events"] = [good, broken]
    exported.write_text(json.dumps(data))
    other = tmp_path / "other.json"
    result = run_cli("import", str(exported), db=other)
    assert result.returncode == 1 and "missing key 'kind'" in result.stderr
    assert not other.exists()
    data.pop("events")
    exported.write_text(json.dumps(data))
    assert "missing key 'events'" in run_cli("import", str(exported), db=other).stderr


@pytest.mark.parametrize("fmt,needle", [("csv", "id,kind,title"), ("md", "# Timeline"), ("ics", "BEGIN:VEVENT")])
def test_other_export_formats(run_cli, fmt, needle):
    run_cli("add", "--kind", "strike", "--when", "3 July 2025", "--title", "Strike, with comma")
    result = run_cli("export", "--format", fmt)
    assert result.returncode == 0 and needle in result.stdout and "Strike" in result.stdout


def test_doctor_restores_damaged_store_from_backup(run_cli, store_path):
    run_cli("add", "--kind", "call", "--when", "today", "--title", "Survivor")
    assert run_cli("doctor", "--compact").returncode == 0
    store_path.write_text("garbage{")
    refused = run_cli("list")
    assert refused.returncode == 1 and str(store_path) in refused.stderr and "doctor" in refused.stderr
    assert store_path.read_text() == "garbage{"
    restored = run_cli("doctor", "--restore")
    assert restored.returncode == 0, restored.stdout + restored.stderr
    assert "Survivor" in run_cli("list").stdout
    assert any(p.name.startswith("store.json.damaged-") for p in store_path.parent.iterdir())


def test_ingest_reads_standard_input(run_cli):
    text = "Officials said a missile strike hit the city of Odesa on Monday, killing three people."
    result = run_cli("ingest", "-", "--published", "2025-07-04", stdin=text)
    assert result.returncode == 0 and "1 strike" in result.stdout


def test_ingest_refuses_a_json_file(run_cli):
    result = run_cli("ingest", str(SEED_TEXT.with_suffix(".json")))
    assert result.returncode == 1 and "is JSON, not an article" in result.stderr
