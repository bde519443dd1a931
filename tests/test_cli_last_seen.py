"""`newsline edit` and `delete` are conditional like the app's save: on the version this person last
saw (`show`, `add`, `edit`), or on --if-updated; --force overrides. The memory lives in a small file
under $XDG_STATE_HOME/newsline/ that is bounded and ignored when damaged."""

from __future__ import annotations

import json
import os

from store.database import Store
from store.lastseen import MAX_EVENTS, LastSeen


def _add(run_cli) -> str:
    result = run_cli("add", "--kind", "strike", "--when", "3 July 2025 21:00", "--title", "Strike on Odesa")
    assert result.returncode == 0, result.stderr
    return result.stdout.strip().splitlines()[-1]


def _colleague(run_cli, tmp_path, *args: str):
    """The same store, another person (their own state folder)."""
    return run_cli(*args, env={"XDG_STATE_HOME": str(tmp_path / "colleague")})


def test_an_edit_on_a_version_changed_since_you_saw_it_is_refused(run_cli, store_path, tmp_path):
    event_id = _add(run_cli)
    assert _colleague(run_cli, tmp_path, "edit", event_id, "--status", "disputed", "--note", "denied").returncode == 0
    stale = run_cli("edit", event_id, "--title", "Mine")
    assert stale.returncode == 1 and stale.stderr.count("\n") == 1, stale.stderr
    assert "since you last saw it (status, notes changed)" in stale.stderr
    assert "nothing was saved" in stale.stderr and "`show` it again or use --force" in stale.stderr
    deleted = run_cli("delete", event_id)
    assert deleted.returncode == 1 and "nothing was deleted" in deleted.stderr
    stored = Store(store_path).get_event(event_id)
    assert (stored["title"], stored["status"]) == ("Strike on Odesa", "disputed")
    assert run_cli("show", event_id).returncode == 0  # now seen: the edit goes through
    assert run_cli("edit", event_id, "--title", "Mine").returncode == 0
    assert Store(store_path).get_event(event_id)["title"] == "Mine"
    assert run_cli("edit", event_id, "--note", "again").returncode == 0  # its own change is what it saw


def test_force_overrides_and_cannot_go_with_if_updated(run_cli, store_path, tmp_path):
    event_id = _add(run_cli)
    _colleague(run_cli, tmp_path, "edit", event_id, "--status", "disputed")
    both = run_cli("edit", event_id, "--title", "Mine", "--force", "--if-updated", "2025-01-01T00:00:00+00:00")
    assert both.returncode == 2 and "not allowed with" in both.stderr
    forced = run_cli("edit", event_id, "--title", "Mine", "--force")
    assert forced.returncode == 0, forced.stderr
    stored = Store(store_path).get_event(event_id)
    assert (stored["title"], stored["status"]) == ("Mine", "disputed")  # only what was named changed
    # The colleague last saw their own version: my forced edit is news to them too.
    assert _colleague(run_cli, tmp_path, "edit", event_id, "--note", "theirs").returncode == 1
    assert _colleague(run_cli, tmp_path, "edit", event_id, "--note", "theirs", "--force").returncode == 0
    assert run_cli("delete", event_id).returncode == 1
    assert run_cli("delete", event_id, "--force").returncode == 0
    assert event_id not in Store(store_path).events_by_id


def test_an_event_never_seen_here_is_changed_as_it_is(run_cli, tmp_path):
    event_id = _add(run_cli)
    assert _colleague(run_cli, tmp_path, "edit", event_id, "--status", "confirmed").returncode == 0
    assert _colleague(run_cli, tmp_path, "delete", event_id).returncode == 0  # the colleague saw its own edit


def test_if_updated_names_the_version_and_wins_over_the_memory(run_cli, tmp_path):
    event_id = _add(run_cli)
    seen = json.loads(run_cli("show", event_id, "--json").stdout)["updated"]
    _colleague(run_cli, tmp_path, "edit", event_id, "--status", "disputed")
    current = json.loads(_colleague(run_cli, tmp_path, "show", event_id, "--json").stdout)["updated"]
    assert run_cli("edit", event_id, "--title", "Mine", "--if-updated", seen).returncode == 1
    assert run_cli("edit", event_id, "--title", "Mine", "--if-updated", current).returncode == 0


def test_the_memory_is_a_small_private_file_and_damage_is_ignored(run_cli, store_path, tmp_path):
    event_id = _add(run_cli)
    files = list((_state_home() / "newsline" / "seen").glob("*.json"))
    assert len(files) == 1
    text = files[0].read_text()
    assert "Strike on Odesa" not in text  # digests only: no event text is copied out of the store
    files[0].write_bytes(b"\x00{not json")
    _colleague(run_cli, tmp_path, "edit", event_id, "--status", "disputed")
    result = run_cli("edit", event_id, "--title", "Mine")  # nothing remembered: changed as it is
    assert result.returncode == 0 and result.stderr == "", result.stderr
    assert json.loads(files[0].read_text())["events"][event_id]["updated"]  # and remembered again


def test_the_memory_keeps_the_most_recent_events_only(store_path, tmp_path):
    from store import model

    seen = LastSeen(store_path, folder=tmp_path / "seen")
    events = [model.make_event(kind="other", title=f"e{n}", start="2025-07-03T00:00:00+00:00",
                               end="2025-07-03T23:59:59+00:00", precision="day") for n in range(MAX_EVENTS + 5)]
    for event in events:
        seen.remember(event)
    seen.save()
    again = LastSeen(store_path, folder=tmp_path / "seen")
    assert again.updated(events[0]["id"]) is None and again.updated(events[-1]["id"]) == events[-1]["updated"]
    assert len(json.loads(again.path.read_text())["events"]) == MAX_EVENTS


def test_a_read_only_state_folder_does_not_stop_the_change(run_cli, store_path, tmp_path):
    blocked = tmp_path / "blocked"
    blocked.write_text("a file where the folder would be")
    result = run_cli("add", "--kind", "other", "--when", "3 July 2025", "--title", "x",
                     env={"XDG_STATE_HOME": str(blocked)})
    assert result.returncode == 0 and result.stderr == "", result.stderr


def _state_home():
    from pathlib import Path

    return Path(os.environ["XDG_STATE_HOME"])
