"""The event and article records: their fields, their validation and how new ones are made.

Records are plain dicts at the JSON edge (that is what TinyDB and export hold); this module is the one
place that says what a valid record is.
"""

from __future__ import annotations

import hashlib
import re
import uuid
from datetime import datetime, timedelta, timezone
from typing import Any

from . import kinds
from .errors import ValidationError
from .safetext import safe_text

KINDS = kinds.NAMES  # the registry of kinds (store/kinds/) says which there are
PRECISIONS = ("minute", "hour", "part_of_day", "day", "week", "month", "year", "unknown")
# `expected`: announced or scheduled, not yet happened ("talks are due next week"); schema version 2.
STATUSES = ("reported", "claimed", "unconfirmed", "confirmed", "disputed", "expected")
ORIGINS = ("extracted", "manual")

EVENT_KEYS = (
    "id", "kind", "title", "start", "end", "precision", "time_text", "actors", "location",
    "quantities", "status", "origin", "sources", "reports", "merges", "apart", "notes", "created", "updated",
)
ARTICLE_KEYS = ("id", "title", "outlet", "url", "published", "text", "sha256", "ingested")
SOURCE_KEYS = ("article_id", "sentence", "start", "end")
# Schema version 3 (corroboration, store/corroborate.py). A report is one article's own reading of the
# event: the outlet, and the window, actors, place, figures and status that article gave. It is what the
# article contributed, so a merge can be taken apart again and each outlet's figures shown side by side.
# `copy_of` names an earlier article whose sentences it repeats (a wire story republished): recorded,
# but not counted as another outlet.
REPORT_KEYS = (
    "article_id", "outlet", "kind", "title", "start", "end", "precision", "time_text", "actors", "location",
    "quantities", "status", "copy_of",
)
# One line of an event's merge history: when, by whom (ingest or a person), the id the absorbed event
# had and the articles it brought; `newsline split` reads it to give a split-off event its old id.
MERGE_KEYS = ("at", "by", "event_id", "article_ids")
MERGE_BY = ("ingest", "hand")
# Schema version 4: `apart` lists the events a person split this one from (or it from them). Merging on
# ingest never puts them together again, so a split by hand stays split; a merge by hand still may.

# Every instant lies within these years, in its own zone and in UTC: exports write four-digit years
# (iCalendar, CSV) and convert to UTC, which fails outside them. Offsets are those of real zones.
FIRST_YEAR, LAST_YEAR = 1000, 9999
MAX_OFFSET = timedelta(hours=14)
# Quantities and offsets are whole numbers that JSON readers (JavaScript, spreadsheets) hold exactly.
MAX_INTEGER = 2**53

# Fields a person may change by hand (edit); the rest belong to the store.
EDITABLE_KEYS = (
    "kind", "title", "start", "end", "precision", "time_text", "actors", "location",
    "quantities", "status", "notes",
)


# What new_id makes; ids become file-name-like parts of messages, exports (ICS UIDs) and terminals, so an
# imported record may not choose anything else.
ID_PATTERN = re.compile(r"[0-9a-f]{32}")


def new_id() -> str:
    """A fresh id that is never reused: 32 hex digits of a random uuid4."""
    return uuid.uuid4().hex


def utc_now() -> str:
    # Microseconds: `updated` is the version a conditional edit checks, and two edits can share a second.
    return datetime.now(timezone.utc).isoformat(timespec="microseconds")


def text_sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def parse_instant(value: Any, field: str) -> datetime:
    """An ISO 8601 string with a UTC offset, as a time-zone aware datetime within the years above."""
    if not isinstance(value, str):
        raise ValidationError(f"{field} must be an ISO 8601 string, got {type(value).__name__}")
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        raise ValidationError(f"{field} is not an ISO 8601 date-time: {shown(value)}") from None
    if moment.tzinfo is None:
        raise ValidationError(f"{field} has no UTC offset: {shown(value)}")
    if abs(moment.utcoffset()) > MAX_OFFSET:
        raise ValidationError(f"{field} has a UTC offset beyond 14 hours: {shown(value)}")
    if not in_range(moment):
        raise ValidationError(f"{field} is outside the years {FIRST_YEAR}-{LAST_YEAR}: {shown(value)}")
    return moment


def in_range(moment: datetime) -> bool:
    """Whether an aware datetime falls within FIRST_YEAR..LAST_YEAR in its own zone and in UTC."""
    if not FIRST_YEAR <= moment.year <= LAST_YEAR:
        return False
    try:
        return FIRST_YEAR <= moment.astimezone(timezone.utc).year <= LAST_YEAR
    except OverflowError:
        return False


def shown(value: str) -> str:
    """A value as a message quotes it: repr (escapes visible), cut to 60 characters."""
    return repr(value if len(value) <= 60 else value[:57] + "...")


def _require_keys(record: Any, keys: tuple[str, ...], what: str) -> None:
    if not isinstance(record, dict):
        raise ValidationError(f"{what} must be an object, got {type(record).__name__}")
    missing = [key for key in keys if key not in record]
    if missing:
        raise ValidationError(f"{what} is missing key {missing[0]!r}")
    extra = [key for key in record if key not in keys]
    if extra:
        raise ValidationError(f"{what} has unknown key {extra[0]!r}")


def _require_str(value: Any, field: str, *, allow_none: bool = False, nonempty: bool = False) -> None:
    if value is None and allow_none:
        return
    if not isinstance(value, str):
        raise ValidationError(f"{field} must be a string")
    if nonempty and not value.strip():
        raise ValidationError(f"{field} must not be empty")


def _require_id(value: Any, field: str, *, allow_none: bool = False) -> None:
    if value is None and allow_none:
        return
    if not isinstance(value, str) or not ID_PATTERN.fullmatch(value):
        shown = value if isinstance(value, str) else type(value).__name__
        raise ValidationError(f"{field} must be 32 lowercase hex digits, got {safe_text(repr(shown[:40]))}")


def _begin(record: Any, kind: str, keys: tuple[str, ...]) -> str:
    """Check the keys and the id; returns how messages name the record ('event 3f2a…')."""
    what = kind
    if isinstance(record, dict) and isinstance(record.get("id"), str) and ID_PATTERN.fullmatch(record["id"]):
        what = f"{kind} {record['id']}"
    _require_keys(record, keys, what)
    _require_id(record["id"], f"{what}: id")
    return what


def validate_event(record: Any) -> dict:
    """Return the record unchanged if it is a valid event, else raise ValidationError naming the field."""
    what = _begin(record, "event", EVENT_KEYS)
    _validate_reading(record, what)
    if record["origin"] not in ORIGINS:
        raise ValidationError(f"{what}: origin must be one of {', '.join(ORIGINS)}")
    sources = record["sources"]
    if not isinstance(sources, list):
        raise ValidationError(f"{what}: sources must be a list")
    for source in sources:
        _require_keys(source, SOURCE_KEYS, f"{what}: source")
        _require_id(source["article_id"], f"{what}: source article_id", allow_none=True)
        _require_str(source["sentence"], f"{what}: source sentence")
        for bound in ("start", "end"):
            offset = source[bound]
            if offset is not None and (isinstance(offset, bool) or not isinstance(offset, int)
                                       or not 0 <= offset <= MAX_INTEGER):
                raise ValidationError(f"{what}: source {bound} must be a character offset or null")
    _validate_reports(record["reports"], what)
    _validate_merges(record["merges"], what)
    if not isinstance(record["apart"], list):
        raise ValidationError(f"{what}: apart must be a list")
    for event_id in record["apart"]:
        _require_id(event_id, f"{what}: apart")
    _require_str(record["notes"], f"{what}: notes")
    parse_instant(record["created"], f"{what}: created")
    parse_instant(record["updated"], f"{what}: updated")
    return record


def _validate_reading(record: dict, what: str) -> None:
    """The fields an event and a report (one article's reading of it) share: kind through status."""
    if record["kind"] not in kinds.NAMES:
        raise ValidationError(f"{what}: kind must be one of {', '.join(kinds.NAMES)}, got {record['kind']!r}")
    _require_str(record["title"], f"{what}: title", nonempty=True)
    if "\n" in record["title"]:
        raise ValidationError(f"{what}: title must be one line")
    start = parse_instant(record["start"], f"{what}: start")
    end = parse_instant(record["end"], f"{what}: end")
    if end < start:
        raise ValidationError(f"{what}: end {record['end']} is before start {record['start']}")
    if record["precision"] not in PRECISIONS:
        raise ValidationError(f"{what}: precision must be one of {', '.join(PRECISIONS)}")
    _require_str(record["time_text"], f"{what}: time_text", allow_none=True)
    actors = record["actors"]
    if not isinstance(actors, list) or not all(isinstance(a, str) and a.strip() for a in actors):
        raise ValidationError(f"{what}: actors must be a list of non-empty strings")
    _require_str(record["location"], f"{what}: location", allow_none=True)
    quantities = record["quantities"]
    if not isinstance(quantities, dict):
        raise ValidationError(f"{what}: quantities must be an object of name -> integer")
    for name, number in quantities.items():
        if not isinstance(name, str) or not name:
            raise ValidationError(f"{what}: quantity names must be non-empty strings")
        if isinstance(number, bool) or not isinstance(number, int) or not 0 <= number <= MAX_INTEGER:
            raise ValidationError(f"{what}: quantity {name!r} must be a whole number from 0 to {MAX_INTEGER:,}")
    if record["status"] not in STATUSES:
        raise ValidationError(f"{what}: status must be one of {', '.join(STATUSES)}")


def _validate_reports(reports: Any, what: str) -> None:
    if not isinstance(reports, list):
        raise ValidationError(f"{what}: reports must be a list")
    for report in reports:
        _require_keys(report, REPORT_KEYS, f"{what}: report")
        _require_id(report["article_id"], f"{what}: report article_id", allow_none=True)
        _require_str(report["outlet"], f"{what}: report outlet", allow_none=True)
        _validate_reading(report, f"{what}: report")
        _require_id(report["copy_of"], f"{what}: report copy_of", allow_none=True)


def _validate_merges(merges: Any, what: str) -> None:
    if not isinstance(merges, list):
        raise ValidationError(f"{what}: merges must be a list")
    for merge in merges:
        _require_keys(merge, MERGE_KEYS, f"{what}: merge")
        parse_instant(merge["at"], f"{what}: merge at")
        if merge["by"] not in MERGE_BY:
            raise ValidationError(f"{what}: merge by must be one of {', '.join(MERGE_BY)}")
        _require_id(merge["event_id"], f"{what}: merge event_id")
        ids = merge["article_ids"]
        if not isinstance(ids, list):
            raise ValidationError(f"{what}: merge article_ids must be a list")
        for article_id in ids:
            _require_id(article_id, f"{what}: merge article_id")


def validate_article(record: Any) -> dict:
    what = _begin(record, "article", ARTICLE_KEYS)
    _require_str(record["title"], f"{what}: title")
    _require_str(record["outlet"], f"{what}: outlet", allow_none=True)
    _require_str(record["url"], f"{what}: url", allow_none=True)
    parse_instant(record["published"], f"{what}: published")
    _require_str(record["text"], f"{what}: text", nonempty=True)
    if record["sha256"] != text_sha256(record["text"]):
        raise ValidationError(f"{what}: sha256 does not match the text")
    parse_instant(record["ingested"], f"{what}: ingested")
    return record


def _line(value: Any) -> Any:
    return safe_text(value) if isinstance(value, str) else value


def clean_event(record: dict) -> dict:
    """A copy of an event whose text fields hold no control characters (see safetext.py).

    Every path by which text enters the store (add, edit, the form, ingest, import) comes through here
    or through make_event/edited, which call it. Values of the wrong type are left for validation to name.
    """
    cleaned = dict(record)
    for key in ("title", "time_text", "location"):
        cleaned[key] = _line(record.get(key))
    if isinstance(record.get("notes"), str):
        cleaned["notes"] = safe_text(record["notes"], multiline=True)
    if isinstance(record.get("actors"), list):
        cleaned["actors"] = [_line(actor) for actor in record["actors"]]
    if isinstance(record.get("quantities"), dict):
        cleaned["quantities"] = {_line(name): number for name, number in record["quantities"].items()}
    if isinstance(record.get("sources"), list):
        cleaned["sources"] = [
            {**source, "sentence": safe_text(source["sentence"], multiline=True)}
            if isinstance(source, dict) and isinstance(source.get("sentence"), str) else source
            for source in record["sources"]
        ]
    if isinstance(record.get("reports"), list):
        cleaned["reports"] = [_clean_report(report) if isinstance(report, dict) else report
                              for report in record["reports"]]
    return {key: value for key, value in cleaned.items() if key in record}


def _clean_report(report: dict) -> dict:
    cleaned = dict(report)
    for key in ("title", "time_text", "location", "outlet"):
        cleaned[key] = _line(report.get(key))
    if isinstance(report.get("actors"), list):
        cleaned["actors"] = [_line(actor) for actor in report["actors"]]
    if isinstance(report.get("quantities"), dict):
        cleaned["quantities"] = {_line(name): number for name, number in report["quantities"].items()}
    return {key: value for key, value in cleaned.items() if key in report}


def clean_article(record: dict) -> dict:
    """A copy of an article with no control characters in its text fields; a checksum that matched the
    text is recomputed for the cleaned text (one character is replaced by one, so offsets still hold)."""
    cleaned = dict(record)
    for key in ("title", "outlet", "url"):
        cleaned[key] = _line(record.get(key))
    text = record.get("text")
    if isinstance(text, str):
        cleaned["text"] = safe_text(text, multiline=True)
        if cleaned["text"] != text and record.get("sha256") == text_sha256(text):
            cleaned["sha256"] = text_sha256(cleaned["text"])
    return {key: value for key, value in cleaned.items() if key in record}


def make_event(
    *,
    kind: str,
    title: str,
    start: str,
    end: str,
    precision: str,
    time_text: str | None = None,
    actors: list[str] | None = None,
    location: str | None = None,
    quantities: dict[str, int] | None = None,
    status: str = "reported",
    origin: str = "manual",
    sources: list[dict] | None = None,
    reports: list[dict] | None = None,
    merges: list[dict] | None = None,
    notes: str = "",
) -> dict:
    """A new, validated event record with a fresh id and timestamps."""
    now = utc_now()
    return validate_event(clean_event({
        "id": new_id(), "kind": kind, "title": title.strip(), "start": start, "end": end,
        "precision": precision, "time_text": time_text, "actors": list(actors or []),
        "location": location or None, "quantities": dict(quantities or {}), "status": status,
        "origin": origin, "sources": list(sources or []), "reports": list(reports or []),
        "merges": list(merges or []), "apart": [], "notes": notes, "created": now,
        "updated": now,
    }))


def make_article(*, text: str, published: str, title: str = "", outlet: str | None = None,
                 url: str | None = None) -> dict:
    return validate_article(clean_article({
        "id": new_id(), "title": title, "outlet": outlet, "url": url, "published": published,
        "text": text, "sha256": text_sha256(text), "ingested": utc_now(),
    }))


def with_article_ids(event: dict, renamed: dict[str, str]) -> dict:
    """The event with every article id it holds (sources, reports, copies, merge history) renamed."""
    def name(article_id: str | None) -> str | None:
        return renamed.get(article_id, article_id) if article_id else article_id

    return {**event,
            "sources": [{**s, "article_id": name(s["article_id"])} for s in event["sources"]],
            "reports": [{**r, "article_id": name(r["article_id"]), "copy_of": name(r["copy_of"])}
                        for r in event["reports"]],
            "merges": [{**m, "article_ids": list(dict.fromkeys(name(a) for a in m["article_ids"]))}
                       for m in event["merges"]]}


def edited(event: dict, changes: dict) -> dict:
    """A copy of event with changes applied and `updated` bumped; validated."""
    unknown = [key for key in changes if key not in EDITABLE_KEYS]
    if unknown:
        raise ValidationError(f"field {unknown[0]!r} cannot be edited")
    # The whole record is cleaned, not only the changes: an edit also heals text an older version stored.
    record = clean_event({**event, **changes, "updated": utc_now()})
    return validate_event(record)
