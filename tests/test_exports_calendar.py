"""Exports as other programs read them: calendars get all-day dates for whole days and instants for
times, with everything an analyst needs in the description; CSV can carry a byte-order mark."""

from __future__ import annotations

from store import exchange, model
from store.database import Store


def _event(**fields) -> dict:
    defaults = dict(kind="strike", title="Strike", actors=["Russia"], location="Odesa",
                    quantities={"drones": 40}, status="claimed")
    return model.make_event(**{**defaults, **fields})


def _vevents(ics: str) -> list[str]:
    unfolded = ics.replace("\r\n ", "")
    return unfolded.split("BEGIN:VEVENT")[1:]


def test_whole_days_are_all_day_events_with_an_exclusive_end_and_times_are_instants(store_path):
    store = Store(store_path)
    store.add_event(_event(title="A week", start="2025-06-30T00:00:00+03:00", end="2025-07-06T23:59:59+03:00",
                           precision="week"))
    store.add_event(_event(title="At nine", start="2025-07-03T21:00:00+03:00", end="2025-07-03T21:00:00+03:00",
                           precision="minute"))
    week, timed = _vevents(exchange.export(store, "ics"))
    assert "DTSTART;VALUE=DATE:20250630" in week and "DTEND;VALUE=DATE:20250707" in week
    assert "DTSTART:20250703T180000Z" in timed  # 21:00 in UTC+3, as an instant
    assert "actors: Russia" in timed and "where: Odesa" in timed and "numbers: drones 40" in timed
    assert "strike\\, claimed" in timed


def test_csv_with_a_byte_order_mark_for_spreadsheets(run_cli):
    assert run_cli("add", "--kind", "other", "--when", "3 July 2025", "--title", "Café talks").returncode == 0
    with_bom = run_cli("export", "--format", "csv", "--bom")
    assert with_bom.returncode == 0 and with_bom.stdout.startswith("\ufeffid,")
    assert run_cli("export", "--format", "json", "--bom").returncode == 2


def test_a_calendar_calls_confirmed_only_what_is_confirmed(store_path):
    """A claimed, disputed or merely reported event is not CONFIRMED in a calendar (it was, for all but
    expected ones): claims and disputes are tentative, a plain report carries no STATUS."""
    store = Store(store_path)
    for status in ("confirmed", "reported", "claimed", "disputed", "unconfirmed", "expected"):
        store.add_event(_event(title=status.title(), status=status, start="2025-07-03T00:00:00+03:00",
                               end="2025-07-03T23:59:59+03:00", precision="day"))
    by_title = {e.split("SUMMARY:")[1].split("\r\n")[0]: e for e in _vevents(exchange.export(store, "ics"))}
    assert "STATUS:CONFIRMED" in by_title["Confirmed"]
    assert "STATUS:" not in by_title["Reported"]
    for status in ("Claimed", "Disputed", "Unconfirmed", "Expected"):
        assert "STATUS:TENTATIVE" in by_title[status]
