"""The English words extraction reads by: speech verbs, acts of authority, event verbs, attacks and weapons.

Lemmas (spaCy's base forms), grouped by what they tell; store/clauses.py reads them off the parse.
Adding a phrasing is one word here plus a test with a sentence of your own.
"""

from __future__ import annotations

import re

# ----- statements -----------------------------------------------------------------------------------
# Verbs whose subject speaks in its own name ("the ministry denounced", "the envoy acknowledged").
SPEECH_VERBS = frozenset({
    "say", "tell", "state", "add", "warn", "reveal", "insist", "vow", "emphasise", "emphasize", "stress",
    "write", "post", "urge", "accuse", "admit", "tweet", "argue", "note", "explain", "promise", "pledge",
    "threaten", "reply", "respond", "welcome", "criticise", "criticize", "condemn", "praise", "deny",
    "oppose", "demand", "dismiss", "denounce", "acknowledge", "justify", "defend", "recommend", "describe",
    "deplore", "blame", "call", "reject", "confirm", "declare", "announce", "attribute", "question", "appeal",
    "lament", "decry", "slam", "hail", "express", "predict", "suggest", "assert", "affirm", "mourn",
    "apologise", "apologize", "protest", "cite", "thank", "comment", "remark", "speak", "testify",
})
# Speech verbs that carry news of an event rather than judge it ("said an attack killed two").
REPORTING_VERBS = frozenset({"say", "tell", "report", "state", "announce", "confirm", "reveal", "add", "note",
                             "write", "post", "tweet", "explain", "acknowledge", "admit"})
# What is done to an occurrence only talked of: "condemned the attack", "raised the air strikes".
TALKED_ABOUT_VERBS = SPEECH_VERBS - REPORTING_VERBS | {"raise", "discuss", "mention"}
# "spoke out against", "called for": a particle or preposition that makes a verb a speech act.
SPEECH_PHRASES = frozenset({("speak", "out"), ("speak", "against"), ("call", "for"), ("call", "on"),
                            ("call", "upon"), ("lash", "out"), ("hit", "out")})
# "released a statement", "sent a letter", "held a press conference": the act of publishing words.
PUBLISH_VERBS = frozenset({"release", "issue", "send", "publish", "give", "deliver", "make", "hold", "post",
                           "put"})
PUBLISHED_THINGS = frozenset({"statement", "letter", "speech", "address", "communique", "communiqué",
                              "declaration", "conference", "briefing", "tweet", "message", "appeal",
                              "remarks", "interview", "video", "op-ed"})

# ----- decisions ------------------------------------------------------------------------------------
# Acts of authority whatever their object: "banned the airline", "designated the group as".
DECISION_VERBS = frozenset({
    "ban", "sanction", "impose", "suspend", "revoke", "approve", "expel", "deploy", "withdraw", "order",
    "instruct", "designate", "sell", "buy", "acquire", "sign", "ratify", "veto", "lift", "restrict",
    "prohibit", "authorise", "authorize", "outlaw", "blacklist", "freeze", "halt", "nationalise",
    "nationalize", "annex", "recall", "embargo", "enact", "adopt", "appoint", "mobilise",
    "mobilize", "pardon", "extradite", "indict", "convict", "sentence",
})
# Verbs that decide only with some objects: "rejected the resignation" (not "rejected the claims").
DECISION_WITH_OBJECT = {
    "reject": frozenset({"offer", "resignation", "proposal", "request", "plan", "bid", "deal", "application",
                         "appeal", "agreement"}),
    "decline": frozenset({"offer", "invitation", "request", "proposal", "resignation"}),
    "accept": frozenset({"offer", "resignation", "proposal", "deal", "invitation", "plan"}),
    "issue": frozenset({"warrant", "order", "decree", "ban", "alert", "advisory", "ultimatum", "sanction",
                        "sanctions", "directive", "summons", "permit", "licence", "license"}),
    "offer": frozenset({"reward", "aid", "loan", "bounty", "ceasefire", "truce", "asylum"}),
    "extend": frozenset({"ban", "sanction", "sanctions", "deadline", "ultimatum", "ceasefire", "truce",
                         "restriction", "restrictions", "mandate", "emergency", "curfew", "lockdown"}),
    "close": frozenset({"border", "borders", "airspace", "embassy", "consulate", "crossing", "port",
                        "airport", "school", "schools"}),
    "cut": frozenset({"rate", "rates", "aid", "funding", "ties", "relations"}),
    "raise": frozenset({"rate", "rates", "tariff", "tariffs"}),
    "enter": frozenset({"agreement", "deal", "truce", "ceasefire", "alliance"}),
    "reach": frozenset({"agreement", "deal", "truce", "ceasefire", "settlement", "compromise"}),
    "strike": frozenset({"deal", "agreement"}),
    "pass": frozenset({"law", "bill", "resolution", "motion", "budget", "amendment"}),
    "send": frozenset({"troops", "forces", "soldiers", "warships", "aid", "weapons", "arms", "jets"}),
    "announce": frozenset(),  # filled below: an announcement of a decision is the decision
    "declare": frozenset(),
}
# Things decided: an announcement, a vote or an agreement about one of these is a decision.
DECISION_NOUNS = frozenset({
    "ceasefire", "cease-fire", "truce", "withdrawal", "ban", "sanction", "sanctions", "restriction",
    "restrictions", "deal", "agreement", "embargo", "coalition", "deployment", "emergency", "curfew",
    "reward", "moratorium", "tariff", "tariffs", "boycott", "lockdown", "quarantine", "warrant",
    "resolution", "law", "decree", "bill", "pullout", "pull-out", "suspension", "expulsion", "blockade",
    "mobilisation", "mobilization", "evacuation", "ultimatum", "treaty", "accord", "memorandum",
    "mourning", "review", "investigation", "inquiry", "probe", "alliance", "merger", "acquisition",
})
DECISION_WITH_OBJECT["announce"] = DECISION_NOUNS
DECISION_WITH_OBJECT["declare"] = frozenset({"ceasefire", "cease-fire", "truce", "emergency", "war", "curfew",
                                             "mourning", "martial", "lockdown", "independence"})
# "voted to expel", "agreed to withdraw", "began deploying": a verb that decides with its complement.
DECIDING_HEADS = frozenset({"vote", "agree", "decide", "resolve", "pledge", "commit", "begin", "start",
                            "move", "opt", "elect"})
# "announced troops would be leaving": in an announcement, these verbs state a decision too.
ANNOUNCED_ACTS = frozenset({"leave", "withdraw", "pull", "observe", "remain", "halt", "pause", "resume", "end",
                            "close", "reopen", "open", "deploy", "send", "stop", "cease", "join", "quit",
                            "exit", "govern", "enter", "introduce", "restrict", "ban", "suspend"})
# "advised citizens to leave", "ordered them to investigate", "asked nations to restrict".
DIRECTIVE_VERBS = frozenset({"advise", "order", "instruct", "tell", "urge", "ask", "direct", "command"})
DIRECTED_ACTS = frozenset({"leave", "evacuate", "investigate", "review", "restrict", "withdraw", "surrender",
                           "disarm", "stop", "halt", "return", "avoid", "depart"})

# ----- other events ---------------------------------------------------------------------------------
# Meetings, deaths, detentions, results: a dated clause with one of these verbs is an event.
EVENT_VERBS = frozenset({
    "meet", "gather", "convene", "assemble", "die", "kill", "murder", "assassinate", "execute", "behead",
    "detain", "arrest", "abduct", "kidnap", "capture", "disappear", "collapse", "win", "elect", "resign",
    "erupt", "crash", "sink", "drown", "protest", "rally", "march", "riot", "flee", "surrender",
    "inaugurate", "swear", "crown", "defeat", "beat", "draw", "lose", "qualify", "score", "finish",
    "wound", "injure", "rescue", "free", "visit", "marry", "bury", "brief", "host",
    "airlift", "evacuate", "hospitalise", "hospitalize", "poison", "shoot", "stab", "gun", "lynch",
    # ground attacks, which the guide files as other events (an attack from the air or afar is a strike)
    "attack", "storm", "ambush", "raid", "overrun",
})
# A death told twice ("X died in the city on Tuesday", "he was shot dead") is one event.
DEATH_VERBS = frozenset({"die", "kill", "murder", "assassinate", "execute", "behead", "shoot", "stab", "gun",
                         "lynch", "drown"})
# "took place", "held talks", "set a record": a verb with the object that makes it an event.
EVENT_WITH_OBJECT = {
    "take": frozenset({"place", "office", "power", "control", "effect"}),
    "hold": frozenset({"talks", "summit", "meeting", "election", "elections", "referendum", "funeral", "rally",
                       "vote", "ceremony", "parade", "race", "discussions", "negotiations", "consultations",
                       "protest", "protests", "exercise", "exercises", "drills", "session"}),
    "run": frozenset({"marathon", "race", "mile", "metres", "meters", "kilometres", "kilometers"}),
    "set": frozenset({"record"}),
    "break": frozenset({"record"}),
    "net": frozenset({"seats", "seat", "votes", "goals", "points"}),
    "gain": frozenset({"seats", "seat", "votes"}),
    "secure": frozenset({"seats", "majority", "win", "victory", "title", "place"}),
    "file": frozenset({"resignation", "lawsuit", "suit", "complaint", "charges"}),
    "offer": frozenset({"resignation"}),
    "submit": frozenset({"resignation"}),
    "tender": frozenset({"resignation"}),
    "upload": frozenset({"video", "recording", "audio"}),
    "open": frozenset({"fire"}),  # "gunmen opened fire on a bus"
    "see": frozenset({"referendum", "election", "elections", "vote", "protests", "clashes", "summit"}),
}
# "a stampede erupted", "the ceasefire began", "the rules take effect": the subject makes it an event.
EVENT_SUBJECTS = frozenset({"stampede", "ceasefire", "cease-fire", "truce", "summit", "meeting", "talks",
                            "election", "referendum", "fire", "fighting", "clashes", "protest", "protests",
                            "funeral", "procession", "collapse", "earthquake", "flood", "blackout", "race",
                            "match", "games", "assembly", "session", "vote", "congress", "conference", "festival", "trial",
                            "hearing", "tournament", "parliament", "negotiations", "policy", "rules", "law",
                            "ban", "restrictions", "sanctions", "final", "semifinal", "semi-final",
                            # weather and disasters: "a hurricane hit Florida", "a wildfire swept through"
                            "storm", "hurricane", "typhoon", "cyclone", "tornado", "wildfire", "wildfires",
                            "blaze", "quake", "tsunami", "landslide", "avalanche", "eruption", "heatwave",
                            "drought", "outage", "strike action", "walkout",
                            # the parser's lemmas of the plurals above ("talks" -> "talk")
                            "talk", "negotiation", "clash", "restriction", "sanction", "game", "rule"})
EVENT_SUBJECT_VERBS = frozenset({"begin", "start", "erupt", "break", "occur", "happen", "open", "end",
                                 "close", "take", "come", "collapse", "kill", "leave", "hit", "sweep",
                                 "ravage", "destroy", "damage", "flood", "cut", "force", "spread", "resume", "reopen"})
# Nouns that are an occurrence by themselves when a dated main clause names them ("saw a referendum").
EVENT_NOUNS = frozenset({"referendum", "election", "elections", "summit", "stampede", "protest", "protests",
                         "clashes", "riot", "riots", "funeral", "procession", "ceremony", "parade", "coup",
                         "earthquake", "flood", "floods", "blackout", "marathon", "final"})
# Verbs reporting that something happens later: "is set to open", "is scheduled to meet".
SCHEDULE_WORDS = frozenset({"schedule", "set", "due", "expect", "plan"})

# ----- strikes --------------------------------------------------------------------------------------
# The figures that are a toll (what one side puts on an attack, what outlets differ on).
TOLLS = frozenset({"killed", "injured", "dead", "wounded"})
# Nouns naming an attack from the air or from afar, or a bombing ("twin bombings struck").
ATTACK_NOUNS = frozenset({"bombing", "bomb", "airstrike", "strike", "attack", "shelling", "barrage",
                          "explosion", "blast", "raid", "bombardment", "missile", "rocket", "drone",
                          "artillery", "mortar", "grenade", "ied", "car-bomb", "suicide",
                          "exchange", "duel", "fire"})  # with a weapon: "artillery exchanges", "mortar fire"
# Attack nouns that are an attack only with a weapon named with them ("an artillery duel", "an exchange of fire";
# not "a prisoner exchange", "the fire at the market"), and the words that name one there.
NEEDS_A_WEAPON = frozenset({"exchange", "duel", "fire"})
ARMED_WORDS = frozenset({"fire", "gunfire", "gun", "gunshot", "shot", "bullet", "sniper", "tank", "artillery",
                         "small-arms"})
# Nouns that are always a weapon's attack (not "attack", which may be a word of speech or sport).
WEAPON_NOUNS = frozenset({"bombing", "bomb", "airstrike", "shelling", "barrage", "explosion", "blast",
                          "bombardment", "missile", "rocket", "drone", "artillery", "mortar", "grenade", "ied",
                          "airstrikes", "bombings"})
# What an attack does to its target: "the bombing killed", "rockets struck", "a car bomb was rammed".
ATTACK_EFFECT_VERBS = frozenset({"strike", "hit", "kill", "target", "destroy", "wound", "injure", "damage",
                                 "ram", "explode", "detonate", "rock", "level", "claim", "land", "slam",
                                 "tear", "devastate", "go", "set", "fall", "crash", "smash", "rip", "blow"})
# Verbs whose subject attacks with a weapon: "forces fired artillery", "launched airstrikes".
ATTACK_VERBS = frozenset({"fire", "launch", "bomb", "shell", "strike", "pound", "bombard", "target", "raid",
                          "carry", "conduct", "drop"})
# Verbs that are an attack whatever their object ("jets bombed the port"; not "fired the minister").
ATTACKING_VERBS = frozenset({"bomb", "shell", "bombard", "pound", "airstrike", "strafe", "blitz"})
# Verbs that are an attack when an armed actor does them to a military or civilian target ("India said it
# struck nine sites", "the army hit militant positions"); "struck a deal", "hit the headlines" are not.
TARGETING_VERBS = frozenset({"strike", "hit", "bomb", "shell"})  # not "target": sanctions target too
TARGET_NOUNS = frozenset({
    "site", "target", "position", "base", "facility", "infrastructure", "camp", "depot", "airfield", "airbase",
    "airport", "port", "plant", "refinery", "bridge", "headquarters", "post", "launcher", "hideout", "compound",
    "convoy", "warehouse", "building", "ship", "vessel", "tanker", "city", "town", "village", "district",
    "area", "stronghold", "outpost", "installation", "hub", "arsenal", "stockpile", "hospital", "school",
    "market", "substation", "grid", "factory", "railway", "terminal", "command", "center", "centre",
    # what strikes hit where people live and move: "a strike hit a house", "a drone struck a car"
    "house", "home", "car", "vehicle", "checkpoint", "mosque", "bus", "truck", "apartment"})
# Who can strike: armed forces, and pronouns standing for a state or group that speaks of its own attack.
ARMED_SUBJECTS = frozenset({"force", "troop", "army", "military", "jet", "warplane", "aircraft", "drone",
                            "navy", "artillery", "militant", "rebel", "fighter", "it", "they", "we"})
# Where victims are treated or die: "died at Madina Hospital" is no place of the attack ("taken to" one
# is no place preposition anyway).
CARE_VERBS = frozenset({"die", "treat", "admit", "hospitalise", "hospitalize", "succumb", "recover"})
# What happens as a habit, not once: "rounds often fall short", "has repeatedly shelled the town".
HABIT_WORDS = frozenset({"always", "never", "often", "usually", "repeatedly", "regularly", "traditionally",
                         "previously", "frequently", "routinely", "typically", "generally", "commonly", "rarely",
                         "seldom",
                         # "Turkey has carried out frequent drone strikes in the region": a habit, not one attack
                         "frequent", "repeated", "periodic"})
# What a weapon named before them fires: "mortar rounds", "tank shells" (alone, a round of talks, a shell company).
PROJECTILE_NOUNS = frozenset({"round", "shell"})
GUN_NOUNS = frozenset({"tank", "howitzer", "gun", "cannon", "naval", "gunboat", "warship"})  # what fires them
# Who fights for a group: "Al-Shabaab militants fired" names the group as the attacker.
FIGHTER_NOUNS = frozenset({"militant", "fighter", "rebel", "insurgent", "gunman", "jihadist", "guerrilla", "militiaman"})
# Attack nouns that are an occurrence by themselves once dated or attributed ("the May 3 raid").
ATTACK_EVENT_NOUNS = frozenset({"attack", "strike", "bombing", "airstrike", "raid", "bombardment", "shelling"})
# What a weapon does to people and things: "killed by a roadside bomb".
HARM_VERBS = frozenset({"kill", "wound", "injure", "destroy", "damage", "hit"})
# "blamed the bombing on X", "attributed the attack to X": X is the attacker named.
BLAME_PHRASES = frozenset({("blame", "on"), ("attribute", "to"), ("ascribe", "to")})
# "blamed X for the strike": X is the attacker named.
BLAMED_FOR = frozenset({("blame", "for")})
# "carried out by", "launched by", "blamed on", "attributed to": who attacked.
ATTACKER_BY_VERBS = frozenset({"carry", "launch", "conduct", "claim", "fire", "stage", "perpetrate", "mount",
                               "commit", "organise", "organize", "plan", "ascribe", "attribute", "blame"})

# ----- who ------------------------------------------------------------------------------------------
# Bodies that speak and decide ("officials said", "the ministry banned", "authorities detained").
INSTITUTION_NOUNS = frozenset({
    "government", "ministry", "military", "army", "officials", "official", "authorities", "police",
    "parliament", "council", "court", "commission", "department", "office", "agency", "embassy", "cabinet",
    "president", "minister", "spokesman", "spokeswoman", "spokesperson", "prosecutor", "prosecutors",
    "committee", "assembly", "senate", "congress", "coalition", "forces", "navy", "bank", "company",
    "group", "party", "leader", "chief", "secretary", "envoy", "ambassador", "administration", "regime",
    "media", "state", "board", "union", "organisation", "organization", "federation", "alliance",
    "premier", "chancellor", "governor", "mayor", "king", "emir", "general", "commander", "source",
    "sources", "diplomat", "diplomats", "representatives", "delegation", "manager", "director", "head",
    "executive", "chairman", "chairwoman", "ceo", "founder", "owner", "editor", "analyst", "expert",
    "rebel", "rebels", "militant", "militants", "insurgent", "insurgents", "fighters", "troops",
    "soldiers", "separatists", "militia", "militias", "jihadists", "guerrillas", "sympathizers",
    "sympathisers", "supporters", "movement", "faction", "brigade", "brigades", "battalion", "jets",
    "warplanes", "aircraft", "helicopters", "bombers", "gunships", "warships",
})
# Buildings and sites named for themselves: "the Varo Cathedral", "Al-Noor Hospital" are places.
BUILDING_NOUNS = frozenset({"cathedral", "church", "mosque", "temple", "synagogue", "hospital", "school", "university",
                            "airport", "base", "refinery", "stadium", "embassy", "consulate", "market", "bazaar",
                            "palace", "prison", "station", "bridge", "dam", "port", "plant", "camp", "hotel",
                            "mall", "compound", "headquarters", "airbase", "barracks", "shrine"})
# Nouns of places: "a base in X", "a village near X": what follows is a place, whatever the tagger said.
PLACE_NOUNS = BUILDING_NOUNS | frozenset({"village", "town", "city", "district", "province", "region", "area",
                                          "neighbourhood", "neighborhood", "suburb", "checkpoint", "outpost",
                                          "facility", "field", "house", "home", "building", "street", "square"})
SEQUENCE_PREPOSITIONS = frozenset({"following", "after", "before", "since", "amid", "despite"})
PLACE_PREPOSITIONS = frozenset({"in", "at", "near", "on", "outside", "inside", "into", "across", "around"})
PRONOUNS = frozenset({"he", "she", "they", "it", "we", "i", "you", "who", "which", "that"})
POSSESSIVES = frozenset({"his", "her", "their", "its", "our", "my", "your"})


# Words that make a capitalised name a body, not a person: "United Nations", "Coast Guard",
# "Revolutionary Guard Corps", "Federal Reserve" are shown whole, never cut to their last word.
BODY_WORDS = frozenset({
    "nations", "states", "kingdom", "emirates", "republic", "union", "ministry", "guard", "corps", "government",
    "council", "army", "forces", "force", "department", "office", "agency", "party", "movement", "organization",
    "organisation", "committee", "commission", "court", "bank", "reserve", "police", "command", "group",
    "brigade", "brigades", "front", "authority", "service", "services", "federation", "league", "association",
    "company", "institute", "university", "times", "news", "post", "press", "media", "television", "network",
    "military", "navy", "parliament", "assembly", "congress", "senate", "cabinet", "presidency", "embassy",
    "house", "pentagon", "kremlin", "fund", "foundation", "alliance", "coalition", "taliban", "hamas", "hezbollah",
    "officials", "ministers", "sources", "spokesman", "spokeswoman", "spokesperson", "mission", "administration",
    # rights groups and aid bodies: "Amnesty International", "Human Rights Watch", "the Red Cross"
    "international", "watch", "cross", "crescent", "borders", "society", "observatory", "initiative",
})

# Words that describe someone as holding an office or speaking for others ("a spokesman for the army", "an
# official at the ministry", "a local commander"): their account is a body's voice, not a witness's.
OFFICE_WORDS = frozenset({
    "spokesman", "spokeswoman", "spokesperson", "official", "officer", "minister", "commander", "general",
    "colonel", "major", "captain", "lieutenant", "governor", "mayor", "head", "chief", "director", "leader",
    "president", "lawmaker", "legislator", "senator", "member", "representative", "envoy", "ambassador",
    "diplomat", "secretary", "adviser", "advisor", "aide", "councillor", "councilor", "administrator",
    "coordinator", "manager", "chairman", "chairwoman", "chair", "deputy", "lawyer", "prosecutor", "judge",
    "analyst", "expert", "researcher", "professor", "journalist", "correspondent", "reporter", "activist",
    "negotiator", "mediator", "militant", "fighter", "soldier", "rebel", "agent", "investigator", "inspector",
    "superintendent", "sheriff", "police", "army", "military"})
# Who comments on the news rather than making it: "BBC's security correspondent said", "analysts say".
# Their undated remarks are commentary, not events (the guide's statements are by actors in the story).
COMMENTATOR_WORDS = frozenset({
    "correspondent", "analyst", "analysts", "commentator", "columnist", "editor", "reporter", "researcher",
    "academic", "scholar", "economist", "economists", "strategist", "pundit", "historian"})
MEDIA_OUTLETS = frozenset({
    "BBC", "CNN", "Reuters", "AFP", "AP", "NPR", "Bloomberg", "Guardian", "Times", "Post", "Journal", "DW",
    "Euronews", "CBS", "NBC", "ABC", "Al Jazeera", "Sky News", "Fox News", "France 24", "Politico", "Axios"})
# The words that end or open the names of outlets the list does not hold: "Kyodo News", "The Associated Press",
# "Al Arabiya" (Arabic broadcasters), "Channel 4 Television"
_OUTLET_WORDS = re.compile(r"\b(?:News|Press|Television|TV|Radio|Agency|Broadcasting|Media|Times|Post)$|^(?:Al|The)\s")


def news_outlet(name: str) -> bool:
    """Whether a name is a news outlet's, whom a speaker tells things, not a party to a call."""
    return name in MEDIA_OUTLETS or _OUTLET_WORDS.search(name) is not None

# Bodies whose announcement of what will be is a decision ("the government announced the region would
# govern itself"); a person or a company announcing a plan is a statement of it.
AUTHORITY_NOUNS = frozenset({"government", "ministry", "council", "parliament", "cabinet", "administration",
                             "president", "presidency", "court", "commission", "authority", "authorities",
                             "assembly", "congress", "senate", "junta", "regulator", "bank", "body", "board",
                             "committee", "department", "directorate", "command", "military", "army"})

# Fixtures told in the present with their day ("Aberdeen host St Mirren on Wednesday", "the team travels to
# Dundee on Saturday", "Putin meets Trump on Friday"): planned events.
FIXTURE_VERBS = frozenset({"host", "travel", "face", "play", "visit", "meet"})

# ----- where an event happened, told in another sentence (store/eventplace.py) ----------------------
# Nouns that name an event of each kind when a later sentence refers back to it: "The stampede, which
# occurred in Kerman", "the speech, delivered in Tehran", "The accident in Salaheddin district".
ANAPHOR_NOUNS = {
    "strike": frozenset({"attack", "strike", "airstrike", "raid", "bombing", "blast", "explosion", "shelling",
                         "bombardment", "assault", "offensive", "incident"}),
    "statement": frozenset({"speech", "address", "remark", "statement", "interview", "announcement", "briefing"}),
    "decision": frozenset({"decision", "ban", "order", "deal", "agreement", "ruling", "deployment", "withdrawal",
                           "sanction", "measure", "vote"}),
    "call": frozenset({"call", "conversation"}),
    "claim": frozenset({"claim"}),
    "other": frozenset({"incident", "accident", "event", "disaster", "tragedy", "stampede", "collapse", "crash",
                        "fire", "shooting", "meeting", "summit", "talks", "election", "race", "marathon",
                        "ceremony", "funeral", "protest", "rally", "procession", "visit", "match", "final"}),
}
# "the earlier attack", "another meeting": a second event of the kind, not the one told before.
OTHER_EVENT_WORDS = frozenset({"earlier", "previous", "other", "another", "first", "last", "next", "new", "similar",
                               "second", "latest", "recent", "former"})
# What an event does where it happens: "the stampede occurred in", "the speech was delivered in",
# "the attacks struck the plant at".
HAPPENING_VERBS = frozenset({"occur", "happen", "take", "unfold", "erupt", "deliver", "hold", "give", "stage",
                             "strike", "hit", "target", "begin", "start", "break", "kill"})
# Bodies whose acts are the nation's own, so the country is their place: "the United Kingdom's
# Conservative Party won 365 seats", "Iraq's parliament voted".
NATIONAL_BODIES = frozenset({"party", "parliament", "government", "cabinet", "congress", "senate", "assembly",
                             "court", "electorate", "voters", "legislature", "lawmakers", "ministry"})
# Verbs of denying, as one regex alternation: "denied any role", "dismissed as lies the claims that",
# "rejected accusations that", "refuted". Strikes, claims and merging read denials with it.
DENIAL_VERBS = r"den(?:y|ies|ied)|dismiss(?:es|ed)?|reject(?:s|ed)?|refut(?:es|ed)"

# What an attack used, by kind: two attacks of disjoint kinds are two attacks (drones are not a ballistic
# missile, a car bomb is not a drone strike).
# An aircraft, and a strike from the air, may be a drone's or a plane's: both kinds.
WEAPON_KINDS = {"drone": re.compile(r"\b(?:drones?|uavs?|shaheds?|quadcopters?|aircraft|air ?strikes?|airstrikes?)\b", re.I),
                "missile": re.compile(r"\bmissiles?\b", re.I),
                "shelling": re.compile(r"\b(?:shell(?:s|ing|ed)?|artillery|mortars?|rockets?)\b", re.I),
                # from the air: "aircraft struck a village" is not the border's shelling that day
                "bomb": re.compile(r"\b(?:bombs?|bombing|air ?strikes?|airstrikes?|aircraft|warplanes?|jets"
                                   r"|suicide (?:attacks?|bombers?|blasts?))\b", re.I)}


# A strike from the air: an air force's work, not that of gunmen storming a town that night (drones are left out:
# armed groups fly them too).
FROM_THE_AIR = re.compile(r"\b(?:air ?strikes?|airstrikes?|aircraft|warplanes?|(?:fighter )?jets|helicopters?|gunships?"
                          r"|bombers?|air force)\b", re.I)


def weapon_kinds(text: str) -> set[str]:
    return {name for name, pattern in WEAPON_KINDS.items() if pattern.search(text)}

# "a convoy came under naval fire", "the town came under heavy shelling": an attack told from the target
CAME_UNDER = re.compile(r"\bcame under\s+(?:[\w-]+\s+){0,4}(?:fire|attack|shelling|bombardment|rocket fire|drone attack)\b",
                        re.I)

# "another attack", "in a separate attack", "Elsewhere, …": an attack told apart from the one before
# "the bomb", "the toll from the shelling": an attack named as the one told before
THE_ATTACK = re.compile(r"\bthe\s+(?:bombs?|blast|explosion|bombing|attack|strike|raid|assault|shelling|airstrikes?)\b", re.I)
# "(accused the army of firing the shells that) struck the camp near Goma on Tuesday": the attack words of a
# clause, with the place and time after them (an attack talked of, no event of its own)
ATTACK_TOLD = re.compile(r"\b(?:struck|hit|shelled|bombed|attacked|raided|stormed|shelling|bombing|strikes?|raid|assault)"
                         r"\b[^,.;:\"“”]{0,60}", re.I)
SEPARATE = re.compile(r"\b(?:another|a second|a separate|separately|elsewhere)\b", re.I)
