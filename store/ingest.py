"""Reading articles from files (text, HTML, standard input) and storing them with their events."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, time
from pathlib import Path

from . import model
from .corroborate import IngestResult, plan_ingest
from .database import Store
from .errors import DuplicateError, InputError, UsageError
from .extract import extract_events
from .published import parse_published
from .safetext import safe_text
from .sidecar import read_sidecar
from .timewords import zone
from .userfiles import ARTICLE_TOO_LARGE, MAX_ARTICLE_BYTES, read_regular_file, read_stdin
from .userfiles import decode_text as _decode



@dataclass
class ArticleInput:
    """An article as read from disk, before it is stored."""
    text: str
    source: str
    title: str | None = None
    outlet: str | None = None
    url: str | None = None
    published: str | None = None
    timezone: str | None = None
    warning: str | None = None


def read_article(path: str) -> ArticleInput:
    """Read a .txt/.html file or '-' (standard input); refuse what is not an article, clearly."""
    too_large = ARTICLE_TOO_LARGE
    if path == "-":
        raw = read_stdin(MAX_ARTICLE_BYTES, too_large)
        name = "standard input"
        sidecar = None
    else:
        file = Path(path)
        name = str(file)
        if file.suffix.lower() == ".json" and file.exists():
            raise InputError(f"{name}: is JSON, not an article (metadata sits beside its .txt; "
                             "exports go through `newsline import`)")
        raw = read_regular_file(path, MAX_ARTICLE_BYTES, too_large, stdin_hint=True)
        sidecar = file.with_suffix(".json") if file.suffix != ".json" else None
    if b"\x00" in raw[:8192]:
        raise InputError(f"{name}: is a binary file, not article text")
    text, warning = _decode(raw, name)
    article = ArticleInput(text=text, source=name, warning=warning)
    if _looks_like_html(path, text):
        _fill_from_html(article)
    article.text = _normalise(article.text)
    if not article.text.strip():
        raise InputError(f"{name}: is empty; there is no article text to read")
    if sum(ch.isalpha() for ch in article.text) < 20:
        raise InputError(f"{name}: has no readable article text")
    if sidecar is not None and sidecar.is_file():
        _fill_from_sidecar(article, sidecar)
    return article


def _normalise(text: str) -> str:
    # Cleaned before extraction, so the checksum, the offsets and every event see the same text.
    text = safe_text(text.replace("\r\n", "\n").replace("\r", "\n"), multiline=True)
    return "\n".join(line.rstrip() for line in text.split("\n")).strip("\n")


def _looks_like_html(path: str, text: str) -> bool:
    head = text[:1000].lstrip().lower()
    return path.lower().endswith((".html", ".htm")) or head.startswith(("<!doctype html", "<html"))


def _fill_from_html(article: ArticleInput) -> None:
    import trafilatura  # only when an HTML page is ingested

    document = trafilatura.bare_extraction(article.text, with_metadata=True, include_comments=False,
                                           include_tables=False, favor_precision=True)
    if not document or not getattr(document, "text", None):
        raise InputError(f"{article.source}: no article text found in this HTML page")
    article.text = document.text
    article.title = document.title or None
    article.outlet = document.sitename or None
    article.url = document.url or None
    article.published = document.date or None


def _fill_from_sidecar(article: ArticleInput, sidecar: Path) -> None:
    for key, value in read_sidecar(sidecar).items():
        if not getattr(article, key):
            setattr(article, key, value)


def ingest(store: Store, article: ArticleInput, *, published: str | None = None, tz: str | None = None,
           title: str | None = None, outlet: str | None = None, url: str | None = None) -> "Ingested":
    """Extract one article and store it in a single commit: events that report an occurrence already
    stored are merged into it (corroborate.py), the others added."""
    when = published or article.published
    if not when:
        raise InputError(f"{article.source}: no publication date known; pass --published YYYY-MM-DD")
    day = parse_published(when, "--published" if published else f"{article.source}: the publication date")
    zone_name = tz or article.timezone or "UTC"
    local = zone(zone_name)
    first, last = datetime.combine(day, time.min, local), datetime.combine(day, time.max, local)
    if not (model.in_range(first) and model.in_range(last)):
        # Events without time words fall on the publication day: it must be a day a record may hold.
        raise UsageError(f"{article.source}: publication date {day} is outside the years "
                         f"{model.FIRST_YEAR}-{model.LAST_YEAR} that newsline keeps")
    text = article.text
    existing = store.article_with_text(model.text_sha256(text))
    if existing:
        raise DuplicateError(f"{article.source}: already stored as article {existing['id'][:8]}; nothing added")
    published_at = first.isoformat()
    record = model.make_article(text=text, published=published_at, title=title or article.title or _first_line(text),
                                outlet=outlet or article.outlet, url=url or article.url)
    events = extract_events(text, day, zone_name, article_id=record["id"])
    holder: list[IngestResult] = []

    def plan() -> list[dict]:
        holder.clear()  # a plan runs once per commit attempt; keep only the last reading
        ops, result = plan_ingest(store, record, events)
        holder.append(result)
        return ops

    store.transact(plan)
    return Ingested(record, holder[0])


@dataclass
class Ingested:
    """An ingested article and what became of its events; unpacks as (article, events)."""

    article: dict
    result: IngestResult

    @property
    def events(self) -> list[dict]:
        return self.result.events

    def __iter__(self):
        return iter((self.article, self.events))


def _first_line(text: str) -> str:
    line = text.strip().split("\n", 1)[0]
    return line if len(line) <= 100 else line[:99].rsplit(" ", 1)[0] + "…"
