"""How an event reads as text: the short time marker of a timeline row, the day headers, a plain-text card.

Shared by the command line (`list`, `show`) and the app (rows, detail pane, `y` copy). Stored text is
shown through safe_line/safe_text: a store may hold anything an older version or a colleague wrote.
"""

from __future__ import annotations

from datetime import datetime

from rich.cells import cell_len, set_cell_size

from store.corroborate import accounts, disagreements, figures_text, outlet_count, ranges_text
from store.days import DisplayZone, offset_label
from store.safetext import safe_line, safe_text
from store.timecalendar import part_of_day_name

PRECISION_MARKERS = {"day": "day", "week": "~week", "month": "~month", "year": "~year",
                     "unknown": "?"}
FLAGGED_STATUSES = ("claimed", "unconfirmed", "disputed", "expected")
# The badge of a row too narrow for the whole word beside the title and its dates ("[unconf.]")
SHORT_STATUSES = {"unconfirmed": "unconf.", "disputed": "disput.", "expected": "expect."}


# A title quoted in a message ("Added “…”") is cut to this many cells: enough to know the event.
QUOTED_TITLE_CELLS = 60


def shortened(text: str, cells: int) -> str:
    """text in at most `cells` terminal cells, its end replaced by '…' when it is longer. For display only:
    what is stored, shown in the detail pane, copied and exported stays whole."""
    if cell_len(text) <= cells:
        return text
    if cells < 1:
        return ""
    # set_cell_size pads with a space where a wide character would be split; the rstrip drops it.
    return set_cell_size(text, cells - 1).rstrip() + "…"


def quoted_title(event: dict) -> str:
    """The event's title as a message quotes it: one line, cut to QUOTED_TITLE_CELLS."""
    return f"“{shortened(safe_line(event['title']), QUOTED_TITLE_CELLS)}”"


PARTS_OF_DAY = ("night", "morning", "afternoon", "evening")
# The time column fits its longest marker, so kind, badge and title stay aligned on every row.
MARKER_WIDTH = max(len(marker) for marker in ("00:00", *PARTS_OF_DAY, *PRECISION_MARKERS.values()))


def time_marker(event: dict, zone: DisplayZone | None = None) -> str:
    """'21:40' (in the display zone, when given), 'night', 'day', '~week' ... A part of day stays the
    event's own: "last night" in Kyiv is night there, whatever the clock reads elsewhere."""
    start = datetime.fromisoformat(event["start"])
    precision = event["precision"]
    if precision in ("minute", "hour"):
        return (start.astimezone(zone.tz) if zone else start).strftime("%H:%M")
    if precision == "part_of_day":
        return part_of_day_name(start, datetime.fromisoformat(event["end"]))
    return PRECISION_MARKERS[precision]


def span_label(event: dict) -> str | None:
    """'30 Jun–3 Jul' when the window covers more than one calendar day (nights excepted)."""
    start = datetime.fromisoformat(event["start"])
    end = datetime.fromisoformat(event["end"])
    if (end - start).total_seconds() <= 86400 and event["precision"] in ("part_of_day", "minute", "hour", "day", "unknown"):
        return None
    if end.date() == start.date():
        return None
    if start.month == end.month and start.year == end.year:
        return f"{start.day}–{end.day} {end:%b}"
    return f"{start.day} {start:%b}–{end.day} {end:%b}"


def day_header(moment: datetime) -> str:
    return f"{moment:%a} {moment.day} {moment:%b %Y}"


def when_label(event: dict, zone: DisplayZone | None = None) -> str:
    start = zone.shown(event)[0] if zone else datetime.fromisoformat(event["start"])
    span = span_label(event)
    if span:
        return f"{span} {start:%Y} ({event['precision']})"
    return f"{start.day} {start:%b %Y} {time_marker(event, zone)}"


def window_text(event: dict, zone: DisplayZone | None = None) -> str:
    """'Thu 3 Jul 2025 21:40 (UTC+03:00)', 'Thu 3 Jul 2025, all day', 'Thu 3 Jul 18:00 → Fri 4 Jul 2025
    06:00 (UTC+03:00)': in the display zone (named) when the event's own clock reads otherwise."""
    if zone is not None and zone.differs(event):
        start, end = zone.shown(event)
        return _window(start, end, event["precision"], zone.name)
    start, end = datetime.fromisoformat(event["start"]), datetime.fromisoformat(event["end"])
    return _window(start, end, event["precision"], offset_label(start.utcoffset()))


def local_time_text(event: dict, zone: DisplayZone | None) -> str | None:
    """The event's own local time, when it reads otherwise in the display zone (else None)."""
    if zone is None or not zone.differs(event):
        return None
    return window_text(event)


def _window(start: datetime, end: datetime, precision: str, zone_name: str) -> str:
    if precision == "unknown":
        return f"not stated; placed on the publication day, {start:%a} {start.day} {start:%b %Y}"
    zone = f" ({zone_name})"
    day = f"{start:%a} {start.day} {start:%b}"
    if start == end:
        return f"{day} {start:%Y %H:%M}{zone}"
    whole_days = start.time().isoformat() == "00:00:00" and end.time().isoformat() == "23:59:59"
    if start.date() == end.date():
        return f"{day} {start:%Y}, all day" if whole_days else f"{day} {start:%Y}, {start:%H:%M}–{end:%H:%M}{zone}"
    end_day = f"{end:%a} {end.day} {end:%b %Y}"
    if whole_days:
        return f"{day} → {end_day}" if start.year == end.year else f"{day} {start:%Y} → {end_day}"
    return f"{day} {start:%H:%M} → {end_day} {end:%H:%M}{zone}"


def quantity_label(name: str) -> str:
    return safe_line(name).replace("_", " ")


def event_as_text(event: dict, articles: dict[str, dict], zone: DisplayZone | None = None) -> str:
    """A plain-text card of the event: what `show` prints and what `y` copies."""
    local = local_time_text(event, zone)
    lines = [safe_line(event["title"]), "",
             f"Kind:      {event['kind']}",
             f"When:      {window_text(event, zone)}",
             *([f"Local:     {local}"] if local else []),
             f"Precision: {event['precision']}"
             + (f' (from "{safe_line(event["time_text"])}")' if event["time_text"] else ""),
             f"Actors:    {', '.join(safe_line(a) for a in event['actors']) or '-'}",
             f"Location:  {safe_line(event['location']) or '-'}"]
    if event["quantities"]:
        lines.append("Numbers:   " + safe_line(ranges_text(event)))
    lines += [f"Status:    {event['status']}", f"Origin:    {event['origin']}", f"ID:        {event['id']}"]
    if event["notes"]:
        lines += ["", f"Notes: {event['notes']}"]
    lines += [f"{label}: {safe_line(text)}" for label, text in agreement_lines(event, articles)]
    for account in accounts(event, articles):
        lines += ["", f"{account_heading(account)}:"]
        lines += [f"  “{source['sentence']}”" for source in account.sources]
    # Notes and sentences may span lines; the last pass also catches anything a field above let through.
    return safe_text("\n".join(lines), multiline=True)


def outlets_badge(event: dict, articles: dict[str, dict] | None = None) -> str:
    """'×3' when three independent outlets report the event; '' for one or none."""
    count = outlet_count(event, articles)
    return f"×{count}" if count > 1 else ""


def account_heading(account) -> str:
    """'Meridian Wire · 2025-03-12 · “Title” · drones 320, killed 4 · copy of … · article 5a0ab0a2' (the id
    `newsline split` takes)."""
    parts = [safe_line(account.outlet)]
    if account.published:
        parts.append(account.published)
    if account.article and account.article["title"]:
        parts.append(f"“{safe_line(account.article['title'])}”")
    if account.figures:
        parts.append(safe_line(figures_text(account.figures)))
    if account.copy_of:
        parts.append(f"wire copy of article {account.copy_of[:8]}, counted once")
    if account.article_id:
        parts.append(f"article {account.article_id[:8]}")
    return " · ".join(parts)


def agreement_lines(event: dict, articles: dict[str, dict]) -> list[tuple[str, str]]:
    """('Sources', '3 outlets agree') or ('Differ', 'killed: 4 (A), 5 (B)') lines: agreement at a glance."""
    reports = accounts(event, articles)
    if len(reports) < 2:
        return []
    count = outlet_count(event, articles)
    copies = sum(1 for a in reports if a.copy_of)
    said = f"{count} outlet{'s' if count != 1 else ''}" + (f" (and {copies} wire cop{'ies' if copies != 1 else 'y'})"
                                                          if copies else "")
    differences = disagreements(event, articles)
    lines = [("Sources", said + ("; they differ on:" if differences else "; they agree"))]
    return lines + [("Differ", line) for line in differences]
