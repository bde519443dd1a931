"""Validate set 10 (standard library only): python3 check.py"""
import datetime, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ART = os.path.join(HERE, "articles")
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = {"January": 1, "February": 2, "March": 3, "April": 4, "May": 5, "June": 6, "July": 7,
          "August": 8, "September": 9, "October": 10, "November": 11, "December": 12}
KINDS = {"call", "strike", "claim", "statement", "decision", "other"}
problems = []

# articles
slugs = sorted(f[:-4] for f in os.listdir(ART) if f.endswith(".txt"))
texts, meta = {}, {}
for s in slugs:
    t = open(os.path.join(ART, s + ".txt"), encoding="utf-8").read()
    texts[s] = t
    if not os.path.exists(os.path.join(ART, s + ".json")):
        problems.append(f"{s}: no .json")
        continue
    m = json.load(open(os.path.join(ART, s + ".json"), encoding="utf-8"))
    meta[s] = m
    if set(m) != {"title", "outlet", "published", "timezone"}:
        problems.append(f"{s}: metadata fields {sorted(m)}")
    datetime.date.fromisoformat(m["published"])
    if "\n\n\n" in t or not t.endswith("\n") or t.endswith("\n\n") or any(l != l.rstrip() for l in t.split("\n")):
        problems.append(f"{s}: paragraph format")
    paras = t.strip("\n").split("\n\n")
    if any("\n" in p or not p for p in paras):
        problems.append(f"{s}: paragraph format")
    n = len(t.split())
    if not 120 <= n <= 300:
        problems.append(f"{s}: {n} words")
    if m["title"] in t:
        problems.append(f"{s}: title repeated in body")
if [s[:2] for s in slugs] != [f"{i:02d}" for i in range(1, len(slugs) + 1)]:
    problems.append("articles not numbered 01..NN")

# gold
g = json.load(open(os.path.join(HERE, "gold.json"), encoding="utf-8"))
ids = set()
n_mentions = 0
for o in g["occurrences"]:
    if o["id"] in ids:
        problems.append(f"duplicate id {o['id']}")
    ids.add(o["id"])
    if o["kind"] not in KINDS:
        problems.append(f"{o['id']}: kind {o['kind']}")
    for s, snips in o["mentions"].items():
        n_mentions += 1
        if s not in texts:
            problems.append(f"{o['id']}: no article {s}")
            continue
        if not snips:
            problems.append(f"{o['id']}/{s}: no snippet")
        for sn in snips:
            c = texts[s].count(sn)
            if c != 1:
                problems.append(f"{o['id']}/{s}: {sn!r} occurs {c} times")
            if not 20 <= len(sn) <= 60:
                problems.append(f"{o['id']}/{s}: {sn!r} is {len(sn)} characters")
            if sn in meta.get(s, {}).get("title", ""):
                problems.append(f"{o['id']}/{s}: {sn!r} is in the title")

# weekdays written as "Weekday D Month YYYY" in the notes and gold
for fn in ("README.md", "ANSWERS.md", "gold.json"):
    txt = open(os.path.join(HERE, fn), encoding="utf-8").read()
    txt = re.sub(r"\s+", " ", txt)
    for wd, d, mo, y in re.findall(r"\b(%s) (\d{1,2}) (%s)(?: (\d{4}))?" % ("|".join(DAYS), "|".join(MONTHS)), txt):
        date = datetime.date(int(y or 2025), MONTHS[mo], int(d))
        if DAYS[date.weekday()] != wd:
            problems.append(f"{fn}: {wd} {d} {mo} is a {DAYS[date.weekday()]}")

# weekday names in articles: each past-tense weekday must fall within the 6 days before publication
# (or be the publication day itself); print the resolution for the record
for s in slugs:
    pub = datetime.date.fromisoformat(meta[s]["published"])
    res = []
    for wd in sorted(set(re.findall(r"\b(%s)\b" % "|".join(DAYS), texts[s]))):
        back = (pub.weekday() - DAYS.index(wd)) % 7
        res.append(f"{wd}={pub - datetime.timedelta(days=back)}")
        d = pub - datetime.timedelta(days=back)
        if not datetime.date(2025, 9, 14) <= d <= datetime.date(2025, 9, 17):
            problems.append(f"{s}: {wd} resolves to {d}, outside the story's days")
    print(f"{s}  published {pub} ({DAYS[pub.weekday()]})  {', '.join(res)}")

print(f"{len(slugs)} articles, {len(g['occurrences'])} occurrences, {n_mentions} mentions")
if problems:
    print("\n".join(problems))
    sys.exit(1)
print("OK")
