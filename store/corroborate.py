"""Corroboration: one occurrence, many sources.

When an article reports an occurrence already stored (the night's strike told again by another outlet),
its event is merged into the stored one instead of becoming a second row: its sentences join `sources`,
its own reading (window, actors, place, figures, status) is kept as a `report`, and a line of `merges`
says when and from which article. Nothing is lost, so a merge can be taken apart again (`split`).

How two events are judged the same occurrence (a wrong merge hides an event, a missed one only shows it
twice, so every rule errs towards keeping events apart):
- the same kind, claim and statement counting as one family; never an event entered by hand;
- time windows that overlap (the merged window is their intersection), neither longer than MAX_SPAN;
- places that are the same or nested (Kyiv within Ukraine, Kharkiv within Kharkiv region), required
  for strikes; for calls and meetings the same participants; for statements, claims and decisions the
  same speaker and overlapping words;
- one candidate clearly best: a country-wide report of a night with strikes on two cities joins neither.
Candidates come from the store's time index (a few days either side), never a scan of the store.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from functools import lru_cache

from . import entities, gazetteer, lexicon, model, timecalendar
from .database import Store, check_unchanged, delete, put
from .errors import DuplicateError, NotFoundError, UsageError
from .safetext import INVISIBLE

# Windows longer than this ("last month", "this year") say too little to merge on.
MAX_SPAN = timedelta(days=8)
# A second candidate scoring within this of the best makes the match ambiguous: no merge.
AMBIGUITY_MARGIN = 0.75
# Share of content words two statements (or decisions) must share, counted against the shorter one.
SAYING_OVERLAP = 0.34
GENERIC_OVERLAP = 0.6  # ... and when the voice is nobody named ("officials", "security sources")
OTHER_OVERLAP = 0.3
SAME_WORDS = 0.8  # two reports told in nearly the same words, but for a figure
# Word three-gram overlap above which a sentence is a copy of another (the same agency story).
COPY_SIMILARITY = 0.6
COPY_MIN_WORDS = 6
# ... and above which the sentence telling an event is the same report, whatever place it was read with.
LEAD_COPY_SIMILARITY = 0.85

READING_KEYS = ("kind", "title", "start", "end", "precision", "time_text", "actors", "location", "quantities",
                "status")
_FAMILY = {"claim": "saying", "statement": "saying"}


def family(kind: str) -> str:
    """Kinds that may join: a claim and a statement are both something someone said."""
    return _FAMILY.get(kind, kind)


# ----- reports: each article's own reading --------------------------------------------------------


def reading(event: dict) -> dict:
    return {key: event[key] for key in READING_KEYS}


def report_for(event: dict, article: dict | None) -> dict:
    """The reading of `event` as the article gave it (before any merge)."""
    return {"article_id": article["id"] if article else _first_article(event),
            "outlet": article["outlet"] if article else None, **reading(event), "copy_of": None}


def reports_of(event: dict) -> list[dict]:
    """The event's reports; an extracted event stored without any (made by hand in a test, imported)
    is read as its own single report."""
    if event["reports"] or event["origin"] == "manual" or not event["sources"]:
        return list(event["reports"])
    return [report_for(event, None)]


def _first_article(event: dict) -> str | None:
    return next((s["article_id"] for s in event["sources"] if s["article_id"]), None)


def outlet_of(report: dict, articles: dict[str, dict] | None = None) -> str:
    """How a report's outlet is named: its own, else its article's (stores from before reports had
    outlets), else the article's id."""
    if report["outlet"]:
        return report["outlet"]
    article = (articles or {}).get(report["article_id"] or "")
    if article and article["outlet"]:
        return article["outlet"]
    return f"article {report['article_id'][:8]}" if report["article_id"] else "unknown outlet"


def independent(event: dict) -> list[dict]:
    """Reports that are not copies of another (a republished wire story counts once)."""
    return [r for r in reports_of(event) if not r["copy_of"]]


def outlets(event: dict, articles: dict[str, dict] | None = None) -> list[str]:
    """The independent outlets that report the event, in the order they came."""
    return list(dict.fromkeys(outlet_of(r, articles).casefold() for r in independent(event)))


def outlet_count(event: dict, articles: dict[str, dict] | None = None) -> int:
    return len(outlets(event, articles))


def quantity_ranges(event: dict) -> dict[str, tuple[int, int]]:
    """Each quantity's lowest and highest figure over the event and its independent reports."""
    values: dict[str, list[int]] = {name: [number] for name, number in event["quantities"].items()}
    for report in independent(event):
        for name, number in report["quantities"].items():
            values.setdefault(name, []).append(number)
    return {name: (min(numbers), max(numbers)) for name, numbers in values.items()}


def _other_figures(stored: dict, new: dict) -> bool:
    """Whether `new` gives a figure the stored event has, with a number none of its outlets gave."""
    given: dict[str, set[int]] = {}
    for report in [stored, *independent(stored)]:
        for name, number in report["quantities"].items():
            given.setdefault(name, set()).add(number)
    return any(name in given and number not in given[name] for name, number in new["quantities"].items())


def _own_kind(report: dict, kind: str) -> bool:
    """Whether a report tells the event as its own kind (a witness's statement merged into a strike by
    hand does not; reports stored before reports had kinds do)."""
    return report.get("kind", kind) == kind


def attackers(event: dict) -> dict[str, list[dict]]:
    """For a strike: who each independent report says attacked (its first actor) -> those reports."""
    said: dict[str, list[dict]] = {}
    if event["kind"] == "strike":
        for report in independent(event):
            if report["actors"] and _own_kind(report, "strike"):  # a witness merged in by hand is no attacker
                said.setdefault(report["actors"][0], []).append(report)
    return said


def disagreements(event: dict, articles: dict[str, dict] | None = None) -> list[str]:
    """Who says what, where the reports differ: places and times that cannot be one occurrence's (two
    events merged by hand), attackers, denials, figures. One line each."""
    lines = []
    reports = independent(event)
    placed = [r for r in reports if r["location"]]
    if any(place_relation(a["location"], b["location"]) is None for a in placed for b in placed):
        lines.append("place: " + _grouped(((r["location"], r) for r in placed), articles))
    dated = [r for r in reports if r["time_text"]]  # a report with no time words of its own says nothing
    if any(overlap(a, b) is None for a in dated for b in dated):
        lines.append("time: " + _grouped(((f"{r['time_text']} ({r['start'][:10]})", r) for r in dated), articles))
    said = attackers(event)
    if len(said) > 1:
        lines.append("attacker: " + "; ".join(
            f"{who} ({', '.join(dict.fromkeys(outlet_of(r, articles) for r in reports))})"
            for who, reports in said.items()))
    denying = [r for r in reports if r["status"] == "disputed"]
    if denying and len(reports) > 1:
        lines.append("disputed by: " + ", ".join(dict.fromkeys(outlet_of(r, articles) for r in denying)))
    for name, (low, high) in quantity_ranges(event).items():
        if low != high:
            by_outlet = [f"{r['quantities'][name]:,} ({outlet_of(r, articles)})"
                         for r in reports if name in r["quantities"]]
            lines.append(f"{name.replace('_', ' ')}: " + ", ".join(dict.fromkeys(by_outlet)))
    return lines


def _grouped(said: Iterable[tuple[str, dict]], articles: dict[str, dict] | None) -> str:
    """'Kyiv (Meridian Wire, The Daily Ledger); Darnytskyi district (The Daily Ledger)'."""
    by_value: dict[str, list[str]] = {}
    for value, report in said:
        by_value.setdefault(value, []).append(outlet_of(report, articles))
    return "; ".join(f"{value} ({', '.join(dict.fromkeys(outlets))})" for value, outlets in by_value.items())


# ----- comparing ----------------------------------------------------------------------------------


def _instant(value: str) -> datetime:
    return datetime.fromisoformat(value)


def _span(event: dict) -> timedelta:
    return _instant(event["end"]) - _instant(event["start"])


def overlap(a: dict, b: dict) -> tuple[str, str] | None:
    """The intersection of two windows as (start, end) in the narrower one's offset, or None. Windows
    that only touch (an afternoon ending at 18:00, an evening starting then) do not overlap; an instant
    (21:40) overlaps a window it lies in."""
    start = max(_instant(a["start"]), _instant(b["start"]))
    end = min(_instant(a["end"]), _instant(b["end"]))
    if end < start or (end == start and a["start"] != a["end"] and b["start"] != b["end"]):
        return None
    zone = (a if _span(a) <= _span(b) else b)
    tz = _instant(zone["start"]).tzinfo
    return start.astimezone(tz).isoformat(), end.astimezone(tz).isoformat()


CLOCK_SLACK = timedelta(minutes=30)


def _reach(event: dict) -> dict:
    """The window an event may be matched in. A report with no time words of its own ("the army denied
    any role", in Monday's paper) was said the day before publication or that day (the annotation
    guide's window for an undated reaction), so another outlet's Sunday report of it can be the same.
    Not a strike: an undated attack in Monday's paper beside Sunday's dated one on the same town is as
    likely another attack; figures and places are too alike between two nights to tell them apart."""
    if event["precision"] in ("minute", "hour"):
        # A clock time is the teller's reading of it, to the nearest few minutes ("about 11 pm", "23:10",
        # a third outlet's "22:10 IST"): two outlets' clocks ten minutes apart tell one explosion; "shortly
        # after 1 a.m." (an hour read as its first instant) and another's "1:35 a.m." too.
        return {**event, "start": (_instant(event["start"]) - CLOCK_SLACK).isoformat(),
                "end": (_instant(event["end"]) + CLOCK_SLACK).isoformat()}
    if event["time_text"] is not None or event["precision"] != "unknown" or event["kind"] == "strike":
        return event
    start = (_instant(event["start"]) - timedelta(days=1)).isoformat()
    return {**event, "start": start}


def _meet(a: dict, b: dict) -> bool:
    """Whether two windows, as far as each reaches, can be one occurrence's: they overlap and, when both
    are dated, the narrower one's middle lies in the wider one (an undated report has no middle)."""
    if _either_side_of_midnight(a, b) or _either_side_of_midnight(b, a):
        return True
    if family(a["kind"]) == family(b["kind"]) == "saying" and (_said_either_side(a, b) or _said_either_side(b, a)):
        return True
    reach_a, reach_b = _reach(a), _reach(b)
    if overlap(reach_a, reach_b) is None:
        return False
    return reach_a is not a or reach_b is not b or _centred(a, b) or _nights_day(a, b) or _nights_day(b, a)


_LATE_NIGHT = re.compile(r"\b(?:late|night)\b", re.I)


def _either_side_of_midnight(late: dict, early: dict) -> bool:
    """One night told from either side of midnight: "late on Monday" (or "on Monday night") by one outlet,
    "in the early hours of Tuesday" by another, windows that only touch. Not "on Monday evening" nor a
    clock: an evening's attack is not the small hours'."""
    return _LATE_NIGHT.search(late["time_text"] or "") is not None and _touch_at_midnight(late, early, 6)


_EARLY = re.compile(r"\bearly\b", re.I)


def _said_either_side(evening: dict, early: dict) -> bool:
    """One statement, told as said "on Thursday evening" by one outlet and "early on Friday" by another (one
    outlet's clock or its deadline): words given late in the evening reach the next morning's papers so. Only
    sayings: their speaker and words must agree too; an attack's evening is not the small hours'."""
    return _EARLY.search(early["time_text"] or "") is not None and _touch_at_midnight(evening, early, 12)


def _touch_at_midnight(before: dict, after: dict, after_ends_by: int) -> bool:
    """Parts of two days that only touch at midnight: one from 18:00 or later to the end of a day, the other
    from the next day's start to `after_ends_by` o'clock at the latest."""
    if before["precision"] != "part_of_day" or after["precision"] != "part_of_day":
        return False
    before_start, before_end = _instant(before["start"]), _instant(before["end"])
    after_start, after_end = _instant(after["start"]), _instant(after["end"])
    return (before_start.hour >= 18 and (before_end.hour, before_end.minute) == (23, 59)
            and (after_start.hour, after_start.minute) == (0, 0) and after_end.hour <= after_ends_by
            and timedelta(0) < after_start - before_end <= timedelta(minutes=1))


def _nights_day(day: dict, night: dict) -> bool:
    """"Monday's suicide bombing", in Tuesday's paper, and the bombing "on Monday night": an attack named by its
    day ("Monday's") is that day's, its night too. Not a report dated "on Wednesday", which may be of the
    night into Wednesday (see _centred)."""
    said = (day["time_text"] or "").strip()
    if day["precision"] != "day" or night["precision"] != "part_of_day" or said.casefold() not in _WEEKDAY_NAMES \
            or not re.search(rf"\b{said}\b", night["time_text"] or "", re.I):
        return False
    if not any(re.search(rf"\b{said}['’]s\b", source["sentence"], re.I) for source in day["sources"]):
        return False
    return _instant(day["start"]) <= _instant(night["start"]) <= _instant(day["end"])


_WEEKDAY_NAMES = frozenset(timecalendar.WEEKDAYS)


def _centred(a: dict, b: dict) -> bool:
    """The narrower window's middle lies in the wider one. A report dated only 'Wednesday' is about
    the night into Wednesday (its middle is Wednesday's midnight) or Wednesday's afternoon, not the
    night after, which only begins that evening."""
    narrow, wide = (a, b) if _span(a) <= _span(b) else (b, a)
    middle = _instant(narrow["start"]) + _span(narrow) / 2
    return _instant(wide["start"]) <= middle <= _instant(wide["end"])


_REGION_WORDS = re.compile(rf"\s+(?:{'|'.join(entities.LARGE_DIVISIONS)}|district|township)$", re.I)
# Waters and ports named after a place lie at it: the Gulf of Aden off Aden, the port of Odesa in Odesa.
_WATERS_OF = re.compile(r"^(?:the\s+)?(?:gulf|bay|port|sea|straits?|coast|waters)\s+of\s+", re.I)


@lru_cache(maxsize=4096)
def _place(name: str) -> tuple[str, str, str, str, str]:
    """(kind, country code or "", base name, the gazetteer's name or "", first-level division or "") of a
    stored location: 'Kharkiv region' -> region, UA, kharkiv, "", UA.07; 'Gulf of Aden' -> region, YE,
    aden, "", ""; 'Qandahar' -> city, AF, qandahar, Kandahār, AF.23 (the town however an outlet spells it).
    A division named after its chief town is the division that town lies in ("Donetsk region" holds
    Kramatorsk); a district is not (many towns have a "Kyivskyi district")."""
    base = _WATERS_OF.sub("", _REGION_WORDS.sub("", name)).strip()
    found = gazetteer.lookup(base) or gazetteer.lookup(name)
    kind = "region" if base != name else (found.kind if found else "place")
    division = ""
    if found is not None and (kind == "city" or found.kind == "region" or _DIVISION_NAMED.search(name)):
        division = found.division
    return (kind, found.country if found else "", base.casefold(), found.name if found and base == name else "",
            division)


def _country_wide(a: str, b: str) -> bool:
    """Whether one of two nested places is a whole country (or a compass part of one)."""
    return any(_place(name)[0] == "country" or _compass_part(name) for name in (a, b))


def _metro(a: str, b: str) -> bool:
    """A capital and a town of its own first-level division (Khartoum and Omdurman): one place as news
    names it, though many attacks' place on one night; only the same figures tie two reports (judge)."""
    kind_a, country_a, _, known_a, division_a = _place(a)
    kind_b, country_b, _, known_b, division_b = _place(b)
    return (kind_a == kind_b == "city" and bool(division_a) and division_a == division_b and country_a == country_b
            and gazetteer.is_capital(known_a or a, country_a) != gazetteer.is_capital(known_b or b, country_b))


def _province_wide(name: str) -> bool:
    """A first-level division or a country, or a compass part of one: a place many attacks of a night share."""
    return _place(name)[0] in ("region", "country") or bool(_compass_part(name))


def _through_division(a: str | None, b: str | None) -> bool:
    """Whether two places are related only as a town and the division it lies in (not by name)."""
    if not a or not b:
        return False
    kind_a, _, base_a, _, division_a = _place(a)
    kind_b, _, base_b, _, division_b = _place(b)
    return base_a != base_b and {kind_a, kind_b} == {"region", "city"} and bool(division_a) and division_a == division_b


_DIVISION_NAMED = re.compile(rf"\s+(?:{'|'.join(entities.LARGE_DIVISIONS)})$", re.I)


def place_relation(a: str | None, b: str | None) -> str | None:
    """'same', 'nested' (one within the other: a city in its country, a city in its own region, a part of
    a town and the town, as in "Saltivka district, Kharkiv") or None (different, or not known to be
    related)."""
    if not a or not b:
        return None
    if a.casefold() == b.casefold():
        return "same"
    parts_a, parts_b = _parts(a), _parts(b)
    if parts_a == parts_b:
        return "same"  # "Ombadda area, Omdurman" and "Ombadda neighbourhood, Omdurman"
    if entities.near_a_town(a) or entities.near_a_town(b):
        # "Katarko, near Damaturu" and "Katarko, Gujba": the village, and where each outlet puts it; not Damaturu
        # itself, nor another village near it (a town's night may hold an attack in it and one near it)
        return "nested" if parts_a[0] == parts_b[0] else None
    if len(parts_a) > 1 or len(parts_b) > 1:
        if _chain(a, b) or _chain(b, a) or _one_name_within(_part_keys(a), _part_keys(b)):
            return "nested"  # "Gul Mirza Kot, Mir Ali" and "Mir Ali tehsil, North Waziristan"
        if len(parts_a) > 1 and len(parts_b) > 1 and (
                not _one_spelling(parts_a[0], parts_b[0])
                or place_relation(a.rsplit(", ", 1)[-1], b.rsplit(", ", 1)[-1]) is None
                # "Mandozai, Sperah, Khost" and "Mandozai, Tani, Khost": one name in two districts
                or len(parts_a) == len(parts_b) and _part_keys(a)[1:-1] != _part_keys(b)[1:-1]):
            # two parts of one town (or of two), or parts of one name in two towns (Kyiv's Shevchenkivskyi
            # district and Kharkiv's): not known to be one place
            return None
        if set(parts_a) & set(parts_b):
            return "nested"  # the town and a part of it; or the part, named with its town or alone
        return "nested" if place_relation(a.rsplit(", ", 1)[-1], b.rsplit(", ", 1)[-1]) else None
    kind_a, country_a, base_a, known_a, division_a = _place(a)
    kind_b, country_b, base_b, known_b, division_b = _place(b)
    if known_a and known_a == known_b and kind_a == kind_b and (
            gazetteer.spelling(a) == gazetteer.spelling(b)
            or min(len(a), len(b)) >= gazetteer.TRANSLITERATED and _vowels_aside(a) == _vowels_aside(b)):
        # "Kandahar" and "Qandahar", "Hodeidah" and "Hudaydah": one town, two spellings (not short names, whose
        # vowels tell towns apart: Lebanon's Qana is no Qena, which the table files under Egypt's Qina)
        return "same"
    if kind_a == kind_b == "region" and division_a and division_a == division_b and base_a != base_b \
            and gazetteer.alike_divisions(base_a, base_b):
        return "same"  # "Khost province" and "Khowst province": one province, ISO's and GeoNames' spellings
    if base_a == base_b:
        return "nested"  # Kharkiv and Kharkiv region
    if kind_a == "country" and kind_b != "country" and country_a and country_a == country_b:
        return "nested"
    if kind_b == "country" and kind_a != "country" and country_b and country_a == country_b:
        return "nested"
    if "region" in (kind_a, kind_b) and "city" in (kind_a, kind_b) and division_a and division_a == division_b:
        return "nested"  # Kramatorsk in the Donetsk region
    if _metro(a, b):
        # "the Sudanese capital" and Omdurman across the river: a capital as news names it is its city and
        # the towns of its own first-level division (Khartoum state), not the other towns of the country
        return "nested"
    part_a, part_b = _compass_part(a), _compass_part(b)
    if part_a and part_b:
        return "same" if part_a == part_b else None  # "eastern Afghanistan" is not "southern Afghanistan"
    if part_a and part_a[1] == country_b or part_b and part_b[1] == country_a:
        # "a village in eastern Afghanistan" and Khost province: where in the country the gazetteer does not
        # say, so a part of a country holds its places as the country does
        return "nested"
    return None


def _vowels_aside(name: str) -> str:
    """A name as transliterations of it agree: its spelling (gazetteer.spelling) with each vowel only counted
    ("Hodeidah" and "Hudaydah" are one; "Harlem" and "Haarlem", "Monterey" and "Monterrey", "Pueblo" and "Puebla"
    are not)."""
    spelt = gazetteer.spelling(name)
    # (its last letter kept: "Pueblo" and "Puebla" are two towns)
    return re.sub(r"[aeiouy]", "V", spelt[:-1]) + spelt[-1:]


def _one_spelling(a: str, b: str) -> bool:
    """Two spellings of one name no gazetteer lists, as outlets transliterate it: "Shu'ub" and "Shuaub",
    "Khanasor" and "Khana Sor" (its consonants, in order; asked only of two parts of one town)."""
    return a == b or _consonants(a) == _consonants(b) and len(_consonants(a)) >= 3


def _consonants(name: str) -> str:
    letters = re.sub(r"[^a-z]", "", unicodedata.normalize("NFKD", name.casefold()))
    return re.sub(r"(.)\1+", r"\1", re.sub(r"(?<!^)[aeiouy]", "", letters))


_COMPASS_OF = re.compile(rf"(?P<part>{entities.COMPASS_PART})\s+(?P<name>.+)", re.I)


def _compass_apart(stored: dict, new: dict) -> bool:
    """Whether the two name different compass parts of a country, in any of their reports: "southern
    Afghanistan" joined to Kandahar's attack is not the attack "northern Afghanistan" tells of."""
    ours = {_compass_part(r["location"]) for r in reports_of(stored) if r["location"]} - {None}
    theirs = {_compass_part(r["location"]) for r in reports_of(new) if r["location"]} - {None}
    return bool(ours and theirs and not ours & theirs)


def _compass_part(location: str) -> tuple[str, str] | None:
    """'eastern Afghanistan' -> ('east', 'AF'): a part of a country named by the compass."""
    match = _COMPASS_OF.fullmatch(location)
    if match is None:
        return None
    country = gazetteer.lookup(match.group("name"))
    if country is None or country.kind != "country":
        return None
    return re.sub(r"[- ]|ern$", "", match.group("part").casefold()), country.country  # "north-eastern": northeast


_DIVISION_WORD = re.compile(rf"\s+(?:{'|'.join(sorted(entities.SMALL_DIVISIONS))})$")


def _parts(location: str) -> list[str]:
    """'Saltivka district, Kharkiv' -> ['saltivka', 'kharkiv'] (store/entities.py: within): one outlet's
    "the Ombadda area of Omdurman" is another's "the Ombadda neighbourhood"."""
    return [_DIVISION_WORD.sub("", part.strip().casefold().removeprefix(entities.NEAR)) for part in location.split(", ")]


_ANY_DIVISION_WORD = re.compile(rf"\s+(?:{'|'.join(sorted(entities.SMALL_DIVISIONS | set(entities.LARGE_DIVISIONS)))})$")


def _part_keys(location: str) -> list[str]:
    return [_ANY_DIVISION_WORD.sub("", part.strip().casefold().removeprefix(entities.NEAR)) for part in location.split(", ")]


def _one_name_within(keys_a: list[str], keys_b: list[str]) -> bool:
    """"Mandozai, Khost" and "Mandozai, Sperah, Khost": one outlet left out the district between, so the
    shorter name's parts are the longer's, in order, and both begin with the same place ("Mandozai, Tani,
    Khost" is another village of that name)."""
    short, long = sorted((keys_a, keys_b), key=len)
    if len(short) < 2 or len(short) == len(long) or short[0] != long[0]:
        return False
    rest = iter(long)
    return all(part in rest for part in short)


def _chain(inner: str, outer: str) -> str | None:
    """One place named in both, each with what it lies in as its outlet says: "Gul Mirza Kot, Mir Ali"
    and "Mir Ali tehsil, North Waziristan" (the first's last part is the second's first) give "Gul Mirza
    Kot, Mir Ali, North Waziristan"; "Mir Ali, North Waziristan" lies within the longer name of which it
    is the end. None when they do not chain (no gazetteer lists these names)."""
    keys_inner, keys_outer = _part_keys(inner), _part_keys(outer)
    if len(keys_inner) < 2 or len(keys_outer) < 2:
        return None
    if keys_inner[-len(keys_outer):] == keys_outer:
        return inner
    for shared in range(min(len(keys_inner), len(keys_outer)) - 1, 0, -1):
        if keys_inner[-shared:] == keys_outer[:shared]:
            return ", ".join(inner.split(", ") + outer.split(", ")[shared:])
    return None


def _name_key(name: str) -> str:
    """A person by the last word of their name, its article and accents left off: "Abdel Fattah el-Sisi"
    and "al-Sisi", "Erdoğan" and "Erdogan"."""
    if not name.split():
        return ""
    bare = unicodedata.normalize("NFKD", entities.without_article(name.split()[-1]).casefold())
    return "".join(ch for ch in bare if not unicodedata.combining(ch))


def _names(actors: list[str]) -> set[str]:
    return {_name_key(a) for a in actors if a.strip()}


def _same_voice(ours: list[str], theirs: list[str]) -> bool:
    """The same speaker: the first actors by name ("Nabil Abdallah", "Brigadier General Nabil Abdallah"),
    or a body one names and the other speaks as ("army spokesman Nabil Abdallah": the army)."""
    if not ours or not theirs:
        return False
    if _countries_apart(ours[0], theirs[0]):
        return False  # "the Ghanaian government" and "the Nigerian government"; "Ghana's cabinet"
    if _name_key(ours[0]) == _name_key(theirs[0]) and not _two_people(ours[0], theirs[0]):
        return True
    if _state_and_its_office(ours[0], theirs[0]) or _state_and_its_office(theirs[0], ours[0]):
        return True
    return bool({k for a in ours for k in _body_keys(a)} & {k for a in theirs for k in _body_keys(a)})


_STATE_OFFICES = ("ministry", "government", "foreign office", "presidency", "cabinet")


def _state_and_its_office(state: str, office: str) -> bool:
    """"India accused Pakistan …" and "India's foreign ministry accused Pakistan …": a state speaks through its
    government and ministries, and news names either (its army is another voice, and so is a minister by name)."""
    place = gazetteer.lookup(state)
    return place is not None and place.kind == "country" and _country_named(office) == place.name \
        and office.casefold().endswith(_STATE_OFFICES)


_BARE_BODY = re.compile(r"(?:the\s+)?(military|army|junta|armed forces)", re.I)


def _country_body(bare: dict, named: dict) -> bool:
    """"The military blamed the Arakan Army" and "Myanmar's military blamed the Arakan Army for the attack":
    a body named bare is the country's body another outlet names with its country ("Myanmar's military",
    stored as Myanmar)."""
    body = _BARE_BODY.fullmatch(bare["actors"][0].strip()) if bare["actors"] else None
    country = gazetteer.lookup(named["actors"][0]) if named["actors"] else None
    if body is None or country is None or country.kind != "country":
        return False
    owned = re.compile(rf"\b{re.escape(named['actors'][0])}(?:’s|'s)\s+{re.escape(body.group(1))}\b", re.I)
    return any(owned.search(source["sentence"]) for source in named["sources"])


def _body_keys(name: str) -> set[str]:
    """A body by its name and by its letters: "the National Unity Government" is "NUG", "Arakan Army" "AA"."""
    keys = {_body_key(name)}
    words = re.findall(r"\b[A-Z][\w’'-]*", re.sub(r"^the\s+", "", name, flags=re.I))
    if len(words) >= 2 and _a_body(name) and len(words) == len(name.split()) - name.casefold().startswith("the ") \
            - sum(w in ("of", "for", "and") for w in name.split()):
        keys.add("".join(w[0] for w in words).casefold())  # its letters, the small words left out
    elif re.fullmatch(r"[A-Z]{2,6}", name):
        keys.add(name.casefold())
    owner = re.match(r"(?:the\s+)?([\w-]+)(?:’s|'s)\s+\w+", name, re.I)
    if owner and owner.group(1).casefold() in _SPEAKING_BODIES:
        keys.add(owner.group(1).casefold())  # "the junta's information team" speaks for the junta
    voice = _VOICE_OF.fullmatch(name.strip())
    if voice:
        keys.add(_body_key(voice.group("body")))  # "the Houthis' military spokesman" speaks for the Houthis
    if (ministry := _ministry(name)) is not None:
        keys.add(ministry)
    # "the Borno State Police Command", "the Cauca police" (their commander speaking): the police the next
    # outlet names
    if re.fullmatch(r"(?:the\s+)?(?:[A-Z][\w-]*\s+){1,3}(?:Police\s+(?:Command|Force|Service|Department)|police)", name):
        keys.add("police")
    return keys


_MINISTRY_OF = re.compile(r"(?:the\s+)?Ministry\s+of\s+(?:the\s+)?(?:National\s+)?(?P<portfolio>[A-Z][\w-]*(?:\s+Affairs)?)$")
_PORTFOLIO_MINISTRY = re.compile(r"(?:(?:the\s+)?[A-Z][\w.-]*(?:’s|'s)\s+|the\s+)?(?:[Nn]ational\s+)?"
                                 r"(?P<portfolio>(?![Tt]he\b)[\w-]+)\s+[Mm]inistry$")


def _ministry(name: str) -> str | None:
    """One ministry however an outlet names it: "the Ministry of National Defence", "the National Defence
    Ministry" and "Turkey's defence ministry" are 'ministry of defence' (whose country, _countries_apart
    tells); "the Ministry of Foreign Affairs" is the foreign ministry."""
    match = _MINISTRY_OF.fullmatch(name.strip()) or _PORTFOLIO_MINISTRY.fullmatch(name.strip())
    if match is None:
        return None
    portfolio = match.group("portfolio").casefold().removesuffix(" affairs")
    return "ministry of " + {"defense": "defence"}.get(portfolio, portfolio)


# Bodies whose own offices speak for them: "the junta's information team", "the army's press office"
_SPEAKING_BODIES = frozenset({"junta", "army", "military", "government", "ministry", "presidency", "kremlin", "police"})


def _two_people(a: str, b: str) -> bool:
    """Two full names of one surname whose given names differ: "Shehbaz Sharif" and "Nawaz Sharif" (a title
    or an initial before the name is no given name: "Brigadier General Nabil Abdallah", "Donald J. Trump")."""
    given_a, given_b = _given(a), _given(b)
    return bool(given_a and given_b and given_a != given_b)


def _a_body(name: str) -> bool:
    return bool(name.split()) and name.split()[-1].casefold() in lexicon.BODY_WORDS


def _given(name: str) -> str | None:
    words = [w for w in name.split()[:-1] if not re.fullmatch(r"[A-Z]\.?", w)]
    return words[-1].casefold() if words and not _a_body(name) else None


def _countries_apart(a: str, b: str) -> bool:
    """Two voices each named with its country, and the countries differ."""
    country_a, country_b = _country_named(a), _country_named(b)
    return country_a is not None and country_b is not None and country_a != country_b


def _country_named(actor: str) -> str | None:
    """The country a body is named with: 'the Ghanaian government', "Ghana's cabinet", 'US military'."""
    first = re.match(r"(?:the\s+)?([A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)(?:’s|'s)?\s+\w", actor)
    if first is None:
        return None
    place = entities.country_named(first.group(1))
    return place.name if place is not None else None


# Whose voice a spokesman or an office is: "the Houthis' military spokesman", "Hamas's political bureau"
_VOICE_OF = re.compile(r"(?:the\s+)?(?P<body>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2})(?:’s|'s|(?<=s)’|(?<=s)')\s+(?:[a-z]+\s+)?"
                       r"(?:spokesman|spokeswoman|spokesperson|press office|media office|political bureau)")


_MINISTRY_OWNER = re.compile(r"\b(?:(?P<owner>[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)(?:’s|'s)|[Tt]he\s+(?P<people>[A-Z][\w-]*))\s+"
                             r"(?:(?:[Nn]ational\s+)?[\w-]+\s+[Mm]inistry|Ministry\s+of)\b")


def _ministry_countries(event: dict) -> set[str]:
    """The countries whose ministry an event's reports name speaking ("Iraq's Ministry of Defence", "the Turkish
    defence ministry"): extraction keeps the ministry's name and leaves its country in the sentence."""
    found = set()
    for source in event["sources"]:
        for match in _MINISTRY_OWNER.finditer(source["sentence"]):
            place = entities.country_of_demonym(match["people"]) if match["people"] else gazetteer.lookup(match["owner"])
            if place is not None and place.kind == "country":
                found.add(place.country)
    return found


def _body_key(name: str) -> str:
    # "the US Treasury Department" and "the US Treasury": one body (whose country, _countries_apart tells)
    key = re.sub(r"^(?:the\s+)?(?:us|u\.s\.|american)\s+(?=\w)|\s+department$", "",
                 re.sub(r"^the\s+", "", name.casefold()))
    key = re.sub(r"^the\s+", "", key)
    # one executive, however an outlet names it: "the government imposed", "the Council of Ministers declared"
    return "government" if key in _GOVERNMENT else key


_GOVERNMENT = frozenset({"government", "cabinet", "council of ministers", "ministers"})


_DENIAL = re.compile(rf"\b(?:{lexicon.DENIAL_VERBS}|denial)\b", re.I)


def _of_an_attack(event: dict) -> bool:
    """A saying whose words tell of an attack ("the drones targeted civilians", "this massacre", "fired
    the shells"), not only of weapons ("the production of drones")."""
    return any(_ATTACK_TALK.search(source["sentence"]) for source in event["sources"])


_ATTACK_TALK = re.compile(r"\b(?:attack(?:s|ed|ing)?|strikes?|struck|hit|shell(?:ed|ing)|bomb(?:ed|ing)|fired|raids?"
                          r"|target(?:s|ed|ing)?|massacre|killed|killing|casualties)\b", re.I)


def _copied_lead(stored: dict, new: dict) -> bool:
    """The sentence that first tells `new` repeats one of the stored event's own, word for word: nearer
    than a copy of an article need be, since one word changed ("The army imposed a curfew" and "The police
    imposed a curfew", "attacked a school" and "attacked a church") tells another occurrence."""
    lead = new["sources"][0]
    return any(earlier["article_id"] != lead["article_id"]
               and _similar(lead["sentence"], earlier["sentence"], LEAD_COPY_SIMILARITY)
               and _capitalised(lead["sentence"]) == _capitalised(earlier["sentence"])
               for earlier in stored["sources"])


# "the Lushagala camp", "the Mubambiro army base", "the camp at Zamzam": what was hit, by its own name
_HIT_NAMES = "camp|base|market|hospital|school|prison|jail|checkpoint|checkpost|barracks|station|airport|port|bridge"
_HIT_NAMED = re.compile(rf"\bthe\s+([A-Z][\w’'-]+)\s+(?:[a-z][\w-]*\s+)?({_HIT_NAMES})\b"
                        rf"|\b({_HIT_NAMES})\s+(?:at|of)\s+([A-Z][\w’'-]+)")
_HIT_SAME = {"jail": "prison", "checkpost": "checkpoint"}


def _hits_named(event: dict) -> set[tuple[str, str]]:
    """(name, what it names) of each place hit named in the event's sentences: ("Lushagala", "camp")."""
    found = set()
    for source in event["sources"]:
        for m in _HIT_NAMED.finditer(source["sentence"]):
            name, noun = (m.group(1), m.group(2)) if m.group(1) else (m.group(4), m.group(3))
            if name.casefold() not in _WEEKDAY_NAMES and not gazetteer.lookup(name):
                found.add((name, _HIT_SAME.get(noun.lower(), noun.lower())))
    return found


def _hit_named_in(a: dict, b: dict) -> bool:
    """Whether two reports name the place hit by one name, as the same kind of place ("the Lushagala camp" and
    "the Lushagala displacement camp near Goma"; not "the Kahindo camp" and "Kahindo market", nor a camp and the
    administrator "Pascal Kibwe"): what ties a report that names no town to one that does."""
    return bool(_hits_named(a) & _hits_named(b))


def _capitalised(sentence: str) -> set[str]:
    """The capitalised words of a sentence: a copy changes its wording, not its town ("in Konduga", "in
    Gwoza") nor its country ("Pakistan's", "India's"); its toll is _similar's to compare."""
    return {w.casefold() for w in _WORD.findall(INVISIBLE.sub("", sentence)) if w[0].isupper()}


# What an attack on the ground hits, each with the words outlets use for it interchangeably.
_TARGETS = {words: group for group, names in {
    "police": "police station|police post|police headquarters|police checkpoint|checkpoint|barracks",
    "bus": "bus station|bus stop|bus depot|bus terminal|bus|minibus|motor park", "rail": "train station|railway station|train",
    "prison": "prison|jail|penitentiary|detention centre|detention center", "church": "church|cathedral|chapel",
    "mosque": "mosque", "school": "school|college|university", "market": "market|marketplace",
    "hospital": "hospital|clinic|health centre|health center", "camp": "camp", "village": "village|hamlet",
    "wedding": "wedding", "funeral": "funeral", "hotel": "hotel", "bank": "bank", "farm": "farm", "mine": "mine",
    "base": "base", "convoy": "convoy"}.items() for words in names.split("|")}
_TARGET = re.compile(r"\b(?:at|on|into|stormed|attacked|raided|targeted|ambushed|assaulted)\s+(?:an?|the)\s+"
                     r"(?:[\w-]+\s+){0,2}?(" + "|".join(sorted(_TARGETS, key=len, reverse=True)) + r")(?:s|es)?\b", re.I)


def _targets(event: dict) -> set[str]:
    """What an attack on the ground hit, by group: "at a bus station" and "at a primary school" differ. A
    village named ("attacked the village of Chai") is the attack's place, as "raided Chai" says it, no target."""
    return {_TARGETS[m.group(1).lower()] for source in event["sources"] for m in _TARGET.finditer(source["sentence"])
            if not (_TARGETS[m.group(1).lower()] == "village" and _NAMED_AFTER.match(source["sentence"], m.end()))}


_NAMED_AFTER = re.compile(r"\s+(?:of\s+)?[A-Z]")  # "the village of Chai", "the village Kan Gyi"


def _ground_attack(event: dict) -> bool:
    """An `other` event telling an armed attack on the ground: "gunmen stormed the prison", "armed men
    opened fire on the market". Not a meeting: two parties named besides the attackers' own words
    ("Militants", 'a group of "khwarij"', told by two outlets, are no meeting's two sides)."""
    parties = {_name_key(actor) for actor in event["actors"] if not _ATTACKERS_NAMED.search(actor)}
    return event["kind"] == "other" and len(parties) < 2 and any(
        _GROUND_TOLD.search(source["sentence"]) for source in event["sources"])


_ATTACKERS_NAMED = re.compile(r"\b(?:gunm[ae]n|armed men|militants?|fighters|insurgents|attackers|assailants|bandits"
                              r"|jihadists?|extremists?|rebels?|militiam[ae]n|group of)\b", re.I)




# Who attacks on the ground, or what only armed men do: "the striker attacked the near post" is football.
# "the number killed in Monday's attack on Chai has risen to seven": the one attack on the place that day
_THE_DAYS_ATTACK = (r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|last night)"
                    r"(?:\s+(?:night|morning|afternoon|evening))?['’]s\s+(?:attack|raid|assault)\s+on")
_GROUND_TOLD = re.compile(r"\b(?:gunm[ae]n|armed (?:men|groups?)|assailants|attackers|militants|bandits|insurgents|jihadists"
                          r"|fighters|(?:stormed|raided|overran)\s+(?:a|an|the)"  # not "stormed to a 3-1 victory"
                          rf"|gang (?:members|fighters)|opened fire|shot dead|gunned down|massacred?|{_THE_DAYS_ATTACK})\b",
                          re.I)
_NAMED_BY_ITS_DAY = re.compile(rf"\b{_THE_DAYS_ATTACK}\b", re.I)


def _named_by_its_day(event: dict) -> bool:
    return any(_NAMED_BY_ITS_DAY.search(source["sentence"]) for source in event["sources"])


def _denial(event: dict) -> bool:
    """A statement denying something (a claim's sentence may tell another side's denial of it)."""
    return event["kind"] == "statement" and any(_DENIAL.search(source["sentence"]) for source in event["sources"])


_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]+|\d+(?:[.,]\d+)*")  # "2020." at a sentence's end is "2020"
_STOPWORDS = frozenset("""
a an the and or but of to in on at by for from with as is are was were be been being has have had it its
this that these those he she they them his her their we our you your i said says say told tells telling
would will could can may might also after before over into than then there which who whom whose what when
where while not no yes about against between during through under up down out off more most some any
all each other such only own same so too very just one two three four five six seven eight nine ten
monday tuesday wednesday thursday friday saturday sunday today yesterday tonight overnight night morning
afternoon evening week weekend earlier later hours
president minister prime chancellor mayor governor spokesman spokeswoman spokesperson official officials
""".split())


def _words(text: str) -> set[str]:
    return {w.casefold().strip("'’-") for w in _WORD.findall(text)} - _STOPWORDS


def _source_words(event: dict) -> set[str]:
    words: set[str] = set()
    for source in event["sources"]:
        words |= _words(source["sentence"])
    return words or _words(event["title"])


_QUOTED = re.compile(r"[\"“]([^\"“”]{3,300})[\"”]")


def _quoted_words(event: dict) -> list[set[str]]:
    return [words for source in event["sources"] for quote in _QUOTED.finditer(source["sentence"])
            if len(words := _words(quote.group(1))) >= 2]


def _same_quotation(a: dict, b: dict) -> bool:
    """Both quote the same words, one outlet more of them ("stop the bloodshed" and "stop the bloodshed
    immediately"): what one voice said, told twice (a quotation of two content words or more)."""
    return any(small <= big or big <= small for small in _quoted_words(a) for big in _quoted_words(b))


def _word_overlap(a: dict, b: dict) -> float:
    """The share of the shorter event's content words the other shares: names and days left out, since
    one speaker's two remarks on one day share those and nothing else."""
    names = {part.casefold() for actor in a["actors"] + b["actors"] for part in _WORD.findall(actor)}
    # the place and the day are matched on their own: two attacks in one town on one day share them
    names |= {part.casefold() for where in (a["location"], b["location"]) if where for part in _WORD.findall(where)}
    names |= _DAY_WORDS
    words_a, words_b = _source_words(a) - names, _source_words(b) - names
    if not words_a or not words_b:
        return 0.0
    return len(words_a & words_b) / min(len(words_a), len(words_b))


_DAY_WORDS = frozenset(timecalendar.WEEKDAYS) | frozenset(timecalendar.MONTHS) | {
    "today", "yesterday", "overnight", "morning", "afternoon", "evening", "night", "early", "late"}


def _weapons(event: dict) -> set[str]:
    """What a strike used, as its title and figures name it (drones, missiles, shelling, bombs)."""
    text = " ".join([event["title"], *event["quantities"]])
    named = lexicon.weapon_kinds(text)
    if not named and event["sources"]:
        # a title that names none ("Pakistani strike on Laghar Kandow"): what the sentence telling it names
        # ("when Pakistani aircraft bombed houses"); not its later sentences, which tell of other weapons too
        # (reading them all cost blind sets 5 and 9 a ninth of their merges)
        text = event["sources"][0]["sentence"]
        named = lexicon.weapon_kinds(text)
    if named == {"bomb"} and not _BOMBS.search(text):
        # "American warplanes struck Sanaa": aircraft fire missiles as well as drop bombs (another outlet's
        # "the first missile hit" is the same raid)
        named = {"bomb", "missile"}
    return named


_BOMBS = re.compile(r"\b(?:bombs?|bombing|bombed|suicide)\b", re.I)


def _figures(stored: dict, new: dict) -> tuple[int, bool]:
    """(figures of `new` within a tenth of the stored range, whether one of them agrees on a number of
    ten or more): differing counts are normal between outlets, the same count is evidence."""
    ranges = quantity_ranges(stored)
    agree, large = 0, False
    for name, number in new["quantities"].items():
        if name in ranges and _within_a_tenth(number, ranges[name]):
            agree += 1
            large = large or number >= 10
    return agree, large


def _within_a_tenth(number: int, bounds: tuple[int, int]) -> bool:
    """A figure within a tenth of a stored range: differing counts are normal between outlets."""
    return bounds[0] * 0.9 <= number <= bounds[1] * 1.1


def _tolls_differ(stored: dict, new: dict) -> bool:
    """Both give a toll of one kind (killed, injured) and the new one is not within a tenth of the stored."""
    ranges = quantity_ranges(stored)
    return any(name in ranges and not _within_a_tenth(number, ranges[name])
               for name, number in new["quantities"].items() if name in lexicon.TOLLS)


def _part_of_the_toll(a: dict, b: dict) -> bool:
    """A whole country's attack ("sites in Pakistan") and a town's in it, whose dead are half of the country's or
    fewer, or any other number when the country's is told as many sites: one of the attacks of that night, not
    another outlet's figure for it (a toll that rose is near)."""
    if not _country_wide(a["location"], b["location"]):
        return False
    wide, narrow = (a, b) if _place(a["location"])[0] == "country" or _compass_part(a["location"]) else (b, a)
    wide_dead, narrow_dead = (event["quantities"].get("killed") or event["quantities"].get("dead") for event in (wide, narrow))
    if not (wide_dead and narrow_dead):
        return False
    # a toll near the country's is its figure, unless the country's attack is told as one on many sites ("several
    # sites across Israel …, killing eight" and "a missile slammed into a building in Bat Yam, killing six")
    return narrow_dead * 2 <= wide_dead or narrow_dead != wide_dead and any(
        entities.MANY_SITES.search(source["sentence"]) for source in wide["sources"])


def _precise(event: dict) -> bool:
    return event["precision"] in ("minute", "hour", "part_of_day")


# Hours of each part of the day, local time (night as the time rules read "overnight": 18:00 to 06:00).
_PART_HOURS = {"night": set(range(18, 24)) | set(range(0, 6)), "morning": set(range(6, 12)),
               "afternoon": set(range(12, 18)), "evening": set(range(18, 24))}
_PART_WORDS = re.compile(r"\b(overnight|night|morning|afternoon|evening)\b", re.I)
_ATTACK_WORDS = re.compile(r"\b(?:attack|strike|struck|hit|shell|bomb|drone|missile|rocket|raid|blast|explosion"
                           r"|artillery)", re.I)


def _named_parts(event: dict) -> set[str]:
    """Parts of the day an event's sentences name when its window is vaguer ('its overnight strikes',
    dated only 'on Wednesday'): the words still say when it was."""
    if _precise(event):
        return set()
    # A strike's own sentences, not those of what followed ("three of the injured died during the night")
    told = [s["sentence"] for s in event["sources"]
            if event["kind"] != "strike" or _ATTACK_WORDS.search(s["sentence"])]
    found = {m.group(1).lower() for sentence in told for m in _PART_WORDS.finditer(sentence)
             if not _TOLL_GREW.search(sentence, max(0, m.start() - 40), m.start())
             and not _ANOTHER_DAYS.search(sentence, max(0, m.start() - 12), m.start())}
    return {"night" if word == "overnight" else word for word in found}


# "The death toll from Tuesday's shelling rose to seven overnight", "two of the wounded died during the night":
# when the toll grew, not when the attack was
_TOLL_GREW = re.compile(r"\b(?:rose|risen|climbed|increased|grew|died|succumbed)\b[^,;.]*$", re.I)


# "Lourenço had spoken with Tshisekedi the previous evening": a part of another day, not of this event's
_ANOTHER_DAYS = re.compile(r"\b(?:previous|following|next)\s+$", re.I)


def _window_parts(event: dict) -> set[str]:
    """Parts of the day a precise window of a day or less touches."""
    start, end = _instant(event["start"]), _instant(event["end"])
    if end - start > timedelta(days=1):
        return set(_PART_HOURS)
    hours, moment = {start.hour}, start.replace(minute=0, second=0, microsecond=0)
    while moment < end:  # a window ending at 18:00 does not reach into the evening
        hours.add(moment.hour)
        moment += timedelta(hours=1)
    return {part for part, span in _PART_HOURS.items() if span & hours}


def _overnight(vague: dict) -> bool:
    """'Overnight' in a report dated by the day (D) means the night that ended on D's morning."""
    return any(re.search(r"\bovernight\b", s["sentence"], re.I) for s in vague["sources"])


def _parts_clash(a: dict, b: dict) -> bool:
    """One event's words name a part of the day the other's precise window does not touch; for
    'overnight', the small hours of the vague report's day (not the night after it)."""
    for vague, precise in ((a, b), (b, a)):
        named = _named_parts(vague)
        if not named or not _precise(precise):
            continue
        if not named & _window_parts(precise):
            return True
        if named == {"night"} and _overnight(vague):
            small_hours = _instant(vague["start"]).replace(hour=0, minute=0, second=0, microsecond=0)
            if not (_instant(precise["start"]) < small_hours + timedelta(hours=6)
                    and _instant(precise["end"]) > small_hours):
                return True
    return False


def kept_apart(a: dict, b: dict) -> bool:
    """Whether a person split one of these events from the other: never merged again automatically."""
    return a["id"] in b["apart"] or b["id"] in a["apart"]


def score(stored: dict, new: dict, story: frozenset[str] = frozenset()) -> float | None:
    """How surely `new` reports the same occurrence as `stored`; None when it cannot be the same.

    `story`: the articles that report an attack `new`'s article reports too (the night's strike both
    tell). One speaker's remarks on an attack that day in two articles of one story are about it, however
    worded."""
    return judge(stored, new, story)[0]


def judge(stored: dict, new: dict, story: frozenset[str] = frozenset()) -> tuple[float | None, str]:
    """score's answer and, when it is None, why (one of REASONS): `make eval` counts the merges it missed
    by cause."""
    if stored["origin"] == "manual" or kept_apart(stored, new):
        return None, "by hand"
    mixed = family(stored["kind"]) != family(new["kind"])
    if mixed and not _one_attack_two_ways(stored, new):
        return None, "kinds"
    if _span(stored) > MAX_SPAN or _span(new) > MAX_SPAN or not _meet(stored, new):
        return None, "time"
    places = place_relation(stored["location"], new["location"])
    if _copied_lead(stored, new) and not (stored["location"] and new["location"] and places is None):
        # the sentence that tells it, word for word (an agency's story republished, one press release
        # quoted): the same report of one occurrence, though no place or speaker was read from it; a stock
        # line ("The attackers fled on motorcycles, police said") after two different leads is no tie
        return 3.0, ""
    if stored["location"] and new["location"] and places is None:
        return None, "place"  # two places not known to be one: two occurrences
    if _parts_clash(stored, new):
        return None, "time"
    kind = stored["kind"]
    common = _names(stored["actors"]) & _names(new["actors"])
    words = _word_overlap(stored, new)
    timing = 0.5 if _precise(stored) and _precise(new) else 0.0
    ground = kind != "strike" and _ground_attack(stored) and _ground_attack(new)
    if ground and not (_precise(stored) or _precise(new)) and words < OTHER_OVERLAP:
        # Gunmen storm a school and a police station in one town on one day: the day alone does not tell
        # one attack from the other, the part of the day or the same words do
        return None, "words"
    if mixed and (places is None or not common or _province_wide(stored["location"]) or _province_wide(new["location"])
                  or _tolls_differ(stored, new)):
        # told as two kinds, the same town and night are not enough: the same attackers named by both, since
        # "gunmen" storming a town and "soldiers" shelling it that night are two sides' attacks (a hostile trial
        # merged them when the raid's teller named no attacker it could read)
        return None, "kinds"
    if kind == "strike" or ground or mixed:
        # an armed attack on the ground (the guide's `other`) is told as a strike is: its place at any
        # level, its toll differing between outlets
        ours, theirs = _weapons(stored), _weapons(new)
        if ours and theirs and not ours & theirs:
            return None, "weapons"  # drones are not a ballistic missile
        hit, hit_new = (_targets(stored), _targets(new)) if ground else (set(), set())
        if hit and hit_new and not hit & hit_new:
            return None, "target"  # gunmen at a bus station and at a school: two attacks
        agree, large = _figures(stored, new)
        if ground and not agree and bool(hit) != bool(hit_new) \
                and not (_named_by_its_day(stored) or _named_by_its_day(new)):
            # "gunmen attacked the prison, killing two guards" beside "gunmen stormed the town, killing 12": a
            # town's night may hold several attacks; only the same toll ties one naming its target to it ("Monday's
            # attack on Chai", in a later paper with a toll that rose, names the one attack of that day)
            return None, "target"
        if overlap(stored, new) is None and _tolls_differ(stored, new):
            # told at clock times minutes apart (the half hour a clock time reaches): one explosion, unless
            # their tolls differ: a missile killing three at 23:00 and one killing eleven at 23:20 are two
            return None, "time"
        if _compass_apart(stored, new):
            return None, "place"  # "southern Afghanistan" told of the stored attack: "northern" is another
        if places and _province_wide(stored["location"]) and _province_wide(new["location"]) \
                and _tolls_differ(stored, new) and words < SAME_WORDS:
            # "seven killed in a drone attack on a camp in North Kivu province", "four killed when a drone struck a
            # market in North Kivu": a province's night holds many attacks, and these two tolls, told in other
            # words, are two of them (the same words with another toll are one attack's differing figures)
            return None, "place"
        if places == "nested" and not agree and (_through_division(stored["location"], new["location"])
                                                 or _metro(stored["location"], new["location"])
                                                 or _compass_part(stored["location"]) or _compass_part(new["location"])) \
                and not (_targets(stored) & _targets(new) - {"village"}):
            # "the Donetsk region" beside Kramatorsk: a region's night holds many towns' attacks; only the
            # same figures tie the region's report to this one, or the same kind of place hit ("a suicide bomber
            # killed nine at a busy motor park in north-east Nigeria on Monday evening" and "blew herself up at the
            # motor park in Konduga" that night; not "a village": a province's night holds many villages' raids)
            return None, "place"
        if places == "nested" and _part_of_the_toll(stored, new):
            # "Indian missiles struck sites in Pakistan, killing 26" and "two missiles struck a compound in Muridke,
            # killing five": a country's night holds every town's attack in it, and this toll is a part of its toll
            return None, "place"
        if places == "nested" and stored["actors"] and new["actors"] and not common and _country_wide(
                stored["location"], new["location"]):
            # "a Houthi missile hit a tanker off Yemen's coast" and American jets striking Hodeidah: a country
            # holds every attack in it that day, and these name different attackers
            return None, "place"
        if places is None:
            # One report names no place ("struck the capital"): only the same figures can tie it, or the name
            # of what was hit ("the toll from Tuesday's shelling of the Lushagala camp" and "shells slammed into
            # the Lushagala displacement camp near Goma"), and not across attackers ("Pakistani jets struck Spin
            # Boldak" and the junta's jet on a village, 11 killed)
            if stored["location"] and new["location"]:
                return None, "place"
            named = _hit_named_in(stored, new)
            if not (large or agree >= 2 or named) or stored["actors"] and new["actors"] and not common:
                return None, "place"
            return 0.5 + 0.25 * agree + (0.5 if named else 0.0) + timing + words, ""
        return (2.0 if places == "same" else 1.0) + 0.25 * agree + timing + words, ""
    if kind == "call" or (kind == "other" and len(stored["actors"]) >= 2 and len(new["actors"]) >= 2):
        # Calls and meetings: the same participants, at least two of them.
        ours, theirs = _names(stored["actors"]), _names(new["actors"])
        # One report names one side only ("the Senior General held a telephone conversation with Anutin"):
        # it is that person's call at that very time, told to the hour or the minute by both.
        one_side = kind == "call" and len(common) == 1 and min(len(ours), len(theirs)) == 1 and timing > 0 \
            and overlap(stored, new) is not None  # at that very time, not a call twenty minutes on
        if len(common) < 2 and not one_side or not (ours <= theirs or theirs <= ours):
            return None, "participants"
        return 2.0 + (0.5 if places == "same" else 0.0) + timing + words, ""
    if family(kind) == "saying" or kind == "decision":
        # The same speaker (or decider), and enough of the same words: one person says many things a day.
        # A decision told without its decider ("flights at the airport were suspended") is the one decided
        # at that same place, in the same words.
        # (or where one of them names no place: "Schools in the district have been closed since Tuesday")
        unsaid = kind == "decision" and (places == "same" or not (stored["location"] and new["location"])) and any(
            not event["actors"] and _decided_thing_named(event, other) for event, other in ((stored, new), (new, stored)))
        if not unsaid and not _same_voice(stored["actors"], new["actors"]) \
                and not (_country_body(stored, new) or _country_body(new, stored)):
            return None, "speaker"
        ours, theirs = _ministry_countries(stored), _ministry_countries(new)
        if ours and theirs and not ours & theirs:
            return None, "speaker"  # "Iraq's Ministry of Defence" is not "Turkey's defence ministry"
        generic = _generic_voice(stored["actors"]) or _generic_voice(new["actors"])
        if words < SAYING_OVERLAP and family(kind) == "saying" and not generic and _same_quotation(stored, new):
            words = SAYING_OVERLAP  # one voice's words quoted by both
        if words < SAYING_OVERLAP and not (_denial(stored) and _denial(new) and not generic) \
                and not (family(kind) == "saying" and story & set(article_ids(stored))
                         and _of_an_attack(stored) and _of_an_attack(new)):
            # one voice's denial that day is one denial, however each outlet words it; so is what one
            # voice said of the attack two articles both report
            return None, "words"
        if generic and words < GENERIC_OVERLAP:
            # "officials" say many things a day: "Officials dismissed a claim that 17 soldiers had died" and
            # "Officials dismissed a claim that the road had reopened" share only the frame
            return None, "words"
        return 1.5 + timing + max(words, SAYING_OVERLAP), ""
    # Anything else: the same place, or a shared actor, and overlapping words.
    if places is None and not common:
        return None, "place"
    if words < OTHER_OVERLAP:
        return None, "words"
    return 1.0 + (0.5 if places else 0.0) + timing + words, ""


def _one_attack_two_ways(a: dict, b: dict) -> bool:
    """A strike and an armed attack on the ground, both told with a place: one outlet's shelling of a base may be
    another's assault on it (judge then asks for one town, the same attacker named by both and no other toll). Not a
    strike from the air: warplanes over a town that night are an air force's, not the gunmen's who stormed it."""
    if {a["kind"], b["kind"]} != {"strike", "other"} or not (a["location"] and b["location"]):
        return False
    ground, strike = (a, b) if a["kind"] == "other" else (b, a)
    told = strike["sources"][0]["sentence"] if strike["sources"] else ""
    return _ground_attack(ground) and not lexicon.FROM_THE_AIR.search(f"{strike['title']} {told}")


# Voices nobody names: "officials", "security sources", "the authorities" deny many things a day
_GENERIC_VOICE = re.compile(r"(?:the\s+)?(?:[a-z]+\s+)?(?:officials?|authorities|sources|residents|witnesses|police)",
                            re.I)


def _generic_voice(actors: list[str]) -> bool:
    return bool(actors) and _GENERIC_VOICE.fullmatch(actors[0].strip()) is not None


def _decided_thing_named(passive: dict, named: dict) -> bool:
    """A decision told in the passive without its decider ("Flights at the airport were suspended on
    Saturday") whose subject the other decision's words name (flights): not "The airport was closed" beside
    "the government closed schools" there."""
    sentence = passive["sources"][0]["sentence"]
    told = _PASSIVE.search(sentence) or _IN_FORCE.search(sentence)
    if told is None:
        return False
    places = {part.casefold() for where in (passive["location"], named["location"]) if where
              for part in _WORD.findall(where)}
    thing = _words(sentence[:told.start()]) - places - _DAY_WORDS
    return bool(_one_name(thing) & _one_name(_source_words(named)))


# "A ceasefire took effect", "the curfew came into force": a decision in force, told without its decider
_IN_FORCE = re.compile(r"\b(?:took|takes|came|comes|went|entered)\s+(?:into\s+)?(?:effect|force)\b", re.I)
# one thing by its other names: "the truce", "a cessation of hostilities" and "the ceasefire"
_SAME_THING = {"truce": "ceasefire", "cease-fire": "ceasefire", "cessation": "ceasefire", "armistice": "ceasefire"}


def _one_name(words: set[str]) -> set[str]:
    return {_SAME_THING.get(word, word) for word in words}


# A decision told without a decider: "flights at the airport were suspended on Saturday".
_PASSIVE = re.compile(r"\b(?:was|were|has been|have been|had been|is|are)\s+(?:\w+ly\s+)?\w+(?:ed|en|ut|wn)\b", re.I)


REASONS = ("kinds", "time", "place", "weapons", "target", "participants", "speaker", "words", "by hand")


def candidates(store: Store, event: dict) -> list[dict]:
    """Stored events that might be the same occurrence: those whose window can overlap this one's, found
    through the time index, of the same family of kinds."""
    # A day later too: a stored report dated only by the next day's paper reaches back to this one.
    # A few hours earlier: the small hours' report of a night another outlet told as "late on Monday".
    # (in seconds: a day after 31 December 9999 is past what a datetime holds)
    start = _instant(_reach(event)["start"]).timestamp() - 6 * 3600
    end = _instant(event["end"]).timestamp() + 24 * 3600
    near = store.events_between(start, end)  # windows that meet this one
    wanted = {family(event["kind"])} | (_ATTACK_KINDS if event["kind"] in _ATTACK_KINDS else set())
    # In the order they were stored, then of their sentences in their article: the time index breaks ties of
    # one window and title by id, which is random, and which of two alike rows a report meets first decides
    # what joins what (the same articles gave other rows run to run).
    return sorted((e for e in near if family(e["kind"]) in wanted and e["id"] != event["id"]), key=_stored_order)


_ATTACK_KINDS = {"strike", "other"}


def _stored_order(event: dict) -> tuple:
    first = event["sources"][0] if event["sources"] else {}
    return (_instant(event["start"]), _instant(event["end"]), event.get("created", ""), first.get("start", 0),
            event["title"])


def best_match(store: Store, event: dict, changed: dict[str, dict] | None = None,
               extra: tuple[dict, ...] = (), story: frozenset[str] = frozenset(),
               gone: frozenset[str] = frozenset()) -> dict | None:
    """The one stored event `event` surely is, or None when none is or two are equally likely.

    `changed` holds stored events already rewritten in this ingest (read them, not the stored copy);
    `extra`, events about to be stored that are candidates too; `gone`, stored events this ingest merged away.
    A stored event vaguer than `event` that could itself be one of several stored events (a report
    dated only 'Wednesday' beside a night's strike and an afternoon's) is no target: it would take
    whichever precise report came first.
    """
    changed = changed or {}
    found = [changed.get(e["id"], e) for e in candidates(store, event) if e["id"] not in gone] + list(extra)
    scored = sorted(((s, e) for e in found if (s := score(e, event, story)) is not None), key=lambda p: -p[0])
    # A stored report vaguer than this one, in time or in place (a region's night beside a town's), is a
    # target only when it cannot be another stored event too.
    scored = [(s, e) for s, e in scored
              if _span(e) <= _span(event) and _specificity(e["location"]) >= _specificity(event["location"])
              or not _undecided(store, e, changed)]
    # an attack told as its own kind is the likelier one: one told the other way only when none is
    scored = [(s, e) for s, e in scored if family(e["kind"]) == family(event["kind"])] or scored
    if not scored:
        return None
    if len(scored) > 1 and scored[1][0] > scored[0][0] - AMBIGUITY_MARGIN and not _one_call_told_apart(event, scored):
        return None
    return scored[0][1]


def _one_call_told_apart(event: dict, scored: list[tuple[float, dict]]) -> bool:
    """Rows that are each a call between the new report's two leaders that day: one call that outlets' readings of
    its time kept apart ("late on Wednesday Hong Kong time" and "on Wednesday evening" in Baghdad), not two calls to
    choose between; the report joins the likeliest (it had made a row of its own, and the next outlet another)."""
    if event["kind"] != "call":
        return False
    ours = _names(event["actors"])
    close = [e for s, e in scored if s > scored[0][0] - AMBIGUITY_MARGIN]
    return all(e["kind"] == "call" and len(_names(e["actors"]) & ours) >= 2 for e in close)


def _undecided(store: Store, event: dict, changed: dict[str, dict]) -> bool:
    """Whether a stored event could be the same occurrence as another stored event."""
    others = (changed.get(e["id"], e) for e in candidates(store, event))
    return any(score(other, event) is not None or score(event, other) is not None for other in others
               if other["origin"] != "manual")


# ----- wire copies --------------------------------------------------------------------------------


def _shingles(sentence: str) -> frozenset[tuple[str, ...]]:
    words = [w.casefold() for w in _WORD.findall(INVISIBLE.sub("", sentence))]  # a soft hyphen is no new word
    return frozenset(zip(words, words[1:], words[2:]))


def _similar(a: str, b: str, similarity: float = COPY_SIMILARITY) -> bool:
    """One sentence a copy of the other: mostly the same words, and the same figures (a toll changed is
    another outlet's figure, not a copy's)."""
    sa, sb = _shingles(a), _shingles(b)
    if len(sa) < COPY_MIN_WORDS - 2 or len(sb) < COPY_MIN_WORDS - 2:
        return False
    return len(sa & sb) / len(sa | sb) >= similarity and _figures_in(a) == _figures_in(b)


def _figures_in(sentence: str) -> set[str]:
    words = _WORD.findall(INVISIBLE.sub("", sentence))
    return {w.casefold() for w in words if w[0].isdigit() or w.casefold() in entities.NUMBER_WORDS}


def copied_from(stored: dict, new: dict) -> str | None:
    """The stored article whose sentences most of `new`'s sentences repeat, if any (a wire copy)."""
    votes: dict[str, int] = {}
    for source in new["sources"]:
        for earlier in stored["sources"]:
            if earlier["article_id"] and earlier["article_id"] != source["article_id"] \
                    and _similar(source["sentence"], earlier["sentence"]):
                votes[earlier["article_id"]] = votes.get(earlier["article_id"], 0) + 1
                break
    if not votes:
        return None
    article_id, copied = max(votes.items(), key=lambda item: item[1])
    if copied * 2 < len(new["sources"]):
        return None
    original = next((r for r in reports_of(stored) if r["article_id"] == article_id), None)
    return original["copy_of"] or article_id if original else article_id


COPIED_SHARE = 0.5  # of an article's sentences repeated from another: a wire copy, not an outlet of its own
_SENTENCE_END = re.compile(r"(?<=[.!?…”\"])\s+")


def _sentences(text: str) -> list[tuple[frozenset[tuple[str, ...]], set[str]]]:
    return [(shingles, _figures_in(sentence)) for sentence in _SENTENCE_END.split(text)
            if len(shingles := _shingles(sentence)) >= COPY_MIN_WORDS - 2]


def whole_copy(text: str, original: str) -> bool:
    """Whether an article repeats most of another: a wire story republished. Two outlets quoting the same
    sentence of a press release, each in an article of its own, are two outlets."""
    ours, theirs = _sentences(text), _sentences(original)
    if not ours:
        return False
    repeated = sum(1 for s, figures in ours
                   if any(len(s & t) / len(s | t) >= COPY_SIMILARITY and figures == theirs_figures
                          for t, theirs_figures in theirs))
    return repeated >= COPIED_SHARE * len(ours)


def _only_whole_copies(store: Store, article: dict, changed: dict[str, dict]) -> None:
    """The new article's reports marked as copies (merge: its sentences repeat the stored ones) stay so
    only when the article repeats most of the article it would copy."""
    verdicts: dict[str, bool] = {}
    for record in changed.values():
        reports = record["reports"]
        for position, report in enumerate(reports):
            original = report["copy_of"]
            if report["article_id"] != article["id"] or not original:
                continue
            if original not in verdicts:
                stored = store.get_article(original)
                verdicts[original] = stored is None or whole_copy(article["text"], stored["text"])
            if not verdicts[original]:
                reports[position] = {**report, "copy_of": None}


def _copied_articles(stored: dict, new: dict) -> dict[str, str]:
    """Each article behind `new` that copies one behind `stored` -> the article it copies, judged article by
    article: a row of several articles may hold one wire copy and one outlet's own report."""
    by_article: dict[str, list[dict]] = {}
    for source in new["sources"]:
        if source["article_id"]:
            by_article.setdefault(source["article_id"], []).append(source)
    copies = {}
    for article_id, sources in by_article.items():
        original = copied_from(stored, {"sources": sources})
        if original:
            copies[article_id] = original
    return copies


# ----- merging and splitting ----------------------------------------------------------------------

_PRECISION_RANK = {name: rank for rank, name in enumerate(model.PRECISIONS)}


def _narrower(a: dict, b: dict) -> dict:
    if _span(a) != _span(b):
        return a if _span(a) < _span(b) else b
    return a if _PRECISION_RANK[a["precision"]] <= _PRECISION_RANK[b["precision"]] else b


def _combined(base: dict, other: dict) -> dict:
    """The reading fields of `base` joined with `other`'s: the window narrowed to both, actors of both,
    the more specific place, each figure's highest (the range stays in the reports).

    A report with no time words of its own (dated only by its publication day) narrows nothing: "Russia
    launched 48 drones at the city" in Thursday's paper does not move the night before to Thursday. Nor
    does a coarser one cut a finer one: "overnight" stays the night, though another outlet said only
    "on Wednesday" (its small hours)."""
    fields: dict = {}
    if base["time_text"] is None and other["time_text"] is not None:
        fields.update(start=other["start"], end=other["end"], precision=other["precision"], time_text=other["time_text"])
    elif other["time_text"] is not None or base["time_text"] is None:
        window = overlap(base, other)
        if window is not None:
            narrow = _narrower(base, other)
            if _PRECISION_RANK[narrow["precision"]] < _PRECISION_RANK[(other if narrow is base else base)["precision"]]:
                window = (narrow["start"], narrow["end"])
            fields.update(start=window[0], end=window[1], precision=narrow["precision"], time_text=narrow["time_text"])
    # Actors of another kind's report (a witness's statement merged into the strike by hand) are not
    # the strike's: who spoke did not attack. Gunmen's attack merged into a strike by hand: they attacked.
    attacks = {base["kind"], other["kind"]} == {"strike", "other"} and (_ground_attack(base) or _ground_attack(other))
    theirs = other["actors"] if family(other["kind"]) == family(base["kind"]) or attacks else []
    fields["actors"] = entities.distinct(base["actors"] + theirs)
    chained = base["location"] and other["location"] and (_chain(base["location"], other["location"])
                                                         or _chain(other["location"], base["location"]))
    if chained:
        fields["location"] = chained  # each outlet's part of the name: the village, its area, their district
    elif not base["location"] or (place_relation(base["location"], other["location"]) == "nested"
                                  and _specificity(other["location"]) > _specificity(base["location"])):
        fields["location"] = other["location"]
    quantities = dict(base["quantities"])
    for name, number in other["quantities"].items():
        quantities[name] = max(quantities.get(name, 0), number)
    fields["quantities"] = quantities
    return fields


def _specificity(location: str | None) -> int:
    """A country says least, a region more, a capital (the city and the towns of its division, as news
    names it) more, another city or village more, a part of a town named with it most."""
    if not location:
        return -1
    if len(_parts(location)) > 1:
        return 4
    kind, country, _, known, _ = _place(location)
    return {"country": 0, "region": 1, "state": 1}.get(kind, 2 if gazetteer.is_capital(known or location, country) else 3)


def _status(current: str, reports: list[dict], kind: str) -> str:
    independent_reports = [r for r in reports if not r["copy_of"]]
    if any(r["status"] == "disputed" for r in independent_reports):
        return "disputed"
    if kind == "strike" and len({r["actors"][0] for r in independent_reports
                                 if r["actors"] and _own_kind(r, kind)}) > 1:
        return "disputed"
    if current == "expected" and any(r["status"] != "expected" for r in independent_reports):
        return "reported"  # one outlet reports it done: it has happened
    return current


def merge(survivor: dict, absorbed: dict, *, by: str, at: str | None = None) -> dict:
    """`absorbed` folded into `survivor`: every source and report kept, a line of merge history added;
    an article of `absorbed` whose sentences repeat one of `survivor`'s is marked as its copy.

    An event entered by hand keeps its fields (a person wrote them); an extracted one takes the joined
    reading (intersection of windows, union of actors...). Its title, notes and id stay.
    """
    at = at or model.utc_now()
    copies = _copied_articles(survivor, absorbed)
    incoming = [{**r, "copy_of": r["copy_of"] or copies.get(r["article_id"])} for r in reports_of(absorbed)]
    reports = reports_of(survivor) + incoming
    seen = {(s["article_id"], s["start"], s["sentence"]) for s in survivor["sources"]}
    sources = survivor["sources"] + [s for s in absorbed["sources"]
                                     if (s["article_id"], s["start"], s["sentence"]) not in seen]
    history = survivor["merges"] + absorbed["merges"] + [{
        "at": at, "by": by, "event_id": absorbed["id"],
        "article_ids": list(dict.fromkeys(r["article_id"] for r in incoming if r["article_id"]))}]
    # Whatever either was split from by hand stays apart from the two together; a person merging two
    # events that were split apart has changed their mind about each other.
    apart = [i for i in dict.fromkeys(survivor["apart"] + absorbed["apart"]) if i not in (survivor["id"], absorbed["id"])]
    notes = survivor["notes"]
    if absorbed["notes"] and absorbed["notes"] not in notes:  # what a person wrote on either stays
        notes = f"{notes}\n\n{absorbed['notes']}" if notes else absorbed["notes"]
    record = {**survivor, "sources": sources, "reports": reports, "merges": history, "apart": apart, "notes": notes,
              "updated": at}
    if survivor["origin"] != "manual":
        record.update(_combined(survivor, absorbed))
        if not survivor["location"] and record["location"] == absorbed["location"] \
                and survivor["title"] in {r["title"] for r in reports_of(survivor)}:
            record["title"] = absorbed["title"]  # the title that names the place, unless a person wrote one
        record["status"] = _status(survivor["status"], reports, survivor["kind"])
    return model.validate_event(model.clean_event(record))


def article_ids(event: dict) -> list[str]:
    ids = [r["article_id"] for r in reports_of(event) if r["article_id"]]
    ids += [s["article_id"] for s in event["sources"] if s["article_id"]]
    return list(dict.fromkeys(ids))


def split(event: dict, article_ids_off: str | list[str], *, at: str | None = None,
          taken: set[str] = frozenset()) -> tuple[dict, dict]:
    """The event without what the given articles contributed, and that contribution as one event of its own
    (with the id it had before it was merged, unless that id is in `taken`).

    What a person corrected on the event stays on it: a field whose value is not what its reports give
    (edited by hand after the merge) is kept; the rest is worked out again from the remaining reports.
    """
    at = at or model.utc_now()
    leaving_ids = [article_ids_off] if isinstance(article_ids_off, str) else list(dict.fromkeys(article_ids_off))
    ids = article_ids(event)
    for article_id in leaving_ids:
        if article_id not in ids:
            raise NotFoundError(f"event {event['id'][:8]} has nothing from article {article_id[:8]}")
    if event["origin"] != "manual" and set(ids) <= set(leaving_ids):
        raise UsageError(f"event {event['id'][:8]} comes only from article{'s' if len(ids) > 1 else ''} "
                         f"{', '.join(a[:8] for a in ids)}: nothing to split off (delete it instead)")
    off = set(leaving_ids)
    reports = reports_of(event)
    leaving = [r for r in reports if r["article_id"] in off]
    staying = [{**r, "copy_of": None if r["copy_of"] in off else r["copy_of"]} for r in reports if r["article_id"] not in off]
    sources_leaving = [s for s in event["sources"] if s["article_id"] in off]
    sources_staying = [s for s in event["sources"] if s["article_id"] not in off]
    # The id they were merged in under: the line that brought exactly these articles (an undo), else the
    # first line that brought one of them (the event it was ingested as, or the row it founded).
    exact = next((m for m in event["merges"] if set(m["article_ids"]) == off), None)
    first = exact or next((m for m in event["merges"] if off & set(m["article_ids"])), None)
    old_id = first["event_id"] if first else None
    history, their_history = [], []
    for line in event["merges"]:
        if line is not exact and set(line["article_ids"]) <= off:
            their_history.append(line)  # how the leaving articles came together goes with them
            continue
        kept = [a for a in line["article_ids"] if a not in off]
        if kept:
            history.append({**line, "article_ids": kept})
    new_id = old_id if old_id and old_id not in taken and old_id != event["id"] else model.new_id()
    rest = {**event, "sources": sources_staying, "reports": staying, "merges": history,
            "apart": list(dict.fromkeys(event["apart"] + [new_id])), "updated": at}
    if event["origin"] != "manual" and staying:
        title = event["title"]
        if leaving and title == leaving[0]["title"] and title != staying[0]["title"]:
            title = staying[0]["title"]
        rest.update({**_by_hand(event, reports, _joined(staying)), "title": title, "kind": event["kind"]})
        if event["status"] == _status(reports[0]["status"], reports, event["kind"]):
            rest["status"] = _status(staying[0]["status"], staying, event["kind"])
    own = _joined(leaving) if leaving else reading(event)  # no report (a hand-made record): its own fields
    split_off = {**own, "id": new_id, "origin": "extracted", "apart": list(dict.fromkeys(event["apart"] + [event["id"]])),
                 "sources": sources_leaving, "reports": [{**r, "copy_of": None if r["copy_of"] in off else r["copy_of"]}
                                                         for r in leaving],
                 "merges": their_history, "notes": "", "created": at, "updated": at}
    return (model.validate_event(model.clean_event(rest)), model.validate_event(model.clean_event(split_off)))


def _joined(reports: list[dict]) -> dict:
    """The reading the reports give together, as merging them one by one gives it."""
    joined = reading(reports[0])
    for report in reports[1:]:
        joined.update(_combined(joined, report))
    return joined


_WORKED_OUT = ("start", "end", "precision", "time_text", "actors", "location", "quantities")


def _by_hand(event: dict, reports: list[dict], recomputed: dict) -> dict:
    """`recomputed`'s worked-out fields, except those a person set on the event: a field (or one figure)
    that is not what all its reports give together was edited by hand and stays as it is."""
    before = _joined(reports)
    fields = {key: event[key] if event[key] != before[key] else recomputed[key] for key in _WORKED_OUT}
    figures = {name: number for name, number in recomputed["quantities"].items()}
    for name, number in event["quantities"].items():
        if before["quantities"].get(name) != number:
            figures[name] = number  # typed by hand: kept, whatever the reports that stay say
    for name in set(before["quantities"]) - set(event["quantities"]):
        figures.pop(name, None)  # removed by hand
    fields["quantities"] = figures
    return fields


# ----- ingest -------------------------------------------------------------------------------------


@dataclass
class IngestResult:
    """What storing one article did: its new events, the events it merged into stored ones."""

    events: list[dict]                                      # everything extracted, each with its report
    new: list[dict] = field(default_factory=list)
    merged: list[tuple[dict, dict]] = field(default_factory=list)  # (extracted event, stored event after)
    differing: int = 0                                      # stored events it gave different figures
    joined: list[tuple[str, str]] = field(default_factory=list)  # (earlier row, the event it joined)


def with_report(event: dict, article: dict) -> dict:
    return {**event, "reports": [report_for(event, article)]}


def plan_ingest(store: Store, article: dict, events: list[dict], *, at: str | None = None) -> tuple[list[dict], IngestResult]:
    """The changes that store `article`: its events merged into the stored occurrences they report, the
    rest added. Runs inside Store.transact, so the store it reads is current."""
    at = at or model.utc_now()
    existing = store.article_with_text(article["sha256"])
    if existing:
        raise DuplicateError(f"this article text is already stored as article {existing['id'][:8]}; nothing added")
    result = IngestResult([with_report(e, article) for e in events])
    changed: dict[str, dict] = {}
    # Occurrences first, then what was said: the articles telling the same occurrences are the story a
    # speaker's remark of that day belongs to.
    story: set[str] = set()
    for event in sorted(result.events, key=lambda e: family(e["kind"]) == "saying"):
        match = best_match(store, event, changed, story=frozenset(story))
        if match is None:
            result.new.append(event)
            continue
        merged = merge(match, event, by="ingest", at=at)
        changed[match["id"]] = merged
        result.merged.append((event, merged))
        if event["kind"] == "strike":
            story.update(article_ids(match))
    joined = _join_earlier(store, result, changed, at)
    _only_whole_copies(store, article, changed)
    # Events this article gives other figures than the store had for them (a toll of 7 where it had 5).
    result.differing = len({merged["id"] for event, merged in result.merged
                            if merged["id"] in store.events_by_id
                            and _other_figures(store.events_by_id[merged["id"]], event)})
    ops = [put("articles", article)] + [put("events", e) for e in result.new]
    ops += [put("events", record) for record in changed.values()]
    ops += [delete("events", event_id) for event_id in joined]
    return ops, result


def _likeliest_of_several(near: list[dict], event: dict) -> str | None:
    """When `event` could be either of two stored events near it (its candidates) that are surely two
    occurrences (gunmen's attacks on a school and on a church that night, and a report of that night
    naming no target), the id of the
    one it scores higher with ("" when they tie: neither); None when it could not be two such."""
    could = [(s, other) for other in near if (s := score(other, event)) is not None]
    if not any(score(a, b) is None and score(b, a) is None for i, (_, a) in enumerate(could) for _, b in could[i + 1:]):
        return None
    ranked = sorted(could, key=lambda pair: -pair[0])
    return ranked[0][1]["id"] if ranked[0][0] > ranked[1][0] else ""


def _join_earlier(store: Store, result: IngestResult, changed: dict[str, dict], at: str) -> list[str]:
    """Earlier rows that, now that this article's events are stored, surely are one of them: a report
    that came first without a place or a time of day could not choose, and would stay a row of its own;
    so would two such reports joined by their figures, once a report ties them to the city's row. Each
    joins an event at least as precise as itself that it would have joined had it arrived now (the same
    rules), so the rows do not depend on the order articles arrive in; returns the ids of the rows that
    joined."""
    joined: list[str] = []
    targets = [e["id"] for e in result.new] + list(changed)
    for target_id in targets:
        near = candidates(store, _current(result, changed, target_id))
        only = _likeliest_of_several(near, _current(result, changed, target_id)) if target_id not in changed else None
        tried: set[tuple] = set()
        while True:
            target_id, again = _join_one(store, result, changed, at, target_id, near, only, joined, tried)
            if not again:
                break
            only = None  # the new report has joined the likelier; what joins the row now is judged by the row
            # A join narrows the row ("late on Sunday" joining the night's row makes it Sunday's evening): a row
            # it could not choose before (Sunday's, told only by its day) may now be surely it, so look again
            near = candidates(store, _current(result, changed, target_id))
    return joined


def _join_one(store: Store, result: IngestResult, changed: dict[str, dict], at: str, target_id: str,
              near: list[dict], only: str | None, joined: list[str], tried: set[tuple]) -> tuple[str, bool]:
    """The first of `near` that surely is the target row joined to it (see _join_earlier): the row that
    stays, and whether one joined."""
    for other in near:
        if only is not None and other["id"] != only:
            continue  # of two stored attacks it could be, a new report joins only the likelier
        target = _current(result, changed, target_id)
        if other["id"] in changed or other["id"] in joined or other["origin"] == "manual" \
                or not _at_least_as_precise(target, other) or score(target, other) is None:
            continue
        key = (target_id, target["start"], target["end"], target["location"], other["id"], len(joined))
        if key in tried:
            continue  # asked before, of the rows as they are now
        tried.add(key)
        pending = tuple(e for e in result.new if e["id"] != other["id"])
        if (best_match(store, other, changed, pending, gone=frozenset(joined)) or {}).get("id") != target_id:
            continue
        # The row stored first keeps its id (people may have noted it): a new event merges into the
        # earlier row it ties to, and of two stored rows the older one absorbs the other.
        if target_id not in changed:
            merged = merge(other, target, by="ingest", at=at)
            result.new = [e for e in result.new if e["id"] != target_id]
            result.merged.append((next(e for e in result.events if e["id"] == target_id), merged))
        elif other["created"] < target["created"]:
            merged = merge(other, target, by="ingest", at=at)
            del changed[target_id]
            joined.append(target_id)
            result.joined.append((target_id, other["id"]))
        else:
            changed[target_id] = merge(target, other, by="ingest", at=at)
            joined.append(other["id"])
            result.joined.append((other["id"], target_id))
            return target_id, True
        changed[other["id"]] = merged
        return other["id"], True
    return target_id, False


def _at_least_as_precise(target: dict, other: dict) -> bool:
    """Only a vaguer report joins a later one: a city's strike never joins a country-wide report."""
    return _specificity(target["location"]) >= _specificity(other["location"]) and _span(target) <= _span(other)


def _current(result: IngestResult, changed: dict[str, dict], event_id: str) -> dict:
    return changed.get(event_id) or next(e for e in result.new if e["id"] == event_id)


def summary(result: IngestResult) -> str:
    """'3 new events, 4 merged into existing ones (2 with differing figures)'."""
    new = len(result.new)
    text = f"{new} new event{'' if new == 1 else 's'}"
    if result.merged:
        text += f", {len(result.merged)} merged into existing ones"
        if result.differing:
            text += f" ({result.differing} with differing figures)"
    if result.joined:
        count = len(result.joined)
        text += f"; {count} earlier row{'s' if count != 1 else ''} joined them"
    return text


# ----- by hand: merge two stored events, split one article off -------------------------------------


def merge_by_hand(store: Store, first: dict, second: dict, **wait) -> tuple[dict, dict]:
    """Merge two stored events as the person saw them (`first`, `second`); refuses when either changed
    since (ConflictError). An event entered by hand survives; else the earlier stored. Returns
    (survivor after, absorbed as it was)."""
    if first["id"] == second["id"]:
        raise UsageError("an event cannot be merged with itself")
    if first["origin"] == "manual" and second["origin"] == "manual":
        raise UsageError("both events were entered by hand: nothing tells which is right; edit one and delete "
                         "the other")
    survivor, absorbed = (second, first) if second["origin"] == "manual" and first["origin"] != "manual" \
        else (first, second)
    merged = merge(survivor, absorbed, by="hand")

    def plan() -> list[dict]:
        check_unchanged(store.events_by_id.get(survivor["id"]), survivor, survivor["title"])
        check_unchanged(store.events_by_id.get(absorbed["id"]), absorbed, absorbed["title"])
        return [put("events", merged), delete("events", absorbed["id"])]

    store.transact(plan, **wait)
    return merged, absorbed


def split_by_hand(store: Store, event: dict, article_ids_off: str | list[str], **wait) -> tuple[dict, dict]:
    """Take what one article (or several, together) contributed off `event` (as the person saw it) into an
    event of its own. Returns (the event after, the new event)."""
    holder: dict = {}

    def plan() -> list[dict]:
        check_unchanged(store.events_by_id.get(event["id"]), event, event["title"])
        rest, split_off = split(event, article_ids_off, taken=set(store.events_by_id))
        holder.update(rest=rest, split_off=split_off)
        return [put("events", rest), put("events", split_off)]

    store.transact(plan, **wait)
    return holder["rest"], holder["split_off"]


def article_by_prefix(event: dict, prefix: str) -> str:
    """The id of the event's article named by `prefix` (4+ characters of its id, either case)."""
    ids = article_ids(event)
    prefix = prefix.lower()
    if prefix in ids:
        return prefix
    if len(prefix) < 4:
        raise NotFoundError(f"article prefix {prefix!r} is too short: give at least 4 characters of the id")
    found = [a for a in ids if a.startswith(prefix)]
    if len(found) == 1:
        return found[0]
    if found:
        raise NotFoundError(f"article prefix {prefix!r} matches {len(found)} of the event's articles; give more")
    raise NotFoundError(f"event {event['id'][:8]} has no source from an article {prefix!r}")


# ----- reading an event's sources by outlet (the card, the detail pane, the exports) ----------------


@dataclass
class Account:
    """What one article says of an event: its outlet, the article, its reading and its sentences."""

    outlet: str
    article: dict | None
    reports: list[dict]   # usually one; two when the article told the occurrence in two places
    sources: list[dict]

    @property
    def article_id(self) -> str | None:
        return self.reports[0]["article_id"] if self.reports else (self.article or {}).get("id")

    @property
    def published(self) -> str:
        return self.article["published"][:10] if self.article else ""

    @property
    def figures(self) -> dict[str, int]:
        figures: dict[str, int] = {}
        for report in self.reports:
            for name, number in report["quantities"].items():
                figures[name] = max(figures.get(name, 0), number)
        return figures

    @property
    def copy_of(self) -> str | None:
        return next((r["copy_of"] for r in self.reports if r["copy_of"]), None)


def accounts(event: dict, articles: dict[str, dict] | None = None) -> list[Account]:
    """One account per article behind the event, in the order they came; sentences with no report
    (an event stored by an older newsline, or typed by hand with sources) are accounts of their own."""
    articles = articles or {}
    found: dict[str | None, Account] = {}
    for report in reports_of(event):
        key = report["article_id"]
        if key not in found:
            found[key] = Account(outlet_of(report, articles), articles.get(key or ""), [], [])
        found[key].reports.append(report)
    for source in event["sources"]:
        key = source["article_id"]
        if key not in found:
            article = articles.get(key or "")
            name = (article or {}).get("outlet") or (f"article {key[:8]}" if key else "unknown outlet")
            found[key] = Account(name, article, [], [])
        found[key].sources.append(source)
    return list(found.values())


def figures_text(quantities: dict[str, int]) -> str:
    """'drones 320, killed 4'."""
    return ", ".join(f"{name.replace('_', ' ')} {number:,}" for name, number in quantities.items())


def ranges_text(event: dict) -> str:
    """The event's figures, each as the range its outlets give: 'drones 312–320, killed 4–5'."""
    return ", ".join(f"{name.replace('_', ' ')} {low:,}" + (f"–{high:,}" if high != low else "")
                     for name, (low, high) in quantity_ranges(event).items())
