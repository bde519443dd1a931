"""Export the store as JSON, CSV, Markdown or iCalendar, and import a JSON export back."""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

import orjson

from . import corroborate, kinds, migrations, model
from .database import Store
from .days import ALL_DAY_PRECISIONS, DisplayZone, display_zone
from .errors import InputError, ValidationError
from .safetext import dump_json, safe_text
from .timecalendar import part_of_day_name
from .userfiles import read_regular_file

# 2: events carry their reports and merge history (schema 3). A version 1 export is upgraded on import.
# 3: events carry the events split apart from them by hand (schema 4).
EXPORT_VERSION = 3
# The schema each older export version was written at: its records are upgraded from there on import.
_EXPORT_SCHEMA = {1: 2, 2: 3}
# An export of 100,000 events is ~80 MB; a file far beyond that is not ours and would fill memory.
MAX_IMPORT_BYTES = 256 * 1024 * 1024
FORMATS = ("json", "csv", "md", "ics")


def export(store: Store, fmt: str, zone: DisplayZone | None = None) -> str:
    """The store as text; `zone` places the days and times of Markdown (default: the display zone)."""
    events = store.events()
    articles = store.articles()
    if fmt == "json":
        # The records as stored (a JSON string cannot carry a raw ESC); dump_json also escapes C1 and bidi.
        return dump_json({"version": EXPORT_VERSION, "articles": articles, "events": events}) + "\n"
    if fmt == "csv":
        return _csv(events, {a["id"]: a for a in articles})
    if fmt == "md":
        return _markdown(events, {a["id"]: a for a in articles}, zone or display_zone())
    if fmt == "ics":
        return _ics(events, {a["id"]: a for a in articles})
    raise ValidationError(f"unknown export format {fmt!r}; use one of {', '.join(FORMATS)}")


# A spreadsheet runs a cell that starts with one of these as a formula (=HYPERLINK(...), =cmd|...).
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _cell(value: str | None, *, multiline: bool = False) -> str:
    """A CSV cell: no control characters, and never read as a formula (OWASP: prefix a single quote)."""
    text = safe_text(value or "", multiline=multiline)
    if text.startswith(_FORMULA_START) or text.lstrip().startswith(_FORMULA_START):
        return "'" + text
    return text


def _csv(events: list[dict], articles: dict[str, dict]) -> str:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(["id", "kind", "title", "start", "end", "precision", "time_text", "actors", "location",
                     "quantities", "status", "origin", "outlets", "source_count", "reports", "sources", "notes",
                     "created", "updated"])
    for e in events:
        writer.writerow([
            _cell(e["id"]), e["kind"], _cell(e["title"]), e["start"], e["end"], e["precision"],
            _cell(e["time_text"]), _cell("; ".join(e["actors"])), _cell(e["location"]),
            _cell("; ".join(f"{k}={v}" for k, v in e["quantities"].items())), e["status"], e["origin"],
            corroborate.outlet_count(e, articles), len(e["sources"]),
            # Each outlet with its date and figures: "Meridian Wire 2025-03-12 drones=320 killed=4 | ...".
            _cell(" | ".join(" ".join(filter(None, [a.outlet, a.published, *(f"{k}={v}" for k, v in a.figures.items()),
                                                    "(wire copy)" if a.copy_of else ""]))
                             for a in corroborate.accounts(e, articles))),
            _cell(" | ".join(s["sentence"] for s in e["sources"]), multiline=True),
            _cell(e["notes"], multiline=True), e["created"], e["updated"],
        ])
    return out.getvalue()


_MARKDOWN_SPECIAL = re.compile(r"([\\`*_\[\]])")


def _md(value: str | None) -> str:
    """Event text as literal Markdown: HTML as entities, no links, images or emphasis, one line."""
    text = safe_text(value or "").replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return _MARKDOWN_SPECIAL.sub(r"\\\1", text)


def _markdown(events: list[dict], articles: dict[str, dict], zone: DisplayZone) -> str:
    lines = ["# Timeline", "", f"Days and times in {zone.name}; whole-day events on their own date.", ""]
    notes: list[corroborate.Account] = []
    day = None
    for position, e in sorted(((zone.position(e), e) for e in events), key=lambda pair: pair[0]):
        heading = datetime.fromisoformat(zone.day_of(position)).strftime("%a %-d %b %Y")
        if heading != day:
            day = heading
            lines += ([""] if lines[-1] else []) + [f"## {heading}", ""]
        start = zone.shown(e)[0]
        if e["precision"] in ("minute", "hour"):
            when = start.strftime("%H:%M")
        elif e["precision"] == "part_of_day":  # the event's own evening or night, as the timeline shows it
            when = part_of_day_name(datetime.fromisoformat(e["start"]), datetime.fromisoformat(e["end"]))
        else:
            when = e["precision"].replace("_", " ")
        badge = f" _({e['status']})_" if e["status"] != "reported" else ""
        lines.append(f"- **{when}** · {e['kind']} · {_md(e['title'])}{badge}")
        details = []
        if e["actors"]:
            details.append("actors: " + ", ".join(_md(actor) for actor in e["actors"]))
        if e["location"]:
            details.append("where: " + _md(e["location"]))
        if e["quantities"]:
            details.append(_md(corroborate.ranges_text(e)))
        count = corroborate.outlet_count(e, articles)
        if count > 1:
            details.append(f"reported by {count} outlets")
        details += [_md(line) for line in corroborate.disagreements(e, articles)]
        if details:
            lines.append("  - " + "; ".join(details))
        for source in e["sources"][:1]:
            lines.append(f"  > {_md(source['sentence'])}")
        # A footnote per article behind the event: its outlet, date and figures, and its sentences.
        marks = []
        for account in corroborate.accounts(e, articles):
            notes.append(account)
            marks.append(f"[^{len(notes)}]")
        if marks:
            lines.append("  - sources: " + " ".join(marks))
    if notes:
        lines += ["", "---", ""]
        for number, account in enumerate(notes, 1):
            about = [_md(account.outlet), account.published, _md(corroborate.figures_text(account.figures)),
                     "wire copy, counted once" if account.copy_of else ""]
            quoted = " ".join(f"“{_md(s['sentence'])}”" for s in account.sources)
            lines.append(f"[^{number}]: " + ", ".join(part for part in about if part) + (f": {quoted}" if quoted else ""))
    return "\n".join(lines) + "\n"


def _ics_text(value: str) -> str:
    """An RFC 5545 TEXT value: no control characters (CR and LF become an escaped newline)."""
    value = safe_text(value, multiline=True)
    return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def _ics_time(value: str) -> str:
    return datetime.fromisoformat(value).astimezone(timezone.utc).strftime("%Y%m%dT%H%M%SZ")


ICS_LINE_OCTETS = 75


def _fold(line: str) -> str:
    """RFC 5545 lines are at most 75 octets (without CRLF); longer ones continue on lines starting with a
    space. Folding goes character by character, so a UTF-8 sequence is never split."""
    out, current, size = [], "", 0
    for ch in line:
        octets = len(ch.encode())
        if size + octets > ICS_LINE_OCTETS:
            out.append(current)
            current, size = " ", 1
        current += ch
        size += octets
    out.append(current)
    return "\r\n".join(out)


def _ics_dates(event: dict) -> list[str]:
    """DTSTART/DTEND: whole days as all-day dates in the event's own calendar (the end exclusive, as RFC
    5545 wants), times as UTC instants (a zone of their own, never floating)."""
    if event["precision"] in ALL_DAY_PRECISIONS:
        first = datetime.fromisoformat(event["start"]).date()
        last = datetime.fromisoformat(event["end"]).date()
        return [f"DTSTART;VALUE=DATE:{first:%Y%m%d}", f"DTEND;VALUE=DATE:{last + timedelta(days=1):%Y%m%d}"]
    return [f"DTSTART:{_ics_time(event['start'])}", f"DTEND:{_ics_time(event['end'])}"]


def _ics_description(event: dict, articles: dict[str, dict]) -> str:
    lines = [f"{event['kind']}, {event['status']}; when: {event['time_text'] or event['precision']}"]
    if event["actors"]:
        lines.append("actors: " + ", ".join(event["actors"]))
    if event["location"]:
        lines.append("where: " + event["location"])
    if event["quantities"]:
        lines.append("numbers: " + corroborate.ranges_text(event))
    count = corroborate.outlet_count(event, articles)
    if count > 1:
        lines.append(f"reported by {count} outlets")
    lines += corroborate.disagreements(event, articles)
    if event["notes"]:
        lines.append("notes: " + event["notes"])
    for account in corroborate.accounts(event, articles):
        about = ", ".join(part for part in (account.outlet, account.published, corroborate.figures_text(account.figures),
                                            "wire copy" if account.copy_of else "") if part)
        for source in account.sources:
            lines.append(f"source ({about}): {source['sentence']}")
    return "\n".join(lines)


# RFC 5545 has three states for an event. Only a confirmed one is CONFIRMED; what is yet to happen, or
# only claimed, unconfirmed or disputed, is TENTATIVE; a plain report makes no claim either way, so it
# carries no STATUS (a calendar then shows it as an ordinary event). The status is in the description.
_ICS_STATUS = {"confirmed": "CONFIRMED", "expected": "TENTATIVE", "claimed": "TENTATIVE",
               "unconfirmed": "TENTATIVE", "disputed": "TENTATIVE"}


def _ics(events: list[dict], articles: dict[str, dict]) -> str:
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//newsline//timeline//EN", "CALSCALE:GREGORIAN"]
    stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%SZ")
    for e in events:
        lines += ["BEGIN:VEVENT", f"UID:{_ics_text(e['id'])}@newsline", f"DTSTAMP:{stamp}", *_ics_dates(e),
                  f"SUMMARY:{_ics_text(e['title'])}", f"DESCRIPTION:{_ics_text(_ics_description(e, articles))}",
                  f"CATEGORIES:{kinds.get(e['kind']).category}"]
        if e["location"]:
            lines.append(f"LOCATION:{_ics_text(e['location'])}")
        if status := _ICS_STATUS.get(e["status"]):
            lines.append(f"STATUS:{status}")
        lines.append("END:VEVENT")
    lines.append("END:VCALENDAR")
    return "\r\n".join(_fold(line) for line in lines) + "\r\n"


@dataclass(slots=True)
class ExportRecords:
    """The records of a JSON export, validated; unpacks as (articles, events)."""

    articles: list[dict]
    events: list[dict]
    cleaned: int = 0  # records whose text held control characters, now replaced by visible marks

    def __iter__(self):
        return iter((self.articles, self.events))


def read_export(path: str) -> ExportRecords:
    """Articles and events of a JSON export, cleaned and validated before anything is written."""
    raw = read_regular_file(path, MAX_IMPORT_BYTES,
                            f"larger than the {MAX_IMPORT_BYTES // 2**20} MB import limit; nothing was imported")
    try:
        data = orjson.loads(raw)
    except orjson.JSONDecodeError as exc:
        raise InputError(f"{path}: not valid JSON ({exc.msg} at line {exc.lineno})") from None
    if not isinstance(data, dict):
        raise InputError(f"{path}: an export must be an object with version, articles and events")
    for key in ("version", "articles", "events"):
        if key not in data:
            raise InputError(f"{path}: missing key {key!r}; nothing was imported")
    if data["version"] not in (*_EXPORT_SCHEMA, EXPORT_VERSION) or isinstance(data["version"], bool):
        raise InputError(f"{path}: export version {data['version']!r} is not supported (expected {EXPORT_VERSION})")
    if not isinstance(data["articles"], list) or not isinstance(data["events"], list):
        raise InputError(f"{path}: articles and events must be lists; nothing was imported")
    if data["version"] in _EXPORT_SCHEMA:  # an older export: the records gain what later schemas added
        written_at = _EXPORT_SCHEMA[data["version"]]
        data["events"] = [migrations.upgrade("events", e, written_at) if isinstance(e, dict) else e
                          for e in data["events"]]
    # Control characters are not a reason to refuse a record (an older newsline stored them): they are
    # replaced like any text entering the store, and the count is reported.
    articles = [model.clean_article(a) if isinstance(a, dict) else a for a in data["articles"]]
    events = [model.clean_event(e) if isinstance(e, dict) else e for e in data["events"]]
    cleaned = sum(new != old for new, old in zip(articles + events, data["articles"] + data["events"]))
    seen: set[str] = set()
    try:
        for article in articles:
            model.validate_article(article)
        for event in events:
            model.validate_event(event)
            if event["id"] in seen:
                raise ValidationError(f"event {event['id']} appears twice")
            seen.add(event["id"])
    except ValidationError as exc:
        raise InputError(f"{path}: {exc}; nothing was imported") from None
    return ExportRecords(articles, events, cleaned)
