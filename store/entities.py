"""Who, where and how many in one sentence: people, countries, places and counted quantities.

Everything here is grammar and gazetteer: capitalised name sequences with titles stripped, GeoNames
places, "village of X" / "X region" patterns, and numbers (digits or words) next to the nouns they
count. Nothing is keyed to any one article.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from . import gazetteer, model
from .spans import Spans

# A capital, then at least one lower-case letter somewhere in the word. Possessive (*+): the engine
# would otherwise try every split of a long word between the two runs before giving up.
# Latin letters with their accents ("Erdoğan", "António Guterres", "López"): names in news are spelt so.
_LATIN = [chr(c) for c in (*range(0x41, 0x250), *range(0x1E00, 0x1F00))]
_UPPER = "A-Z" + "".join(ch for ch in _LATIN if ch.isupper() and not ch.isascii())
_LOWER = "a-z" + "".join(ch for ch in _LATIN if ch.islower() and not ch.isascii())
_CAP_WORD = rf"[{_UPPER}][{_UPPER}’'\-]*+[{_LOWER}][{_LOWER}{_UPPER}’'\-]*+"
# Arabic names' article joined to the name ("el-Sisi", "al-Burhan"): a capitalised word all the same.
_ARTICLE_WORD = rf"(?:al|el|ad|ar|as|ash|at|az|an)-{_CAP_WORD}"
# Lower-case particles inside a name ("Mohammed bin Salman", "Ursula von der Leyen"), between capitals.
_PARTICLES = r"(?:bin|ibn|bint|van|von|de|da|di|du|dos|das)(?:\s+(?:der|den|la|le))?"
# Capitalised sequences; a lower-to-upper join ("TrumpEast2West") ends the name.
_NAME_SEQ = re.compile(rf"(?<![\w’'-])(?:{_CAP_WORD}|{_ARTICLE_WORD})"
                       rf"(?:\s+(?:{_CAP_WORD}|{_ARTICLE_WORD}|{_PARTICLES}\s+{_CAP_WORD}))*(?![{_LOWER}])")

TITLES = {
    "President", "Vice", "Prime", "Minister", "Foreign", "Defence", "Defense", "Secretary", "General",
    "Gen", "Gen.", "Lieutenant", "Colonel", "Major", "Captain", "Commander", "Commander-in-Chief",
    "Chief", "Chancellor", "King", "Queen", "Prince", "Princess", "Pope", "Senator", "Sen.", "Governor",
    "Mayor", "Mr", "Mrs", "Ms", "Dr", "Mr.", "Mrs.", "Ms.", "Dr.", "Sir", "Dame", "Lord", "Lady",
    "Premier", "Ambassador", "Spokesman", "Spokeswoman", "Spokesperson", "Aide", "Envoy", "Speaker",
    "Admiral", "Marshal", "Sergeant", "Private", "Officer", "Judge", "Justice", "Bishop", "Patriarch",
    "Emir", "Sheikh", "Crown", "Supreme", "Leader", "Deputy", "Head", "Director", "CEO", "Chairman",
    "Coach", "Manager", "Striker", "Midfielder", "Defender", "Goalkeeper", "Former", "Late", "Acting",
    "Interim", "Russian", "Ukrainian", "American", "US", "UK", "Kremlin", "White", "House", "State",
}
LEADING_STOPWORDS = {
    "The", "A", "An", "This", "That", "These", "Those", "In", "On", "At", "But", "And", "Or", "As",
    "Meanwhile", "While", "When", "After", "Before", "Speaking", "According", "Some", "Another",
    "Its", "His", "Her", "Their", "Our", "It", "He", "She", "They", "We", "If", "Since", "Although",
    "Last", "Next", "Earlier", "Later", "Despite", "During", "From", "With", "For", "By", "Of",
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Yesterday", "Today",
    "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
    "November", "December", "Dozens", "Hundreds", "Thousands", "Short", "Fires", "Local", "Senior",
}
# Days and months that end a run of capitalised words without being part of a name ("May" may be one).
_TRAILING_TIME_WORDS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
                        "January", "February", "March", "April", "July", "September", "October", "November",
                        "December"}
NON_PERSON_WORDS = {
    "Ministry", "Army", "Forces", "Force", "Council", "Committee", "Union", "Nations", "Party", "Guard",
    "Command", "Service", "Agency", "Office", "Department", "Parliament", "Congress", "Senate",
    "Court", "Bank", "Fund", "Group", "Company", "Corporation", "Inc", "Ltd", "News", "Times", "Post",
    "Street", "Square", "Station", "Airport", "Base", "Bridge", "Sea", "Ocean", "River", "Mountains",
    "Region", "Oblast", "Province", "District", "City", "Republic", "Kingdom", "States", "League",
    "Cup", "United", "FC", "Club", "University", "Hospital", "School", "Church", "Cathedral", "Palace",
    "Patriot", "Howitzer", "Storm", "Shadow", "Iskander", "Kinzhal", "Western", "Eastern", "Northern",
    "Southern", "Central", "Institute", "Organisation", "Organization", "Alliance", "Nato", "NATO",
    "Telegram", "Facebook", "Social", "Premier", "Championship", "Olympics", "Games", "Day", "Week", "Time",
}
# Titles of sovereigns and clerics whom news names by one name after the title ("King Abdullah", "Pope Leo")
ONE_NAME_TITLES = {"King", "Queen", "Emir", "Pope", "Sultan", "Sheikh", "Ayatollah", "Patriarch"}
# Offices news names a holder by with the surname alone ("President Trump", "Foreign Minister Araghchi")
SURNAME_TITLES = {"President", "Minister", "Chancellor", "Governor", "Senator", "Sen.", "Mayor", "Mr", "Mr.", "Mrs",
                  "Mrs.", "Ms", "Ms.", "Dr", "Dr.", "Secretary", "Ambassador", "Envoy", "Speaker"}
ORGANISATION_WORDS = {
    "Ministry", "Army", "Forces", "Council", "Committee", "Union", "Nations", "Party", "Guard", "Command",
    "Service", "Agency", "Office", "Department", "Parliament", "Congress", "Senate", "Court", "Bank",
    "Fund", "Company", "Corporation", "Institute", "Organisation", "Organization", "Alliance", "Commission",
    "Government", "Cabinet", "Kremlin", "Pentagon", "Navy", "Police",
}
# Single-word organisations and armed groups that news names without an org word ("Hamas said").
ORGANISATIONS = {
    "Hamas", "Hezbollah", "Houthis", "Taliban", "Wagner", "NATO", "Nato", "EU", "UN", "IAEA", "ICC", "WHO",
    "OPEC", "Frontex", "Interpol", "Europol", "Rosatom", "Gazprom", "Naftogaz", "Ukrenergo", "Rosaviatsia",
    "Kremlin", "Pentagon", "Elysee", "Élysée",
}
# "Gaza Strip", "Jordan Valley", "Crimean Peninsula": a name ending in one of these is a place.
GEOGRAPHIC_WORDS = {"Strip", "Valley", "Peninsula", "Heights", "Coast", "Island", "Islands", "Gulf", "Bay",
                    "Desert", "Mountains", "Corridor", "Basin", "Delta"}
# "Bank of England", "Ministry of Defence", "Court of Justice".
_ORG_OF = re.compile(
    r"\b(?:[A-Z][a-z]+\s+)?(?:Bank|Ministry|Department|Council|Court|Commission|Office|Committee|Agency|Institute"
    r"|Union|Fund|Party|Organisation|Organization|League|Federation|Board|Service|Secretary)\s+of\s+(?:the\s+)?"
    r"[A-Z][a-z]+(?:\s+[A-Z][a-z]+)*")
# Divisions larger than a town, by the words countries give them ("Masisi territory", "Bokkos local
# government area", "Kamianskyi raion"): one list, read here and by merging (store/corroborate.py).
LARGE_DIVISIONS = ("region", "oblast", "province", "governorate", "state", "territory", "raion", "prefecture",
                   "municipality", "local government area", "chiefdom", "woreda", "tehsil", "department")
_LARGE = "|".join(word.replace(" ", r"\s+") for word in LARGE_DIVISIONS)
_DIVISION_KIND = rf"{_LARGE}|district|township|neighbou?rhood|quarter"  # the word after a division's name
_REGION = re.compile(rf"\b(?P<name>{_CAP_WORD}(?:[ -]{_CAP_WORD})?)(?P<owner>’s|'s)?\s+"
                     # "Borno State", "Damboa Local Government Area": the kind capitalised as part of the name
                     rf"(?P<kind>(?i:{_DIVISION_KIND}))\b"
                     # "state-owned", "state media": the state as owner or voice, no region
                     r"(?!-|\s+(?:media|television|tv|news|agency|broadcaster|press|run|owned|controlled|department|funeral|visit)\b)")
# "the Indian district of Poonch", "the province of Helmand": a division named after its kind.
_DIVISION_OF = re.compile(rf"\b(?:(?P<first>{_CAP_WORD})\s+)?(?:(?P<demonym>{_CAP_WORD})\s+)?(?P<kind>district|county|neighbou?rhood|quarter|area|{_LARGE})\s+of\s+(?P<name>{_CAP_WORD}(?:[ -]{_CAP_WORD})?)")
# "Furcy, in the commune of Kenscoff", "Bucha, in the district of Kyiv": a locality named with the town or
# division it lies in.
_PART_IN = re.compile(rf"\b(?P<part>{_CAP_WORD}(?:[ -]{_CAP_WORD})?),\s+in\s+the\s+(?:commune|municipality|district"
                      rf"|county|parish|department|province|region)\s+of\s+(?P<town>{_CAP_WORD}(?:[ -]{_CAP_WORD})?)")
# "the Gulf of Oman", "the Strait of Hormuz", "the Sea of Azov": one name, not a place "of" a country.
_FEATURE_OF = re.compile(rf"\b(?:Gulf|Strait|Straits|Sea|Bay|Isle|Lake|Cape)\s+of\s+(?:the\s+)?{_CAP_WORD}(?:\s{_CAP_WORD})?")
# "the Somali capital", "Somalia's capital", "the capital of Somalia": the country's capital city, named
# so to vary the words (an outlet that writes "Mogadishu" reports the same place). Not "capital markets".
_CAPITAL = re.compile(rf"\b(?:the\s+(?P<demonym>{_CAP_WORD})\s+capital|(?P<owner>{_CAP_WORD}(?<=’s|'s))\s+capital"
                      rf"|the\s+capital\s+of\s+(?P<of>{_CAP_WORD}(?:\s{_CAP_WORD})?))\b"
                      r"(?!\s+(?:markets?|gains?|flight|punishment|letters?|spending|investment|expenditure|controls?)\b)")
SMALL_DIVISIONS = {"district", "township", "county", "neighbourhood", "neighborhood", "quarter", "area"}
# "north-eastern Syria", "eastern Ukraine", "south Lebanon": part of a country is a region of it.
COMPASS_PART = r"(?:north|south)(?:[- ]?(?:east|west))?(?:ern)?|(?:east|west|central)(?:ern)?"
_COMPASS = re.compile(rf"\b(?P<part>{COMPASS_PART})\s+(?P<name>{_CAP_WORD}(?:\s{_CAP_WORD})?)(?![’'\w])")
# "Sabiid, a village in Lower Shabelle", "In Balcad, a farming town about 30 kilometres north of …": a
# name the text itself says is a settlement, though no gazetteer lists it.
_APPOSED_SETTLEMENT = re.compile(rf"\b(?P<name>{_CAP_WORD}(?:[ -]{_CAP_WORD})?),\s+(?:(?:an?|another)\s+(?:[\w-]+\s+){{0,2}}?"
                                 r"(?:village|town|city|hamlet|settlement|suburb|township)"
                                 # "in Depayin, the township seat": the chief town of its division
                                 r"|the\s+(?:township|district|provincial|county|regional|state)\s+(?:seat|capital|headquarters))"
                                 # the noun itself, not "Petro Koval, a village elder"
                                 r"(?=\s*[,.;:)]|\s+(?:in|of|on|near|about|some|around|outside|north|south|east|west"
                                 r"|where|that|which|whose|close|just|roughly|nearly|between|along|across)\b)")
# "Nyaung Pin Thar village", "in Depayin town": a name and the settlement noun after it (not "the village
# elder", "the town hall")
_NAMED_SETTLEMENT = re.compile(rf"\b(?P<name>{_CAP_WORD}(?:[ -]{_CAP_WORD}){{0,2}})\s+(?:village|hamlet|town)\b"
                               r"(?!\s+(?:hall|halls|council|councils|centre|center|square|elders?|chiefs?|heads?|leaders?"
                               r"|officials?|administrators?|crier|clerk|planning|planners?|house|houses|meeting)\b)(?!-)")
_PLACE_OF_TOWN = re.compile(rf"\bthe\s+(?P<part>{_CAP_WORD}(?:\s{_CAP_WORD})?)\s+of\s+(?P<town>{_CAP_WORD}(?:[ -]{_CAP_WORD})?)\b")
_TOWNS_PLACE = re.compile(rf"\b(?P<town>[{_UPPER}][{_LOWER}]+(?:[ -][{_UPPER}][{_LOWER}]+)?)(?:’s|'s)\s+(?P<part>{_CAP_WORD}(?:\s{_CAP_WORD})?)\b")
_ATTRIBUTE_OF_SETTLEMENT = re.compile(r"\b(?:the|a|an)\s+$", re.I)
_OF_NAME = re.compile(r"\s+of\s+[A-Z]")
# "on the road south of Chai", "25 km west of Sake": a town others are measured from is a place, listed or not
_MEASURED_FROM = re.compile(rf"\b(?:north|south|east|west)(?:-?(?:east|west))?\s+of\s+(?P<name>{_CAP_WORD}(?:[ -]{_CAP_WORD}){{0,2}})\b"
                            r"(?!\s*(?:’s|'s))")
_CALENDAR_WORD = re.compile(r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May"
                            r"|June|July|August|September|October|November|December)(?:\s.*)?")
_OWNED_DIVISION = re.compile(rf"\s+(?:{_DIVISION_KIND}|area)\b")
_SETTLEMENT = re.compile(rf"\b(?:village|town|city|settlement|hamlet|port|suburb)\s+of\s+(?P<name>{_CAP_WORD}(?:[ -]{_CAP_WORD})?)")
# "in Basra's Hananiyah neighborhood", "in Ukraine's Kharkiv region": the owner may stand between.
_PLACE_PREP = re.compile(r"\b(?:in|into|on|near|over|at|outside|from|around|across|towards?|of|capital)\s++(?:the\s++|a\s++)?"
                         r"(?:[A-Z][\w-]*+(?:’s|'s)\s++)?$")
# "all flights to Cuba", "arms shipments to Ukraine": where what is sent goes is the place of sending it.
_DESTINATION = re.compile(r"\b(?:flights?|shipments?|deliveries|aid|troops|soldiers|forces|weapons|arms|travel|trips?"
                          r"|visits?|deportations?|routes?)\s++to\s++(?:the\s++)?$", re.I)
# "a runner from Kenya", "airlifted from Omsk to Berlin", "missiles fired from Syria": where someone or
# something came from is not where the event happened.
# (Who is "speaking from Denmark" or "wrote from prison" is there: a speaker's place.)
_ORIGIN = re.compile(r"(?<!speaking )(?<!spoke )(?<!speaks )(?<!said )(?<!says )(?<!wrote )(?<!writing )"
                     r"\bfrom\s++(?:(?:across|beyond|inside|over|behind)\s++)?(?:the\s++)?$"
                     # "the rounds had come from a position outside Enerhodar": where the fire came from
                     r"|\bfrom\s++(?:the\s++)?(?:fighting|clashes|battles?)\s++(?:around|near|in|outside)\s++(?:the\s++)?$"
                     # "Militants from the village of Jani Khel attacked a checkpost in Bannu"
                     r"|\bfrom\s++(?:the\s++|a\s++)?(?:village|town|city|district|area|region)\s++of\s++$"
                     r"|\bfrom\s++(?:an?\s++|the\s++|their\s++|its\s++)?(?:[\w-]+\s++)?(?:positions?|bases?|side|territory|areas?)"
                     r"\s++(?:outside|near|in|inside|across|beyond|around)\s++(?:the\s++)?$"
                     # "the tanker was sailing on towards Djibouti": where a ship or convoy is bound, not where
                     # it was hit
                     r"|\b(?:sail(?:s|ed|ing)?|head(?:s|ed|ing)?|steam(?:s|ed|ing)?|bound|en route|diverted"
                     # "a resident who fled to Damaturu", "the wounded were rushed to Maiduguri": where they went
                     r"|fled|escaped|evacuated|rushed|airlifted|moved|relocated)"
                     r"\s++(?:on\s++|back\s++)?(?:to|towards?|for)\s++(?:the\s++|port\s++of\s++)?$", re.I)
_BETWEEN = re.compile(r"\bbetween\s+(?:the\s+)?(?:towns?\s+of\s+|villages?\s+of\s+)?(?:[^,.;:]{1,40}?\s+and\s+(?:the\s+)?)?$",
                      re.I)
_BETWEEN_REACH = 70  # characters looked back: "between" and a first place's name
_REFERENCE_POINT = re.compile(r"(?:\b(?:north|south|east|west)(?:-?(?:east|west))?|\b(?:km|kilometres|kilometers|miles))"
                              r"\s++(?:of|from)\s++(?:the\s++)?$", re.I)
_PREP_REACH = 32  # "towards the " with single spaces (extraction squeezes runs) is 12 characters

NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40,
    "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100,
}
# "struck six locations in Pakistan", "hit several sites across Israel": an attack told as many, each at a place
# of its own
MANY_SITES = re.compile(rf"\b(?:\d+|{'|'.join(NUMBER_WORDS)}|several|multiple|many|dozens of)\s+(?:[\w-]+\s+)?"
                        r"(?:locations|sites|places|targets|cities|towns)\b", re.I)
_NUM = r"(?<![\w.\-])(?<!\bno )(?<!\bNo )(?P<num>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?(?:\s?(?:million|thousand))?|(?:%s)(?:[- ](?:%s))?)" % (
    "|".join(NUMBER_WORDS), "|".join(NUMBER_WORDS))
_ADJ = r"(?:(?:[A-Za-z-]+)\s+){0,2}?"
_ASIDE = r"(?:,\s*including\s+[^,]{1,60},)?"  # "14 people, including three children, were killed"
_QUANTITY_PATTERNS: list[tuple[str, re.Pattern]] = [
    ("missiles_intercepted", re.compile(rf"\b(?:down(?:ed)?|shot down|shoot down|intercept(?:ed)?|destroy(?:ed)?)\s+{_NUM}\s+(?:of|out of)\s+(?:the\s+)?(?P<total>\d[\d,]*|\w+)\s+(?:\w+\s+)?missiles", re.I)),
    ("drones_intercepted", re.compile(rf"\b(?:down(?:ed)?|shot down|shoot down|intercept(?:ed)?|destroy(?:ed)?)\s+{_NUM}\s+(?:of|out of)\s+(?:the\s+)?(?P<total>\d[\d,]*|\w+)\s+(?:\w+\s+)?drones", re.I)),
    ("missiles_intercepted", re.compile(rf"\b{_NUM}\s+(?:of the\s+)?(?:\w+\s+)?missiles\s+(?:were|was|had been)\s+(?:shot down|intercepted|downed|destroyed)", re.I)),
    ("drones_intercepted", re.compile(rf"\b{_NUM}\s+(?:of the\s+)?(?:\w+\s+)?drones\s+(?:were|was|had been)\s+(?:shot down|intercepted|downed|destroyed)", re.I)),
    ("missiles_intercepted", re.compile(rf"\b(?:shot down|shooting down|intercepted|intercepting|downed|destroyed)\s+(?:at least\s+)?{_NUM}\s+(?:\w+\s+)?missiles\b", re.I)),
    ("drones_intercepted", re.compile(rf"\b(?:shot down|shooting down|intercepted|intercepting|downed|destroyed)\s+(?:at least\s+)?{_NUM}\s+(?:\w+\s+)?drones\b", re.I)),
    ("drones", re.compile(rf"\b{_NUM}\s+{_ADJ}drones?\b", re.I)),
    ("missiles", re.compile(rf"\b{_NUM}\s+{_ADJ}missiles?\b", re.I)),
    ("rockets", re.compile(rf"\b{_NUM}\s+{_ADJ}rockets?\b", re.I)),
    ("shells", re.compile(rf"\b{_NUM}\s+{_ADJ}(?:artillery\s+)?shells\b", re.I)),
    ("killed", re.compile(rf"\b{_NUM}\s+(?:{_ADJ}(?:people|persons|civilians|children|soldiers|residents|others|men|women|workers"
                          r"|villagers|farmers|officers|policemen|traders|worshippers|passengers|students|herders|miners"
                          rf"|fishermen|pilgrims))?{_ASIDE}\s*(?:were|was|have been|had been|are)?\s*(?:also\s+)?"
                          r"(?:killed|dead|died|slain)", re.I)),
    ("killed", re.compile(r"\b(?P<num>an?)\s+(?:\d+-year-old\s+)?(?:man|woman|girl|boy|child|person|civilian|resident|soldier)\s+(?:was|has been)\s+killed", re.I)),
    ("killed", re.compile(rf"\b(?:killing|killed|kills)\s+(?:at least\s+)?{_NUM}\b", re.I)),
    ("killed", re.compile(rf"\bdeath toll\s+(?:\w+\s+){{0,3}}(?:to|of|at)\s+{_NUM}\b", re.I)),
    # "the toll from the bomb that went off on Sunday night rose to four", "the number of people killed in
    # Monday's attack has risen to seven", "bringing the toll to eight"
    ("killed", re.compile(rf"\b(?:(?:death )?toll|number of (?:[a-z-]+\s+){0,2}?(?:killed|dead))\b[^.;:]{{0,160}}?"
                          r"\b(?:rose|risen|climbed|jumped|increased|reached|stood at|stands at"
                          rf"|bringing\s+(?:it|the\s+(?:death\s+)?toll))\s+(?:to\s+)?(?:at least\s+)?{_NUM}\b", re.I)),
    ("killed", re.compile(rf"\bbringing\s+the\s+(?:death\s+)?toll\s+to\s+(?:at least\s+)?{_NUM}\b", re.I)),
    ("injured", re.compile(rf"\b{_NUM}\s+(?:{_ADJ}(?:people|persons|civilians|children|soldiers|residents|others|men|women|workers))?{_ASIDE}\s*(?:were|was|have been|had been|are|more|others)?\s*(?:injured|wounded|hurt)", re.I)),
    ("injured", re.compile(r"\b(?P<num>an?)\s+(?:\d+-year-old\s+)?(?:man|woman|girl|boy|child|person|civilian|resident|soldier)\s+(?:was|has been)\s+(?:injured|wounded|hurt)", re.I)),
    ("injured", re.compile(rf"\b(?:injuring|wounding|injured|wounded)\s+(?:at least\s+)?(?:another\s+)?{_NUM}\b", re.I)),
    ("soldiers", re.compile(rf"\b{_NUM}\s+{_ADJ}(?:soldiers|troops|servicemen|fighters)\b", re.I)),
    ("soldiers", re.compile(rf"\b{_NUM}-strong\s+(?:force|army|contingent|group)", re.I)),
]


@dataclass(frozen=True, slots=True)
class Mention:
    """A name found in a sentence: its text, span, and what it is."""
    text: str
    start: int
    end: int
    kind: str            # person, country, nationality, place, region
    canonical: str       # full person name, country name or place name
    timezone: str | None = None
    country: str | None = None  # ISO code of the country a place or country is in


def parse_number(text: str) -> int | None:
    text = text.lower().strip()
    if text in ("a", "an"):
        return 1
    multiplier = 1
    for word, factor in (("million", 1_000_000), ("thousand", 1_000)):
        if text.endswith(word):
            text, multiplier = text[: -len(word)].strip(), factor
    if re.fullmatch(r"\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?", text):
        digits = text.replace(",", "")
        # No count of people or drones has more digits; float() of hundreds of them is infinite.
        if len(digits.split(".")[0]) > len(str(model.MAX_INTEGER)):
            return None
        number = int(float(digits) * multiplier)
        return number if number <= model.MAX_INTEGER else None
    parts = re.split(r"[- ]", text)
    if all(p in NUMBER_WORDS for p in parts):
        if len(parts) == 2 and parts[1] == "hundred":
            return NUMBER_WORDS[parts[0]] * 100 * multiplier
        return sum(NUMBER_WORDS[p] for p in parts) * multiplier
    return None


def quantities(sentence: str) -> dict[str, int]:
    """Numbers attached to what they count; 'dozens' and 'hundreds' are not numbers."""
    found: dict[str, int] = {}
    taken = Spans()
    for name, pattern in _QUANTITY_PATTERNS:
        for match in pattern.finditer(sentence):
            span = match.span("num")
            if taken.overlaps(*span):
                continue
            number = parse_number(match.group("num"))
            if number is None or number == 0:
                continue
            taken.take(*span)
            found[name] = max(found.get(name, 0), number)
            total = match.groupdict().get("total")
            if total and (value := parse_number(total)):
                key = "missiles" if "missiles" in name else "drones"
                found[key] = max(found.get(key, 0), value)
    return found


# A person's name is at most this many words ("Mohammed bin Abdulrahman bin Jassim Al Thani"); a longer
# run of capitals is a headline or junk, not one person (an actor of 48,000 characters, once).
_NAME_WORDS = 8


def without_article(word: str) -> str:
    """"el-Sisi" -> "Sisi": the name without the article joined to it."""
    match = re.match(r"(?:al|el|ad|ar|as|ash|at|az|an)-(?=\w)", word, re.I)
    return word[match.end():] if match else word


def _strip_titles(words: list[str]) -> list[str]:
    first = 0  # an index, not repeated slicing: a run of thousands of titles stays linear
    while first < len(words) and (words[first] in TITLES or words[first] in LEADING_STOPWORDS
                                  or words[first] in gazetteer.DEMONYMS or words[first].rstrip("’'s") in TITLES
                                  or _country_before_title(words, first)):
        first += 1
    return words[first:]


def _country_before_title(words: list[str], at: int) -> bool:
    """"Egypt's President Abdel Fattah el-Sisi": the country whose title it is, not part of the name; "South
    Africa's President", "Saudi Arabia's King" (either word of a country of two)."""
    for first, last in ((at, at), (at - 1, at), (at, at + 1)):
        if first < 0 or last + 1 >= len(words) or words[last + 1] not in TITLES:
            continue
        own = " ".join(words[first:last + 1])
        if first != last and not own.endswith(("’s", "'s")):
            continue
        place = gazetteer.lookup(own.removesuffix("’s").removesuffix("'s"))
        if place is not None and place.kind == "country":
            return True
    return False


# "Wajiroko came under attack", "the town of Kupiansk came under heavy shelling": the name opening the clause
_OPENING_NAME = re.compile(r"(?:^|[,;]\s*)(?:the\s+(?:village|town|city|base|camp)\s+of\s+)?"
                           r"(?P<name>[A-Z][\w’'-]+(?:\s[A-Z][\w’'-]+){0,2})\s+(?:had\s+|has\s+)?$")


def named_before(text: str, at: int) -> Mention | None:
    """The place named as the subject of what the text tells from `at` ("Wajiroko came under attack"),
    though no gazetteer lists it; a country keeps its reading elsewhere (None)."""
    named = _OPENING_NAME.search(text, 0, at)
    if named is None or named.group("name") in LEADING_STOPWORDS:
        return None
    place = gazetteer.lookup(named.group("name"))
    if place is not None and place.kind == "country":
        return None
    return Mention(named.group("name"), named.start("name"), named.end("name"), "place", named.group("name"),
                   place.timezone if place else None, place.country if place else None)


def distinct(names: list[str]) -> list[str]:
    """Each name once, however a sentence capitalised it ("Militants" and "militants"), in order."""
    seen: dict[str, str] = {}
    for name in names:
        seen.setdefault(name.casefold(), name)
    return list(seen.values())


# "Katarko, near Damaturu": a place named with the town outlets know it by, which it does not lie in (another
# outlet's "Katarko, Gujba" names the district it does lie in: one village, store/corroborate.py)
NEAR = "near "


def near_a_town(location: str) -> bool:
    """Whether a stored place is named near a town it does not lie in ("Mubambiro, near Sake")."""
    return f", {NEAR}" in location


def within(part: str, town: str) -> str:
    """A part of a town the gazetteer does not know, named with the town it lies in: "Saltivka district,
    Kharkiv". The place reads as the text gives it, and merging across articles knows one report's
    "Kharkiv" and another's "Saltivka district" for one place, nested (store/corroborate.py:
    place_relation)."""
    return f"{part}, {town}"


# "Gul Mirza Kot village in the Mir Ali area", "Sabiid, a village in Lower Shabelle", "near Baran Sar Kalay
# in Bannu district", "Laghar Kandow in the Sperah district of Khost province", "Laghar Kandow village of
# Khost's Sperah district": where it lies, and what that lies in
_WITHIN_NAME = rf"{_CAP_WORD}(?:[ -]{_CAP_WORD}){{0,3}}"  # "North Waziristan's Mir Ali": four
_WITHIN_KIND = r"(?:\s+(?:area|district|tehsil|township|province|region|state|county|division|governorate))?\b"
# "in the rural area of Morales", "on the outskirts of Goma", "near the town of Sake": what the place is
# part of, or what outlets name it by
_PART_OF = r"(?:the\s+(?:(?:rural|urban)\s+)?(?:area|outskirts|countryside|municipality|commune|town|city)\s+of\s+)"
_LIES_IN = re.compile(rf"\s+(?P<word>in|of|near|outside|(?:on\s+the\s+)?outskirts\s+of)\s+(?:{_PART_OF}|the\s+)?"
                      rf"(?P<town>{_WITHIN_NAME}){_WITHIN_KIND}(?:\s+of\s+(?P<outer>{_WITHIN_NAME}){_WITHIN_KIND})?")
# "Kalo, in Dara district, Kunar province", "Depayin township, Sagaing region": the same told after a comma,
# where only a division's word after the name says it is where the place lies (not "Kalo, Ahmed said")
_DIVISION_NOUN = r"\s+(?:district|tehsil|township|province|region|state|county|division|governorate|territory)\b"
_APPOSED_IN = re.compile(rf",\s+(?:(?:(?P<word>in)\s+)?(?:the\s+)?(?P<town>{_WITHIN_NAME}){_DIVISION_NOUN}"
                         rf"(?:,\s+(?P<outer>{_WITHIN_NAME}){_DIVISION_NOUN})?"
                         # "Mubambiro, near the town of Sake": near it, where another outlet names the town
                         rf"|(?:near|outside|on\s+the\s+outskirts\s+of)\s+(?:{_PART_OF}|the\s+)?(?P<near>{_WITHIN_NAME})\b(?!\s*(?:’s|'s)))")


# ", Pennsylvania", ", Kunar province": what follows a division's name after a comma
_AFTER_COMMA = re.compile(rf",\s+(?:the\s+)?(?P<outer>{_WITHIN_NAME})\b")


def _elsewhere(sentence: str, end: int, town: gazetteer.Place) -> tuple[str, gazetteer.Place] | None:
    """The region or country named after a comma at `end` (its name as written, and the gazetteer's place), when
    it lies in another country than `town`, the gazetteer's place of the name before it."""
    after = _AFTER_COMMA.match(sentence, end)
    outer = gazetteer.lookup(after.group("outer")) if after else None
    if outer is None or outer.kind not in ("region", "state", "country") or outer.country == town.country \
            or not outer.timezone:
        return None
    return after.group("outer"), outer


def lies_in(sentence: str, end: int) -> re.Match[str] | None:
    """What the place named just before `end` lies in, as the sentence says it ("… in Mir Ali", "…, Sagaing
    region")."""
    return _LIES_IN.match(sentence, end) or _APPOSED_IN.match(sentence, end)


_CAPITAL_KIND = re.compile(r"\s+(?:Local Government Area|LGA|State|Province|Region|District|County|Governorate"
                           r"|Tehsil|Township)$")


def _container(lies: re.Match[str]) -> tuple[str, gazetteer.Place | None] | None:
    """What a settlement lies in, as its label will name it: each place named from the nearest out to the
    first the gazetteer knows ("the Sperah district of Khost province" and "Khost's Sperah district" ->
    "Sperah, Khost"; "the Mir Ali tehsil of North Waziristan" -> "Mir Ali, North Waziristan"), with the
    known one's zone. A district is kept: two villages of one name in two districts of one province are two
    places. A country is no container: the settlement keeps the names before it, or its bare name, and takes
    the country's zone."""
    town = lies.group("town") or lies.groupdict().get("near")
    owner = None
    possessive = re.search(r"(?:’s|'s)\s+", town)
    if possessive:  # "Khost's Sperah": Sperah, in Khost
        owner, town = town[:possessive.start()], town[possessive.end():]
    # "Damboa Local Government Area of Borno State": the names, their capitalised kinds left off
    named = [_CAPITAL_KIND.sub("", name) for name in (town, owner, lies.group("outer")) if name]
    if any(not name or name in LEADING_STOPWORDS or name in gazetteer.DEMONYMS or _CALENDAR_WORD.fullmatch(name)
           or name.endswith(("’s", "'s")) for name in named):
        return None  # "in Imran Khan's home district": whose, not where
    path: list[str] = []
    found = [gazetteer.lookup(name) for name in named]
    for at, (name, place) in enumerate(zip(named, found)):
        outer = next((later for later in found[at + 1:] if later is not None), None)
        if place is not None and outer is not None and outer.country != place.country:
            place = None  # "Dara district, Kunar province": not Dara in Senegal, a district of that province
        if place is not None and place.kind == "country":
            return (", ".join(path), place) if path else ("", place)
        path.append(name)
        if place is not None:
            return ", ".join(path), place
    return ", ".join(path), None


def _village(sentence: str, name: str, start: int, end: int) -> Mention:
    """A settlement no gazetteer lists, named with what it lies in when the text says so ("Gul Mirza Kot,
    Mir Ali"): one outlet's village and another's area or district are then one place, nested
    (store/corroborate.py: place_relation)."""
    lies = lies_in(sentence, end)
    found = _container(lies) if lies else None
    if found is None:
        return Mention(name, start, start + len(name), "place", name)
    town, place = found
    label = within(name, f"{NEAR}{town}" if lies.group("word") in ("near", "outside") or lies.groupdict().get("near") else town) \
        if town else name
    return Mention(name, start, start + len(name), "place", label, place.timezone if place else None,
                   place.country if place else None)


_OWNER_BEFORE = re.compile(rf"\b{_CAP_WORD}\s{_CAP_WORD}(?<=’s|'s)\s+$")  # (a capitalised word takes its "'s")
# "near Baran Sar Kalay in …", not "the house of Malik Jan in …" (a person's)
_NEAR_OR_IN = re.compile(r"\b(?:in|near|at|outside|around)\s+(?:the\s+)?$")
# "Artillery fire struck Kimoka, near Sake": what was hit, named with where it lies
_HIT_BEFORE = re.compile(r"\b(?:struck|hit|shelled|bombed|pounded|targeted|attacked|raided|stormed|overran)\s+$")
_IN_A_PLACE = re.compile(r"\b(?:post|checkpost|checkpoint|base|village|town|market|district|camp|station|bar|hotel|church"
                         r"|mosque|school|hospital|clinic)\s+(?:in|near)\s+$")
_ON = re.compile(r"\bon\s+(?:the\s+)?$")  # "on Jinnah Road in Quetta", not "an attack on Imran Khan in Lahore"
_STREET_WORDS = frozenset({"Road", "Street", "Avenue", "Highway", "Boulevard", "Square", "Bridge", "Lane"})
_SETTLEMENT_NAMED = re.compile(r"\b(?:village|town|hamlet|settlement),\s*$")  # "The village, Laghar Kandow in …"


def settlement(sentence: str, name: str, start: int, end: int | None = None) -> Mention:
    """A place no gazetteer lists, named at `start`, with what the text says it lies in after `end` (the
    name's end, or a settlement noun's after it): "Tudun Wada in Gusau" -> "Tudun Wada, Gusau"."""
    return _village(sentence, name, start, end or start + len(name))


def _lying_in_known(sentence: str, name: str, start: int) -> Mention | None:
    """"near Baran Sar Kalay in Bannu district": a name no gazetteer lists, after a place preposition and
    said to lie in a place it does list, is a place there, not a person."""
    lies = lies_in(sentence, start + len(name))
    if lies is None or lies.group("word") not in ("in", None) or not (
            _NEAR_OR_IN.search(sentence, max(0, start - 12), start) or _HIT_BEFORE.search(sentence, max(0, start - 12), start)
            or name.rsplit(" ", 1)[-1] in _STREET_WORDS and _ON.search(sentence, max(0, start - 8), start)
            or _SETTLEMENT_NAMED.search(sentence, max(0, start - 20), start)):
        return None
    found = _container(lies)
    if found is None or found[1] is None:
        return None
    return _village(sentence, name, start, start + len(name))


# Words that end an office's name, never a person's ("External Affairs Minister S. Jaishankar", "Attorney General")
_OFFICE_AT_END = {"Minister", "Secretary", "President", "Chancellor", "Governor", "Mayor", "Ambassador", "Envoy",
                  "Spokesman", "Spokeswoman", "Spokesperson", "Commander", "Director", "Chief", "Premier", "Speaker",
                  "Chairman", "General", "Adviser", "Advisor", "Prosecutor"}
_CAPITAL_BEFORE = re.compile(r"\b([A-Z][\w’'-]*)\s+$")
# "Mr. Rubio", "Mrs Gandhi", "Dr Tedros": an honorific says a person is named
_HONORIFIC = re.compile(rf"\b(?:Mr|Mrs|Ms|Dr|Mister)\.?\s+(?P<name>{_CAP_WORD})(?!\s+[{_UPPER}])")
# "S. Jaishankar", "J. D. Vance": initials and a surname (not "U.S. Army", "D.C. Police": letters of a name)
_INITIALLED = re.compile(rf"(?<![\w.])(?P<name>(?:[{_UPPER}]\.\s+){{1,2}}(?P<surname>{_CAP_WORD}))(?!\s+[{_UPPER}])")


def names(sentence: str, known_people: dict[str, str], known_places: dict[str, Mention] | None = None) -> list[Mention]:
    """People, countries and places named in the sentence, in order.

    known_people maps a surname or first name already seen in the article to the full name, so a
    later "Trump" becomes "Donald Trump" (and "the US president" never becomes an actor at all);
    known_places, a place no gazetteer lists that the article named as one ("the village of Sabiid"),
    so a later bare "Sabiid" is that place, not a person or nothing (`learn_places`).
    """
    known_places = known_places or {}
    found: list[Mention] = []
    taken = Spans()

    def add(mention: Mention) -> None:
        if taken.take(mention.start, mention.end):
            found.append(mention)

    for match in _ORG_OF.finditer(sentence):
        name = re.sub(r"^(?:The|A|An|In|On|At|By|From|But|And)\s+", "", match.group(0))
        if not re.match(r"(?:[A-Z][a-z]+\s+)?Secretary\b", name):  # "United States Secretary of State Antony Blinken"
            start = match.end() - len(name)
            add(Mention(name, start, match.end(), "organisation", name))
    for match in _SETTLEMENT.finditer(sentence):
        if _OWNED_DIVISION.match(sentence, match.end()) or re.search(r"’s|'s", match.group("name")):
            continue  # "Laghar Kandow village of Khost's Sperah district": of the district, no village named
        place = gazetteer.lookup(match.group("name"))
        if place is None:  # "the village of Kan Gyi in Sagaing Region": named with where it lies
            add(_village(sentence, match.group("name"), match.start("name"), match.end("name")))
            continue
        add(Mention(match.group("name"), match.start("name"), match.end("name"), "place",
                    match.group("name"), place.timezone, place.country))
    for match in (*_PLACE_OF_TOWN.finditer(sentence), *_TOWNS_PLACE.finditer(sentence)):
        part, town = gazetteer.lookup(match.group("part")), gazetteer.lookup(match.group("town"))
        if part is not None and town is not None and "country" not in (part.kind, town.kind) \
                and part.name != town.name and not _OWNED_DIVISION.match(sentence, match.end("part")):
            # "the Old City of Jerusalem" (GeoNames lists an "Old City" in Hebron): that part of the town
            label = within(match.group("part"), match.group("town"))
            start, end = min(match.start("part"), match.start("town")), max(match.end("part"), match.end("town"))
            add(Mention(label, start, end, "place", label, town.timezone, town.country))
    for match in _NAMED_SETTLEMENT.finditer(sentence):
        name, start = _without_leading_stopword(match.group("name"), match.start("name"))
        if _ATTRIBUTE_OF_SETTLEMENT.search(sentence, max(0, start - 4), start) and _OF_NAME.match(sentence, match.end()):
            continue  # "the Yazidi town of Khanasor", "the Kurdish city of Erbil": a word saying what the town is
        if name not in LEADING_STOPWORDS and name not in gazetteer.DEMONYMS and name not in known_people \
                and not _CALENDAR_WORD.fullmatch(name):
            place = gazetteer.lookup(name)
            add(_place_mention(name, start, place) if place else _village(sentence, name, start, match.end()))
    for match in _APPOSED_SETTLEMENT.finditer(sentence):
        name, start = _without_leading_stopword(match.group("name"), match.start("name"))
        if name not in LEADING_STOPWORDS and name not in gazetteer.DEMONYMS and name not in known_people:
            place = gazetteer.lookup(name)
            add(_place_mention(name, start, place) if place else _village(sentence, name, start, match.end()))
    for match in _MEASURED_FROM.finditer(sentence):
        name, start = match.group("name"), match.start("name")
        if name not in LEADING_STOPWORDS and name not in gazetteer.DEMONYMS and name not in known_people \
                and not _CALENDAR_WORD.fullmatch(name) and gazetteer.lookup(name) is None:
            add(_village(sentence, name, start, match.end("name")))
    for match in _PART_IN.finditer(sentence):
        part, start, town = match.group("part"), match.start("part"), gazetteer.lookup(match.group("town"))
        part, start = _without_leading_stopword(part, start)  # "In Furcy, in the commune of …"
        if town is not None and town.kind != "country" and gazetteer.lookup(part) is None \
                and part not in LEADING_STOPWORDS:
            label = within(part, match.group("town"))
            add(Mention(label, start, match.end("town"), "place", label, town.timezone, town.country))
    for match in _DIVISION_OF.finditer(sentence):
        name = match.group("name")
        listed = gazetteer.lookup(name)
        if listed is not None and listed.kind == "country":
            continue  # "a region of Ukraine" names no division
        # one name before the kind, or two ("the Tudun Wada neighbourhood of Gusau"), but not "In Saltivka"
        # nor "the Indian district of"
        first, part, start = match.group("first"), match.group("demonym"), match.start("demonym")
        if first and (part is None or first not in gazetteer.DEMONYMS and first not in LEADING_STOPWORDS):
            part, start = (f"{first} {part}" if part else first), match.start("first")
        if part and (match.group("kind") in SMALL_DIVISIONS and listed is not None or listed is None and first) \
                and part not in gazetteer.DEMONYMS and part not in LEADING_STOPWORDS:
            # "the Saltivka district of Kharkiv": that part of the town, and where it lies; "the Mir Ali
            # tehsil of North Waziristan", though no gazetteer lists either
            label = within(f"{part} {match.group('kind')}", name)
            add(Mention(label, start, match.end("name"), "place", label, listed.timezone if listed else None,
                        listed.country if listed else None))
            continue
        place = listed or country_of_demonym(part)
        kind = "place" if match.group("kind") in SMALL_DIVISIONS else "region"
        add(Mention(name, match.start("name"), match.end("name"), kind, name,
                    place.timezone if place else None, place.country if place else None))
    for match in _CAPITAL.finditer(sentence):
        country = country_of_demonym(match.group("demonym")) if match.group("demonym") else \
            gazetteer.lookup(match.group("owner")[:-2] if match.group("owner") else match.group("of"))
        capital = gazetteer.capital_of(country.country) if country and country.kind == "country" else None
        if capital is not None:
            start = match.start("owner") if match.group("owner") else match.start()
            add(Mention(match.group(0), start, match.end(), "place", capital.name, capital.timezone, capital.country))
    for match in _FEATURE_OF.finditer(sentence):
        place = gazetteer.lookup(match.group(0).split()[-1])
        add(Mention(match.group(0), match.start(), match.end(), "region", match.group(0),
                    place.timezone if place else None, place.country if place else None))
    for match in _COMPASS.finditer(sentence):
        place = gazetteer.lookup(match.group("name"))
        if place is not None:
            text = match.group(0)
            add(Mention(text, match.start(), match.end(), "region" if place.kind == "country" else "place",
                        text, place.timezone, place.country))
    for match in _REGION.finditer(sentence):
        name, start = match.group("name"), match.start("name")
        owner = re.match(r"\S+(?:’s|'s)\s+", name)
        if owner:  # "Basra's Hananiyah neighborhood": the neighbourhood, in its owner
            name, start = name[owner.end():], start + owner.end()
        elif " " in name:
            # "North Waziristan's Mir Ali tehsil": an owner of two words before a name of two
            owner = _OWNER_BEFORE.search(sentence, max(0, start - 40), start)
        name, start = _without_leading_stopword(name, start)  # "In Vasylivka district"
        if name in LEADING_STOPWORDS or name in gazetteer.DEMONYMS:
            continue
        if match.group("owner") and match.group("kind").lower() == "state":
            continue  # "Saudi Arabia's state": the country's own, not a state of it
        place = gazetteer.lookup(name)
        if match.group("kind") == "State" and place is None or \
                match.group("kind").lower() == "department" and (place is None or place.kind != "region"):
            continue  # "Borno State", but not "the Islamic State" nor "the Free State" (no place of that name);
            # "Cauca department", but not "the Justice Department" nor "Police Department"
        abroad = _elsewhere(sentence, match.end("kind"), place) \
            if match.group("kind").lower() in SMALL_DIVISIONS and place is not None else None
        if abroad is not None:
            # "Dara district, Kunar province", "Hanover township, Pennsylvania": not the town of that name abroad,
            # a division of the region named after it
            outer_name, outer = abroad
            label = within(f"{name} {match.group('kind')}", outer_name)
            add(Mention(label, start, match.end("kind"), "place", label, outer.timezone, outer.country))
            continue
        if match.group("kind").lower() == "township" and place is not None and place.kind == "city":
            # "Kani township" is named after its chief town, as outlets name the place: the town
            add(_place_mention(name, start, place))
            continue
        # a district is in a town or region
        kind = "place" if match.group("kind").lower() in SMALL_DIVISIONS else "region"
        lies = lies_in(sentence, match.end("kind")) if kind == "place" and place is None else None
        container = _container(lies) if lies is not None else None  # where a division no gazetteer lists lies
        if match.group("kind").lower() == "township" and place is None and not container:
            continue  # a township no gazetteer lists, named alone, ties to no other outlet's place: it would
            # only keep this report from the region's (with where it lies, "Depayin township, Sagaing region", it does)
        label = f"{name} {match.group('kind')}"
        town_name = owner.group(0).rstrip()[:-2] if owner else None  # "Basra's " -> "Basra"
        town = gazetteer.lookup(town_name) if town_name else None
        if kind == "place" and town is not None and town.kind != "country":
            # "Basra's Hananiyah neighborhood": that part of the town, and where it lies (the owner says
            # which town: "Kharkiv's Kyivskyi district", though a town elsewhere is called Kyivskyi)
            label, place = within(label, town_name), town
        elif town_name and town is None and place is None and town_name not in LEADING_STOPWORDS \
                and town_name not in gazetteer.DEMONYMS:
            # "North Waziristan's Mir Ali tehsil": neither listed, so where it lies is all that ties it to
            # another outlet's "North Waziristan"
            label = within(label, town_name)
        elif container is not None and container[0]:
            # "Depayin township, Sagaing region", "Sperah district of Khost province": a district no gazetteer
            # lists, with what it lies in (another outlet's village in it, or its region, is then that place)
            label, place = within(label, container[0]), container[1]
        add(Mention(label, start, match.end("kind"), kind, label,
                    place.timezone if place else None, place.country if place else None))
    for match in _HONORIFIC.finditer(sentence):
        # "Mr. Rubio", "Mr Jaishankar": a person, whatever town shares the name
        name = match.group("name")
        if name not in NON_PERSON_WORDS and name not in LEADING_STOPWORDS and name not in gazetteer.DEMONYMS:
            add(Mention(name, match.start("name"), match.end("name"), "person", known_people.get(name, name)))
    for match in _INITIALLED.finditer(sentence):
        # "S. Jaishankar", "J. D. Vance": a name given with initials
        surname = match.group("surname")
        label = _CAPITAL_BEFORE.search(sentence, max(0, match.start() - 30), match.start())
        if label is not None and label.group(1) not in TITLES:
            continue  # "Plan B. Then", "World War I. The": a label's letter, then the next sentence
        if surname not in NON_PERSON_WORDS and surname not in LEADING_STOPWORDS and surname not in TITLES \
                and surname not in gazetteer.DEMONYMS and gazetteer.lookup(surname) is None:
            name = " ".join(match.group("name").split())
            add(Mention(match.group("name"), match.start("name"), match.end("name"), "person", name))
    for match in _NAME_SEQ.finditer(sentence):
        raw = match.group(0)
        words = raw.split()
        offset = match.start()
        # A whole multi-word place ("Kryvyi Rih", "United States").
        place = gazetteer.lookup(raw[:-2] if raw.endswith(("’s", "'s")) else raw)
        if len(words) > 1 and place:
            add(_place_mention(raw, offset, place))
            continue
        first = 0
        while first < len(words) and words[first] in LEADING_STOPWORDS:
            offset += len(words[first]) + 1
            first += 1
        known = known_places.get(" ".join(words[first:]).removesuffix("’s").removesuffix("'s"))
        if known is not None:
            add(Mention(known.text, offset, offset + len(known.text), "place", known.canonical, known.timezone,
                        known.country))
            continue
        words = words[first:]
        while len(words) > 1 and words[-1] in _TRAILING_TIME_WORDS:
            words = words[:-1]  # "in Basra Saturday": a town, then a day; no person "Basra Saturday"
        if not words:
            continue
        raw = " ".join(words)
        place = gazetteer.lookup(raw)
        if len(words) > 1 and place:
            add(_place_mention(raw, offset, place))
            continue
        if len(words) > 2 and words[0].endswith(("’s", "'s")) and gazetteer.lookup(words[0][:-2]) is not None:
            # "Brazil's Luiz Inácio Lula da Silva": the country's, not a first name of his
            offset = sentence.index(words[1], offset + len(words[0]))
            words = words[1:]
            raw = " ".join(words)
        stripped = _strip_titles(words)
        if len(words) >= 2 and words[-1] in GEOGRAPHIC_WORDS:
            geo = gazetteer.lookup(words[0])
            add(Mention(raw, offset, offset + len(raw), "region", raw, geo.timezone if geo else None,
                        geo.country if geo else None))
            continue
        if len(words) >= 2 and any(w in ORGANISATION_WORDS for w in words):
            add(Mention(raw, offset, offset + len(raw), "organisation", raw))
            continue
        if stripped and stripped[-1] in _OFFICE_AT_END:
            continue  # "Indian External Affairs Minister S. Jaishankar": an office, its holder named after it
        if 2 <= len(stripped) <= _NAME_WORDS and not any(w.strip("’'s") in NON_PERSON_WORDS for w in stripped):
            full = " ".join(w[:-2] if w.endswith(("’s", "'s")) else w for w in stripped)
            start = offset + raw.index(stripped[0])
            if not gazetteer.lookup(stripped[0]) or len(stripped) >= 2 and not gazetteer.lookup(full):
                if any(word[0].islower() for word in full.split()) and _after_preposition(sentence, start):
                    continue  # "near Deir al-Balah", "in Rio de Janeiro": a place the gazetteer lacks, not a person
                placed = _lying_in_known(sentence, full, start) if full == " ".join(stripped) else None
                if placed is None and full == " ".join(stripped) and stripped == words \
                        and _IN_A_PLACE.search(sentence, max(0, start - 12), start) \
                        and not sentence.startswith(("’s", "'s"), start + len(full)):
                    # "a police post in Lakki Marwat": after "in", two capitalised words with no title are a
                    # place the gazetteer lacks ("in Imran Khan's home" is whose)
                    placed = Mention(full, start, start + len(full), "place", full)
                add(placed or Mention(full, start, start + len(" ".join(stripped)), "person", full))
                continue
        if len(stripped) == 1 and len(words) >= 2 and words[-2] in ONE_NAME_TITLES | SURNAME_TITLES \
                and words[-1] == stripped[0] and stripped[0] not in known_people and gazetteer.lookup(stripped[0]) is None \
                and stripped[0] not in NON_PERSON_WORDS and stripped[0] not in LEADING_STOPWORDS \
                and stripped[0] not in gazetteer.DEMONYMS and not _CALENDAR_WORD.fullmatch(stripped[0]):
            # "Jordan's King Abdullah II", "Pope Francis": a sovereign known by one name, named with the title (the
            # regnal number is no part of the name outlets agree on); "President Trump", "Prime Minister
            # Netanyahu": a surname after an office
            start = offset + raw.rindex(stripped[0])
            if words[-2] in ONE_NAME_TITLES:
                full = f"{words[-2]} {stripped[0]}"
                add(Mention(full, start - len(words[-2]) - 1, start + len(stripped[0]), "person", full))
            else:
                add(Mention(stripped[0], start, start + len(stripped[0]), "person", stripped[0]))
            continue
        # Single words: countries, demonyms, places, or a known person's short name.
        position = offset
        whole_is_place: bool | None = None  # looked up once, not once per word
        for word in words:
            start = sentence.index(word, position)
            position = start + len(word)
            base = word[:-2] if word.endswith(("’s", "'s")) else word
            if base in ORGANISATIONS:
                add(Mention(base, start, start + len(base), "organisation", base))
                continue
            if base in known_people:
                add(Mention(base, start, start + len(base), "person", known_people[base]))
                continue
            # "Ukrainians" is a people, "Germany" is no plural of "German"
            demonym = base if base in gazetteer.DEMONYMS else (
                base[:-1] if base.endswith("s") and base[:-1] in gazetteer.DEMONYMS else None)
            if demonym:  # "Russian troops", "Ukrainians have ..."
                add(Mention(base, start, start + len(base), "nationality", gazetteer.DEMONYMS[demonym]))
                continue
            if base in LEADING_STOPWORDS or base in TITLES and base not in ("US", "UK"):
                continue
            place = gazetteer.lookup(base)
            if place and whole_is_place is None:
                whole_is_place = len(words) == 1 or gazetteer.lookup(" ".join(words)) is not None
            if place and whole_is_place:  # 'Vladimir' in 'Vladimir Putin' is a first name, not the city
                add(_place_mention(base, start, place))
            elif place is None and len(words) == 1 and base == word:
                placed = _lying_in_known(sentence, base, start)  # "a base at Wajiroko in Damboa LGA of Borno State"
                if placed is None and _IN_A_PLACE.search(sentence, max(0, start - 12), start) \
                        and not _CALENDAR_WORD.fullmatch(base) and base not in gazetteer.DEMONYMS:
                    # "the police station in Balcad": a place of that kind lies in a place, though no
                    # gazetteer lists it
                    placed = Mention(base, start, start + len(base), "place", base)
                if placed is not None:
                    add(placed)
    # All-caps ledes ("RUSSIA last night blitzed ...").
    for match in re.finditer(r"\b[A-Z]{4,}\b", sentence):
        place = gazetteer.lookup(match.group(0).title())
        if place and place.kind == "country":
            add(_place_mention(match.group(0).title(), match.start(), place))
    for match in re.finditer(r"\b(?:US|UK|U\.S\.|UAE|EU)\b", sentence):
        place = gazetteer.lookup(match.group(0))
        if place:
            add(_place_mention(match.group(0), match.start(), place))
    found.sort(key=lambda m: m.start)
    return [_administered_by(sentence, _with_republic_of(sentence, m)) for m in found]


# "Pakistan-administered Kashmir", "Indian-controlled Kashmir": a disputed land's part, held by the country named
_HELD_BY = r"(?P<who>[A-Z][a-z]+)-(?:administered|controlled)\s+"
_ADMINISTERED = re.compile(rf"\b{_HELD_BY}$")
_ADMINISTERED_NAME = re.compile(rf"{_HELD_BY}(?P<land>[A-Z].*)")


def _administered_by(sentence: str, mention: Mention) -> Mention:
    """The part of a land held by the country the words name: its country and that country's clock (the gazetteer
    knows one "Kashmir", on one side of the line). The name rules read the words as a person's name."""
    if mention.kind == "person" and (whole := _ADMINISTERED_NAME.fullmatch(mention.text)):
        land = gazetteer.lookup(whole["land"])
        if land is None or land.kind == "country":
            return mention
        # a holder that is no country ("Houthi-controlled Hodeidah") leaves the place as the gazetteer knows it
        mention, who = _place_mention(whole["land"], mention.start + whole.start("land"), land), whole["who"]
    else:
        before = _ADMINISTERED.search(sentence, max(0, mention.start - 30), mention.start) \
            if mention.kind in ("place", "region") else None
        if before is None:
            return mention
        who = before["who"]
    holder = country_named(who)
    if holder is None:
        return mention
    # its name with its holder, one spelling whatever the outlet wrote ("Pakistani-controlled Kashmir" is
    # "Pakistan-administered Kashmir"): the two sides' parts are two places
    return replace(mention, timezone=holder.timezone, country=holder.country,
                   canonical=f"{holder.name}-administered {mention.canonical}")


# "the Republic of Congo", "the Democratic Republic of the Congo": the state the whole name names, not the one
# its last word alone names ("Congo" is the Democratic Republic)
_REPUBLIC_OF = re.compile(r"(?:Democratic\s+)?Republic\s+of\s+(?:the\s+)?$")


def _with_republic_of(sentence: str, mention: Mention) -> Mention:
    before = _REPUBLIC_OF.search(sentence, max(0, mention.start - 40), mention.start) if mention.kind == "country" else None
    if before is None:
        return mention
    whole = sentence[before.start():mention.end]
    place = gazetteer.lookup(re.sub(r"\s+", " ", whole))
    if place is None or place.kind != "country":
        return mention
    return _place_mention(whole, before.start(), place)


def learn_places(mentions: list[Mention], known: dict[str, Mention]) -> None:
    """Places the article named as places that no gazetteer lists ("the village of Sabiid"), by the
    words that named them, for `names` to know them again later in the article."""
    for mention in mentions:
        if mention.kind == "place" and mention.timezone is None and mention.text == mention.canonical \
                and gazetteer.lookup(mention.text) is None:
            known.setdefault(mention.text, mention)


def _without_leading_stopword(name: str, start: int) -> tuple[str, int]:
    """A name a pattern took with the sentence's first word ("In Vasylivka"), without that word, and where
    it then starts."""
    first, _, rest = name.partition(" ")
    return (rest, start + len(first) + 1) if rest and first in LEADING_STOPWORDS else (name, start)


def country_named(word: str) -> gazetteer.Place | None:
    """The country a word names, as its people ("Indian") or by its name ("Pakistan")."""
    place = country_of_demonym(word) or gazetteer.lookup(word)
    return place if place is not None and place.kind == "country" else None


def country_of_demonym(word: str | None) -> gazetteer.Place | None:
    """'Indian' in "the Indian district of Poonch": the country, for the zone of a place it holds."""
    country = gazetteer.DEMONYMS.get(word or "")
    return gazetteer.lookup(country) if country else None


def _place_mention(text: str, start: int, place: gazetteer.Place) -> Mention:
    kind = {"country": "country", "region": "region"}.get(place.kind, "place")
    canonical = place.name if place.kind == "country" else text
    return Mention(text, start, start + len(text), kind, canonical, place.timezone, place.country)


_ATTRIBUTIVE = re.compile(  # used with match(text, pos): anchored where the name ends
    r"(?:’s|'s)?\s*+(?:president|leader|officials?|decision|government|military|army|forces|troops|intelligence"
    r"|envoy|ambassador|ministers?|ministry|aide|administration|embassy|authorities|side|delegation|negotiators?"
    r"|air force|air defen[cs]es?|navy|general staff|defen[cs]e ministry|foreign ministry|emergency service)\b", re.I)


# "UK-based retailer", "the Yemen-based Houthi movement": where someone has a seat, not where it happened.
_BASED = re.compile(r"[-–]based\b")
# "carriers based in Dubai and Abu Dhabi": where someone has a seat, however many towns are listed
_BASED_IN = re.compile(r"\bbased\s+in\s+(?:[A-Z][\w’'-]*,?\s+){0,3}?(?:(?:and|or)\s+)?$")
# "told reporters in Rawalpindi", "Speaking to reporters in Geneva", "said at a news conference in Kyiv": where someone
# speaks from; the place of their statement, not of what they tell
_SPEAKS_FROM = re.compile(r"\b(?i:told\s+(?:reporters|journalists|a\s+news\s+conference|a\s+press\s+conference)"
                          r"|speaking(?:\s+to\s+(?:reporters|journalists))?|(?:at|during)\s+a\s+(?:news|press)\s+(?:conference"
                          r"|briefing))\s+in\s+$")
_SEAT_REACH = 48
# "sites in Pakistan that New Delhi said were used by militants", "officials in Kyiv said": a capital speaking for its
# government, or where the tellers are; not where it happened (a country that speaks, "Ukraine said its drones hit",
# is who acted: its name stays)
_SPEAKING_AFTER = re.compile(r"\s+(?:has\s+|had\s+|have\s+)?(?:said|says|claimed|claims|denied|denies|accused|insisted"
                             r"|warned|announced|confirmed)\b")
# "all flights to Cuba, with the exception of flights to Havana": a place excepted is where it did not happen.
_EXCEPTED = re.compile(r"\b(?:with the exception of|except(?: for)?|excluding|other than|apart from)\b[^,;:.]*$", re.I)
_EXCEPT_REACH = 80
# "President Hassan Rouhani of Iran", "the President of Ukraine": whose office, not where.
_OF_BEFORE = re.compile(r"(?P<word>[\w.’'-]+)\s+of\s+(?:the\s+)?$")


_PART_OF = re.compile(r"\b(?:neighbou?rhoods?|distri[ck]ts?|quarters?|suburbs?|outskirts|parts?|areas?)\s+of\s+(?:the\s+)?$", re.I)


def part_of(sentence: str, place: Mention) -> bool:
    """'a neighbourhood of Aleppo': the sentence places something in an unnamed part of the place."""
    return _PART_OF.search(sentence, max(0, place.start - _PREP_REACH), place.start) is not None


# "news agency Fars reported", "Al Jazeera TV": a name given to an outlet is the outlet's.
_OUTLET_BEFORE = re.compile(r"\b(?:agency|newspaper|broadcaster|channel|network|daily|outlet|website)\s+$", re.I)
_OUTLET_AFTER = re.compile(r"\s+(?:News\b|[Nn]ews [Aa]gency\b|Agency\b|TV\b|Television\b|[Nn]ewspaper\b)")


# "early on Wednesday Hong Kong time", "(11:30 p.m. Wednesday in New York)": where a clock is read, for a reader
# elsewhere; not where it happened
_ZONE_AFTER = re.compile(r"\s+(?:[Ss]tandard\s+|[Dd]aylight\s+|[Ss]ummer\s+)?[Tt]ime\b")
_CLOCK_ELSEWHERE = re.compile(r"\(\s*(?:about\s+|around\s+)?\d{1,2}(?::\d{2})?\s*(?:[ap]\.?m\.?|GMT|UTC)?"
                              r"[^()]{0,30}?\s+in\s+(?:the\s+)?$", re.I)
_CLOCK_REACH = 48
# "shortly after 1 p.m. in Washington, 8 p.m. in Sanaa", "at 2 a.m., 7 p.m. Wednesday in Washington": two clocks
# of one moment, each where it is read
_CLOCK_IN_WORDS = (r"\d(?::\d\d)?\s*(?:[ap]\.?m\.?)?\s+(?:(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday"
                   r"|Saturday|Sunday)\s+)?in\s+")
_CLOCK_IN_BEFORE = re.compile(_CLOCK_IN_WORDS + "$", re.I)  # ending where a name begins
_A_CLOCK = re.compile(r"\b\d{1,2}(?::\d\d)?\s*[ap]\.?m\b|\b\d{4}\s*(?:GMT|UTC)\b", re.I)
# "It was 4:50 p.m. in Washington when the first missiles hit": the reader's clock, told for the moment
_IT_WAS_CLOCK = re.compile(r"\b(?:it|this)\s+was\s+(?:about\s+|around\s+|just\s+)?(?:after\s+|before\s+)?"
                           + _CLOCK_IN_WORDS + "$", re.I)


def _tellers_town(sentence: str, start: int, end: int) -> bool:
    """A town (or a name no gazetteer lists) right before a speech verb: "that New Delhi said", "officials in Kyiv
    said". A country that speaks ("Ukraine said its drones hit") is who acted, and keeps its name."""
    if _SPEAKING_AFTER.match(sentence, end) is None:
        return False
    place = gazetteer.lookup(sentence[start:end])
    return place is None or place.kind != "country"


def _town_speaking(sentence: str, start: int, end: int) -> bool:
    """A place that speaks is none: a town as the subject of a speech verb ("that New Delhi said", "Khartoum denied"),
    its government; a name no gazetteer lists, someone the name rules took for a village. Not "officials in Kyiv
    said": where the tellers are, which may be the only place named (`location`)."""
    return not _after_preposition(sentence, start) and _tellers_town(sentence, start, end)


def set_aside(sentence: str, start: int, end: int, said: bool = False) -> bool:
    """A place the sentence names as not where it happened: excepted ("except flights to Havana"),
    someone's seat ("UK-based", "based in Dubai"), where they speak from ("told reporters in Rawalpindi"; unless it
    is the place of the saying itself, `said`), the name of a news outlet ("the news agency Fars"), or where a clock
    is read ("Hong Kong time", "(11:30 p.m. Wednesday in New York)")."""
    return (_BASED.match(sentence, end) is not None
            or _BASED_IN.search(sentence, max(0, start - _SEAT_REACH), start) is not None
            or _town_speaking(sentence, start, end)
            or not said and _SPEAKS_FROM.search(sentence, max(0, start - _SEAT_REACH), start) is not None
            or sentence[start:end] in ("GMT", "UTC")  # "at about 19:30 GMT": no place
            or _ZONE_AFTER.match(sentence, end) is not None
            or _CLOCK_IN_BEFORE.search(sentence, max(0, start - 30), start) is not None
            and (sum(1 for _ in _A_CLOCK.finditer(sentence)) >= 2
                 or _IT_WAS_CLOCK.search(sentence, max(0, start - 48), start) is not None)
            or _CLOCK_ELSEWHERE.search(sentence, max(0, start - _CLOCK_REACH), start) is not None
            or _OUTLET_AFTER.match(sentence, end) is not None
            or _OUTLET_BEFORE.search(sentence, max(0, start - _PREP_REACH), start) is not None
            or _EXCEPTED.search(sentence, max(0, start - _EXCEPT_REACH), start) is not None)


def _owner_of(sentence: str, start: int, mentions: list[Mention]) -> bool:
    before = _OF_BEFORE.search(sentence, max(0, start - _PREP_REACH), start)
    if before is None:
        return False
    word = before.group("word")
    return word in TITLES or any(m.kind == "person" and m.end == before.end("word") for m in mentions)


_TELLER_BEFORE = re.compile(r"\baccording\s+to\s[^,.;:\"“”]*$", re.I)
_TELLER_REACH = 80


def where_the_teller_is(sentence: str, start: int, end: int | None = None) -> bool:
    """Whether the place at `start` is named inside "according to …": where the teller is ("according to a
    doctor at a hospital in Goma"), not where what they tell happened; or, given where it ends, the town the
    tellers are in ("officials in Kyiv said")."""
    return _TELLER_BEFORE.search(sentence, max(0, start - _TELLER_REACH), start) is not None or (
        end is not None and _tellers_town(sentence, start, end))


def location(sentence: str, mentions: list[Mention], *, need_preposition: bool = False,
             said: bool = False) -> Mention | None:
    """Where the sentence's event happened: the most specific place, preferring one after 'in/near/..'.

    A country used as an attribute ("the US president", "Ukraine's military intelligence") is not a place.
    """
    candidates = [m for m in mentions if m.kind in ("place", "region", "country")
                  and not (m.kind == "country" and (_ATTRIBUTIVE.match(sentence, m.end)
                                                    or _owner_of(sentence, m.start, mentions)))
                  and not _ORIGIN.search(sentence, max(0, m.start - _PREP_REACH), m.start)
                  and not _ATTACKERS_WEAPON.match(sentence, m.end)
                  and not set_aside(sentence, m.start, m.end, said)]
    # "The village, Shin Kot in the Arghistan district of Kandahar province": where the village lies is
    # named in its label already, and is not where it happened (nor is it when the village is what was
    # stormed, with no preposition before it)
    holding = [range(m.end, lies.end()) for m in candidates if m.canonical != m.text and (
        lies := lies_in(sentence, m.end + _settlement_noun_after(sentence, m.end))) is not None]
    held = [m for m in candidates if any(m.start in span for span in holding)]
    if len(held) < len(candidates):
        candidates = [m for m in candidates if m not in held]
    if need_preposition:
        candidates = [m for m in candidates if _after_preposition(sentence, m.start)]
    # "In Bucha, a town 30 kilometres north of Kyiv, …": a place others are measured from is not where it
    # happened, when the sentence names another (alone, "a village north of Kyiv" is as near as it says).
    measured = [m for m in candidates if not _REFERENCE_POINT.search(sentence, max(0, m.start - _PREP_REACH), m.start)]
    candidates = measured or candidates
    # "struck a car on the road between Sinuni and Khanasor": a stretch between two places is in neither
    candidates = [m for m in candidates if not _BETWEEN.search(sentence, max(0, m.start - _BETWEEN_REACH), m.start)]
    # "…killed four soldiers, according to a doctor at a hospital in Goma that received the bodies": where the
    # teller is, when the sentence names another place for what they tell
    # (a place the event is said to be in: "Rebels backed by Rwanda shelled a market …, according to residents in
    # Goma" names the backer, not another place, and is Goma's)
    untold = [m for m in candidates if not where_the_teller_is(sentence, m.start)]
    if any(_after_preposition(sentence, m.start) for m in untold):
        candidates = untold
    # "…hit the market, officials in Kyiv said": where the tellers are, whenever another place is named
    candidates = [m for m in candidates if not _tellers_town(sentence, m.start, m.end)] or candidates
    if not candidates:
        return None
    rank = {"place": 0, "region": 1, "country": 2}

    def score(m: Mention) -> tuple[int, int, int, int]:
        # "Kyiv's military chief" names an owner, not where it happened.
        possessive = sentence[m.end: m.end + 2] in ("’s", "'s") and m.kind != "region"
        return (possessive, rank[m.kind], 0 if _after_preposition(sentence, m.start) else 1, m.start)

    best = min(candidates, key=score)
    for other in candidates:
        if country_and_its_part(sentence, other, best):
            return other
    # "the Sumy and Kharkiv frontiers": two places joined by "and" are one location.
    for other in candidates:
        if other is not best and other.kind == best.kind and best.end < other.start <= best.end + 16:
            between = sentence[best.end: other.start]
            if between.strip() == "and":
                return Mention(f"{best.canonical} and {other.canonical}", best.start, other.end,
                               best.kind, f"{best.canonical} and {other.canonical}", best.timezone,
                               best.country)
    return best


_AND_ITS_PART = re.compile(rf"\s+and\s+(?:{_HELD_BY})?")


def country_and_its_part(sentence: str, country: Mention, part: Mention) -> bool:
    """"in Pakistan and Pakistan-administered Kashmir": a country and a part it holds, named together; what happened
    in both happened in the country."""
    return country.kind == "country" and part.kind != "country" and country.country == part.country \
        and _AND_ITS_PART.fullmatch(sentence, country.end, part.start) is not None


# "hit by a US strike", "killed in an Israeli air raid": the country whose attack it was, named before the attack
_ATTACKERS_WEAPON = re.compile(r"\s+(?:air\s?)?(?:strikes?|airstrikes?|raids?|drones?|missiles?|jets|warplanes|bombers)\b")


def _settlement_noun_after(sentence: str, end: int) -> int:
    """The length of " village" after a name ("Katarko village in Gujba"), else 0."""
    noun = re.match(r"\s+(?:village|hamlet|town)\b", sentence[end:end + 10])
    return noun.end() if noun else 0


def _after_preposition(sentence: str, start: int) -> bool:
    """'in Kyiv', 'near the village of': only the few characters before the name are searched, not
    the whole sentence again for every name in it."""
    return (_PLACE_PREP.search(sentence, max(0, start - _PREP_REACH), start) is not None
            or _DESTINATION.search(sentence, max(0, start - _PREP_REACH), start) is not None)


def organisation_after_according_to(sentence: str) -> str | None:
    """'according to Ukraine's military intelligence' -> that source, when it is not a person."""
    match = re.search(r"according to\s+((?:the\s+)?(?:[A-Z][\w’'-]*\s+){0,3}[\w’'\s-]{0,40}?)(?=[,.;]|$)", sentence)
    if not match:
        return None
    source = match.group(1).strip()
    if source.lower().startswith(("the us president", "the president", "him", "her", "them")):
        return None
    if not re.search(r"[A-Z]", source) or len(source.split()) > 6:
        return None
    return source[0].upper() + source[1:]


# "the Rapid Support Forces (RSF)": a long name, then its letters in brackets.
# Each word starts where a word starts: inside a long run of letters the search would otherwise start
# again at every capital and read the rest of the run each time (quadratic in the run).
_DEFINED_ABBREVIATION = re.compile(r"((?:(?<![\w’'-])[A-Z][\w’'-]*+\s++(?:(?:of|for|and|the|de|du|des)\s++)*+){2,8})"
                                   r"\(([A-Z]{2,6})\)")
_JOINING_WORDS = {"of", "for", "and", "the", "de", "du", "des"}


HELD_TITLES = ("President", "Prime Minister", "Governor", "Chancellor", "King", "Pope")  # one holder per country
_TITLED = re.compile(rf"\b({'|'.join(HELD_TITLES)})\s+((?:[A-Z][\w’'-]+\s+){{0,3}}[A-Z][\w’'-]*[a-z])\b")


def titled_people(text: str, home_only: bool = False) -> dict[str, str]:
    """The one person an article names with each title, by the title as a speaker is called ("president",
    "the president"): "President Gustavo Petro" gives {"president": "Gustavo Petro"}, so a later "the president
    had written on X" is Petro's. When several hold it, the one named without a country is meant ("Ecuador's
    President Daniel Noboa" is another country's); two such, or a former holder named, and it names no one.
    `home_only`: only the one named without a country, however many hold the title."""
    found: dict[str, set[str]] = {}   # title -> every holder named
    home: dict[str, set[str]] = {}    # title -> the holders named without a country
    for match in _TITLED.finditer(text):
        before = text[max(0, match.start() - 30):match.start()].split()
        owner = before[-1] if before else ""
        found.setdefault(match.group(1).lower(), set()).add(match.group(2))
        if not (owner.endswith(("'s", "’s")) or owner in gazetteer.DEMONYMS or owner in ("US", "U.S.", "UK")
                or owner[:1].isupper() and (listed := gazetteer.lookup(owner)) is not None and listed.kind == "country"):
            home.setdefault(match.group(1).lower(), set()).add(match.group(2))
    for title, names in list(found.items()):
        if re.search(rf"\b(?:former|ex-)\s*{title}\b", text, re.I):
            del found[title]  # "the former president said": which president is not sure
        elif len(names) > 1 or home_only:
            # "Ecuador's President Daniel Noboa", "US President …" beside "President Gustavo Petro": the one
            # named without a country is the article's own
            found[title] = home.get(title, set())
    people = {title: next(iter(names)) for title, names in found.items() if len(names) == 1}
    return {key: name for title, name in people.items() for key in (title, f"the {title}")}


def abbreviations(text: str) -> dict[str, str]:
    """Short forms an article defines, to their long names: "the Rapid Support Forces (RSF)" gives
    {"RSF": "Rapid Support Forces"}, so a later "the RSF said" is the same speaker. Only when the
    letters are the initials of the name's last capitalised words: "(AP)" after a sentence is a credit."""
    found: dict[str, str] = {}
    for match in _DEFINED_ABBREVIATION.finditer(text):
        short = match.group(2)
        words = match.group(1).split()
        capitals = [i for i, word in enumerate(words) if word not in _JOINING_WORDS]
        if len(capitals) < len(short):
            continue
        first = capitals[-len(short)]
        if "".join(words[i][0] for i in capitals[-len(short):]) != short:
            continue
        found.setdefault(short, " ".join(words[first:]))
    return found
