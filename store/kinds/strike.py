"""Strikes: an attack word with a weapon (drone, missile, rocket, artillery, air strike, barrage) or armed
forces as its subject, and what the parse shows (a weapon doing something, an attack given its own
date). Sentences about the aftermath (killed, injured, intercepted) join the strike they follow; strikes
at different places, at non-overlapping times, by different attackers or introduced by "another" stay
apart. The attacker comes from "launched by", "blamed on", the subject that fired, else the country
most named as attacking; never the place hit."""

from __future__ import annotations

import re
from collections import Counter

from .. import clauses, entities, gazetteer, lexicon
from ..drafts import DETAIL_REACH, PLACE_RANK, Cue, Draft, more_specific, village_in_region
from ..entities import Mention
from ..folding import cue_window, times_agree
from ..timeattach import SEQUENCE
from ..reading import DATELINE, TELLER_AT_END, TRAILING_TELLER, SentenceReading, canonical, countries, prefer_parsed_place
from .detector import Article, Detector

_WORD = re.compile(
    r"\b(?:air[\s-]?strikes?|airstrikes?|strikes?|struck|attacks?|attacked|barrage|blitz(?:ed)?|pound(?:ed|ing)"
    r"|bombard(?:ed|ment)|shell(?:ed|ing)|bombed|bombing|hit|raids?|explosions?|launched|fired"
    # what a weapon does where it lands: "mortar shells slammed into a residential area"
    r"|(?:slammed|crashed|smashed|tore|ripped|ploughed|plowed)\s+(?:into|through)|rained\s+(?:down\s+)?on"
    # what a bomber does with a vehicle: "rammed an explosives-laden motorcycle into a police van"
    r"|rammed\s+(?:[\w-]+\s+){0,3}?into|blew\s+(?:himself|herself|themselves)\s+up|detonated"
    # what a drone or an aircraft lets fall: "a drone dropped explosives on a bus"
    r"|dropp(?:ed|ing)\s+(?:\w+\s+){0,2}?(?:explosives|grenades?|munitions|bombs?|shells|rounds|mortars?))\b", re.I)
_WEAPON = re.compile(r"\b(?:drones?|quadcopters?|missiles?|rockets?|artillery|shells|shelling|bombs?|suicide bombers?|ballistic|air[\s-]?strikes?|airstrikes?|barrage|blitz(?:ed)?|bombard\w*|glide bombs?|mortars?"
                     # from the air, though no weapon is named: "Monday night's air raid on the school"
                     # (not "air raid sirens", "an air raid drill", "the air raid shelter")
                     r"|air[\s-]?raids?(?!\s+(?:sirens?|drills?|alerts?|alarms?|warnings?|shelters?|exercises?))"
                     r"|air attacks?|aerial (?:attacks?|bombardment|bombing)"
                     # a bomber's: "Tuesday's suicide attack on a police van", "an explosives-laden motorcycle"
                     r"|suicide (?:attacks?|bombings?|blasts?)|explosives-laden|(?:laden|packed) with explosives|IEDs?"
                     r"|improvised explosive devices?"
                     # "a female suicide bomber detonated explosives at the motor park"
                     r"|(?<=detonated )explosives|(?<=detonated an )explosive|(?<=set off )explosives"
                     r")\b", re.I)
# What armed men do on the ground: "fighters stormed the base", "gunmen opened fire"
_GROUND_DEED = re.compile(r"\b(?:stormed|overran|raided|ambushed|opened fire|gunmen|insurgents|militants|fighters)\b", re.I)
_TARGETS = '|'.join(sorted(lexicon.TARGET_NOUNS))  # what strikes hit: "a house", "a radar site"
# "Ukrainian forces struck a Russian air base": an armed force as the subject of an attack verb.
# ("bombers" in lower case: "The Blue Bombers struck twice in the fourth quarter" is a team)
_FORCES = re.compile(r"\b(?:forces|troops|army|military|air force|navy|warplanes?|jets?|(?-i:bombers))\s+(?:have\s+|had\s+)?"
                     r"(?:struck|attacked|hit|bombed|shelled|raided|targeted|pounded)\b"
                     # "Israeli strikes hit a military base near Hama": strikes hitting a target
                     rf"|\b(?:air\s?)?strikes\s+(?:have\s+|had\s+)?(?:hit|struck|targeted|destroyed)\s+(?:an?\s+|the\s+)?"
                     rf"(?:[\w-]+\s+){{0,2}}?(?:{_TARGETS})s?\b", re.I)
# "Russian strikes hit Kyiv", "US strikes hit Sanaa": a people's strikes hitting a town (not "French strikes hit Paris,
# halting trains": workers')
_PEOPLES_STRIKES = re.compile(r"\b(?:[A-Z][\w.]*\s+)(?:air\s?)?strikes\s+(?:have\s+|had\s+)?(?:hit|struck|pounded)\s+[A-Z]")
_LABOUR = re.compile(r"\b(?:unions?|workers|walkouts?|wages|pay|pensions?|halting|disrupt\w*|stoppages?)\b", re.I)
# "The airport was hit by a US strike on Monday", "were struck by Israeli strikes": a people's strike hitting
# what is named first ("production was hit by a strike at the plant" names no people: workers')
_HIT_BY_STRIKE = re.compile(r"\b(?:(?:was|were|been|being)\s+(?:\w+ly\s+)?(?:hit|struck|targeted|destroyed|damaged)\s+by"
                            # "Two people were killed in a Russian strike on Kharkiv"
                            r"|(?:killed|wounded|injured)\s+in)\s+(?:an?\s+|the\s+)?(?:[A-Z][\w.-]*\s+){1,2}(?:air\s?)?strikes?\b")
_UNARMED_STRIKE = re.compile(r"\bstrikes?\b", re.I)  # the word alone, which workers' strikes share
_KILLING = re.compile(r"\b(?:kill\w*|dead|died|wound\w*|injur\w*)\b", re.I)
# "A strike hit a house in Khanasor on Tuesday night, killing five": one strike hitting a target, with its dead (a
# strike by dock workers hits a port too; "the strike hit the building" tells the one told before)
_A_STRIKE_HIT = re.compile(rf"\b(?:a|an)\s+(?:[\w-]+\s+)?(?:air\s?)?strike\s+(?:has\s+)?(?:hit|struck|destroyed)\s+"
                           rf"(?:an?\s+|the\s+)?(?:[\w-]+\s+){{0,2}}?(?:{_TARGETS})s?\b"
                           # (a stop inside "9 p.m. on Monday" ends no sentence)
                           r"(?:[^.;]|\.(?=[\w,]|\s+[a-z0-9]))*?\b(?:killing|killed|wounding|wounded|injuring|injured)\b", re.I)
# Military aircraft that carry out strikes ("warplanes carried out 30 strikes on the port"); aircraft
# alone are no weapon: jets scrambled during an attack, or a plane that hit turbulence, strike nothing.
_AIRCRAFT_NOUNS = r"\b(?:warplanes?|(?:fighter )?jets?|bombers|gunships?|helicopters?|(?:combat|military) aircraft)\s+(?:have\s+|had\s+)?"
_AIRCRAFT = re.compile(_AIRCRAFT_NOUNS + r"(?:carried out|conducted|launched)\b", re.I)
# What military aircraft do to a target is an attack from the air: "jets destroyed a base".
# Lower case only: "The Jets destroyed the Patriots" is a score.
# "a helicopter gunship killed nine of them", "a gunship that fired on their positions": what it did
_AIRCRAFT_HIT = re.compile(_AIRCRAFT_NOUNS + r"(?:(?:that|which)\s+)?(?:destroyed|flattened|levelled|leveled|killed"
                           r"|fired\s+(?:on|at|rockets|missiles))\b")
# Someone denying the attack the sentence tells: that report of it is disputed, not a corroboration.
_DENIED = re.compile(r"\b(?:denied|denies|deny|denying)\s+(?:(?:any|all)\s+)?(?:carrying out|launching|conducting"
                     r"|firing|responsibility|involvement|(?:any|a) role|(?:that|it|they)\b)"
                     # "rejected claims that its forces had shelled the town"
                     # "reports of a drone strike on the city were false, the governor said"
                     r"|\breports?\s+of\b[^.;:]{0,60}?\b(?:were|was|are|is)\s+(?:false|untrue|baseless|unfounded|fake)\b"
                     rf"|\b(?:{lexicon.DENIAL_VERBS})\b[^.;:]{{0,40}}"
                     r"\b(?:claims?|accusations?|allegations?|reports?)\s+that\b", re.I)
_NOT_A_STRIKE = re.compile(r"\bstrike (?:a|the) (?:deal|balance|chord|pose)|\b(?:hunger|general|labou?r|rail|transit|lightning"
                           r"|(?:\d+|one|two|three|four)-(?:hour|day|week)) strikes?\b|\bon strike\b|\bstrike action\b|\bheart attack\b|\bpanic attack\b|\bcyber", re.I)
# "Idlib has been bombarded with growing intensity for weeks", "the town has been shelled almost daily since
# October": a campaign told as background, no one attack (unless the sentence gives a day of its own)
_CAMPAIGN = re.compile(r"\b(?:has|have)\s+(?:been\s+)?(?:\w+ly\s+)?\w+(?:ed|en)\b[^.;]*?"
                       r"\b(?:for\s+(?:the\s+(?:past|last)\s+)?(?:\w+\s+)?(?:days|weeks|months|years)"
                       r"|since\s+(?:January|February|March|April|May|June|July|August|September|October|November"
                       r"|December|(?:19|20)\d\d|the\s+start)|(?:almost|nearly)\s+(?:daily|every\s+(?:day|night))"
                       r"|with\s+(?:growing|increasing|mounting)\s+intensity)\b", re.I)
_A_DAY_OF_ITS_OWN = re.compile(r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today|tonight"
                               r"|overnight|last\s+night)\b", re.I)


# "…, Russian officials in Moscow said": a nation's officials in its capital speak from there
_NATIONALS = re.compile(r"\b([A-Z][a-z]+)\s+(?:officials|authorities|government\s+officials)\b")


def _nationals_speaking(teller: str) -> bool:
    return any(word in gazetteer.DEMONYMS for word in _NATIONALS.findall(teller))


def _campaign(text: str) -> bool:
    return _CAMPAIGN.search(text) is not None and _A_DAY_OF_ITS_OWN.search(text) is None


_AFTERMATH = re.compile(
    r"\b(?:killed|injured|wounded|dead|hardest hit|(?:was|were) (?:struck|hit)|wreaked havoc|fires? broke out"
    r"|damaged|destroyed|intercepted|shot down|down(?:ed)? \w+ of|air defen[cs]es?)\b", re.I)
_INTERCEPTED = re.compile(r"\b(?:shot down|shoot down|downed|intercepted|intercept|destroyed|neutrali[sz]ed)\b", re.I)
_LAUNCHED_BY = re.compile(r"\b(?:launched|fired|sent|supported|backed|led|carried out|conducted)\s+"
                          r"(?:overnight\s+|at\s+\w+\s+)?by\s+$", re.I)
_YEAR_PHRASE = re.compile(r"\b(?:in|during|since|of)\s+(?:early\s+|late\s+|mid-)?(?:1[89]|20)\d\d\b")
# Where a weapon falls, an attack only when told as a later one: "Later on Saturday night, mortar shells
# fell near the port" (alone, "shells fell short" is a detail of the attack just told).
_FELL = re.compile(r"\b(?:shells?|rockets?|bombs?|rounds|mortars?)\s+(?:fell|landed)\b", re.I)
# "At least two shells landed among the shelters at about 5:40 a.m., killing 11 people": a landing with its toll
_FELL_KILLING = re.compile(_FELL.pattern + r"(?:\b[ap]\.m\.|[^.;])*?,\s*(?:killing|wounding|injuring)\b", re.I)
_NEW_STRIKE = re.compile(r"\b(?:another|a second|a separate|a further|separately)\s+(?:[\w-]+\s+){0,2}(?:attack|strike|airstrike|raid|bombardment|barrage"
                         r"|missile|drone|rocket|shell|bomb)"
                         # "Later on Saturday, shells struck the hospital": an attack after the one told before
                         r"|^(?:later|hours later|meanwhile)\b"
                         # "Earlier on Tuesday, a drone struck a car on the road …": another attack that day, before
                         r"|^earlier\b(?=[^.;]*?\b(?:a|an)\s+(?:[\w-]+\s+){0,2}(?:strike|airstrike|attack|bombing|raid|drone"
                         r"|missile|rocket|shell|bomb)s?\b)"
                         # "The same day, air force jets bombed ISWAP camps": the next occurrence of a roundup
                         r"|^(?:on\s+)?(?:the|that)\s+same\s+(?:day|night|morning|afternoon|evening)\b"
                         # "The following morning, shells slammed into a bus stop": a later attack
                         r"|\b(?:the|that)\s+(?:following|next)\s+(?:day|morning|afternoon|evening|night)\b"
                         r"|\b(?:a|one|two|three|four|five|six|seven|\d+)\s+days?\s+later\b", re.I)
_NATIONAL_BODY = re.compile(r"\b(?:ministry|government|presidency|general staff|armed forces|joint command|mission"
                            r"|embassy|delegation|office|prosecutors?|ombudsman)\b"
                            r"(?!.*\b(?:city|regional|municipal|local)\b)", re.I)
# An attack named with an indefinite article: told as a new one ("a drone strike near Afgoye on Saturday").
_NEW_ATTACK = r"(?:a|an)\s+(?:[\w-]+\s+){0,2}(?:strike|airstrike|attack|bombing|raid|drone|quadcopter|missile|rocket"
_INTRODUCED = re.compile(rf"\b{_NEW_ATTACK})\b", re.I)  # "a quadcopter dropped two mortar rounds"
# The same, or a bomb or shell so named ("On Tuesday a roadside bomb killed three soldiers"), as the subject
# opening its sentence (after a time or place phrase): what the sentence is about is a new attack.
_INTRODUCED_AS_SUBJECT = re.compile(r"^\W*(?:(?:on|in|at|late|early|later|overnight|that)\b[^,]{0,40}?,?\s+)?"
                                    rf"{_NEW_ATTACK}|bomb|mine|shell|mortar(?:\s+round)?|ied)\b", re.I)
# A participle clause right after an attack verb's words gives that attack's toll.
_TOLL_WHEN = re.compile(r"^[^;:]*?\b(?:killed|wounded|injured|died|dead)\b[^;:]*?\bwhen\s+(?:[\w-]+\s+){0,3}$", re.I)
_TOLL_AFTER = re.compile(r"[^,;.]{0,40},\s*(?:killing|wounding|injuring|leaving)\b[^;.]*", re.I)
_WEAPON_ORDER = (("drone", r"drones?"), ("missile", r"missiles?|ballistic"), ("rocket", r"rockets?"),
                 ("artillery", r"artillery|shell(?:s|ing|ed)"), ("glide bomb", r"glide bombs?"))
# A strike is compared with this many of the latest strike events (newest first) to find the one it
# speaks of; comparing it with every earlier one made an article of thousands of strikes quadratic.
# News articles describe a few dozen separate strikes at most.
_REACH = 50


class Strike(Detector):
    kind = "strike"
    order = 3

    def cues(self, reading: SentenceReading) -> list[Cue]:
        text, mentions = reading.text, reading.mentions
        if _NOT_A_STRIKE.search(text) or _campaign(text):
            return []
        teller = TELLER_AT_END.search(text)
        if teller is not None and any(m.kind in PLACE_RANK and m.start < teller.start() for m in mentions):
            # "…in the Belgorod region, the general staff in Kyiv said (on Monday)": where the teller is
            # is no place hit, when the attack's own words name one
            mentions = [m for m in mentions if m.start < teller.start() or m.kind not in PLACE_RANK]
        elif teller is not None and (_NATIONAL_BODY.search(teller.group(0)) or _nationals_speaking(teller.group(0))):
            # "…, the defence ministry in Bogotá said": a national body in its capital is where it speaks from
            # (a town's own officials, "the city military administration in Kyiv said", may be the only place
            # the attack is given)
            mentions = [m for m in mentions if m.start < teller.start() or m.kind not in PLACE_RANK
                        or not gazetteer.is_capital(m.canonical, m.country)]
        aircraft_hit = _AIRCRAFT_HIT.search(text)
        word = _WORD.search(text) or aircraft_hit
        if word is None and (_NEW_STRIKE.search(text) or _FELL_KILLING.search(text)):
            # "Later on Saturday night, mortar shells fell near the port"; "At least two shells landed among the
            # shelters …, killing 11 people"
            word = _FELL.search(text)
        if word and word.group(0).lower() in ("launched", "fired") and _INTERCEPTED.search(text) \
                and _launched_by(text, mentions):
            # "shot down 41 of 60 drones launched by Russia": the count of an attack told before
            return [reading.cue("strike", word.start(), False, location=_hit_place(text, mentions),
                                quantities=entities.quantities(text))]
        under = lexicon.CAME_UNDER.search(text)
        if under and clauses.said_of_people(reading.doc, under.start()):
            under = None  # "the defence minister came under fire from lawmakers": criticism, no attack
        if under and not (_GROUND_DEED.search(text) and not _armed(text)):
            # ("Wajiroko came under attack late on Sunday, when ISWAP fighters stormed the base": armed men on
            # the ground, the guide's other, which the parse tells)
            return [reading.cue("strike", under.start(), True,
                                location=entities.named_before(text, under.start()) or entities.location(text, mentions),
                                quantities=entities.quantities(text), actors=countries(mentions))]
        if word and (_armed(text) or _FORCES.search(text) or _A_STRIKE_HIT.search(text) or _AIRCRAFT.search(text)
                     or aircraft_hit or (_PEOPLES_STRIKES.search(text) or _HIT_BY_STRIKE.search(text)) and not _LABOUR.search(text)):
            word = _nearest_the_weapon(text, word)
            return [reading.cue("strike", word.start(), True, location=_clause_place(text, word.start(), mentions),
                                quantities=entities.quantities(text), new_marker=bool(_NEW_STRIKE.search(text)),
                                actors=countries(_of_its_clause(text, word.start(), mentions)))]
        if reading.time_phrases and (struck := _STRUCK_ANEW.search(text)):
            # "A radar site near Hudaydah airport was struck that afternoon": another target, hit at a time of its
            # own, is a strike; told by its time from the one before ("that afternoon", "hours later"), another one
            return [reading.cue("strike", struck.start("verb"), True, location=entities.location(text, mentions),
                                quantities=entities.quantities(text),
                                new_marker=any(m.pattern == "counted_from_anchor" for m in reading.time_phrases))]
        # "At least two shells landed at around 5:45 a.m. among the shelters": where the attack just told fell
        # (told by someone, "…, police said", it is their detail of it: arbitration's rule 10e)
        aftermath = word or _AFTERMATH.search(text) or (_FELL.search(text) if not TRAILING_TELLER.search(text) else None)
        if aftermath:  # joins the strike before it, never starts one
            where = _where_clause_place(text, aftermath.start(), mentions)
            return [reading.cue("strike", aftermath.start(), False, location=where or entities.location(text, mentions),
                                quantities=entities.quantities(text), actors=countries(mentions))]
        return []

    def from_parse(self, found, reading: SentenceReading, cues: list[Cue]) -> Cue | None:
        text, mentions = reading.text, reading.mentions
        if _campaign(text) and not cues:
            return None  # a campaign told as background ("has been bombarded for weeks"): no one attack
        if _NOT_A_STRIKE.search(text) and not cues:
            return None  # "A 24-hour strike hit the port": dock workers', read by the parse as an attack on a target
        if _LABOUR.search(text) and _UNARMED_STRIKE.search(text) and not (_armed(text) or _FORCES.search(text)
                                                                          or _KILLING.search(text)):
            # "French ports were hit by a strike, halting ferries": workers' strike, no weapon and no dead in it ("a
            # strike on the port killed three workers" is an attack)
            return None
        same = [c for c in cues if c.kind == "strike"]
        dateline = DATELINE.match(text)
        if found.attacker and (dateline and found.attacker in dateline.group(0)
                               or any(m.kind in ("place", "region") and found.attacker in (m.text, m.canonical)
                                      for m in mentions)):
            found.attacker = None  # an attacker is never a town, nor the dateline
        if found.mention_only:
            # an attack named only as what came before joins the attack it refers to, never starts one;
            # but background told with a year of its own ("recaptured in 2016 following heavy bombing")
            # is that year's attack
            background = found.reference and _YEAR_PHRASE.search(text) is not None
            for cue in same:
                cue.attacker = cue.attacker or canonical(found.attacker, mentions)
                if found.reference and not cue.parsed:
                    cue.strong = background
                    if background:  # "in an operation supported by Russia": who helped is no place
                        cue.location = _hit_place(text, mentions)
            if same:
                return None
            return reading.cue("strike", found.position, background, parsed=True,
                               attacker=canonical(found.attacker, mentions))
        if same and not found.own_date:
            for cue in same:  # the parse confirms a weak cue: it may start an event of its own
                if found.span and not cue.strong:  # the words alone saw no attack: the parse's reading
                    _read_span(cue, found.span, reading)
                cue.strong = True
                cue.new_marker = cue.new_marker or bool(_NEW_STRIKE.search(text))
                cue.attacker = cue.attacker or canonical(found.attacker, mentions)
            return None
        made = reading.parsed_cue(found)
        if found.span:
            _read_span(made, found.span, reading)
        else:
            made.location, made.quantities = entities.location(text, mentions), entities.quantities(text)
        made.attacker = canonical(found.attacker, mentions)
        made.new_marker = bool(_NEW_STRIKE.search(text))  # "Meanwhile, the toll from last week's mosque bombing"
        if made.attacker and made.location and made.attacker in (made.location.canonical, made.location.text):
            made.attacker = None  # an attacker is never the place hit
        return made

    def finish(self, cue: Cue, reading: SentenceReading) -> None:
        if _DENIED.search(reading.text):
            cue.status = "disputed"  # "Russia denied carrying out the strike": told, and denied
        hit = reading.hit_place
        if cue.span and hit is not None and not cue.span[0] <= hit.start < cue.span[1]:
            return  # a place of another clause
        teller = TRAILING_TELLER.search(reading.text)
        if hit is not None and teller is not None and hit.start > teller.start() > cue.position:
            return  # "…, a medical source at the city's Southern Hospital said": where the teller is
        if hit is not None and any(hit.start < m.start() for m in SEQUENCE.finditer(reading.text, 0, cue.position)):
            return  # "Militants attacked a checkpost in X, hours before a bomber struck …": the other's place
        prefer_parsed_place(cue, hit)  # a building hit is a strike's place

    def join(self, cue: Cue, folder) -> Draft | None:
        if cue.talked_of:
            # "President Chapo condemned the raid on Monday morning in Matola": a source of the attack told
            # before, whose day and place are not the condemnation's
            cue.time, cue.location = None, None
        same_kind = folder.same_kind(cue)
        if not cue.strong and cue.location is None and same_kind and _ground_attack_since(folder, cue, same_kind[-1]):
            return None  # the toll of the armed attack just told (arbitration joins it there)
        if not cue.new_marker:
            mine = cue_window(cue, folder.base)
            # "A suicide car bomb at a checkpoint … West of the city, a drone strike near Afgoye": an attack
            # introduced anew ("a drone strike") with another weapon than the one before is another attack
            weapons = lexicon.weapon_kinds(cue.text) if cue.strong and _INTRODUCED.search(cue.text) else set()
            for draft in reversed(same_kind[-_REACH:]):
                if cue.attacker and draft.attackers and cue.attacker not in draft.attackers:
                    continue  # another attacker: another attack
                if weapons and (theirs := lexicon.weapon_kinds(" ".join(c.text for c in draft.cues if c.strong))) \
                        and not weapons & theirs:
                    continue
                # "The following morning, missiles struck a village nearby": when and where are not known yet,
                # so it cannot be told apart from the next attack that names its town
                if cue.location and draft.location() is None and draft.first_time is not None \
                        and draft.first_window(folder.base) is None:
                    continue
                # "A helicopter gunship fired on their positions, killing nine. On Tuesday a roadside bomb killed
                # three soldiers": an attack introduced anew with a day of its own is not the undated one before
                if mine is not None and draft.first_time is None and cue.strong \
                        and _INTRODUCED_AS_SUBJECT.match(cue.text):
                    continue
                if _one_of_its_sites(cue, draft):
                    # "struck six locations in Pakistan … In Bahawalpur, a missile hit a mosque", "Three people died in
                    # Muzaffarabad when a mosque was hit": one of them, with its own toll, an attack of its own
                    cue.strong = True
                    if cue.time is None and cue.sibling_time is None:
                        cue.sibling_time = draft.first_time  # struck in that wave, at the time told of it
                    continue
                if (places_agree(cue.location, draft.location()) or _told_again_within(cue, draft)
                        or _part_of_the_town_told(cue, draft)) and times_agree(cue, mine, draft, folder.base):
                    return draft
        if not cue.strong and same_kind and cue.location is None:
            return same_kind[-1]
        return None

    def actors(self, draft: Draft, article: Article) -> list[str]:
        own = strike_attacker(draft)
        if own is None:
            own = article.once("strike attacker", lambda: _article_attacker(article.drafts))
            if own and _a_state(own) and _PLANTED.search(" ".join(c.text for c in draft.cues if c.strong)):
                own = None  # a suicide bomber's or a roadside bomb's attack is not the air force's the article told
        return [own] if own else []

    def place(self, draft: Draft, actors: list[str], article: Article) -> Mention | None:
        place = draft.location()
        if actors and place is not None and _is_country_of(place, actors[0]):
            return _place_not_of(draft, actors[0])
        return place

    def title(self, draft: Draft, actors: list[str], place: Mention | None) -> str:
        first = draft.cues[0]
        words = " ".join(c.text for c in draft.cues if c.strong) or first.text
        weapons = [name for name, rx in _WEAPON_ORDER if re.search(rf"\b(?:{rx})\b", words, re.I)]
        kind = " and ".join(weapons[:2]) if weapons else (
            "air" if re.search(r"\bair[\s-]?strikes?|airstrikes?", words, re.I) else "")
        adjective = _demonym(actors[0]) if actors else ""
        # "strike on Mubambiro, near Sake", not "near Mubambiro, near Sake": the place's name says it already
        preposition = "near" if re.search(r"\bnear\b", first.text) and place and not entities.near_a_town(place.canonical) \
            else "on"
        where = f" {preposition} {place.canonical}" if place else ""
        return " ".join(w for w in (adjective, kind, "strike") if w) + where


# "The bomb hit …", "The strike destroyed …": the attack just told, told again
_TOLD_AGAIN = re.compile(r"\s*(?:The|That|This)\s+(?:[\w-]+\s+)?(?:bombs?|strikes?|airstrikes?|attacks?|raids?|assaults?|missiles?"
                         r"|drones?|shells?|blasts?|explosions?)\b")


def _told_again_within(cue: Cue, draft: Draft) -> bool:
    """"A jet bombed a school in the Sagaing region overnight. The bomb hit Nyaung Pin Thar village at
    11:40 pm": the attack just told, at a place inside the region it named, which no gazetteer lists."""
    place = draft.location()
    return (place is not None and cue.location is not None and village_in_region(cue.location, place)
            and _TOLD_AGAIN.match(cue.text) is not None)


_THE_TOWNS = re.compile(r"\bthe\s+(?:city|capital|town|village)(?:’s|'s)\s+(?:[a-z-]+\s+)?$", re.I)


def _part_of_the_town_told(cue: Cue, draft: Draft) -> bool:
    """"The first bombs fell … in the city's northern Shuaub neighborhood", after warplanes struck Sanaa: a part of
    the town the attack told before hit, whose name no gazetteer lists."""
    place, theirs = cue.location, draft.location()
    return bool(place is not None and theirs is not None and theirs.kind == "place" and place.timezone is None
                and place.start >= 0 and _THE_TOWNS.search(cue.text, max(0, place.start - 30), place.start))


def _ground_attack_since(folder, cue: Cue, strike: Draft) -> bool:
    """Whether an armed attack on the ground was told after the latest strike, just before this cue:
    "Fighters attacked the police station. The group said four officers were killed": that attack's toll
    (arbitration gives it there), not the air raid's told a paragraph earlier."""
    latest = folder.latest_attack(cue.sentence.index, DETAIL_REACH)
    return latest is not None and latest.kind != "strike" and latest.last_index > strike.last_index


def _nearest_the_weapon(text: str, first: re.Match) -> re.Match:
    """Of the attack words, the one nearest the weapon: "Militants attacked a checkpost …, hours before a
    suicide bomber struck a police vehicle": the bomber's strike is "struck" (the checkpost's attack is
    on the ground, the parse's)."""
    weapon = next((m for m in _WEAPON.finditer(text) if not (m.group(0)[0].isupper() and text[max(0, m.start() - 4): m.start()].lower() == "the ")), None)
    if weapon is None:
        return first
    return min(_WORD.finditer(text), key=lambda m: (abs(m.start() - weapon.start()), m.start()), default=first)




# "…, and on neighbouring Morales, where a motorcycle bomb killed four": the place the clause is about
_WHERE = re.compile(r",\s+where\b")


def _where_clause_place(text: str, at: int, mentions: list[Mention]) -> Mention | None:
    """In a clause opened by ", where", the place named just before it, whatever else the sentence names
    before; not when a place is named after "where" ("taken to Cali, where two died, after a bomb killed four in
    Morales") or another clause opens before the attack word."""
    where = list(_WHERE.finditer(text, 0, at))
    if not where or _SUBORDINATE.search(text, where[-1].end(), at) \
            or any(m.kind in PLACE_RANK and m.start > where[-1].end() for m in mentions):
        return None
    named = [m for m in mentions if m.kind in PLACE_RANK and 0 <= where[-1].start() - m.end <= 1]
    return named[-1] if named else None


def _clause_place(text: str, at: int, mentions: list[Mention]) -> Mention | None:
    """The place of the attack word at `at`: in a clause opened by ", where", the place named just before
    it; past a "hours before" that tells another occurrence first, only the places after it."""
    if (where := _where_clause_place(text, at, mentions)) is not None:
        return where
    told_after = [m for m in SEQUENCE.finditer(text, 0, at)]
    if told_after:
        own = entities.location(text, [m for m in mentions if m.start >= told_after[-1].end()])
        if own is not None:
            return own
    return entities.location(text, mentions)


# Where a clause telling why or when begins: "The Thai army closed the crossing after two shells landed"
_SUBORDINATE = re.compile(r"\b(?:after|when|as|because|before|while|since|until)\b", re.I)


def _of_its_clause(text: str, at: int, mentions: list[Mention]) -> list[Mention]:
    """The mentions of the attack word's own clause: a country named before "after" or "when" is that
    clause's (who closed the crossing), not the attack's."""
    return [m for m in mentions if m.start > at or _SUBORDINATE.search(text, m.end, at) is None]


def _armed(text: str) -> bool:
    """Whether the sentence names a weapon: "rockets", not "the Rockets" (a team, an operation: a weapon
    is no proper name)."""
    return any(not (m.group(0)[0].isupper() and text[max(0, m.start() - 4): m.start()].lower() == "the ")
               for m in _WEAPON.finditer(text))


def _read_span(cue: Cue, span: tuple[int, int], reading: SentenceReading) -> None:
    """The place and numbers of the verb's own words: "struck nine sites in Pakistan, … in response to
    last month's attack in Pahalgam" is a strike on Pakistan, of nine sites."""
    start, end = span
    cue.span = span
    # the sentence's place when the verb's own words name none ("…, firing artillery")
    cue.location = (entities.location(reading.text, [m for m in reading.mentions if start <= m.start < end])
                    or entities.location(reading.text, reading.mentions))
    # "bombed the port overnight, killing 14 people and wounding 20": the toll of the verb's own act
    toll = _TOLL_AFTER.match(reading.text, end)
    # "Nine civilians were killed and 15 wounded when junta aircraft bombed a village": the toll told first, the
    # attack in its "when" clause
    before = _TOLL_WHEN.search(reading.text, 0, start)
    cue.quantities = entities.quantities(reading.text[before.start() if before else start:toll.end() if toll else end])


def _launched_by(text: str, mentions: list[Mention]) -> str | None:
    """'drones launched by Russia': the one who launched them."""
    for mention in mentions:
        if mention.kind in ("country", "organisation", "nationality") and _LAUNCHED_BY.search(
                text, max(0, mention.start - 30), mention.start):
            return mention.canonical
    return None


def _hit_place(text: str, mentions: list[Mention]) -> Mention | None:
    """The sentence's place, never the one who launched ('drones launched by Russia' hit no Russia)."""
    launcher = _launched_by(text, mentions)
    return entities.location(text, [m for m in mentions if m.canonical != launcher])


def _one_of_its_sites(cue: Cue, draft: Draft) -> bool:
    """A strike at a town of its own, told after an attack on many sites across the country (or a region) that
    holds it: one of those attacks, with its own toll and time, not the whole told again."""
    place = draft.location()
    if cue.location is None or place is None or place.kind == "place" or cue.location.kind != "place" \
            or cue.location.canonical == place.canonical:
        return False
    return any(c.strong and entities.MANY_SITES.search(c.text) for c in draft.cues)


def places_agree(a: Mention | None, b: Mention | None) -> bool:
    if a is None or b is None or a.canonical == b.canonical:
        return True
    if _without_division(a.canonical) == _without_division(b.canonical):
        return True  # "Bannu" and "Bannu district": the town and the district named for it
    # "the U.S. Embassy" and "the United States Embassy": one building, its owner spelt two ways.
    last_a, last_b = a.canonical.split()[-1].lower(), b.canonical.split()[-1].lower()
    if last_a == last_b and last_a in lexicon.BUILDING_NOUNS and a.timezone is None and b.timezone is None:
        return True
    # A country and a place inside it ("Ukraine could only down two missiles" in a Kyiv story).
    if a.kind == "country" and b.country == a.country:
        return True
    if b.kind == "country" and a.country == b.country:
        return True
    # A region and a place in the same country ("the Gaza Strip" and "Gaza City", "Kramatorsk" and "the
    # Donetsk region"); not a province named bare beside another town ("struck Kandahar … struck Khost":
    # Khost is a province and its town, neither of which holds Kandahar).
    if "region" in (a.kind, b.kind) and a.country and a.country == b.country:
        region = a if a.kind == "region" else b
        if re.match(rf"(?:{entities.COMPASS_PART})\s", region.canonical, re.I):
            return True  # "eastern Congo" holds Sake: a country's part, named by the compass
        return region.text.split()[-1].lower() != region.canonical.split()[-1].lower() or \
            bool(set(a.canonical.lower().split()) & set(b.canonical.lower().split()))
    return False


_DIVISION_WORD = re.compile(r"\s+(?:district|county|province|region|state|oblast|governorate|division|tehsil|township)$",
                            re.I)


def _without_division(name: str) -> str:
    return _DIVISION_WORD.sub("", name).casefold()


# A bomb someone planted or carried ("a female suicide bomber", "a roadside bomb", "an improvised explosive
# device", "a car bomb"): not the attack of the air force or the army the article names for its air strikes
_PLANTED = re.compile(r"\b(?:suicide|roadside|car|motorcycle|truck|vehicle)[\s-]+(?:bomb\w*|attack\w*|blast\w*)"
                      r"|\b(?:improvised explosive devices?|IEDs?|landmines?|(?:laden|packed) with explosives"
                      r"|explosives-laden)\b", re.I)


# A state's forces: "Nigeria", "Nigerian", "air force jets", "the army"
_STATE_FORCE = re.compile(r"\b(?:air force|army|military|armed forces|jets|warplanes|navy|government|troops)\b", re.I)


def _a_state(attacker: str) -> bool:
    return _country_code(gazetteer.DEMONYMS.get(attacker, attacker)) is not None or bool(_STATE_FORCE.search(attacker))


def _article_attacker(drafts: list[Draft]) -> str | None:
    votes: Counter[str] = Counter()
    for draft in drafts:
        if draft.kind == "strike":
            found = strike_attacker(draft)
            if found:
                votes[found] += 1
    return votes.most_common(1)[0][0] if votes else None


# "A radar site near the airport was struck that afternoon": a target introduced anew, struck (the passive)
_STRUCK_ANEW = re.compile(rf"^(?:[^,;]{{0,40}},\s*)?(?:an?|another)\s+(?:[\w-]+\s+){{0,2}}?(?:{_TARGETS})s?\b"
                          r"[^,;.]{0,50}?\s(?:was|were)\s+(?:also\s+)?(?P<verb>struck|hit|bombed|shelled|targeted)\b", re.I)
_STRUCK_BEFORE = re.compile(r"\b(?:struck|hit|targeted|attacked|ambushed)\s+(?:an?\s+|the\s+)?$")


def strike_attacker(draft: Draft) -> str | None:
    """Who attacked: a country, nationality or armed group named before the attack word (the subject)
    counts most; the country of the place that was hit counts only as such a subject."""
    named = [c.attacker for c in draft.cues if c.attacker]
    if named:
        return named[0]
    for cue in draft.cues:
        if cue.strong and (found := _by_their_weapon(cue)) is not None:
            return found
    place = draft.location()
    target_country = place.country if place else None
    votes: Counter[str] = Counter()
    for cue in draft.cues:
        if not cue.strong:
            continue
        dateline = DATELINE.match(cue.text)  # "ASHKELON, Israel — Hamas rockets hit …": where it is filed from
        for mention in cue.mentions:
            if mention.kind not in ("country", "nationality", "organisation") or _is_source(cue, mention) \
                    or _OFFICIALS_AFTER.match(cue.text, mention.end) or dateline and mention.start < dateline.end():
                continue
            code = mention.country or _country_code(mention.canonical)
            if target_country and code == target_country and mention.end > cue.position:
                continue  # the country that was hit, named after the attack word
            if _STRUCK_BEFORE.search(cue.text, max(0, mention.start - 20), mention.start) \
                    or entities.set_aside(cue.text, mention.start, mention.end):
                continue  # "a roadside bomb struck an Iraqi army patrol": who was hit; "Hong Kong time": a clock's
            if mention.end <= cue.position and _SUBORDINATE.search(cue.text, mention.end, cue.position):
                continue  # "The Thai army closed the crossing after two shells landed": who closed it
            weight = 1 + (mention.kind == "nationality") + 2 * (mention.end <= cue.position)
            votes[mention.canonical] += weight
    return votes.most_common(1)[0][0] if votes else None


# "…, the State Emergency Service said", "according to the health ministry": who tells of the attack
# ("the Israeli military said", "Lebanon's health ministry has said": the body's nationality or country
# with the body's own lowercase words between)
_BODY_AFTER = r"(?:['’]s)?(?:\s+[a-z][\w-]*+){0,3}?"  # "'s health ministry", " military": the body's own words
_SAID_AFTER = re.compile(_BODY_AFTER + r"\s*(?:has\s+|had\s+)?(?:said|says|reported|reports|told|stated|announced"
                         r"|added|confirmed)\b")
_ACCORDING_BEFORE = re.compile(r"\b(?:according\s+to|said|told|reported\s+by|cited|citing)\s+(?:the\s+)?$", re.I)


_BY_BEFORE = re.compile(r"\bby\s+(?:an?\s+|the\s+)?$", re.I)
_WEAPON_AFTER = re.compile(r"\s+([\w-]+)(?:\s+(\w+))?")  # "an Israeli drone", "Russian guided bombs"


def _by_their_weapon(cue: Cue) -> str | None:
    """'the men were killed by an Israeli drone', 'hit by Russian missiles': a nationality on the weapon
    of the passive's agent is the attacker, whoever tells it ("Lebanon's health ministry said …")."""
    for mention in cue.mentions:
        if mention.kind not in ("nationality", "country") or not _BY_BEFORE.search(cue.text, max(0, mention.start - 8), mention.start):
            continue
        weapon = _WEAPON_AFTER.match(cue.text, mention.end)
        if weapon and any(word and word.lower().removesuffix("s") in lexicon.WEAPON_NOUNS for word in weapon.groups()):
            return mention.canonical
    return None


def _is_source(cue: Cue, mention: Mention) -> bool:
    """Whether the sentence names this body as the one reporting the attack, not the one carrying it out:
    after the attack word ("Russia said it struck…" is told by the attacker itself)."""
    text = cue.text
    if _DENIER_AFTER.match(text, mention.end):
        return True  # "Ukraine's air force denied the claim, saying the drones had struck flats": who denies
    if _DEFENDER_AFTER.match(text, mention.end):
        return True  # "The Israeli military said it intercepted a missile launched from Yemen": who shot it down
    return mention.start > cue.position and bool(
        _SAID_AFTER.match(text, mention.end) or _ACCORDING_BEFORE.search(text, max(0, mention.start - 20), mention.start))


# "received Turkey's defence minister", "a Turkish envoy": the country of an official, not an attacker;
# "north of the Somali capital", "the Ukrainian city of Sumy": the country of a place
_OFFICIALS_AFTER = re.compile(r"(?:['’]s)?(?:\s+[a-z][\w-]*+){0,2}\s+(?:minister|president|prime minister|envoy"
                              r"|ambassador|delegation|diplomats?|counterpart|leader|king|foreign ministry|embassy"
                              r"|capital|city|town|village|port|coast|border|province|soil|territory)\b")
_DENIER_AFTER = re.compile(_BODY_AFTER + rf"\s+(?:{lexicon.DENIAL_VERBS})\b")
_DEFENDER_AFTER = re.compile(_BODY_AFTER + r"\s+(?:said|says)\s+(?:that\s+)?(?:it|they|its\s+\w+(?:\s+\w+)?)\s+(?:had\s+)?"
                             r"(?:intercepted|shot\s+down|downed|destroyed\s+(?:an?\s+)?incoming)\b")


def _country_code(name: str) -> str | None:
    place = gazetteer.lookup(name)
    return place.country if place and place.kind == "country" else None


def _is_country_of(place: Mention, attacker: str) -> bool:
    """'Turkey' as the place of a Turkish strike: the attacker's own country, named as who attacked."""
    if place.kind != "country":
        return False
    code = _country_code(gazetteer.DEMONYMS.get(attacker, attacker))
    return place.canonical == attacker or (code is not None and code == place.country)


def _place_not_of(draft: Draft, attacker: str) -> Mention | None:
    """The most specific place the strike's cues name that is not the attacker's country; none else."""
    best = None
    for cue in draft.cues:
        others = [m for m in cue.mentions if not (m.kind in PLACE_RANK and _is_country_of(m, attacker))]
        found = entities.location(cue.text, others)
        if found is not None and (best is None or more_specific(found, best)):
            best = found
    return best


def _demonym(country: str) -> str:
    for adjective, name in gazetteer.DEMONYMS.items():
        if name == country:
            return adjective
    return country


DETECTOR = Strike()
