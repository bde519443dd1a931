#!/usr/bin/env python3
"""Validate corroboration blind set 24 (standard library only).

Checks: every article text has its metadata file and the reverse; metadata keys are exactly those of
the development set (title, outlet, published YYYY-MM-DD, timezone as a valid IANA zone); texts are
clean (one paragraph per line, exactly one blank line between paragraphs, no trailing spaces);
gold.json has unique ids, kinds from the development set's kinds, mentions of existing articles
only, and every snippet occurs verbatim in its article, inside one sentence and only once; no
sentence carries snippets of two occurrences of the same family of kinds (claim and statement are
one family). Prints counts; exit status 1 on any problem.
"""
import json
import os
import re
import sys
from collections import Counter, defaultdict
from datetime import date
from zoneinfo import ZoneInfo

HERE = os.path.dirname(os.path.abspath(__file__))
ART = os.path.join(HERE, "articles")
KINDS = {"strike", "call", "claim", "statement", "decision", "other"}
FAMILY = {"claim": "claim/statement", "statement": "claim/statement"}
META_KEYS = ["title", "outlet", "published", "timezone"]
ABBREV = ["U.S.", "U.N.", "Mr.", "Mrs.", "Ms.", "Dr.", "a.m.", "p.m.", "St."]

problems = []


def problem(msg):
    problems.append(msg)


def sentences(text):
    """Return (start, end) character spans of the sentences of a text."""
    masked = text
    for ab in ABBREV:
        masked = masked.replace(ab, ab.replace(".", "\x00"))
    spans = []
    for para in re.finditer(r"[^\n]+", masked):
        start = para.start()
        for m in re.finditer(r"(?<=[.!?])[\"']?\s+(?=[\"'(]?[A-Z0-9])", para.group()):
            end = para.start() + m.start() + (1 if m.group().startswith(('"', "'")) else 0)
            spans.append((start, end))
            start = para.start() + m.end()
        spans.append((start, para.end()))
    return spans


def main():
    quiet = "--quiet" in sys.argv
    files = sorted(os.listdir(ART))
    stems_txt = {f[:-4] for f in files if f.endswith(".txt")}
    stems_json = {f[:-5] for f in files if f.endswith(".json")}
    for f in files:
        if not (f.endswith(".txt") or f.endswith(".json")):
            problem(f"unexpected file articles/{f}")
    for s in sorted(stems_txt - stems_json):
        problem(f"{s}: text without metadata json")
    for s in sorted(stems_json - stems_txt):
        problem(f"{s}: metadata json without text")
    stems = sorted(stems_txt & stems_json)
    for s in stems:
        if not re.fullmatch(r"\d\d_[a-z0-9-]+", s):
            problem(f"{s}: name is not NN_slug")
    nums = [int(s[:2]) for s in stems]
    if nums != list(range(1, len(stems) + 1)):
        problem(f"article numbers are not 01..{len(stems):02d}: {nums}")

    texts, metas, words = {}, {}, {}
    for s in stems:
        with open(os.path.join(ART, s + ".txt"), encoding="utf-8") as fh:
            t = fh.read()
        texts[s] = t
        words[s] = len(t.split())
        if not t.endswith("\n") or t.endswith("\n\n"):
            problem(f"{s}: text must end with exactly one newline")
        lines = t[:-1].split("\n")
        for i, line in enumerate(lines):
            if line != line.rstrip() or line != line.lstrip():
                problem(f"{s}: line {i + 1} has leading or trailing spaces")
            if i % 2 == 1 and line != "":
                problem(f"{s}: line {i + 1} should be the blank line between paragraphs")
            if i % 2 == 0 and line == "":
                problem(f"{s}: line {i + 1} is an extra blank line")
        with open(os.path.join(ART, s + ".json"), encoding="utf-8") as fh:
            m = json.load(fh)
        metas[s] = m
        if sorted(m) != sorted(META_KEYS):
            problem(f"{s}: metadata keys {sorted(m)} != {sorted(META_KEYS)}")
            continue
        for k in ("title", "outlet"):
            if not isinstance(m[k], str) or not m[k].strip():
                problem(f"{s}: {k} must be a non-empty string")
        try:
            if not re.fullmatch(r"\d{4}-\d\d-\d\d", m["published"]):
                raise ValueError
            date.fromisoformat(m["published"])
        except (ValueError, TypeError):
            problem(f"{s}: published {m['published']!r} is not YYYY-MM-DD")
        try:
            ZoneInfo(m["timezone"])
        except Exception:
            problem(f"{s}: timezone {m['timezone']!r} is not an IANA zone")

    with open(os.path.join(HERE, "gold.json"), encoding="utf-8") as fh:
        gold = json.load(fh)
    if sorted(gold) != ["about", "occurrences"]:
        problem(f"gold.json keys {sorted(gold)} != ['about', 'occurrences']")
    occs = gold.get("occurrences", [])
    ids = Counter(o.get("id") for o in occs)
    for i, n in ids.items():
        if n > 1:
            problem(f"gold: id {i!r} used {n} times")
    spans = {s: sentences(texts[s]) for s in stems}
    sent_hits = defaultdict(set)  # (stem, sentence index) -> {(family, id)}
    n_mentions = n_snippets = 0
    per_article = Counter()
    for o in occs:
        oid = o.get("id")
        if sorted(o) != ["id", "kind", "mentions", "what"]:
            problem(f"gold {oid}: keys {sorted(o)} != ['id', 'kind', 'mentions', 'what']")
        if not isinstance(oid, str) or not re.fullmatch(r"[a-z0-9-]+", oid or ""):
            problem(f"gold {oid!r}: id must be lower case, digits and hyphens")
        if o.get("kind") not in KINDS:
            problem(f"gold {oid}: kind {o.get('kind')!r} not among {sorted(KINDS)}")
        fam = FAMILY.get(o.get("kind"), o.get("kind"))
        mentions = o.get("mentions") or {}
        if not mentions:
            problem(f"gold {oid}: no mentions")
        for stem, snips in mentions.items():
            if stem not in texts:
                problem(f"gold {oid}: unknown article {stem!r}")
                continue
            if not isinstance(snips, list) or not snips:
                problem(f"gold {oid}/{stem}: snippets must be a non-empty list")
                continue
            n_mentions += 1
            per_article[stem] += 1
            for sn in snips:
                n_snippets += 1
                t = texts[stem]
                count = t.count(sn)
                if count == 0:
                    problem(f"gold {oid}/{stem}: snippet not in article: {sn!r}")
                    continue
                if count > 1:
                    problem(f"gold {oid}/{stem}: snippet occurs {count} times: {sn!r}")
                pos = t.index(sn)
                idx = [k for k, (a, b) in enumerate(spans[stem]) if a <= pos and pos + len(sn) <= b]
                if not idx:
                    problem(f"gold {oid}/{stem}: snippet crosses a sentence boundary: {sn!r}")
                    continue
                sent_hits[(stem, idx[0])].add((fam, oid))
    for (stem, k), hits in sorted(sent_hits.items()):
        fams = Counter(f for f, _ in hits)
        for f, n in fams.items():
            if n > 1:
                who = sorted(i for ff, i in hits if ff == f)
                problem(f"{stem}: sentence {k + 1} carries two occurrences of family {f}: {who}")

    if not quiet:
        outlets = sorted({(m.get("outlet"), m.get("timezone")) for m in metas.values()})
        print(f"articles: {len(stems)}   outlets: {len(outlets)}")
        for o, z in outlets:
            print(f"  {o} ({z})")
        for s in stems:
            m = metas[s]
            print(f"  {s:40s} {m.get('published')}  {words[s]:3d} words  {per_article[s]:2d} occurrences")
        kinds = Counter(o.get("kind") for o in occs)
        print(f"occurrences: {len(occs)}   " + ", ".join(f"{k} {kinds[k]}" for k in sorted(kinds)))
        spread = Counter(len(o.get("mentions") or {}) for o in occs)
        print("articles per occurrence: " + ", ".join(f"{n}: {spread[n]}" for n in sorted(spread)))
        print(f"mentions (article x occurrence): {n_mentions}   snippets: {n_snippets}")
    if problems:
        print("PROBLEMS:")
        for p in problems:
            print("  " + p)
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
