"""Synthetic stores for the benchmarks: realistic events of several kinds spread over two years."""

from __future__ import annotations

import random
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from store import model  # noqa: E402
from store.database import Store  # noqa: E402

PLACES = ["Kyiv", "Kharkiv", "Odesa", "Dnipro", "Zaporizhzhia", "Sumy", "Poltava", "Lviv", "Kherson", "Mykolaiv"]
ACTORS = ["Russia", "Ukraine", "United States", "Donald Trump", "Vladimir Putin", "Volodymyr Zelensky", "NATO"]
PRECISIONS = ["minute", "hour", "part_of_day", "day", "day", "week", "unknown"]


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


def build_store(path: Path, count: int, seed: int = 7) -> Path:
    """A store file with `count` events and a few articles, compacted into a single snapshot."""
    rng = random.Random(seed)
    articles = [model.make_article(text=f"Synthetic article {i}. " * 40, published="2025-07-04T00:00:00+03:00",
                                   title=f"Synthetic article {i}", outlet="Bench Wire") for i in range(5)]
    base = datetime(2024, 7, 1, tzinfo=timezone.utc)
    events = [synthetic_event(rng, i, [a["id"] for a in articles], base) for i in range(count)]
    for leftover in path.parent.glob(path.name + "*"):
        leftover.unlink()
    store = Store(path)
    store.import_records(articles, events)
    store.compact()
    return path


if __name__ == "__main__":
    target = Path(sys.argv[1])
    build_store(target, int(sys.argv[2]))
    print(f"wrote {sys.argv[2]} events to {target}")
