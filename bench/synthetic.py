"""Synthetic events for the benchmarks: realistic events of several kinds spread over two years.

The events of a size are generated once and kept as one JSON line per event (in the app's time order),
so newsline and the log viewers it is compared with read the very same events; a store is built from
that file with the store's own import and compaction, as a person would.
"""

from __future__ import annotations

import random
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

import orjson

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from store import model  # noqa: E402
from store.database import Store  # noqa: E402

PLACES = ["Kyiv", "Kharkiv", "Odesa", "Dnipro", "Zaporizhzhia", "Sumy", "Poltava", "Lviv", "Kherson", "Mykolaiv"]
ACTORS = ["Russia", "Ukraine", "United States", "Donald Trump", "Vladimir Putin", "Volodymyr Zelensky", "NATO"]
PRECISIONS = ["minute", "hour", "part_of_day", "day", "day", "week", "unknown"]
ARTICLES = 5


def synthetic_event(rng: random.Random, index: int, article_ids: list[str], base: datetime) -> dict:
    kind = rng.choice(model.KINDS)
    place = rng.choice(PLACES)
    start = base + timedelta(minutes=rng.randrange(0, 2 * 365 * 24 * 60))
    precision = rng.choice(PRECISIONS)
    end = start + {"minute": timedelta(0), "hour": timedelta(0), "part_of_day": timedelta(hours=12),
                   "day": timedelta(hours=23, minutes=59), "week": timedelta(days=6),
                   "unknown": timedelta(hours=23)}[precision]
    tz = timezone(timedelta(hours=3))
    article = rng.choice(article_ids)
    sentence = f"Officials said a {kind} involving {place} was reported with {rng.randint(1, 500)} drones."
    record = model.make_event(
        kind=kind, title=f"{kind.title()} {index} near {place}", start=start.astimezone(tz).isoformat(),
        end=end.astimezone(tz).isoformat(), precision=precision, time_text=rng.choice([None, "last night", "on Monday"]),
        actors=rng.sample(ACTORS, 2), location=place,
        quantities={"drones": rng.randint(1, 600), "killed": rng.randint(0, 20)} if kind == "strike" else {},
        status=rng.choice(model.STATUSES), origin=rng.choice(model.ORIGINS),
        sources=[{"article_id": article, "sentence": sentence, "start": 0, "end": len(sentence)}],
        notes="" if rng.random() < 0.8 else "checked against a second source")
    return record


def synthetic_articles(rng: random.Random) -> list[dict]:
    return [model.make_article(text=f"Synthetic article {i}. " * 40,
                               published="2025-07-04T00:00:00+03:00", title=f"Synthetic article {i}",
                               outlet="Bench Wire") for i in range(ARTICLES)]


def app_order(event: dict) -> tuple:
    """The order the app shows events in (start instant, end instant, title, id)."""
    return (datetime.fromisoformat(event["start"]).timestamp(), datetime.fromisoformat(event["end"]).timestamp(),
            event["title"], event["id"])


def articles_file(events_file: Path) -> Path:
    return events_file.with_name(events_file.name + ".articles")


def write_events(target: Path, count: int, seed: int = 7) -> Path:
    """`count` events as JSON lines in the app's order (what a log viewer reads); the articles they cite
    go to a file beside it."""
    rng = random.Random(seed)
    articles = synthetic_articles(rng)
    base = datetime(2024, 7, 1, tzinfo=timezone.utc)
    events = [synthetic_event(rng, i, [a["id"] for a in articles], base) for i in range(count)]
    events.sort(key=app_order)
    articles_file(target).write_bytes(orjson.dumps(articles))
    partial = target.with_name(target.name + ".partial")
    with open(partial, "wb") as out:
        for event in events:
            out.write(orjson.dumps(event) + b"\n")
    partial.replace(target)
    return target


def read_events(source: Path) -> tuple[list[dict], list[dict]]:
    articles = orjson.loads(articles_file(source).read_bytes())
    with open(source, "rb") as lines:
        events = [orjson.loads(line) for line in lines]
    return articles, events


def build_store(path: Path, source: Path) -> Path:
    """A store file holding the events of `source` (see write_events), compacted into one snapshot."""
    articles, events = read_events(source)
    for leftover in path.parent.glob(path.name + "*"):
        leftover.unlink()
    store = Store(path)
    store.import_records(articles, events)
    store.compact()
    return path


if __name__ == "__main__":
    if sys.argv[1] == "events":  # synthetic.py events FILE COUNT
        write_events(Path(sys.argv[2]), int(sys.argv[3]))
    else:                        # synthetic.py store STORE EVENTS-FILE
        build_store(Path(sys.argv[2]), Path(sys.argv[3]))
