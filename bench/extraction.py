"""Extraction throughput, and how extraction time grows with article size on news and on hostile text.

`python bench/extraction.py` prints articles per second and the time for the sample article, with
imports done (the first call pays for them), then the time to extract texts of growing size up to the
article limit (`MAX_ARTICLE_BYTES`): news articles one after another, and texts built to be slow
(one endless sentence, long runs of spaces, hyphenated capitals, thousands of separately dated
strikes, speech verbs with no speaker). Time grows in proportion to size; the largest accepted article
is what the limit is set against. BENCH_SCALING_SIZES=64,256 (KB) changes the sizes.
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
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")


def _articles() -> list[str]:
    articles = [(ROOT / "seeds" / "kyiv-strikes-2025-07-04.txt").read_text()]
    return articles + [p.read_text() for p in sorted((ROOT / "tests" / "articles").glob("*.txt"))]


def ingest_rate() -> tuple[float, float, int]:
    """(articles per second, extraction of the sample in ms, articles measured) with imports done."""
    from datetime import date

    from store.extract import extract_events

    articles = _articles()
    extract_events(articles[0], date(2025, 7, 4), "Europe/Kyiv")  # warm: imports and first parse
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


def _repeat(unit: str, size: int) -> str:
    return (unit * (size // len(unit) + 1))[:size]


def _dated_strikes(size: int) -> str:
    parts, total, i = [], 0, 0
    while total < size:
        part = f"Missiles struck Kyiv on {i % 28 + 1} {MONTHS[i // 28 % 12]} {2024 - i // 336 % 100}. "
        parts.append(part)
        total += len(part)
        i += 1
    return "".join(parts)[:size]


def texts() -> dict[str, callable]:
    """Text families by name: each takes a size in characters and returns a text of that size."""
    news = "\n".join(line for text in _articles() for line in text.split("\n") if "caption" not in line) + "\n"
    return {
        "news articles one after another": lambda size: _repeat(news, size),
        "one sentence without full stops": lambda size: _repeat(news.replace(".", ",").replace("\n", " "), size),
        "runs of 300 spaces and tabs": lambda size: _repeat(
            "Missiles struck Kyiv on Monday" + " " * 300 + "evening, killing 3" + "\t" * 200 + " people. ", size),
        "hyphenated capitals (A-A-A-…)": lambda size: "Missiles struck Kyiv. " + _repeat("A-", size - 22),
        "separately dated strikes": _dated_strikes,
        "speech verbs without a speaker": lambda size: _repeat("he said the president said ", size),
    }


def size_scaling(sizes_kb: list[int]) -> list[tuple[str, list[float]]]:
    """(family, seconds at each size) with imports done; one run each (the big ones take seconds)."""
    from datetime import date

    from store.extract import extract_events

    extract_events(_articles()[0], date(2025, 7, 4), "Europe/Kyiv")
    rows = []
    for name, make in texts().items():
        seconds = []
        for kb in sizes_kb:
            text = make(kb * 1024)
            started = time.perf_counter()
            extract_events(text, date(2025, 7, 4), "Europe/Kyiv")
            seconds.append(time.perf_counter() - started)
        rows.append((name, seconds))
    return rows


if __name__ == "__main__":
    from store.ingest import MAX_ARTICLE_BYTES

    rate, sample_ms, count = ingest_rate()
    print(f"Extraction: {rate:.1f} articles/s over {count} articles; the sample article in {sample_ms:.0f} ms "
          "(imports done)")
    limit_kb = MAX_ARTICLE_BYTES // 1024
    sizes = [int(kb) for kb in os.environ.get("BENCH_SCALING_SIZES", f"{limit_kb // 8},{limit_kb}").split(",")]
    print(f"\nExtraction time by size (article limit {limit_kb} KB):\n")
    print("| text | " + " | ".join(f"{kb} KB" for kb in sizes) + " | per MB |")
    print("|---|" + "---|" * (len(sizes) + 1))
    worst = 0.0
    for name, seconds in size_scaling(sizes):
        per_mb = seconds[-1] / (sizes[-1] / 1024)
        worst = max(worst, per_mb)
        print(f"| {name} | " + " | ".join(f"{s:.2f} s" for s in seconds) + f" | {per_mb:.1f} s |")
    print(f"\nThe largest accepted article ({limit_kb} KB) extracts in at most {worst * limit_kb / 1024:.1f} s "
          "on this machine for these texts.")
