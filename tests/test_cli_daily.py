"""The command line as an analyst uses it every day: edits change only what they name, conditional
edits never overwrite a newer change unseen, and small things read right."""

from __future__ import annotations

import json


def _add(run_cli, *extra: str) -> str:
    result = run_cli("add", "--kind", "strike", "--when", "3 July 2025 21:00", "--title", "Strike on Odesa", *extra)
    assert result.returncode == 0, result.stderr
    return result.stdout.strip().splitlines()[-1]


def _record(run_cli, event_id: str) -> dict:
    return json.loads(run_cli("show", event_id, "--json").stdout)


def test_edit_adjusts_one_quantity_and_actors_and_keeps_the_rest(run_cli):
    event_id = _add(run_cli, "--quantity", "drones=40", "--quantity", "killed=2", "--actor", "Russia")
    result = run_cli("edit", event_id[:8], "--quantity", "drones=52", "--add-actor", "Ukrainian air force")
    assert result.returncode == 0, result.stderr
    record = _record(run_cli, event_id)
    assert record["quantities"] == {"drones": 52, "killed": 2}
    assert record["actors"] == ["Russia", "Ukrainian air force"]
    assert run_cli("edit", event_id, "--quantity", "killed=", "--remove-actor", "Russia").returncode == 0
    record = _record(run_cli, event_id)
    assert record["quantities"] == {"drones": 52} and record["actors"] == ["Ukrainian air force"]


def test_edit_refuses_to_remove_what_is_not_there(run_cli):
    event_id = _add(run_cli, "--actor", "Russia")
    result = run_cli("edit", event_id, "--remove-actor", "Nobody")
    assert result.returncode == 2 and "has no such actor" in result.stderr
    assert _record(run_cli, event_id)["actors"] == ["Russia"]


def test_a_conditional_edit_or_delete_never_overwrites_a_newer_change(run_cli):
    event_id = _add(run_cli)
    seen = _record(run_cli, event_id)["updated"]
    assert run_cli("edit", event_id, "--status", "disputed").returncode == 0  # a colleague, meanwhile
    stale = run_cli("edit", event_id, "--title", "Mine", "--if-updated", seen)
    assert stale.returncode == 1 and "nothing was saved" in stale.stderr
    assert run_cli("delete", event_id, "--if-updated", seen).returncode == 1
    record = _record(run_cli, event_id)
    assert (record["title"], record["status"]) == ("Strike on Odesa", "disputed")
    fresh = run_cli("edit", event_id, "--title", "Mine", "--if-updated", record["updated"])
    assert fresh.returncode == 0, fresh.stderr


def test_a_title_with_a_newline_is_a_usage_error_and_nothing_is_created(run_cli, store_path):
    result = run_cli("add", "--kind", "other", "--when", "3 July 2025", "--title", "two\nlines")
    assert result.returncode == 2 and "one line" in result.stderr
    assert result.stdout == "" and not store_path.exists()


def test_small_things_read_right(run_cli):
    event_id = _add(run_cli)
    assert run_cli("list").stdout.strip().splitlines()[-1] == "1 event"
    short = run_cli("show", event_id[:3])
    assert short.returncode == 1 and "too short" in short.stderr
    version = run_cli("--version")
    assert version.returncode == 0 and version.stdout.startswith("newsline ")


def test_hand_entered_times_keep_their_clock_and_offset(run_cli):
    for when, start in (("2025-07-03T04:00+03:00", "2025-07-03T04:00:00+03:00"),
                        ("3 July 2025 12:00 +03:00", "2025-07-03T12:00:00+03:00"),
                        ("2025-07-03T12:00:00Z", "2025-07-03T12:00:00+00:00")):
        result = run_cli("add", "--kind", "other", "--when", when, "--title", f"at {when}")
        assert result.returncode == 0, result.stderr
        record = _record(run_cli, result.stdout.strip().splitlines()[-1])
        assert (record["start"], record["precision"]) == (start, "minute"), when


def test_an_impossible_time_is_refused_and_nothing_is_stored(run_cli, store_path):
    result = run_cli("add", "--kind", "other", "--when", "4 July 2025 25:00", "--title", "never")
    assert result.returncode == 2 and "25:00 is not a time of day" in result.stderr
    assert not store_path.exists()
