"""The text `make eval` prints: figures per article and in total, then what went wrong, sentence by sentence."""

from __future__ import annotations

import textwrap

from bench.scoring import FIELDS, KINDS, ArticleScore, Counts, Totals

MISS_CAUSES = ("no event", "wrong kind", "wrong window", "merged")
FALSE_CAUSES = ("not in gold", "wrong kind", "wrong window", "split")
FIELD_TITLES = {"time": "time window inside gold", "location": "location", "actors": "actors",
                "quantities": "quantities"}
NAME_WIDTH = 40


def count(n: int, noun: str) -> str:
    return f"{n} {noun}{'' if n == 1 else 's'}"


def _ratio(right: int, judged: int) -> str:
    return f"{right}/{judged}" if judged else "-"


def _percent(right: int, judged: int) -> str:
    return f"{right / judged:4.0%}" if judged else "   -"


def _prf(c: Counts) -> str:
    return f"{c.precision:5.2f} {c.recall:5.2f} {c.f1:5.2f}"


def _row(name: str, counts: Counts, fields: dict[str, list[int]]) -> str:
    shown = "".join(f"{_ratio(*fields[f]):>8}" for f in FIELDS)
    return (f"{name[:NAME_WIDTH]:<{NAME_WIDTH}} {_prf(counts)}"
            f" {_ratio(counts.required_paired, counts.required):>7} {_ratio(counts.extracted_paired, counts.extracted):>7}"
            f"{shown}")


def display_name(score: ArticleScore) -> str:
    return score.name.replace("_", " ", 1)


def article_table(corpus_scores: list[ArticleScore], sample_scores: list[ArticleScore],
                  corpus: Totals | None, label: str = "corpus") -> list[str]:
    head = (f"{'article':<{NAME_WIDTH}} {'P':>5} {'R':>5} {'F1':>5} {'found':>7} {'right':>7}"
            + "".join(f"{name:>8}" for name in ("time", "place", "actors", "numbers")))
    lines = [head, "-" * len(head)]
    for score in corpus_scores:
        lines.append(_row(display_name(score), score.counts, score.fields))
    if corpus is not None and corpus_scores:
        lines.append("-" * len(head))
        mean = f"{label}: mean of {count(corpus.articles, 'article')}"
        lines.append(f"{mean:<{NAME_WIDTH}} "
                     f"{corpus.mean_precision:5.2f} {corpus.mean_recall:5.2f} {corpus.mean_f1:5.2f}")
        lines.append(_row(f"{label}: micro (every event counts)", corpus.micro, corpus.fields))
    for score in sample_scores:
        lines.append(_row("sample " + score.name, score.counts, score.fields))
    lines.append("found = required gold events paired / required; right = extracted events paired / extracted;")
    lines.append("time, place, actors, numbers = right / judged on paired events (README, 'Field accuracy')")
    return lines


def kind_table(totals: Totals) -> list[str]:
    lines = [f"{'kind':<10} {'found':>8} {'right':>8} {'P':>5} {'R':>5} {'F1':>5}"]
    for kind in KINDS + tuple(k for k in totals.kinds if k not in KINDS):
        c = totals.kinds.get(kind, Counts())
        if not c.required and not c.extracted:
            continue
        p = f"{c.precision:5.2f}" if c.extracted else "    -"
        r = f"{c.recall:5.2f}" if c.required else "    -"
        lines.append(f"{kind:<10} {_ratio(c.required_paired, c.required):>8} "
                     f"{_ratio(c.extracted_paired, c.extracted):>8} {p} {r} {c.f1:5.2f}")
    lines.append("found: required gold events of the kind paired; right: extracted events of the kind paired")
    return lines


def field_lines(totals: Totals) -> list[str]:
    return [f"{FIELD_TITLES[name]:<26} {_ratio(right, judged):>8}  {_percent(right, judged)}"
            for name, (right, judged) in totals.fields.items()]


def cause_table(totals: Totals) -> list[str]:
    lines = []
    for what, causes, title in (("miss", MISS_CAUSES, "missed required gold events"),
                                ("false", FALSE_CAUSES, "false extracted events")):
        head = f"{title:<30}" + "".join(f"{c:>14}" for c in causes) + f"{'total':>8}"
        lines.append(head)
        for kind in KINDS:
            counts = [totals.causes.get((what, kind, cause), 0) for cause in causes]
            if sum(counts):
                lines.append(f"  {kind:<28}" + "".join(f"{n:>14}" for n in counts) + f"{sum(counts):>8}")
        all_counts = [sum(totals.causes.get((what, kind, cause), 0) for kind in KINDS) for cause in causes]
        lines.append(f"  {'all':<28}" + "".join(f"{n:>14}" for n in all_counts) + f"{sum(all_counts):>8}")
    lines += ["causes: no event = nothing extracted cites its sentences; wrong kind / wrong window = the event",
              "from its sentences has another kind / a window off by more than a day; merged = that event went",
              "to another gold event; not in gold = no gold event in its sentences; split = a second event for",
              "one gold event"]
    return lines


def _quote(sentence: str) -> list[str]:
    text = " ".join(sentence.split())
    if len(text) > 300:
        text = text[:299].rsplit(" ", 1)[0] + "…"
    return textwrap.wrap(f"“{text}”", width=100, initial_indent="        ", subsequent_indent="         ")


def findings(score: ArticleScore, published: str, timezone: str) -> list[str]:
    if not score.findings:
        return []
    lines = [f"{display_name(score)}  (published {published}, {timezone})"]
    for finding in score.findings:
        if finding.what == "miss":
            lines.append(f"  MISS  {finding.kind:<9} {finding.label} [{finding.when}]: {finding.cause}; {finding.detail}")
            lines += _quote(finding.sentence)
        elif finding.what == "false":
            lines.append(f"  FALSE {finding.kind:<9} {finding.label!r} [{finding.when}]: {finding.cause}; {finding.detail}")
            lines += _quote(finding.sentence)
    wrong_fields = [f for f in score.findings if f.what not in ("miss", "false")]
    for finding in wrong_fields:
        lines.append(f"  {finding.what:<5} {finding.kind:<9} {finding.label}: {finding.detail}")
    return lines
