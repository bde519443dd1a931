"""Score merging across articles (store/corroborate.py) on bench/corpus/corroboration/.

usage: python bench/corroboration.py [--json]   (`make eval` prints the same after the extraction scores)

Twenty-five sets: the development set (bench/corpus/corroboration/, written beside the rules) and twenty-four
written blind (bench/corpus/corroboration-heldout/, whose misses were then read and fixed; -heldout2/,
-heldout3/, -heldout5/, -heldout7/, -heldout9/, -heldout12/, -heldout14/, -heldout15/, -heldout16/, -heldout17/, -heldout18/, -heldout21/ and
-heldout22/, -heldout23/ and -heldout24/, likewise;
-heldout4/, -heldout6/, -heldout8/, -heldout10/, -heldout11/, -heldout13/, -heldout19/ and -heldout20/, kept sealed). In each, the articles are ingested in order into a fresh store, exactly as `newsline ingest` does. Each extracted
event (a mention) belongs to the gold occurrence one of its source sentences has a snippet of; a mention
that no snippet names stands alone (any merge with it is wrong). Over every pair of mentions from two
different articles: a merge is right when both are the same occurrence in the gold. Precision is right
merges over merges made, recall right merges over the pairs the gold says are one occurrence.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
from dataclasses import dataclass, field
from itertools import combinations
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

CORPUS = ROOT / "bench" / "corpus" / "corroboration"
# Written blind by other writers (their READMEs). The first one's misses were read and fixed with general
# rules, so it is development text now; the second's misses were read after its first reading (nothing was
# tuned on it); the third and the fifth were sealed until 2026-12-06, and the seventh until later that day, then
# read too; the fourth, sixth and eighth are kept sealed: the figure for reporting never seen.
HELDOUT = ROOT / "bench" / "corpus" / "corroboration-heldout"
HELDOUT2 = ROOT / "bench" / "corpus" / "corroboration-heldout2"
HELDOUT3 = ROOT / "bench" / "corpus" / "corroboration-heldout3"
SEALED2 = ROOT / "bench" / "corpus" / "corroboration-heldout4"
HELDOUT5 = ROOT / "bench" / "corpus" / "corroboration-heldout5"
SEALED4 = ROOT / "bench" / "corpus" / "corroboration-heldout6"
HELDOUT7 = ROOT / "bench" / "corpus" / "corroboration-heldout7"
SEALED6 = ROOT / "bench" / "corpus" / "corroboration-heldout8"
# Written blind on 2026-12-06 by two writers who read only the development README, gold and first article
# and the Wikinews guide: the ninth (Myanmar) was read after its first reading; the tenth (the Sahel) stays sealed.
HELDOUT9 = ROOT / "bench" / "corpus" / "corroboration-heldout9"
SEALED10 = ROOT / "bench" / "corpus" / "corroboration-heldout10"
# Written blind the same way later on 2026-12-06, first read on e5c0c04: the eleventh (Sudan) stays sealed; the
# twelfth (Pakistan and the Afghan border) was read after its first reading.
SEALED11 = ROOT / "bench" / "corpus" / "corroboration-heldout11"
HELDOUT12 = ROOT / "bench" / "corpus" / "corroboration-heldout12"
# Written blind the same way at the end of 2026-12-06, first read on 63976cb (after that day's rules): sealed.
SEALED13 = ROOT / "bench" / "corpus" / "corroboration-heldout13"
# Written blind the same way in the evening of 2026-12-06 (north-east Nigeria), first read on 72f7424 (after the
# evening's first rules); its wrong merge and misses were then read: development text.
HELDOUT14 = ROOT / "bench" / "corpus" / "corroboration-heldout14"
# Written blind the same way on the evening of 2026-12-06 (Colombia's Cauca, October 2024), first read on 1da42f5
# (its reading on 6c1c465, before that evening's rules, was the same); its misses were then read: development text.
HELDOUT15 = ROOT / "bench" / "corpus" / "corroboration-heldout15"
# Written blind the same way later that evening (Mozambique's Cabo Delgado, September 2025), first read on 3ccf334
# (sealed until 2026-12-06 late; its misses then read: development text).
HELDOUT16 = ROOT / "bench" / "corpus" / "corroboration-heldout16"
# Written blind the same way when the sixteenth was opened (eastern DR Congo, early 2024), first read on the
# commit that registered it (015196d's rules): its mentions were then read to find its two wrong merges.
HELDOUT17 = ROOT / "bench" / "corpus" / "corroboration-heldout17"
# Written blind the same way on 2026-12-07 (north-west Syria, November 2023), after that day's place and order
# rules, by a writer who read only the development set's README, gold and articles, the seventeenth's README and
# the Wikinews guide; first read on 1083e67 (P 0.71, R 0.23, as on the code before that day's rules), then its
# wrong merges were read: development text.
HELDOUT18 = ROOT / "bench" / "corpus" / "corroboration-heldout18"
# Written blind the same way at the end of 2026-12-07 (Ethiopia's Amhara region), after that day's rules; first
# read on the commit that registered it: sealed.
SEALED19 = ROOT / "bench" / "corpus" / "corroboration-heldout19"
# Written blind the same way in the fifth session of 2026-12-07 (South Sudan's Upper Nile, March 2025), after
# that session's time rules, by a writer who read only the development set and the Wikinews guide; first read on
# aeedb44 (the session's committed rules), counts only: sealed.
SEALED20 = ROOT / "bench" / "corpus" / "corroboration-heldout20"
# Written blind the same way in the sixth session of 2026-12-07 (northern Iraq: Sinjar and Kirkuk, September 2024), by
# a writer who read only the development set and the Wikinews guide; first read on 083f166 (P 0.87, R 0.11, 101 wrong
# merges over nine orders; the same on 1b9ae09, before that session), then its wrong merges were read: development text.
HELDOUT21 = ROOT / "bench" / "corpus" / "corroboration-heldout21"
# Written blind the same way in the seventh session of 2026-12-07 (Yemen and the Red Sea, March 2025), by a writer who
# read only the development set and the Wikinews guide; first read on 7da8547 (P 1.00, R 0.25, 161 right merges and
# none wrong over nine orders; the same on 090b6d5, before that session), then its misses were read: development text.
HELDOUT22 = ROOT / "bench" / "corpus" / "corroboration-heldout22"
# Written blind the same way in the eighth session of 2026-12-07 (India and Pakistan, May 2025), by a writer who read
# only the development set and the Wikinews guide; first read on 98ed67a (P 0.90, R 0.08, 99 right merges and 9 wrong
# over nine orders), then its misses and wrong merges were read: development text.
HELDOUT23 = ROOT / "bench" / "corpus" / "corroboration-heldout23"
# Written blind the same way in the first session of 2026-12-08 (Armenia and Azerbaijan, September 2023); first read on
# 3851450 (P 0.96, R 0.16, 198 right merges and 9 wrong over nine orders, 75 rows for 28 occurrences), then its misses
# and wrong merges were read: development text.
HELDOUT24 = ROOT / "bench" / "corpus" / "corroboration-heldout24"
TARGET_PRECISION, TARGET_RECALL = 0.95, 0.85


@dataclass
class Mention:
    article: str          # file stem
    event_id: str         # the extracted event's id (before any merge)
    kind: str
    title: str
    occurrence: str       # gold occurrence id, or "unlabelled:<event id>"
    row: str = ""         # the stored event it ended up in
    event: dict = field(default_factory=dict, repr=False)  # as extracted from its article


@dataclass
class Result:
    mentions: list[Mention]
    rows: int                                   # stored events after ingesting everything
    occurrences: int                            # occurrences in the gold
    found: int                                  # occurrences at least one mention names
    merged_pairs: list[tuple[Mention, Mention]] = field(default_factory=list)
    gold_pairs: list[tuple[Mention, Mention]] = field(default_factory=list)
    right: int = 0
    summaries: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.right / len(self.merged_pairs) if self.merged_pairs else 1.0

    @property
    def recall(self) -> float:
        return self.right / len(self.gold_pairs) if self.gold_pairs else 1.0

    @property
    def across_kinds(self) -> int:
        """Same-occurrence pairs of two kinds merging never joins (a strike and a statement that only
        gives its toll): what extraction, not merging, would have to read as one."""
        return sum(1 for a, b in self.gold_pairs if _family(a.kind) != _family(b.kind))

    def missed_by_cause(self) -> dict[str, int]:
        """The same-occurrence pairs left apart, by what kept the two extracted events apart
        (store/corroborate.py: judge; counts only, so a sealed set shows them too). 'one of several':
        they could be one, but another stored event was as near, or one joined another row first."""
        from store.corroborate import judge

        causes: dict[str, int] = {}
        for a, b in self.gold_pairs:
            if a.row == b.row:
                continue
            value, why = judge(a.event, b.event)
            cause = why if value is None else "one of several"
            causes[cause] = causes.get(cause, 0) + 1
        return dict(sorted(causes.items(), key=lambda item: -item[1]))

    def as_json(self) -> dict:
        return {"precision": self.precision, "recall": self.recall, "merges": len(self.merged_pairs),
                "right": self.right, "gold_pairs": len(self.gold_pairs), "rows": self.rows,
                "occurrences": self.occurrences, "occurrences_found": self.found, "mentions": len(self.mentions),
                "pairs_across_kinds": self.across_kinds, "missed_by_cause": self.missed_by_cause()}


def _family(kind: str) -> str:
    from store.corroborate import family

    return family(kind)


def _occurrence(event: dict, article: str, gold: list[dict]) -> str:
    """The gold occurrence an extracted event reports: the first whose snippet one of its sentences holds,
    of the event's own family when a sentence reports two."""
    hits = []
    for source in event["sources"]:
        for occurrence in gold:
            if any(snippet in source["sentence"] for snippet in occurrence["mentions"].get(article, [])):
                hits.append(occurrence)
    own = [o for o in hits if _family(o["kind"]) == _family(event["kind"])]
    chosen = (own or hits or [None])[0]
    return chosen["id"] if chosen else f"unlabelled:{event['id']}"


def evaluate(corpus: Path = CORPUS, *, shuffle: int | None = None) -> Result:
    """Score ingesting the articles in file order, or in an order shuffled with this seed (-1: reversed)."""
    from store.corroborate import summary
    from store.database import Store
    from store.ingest import ingest, read_article

    gold = json.loads((corpus / "gold.json").read_text(encoding="utf-8"))["occurrences"]
    mentions: list[Mention] = []
    summaries = []
    with tempfile.TemporaryDirectory() as folder:
        store = Store(Path(folder) / "events.json")
        paths = sorted((corpus / "articles").glob("*.txt"))
        if shuffle == -1:
            paths.reverse()
        elif shuffle is not None:
            random.Random(shuffle).shuffle(paths)
        for path in paths:
            ingested = ingest(store, read_article(str(path)))
            summaries.append(f"{path.stem}: {summary(ingested.result)}")
            # A stored row is only merged away when it joins one of the article's events (below).
            row_of = {event["id"]: event["id"] for event in ingested.result.new}
            row_of.update((event["id"], stored["id"]) for event, stored in ingested.result.merged)
            for event in ingested.events:
                mentions.append(Mention(path.stem, event["id"], event["kind"], event["title"],
                                        _occurrence(event, path.stem, gold), row_of[event["id"]], event))
            for earlier, target in ingested.result.joined:  # a row merged into one of this article's
                for mention in mentions:
                    if mention.row == earlier:
                        mention.row = row_of.get(target, target)
        rows = len(store)
    named = {m.occurrence for m in mentions}
    result = Result(mentions, rows, len(gold), sum(1 for o in gold if o["id"] in named), summaries=summaries)
    for a, b in combinations(mentions, 2):
        if a.article == b.article:
            continue  # within one article the extractor decides, not the merger
        same_row, same_occurrence = a.row == b.row, a.occurrence == b.occurrence
        if same_row:
            result.merged_pairs.append((a, b))
        if same_occurrence:
            result.gold_pairs.append((a, b))
        if same_row and same_occurrence:
            result.right += 1
    return result


def _pair(a: Mention, b: Mention) -> str:
    return f"{a.article[:2]} {a.kind} “{a.title[:40]}” ({a.occurrence}) + {b.article[:2]} {b.kind} “{b.title[:40]}” ({b.occurrence})"


def report(result: Result, details: bool = True, heading: str = "") -> list[str]:
    def mark(value: float, target: float) -> str:
        return "ok" if value >= target else f"BELOW the {target:.2f} target"

    articles = len({m.article for m in result.mentions})
    lines = [heading or f"Merging across articles (bench/corpus/corroboration: {articles} articles of the team's own text)", "",
             f"  pairwise merge precision {result.precision:.2f} ({result.right}/{len(result.merged_pairs)} merges right; "
             f"{mark(result.precision, TARGET_PRECISION)})",
             f"  pairwise merge recall    {result.recall:.2f} ({result.right}/{len(result.gold_pairs)} same-occurrence "
             f"pairs merged; {mark(result.recall, TARGET_RECALL)})",
             f"  timeline rows {result.rows} for {result.occurrences} real occurrences "
             f"({result.found} of them extracted at all; {len(result.mentions)} mentions)",
             "  same-occurrence pairs left apart, by what kept them apart: " + (", ".join(
                 f"{cause} {count}" for cause, count in result.missed_by_cause().items()) or "none")
             + " (kinds: a statement beside the strike it details, say; merging never joins two kinds)"]
    if details:
        wrong = [(a, b) for a, b in result.merged_pairs if a.occurrence != b.occurrence]
        missed = [(a, b) for a, b in result.gold_pairs if a.row != b.row]
        if wrong:
            lines += ["", "  wrong merges:"] + [f"    {_pair(a, b)}" for a, b in wrong]
        if missed:
            lines += ["", "  missed merges:"] + [f"    {_pair(a, b)}" for a, b in missed]
        lines += ["", "  ingest said:"] + [f"    {line}" for line in result.summaries]
    return lines


OTHER_ORDERS = (-1, 1, 2, 3, 4, 5, 6, 7)  # reversed, then seven seeded shuffles


def full_report(details: bool = True) -> tuple[list[str], dict]:
    """For the development set and the held-out one: the report of the articles in filed order (the
    figures that count) and, to show how much the order of ingestion matters, the range over eight
    other orders; and the same as JSON."""
    lines: list[str] = []
    figures: dict = {}
    sets = ((CORPUS, "development", "Merging across articles, development set (bench/corpus/corroboration: "
                                    "the team's own text, written beside the rules)"),
            (HELDOUT, "heldout", "Merging across articles, first blind set (bench/corpus/corroboration-heldout: "
                                 "written blind, then its misses read: development text now)"),
            (HELDOUT2, "heldout2", "Merging across articles, second blind set (bench/corpus/corroboration-heldout2: "
                                   "written blind, then its misses read and three gaps fixed: development text now)"),
            (HELDOUT3, "heldout3", "Merging across articles, third blind set (bench/corpus/corroboration-heldout3: "
                                   "written blind, sealed until 2026-12-06, then its misses read: development text now)"),
            (HELDOUT5, "heldout5", "Merging across articles, blind set 5 (bench/corpus/corroboration-heldout5: "
                                   "written blind, sealed until its misses were read on 2026-12-06: development text now)"),
            (SEALED2, "sealed2", "Merging across articles, second sealed blind set (bench/corpus/corroboration-heldout4: "
                                 "written blind after the rules of December 2026, never read nor tuned on)"),
            (SEALED4, "sealed4", "Merging across articles, fourth sealed blind set (bench/corpus/corroboration-heldout6: "
                                 "written blind on 2026-12-06 after heldout3 was opened, never read nor tuned on)"),
            (HELDOUT7, "heldout7", "Merging across articles, blind set 7 (bench/corpus/corroboration-heldout7: "
                                   "written blind, sealed until its misses were read later on 2026-12-06: development text now)"),
            (SEALED6, "sealed6", "Merging across articles, sealed blind set 8 (bench/corpus/corroboration-heldout8: "
                                 "written blind on 2026-12-06 after the seventh was opened, answer key apart, never read nor tuned on)"),
            (HELDOUT9, "heldout9", "Merging across articles, blind set 9 (bench/corpus/corroboration-heldout9: "
                                   "written blind later on 2026-12-06, its misses read after its first reading: development text now)"),
            (SEALED10, "sealed10", "Merging across articles, sealed blind set 10 (bench/corpus/corroboration-heldout10: "
                                   "written blind with the ninth, answer key apart, never read nor tuned on)"),
            (SEALED11, "sealed11", "Merging across articles, sealed blind set 11 (bench/corpus/corroboration-heldout11: "
                                   "written blind with the twelfth, answer key apart, never read nor tuned on)"),
            (HELDOUT12, "heldout12", "Merging across articles, blind set 12 (bench/corpus/corroboration-heldout12: "
                                     "written blind with the eleventh, its misses read after its first reading: "
                                     "development text now)"),
            (SEALED13, "sealed13", "Merging across articles, sealed blind set 13 (bench/corpus/corroboration-heldout13: "
                                   "written blind at the end of 2026-12-06, answer key apart, never read nor tuned on)"),
            (HELDOUT14, "heldout14", "Merging across articles, blind set 14 (bench/corpus/corroboration-heldout14: "
                                     "written blind in the evening of 2026-12-06, its misses read after its first "
                                     "reading: "
                                     "development text now)"),
            (HELDOUT15, "heldout15", "Merging across articles, blind set 15 (bench/corpus/corroboration-heldout15: "
                                     "written blind in the evening of 2026-12-06, its misses read after its first "
                                     "reading: development text now)"),
            (HELDOUT16, "heldout16", "Merging across articles, blind set 16 (bench/corpus/corroboration-heldout16: "
                                     "written blind in the evening of 2026-12-06, its misses read after its first "
                                     "readings: development text now)"),
            (HELDOUT17, "heldout17", "Merging across articles, blind set 17 (bench/corpus/corroboration-heldout17: "
                                     "written blind late on 2026-12-06, its mentions read after its first reading "
                                     "for its wrong merges, its misses on 2026-12-07: development text now)"),
            (HELDOUT18, "heldout18", "Merging across articles, blind set 18 (bench/corpus/corroboration-heldout18: "
                                     "written blind on 2026-12-07 after that day's rules, its wrong merges and misses "
                                     "read after its first reading: development text now)"),
            (SEALED19, "sealed19", "Merging across articles, sealed blind set 19 (bench/corpus/corroboration-heldout19: "
                                   "written blind at the end of 2026-12-07 after that day's rules, answer key apart, "
                                   "never read nor tuned on)"),
            (SEALED20, "sealed20", "Merging across articles, sealed blind set 20 (bench/corpus/corroboration-heldout20: "
                                   "written blind in the fifth session of 2026-12-07 after its time rules, answer key "
                                   "apart, never read nor tuned on)"),
            (HELDOUT21, "heldout21", "Merging across articles, blind set 21 (bench/corpus/corroboration-heldout21: "
                                     "written blind in the sixth session of 2026-12-07, its wrong merges read after its "
                                     "first reading: development text now)"),
            (HELDOUT22, "heldout22", "Merging across articles, blind set 22 (bench/corpus/corroboration-heldout22: "
                                     "written blind in the seventh session of 2026-12-07, its misses read after its "
                                     "first reading: development text now)"),
            (HELDOUT23, "heldout23", "Merging across articles, blind set 23 (bench/corpus/corroboration-heldout23: "
                                     "written blind in the eighth session of 2026-12-07, its misses and wrong merges "
                                     "read after its first reading: development text now)"),
            (HELDOUT24, "heldout24", "Merging across articles, blind set 24 (bench/corpus/corroboration-heldout24: "
                                     "written blind in the first session of 2026-12-08, its misses and wrong merges "
                                     "read after its first reading: development text now)"))
    for corpus, name, heading in sets:
        filed = evaluate(corpus)
        others = [evaluate(corpus, shuffle=seed) for seed in OTHER_ORDERS]

        def spread(values: list[float], form: str) -> str:
            low, high = min(values), max(values)
            return f"{low:{form}}–{high:{form}}" if low != high else f"{low:{form}}"

        # A sealed set prints its figures only: its misses, read, would make it development text.
        part = report(filed, details and not name.startswith("sealed"), heading)
        part.insert(5, f"  in {len(others)} other orders (reversed, shuffled): precision "
                       f"{spread([r.precision for r in others], '.2f')}, recall {spread([r.recall for r in others], '.2f')}, "
                       f"{spread([r.rows for r in others], 'd')} rows")
        lines += ([""] if lines else []) + part
        figures[name] = {**filed.as_json(), "other_orders": [r.as_json() for r in others]}
    return lines, figures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="bench/corroboration.py", description=__doc__.split("\n\n")[0])
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args(argv)
    lines, figures = full_report()
    print(json.dumps(figures, indent=2) if args.json else "\n".join(lines))
    return 0


if __name__ == "__main__":
    sys.exit(main())
