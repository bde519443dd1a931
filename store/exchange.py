"""Export the store as JSON, CSV, Markdown or iCalendar, and import a JSON export back."""

from __future__ import annotations

import csv
import io
from datetime import datetime, timezone

import orjson

from . import model
from .database import Store
from .errors import InputError, ValidationError
from .userfiles import read_regular_file

EXPORT_VERSION = 1
# An export of 100,000 events is ~80 MB; a file far beyond that is not ours and would fill memory.
MAX_IMPORT_BYTES = 256 * 1024 * 1024
FORMATS = ("json", "csv", "md", "ics")


def export(store: Store, fmt: str) -> str:
    events = store.events()
    articles = store.articles()
    if fmt == "json":
        return orjson.dumps({"version": EXPORT_VERSION, "articles": articles, "events": events},
                            option=orjson.OPT_INDENT_2).decode() + "\n"
    if fmt == "csv":
        return _csv(events)
    if fmt == "md":
        return _markdown(events, {a["id"]: a for a in articles})
    if fmt == "ics":
        return _ics(events)
    raise ValidationError(f"unknown export format {fmt!r}; use one of {', '.join(FORMATS)}")


def _csv(events: list[dict]) -> str:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(["id", "kind", "title", "start", "end", "precision", "time_text", "actors", "location",
                     "quantities", "status", "origin", "sources", "notes", "created", "updated"])
    for e in events:
        writer.writerow([
            e["id"], e["kind"], e["title"], e["start"], e["end"], e["precision"], e["time_text"] or "",
            "; ".join(e["actors"]), e["location"] or "",
            "; ".join(f"{k}={v}" for k, v in e["quantities"].items()), e["status"], e["origin"],
            " | ".join(s["sentence"] for s in e["sources"]), e["notes"], e["created"], e["updated"],
        ])
    return out.getvalue()


def _markdown(events: list[dict], articles: dict[str, dict]) -> str:
    lines = ["# Timeline", ""]
    day = None
    for e in events:
        start = datetime.fromisoformat(e["start"])
        heading = start.strftime("%a %-d %b %Y")
        if heading != day:
            day = heading
            lines += [f"## {heading}", ""]
        when = start.strftime("%H:%M") if e["precision"] in ("minute", "hour") else e["precision"].replace("_", " ")
        badge = f" _({e['status']})_" if e["status"] != "reported" else ""
        lines.append(f"- **{when}** · {e['kind']} · {e['title']}{badge}")
        details = []
        if e["actors"]:
            details.append("actors: " + ", ".join(e["actors"]))
        if e["location"]:
            details.append("where: " + e["location"])
        if e["quantities"]:
            details.append(", ".join(f"{k} {v}" for k, v in e["quantities"].items()))
        if details:
            lines.append("  - " + "; ".join(details))
        for source in e["sources"][:1]:
            article = articles.get(source["article_id"] or "")
            origin = f" ({article['outlet'] or article['title']})" if article else ""
            lines.append(f"  > {source['sentence']}{origin}")
    return "\n".join(lines) + "\n"


def _ics_text(value: str) -> str:
    return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def _ics_time(value: str) -> str:
    return datetime.fromisoformat(value).astimezone(timezone.utc).strftime("%Y%m%dT%H%M%SZ")


def _fold(line: str) -> str:
    """RFC 5545 lines are at most 75 octets; longer ones continue on lines starting with a space."""
    out, current = [], ""
    for ch in line:
        if len((current + ch).encode()) > 74:
            out.append(current)
            current = " "
        current += ch
    out.append(current)
    return "\r\n".join(out)


def _ics(events: list[dict]) -> str:
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//newsline//timeline//EN", "CALSCALE:GREGORIAN"]
    stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%SZ")
    for e in events:
        description = f"{e['kind']} ({e['status']}, precision {e['precision']})"
        if e["sources"]:
            description += "\n" + e["sources"][0]["sentence"]
        lines += ["BEGIN:VEVENT", f"UID:{e['id']}@newsline", f"DTSTAMP:{stamp}",
                  f"DTSTART:{_ics_time(e['start'])}", f"DTEND:{_ics_time(e['end'])}",
                  f"SUMMARY:{_ics_text(e['title'])}", f"DESCRIPTION:{_ics_text(description)}",
                  f"CATEGORIES:{e['kind'].upper()}"]
        if e["location"]:
            lines.append(f"LOCATION:{_ics_text(e['location'])}")
        lines.append("END:VEVENT")
    lines.append("END:VCALENDAR")
    return "\r\n".join(_fold(line) for line in lines) + "\r\n"


def read_export(path: str) -> tuple[list[dict], list[dict]]:
    """Articles and events of a JSON export, all validated before anything is written."""
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
    if data["version"] != EXPORT_VERSION:
        raise InputError(f"{path}: export version {data['version']!r} is not supported (expected {EXPORT_VERSION})")
    if not isinstance(data["articles"], list) or not isinstance(data["events"], list):
        raise InputError(f"{path}: articles and events must be lists; nothing was imported")
    seen: set[str] = set()
    try:
        for article in data["articles"]:
            model.validate_article(article)
        for event in data["events"]:
            model.validate_event(event)
            if event["id"] in seen:
                raise ValidationError(f"event {event['id']} appears twice")
            seen.add(event["id"])
    except ValidationError as exc:
        raise InputError(f"{path}: {exc}; nothing was imported") from None
    return data["articles"], data["events"]
