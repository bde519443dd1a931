"""The articles `make eval` scores: the Wikinews development corpus, the sample article and the held-out set.

All use the corpus format (bench/corpus/wikinews/README.md). The sample's text and metadata stay in
seeds/; only its gold list lives under bench/corpus/sample/. The held-out set (bench/corpus/heldout/) is
the team's own text in today's wire style on topics the corpus lacks; it is scored apart so that a rule
tuned to the corpus shows up as a gap between the two, and nobody tunes rules on it.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "bench" / "corpus" / "wikinews"
SAMPLE_GOLD = ROOT / "bench" / "corpus" / "sample" / "gold"
HELDOUT = ROOT / "bench" / "corpus" / "heldout"
SEEDS = ROOT / "seeds"


@dataclass(frozen=True)
class Article:
    name: str              # "01_basra-us-airstrikes", or the sample's file stem
    text: str
    published: date
    timezone: str          # what ingest would use: the metadata's zone, else UTC
    gold: list[dict]
    group: str = "corpus"  # "corpus", "sample" or "heldout"

    @property
    def sample(self) -> bool:
        return self.group == "sample"

    @property
    def number(self) -> str:
        return {"corpus": "", "sample": "sample", "heldout": "h"}[self.group] + ("" if self.sample else self.name[:2])


def _read(text_path: Path, meta_path: Path, gold_path: Path, group: str) -> Article:
    meta = json.loads(meta_path.read_text(encoding="utf-8"))
    return Article(name=text_path.stem, text=text_path.read_text(encoding="utf-8"),
                   published=date.fromisoformat(meta["published"][:10]), timezone=meta.get("timezone") or "UTC",
                   gold=json.loads(gold_path.read_text(encoding="utf-8")), group=group)


def corpus_articles() -> list[Article]:
    """The 30 Wikinews articles, in their numbered order."""
    return _folder(CORPUS, "corpus")


def heldout_articles() -> list[Article]:
    """The team's own held-out articles (h01, h02, ...)."""
    return _folder(HELDOUT, "heldout")


def _folder(folder: Path, group: str) -> list[Article]:
    return [_read(text, text.with_suffix(".json"), folder / "gold" / f"{text.stem}.json", group)
            for text in sorted((folder / "articles").glob("*.txt"))]


def sample_articles() -> list[Article]:
    """The sample article(s) of seeds/ that have a gold list."""
    return [_read(SEEDS / f"{gold.stem}.txt", SEEDS / f"{gold.stem}.json", gold, "sample")
            for gold in sorted(SAMPLE_GOLD.glob("*.json"))]
