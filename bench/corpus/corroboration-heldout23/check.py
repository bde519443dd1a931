#!/usr/bin/env python3
"""Validate this corroboration set (standard library only).

    python3 check.py          # a summary line per article, the gold summary, then OK or the problems
    python3 check.py --quiet  # only OK or the problems

Checks:
  - articles/NN_slug.txt and articles/NN_slug.json come in pairs, numbered 01..N without gaps;
  - metadata has exactly title, outlet, published (YYYY-MM-DD) and timezone (an IANA zone);
  - text is clean UTF-8: one paragraph per line, exactly one blank line between paragraphs, no
    leading or trailing blank line, no trailing spaces, no tabs or CR, ends with one newline;
    150-400 words;
  - gold.json has "about" and "occurrences"; every occurrence has exactly id, kind, what, mentions;
    ids are unique slugs; kinds are call, strike, claim, statement, decision, other; every
    mention key is an article stem;
  - every snippet has 5-12 words, occurs exactly once in its article (exactly, and also after
    folding case, curly quotes, dashes and whitespace) and lies inside one sentence;
  - no sentence holds snippets of two occurrences of the same family of kinds (claim and
    statement are one family), so that every extracted event has one occurrence;
  - every article is mentioned by at least one occurrence;
  - no file names a local file-system path.
"""
import datetime
import json
import os
import re
import sys
from collections import Counter, defaultdict
from itertools import combinations

ROOT = os.path.dirname(os.path.abspath(__file__))
ART = os.path.join(ROOT, "articles")
KINDS = {"call", "strike", "claim", "statement", "decision", "other"}
META_KEYS = {"title", "outlet", "published", "timezone"}
OCC_KEYS = {"id", "kind", "what", "mentions"}
MIN_WORDS, MAX_WORDS = 150, 400
MIN_SNIP, MAX_SNIP = 5, 12

problems = []


def problem(msg):
    problems.append(msg)


def family(kind):
    return "claim/statement" if kind in ("claim", "statement") else kind


def fold(s):
    s = s.lower()
    for a, b in (("\u2018", "'"), ("\u2019", "'"), ("\u201c", '"'), ("\u201d", '"'),
                 ("\u2013", "-"), ("\u2014", "-"), ("\u2212", "-")):
        s = s.replace(a, b)
    return re.sub(r"\s+", " ", s).strip()


def count_folded(text, snip):
    t, s = fold(text), fold(snip)
    n, i = 0, t.find(s)
    while i >= 0:
        n += 1
        i = t.find(s, i + 1)
    return n


# Abbreviations after which a full stop does not end a sentence: titles, a.m./p.m., U.S.,
# and single capital initials ("S. Jaishankar").
ABBREV = re.compile(r"(?:\b(?:Mr|Mrs|Ms|Dr|St|Gen|Brig|Col|Lt|Maj|Cmdr|Sgt|Jr|Sr|No|vs)"
                    r"|\b[ap]\.m|\bU\.[SN]|\b[A-Z])$")
BOUNDARY = re.compile(r"[.!?][\"'\u201d\u2019)]*\s+(?=[\"'\u201c\u2018(]?[A-Z0-9])")


def sentence_spans(text):
    """(start, end) character spans of the sentences of a text; paragraphs always split."""
    spans = []
    pos = 0
    for para in text.split("\n"):
        if para.strip():
            start = 0
            for m in BOUNDARY.finditer(para):
                if para[m.start()] == "." and ABBREV.search(para[:m.start()]):
                    continue
                spans.append((pos + start, pos + m.start() + len(m.group(0).rstrip())))
                start = m.end()
            spans.append((pos + start, pos + len(para)))
        pos += len(para) + 1
    # normalise: strip whitespace at the edges of each span
    out = []
    for a, b in spans:
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        out.append((a, b))
    return out


def check_text(stem, text):
    if "\r" in text or "\t" in text:
        problem(f"{stem}.txt: contains CR or tab characters")
    if not text.endswith("\n") or text.endswith("\n\n"):
        problem(f"{stem}.txt: must end with exactly one newline")
    if text.startswith("\n") or text.startswith(" "):
        problem(f"{stem}.txt: starts with blank space")
    body = text.rstrip("\n")
    for i, line in enumerate(body.split("\n"), 1):
        if line != line.rstrip():
            problem(f"{stem}.txt line {i}: trailing spaces")
    paras = body.split("\n\n")
    for i, para in enumerate(paras, 1):
        if para.strip() == "":
            problem(f"{stem}.txt paragraph {i}: more than one blank line between paragraphs")
        elif "\n" in para:
            problem(f"{stem}.txt paragraph {i}: a paragraph must be one line, followed by one blank line")
    lines = paras
    if re.match(r"^[A-Z][A-Z .,'-]+(\(|\u2014|--| - )", lines[0] if lines else ""):
        problem(f"{stem}.txt: looks like it starts with a dateline")
    words = len(body.split())
    if not MIN_WORDS <= words <= MAX_WORDS:
        problem(f"{stem}.txt: {words} words, expected {MIN_WORDS}-{MAX_WORDS}")
    return words


def check_meta(stem, path):
    try:
        meta = json.load(open(path, encoding="utf-8"))
    except Exception as e:  # noqa: BLE001
        problem(f"{stem}.json: not valid JSON ({e})")
        return {}
    if not isinstance(meta, dict) or set(meta) != META_KEYS:
        problem(f"{stem}.json: fields must be exactly {sorted(META_KEYS)}")
        return meta if isinstance(meta, dict) else {}
    for k in ("title", "outlet"):
        if not isinstance(meta[k], str) or not meta[k].strip():
            problem(f"{stem}.json: {k} must be a non-empty string")
    try:
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", meta["published"]):
            raise ValueError
        datetime.date.fromisoformat(meta["published"])
    except Exception:  # noqa: BLE001
        problem(f"{stem}.json: published must be YYYY-MM-DD")
    tz = meta["timezone"]
    if not isinstance(tz, str) or not re.fullmatch(r"[A-Za-z_]+(/[A-Za-z_+-]+)+", tz):
        problem(f"{stem}.json: timezone must be an IANA zone name")
    else:
        try:
            from zoneinfo import ZoneInfo
            ZoneInfo(tz)
        except ImportError:
            pass
        except Exception:  # noqa: BLE001
            problem(f"{stem}.json: unknown timezone {tz!r}")
    return meta


def main():
    quiet = "--quiet" in sys.argv[1:]
    if not os.path.isdir(ART):
        print("articles/ folder missing")
        return 1
    names = sorted(os.listdir(ART))
    txt = {n[:-4] for n in names if n.endswith(".txt")}
    jsn = {n[:-5] for n in names if n.endswith(".json")}
    for n in names:
        if not (n.endswith(".txt") or n.endswith(".json")):
            problem(f"articles/{n}: unexpected file")
    for s in sorted(txt ^ jsn):
        problem(f"articles/{s}: needs both .txt and .json")
    stems = sorted(txt & jsn)
    for i, s in enumerate(stems, 1):
        if not re.fullmatch(r"\d{2}_[a-z0-9]+(-[a-z0-9]+)*", s):
            problem(f"articles/{s}: name must be NN_slug")
        elif int(s[:2]) != i:
            problem(f"articles/{s}: numbering must run 01..{len(stems):02d} without gaps")

    texts, metas, words, sents = {}, {}, {}, {}
    for s in stems:
        try:
            texts[s] = open(os.path.join(ART, s + ".txt"), encoding="utf-8").read()
        except UnicodeDecodeError:
            problem(f"{s}.txt: not UTF-8")
            texts[s] = ""
        words[s] = check_text(s, texts[s])
        metas[s] = check_meta(s, os.path.join(ART, s + ".json"))
        sents[s] = sentence_spans(texts[s])

    # gold
    try:
        gold = json.load(open(os.path.join(ROOT, "gold.json"), encoding="utf-8"))
    except Exception as e:  # noqa: BLE001
        print(f"gold.json: not valid JSON ({e})")
        return 1
    if not isinstance(gold, dict) or set(gold) != {"about", "occurrences"}:
        problem('gold.json: top level must have exactly "about" and "occurrences"')
        gold = gold if isinstance(gold, dict) else {}
    occs = gold.get("occurrences", [])
    if not isinstance(occs, list) or not occs:
        problem("gold.json: occurrences must be a non-empty list")
        occs = []

    ids = Counter()
    per_article = defaultdict(set)        # stem -> occurrence ids
    snippets_per_article = Counter()       # stem -> number of snippets
    by_sentence = defaultdict(list)        # (stem, sentence index) -> [(occ id, family)]
    kinds = Counter()
    pairs = 0
    for o in occs:
        if not isinstance(o, dict) or set(o) != OCC_KEYS:
            problem(f"gold.json: occurrence {o.get('id') if isinstance(o, dict) else o!r}: "
                    f"fields must be exactly {sorted(OCC_KEYS)}")
            continue
        oid = o["id"]
        ids[oid] += 1
        if not isinstance(oid, str) or not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", oid):
            problem(f"gold.json: bad id {oid!r}")
            continue
        if o["kind"] not in KINDS:
            problem(f"gold.json: {oid}: kind {o['kind']!r} not in {sorted(KINDS)}")
            continue
        kinds[o["kind"]] += 1
        if not isinstance(o["what"], str) or not o["what"].strip():
            problem(f"gold.json: {oid}: what must be a non-empty string")
        ments = o["mentions"]
        if not isinstance(ments, dict) or not ments:
            problem(f"gold.json: {oid}: mentions must be a non-empty object")
            continue
        pairs += len(list(combinations(ments, 2)))
        for stem, snips in ments.items():
            if stem not in texts:
                problem(f"gold.json: {oid}: unknown article {stem!r}")
                continue
            if not isinstance(snips, list) or not snips or not all(isinstance(x, str) for x in snips):
                problem(f"gold.json: {oid} / {stem}: snippets must be a non-empty list of strings")
                continue
            if len(set(snips)) != len(snips):
                problem(f"gold.json: {oid} / {stem}: a snippet is listed twice")
            per_article[stem].add(oid)
            text = texts[stem]
            for snip in snips:
                snippets_per_article[stem] += 1
                n = len(snip.split())
                if not MIN_SNIP <= n <= MAX_SNIP:
                    problem(f"{stem}: {oid}: snippet has {n} words (want {MIN_SNIP}-{MAX_SNIP}): {snip!r}")
                exact = text.count(snip)
                folded = count_folded(text, snip)
                if exact != 1 or folded != 1:
                    problem(f"{stem}: {oid}: snippet occurs {exact} times exactly, {folded} times "
                            f"folded (want 1): {snip!r}")
                    continue
                a = text.index(snip)
                b = a + len(snip)
                where = [i for i, (x, y) in enumerate(sents[stem]) if x <= a and b <= y]
                if len(where) != 1:
                    problem(f"{stem}: {oid}: snippet crosses a sentence boundary: {snip!r}")
                    continue
                by_sentence[(stem, where[0])].append((oid, family(o["kind"])))
    for oid, n in ids.items():
        if n > 1:
            problem(f"gold.json: id {oid!r} used {n} times")

    for (stem, i), items in sorted(by_sentence.items()):
        fams = defaultdict(set)
        for oid, fam in items:
            fams[fam].add(oid)
        for fam, oids in fams.items():
            if len(oids) > 1:
                a, b = sents[stem][i]
                problem(f"{stem}: one sentence holds snippets of {sorted(oids)} (same family "
                        f"{fam}): {texts[stem][a:b]!r}")

    for s in stems:
        if not per_article[s]:
            problem(f"{s}: no occurrence mentions this article")

    # no local paths anywhere in the set
    path_re = re.compile("|".join([r"(?<![\w.])/" + "(?:" + "|".join(
        ["wo" + "rk", "t" + "mp", "ho" + "me", "Us" + "ers", "ro" + "ot", "m" + "nt"]) + r")/",
        r"\b[A-Za-z]:\\\\"]))
    for dirpath, _dirs, files in os.walk(ROOT):
        for f in files:
            p = os.path.join(dirpath, f)
            if f.endswith((".pyc",)):
                continue
            try:
                content = open(p, encoding="utf-8").read()
            except UnicodeDecodeError:
                continue
            if path_re.search(content):
                problem(f"{os.path.relpath(p, ROOT)}: mentions a local file-system path")

    if not quiet:
        for s in stems:
            m = metas.get(s, {})
            print(f"{s:32} {m.get('outlet', '?'):24} {m.get('published', '?')} "
                  f"{m.get('timezone', '?'):18} {words.get(s, 0):3} words  "
                  f"{len(per_article[s]):2} occurrences  {snippets_per_article[s]:2} snippets")
        multi = sum(1 for o in occs if isinstance(o, dict) and isinstance(o.get("mentions"), dict)
                    and len(o["mentions"]) > 1)
        mentions = sum(len(o["mentions"]) for o in occs
                       if isinstance(o, dict) and isinstance(o.get("mentions"), dict))
        print(f"{len(stems)} articles, {len(occs)} occurrences ("
              + ", ".join(f"{k} {kinds[k]}" for k in sorted(kinds)) + f"), {mentions} article "
              f"mentions, {sum(snippets_per_article.values())} snippets, {multi} occurrences in "
              f"two or more articles, {pairs} cross-article pairs")
    if problems:
        for p in problems:
            print("PROBLEM:", p)
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
