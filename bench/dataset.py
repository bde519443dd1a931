"""The articles `make eval` scores: the Wikinews development corpus and the sample article, with gold lists.

Both use the corpus format (bench/corpus/wikinews/README.md). The sample's text and metadata stay in
seeds/; only its gold list lives under bench/corpus/sample/.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "bench" / "corpus" / "wikinews"
SAMPLE_GOLD = ROOT / "bench" / "corpus" / "sample" / "gold"
SEEDS = ROOT / "seeds"


@dataclass(frozen=True)
class Article:
    name: str              # "01_basra-us-airstrikes", or the sample's file stem
    text: str
    published: date
    timezone: str          # what ingest would use: the metadata's zone, else UTC
    gold: list[dict]
    sample: bool = False

    @property
    def number(self) -> str:
        return "sample" if self.sample else self.name[:2]


def _read(text_path: Path, meta_path: Path, gold_path: Path, sample: bool) -> Article:
    meta = json.loads(meta_path.read_text(encoding="utf-8"))
    return Article(name=text_path.stem, text=text_path.read_text(encoding="utf-8"),
                   published=date.fromisoformat(meta["published"][:10]), timezone=meta.get("timezone") or "UTC",
                   gold=json.loads(gold_path.read_text(encoding="utf-8")), sample=sample)


def corpus_articles() -> list[Article]:
    """The 30 Wikinews articles, in their numbered order."""
    return [_read(text, text.with_suffix(".json"), CORPUS / "gold" / f"{text.stem}.json", False)
            for text in sorted((CORPUS / "articles").glob("*.txt"))]


def sample_articles() -> list[Article]:
    """The sample article(s) of seeds/ that have a gold list."""
    return [_read(SEEDS / f"{gold.stem}.txt", SEEDS / f"{gold.stem}.json", gold, True)
            for gold in sorted(SAMPLE_GOLD.glob("*.json"))]
