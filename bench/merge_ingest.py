"""Ingest with merging into a large store: 50 articles into a 100,000-event store.

usage: python bench/merge_ingest.py [--events N] [--articles N]

Measures, per article, the store's part of `newsline ingest` (finding candidates through the time index,
matching, merging, the one journal line) apart from extraction, which costs the same in any store.
Target: under 1 s per article at 100,000 events. The articles are the corroboration set's
(bench/corpus/corroboration), republished on later days (a line added so no text repeats), so most of
them merge into what the earlier ones stored, and the synthetic events around them are candidates too.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.synthetic import build_store, write_events  # noqa: E402
from store import model  # noqa: E402
from store.corroborate import plan_ingest  # noqa: E402
from store.database import Store  # noqa: E402
from store.extract import extract_events  # noqa: E402

CORPUS = ROOT / "bench" / "corpus" / "corroboration" / "articles"
TARGET_SECONDS = 1.0


def articles(count: int) -> list[tuple[str, date, str, str]]:
    """(text, publication day, zone, outlet) for `count` articles, the set's republished on later days."""
    originals = sorted(CORPUS.glob("*.txt"))
    chosen = []
    for n in range(count):
        path = originals[n % len(originals)]
        meta = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
        day = date.fromisoformat(meta["published"]) + timedelta(days=n // len(originals))
        text = path.read_text(encoding="utf-8") + f"\n\n(Edition {n}.)"
        chosen.append((text, day, meta["timezone"], meta["outlet"]))
    return chosen


def run(events: int, count: int) -> dict:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "events.json"
        build_store(path, write_events(Path(folder) / "synthetic.jsonl", events))
        started = time.perf_counter()
        store = Store(path)
        opened = time.perf_counter() - started
        extract_events("Officials said on Monday that a blast hit the town.", date(2025, 3, 12), "UTC")  # imports
        store_seconds, extract_seconds, merged = [], [], 0
        for text, day, zone, outlet in articles(count):
            started = time.perf_counter()
            record = model.make_article(text=text, published=f"{day.isoformat()}T00:00:00+02:00", outlet=outlet)
            extracted = extract_events(text, day, zone, article_id=record["id"])
            extract_seconds.append(time.perf_counter() - started)
            results = []
            started = time.perf_counter()

            def plan() -> list[dict]:
                ops, result = plan_ingest(store, record, extracted)
                results.append(result)
                return ops

            store.transact(plan)
            store_seconds.append(time.perf_counter() - started)
            merged += len(results[-1].merged)
        return {"events": events, "articles": count, "open_seconds": opened, "merged": merged,
                "store_median": statistics.median(store_seconds), "store_max": max(store_seconds),
                "extract_median": statistics.median(extract_seconds)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="bench/merge_ingest.py", description=__doc__.split("\n\n")[0])
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--articles", type=int, default=50)
    args = parser.parse_args(argv)
    figures = run(args.events, args.articles)
    verdict = "met" if figures["store_max"] < TARGET_SECONDS else "NOT met"
    print(f"{figures['articles']} articles into a {figures['events']:,}-event store "
          f"(opened in {figures['open_seconds']:.2f} s): {figures['merged']} events merged into stored ones")
    print(f"store work per article: median {figures['store_median'] * 1000:.0f} ms, "
          f"max {figures['store_max'] * 1000:.0f} ms (target < {TARGET_SECONDS:.0f} s: {verdict}); "
          f"extraction median {figures['extract_median'] * 1000:.0f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
