"""Score newsline's extractor on the Wikinews development corpus and the sample article.

usage: python bench/eval.py [--article NN|sample] [--json] [--no-misses] [--record [--force]]
(`make eval` runs it with no options.)

Prints, per article and in total, precision, recall and F1 by the matching rules of
bench/corpus/wikinews/README.md, F1 per kind, the accuracy of times, places, actors and numbers on paired
events, articles per second, then every miss and false event with its sentence. --record raises the
ratchet (bench/corpus/ratchet.json) that tests/test_eval_ratchet.py holds the extractor to.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # run as a script: bench/ is sys.path[0], the project root is not
    sys.path.insert(0, str(ROOT))

from bench import ratchet, report  # noqa: E402
from bench.dataset import Article, corpus_articles, heldout_articles, sample_articles  # noqa: E402
from bench.scoring import ArticleScore, Totals, extracted_event, gold_event, score_article, totals  # noqa: E402


@dataclass
class Evaluation:
    articles: list[Article]
    scores: list[ArticleScore]       # in the order of articles
    seconds: float                   # extraction only, imports done

    def _part(self, group: str) -> list[ArticleScore]:
        return [s for a, s in zip(self.articles, self.scores) if a.group == group]

    @property
    def corpus_scores(self) -> list[ArticleScore]:
        return self._part("corpus")

    @property
    def sample_scores(self) -> list[ArticleScore]:
        return self._part("sample")

    @property
    def heldout_scores(self) -> list[ArticleScore]:
        return self._part("heldout")

    @property
    def heldout(self) -> Totals | None:
        return totals(self.heldout_scores) if self.heldout_scores else None

    @property
    def corpus(self) -> Totals | None:
        return totals(self.corpus_scores) if self.corpus_scores else None

    @property
    def sample(self) -> Totals | None:
        return totals(self.sample_scores) if self.sample_scores else None

    @property
    def rate(self) -> float:
        return len(self.articles) / self.seconds if self.seconds else float("inf")


def evaluate(articles: list[Article]) -> Evaluation:
    """Extract every article as `newsline ingest` would, and score it against its gold list."""
    from store.extract import extract_events

    # The first call pays for imports and the date parser's start-up; that is not per-article work.
    extract_events("Officials said on Monday that a blast hit the town.", articles[0].published, "UTC")
    seconds = 0.0
    scores = []
    for article in articles:
        started = time.perf_counter()
        events = extract_events(article.text, article.published, article.timezone,
                                article_id=hashlib.md5(article.name.encode()).hexdigest())  # ids are 32 hex
        seconds += time.perf_counter() - started
        scores.append(score_article(article.name, [gold_event(g) for g in article.gold],
                                    [extracted_event(e) for e in events]))
    return Evaluation(articles, scores, seconds)


def select(which: str | None) -> list[Article]:
    """Every article, or the one numbered `which` ("7", "07"), a held-out one ("h2") or the sample ("sample")."""
    everything = corpus_articles() + sample_articles() + heldout_articles()
    if which is None:
        return everything
    if which == "sample":
        return sample_articles()
    wanted = "h" + which[1:].zfill(2) if which.startswith("h") else which.zfill(2)
    chosen = [a for a in everything if a.number == wanted]
    if not chosen:
        numbers = [a.number for a in everything if a.group == "corpus"]
        raise SystemExit(f"eval: no article {which!r} (corpus articles are {numbers[0]}-{numbers[-1]}, "
                         "held-out ones h01, h02, ..., or 'sample')")
    return chosen


def text_report(evaluation: Evaluation, misses: bool) -> list[str]:
    corpus, sample = evaluation.corpus, evaluation.sample
    lines = ["Extraction scored against hand-made gold lists (rules: bench/corpus/wikinews/README.md)", ""]
    lines += report.article_table(evaluation.corpus_scores, evaluation.sample_scores, corpus)
    for title, part in (("Corpus", corpus), ("Sample", sample if corpus is None else None)):
        if part is None:
            continue
        lines += ["", f"{title} by kind", *report.kind_table(part),
                  "", f"{title} field accuracy on paired events", *report.field_lines(part),
                  "", f"{title} misses and false events by cause", *report.cause_table(part)]
    lines += ["", f"Speed: {report.count(len(evaluation.articles), 'article')} extracted in {evaluation.seconds:.2f} s, "
                  f"{evaluation.rate:.1f} articles/s (imports done, scoring not counted)"]
    if evaluation.heldout_scores:
        heldout = evaluation.heldout
        lines += ["", "Held-out articles (the team's own text, bench/corpus/heldout; never tuned on)", ""]
        lines += report.article_table(evaluation.heldout_scores, [], heldout, label="held-out")
        lines += ["", "Held-out by kind", *report.kind_table(heldout),
                  "", "Held-out field accuracy on paired events", *report.field_lines(heldout)]
    if misses:
        lines += ["", "Misses, false events and wrong fields"]
        for article, score in zip(evaluation.articles, evaluation.scores):
            found = report.findings(score, article.published.isoformat(), article.timezone)
            if found:
                lines += ["", *found]
    return lines


def json_report(evaluation: Evaluation) -> dict:
    corpus, sample = evaluation.corpus, evaluation.sample
    return {
        "corpus": corpus.as_json() if corpus else None,
        "sample": sample.as_json() if sample else None,
        "heldout": evaluation.heldout.as_json() if evaluation.heldout else None,
        "articles_per_second": evaluation.rate,
        "articles": [{"article": a.name, "group": a.group, "sample": a.sample, "precision": s.counts.precision,
                      "recall": s.counts.recall, "f1": s.counts.f1, **vars(s.counts),
                      "fields": {name: {"right": r, "judged": j} for name, (r, j) in s.fields.items()}}
                     for a, s in zip(evaluation.articles, evaluation.scores)],
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="bench/eval.py", description=__doc__.split("\n\n")[0])
    parser.add_argument("--article", metavar="NN", help="score one corpus article (01-30) or 'sample'")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument("--no-misses", action="store_true", help="leave out the list of misses and false events")
    parser.add_argument("--record", action="store_true",
                        help="raise bench/corpus/ratchet.json to these figures (never lowers them)")
    parser.add_argument("--force", action="store_true", help="with --record: lower the ratchet too")
    args = parser.parse_args(argv)
    if args.record and args.article:
        parser.error("--record scores the whole corpus; leave out --article")
    if args.force and not args.record:
        parser.error("--force only goes with --record")
    evaluation = evaluate(select(args.article))
    if args.json:
        print(json.dumps(json_report(evaluation), indent=2))
    else:
        print("\n".join(text_report(evaluation, not args.no_misses)))
    if args.record:
        written, lines = ratchet.record(ratchet.figures(evaluation.corpus, evaluation.sample), force=args.force)
        print("\n".join(["", f"Ratchet ({ratchet.RATCHET.relative_to(ROOT)}):", *lines]), file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
