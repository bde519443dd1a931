"""Scoring an extraction against a gold list, by the matching rules of bench/corpus/wikinews/README.md.

Pure (of newsline it reads only the registry of kinds, store/kinds/): both sides are reduced to `Event`s, paired one-to-one as the
corpus guide says (kind, time window widened by a day, evidence), then counted. Each miss and each false
event also gets the reason it failed to pair, so a person reading `make eval` sees what went wrong.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from store.kinds import NAMES as KINDS
# Claim and statement are one family for pairing: calling an accusation a statement is no error.
_FAMILY = {"claim": "claim", "statement": "claim"}
_FOLDS = (("\u2019", "'"), ("\u2018", "'"), ("\u201c", '"'), ("\u201d", '"'), ("\u2013", "-"),
          ("\u2014", "-"), ("\u2026", "..."), ("\u00a0", " "))
EVIDENCE_SHARE = 0.6
ONE_DAY = timedelta(days=1)


def fold(text: str) -> str:
    """Lower case; curly quotes, dashes, ellipsis and no-break spaces to ASCII; spaces collapsed."""
    text = text.lower()
    for curly, plain in _FOLDS:
        text = text.replace(curly, plain)
    return re.sub(r"\s+", " ", text).strip()


def words(text: str) -> set[str]:
    return set(re.findall(r"[a-z0-9']+", fold(text)))


@dataclass(frozen=True)
class Event:
    """One side of a pairing, reduced to what the rules compare.

    For a gold event `sentences` are its evidence snippets; for an extracted event its source sentences.
    """
    kind: str
    start: date
    end: date
    sentences: tuple[str, ...]
    label: str                                  # gold id, or the extracted event's title
    required: bool = True                       # only gold events can be optional
    when: str = ""                              # the window as a person reads it
    actors: tuple[str, ...] = ()
    location: str | None = None
    quantities: tuple[tuple[str, int], ...] = ()


def gold_event(record: dict) -> Event:
    """A gold event as written in the corpus format."""
    return Event(kind=record["kind"], start=date.fromisoformat(record["start"]),
                 end=date.fromisoformat(record["end"]), sentences=tuple(record["evidence"]),
                 label=record["id"], required=record["required"], when=record["when"],
                 actors=tuple(record["actors"]), location=record["location"],
                 quantities=tuple(sorted(record["quantities"].items())))


def extracted_event(record: dict) -> Event:
    """A newsline event record; its window read as calendar days in its own time zone.

    An end at midnight sharp closes the day before (the window [Mon 00:00, Tue 00:00] is Monday).
    """
    start = datetime.fromisoformat(record["start"])
    end = datetime.fromisoformat(record["end"])
    last_day = end.date() - ONE_DAY if end > start and end.time() == datetime.min.time() else end.date()
    when = start.date().isoformat() if last_day == start.date() else f"{start.date()}/{last_day}"
    if record.get("time_text"):
        when += f" ({record['time_text']!r})"
    return Event(kind=record["kind"], start=start.date(), end=last_day,
                 sentences=tuple(source["sentence"] for source in record.get("sources") or []),
                 label=record["title"], when=when, actors=tuple(record.get("actors") or ()),
                 location=record.get("location"), quantities=tuple(sorted((record.get("quantities") or {}).items())))


# ----- the three pairing rules --------------------------------------------------------------------


def kind_ok(gold: Event, extracted: Event) -> bool:
    return gold.kind == extracted.kind or (gold.kind in _FAMILY and _FAMILY.get(extracted.kind) == _FAMILY[gold.kind])


def time_ok(gold: Event, extracted: Event) -> bool:
    """The extracted window overlaps the gold window widened by one day on each side."""
    return extracted.start <= gold.end + ONE_DAY and extracted.end >= gold.start - ONE_DAY


def evidence_ok(gold: Event, extracted: Event) -> bool:
    """A source sentence contains a gold snippet, or holds at least 60% of one snippet's words."""
    sentences = [(fold(s), words(s)) for s in extracted.sentences]
    for snippet in gold.sentences:
        folded, snippet_words = fold(snippet), words(snippet)
        for sentence, sentence_words in sentences:
            if folded in sentence:
                return True
            if snippet_words and len(snippet_words & sentence_words) / len(snippet_words) >= EVIDENCE_SHARE:
                return True
    return False


def compatible(gold: Event, extracted: Event) -> bool:
    return kind_ok(gold, extracted) and time_ok(gold, extracted) and evidence_ok(gold, extracted)


def match(golds: list[Event], extracted: list[Event]) -> dict[int, int]:
    """gold index -> extracted index: a maximum one-to-one pairing that serves required gold events first.

    Augmenting paths never unpair a paired gold event, so adding the optional ones after the required
    ones cannot cost a required pairing.
    """
    edges = [[e for e, ev in enumerate(extracted) if compatible(gold, ev)] for gold in golds]
    owner: dict[int, int] = {}  # extracted index -> gold index

    def augment(g: int, seen: set[int]) -> bool:
        for e in edges[g]:
            if e in seen:
                continue
            seen.add(e)
            if e not in owner or augment(owner[e], seen):
                owner[e] = g
                return True
        return False

    for g in sorted(range(len(golds)), key=lambda i: not golds[i].required):
        augment(g, set())
    return {g: e for e, g in owner.items()}


# ----- field accuracy on paired events -------------------------------------------------------------


def time_strict(gold: Event, extracted: Event) -> bool:
    """The extracted window lies entirely inside the gold window (no widening)."""
    return gold.start <= extracted.start and extracted.end <= gold.end


def location_ok(gold: Event, extracted: Event) -> bool:
    """The extracted place contains the gold place or is contained in it, after folding."""
    if not extracted.location:
        return False
    a, b = fold(gold.location or ""), fold(extracted.location)
    return a in b or b in a


def _names_overlap(a: str, b: str) -> bool:
    """One name holds the other as whole words ("Putin" in "Vladimir Putin", but "US" not in "Russia")."""
    a, b = fold(a), fold(b)
    return bool(re.search(rf"(?<![\w]){re.escape(a)}(?![\w])", b) or re.search(rf"(?<![\w]){re.escape(b)}(?![\w])", a))


def actors_ok(gold: Event, extracted: Event) -> bool:
    """Some gold actor is named among the extracted actors.

    The corpus guide gives no rule for actors; gold lists often name a body and its spokesman for one
    voice ("Hamas", "Fawzi Barhoum"), so finding one of them counts.
    """
    return any(_names_overlap(g, x) for g in gold.actors for x in extracted.actors)


def quantities_ok(gold: Event, extracted: Event) -> bool:
    """Every gold number appears among the extracted numbers (names are not compared)."""
    values = {value for _, value in extracted.quantities}
    return all(value in values for _, value in gold.quantities)


# Which pairs each field is judged on, and the check; in the order they are printed.
FIELDS = {
    "time": (lambda gold: True, time_strict),
    "location": (lambda gold: bool(gold.location), location_ok),
    "actors": (lambda gold: bool(gold.actors), actors_ok),
    "quantities": (lambda gold: bool(gold.quantities), quantities_ok),
}


# ----- why an event did not pair ------------------------------------------------------------------


def why_missed(g: int, golds: list[Event], extracted: list[Event], pairs: dict[int, int]) -> tuple[str, str]:
    """(cause, detail) for an unpaired gold event: the first rule that no extracted event passes."""
    gold = golds[g]
    same_sentences = [ev for ev in extracted if evidence_ok(gold, ev)]
    if not same_sentences:
        return "no event", "no extracted event cites its sentences"
    right_kind = [ev for ev in same_sentences if kind_ok(gold, ev)]
    if not right_kind:
        found = same_sentences[0]
        return "wrong kind", f"extracted as {found.kind}: {found.label!r}"
    in_time = [ev for ev in right_kind if time_ok(gold, ev)]
    if not in_time:
        return "wrong window", f"extracted {right_kind[0].when}, gold {gold.when}"
    # Every event that would do is paired with another gold event: the extractor merged two occurrences.
    holders = sorted({golds[other].label for other, e in pairs.items() if compatible(gold, extracted[e])})
    return "merged", f"its extracted event went to {', '.join(holders)}"


def why_false(e: int, golds: list[Event], extracted: list[Event], pairs: dict[int, int]) -> tuple[str, str]:
    """(cause, detail) for an unpaired extracted event."""
    event = extracted[e]
    same_sentences = [gold for gold in golds if evidence_ok(gold, event)]
    if not same_sentences:
        return "not in gold", "no gold event in its sentences"
    right_kind = [gold for gold in same_sentences if kind_ok(gold, event)]
    if not right_kind:
        return "wrong kind", "gold there: " + ", ".join(f"{g.kind} {g.label}" for g in same_sentences)
    in_time = [gold for gold in right_kind if time_ok(gold, event)]
    if not in_time:
        gold = right_kind[0]
        return "wrong window", f"extracted {event.when}, gold {gold.label} {gold.when}"
    return "split", "a second event for " + ", ".join(g.label for g in in_time)


# ----- one article's figures ----------------------------------------------------------------------


@dataclass
class Counts:
    """Enough to compute precision and recall, and to add up over articles."""
    extracted: int = 0
    extracted_paired: int = 0
    required: int = 0
    required_paired: int = 0

    def __iadd__(self, other: "Counts") -> "Counts":
        self.extracted += other.extracted
        self.extracted_paired += other.extracted_paired
        self.required += other.required
        self.required_paired += other.required_paired
        return self

    @property
    def precision(self) -> float:
        # Nothing extracted is nothing wrong; recall then says what was lost.
        return self.extracted_paired / self.extracted if self.extracted else 1.0

    @property
    def recall(self) -> float:
        return self.required_paired / self.required if self.required else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Finding:
    """A miss, a false event or a wrong field, with the sentence a person should read."""
    what: str       # "miss", "false" or a field name
    kind: str
    label: str
    when: str
    cause: str
    detail: str
    sentence: str


@dataclass
class ArticleScore:
    name: str
    golds: list[Event]
    extracted: list[Event]
    pairs: dict[int, int]
    counts: Counts
    kinds: dict[str, Counts]
    fields: dict[str, list[int]]             # field -> [right, judged]
    findings: list[Finding] = field(default_factory=list)

    @property
    def misses(self) -> list[Finding]:
        return [f for f in self.findings if f.what == "miss"]

    @property
    def false_events(self) -> list[Finding]:
        return [f for f in self.findings if f.what == "false"]


def score_article(name: str, golds: list[Event], extracted: list[Event]) -> ArticleScore:
    pairs = match(golds, extracted)
    paired_extracted = set(pairs.values())
    counts = Counts(extracted=len(extracted), extracted_paired=len(paired_extracted),
                    required=sum(g.required for g in golds),
                    required_paired=sum(golds[g].required for g in pairs))
    kinds = {kind: Counts() for kind in KINDS}
    for e, event in enumerate(extracted):
        kinds.setdefault(event.kind, Counts())
        kinds[event.kind].extracted += 1
        kinds[event.kind].extracted_paired += e in paired_extracted
    for g, gold in enumerate(golds):
        if gold.required:
            kinds[gold.kind].required += 1
            kinds[gold.kind].required_paired += g in pairs
    fields = {name: [0, 0] for name in FIELDS}
    findings: list[Finding] = []
    for g, e in sorted(pairs.items()):
        gold, event = golds[g], extracted[e]
        for field_name, (judged, right) in FIELDS.items():
            if not judged(gold):
                continue
            fields[field_name][1] += 1
            if right(gold, event):
                fields[field_name][0] += 1
            else:
                findings.append(Finding(field_name, gold.kind, gold.label, gold.when, "wrong " + field_name,
                                        _field_detail(field_name, gold, event), event.sentences[0] if event.sentences else ""))
    for g, gold in enumerate(golds):
        if gold.required and g not in pairs:
            cause, detail = why_missed(g, golds, extracted, pairs)
            findings.append(Finding("miss", gold.kind, gold.label, gold.when, cause, detail, gold.sentences[0]))
    for e, event in enumerate(extracted):
        if e not in paired_extracted:
            cause, detail = why_false(e, golds, extracted, pairs)
            findings.append(Finding("false", event.kind, event.label, event.when, cause, detail,
                                    event.sentences[0] if event.sentences else ""))
    return ArticleScore(name, golds, extracted, pairs, counts, kinds, fields, findings)


def _field_detail(name: str, gold: Event, event: Event) -> str:
    if name == "time":
        return f"extracted {event.when}, gold {gold.when}"
    if name == "location":
        return f"extracted {event.location!r}, gold {gold.location!r}"
    if name == "actors":
        return f"extracted {list(event.actors)}, gold {list(gold.actors)}"
    return f"extracted {dict(event.quantities)}, gold {dict(gold.quantities)}"


# ----- totals over articles -----------------------------------------------------------------------


@dataclass
class Totals:
    """Mean figures over articles (each article weighs the same) and micro figures (each event does)."""
    articles: int
    mean_precision: float
    mean_recall: float
    mean_f1: float
    micro: Counts
    kinds: dict[str, Counts]
    fields: dict[str, list[int]]
    causes: dict[tuple[str, str, str], int]   # (miss|false, kind, cause) -> count

    def as_json(self) -> dict:
        return {
            "articles": self.articles,
            "mean": {"precision": self.mean_precision, "recall": self.mean_recall, "f1": self.mean_f1},
            "micro": _counts_json(self.micro),
            "kinds": {kind: _counts_json(c) for kind, c in self.kinds.items()},
            "fields": {name: {"right": right, "judged": judged, "accuracy": right / judged if judged else None}
                       for name, (right, judged) in self.fields.items()},
            "causes": [{"what": what, "kind": kind, "cause": cause, "count": n}
                       for (what, kind, cause), n in sorted(self.causes.items(), key=lambda item: -item[1])],
        }


def _counts_json(c: Counts) -> dict:
    """Counts and figures; a figure with nothing to measure (no events either side) is null."""
    return {**vars(c), "precision": c.precision if c.extracted else None, "recall": c.recall if c.required else None,
            "f1": c.f1 if c.extracted or c.required else None}


def totals(scores: list[ArticleScore]) -> Totals:
    n = len(scores) or 1
    micro = Counts()
    kinds = {kind: Counts() for kind in KINDS}
    fields = {name: [0, 0] for name in FIELDS}
    causes: dict[tuple[str, str, str], int] = {}
    for score in scores:
        micro += score.counts
        for kind, counts in score.kinds.items():
            kinds.setdefault(kind, Counts())
            kinds[kind] += counts
        for name, (right, judged) in score.fields.items():
            fields[name][0] += right
            fields[name][1] += judged
        for finding in score.findings:
            if finding.what in ("miss", "false"):
                key = (finding.what, finding.kind, finding.cause)
                causes[key] = causes.get(key, 0) + 1
    return Totals(len(scores), sum(s.counts.precision for s in scores) / n, sum(s.counts.recall for s in scores) / n,
                  sum(s.counts.f1 for s in scores) / n, micro, kinds, fields, causes)
