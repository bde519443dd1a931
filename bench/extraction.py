"""Extraction throughput: the sample article and the test articles, extracted again and again.

`python bench/extraction.py` prints articles per second and the time for the sample article, with
imports done (the first call pays for them and for dateparser's first parse).
"""

from __future__ import annotations

import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
RUNS = int(os.environ.get("BENCH_RUNS", "3"))


def ingest_rate() -> tuple[float, float, int]:
    """(articles per second, extraction of the sample in ms, articles measured) with imports done."""
    from datetime import date

    from store.extract import extract_events

    articles = [(ROOT / "seeds" / "kyiv-strikes-2025-07-04.txt").read_text()]
    articles += [p.read_text() for p in sorted((ROOT / "tests" / "articles").glob("*.txt"))]
    extract_events(articles[0], date(2025, 7, 4), "Europe/Kyiv")  # warm: imports and first dateparser call
    rounds = []
    for _ in range(RUNS):
        started = time.perf_counter()
        for text in articles:
            extract_events(text, date(2025, 7, 4), "Europe/Kyiv")
        rounds.append(time.perf_counter() - started)
    sample = []
    for _ in range(RUNS):
        started = time.perf_counter()
        extract_events(articles[0], date(2025, 7, 4), "Europe/Kyiv")
        sample.append(time.perf_counter() - started)
    return len(articles) / statistics.median(rounds), statistics.median(sample) * 1000, len(articles)


if __name__ == "__main__":
    rate, sample_ms, count = ingest_rate()
    print(f"Extraction: {rate:.1f} articles/s over {count} articles; the sample article in {sample_ms:.0f} ms "
          "(imports done)")
