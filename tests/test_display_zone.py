"""One display zone for a timeline that mixes places: days come in order, `list --since/--until` mean
days of that zone, and each event's own local time is still shown beside it."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from store import model
from store.database import Store
from tests.test_app import NOW, started
from tui.app import NewslineApp
from tui.widgets.detail import DetailPane

# Around midnight of Wednesday 2 July 2025 in three zones (UTC instants in the comments).
EVENTS = (
    ("Tokyo just after midnight", "2025-07-03T00:30:00+09:00"),   # Wed 2 Jul 15:30
    ("Kyiv before midnight", "2025-07-02T23:30:00+03:00"),        # Wed 2 Jul 20:30
    ("Kyiv just after midnight", "2025-07-03T00:30:00+03:00"),    # Wed 2 Jul 21:30
    ("New York evening", "2025-07-02T22:00:00-04:00"),            # Thu 3 Jul 02:00
    ("Tokyo late evening", "2025-07-03T23:30:00+09:00"),          # Thu 3 Jul 14:30
)


@pytest.fixture
def mixed_store(store_path):
    store = Store(store_path)
    for title, start in EVENTS:
        store.add_event(model.make_event(kind="strike", title=title, start=start, end=start, precision="minute"))
    return store_path


def _days_and_titles(app) -> list[tuple[str, str]]:
    """(day header above it, title) for every row, as the timeline shows them."""
    shown, day = [], None
    for y in range(len(app.state.rows)):
        text = app.screen.timeline.render_line(y).text.strip()
        title = next((title for title, _ in EVENTS if title in text), None)
        if title:
            shown.append((day, title))
        else:
            day = text
    return shown


@pytest.mark.parametrize("zone,expected", [
    ("UTC", [("Wed 2 Jul 2025", "Tokyo just after midnight"), ("Wed 2 Jul 2025", "Kyiv before midnight"),
             ("Wed 2 Jul 2025", "Kyiv just after midnight"), ("Thu 3 Jul 2025", "New York evening"),
             ("Thu 3 Jul 2025", "Tokyo late evening")]),
    ("Asia/Tokyo", [("Thu 3 Jul 2025", "Tokyo just after midnight"), ("Thu 3 Jul 2025", "Kyiv before midnight"),
                    ("Thu 3 Jul 2025", "Kyiv just after midnight"), ("Thu 3 Jul 2025", "New York evening"),
                    ("Thu 3 Jul 2025", "Tokyo late evening")]),
    ("America/New_York", [("Wed 2 Jul 2025", "Tokyo just after midnight"),
                          ("Wed 2 Jul 2025", "Kyiv before midnight"), ("Wed 2 Jul 2025", "Kyiv just after midnight"),
                          ("Wed 2 Jul 2025", "New York evening"), ("Thu 3 Jul 2025", "Tokyo late evening")]),
])
async def test_day_headers_follow_the_display_zone_in_order_and_once_each(mixed_store, zone, expected):
    app = NewslineApp(mixed_store, seed=False, now=NOW, zone=zone)
    async with app.run_test(size=(120, 30)) as pilot:
        await started(app, pilot)
        shown = _days_and_titles(app)
        assert shown == expected
        headers = [row for row in app.state.rows if isinstance(row, str)]
        assert headers == sorted(set(headers)), headers  # each day once, in order
        status = " ".join(str(app.screen.query_one("#status-bar").content).split())
        assert f"{zone} time" in status


async def test_rows_show_display_time_and_the_detail_pane_both_times(mixed_store):
    app = NewslineApp(mixed_store, seed=False, now=NOW, zone="America/New_York")
    async with app.run_test(size=(120, 30)) as pilot:
        screen = await started(app, pilot)
        tokyo = app.state.row_of_id[next(e["id"] for e in app.state.store.events()
                                         if e["title"] == "Tokyo just after midnight")]
        screen.timeline.move_to_row(tokyo)
        await pilot.pause(0.2)
        assert "11:30" in screen.timeline.render_line(tokyo).text  # 00:30 in Tokyo is 11:30 the day before
        card = " ".join(screen.query_one(DetailPane).text.split())
        assert "When Wed 2 Jul 2025 11:30 (America/New_York) Local Thu 3 Jul 2025 00:30 (UTC+09:00)" in card
        new_york = app.state.row_of_id[next(e["id"] for e in app.state.store.events()
                                            if e["title"] == "New York evening")]
        screen.timeline.move_to_row(new_york)
        await pilot.pause(0.2)
        card = " ".join(screen.query_one(DetailPane).text.split())
        assert "When Wed 2 Jul 2025 22:00 (UTC-04:00)" in card and "Local" not in card  # one time when they agree


def test_list_until_means_the_whole_day_in_the_display_zone_and_no_more(run_cli, mixed_store):
    new_york = run_cli("list", "--until", "2025-07-02", env={"NEWSLINE_TZ": "America/New_York"})
    assert new_york.returncode == 0, new_york.stderr
    lines = new_york.stdout.splitlines()
    assert lines[-1] == "4 events"
    assert all(" 2 Jul 2025 " in f" {line}" for line in lines[1:-1]), lines
    assert "Tokyo late evening" not in new_york.stdout and "New York evening" in new_york.stdout
    # --tz after the command wins over NEWSLINE_TZ; the listing is in display order, times in that zone.
    tokyo = run_cli("list", "--tz", "Asia/Tokyo", "--since", "3 July 2025", "--until", "3 July 2025",
                    env={"NEWSLINE_TZ": "America/New_York"})
    rows = tokyo.stdout.splitlines()[1:-1]
    assert [row.split()[3] for row in rows] == ["00:30", "05:30", "06:30", "11:00", "23:30"]
    utc = run_cli("--tz", "UTC", "list", "--since", "2025-07-03")
    assert [line.split("  ")[-1] for line in utc.stdout.splitlines()[1:-1]] == ["New York evening",
                                                                              "Tokyo late evening"]


def test_a_whole_day_event_stays_on_its_own_date_in_every_zone(run_cli, store_path):
    store = Store(store_path)
    store.add_event(model.make_event(kind="call", title="Tokyo summit day", start="2025-07-03T00:00:00+09:00",
                                     end="2025-07-03T23:59:59+09:00", precision="day"))
    store.add_event(model.make_event(kind="call", title="New York morning call", start="2025-07-02T09:00:00-04:00",
                                     end="2025-07-02T09:00:00-04:00", precision="minute"))
    for zone in ("America/New_York", "Asia/Tokyo", "UTC"):
        listed = run_cli("list", "--since", "2025-07-03", "--until", "2025-07-03", env={"NEWSLINE_TZ": zone})
        assert "Tokyo summit day" in listed.stdout and "3 Jul 2025 day" in listed.stdout, zone
        assert "New York morning call" not in listed.stdout
        export = run_cli("export", "--format", "md", env={"NEWSLINE_TZ": zone}).stdout
        assert export.index("## Wed 2 Jul 2025") < export.index("New York morning call") \
            < export.index("## Thu 3 Jul 2025") < export.index("Tokyo summit day"), zone
        assert f"Days and times in {zone}" in export


def test_an_unknown_zone_is_one_line_and_exit_2(run_cli, mixed_store):
    for args, env in ((("--tz", "Mars/Olympus", "list"), {}), (("list",), {"NEWSLINE_TZ": "Nowhere"}),
                      (("show", "abcd", "--tz", "+03:00"), {})):
        result = run_cli(*args, env=env)
        assert result.returncode == 2, (args, result.stderr)
        assert result.stderr.count("\n") == 1 and "unknown time zone" in result.stderr
        assert "Traceback" not in result.stderr


def test_the_machine_zone_is_the_default(run_cli, mixed_store, monkeypatch):
    monkeypatch.delenv("NEWSLINE_TZ")
    shown = run_cli("list", env={"TZ": "Asia/Tokyo"})
    assert "3 Jul 2025 00:30" in shown.stdout and "3 Jul 2025 11:00" in shown.stdout  # New York's 22:00


def test_show_names_the_display_time_and_the_events_own(run_cli, mixed_store):
    event_id = next(e["id"] for e in Store(mixed_store).events() if e["title"] == "Kyiv just after midnight")
    shown = run_cli("--tz", "UTC", "show", event_id).stdout
    assert "When:      Wed 2 Jul 2025 21:30 (UTC)" in shown
    assert "Local:     Thu 3 Jul 2025 00:30 (UTC+03:00)" in shown


async def test_t_jumps_to_the_first_event_of_that_day_in_the_display_zone(mixed_store):
    app = NewslineApp(mixed_store, seed=False, now=NOW, zone="America/New_York")
    async with app.run_test(size=(120, 30)) as pilot:
        screen = await started(app, pilot)
        await pilot.press("t", *"3 July 2025", "enter")
        await pilot.pause()
        assert screen.timeline.current_event["title"] == "Tokyo late evening"  # the only one on 3 July there
        await pilot.press("t", *"2 July 2025", "enter")
        await pilot.pause()
        assert screen.timeline.current_event["title"] == "Tokyo just after midnight"


def _add_one_every_five_hours(store: Store) -> None:
    """Timed events t0, t5, … every five hours over four days from 1 July 2025, 00:00 UTC."""
    base = datetime.fromisoformat("2025-07-01T00:00:00+00:00")
    for hour in range(0, 96, 5):
        moment = (base + timedelta(hours=hour)).isoformat()
        store.add_event(model.make_event(kind="other", title=f"t{hour}", start=moment, end=moment,
                                         precision="minute"))


def test_positions_are_sorted_and_fast_to_group(store_path):
    """Whole-day events of far zones move among the timed ones; the display order stays sorted."""
    from store.days import display_zone

    store = Store(store_path)
    _add_one_every_five_hours(store)
    for day, offset in ((1, "+14:00"), (2, "-11:00"), (3, "+05:30")):
        store.add_event(model.make_event(kind="other", title=f"d{day}", start=f"2025-07-0{day}T00:00:00{offset}",
                                         end=f"2025-07-0{day}T23:59:59{offset}", precision="day"))
    zone = display_zone("Europe/Kyiv")
    placed = zone.ordered(store.timeline())
    positions = [position for position, _ in placed]
    assert positions == sorted(positions)
    days = {event["title"]: zone.day_of(position) for position, event in placed}
    assert (days["d1"], days["d2"], days["d3"]) == ("2025-07-01", "2025-07-02", "2025-07-03")


@pytest.mark.parametrize("zone_name", ["UTC", "Asia/Tokyo", "America/New_York", "Pacific/Kiritimati"])
def test_a_timeline_with_journal_changes_is_placed_as_if_placed_whole(store_path, zone_name):
    """The index's events are placed once and the journal's changes laid on top (DisplayZone.place):
    after adds, edits and deletes of timed and whole-day events in far zones, the places, order and
    days are those of placing the whole timeline again."""
    import numpy as np

    from store.days import Placement, display_zone

    store = Store(store_path)
    _add_one_every_five_hours(store)
    for day, offset in ((1, "+14:00"), (2, "-11:00"), (3, "+05:30"), (3, "+00:00")):
        store.add_event(model.make_event(kind="other", title=f"d{day}{offset}", start=f"2025-07-0{day}T00:00:00{offset}",
                                         end=f"2025-07-0{day}T23:59:59{offset}", precision="day"))
    store.compact()  # everything in the index, the journal empty
    zone = display_zone(zone_name)
    zone.place(store.timeline())
    events = store.events()
    changes = [
        lambda: store.add_event(model.make_event(kind="call", title="new day", start="2025-07-02T00:00:00-11:00",
                                                 end="2025-07-02T23:59:59-11:00", precision="day")),
        lambda: store.delete_event(events[3]["id"]),
        lambda: store.update_event(events[-1]["id"], {"title": "renamed"}),
        lambda: store.add_event(model.make_event(kind="strike", title="same minute", start=events[5]["start"],
                                                 end=events[5]["end"], precision="minute")),
        lambda: store.delete_event(events[-2]["id"]),
    ]
    for change in changes:
        change()
        timeline = store.timeline()
        assert not timeline.in_index_order
        laid, whole = zone.place(timeline), Placement(zone, timeline)
        count = len(timeline)
        assert np.array_equal(laid.positions, whole.positions)
        assert np.array_equal(laid.store_ranks(np.arange(count)), whole.store_ranks(np.arange(count)))
        assert np.array_equal(laid.days, whole.days)
