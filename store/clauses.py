"""Events read off a sentence's dependency parse: who did what, by the verb, its subject and its object.

A clause whose verb is an act of authority is a decision ("the ministry banned the airline"); a speech
verb with a named subject is a statement whose speaker is that subject ("officials denounced …"); a
dated clause with an event verb is an `other` event ("a stampede erupted on Tuesday"); a weapon as the
subject of what it did, or an attack given a date, is a strike, and "carried out by", "launched by",
"blamed on" name its attacker. The words are in store/lexicon.py; each kind's detector (store/kinds/)
weighs what is found here against what its cue rules found.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from . import gazetteer
from . import lexicon as lx

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

NAME_LABELS = ("PERSON", "ORG", "GPE", "NORP", "FAC", "LOC")
_MODALS = frozenset({"will", "would", "may", "might", "could", "should", "can", "shall", "must", "wo", "'ll"})
_QUOTES = "\"“”"


@dataclass(slots=True)
class Finding:
    """One event the parse shows in a sentence."""
    kind: str                       # decision, statement, other, strike
    position: int                   # character offset of the verb or noun that shows it
    actors: list[str] = field(default_factory=list)
    speaker: str | None = None      # statements: the subject of the speech verb
    pronoun: bool = False           # the subject is "he", "they": the caller knows who
    attacker: str | None = None     # strikes: "launched by X", "blamed on X", the subject that fired
    announces: bool = False         # decisions: "X announced a ban": the announcement is the decision
    about_attack: bool = False      # statements: "condemned the attack": the attack is only talked about
    mention_only: bool = False      # strikes: "blamed the bombing on X": names the attacker of another event
    reference: bool = False         # strikes: "after the airstrikes": the sentence reports something else
    own_date: bool = False          # a subordinate clause dated on its own: an event beside the main one
    death: bool = False             # other events: someone died ("died", "was shot dead")
    ground: bool = False            # other events: an armed attack on the ground ("gunmen stormed the town")
    fended: bool = False            # other events: an attack someone fended off ("troops repelled an attack by …")
    by_attackers: bool = False      # other events: what "the attackers" told before did ("the attackers arrived at 10pm")
    by_day: bool = False            # other events: an attack named by its day ("the toll from Monday's attack on Chai")
    planned: bool = False           # "is scheduled to meet", "will meet on Saturday": status `expected`
    span: tuple[int, int] | None = None  # strikes by a verb: the verb with its target and places, where
                                         # the strike's own place and numbers are read


_AGE = re.compile(r"\d{1,3}")
_NEXT_IN_STORY = re.compile(r"\s*(?:(?:hours|minutes|moments)\s+later|later|meanwhile|elsewhere|separately"
                            r"|in an?\s+(?:separate|second|further)\s+(?:attack|incident|raid))\b", re.I)


def find(doc: "Doc", dated: bool) -> list[Finding]:
    """Every event the parse shows, at most one per verb or attack noun. `dated`: the sentence has a
    time phrase (an `other` event needs one, or a perfect tense, to be worth a timeline entry)."""
    quoted = _quoted_spans(doc.text)
    # "tomorrow", "that day"; not an age (", said Marie, 52, who fled"), which the tagger may call a date
    dated = dated or any(e.label_ in ("DATE", "TIME") and not _AGE.fullmatch(e.text) for e in doc.ents)
    # "Hours later, gunmen killed six people in Kano": told as what came next in the story, it needs no date
    next_in_story = _NEXT_IN_STORY.match(doc.text) is not None
    found: list[Finding] = []
    used: set[int] = set()
    for tok in doc:
        if tok.i in used or any(a <= tok.idx < b for a, b in quoted):
            continue
        if tok.pos_ in ("VERB", "AUX"):
            finding = (_decision(tok, used) or _statement(tok) or _repelled(tok, used)
                       or _other(tok, dated, next_in_story) or _strike_by_verb(tok))
        elif tok.pos_ in ("NOUN", "PROPN"):
            finding = _strike_by_noun(tok) or _attack_of_a_day(tok, quoted) or _published_by(tok)
        else:
            finding = None
        if finding is not None:
            found.append(finding)
    if any(f.by_day for f in found):
        # "At least five more died in last night's attack": its dead, told with it
        found = [f for f in found if not (f.kind == "other" and not f.ground and (tok := token_at(doc, f.position)) is not None
                                          and tok.lemma_.lower() in lx.DEATH_VERBS | {"wound", "injure"})]
    if dated and not any(f.kind == "other" for f in found):
        named = _event_noun(doc, quoted)  # "this week saw a referendum"
        if named is not None:
            found.append(named)
    order = {"strike": 0, "decision": 1, "statement": 2, "other": 3}
    return sorted(found, key=lambda f: order[f.kind])


# ----- decisions ------------------------------------------------------------------------------------


def _decision(tok: "Token", used: set[int]) -> Finding | None:
    lemma = tok.lemma_.lower()
    purpose = (lemma in ("announce", "declare") and tok.tag_ == "VB" and tok.dep_ in ("advcl", "xcomp")
               and _asserted(tok.head))  # "held a press conference to announce that …"
    subordinate = tok.dep_ in ("relcl", "acl", "advcl")
    if not purpose and (not (_asserted(tok) or tok.dep_ == "acl" and tok.tag_ == "VBN")
                        or tok.dep_ in ("amod", "pcomp", "csubj") or (subordinate and not _own_date(tok))):
        return None  # a subordinate decision counts when it has its own date ("first announced on May 2")
    if tok.tag_ in ("VBZ", "VBP") or (tok.tag_ == "VBN" and any(
            c.dep_ == "auxpass" and c.lower_ in ("is", "are") for c in tok.children)):
        return None  # "the group is banned", "the charter prohibits": a state of affairs, not an act
    objects = _objects(tok)
    if tok.dep_ == "acl":
        objects |= {tok.head.lemma_.lower(), tok.head.lower_}  # "the ban first announced on May 2"
    decided = False
    announces = False
    if lemma in lx.DECISION_VERBS:
        decided = not (lemma == "order" and any(c.lower_ == "in" for c in tok.lefts))
    elif lemma in lx.DECISION_WITH_OBJECT and objects & lx.DECISION_WITH_OBJECT[lemma]:
        decided = True
        announces = lemma in ("announce", "declare")
    elif lemma in ("announce", "declare"):
        for child in tok.children:
            if child.dep_ == "ccomp" and (child.lemma_.lower() in lx.ANNOUNCED_ACTS | lx.DECISION_VERBS
                                          or _objects(child) & lx.DECISION_NOUNS
                                          or _authority_will(tok, child)):
                decided, announces = True, not purpose
                used.add(child.i)
    elif lemma in lx.DECIDING_HEADS:
        for child in tok.children:
            if child.dep_ == "xcomp" and child.lemma_.lower() in lx.DECISION_VERBS | lx.ANNOUNCED_ACTS:
                decided = True
                used.add(child.i)
        decided = decided or bool(objects & lx.DECISION_NOUNS and lemma in ("vote", "agree", "sign"))
    elif lemma in lx.DIRECTIVE_VERBS:
        for child in tok.children:
            if child.dep_ in ("xcomp", "ccomp") and child.lemma_.lower() in lx.DIRECTED_ACTS:
                if child.dep_ == "ccomp" and lemma in _ASKING and any(
                        g.dep_ in ("nsubj", "nsubjpass") for g in child.children):
                    continue  # "told Erdogan the attacks must stop": a demand said, not an order given
                if lemma in ("urge", "tell") and any(_a_peer(o) for o in tok.children if o.dep_ == "dobj"):
                    continue  # "urged Putin to halt attacks", "urged both sides to stop": no authority over them
                    # (a state asking others to act, "asked Schengen nations to restrict visas", is a formal request)
                decided = True
                used.add(child.i)
        decided = decided or bool(lemma == "order" and objects & lx.DECISION_NOUNS)
    if not decided:
        return None
    subject = _subject(tok.head if purpose else tok)
    if subject is None and not _passive(tok) and tok.dep_ != "acl":
        return None
    if lemma in ("withdraw", "pull") and subject is not None and subject.lemma_.lower() in lx.FIGHTER_NOUNS | {"attacker", "assailant"} \
            and not any(c.dep_ == "dobj" for c in tok.children):
        return None  # "its fighters withdrew after two hours of fighting": a retreat in a fight, no one decided it
    subject = _agent(tok) or (None if tok.dep_ == "acl" else subject)
    name = _name(subject) if subject is not None else None
    return Finding("decision", tok.idx, actors=[name] if name else [], announces=announces and not subordinate,
                   pronoun=subject is not None and name is None, own_date=subordinate)


# Directives that only say what should be unless their addressee is told to do it ("told them to leave")
_ASKING = frozenset({"tell", "urge", "ask", "advise"})
# Whom no one asking has authority over: a leader, a state, the sides of a conflict ("residents", "troops" are told)
_PEERS = frozenset({"side", "party", "counterpart", "leader", "country", "nation", "neighbour", "neighbor"})


def _a_peer(addressee: "Token") -> bool:
    return addressee.ent_type_ in ("PERSON", "GPE", "NORP") or addressee.lemma_.lower() in _PEERS


def _authority_will(verb: "Token", said: "Token") -> bool:
    """'the government announced the new region would be governing itself from 2022': an authority
    announcing what will be is deciding it."""
    subject = _subject(verb)
    authority = subject is not None and (subject.ent_type_ == "GPE" or subject.lemma_.lower() in lx.AUTHORITY_NOUNS)
    return authority and any(c.dep_ == "aux" and c.lower_ in ("will", "would", "shall") for c in said.children)


# ----- statements -----------------------------------------------------------------------------------


def _statement(tok: "Token") -> Finding | None:
    lemma = tok.lemma_.lower()
    particles = {c.lower_ for c in tok.children if c.dep_ in ("prt", "prep")}
    speech = (lemma in lx.SPEECH_VERBS and lemma not in ("call", "speak")) or any(
        (lemma, p) in lx.SPEECH_PHRASES for p in particles) or (
        lemma == "call" and any(c.dep_ in ("oprd", "xcomp") for c in tok.children))  # called it "void"
    publish = lemma in lx.PUBLISH_VERBS and bool(_objects(tok) & lx.PUBLISHED_THINGS)
    if lemma in ("pledge", "promise") and not any(c.dep_ in ("xcomp", "ccomp") for c in tok.children):
        speech = False  # "pledged funds": a gift, not words; "pledged to rebuild" is said
    if not (speech or publish) or not _asserted(tok) or (speech and not publish and _passive(tok)):
        return None  # "were called to join", "have been denied visas": no one speaks
    if tok.dep_ not in ("ROOT", "conj", "ccomp", "parataxis") or (
            tok.dep_ == "ccomp" and tok.head.lemma_.lower() not in ("report", "say", "tell", "add", "state")
            and not any(t.text == ";" for t in tok.doc[min(tok.i, tok.head.i): max(tok.i, tok.head.i)])):
        return None
    subject = _subject(tok)
    if subject is None:
        return None
    if subject.lower_ in ("we", "i", "you", "who", "which", "that"):
        return None
    name = _name(subject)
    if name is None and subject.lower_ not in lx.PRONOUNS:
        return None
    about_attack = not publish and bool(_objects(tok) & lx.ATTACK_NOUNS)
    return Finding("statement", tok.idx, actors=[name] if name else [], speaker=name, pronoun=name is None,
                   about_attack=about_attack)


def counts(doc: "Doc") -> dict[str, int]:
    """Counted nouns: '17 rockets', 'three days of mourning', 'more than a million people'
    ({'rockets': 17, 'days': 3, 'people': 1000000}); the number words are read by `parse_number`."""
    from .entities import parse_number

    found: dict[str, int] = {}
    for tok in doc:
        if tok.dep_ != "nummod" or tok.head.pos_ not in ("NOUN", "PROPN"):
            continue
        if tok.ent_type_ in ("DATE", "TIME") and not any(c.lower_ == "of" for c in tok.head.children):
            continue  # "three days ago" is a time; "three days of mourning" counts days
        words = ["one" if t.lower_ in ("a", "an") else t.text
                 for t in doc[tok.left_edge.i: tok.i + 1] if t.like_num or t.lower_ in ("a", "an")]
        number = parse_number(" ".join(words[-2:]) if len(words) > 1 else tok.text)
        if number is not None and number > 0:
            found.setdefault(tok.head.lower_, number)
    return found


def token_at(doc: "Doc", position: int) -> "Token | None":
    """The token that starts at character `position` (where a cue or a finding stands), if any."""
    return next((tok for tok in doc if tok.idx == position), None)


def conjoined(doc: "Doc", a: int, b: int) -> bool:
    """Whether the verbs at two positions are one clause's coordinated verbs ("stormed the prison and
    freed 200 inmates"): one subject doing both, one occurrence told."""
    first, second = token_at(doc, a), token_at(doc, b)
    if first is None or second is None:
        return False
    return (second.dep_ == "conj" and second.head.i == first.i) or (first.dep_ == "conj" and first.head.i == second.i)


def in_background_clause(doc: "Doc", position: int) -> bool:
    """Whether the word at `position` is the verb of a relative clause without a date of its own
    ('the government, which has ordered …')."""
    tok = token_at(doc, position)
    return tok is not None and tok.dep_ == "relcl" and not _own_date(tok)


def in_cause_clause(doc: "Doc", position: int) -> bool:
    """Whether the word at `position` (a verb or its subject) stands in an adverbial clause of time or
    cause without a date of its own ("suspended the race after a storm hit the course")."""
    tok = token_at(doc, position)
    if tok is None:
        return False
    verb = tok.head if tok.dep_ in ("nsubj", "nsubjpass") else tok
    return (verb.dep_ == "advcl" and not _own_date(verb)
            and any(c.dep_ == "mark" and c.lower_ in _CAUSE_MARKS for c in verb.children))


def _subject_at(doc: "Doc", position: int) -> "Token | None":
    tok = token_at(doc, position)
    return _subject(tok) if tok is not None else None


def pronoun_subject_at(doc: "Doc", position: int) -> bool:
    """Whether the verb at `position` has "he" or "she" for its subject ("On Tuesday he spoke by phone")."""
    subject = _subject_at(doc, position)
    return subject is not None and subject.lower_ in ("he", "she")


def subject_names_at(doc: "Doc", position: int) -> list[str]:
    """The names of the subject of the verb at `position` and of the subjects coordinated with it ("Rubio and Fidan
    spoke by phone": both), in order; none for pronouns and common nouns."""
    tok = token_at(doc, position)
    subject = (_agent(tok) or _subject(tok)) if tok is not None else None
    if subject is None:
        return []
    return [name for word in (subject, *subject.conjuncts) if (name := _name(word))]


def subject_at(doc: "Doc", position: int) -> str | None:
    """The name of the subject of the verb at `position` ("Pakistan's military … claimed": Pakistan's
    military), following coordinated verbs back to their subject; None for pronouns and common nouns."""
    tok = token_at(doc, position)
    if tok is None:
        return None
    subject = _agent(tok) or _subject(tok)
    if subject is not None and subject.dep_ == "nsubjpass" and tok.dep_ == "conj" \
            and subject.head.dep_ == "ccomp" and subject.head.head.lemma_.lower() in lx.SPEECH_VERBS:
        # "X said 31 were killed and claimed …", parsed with "claimed" joined to "killed": X claims
        subject = _subject(subject.head.head)
    return _name(subject) if subject is not None else None


# Who comes under fire only in words: people, bodies and plans ("the minister came under heavy fire from
# lawmakers", "the national team came under fire from fans", "the drone programme came under withering fire")
_CRITICISED = frozenset({"minister", "mayor", "president", "governor", "government", "team", "programme", "program",
                         "plan", "policy", "official", "lawmaker", "party", "company", "coach", "leader", "chief",
                         "budget", "decision", "law", "bill", "administration", "spokesman", "spokeswoman", "ministry",
                         "council", "commission", "board", "club", "federation", "league", "court", "judge"})


def said_of_people(doc: "Doc", position: int) -> bool:
    """Whether what "came under fire" at `position` is a person, a body or a plan: words, not shots."""
    subject = _subject_at(doc, position)
    return subject is not None and (subject.ent_type_ == "PERSON" or subject.lemma_.lower() in _CRITICISED)


def told_by_actor(doc: "Doc", position: int) -> tuple[int, str | None] | None:
    """When the verb at `position` tells the speaker's own act in a reported clause ("India said it
    struck nine sites", "he said he had spoken by phone with"): (where the speech verb is, the
    speaker's name or None). The reported verb's subject is a pronoun standing for the speaker."""
    tok = token_at(doc, position)
    if tok is None:
        return None
    if tok.pos_ in ("NOUN", "PROPN") and tok.dep_ in ("dobj", "nsubjpass") or tok.dep_ == "prep":
        tok = tok.head  # "said it had carried out the attack", "said she … in a call": the verb that tells it
    subject = _subject(tok)
    own_force = subject is not None and _own_force(subject)
    if subject is None or subject.lower_ not in ("it", "they", "we", "he", "she", "i") and not own_force:
        return None
    clause = tok
    for _ in range(4):  # up through coordinated verbs to the reported clause
        said = clause.head
        if clause.dep_ == "acl" and said.lemma_.lower() in ("statement", "announcement") and said.head.dep_ == "prep":
            said = said.head.head  # "said in a statement that the air force had struck …"
        if clause.dep_ in ("ccomp", "acl") and said.lemma_.lower() in lx.SPEECH_VERBS:
            speaker = _subject(said)
            if own_force and (speaker is None or not any(t.lemma_.lower() in _MILITARY_VOICES for t in speaker.subtree)):
                return None  # "officials said the army had struck …": whose army is not told
            return said.idx, _name(speaker) if speaker is not None else None
        if clause.dep_ not in ("conj", "xcomp") or clause.head is clause:
            return None
        clause = clause.head
    return None


# Who speaks for an armed side: "junta spokesman Zaw Min Tun said the air force had struck a camp"
_MILITARY_VOICES = frozenset({"spokesman", "spokesperson", "spokeswoman", "army", "military", "junta", "command",
                              "ministry"})
_FORCE_NOUNS = frozenset({"force", "forces", "army", "military", "troops", "navy", "artillery"})


def _own_force(subject: "Token") -> bool:
    """"the air force", "its troops", "our forces": the speaker's own force, no other side named with it."""
    if subject.lemma_.lower() not in _FORCE_NOUNS and subject.lower_ not in _FORCE_NOUNS:
        return False
    return all(c.dep_ == "det" and c.lower_ in ("the", "its", "our", "their") or c.dep_ == "compound" and c.lower_ == "air"
               for c in subject.children if c.i < subject.i)


def object_of_verb(doc: "Doc", position: int) -> bool:
    """Whether the word at `position` is the direct object of a verb ("suspended the marathon")."""
    tok = token_at(doc, position)
    return tok is not None and tok.dep_ == "dobj"


_CAUSE_MARKS = frozenset({"after", "before", "as", "when", "because", "since", "while", "once", "until"})


def speakers(doc: "Doc") -> list[tuple[int, str]]:
    """(where, who) for each speech verb with a subject and a reported clause after it, the subject as
    written without its article ("An Iraqi policeman says that …": "Iraqi policeman")."""
    found = []
    for tok in doc:
        if tok.pos_ != "VERB" or tok.lemma_.lower() not in lx.SPEECH_VERBS or _passive(tok):
            continue
        subject = _subject(tok)
        if subject is None or not any(c.dep_ == "ccomp" and c.i > tok.i for c in tok.children):
            continue
        words = [t for t in subject.subtree if t.dep_ != "det"]
        written = doc[words[0].i:words[-1].i + 1].text if words[-1].i - words[0].i + 1 == len(words) \
            else " ".join(t.text for t in words)  # "junta's information team", not "junta 's …"
        found.append((tok.idx, _name(subject) or written))
    return found


def someone_speaks(doc: "Doc") -> bool:
    """Whether any clause has a speech verb in the active voice with a subject ("X denied", not
    "X was denied a visa"), or words are quoted: the cue rules' statements need one of these."""
    if _quoted_spans(doc.text):
        return True
    for tok in doc:
        if tok.pos_ != "VERB" or _passive(tok):
            continue
        lemma = tok.lemma_.lower()
        particles = {c.lower_ for c in tok.children if c.dep_ in ("prt", "prep")}
        if (lemma in lx.SPEECH_VERBS or any((lemma, p) in lx.SPEECH_PHRASES for p in particles)
                or tok.dep_ == "advcl" and lemma in lx.SPEECH_VERBS) and (
                _subject(tok) is not None or tok.tag_ == "VBG"):
            return True
    return "according to" in doc.text.lower()


def content_after(doc: "Doc", position: int) -> tuple[int, int] | None:
    """Where the clause said by the speech verb at `position` lies, when it follows the verb
    ("said that the man lived there in August"); None when it comes first or there is none."""
    tok = token_at(doc, position)
    if tok is None or tok.lemma_.lower() not in lx.SPEECH_VERBS:
        return None
    for child in tok.children:
        if child.dep_ == "ccomp" and child.i > tok.i:
            last = child.right_edge
            return child.left_edge.idx, last.idx + len(last.text)
    return None


def _published_by(tok: "Token") -> Finding | None:
    """'according to a tweet on Monday by the minister', 'a statement from the ministry on Friday'."""
    if tok.lemma_.lower() not in lx.PUBLISHED_THINGS or not _has_date(tok, deep=True):
        return None
    for child in tok.children:
        if child.dep_ in ("prep", "agent") and child.lower_ in ("by", "from"):
            authors = [g for g in child.children if g.dep_ == "pobj"]
            name = _name(authors[0]) if authors else None
            if name:
                return Finding("statement", tok.idx, actors=[name], speaker=name)
    return None


# ----- other events ---------------------------------------------------------------------------------


_GROUND_ATTACKS = frozenset({"attack", "storm", "ambush", "raid", "overrun"})
# Who attacks on the ground: armed people, or a group the tagger names ("Taliban fighters", "al-Shabaab").
_ATTACKERS = lx.ARMED_SUBJECTS | lx.FIGHTER_NOUNS | frozenset({
    "gunmen", "attacker", "assailant", "bomber", "terrorist", "soldier", "troops", "police", "policeman",
    "militia", "bandit", "raider", "mob", "group", "man", "men", "fighters", "rebels", "militants", "insurgents",
    "attackers", "assailants", "militiaman", "militiamen", "jihadist", "jihadists", "extremist", "extremists",
    "gangster", "gangsters", "kidnapper", "kidnappers", "combatant", "combatants", "gang", "gangs"})


def _armed(subject: "Token") -> bool:
    """Armed people: 'gunmen', 'militants', or members of a gang ('gang members', 'militia members')."""
    return subject.lemma_.lower() in _ATTACKERS or (subject.lemma_.lower() == "member" and any(
        c.dep_ in ("compound", "amod") and c.lemma_.lower() in _ATTACKERS | {"gang"} for c in subject.children))


def _armed_or_group(subject: "Token") -> bool:
    return _armed(subject) or subject.ent_type_ in ("NORP", "ORG")


_TRYING = frozenset({"try", "attempt", "seek"})


_FENDING = frozenset({"repulse", "repel", "foil", "thwart"})
_FENDING_OFF = {"beat": "back", "fight": "off", "fend": "off"}  # "beat back an attack"
_ASSAULT_NOUNS = frozenset({"attack", "assault", "raid", "incursion", "infiltration", "ambush"})
_NO_ATTACK_MADE = frozenset({"any", "every", "future", "all", "planned", "attempted", "possible", "potential",
                             "cyber", "cyberattack", "verbal", "legal"})
# who fends off an attack besides armed men and a force: "soldiers and volunteers", "vigilantes", "the guards"
_DEFENDERS = frozenset({"soldier", "volunteer", "vigilante", "guard", "policeman", "officer", "unit", "defender",
                        "troop", "personnel"})


def _repelled(tok: "Token", used: set[int]) -> Finding | None:
    """"Five soldiers were killed while repulsing an attack by militants on a checkpost": the attack
    happened, whoever fended it off (the guide files an armed attack on the ground as other)."""
    lemma = tok.lemma_.lower()
    if lemma not in _FENDING and not (lemma in _FENDING_OFF and any(
            c.dep_ == "prt" and c.lower_ == _FENDING_OFF[lemma] for c in tok.children)):
        return None
    attack = next((c for c in tok.children if c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in _ASSAULT_NOUNS),
                  None)
    # "were killed while repulsing an attack": the gerund is as asserted as the clause it hangs on
    asserted = _asserted(tok) or tok.tag_ == "VBG" and tok.dep_ == "advcl" and _asserted(tok.head)
    if attack is None:
        return None
    used.add(attack.i)  # the noun is this attack (or none at all), not a strike of its own
    if not asserted or any(c.lower_ in _NO_ATTACK_MADE for c in attack.children):
        return None  # "ready to repel any attack", "foiled a planned attack", "a cyber attack": none made
    defenders = _subject(tok)
    if lemma in ("foil", "thwart") or defenders is not None and not (
            _armed_or_group(defenders) or defenders.lemma_.lower() in _FORCE_NOUNS | _DEFENDERS):
        return None  # "police foiled an attack": prevented, never made; "the goalkeeper repelled an attack": a game
    # "an RSF assault": the attackers named before the noun
    attacker = _attacker_of_noun(attack) or next(
        (_name(c) or attack.doc[c.left_edge.i: c.i + 1].text for c in attack.children
         if c.dep_ in ("compound", "amod") and (c.ent_type_ in ("ORG", "NORP") or c.pos_ == "PROPN" and c.text[:1].isupper())),
        None)
    # "repulsing an attack by militants": the parse hangs "by" on the verb or on the attack
    by = next((g for c in (*tok.children, *attack.children) if c.dep_ == "prep" and c.lower_ == "by"
               for g in c.children if g.dep_ == "pobj"), None)
    if attacker is None and by is not None:
        group = next((c.text for c in by.children if c.dep_ == "compound" and c.text[:1].isupper()), None)
        # "an attack by ISWAP terrorists": the group the armed men are named by
        attacker = _name(by) or (group or by.text if _armed(by) else None)
    # "repelled an attack" tells the defenders' success (a claim beside the attack, when they tell it);
    # "were killed while repulsing an attack" tells only the attack and its toll
    return Finding("other", attack.idx, actors=[attacker] if attacker else [], ground=True, fended=tok.tag_ != "VBG")


def _takes_effect(tok: "Token") -> bool:
    """"took effect", "came into force", "went into effect", "entered into force"."""
    lemma = tok.lemma_.lower()
    if lemma == "take":
        return "effect" in _objects(tok)
    return lemma in ("come", "go", "enter") and any(
        c.dep_ == "prep" and c.lower_ == "into" and any(g.lower_ in ("force", "effect") for g in c.children)
        for c in tok.children)


def _other(tok: "Token", dated: bool, next_in_story: bool = False) -> Finding | None:
    lemma = tok.lemma_.lower()
    planned = False
    objects = _objects(tok)
    subject = _subject(tok)
    if subject is not None and subject.lower_ in ("which", "that", "who") and tok.dep_ == "relcl":
        subject = tok.head  # "the procession, which took place on Monday"
    if any(c.dep_ == "advmod" and c.lower_ in lx.HABIT_WORDS for c in tok.children):
        return None  # "has always elected": no one occurrence
    if _describes_speaker(tok) or _describes_people(tok):
        return None  # "Musa Lawan, a resident who fled to Damaturu, said …": who the teller is, no event
    if lemma in ("gather", "assemble") and (_passive(tok) or tok.dep_ == "acl" and not any(
            c.dep_ == "nsubj" for c in tok.children)):
        return None  # "the evidence already gathered", "weapons were assembled": things gathered, no gathering
    if subject is not None and any(c.lower_ in ("no", "little", "few") and c.dep_ in ("det", "amod")
                                   for c in subject.children):
        return None  # "little reconstruction has taken place": what did not happen
    event = (lemma in lx.EVENT_VERBS
             or (lemma in lx.EVENT_WITH_OBJECT and bool(objects & lx.EVENT_WITH_OBJECT[lemma]))
             or (subject is not None and subject.lemma_.lower() in lx.EVENT_SUBJECTS
                 and lemma in lx.EVENT_SUBJECT_VERBS))
    if subject is not None and event and _the_call_again(subject, tok):
        return None  # "the call took place on Wednesday evening": the call told again, its time its own cue's
    if subject is not None and _takes_effect(tok) and subject.lemma_.lower() in lx.DECISION_NOUNS | {"cessation"} \
            and _asserted(tok):
        # "A ceasefire took effect at noon", "the curfew came into force on Saturday": the decision, in force
        # ("the truce will take effect on Sunday" is a planned occurrence, below)
        return Finding("decision", tok.idx)
    if subject is not None and subject.lemma_.lower() in lx.ATTACK_NOUNS and event and _armed_noun(subject):
        # "the attack took place at 7:45 p.m.": an attack given its time is a strike
        return Finding("strike", subject.idx) if dated and _asserted(tok) else None
    if tok.dep_ == "xcomp" and (tok.head.lemma_.lower() in lx.SCHEDULE_WORDS or tok.head.lemma_ == "be") and event:
        planned = True
        head = tok.head
    elif tok.dep_ == "xcomp" and tok.head.lemma_.lower() in _TRYING and lemma in _GROUND_ATTACKS:
        head = tok.head  # "militants tried to storm the post": the attempt is the attack
    else:
        head = tok
    fixture = lemma in lx.FIXTURE_VERBS and tok.tag_ in ("VBZ", "VBP") and dated
    event = event or fixture
    if event and dated and (_future(tok) or _reported(tok) and _would(tok) or fixture) and _concrete_date(tok):
        # "the ministers will meet in Geneva on Saturday", "…will meet Trump on Monday, his office said",
        # "the ministry said it would brief envoys on Friday": a plan with its day is a planned event
        planned = True
    if lemma == "be" and dated and subject is not None and _asserted(tok) and any(
            c.dep_ in ("acomp", "attr") and c.lemma_.lower() in lx.SCHEDULE_WORDS for c in tok.children) and (
            {subject.lemma_.lower(), subject.lower_} & (lx.EVENT_SUBJECTS | lx.EVENT_NOUNS)):
        return Finding("other", tok.idx, planned=True)  # "talks are due next week" 
    if lemma in lx.SCHEDULE_WORDS and _passive(tok) and dated and subject is not None and not any(
            c.dep_ == "xcomp" for c in tok.children) and (
            # "the 5,000 metres final": the parser may make the event noun a modifier of the subject
            {w.lemma_.lower() for w in (subject, *subject.children) if w is subject or w.dep_ in ("amod", "compound")}
            & (lx.EVENT_SUBJECTS | lx.EVENT_NOUNS)) and _concrete_date(tok):
        return Finding("other", tok.idx, planned=True)  # "the final is scheduled for Wednesday"
    if not event or not (planned or _asserted(head)):
        return None
    if lemma in _GROUND_ATTACKS or (lemma == "open" and "fire" in objects):
        if tok.dep_ == "xcomp" and head is tok:
            return None  # "began attacking merchant ships in November": a campaign, not one attack
        if subject is None or not _armed_or_group(subject):
            return None  # "critics attacked the budget", "the coach opened fire on his critics": words
    if lemma == "shoot" and any(c.dep_ == "prt" and c.lower_ == "down" for c in tok.children):
        return None  # "shot down a jet": a strike's word
    if lemma in ("kill", "wound", "injure") and subject is not None and subject.lemma_.lower() in lx.ATTACK_NOUNS:
        return None  # "the bombing killed": a strike's aftermath
    if lemma in lx.DEATH_VERBS | {"wound", "injure"} and subject is not None and subject.lemma_.lower() == "bomber" \
            and any(c.lower_ == "suicide" for c in subject.children if c.dep_ in ("amod", "compound")):
        # "A suicide bomber killed at least nine people at a mosque": a bomb, as "a suicide bomber blew himself
        # up" is, not gunmen's attack on the ground
        return Finding("strike", tok.idx) if dated and _asserted(tok) else None
    perfect = any(c.dep_ in ("aux", "auxpass") and c.lemma_ == "have" for c in tok.children)
    # "gunmen stormed the prison", "armed men killed four people": an attack the guide files as other.
    # What it was done to is named ("the Wizards stormed to victory" attacked nothing).
    ground = subject is not None and not _passive(tok) and _armed_or_group(subject) and (
        lemma in _GROUND_ATTACKS and any(c.dep_ == "dobj" for c in tok.children)
        or lemma == "open" and "fire" in objects
        or lemma in lx.DEATH_VERBS | {"wound", "injure"} and _armed(subject)) or (
        # "Seven farmers were killed near Sabon Gari by suspected insurgents": armed men killed them
        _passive(tok) and lemma in lx.DEATH_VERBS | {"wound", "injure"} and (agent := _agent(tok)) is not None
        and _armed(agent))
    if not (dated or perfect or ground and next_in_story):
        return None
    actors = [n for n in (_name(subject) if subject is not None else None,) if n]
    by_attackers = subject is not None and subject.lower_ in _THE_ATTACKERS and any(
        c.dep_ == "det" and c.lower_ == "the" for c in subject.children)
    return Finding("other", tok.idx, actors=actors, planned=planned, death=lemma in lx.DEATH_VERBS, ground=ground,
                   by_attackers=by_attackers)


def _describes_speaker(verb: "Token") -> bool:
    """A relative clause without a date of its own on whoever speaks ("a resident who fled to Damaturu",
    "Amina, whose brother was killed, said"): it tells who the teller is."""
    if verb.dep_ != "relcl" or _own_date(verb):
        return False
    noun = verb.head
    while noun.dep_ == "appos" and noun.head is not noun:
        noun = noun.head  # "Musa Lawan, a resident who fled": the resident is Musa Lawan
    return noun.dep_ == "nsubj" and noun.head.lemma_.lower() in lx.SPEECH_VERBS


def _describes_people(verb: "Token") -> bool:
    """"the shelters, where tens of thousands of people who fled the fighting have sought refuge": a relative
    clause without a date of its own on people it describes (who they are), no occurrence."""
    if verb.dep_ != "relcl" or _own_date(verb):
        return False
    noun = verb.head  # "tens of thousands of people who fled": the people, counted
    counted = {g.lemma_.lower() for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children}
    return bool(({noun.lemma_.lower()} | counted) & _PEOPLE_DESCRIBED)


_PEOPLE_DESCRIBED = frozenset({"people", "person", "family", "resident", "civilian", "refugee", "villager", "child",
                               "woman", "man", "farmer", "student", "worker"})


# "the attackers", "the gunmen": armed men the story has told of already
_THE_ATTACKERS = frozenset({"attackers", "assailants", "gunmen", "raiders", "militants", "insurgents", "bandits",
                            "fighters", "bombers", "kidnappers"})


def _event_noun(doc: "Doc", quoted: list[tuple[int, int]]) -> Finding | None:
    """A dated sentence whose main clause names an occurrence: 'this week saw a referendum'."""
    for tok in doc:
        if tok.lemma_.lower() not in lx.EVENT_NOUNS or any(a <= tok.idx < b for a, b in quoted):
            continue
        if tok.dep_ not in ("nsubj", "nsubjpass", "dobj", "attr"):
            continue
        verb = tok.head
        if verb.tag_ in ("VBZ", "VBP"):
            continue  # "a week which features military parades": what recurs, not one occurrence
        if _asserted(verb) or (verb.dep_ in ("ccomp", "xcomp") and _asserted(verb.head)):
            return Finding("other", tok.idx)
    return None


# ----- strikes --------------------------------------------------------------------------------------


def _strike_by_noun(tok: "Token") -> Finding | None:
    lemma = tok.lemma_.lower()
    rigged = _rigged(tok)
    # "an improvised explosive device killed two officers": a bomb by another name
    device = lemma == "device" and any(c.lemma_.lower() == "explosive" for c in tok.children if c.dep_ in ("amod", "compound"))
    if lemma not in lx.ATTACK_NOUNS and not (lemma in lx.PROJECTILE_NOUNS and _fired(tok)) and not rigged \
            and not device:
        return None  # "mortar rounds landed", "tank shells fell": what a weapon fires
    head = tok.head
    if rigged and not (tok.dep_ == "nsubj" and head.lemma_.lower() in _WENT_OFF and _asserted(head)):
        return None  # "a truck loaded with explosives was intercepted before it could blow up": no attack
    weapon = _weapon(tok) or lemma in lx.PROJECTILE_NOUNS or rigged or device
    strong = False
    dated = _has_date(tok)
    if head.lemma_ == "be":  # "a car bomb was on Monday rammed into …", parsed as "was" + a participle
        head = next((c for c in head.children if c.tag_ in ("VBN", "VBD") and c.lemma_.lower() in lx.ATTACK_EFFECT_VERBS),
                    head)
    # "Twin bombings struck the cathedral", "a car bomb was rammed into a base"
    if tok.dep_ in ("nsubj", "nsubjpass") and head.lemma_.lower() in lx.ATTACK_EFFECT_VERBS and weapon:
        strong = _asserted(head)
    # "the toll from the motorcycle bomb that went off outside the station on Sunday night rose to four": the
    # relative clause tells the bomb going off, whatever the main clause says of it
    elif weapon and (own := _what_it_did(tok)) is not None:
        strong = _asserted(own)
    # "killed by a roadside bomb"
    elif (tok.dep_ == "pobj" and head.lower_ in ("by", "in") and weapon
          and head.head.lemma_.lower() in lx.HARM_VERBS):
        strong = True
    attacker = _attacker_of_noun(tok)
    if tok.dep_ == "pobj" and head.lower_ in lx.SEQUENCE_PREPOSITIONS and not dated:
        # "fighters escaped following airstrikes": the attack only places another event in time
        return Finding("strike", tok.idx, attacker=attacker, mention_only=True, reference=True)
    if attacker and (tok.dep_ == "dobj" and head.lemma_.lower() in lx.TALKED_ABOUT_VERBS or _blamed_for(tok)):
        # "attributed the bombing to X", "blamed X for the attack": the attack is talked about, not reported
        return Finding("strike", tok.idx, attacker=attacker, mention_only=True)
    if _talked_about(tok):
        # A date the parse hangs on the verb is the talk's ("discussed the missile strike on Sumy on Sunday
        # afternoon" in a call's readout), not the attack's: only the noun's own makes it told here.
        if not _has_date(tok, deep=True) and any(c.dep_ in ("det", "poss") and c.lower_ != "a" for c in tok.children):
            # "she raised the air strikes on civilians", "discussed air defence and the drone attacks": an
            # attack told elsewhere, talked of here ("raised Friday's missile strike on Sumy" is dated: told)
            return Finding("strike", tok.idx, mention_only=True, reference=True)
        if tok.dep_ == "dobj":
            return None
    if not strong and lemma in lx.ATTACK_EVENT_NOUNS:
        strong = dated or attacker is not None  # "the December 31 attack", "an attack carried out by X"
        # "killed in Sunday's bombing of the market": a bombing named by its day (an attack named so, with no
        # weapon, is the ground attack of that day: _attack_of_a_day)
        strong = strong or (weapon or lemma != "attack" and lemma not in _GROUND_ATTACKS) and _day_owns(tok)
    if not strong and weapon and (dated or _has_date(head)) and tok.dep_ in ("nsubj", "nsubjpass") and _asserted(head):
        strong = True  # "artillery exchanges continued through Thursday"
    if not strong:
        return None
    return Finding("strike", tok.idx, actors=[attacker] if attacker else [], attacker=attacker)


def _day_owns(tok: "Token") -> bool:
    """"Monday's attack", "Sunday night's raid": the noun named by its day."""
    return any(c.dep_ == "poss" and any(t.ent_type_ in ("DATE", "TIME") for t in c.subtree) for c in tok.children)


def _attack_of_a_day(tok: "Token", quoted: list[tuple[int, int]]) -> Finding | None:
    """"The number of people killed in Monday's attack on Chai has risen to seven", "a woman wounded in Monday's
    raid died on Wednesday": an attack with no weapon named by its day is that day's armed attack on the ground
    (the guide's `other`), told here by its toll or its wounded; not when it is only talked of ("condemned
    Monday's attack": the statement's) nor inside quoted words."""
    if tok.lemma_.lower() not in _GROUND_ATTACKS | {"assault"} or not _day_owns(tok) or _weapon(tok) \
            or _talked_about(tok) or any(a <= tok.idx < b for a, b in quoted):
        return None
    return Finding("other", tok.idx, ground=True, by_day=True)


def _strike_by_verb(tok: "Token") -> Finding | None:
    """'forces fired artillery', 'launched airstrikes on the town'."""
    participle = tok.tag_ == "VBG" and tok.dep_ in ("advcl", "conj") and _asserted(tok.head)  # "…, firing artillery"
    if tok.lemma_.lower() not in lx.ATTACK_VERBS or not (participle or _asserted(tok)):
        return None
    armed = tok.lemma_.lower() in lx.ATTACKING_VERBS and _subject(tok) is not None  # "jets bombed the port"
    armed = armed or _armed_at_target(tok) or _raid_at_target(tok)
    if not armed and not any(_weapon(c) for c in tok.children if c.dep_ in ("dobj", "nsubjpass")):
        return None
    subject = _subject(tok)
    attacker = None
    if subject is not None and subject.lemma_.lower() not in lx.WEAPON_NOUNS and subject.ent_type_ != "PERSON":
        attacker = _group_of(subject) or _name(subject)  # a country or a force fires; a leader who "launched" a campaign does not
    return Finding("strike", tok.idx, actors=[attacker] if attacker else [], attacker=attacker, span=_core(tok))


def _core(verb: "Token") -> tuple[int, int]:
    """Characters of the verb, its object and its place phrases ("struck nine sites in Pakistan"), without
    the clauses hung on it ("…, in what it called a response to last month's attack in Pahalgam")."""
    end = verb.idx + len(verb.text)
    for child in verb.children:
        if child.i < verb.i:
            continue
        place = child.dep_ == "prep" and child.lower_ in lx.PLACE_PREPOSITIONS and any(
            g.dep_ == "pobj" and g.tag_ not in ("WP", "WDT") for g in child.children)
        if (child.dep_ in ("dobj", "dative") or place) and not any(
                t.dep_ in _HUNG_CLAUSES for t in child.subtree):
            last = child.right_edge
            end = max(end, last.idx + len(last.text))
    return verb.idx, end


_HUNG_CLAUSES = frozenset({"relcl", "acl", "ccomp", "pcomp", "advcl"})


def _fired(projectile: "Token") -> bool:
    """'mortar rounds', 'tank shells': what a weapon or a gun fires; not 'rounds of applause'."""
    return not any(c.dep_ == "prep" and c.lower_ == "of" for c in projectile.children) and any(
        c.dep_ in ("compound", "amod") and c.lemma_.lower() in lx.WEAPON_NOUNS | lx.GUN_NOUNS
        for c in projectile.children)


def _what_it_did(weapon: "Token") -> "Token | None":
    """The verb of a relative clause whose subject is the weapon itself: "the bomb that went off", "the
    missile which struck the school" (not "the bomb that police defused": the police did that)."""
    return next((c for c in weapon.children if c.dep_ == "relcl" and c.lemma_.lower() in lx.ATTACK_EFFECT_VERBS
                 and any(s.dep_ == "nsubj" and s.tag_ == "WDT" for s in c.children)), None)


def _talked_about(tok: "Token") -> bool:
    """The object (or one of the objects) of a verb that talks about it: "condemned the attack",
    "discussed air defence and the drone attacks"."""
    while tok.dep_ == "conj":
        tok = tok.head
    return tok.dep_ == "dobj" and tok.head.lemma_.lower() in lx.TALKED_ABOUT_VERBS


_RIGGING = frozenset({"pack", "lade", "laden", "load", "rig", "stuff", "fill", "cram"})
_WENT_OFF = frozenset({"explode", "blow", "go", "detonate"})
_EXPLOSIVES = frozenset({"explosive", "explosives", "bomb", "bombs", "dynamite", "tnt"})


def _rigged(tok: "Token") -> bool:
    """'a motorcycle packed with explosives', 'a truck laden with explosives': a bomb, whatever carries it."""
    return any(c.dep_ in ("acl", "amod") and c.lemma_.lower() in _RIGGING and any(
        p.dep_ == "prep" and p.lower_ == "with" and any(o.lemma_.lower() in _EXPLOSIVES for o in p.children)
        for p in c.children) for c in tok.children)


def _weapon(tok: "Token") -> bool:
    """'missiles', 'mortar shells', 'artillery rounds': a weapon, or what a weapon named before it fires."""
    return tok.lemma_.lower() in lx.WEAPON_NOUNS or any(
        c.dep_ in ("compound", "amod") and c.lemma_.lower() in lx.WEAPON_NOUNS for c in tok.children)


def _group_of(fighters: "Token") -> str | None:
    """'Al-Shabaab militants', 'Houthi rebels': the group the fighters belong to, named before them; 'U.S.
    aircraft', 'Russian jets': the state whose aircraft they are."""
    aircraft = fighters.lemma_.lower() in _AIRCRAFT_LEMMAS
    if fighters.lemma_.lower() not in lx.FIGHTER_NOUNS and not aircraft:
        return None
    owners = ("ORG", "NORP", "GPE") if aircraft else ("ORG", "NORP")
    for child in fighters.children:
        if child.dep_ in ("compound", "amod", "nmod") and child.ent_type_ in owners:
            return next((_strip_article(e) for e in fighters.doc.ents if e.start <= child.i < e.end), None)
    return None


_AIRCRAFT_LEMMAS = frozenset({"aircraft", "jet", "warplane", "plane", "helicopter", "bomber", "gunship"})


def _armed_at_target(tok: "Token") -> bool:
    """'India said it struck nine sites', 'the army hit militant positions': a targeting verb whose
    subject is a state, an armed group or an armed force and whose object is a place or target."""
    if tok.lemma_.lower() not in lx.TARGETING_VERBS:
        return False
    subject = _subject(tok)
    if subject is None:
        return False
    armed = (subject.ent_type_ in ("GPE", "NORP", "ORG") or subject.lemma_.lower() in lx.ARMED_SUBJECTS
             or subject.lower_ in lx.ARMED_SUBJECTS)
    targets = [c for c in tok.children if c.dep_ == "dobj"]
    return armed and any(t.lemma_.lower() in lx.TARGET_NOUNS or t.ent_type_ in ("GPE", "FAC", "LOC") or _known_town(t)
                         for t in targets)


def _raid_at_target(tok: "Token") -> bool:
    """'Raids also targeted a military site near the airport': attacks hitting a military or civilian
    target are an attack, though no weapon or force is named."""
    subject = _subject(tok)
    # not "security raids targeted a weapons depot used by smugglers": police work, no attack
    policing = subject is not None and any(c.lower_ in ("security", "police", "anti-drug", "counter-narcotics", "customs")
                                           for c in subject.children)
    return subject is not None and subject.lemma_.lower() in lx.ATTACK_EVENT_NOUNS and not policing and any(
        c.dep_ == "dobj" and c.lemma_.lower() in lx.TARGET_NOUNS for c in tok.children)


def _known_town(tok: "Token") -> bool:
    """A proper name the gazetteer lists, whatever the tagger took it for ("US aircraft struck Hodeidah",
    with Hodeidah tagged an organisation)."""
    if tok.pos_ != "PROPN":
        return False
    first = tok
    while first.i > 0 and first.doc[first.i - 1].dep_ == "compound" and first.doc[first.i - 1].head.i == tok.i:
        first = first.doc[first.i - 1]
    return gazetteer.lookup(tok.doc[first.i:tok.i + 1].text) is not None


def _attacker_of_noun(tok: "Token") -> str | None:
    """'the attack, carried out by X', 'an attack launched by X', 'blamed the bombing on X'."""
    candidates = [c for c in tok.children if c.dep_ == "acl"]
    if tok.dep_ in ("nsubjpass", "dobj"):
        candidates.append(tok.head)
    if _blamed_for(tok):
        # "blamed the M23 rebels and their Rwandan backers for the strike": whom the verb blames
        blamed = [c for c in tok.head.head.children if c.dep_ == "dobj" and c.ent_type_ != "PERSON"
                  and c.lower_ not in ("each", "one")]
        if blamed:
            return _name(blamed[0])
    for verb in candidates:
        lemma = verb.lemma_.lower()
        if lemma not in lx.ATTACKER_BY_VERBS:
            continue
        for child in [*verb.children, *tok.children]:  # "blamed the bombing on X": "on" may hang on the noun
            if child.dep_ == "agent" or (child.dep_ == "prep" and (lemma, child.lower_) in lx.BLAME_PHRASES):
                objects = [g for g in child.children if g.dep_ == "pobj"]
                # A leader "launched" an attack his forces made: the cue rules name the state instead.
                if objects and objects[0].ent_type_ != "PERSON":
                    return _name(objects[0])
        subject = _subject(verb) if tok.dep_ == "dobj" and lemma in _MOUNTING_VERBS else None
        if subject is not None and subject.ent_type_ in ("GPE", "NORP"):
            return _name(subject)  # "Russia launched a massive attack on Zaporizhzhia": a state attacks
    return None


def _blamed_for(tok: "Token") -> bool:
    """The attack noun of "blamed X for the attack"."""
    return tok.dep_ == "pobj" and tok.head.dep_ == "prep" \
        and (tok.head.head.lemma_.lower(), tok.head.lower_) in lx.BLAMED_FOR


_MOUNTING_VERBS = frozenset({"launch", "mount", "stage", "conduct", "carry"})


# ----- places ---------------------------------------------------------------------------------------


def places(doc: "Doc", hits: bool = True) -> list[tuple[int, int, str, str]]:
    """(start, end, name, label) of the places the sentence puts something in ("in Basra", "at the
    cathedral's gate", "near the airport"): named entities that are objects of a place preposition."""
    found = []
    spans = [_whole_name(e) for e in doc.ents if e.label_ in ("GPE", "LOC", "FAC") or misread_place(e)]
    for ent in spans:
        root = ent.root
        placed = root.dep_ == "pobj" and root.head.lower_ in lx.PLACE_PREPOSITIONS
        building = ent.label_ == "FAC" or root.lemma_.lower() in lx.BUILDING_NOUNS
        hit = hits and root.dep_ in ("dobj", "nsubjpass") and (
            building  # "struck the Grand Mosque"
            or ent.label_ != "ORG" and root.head.lemma_.lower() in lx.ATTACKING_VERBS | lx.TARGETING_VERBS | _STORMED
            or _shaken(root))  # "explosions shook Kyaukphyu"
        if not (placed or hit):
            continue
        if placed and root.head.head.lower_ == "from":
            continue  # "shells fired from across the river": where they came from, not where they fell
        if placed and root.head.head.dep_ == "pobj" and root.head.head.head.lower_ in lx.SEQUENCE_PREPOSITIONS:
            continue  # "…, a day after a deadly raid on Chai": where the attack before was
        if placed and _where_cared(root.head.head):
            continue  # "two of the wounded died at Madina Hospital": where the victims were, not the attack
        holder = root.head.head if placed else None
        if holder is not None and holder.dep_ == "appos":
            holder = holder.head  # "in Tarlen, a town in Norland": Norland holds Tarlen
        if holder is not None and any(o is not ent and o.start <= holder.i < o.end for o in spans):
            continue
        name = _strip_article(ent)
        if name:
            label = "FAC" if building else ent.label_ if ent.label_ in ("GPE", "LOC") else "PLACE"
            found.append((ent.start_char, ent.end_char, name, label))
    return sorted(found, key=lambda f: f[3] != "FAC")  # a building before a town


def _where_cared(holder: "Token") -> bool:
    """Whether a place phrase hangs on dying or being treated: "died at Madina Hospital", and "succumbed to
    his injuries at the Civil Hospital", where the parse hangs it on the injuries."""
    if holder.lemma_.lower() in ("injury", "wound") and holder.head.dep_ == "prep":
        holder = holder.head.head
    return holder.lemma_.lower() in lx.CARE_VERBS


def stormed_place(doc: "Doc") -> tuple[int, int, str] | None:
    """(where, where the words naming it end, name) of the place armed men stormed, raided or overran, named as the verb's object whatever
    the tagger took it for: "gunmen raided Kuchi in Munya", "bandits stormed Kurmin Kare village near
    Kaduna", "raided Tudun Wada, a town in Kano State"."""
    for tok in doc:
        if _attack_of_a_day(tok, []) is not None:
            # "the toll from Thursday night's attack on Furcy rose to 17 after two died in Pétion-Ville"
            target = next((g for c in tok.children if c.dep_ == "prep" and c.lower_ == "on" for g in c.children
                           if g.dep_ == "pobj"), None)
        elif tok.lemma_.lower() not in _STORMED or tok.pos_ != "VERB":
            continue
        elif (subject := _subject(tok)) is None or not _armed_or_group(subject):
            continue
        else:
            target = next((c for c in tok.children if c.dep_ == "dobj"), None)
        if target is None:
            continue
        if target.pos_ != "PROPN":  # "Kurmin Kare village": the name before the settlement noun
            names = [c for c in target.children if c.dep_ == "compound" and c.pos_ == "PROPN"]
            if target.lemma_.lower() not in _SETTLEMENT_NOUNS or not names:
                continue
            first, last = names[0].left_edge, names[-1]
        else:
            first, last = target.left_edge, target
        words = [t for t in doc[first.i: last.i + 1] if t.pos_ == "PROPN" or t.text == "-"]
        if not words or words[0].text in ("The", "A", "An"):
            continue
        start, end = words[0].idx, words[-1].idx + len(words[-1].text)
        # "Kurmin Kare village in Kauru": what it lies in is told after the settlement noun
        return start, max(end, target.idx + len(target.text)), doc.text[start:end]
    return None


_SETTLEMENT_NOUNS = frozenset({"village", "town", "settlement", "community", "hamlet", "camp"})
# What is done only to a place: "gunmen raided Katarko", "fighters overran Baga"
_STORMED = frozenset({"storm", "raid", "attack", "overrun", "besiege", "invade", "ransack", "sack"})
_SHAKING_VERBS = frozenset({"shake", "rock", "jolt"})
_BLASTS = frozenset({"explosion", "blast", "boom", "detonation", "shelling", "bombardment"})


def _shaken(tok: "Token") -> bool:
    """'Explosions shook Kyaukphyu', 'a blast rocked the port': where the blasts were, whatever the tagger
    took the name for."""
    verb = tok.head
    return tok.dep_ == "dobj" and verb.lemma_.lower() in _SHAKING_VERBS and any(
        c.dep_ == "nsubj" and c.lemma_.lower() in _BLASTS for c in verb.children)


def misread_place(ent: "Span") -> bool:
    """A name the tagger took for a person or a body that the sentence uses as a place: "a military base
    in Tarlan Shir" (a place noun before "in"), "struck the Varo Cathedral" (a building's name)."""
    root = ent.root
    if ent.label_ in ("DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"):
        return False
    if root.lemma_.lower() in lx.BUILDING_NOUNS and root.pos_ == "PROPN":
        return True
    if ent.label_ not in ("PERSON", "ORG"):
        return False
    if ent.label_ == "PERSON" and root.dep_ == "dobj" and (root.head.lemma_.lower() in lx.ATTACKING_VERBS | _STORMED
                                                          or _shaken(root)):
        # "aircraft bombed Khowst", "gunmen raided Katarko": a town the tagger took for a person; bombs fall
        # on places, and no one storms or raids a person
        return True
    prep = root.head
    if root.dep_ == "pobj" and prep.lower_ in ("on", "against") and prep.head.lemma_.lower() in lx.ATTACK_NOUNS \
            and ent.label_ == "PERSON":
        return True  # "Friday night's barrage on Wadajir": an attack falls on a place
    return (root.dep_ == "pobj" and prep.lower_ in ("in", "near", "outside", "at") and prep.head.pos_ == "NOUN"
            and prep.head.lemma_.lower() in lx.PLACE_NOUNS)


# ----- the parse, read ------------------------------------------------------------------------------


def _asserted(tok: "Token") -> bool:
    """A clause that says something happened: finite or perfect, not negated, not a modal's."""
    children = list(tok.children)
    if any(c.dep_ == "neg" for c in children):
        return False
    if any(c.dep_ == "aux" and c.lower_ in _MODALS for c in children):
        return False
    if tok.tag_ in ("VBD", "VBZ", "VBP"):
        return True
    if tok.tag_ == "VBN":
        # (a past tense the tagger took for a participle, with its subject: "A car bomb killed at least nine
        # people …, police said")
        return any(c.dep_ in ("aux", "auxpass", "nsubj") for c in children) or tok.dep_ in ("ROOT", "conj") or (
            tok.dep_ == "advcl" and tok.head.lemma_ == "be" and _asserted(tok.head))
    if tok.tag_ == "VBG" and tok.dep_ == "xcomp" and tok.head.lemma_.lower() in ("begin", "start", "continue"):
        return _asserted(tok.head)
    return False


def _armed_noun(noun: "Token") -> bool:
    """Whether an attack noun names an attack: "exchange", "duel" and "fire" only with a weapon ("an artillery
    duel", "an exchange of fire"; not "a prisoner exchange", "the fire at the market")."""
    if noun.lemma_.lower() not in lx.NEEDS_A_WEAPON:
        return True
    told = {c.lemma_.lower() for c in noun.children if c.dep_ in ("compound", "amod")}
    told |= {g.lemma_.lower() for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children}
    return bool(told & (lx.WEAPON_NOUNS | lx.ARMED_WORDS))


def _the_call_again(subject: "Token", tok: "Token") -> bool:
    """Whether "the call took place …" tells the call just told again ("The call took place on Wednesday evening",
    "Their conversation happened late on Tuesday"), not another ("their previous call took place in August", "a
    follow-up call will take place on Friday") nor a plan or a denial ("did not take place")."""
    if subject.lemma_.lower() not in lx.ANAPHOR_NOUNS["call"]:
        return False
    told_before = any(c.dep_ in ("det", "poss") and c.lower_ in ("the", "that", "this", "their", "his", "her")
                      for c in subject.children)
    another = any(c.lower_ in lx.OTHER_EVENT_WORDS or c.dep_ in ("amod", "compound", "nummod") and c.lower_ not in
                  ("phone", "telephone", "video") for c in subject.children)
    plan = tok.dep_ == "xcomp" or any(c.dep_ in ("aux", "neg") and c.lower_ not in ("has", "had", "have")
                                      for c in tok.children)
    return told_before and not another and not plan


def _future(tok: "Token") -> bool:
    """'will meet', 'shall convene': a clause in the future tense, not negated."""
    children = list(tok.children)
    return not any(c.dep_ == "neg" for c in children) and any(
        c.dep_ == "aux" and c.lower_ in ("will", "shall", "'ll") for c in children)


def _would(tok: "Token") -> bool:
    """'said it would brief': the future of reported speech."""
    return not any(c.dep_ == "neg" for c in tok.children) and any(
        c.dep_ == "aux" and c.lower_ == "would" for c in tok.children)


_VAGUE_DATE_WORDS = frozenset({"year", "years", "month", "months", "decade", "future", "coming", "soon", "later",
                               "eventually", "someday"})


def _concrete_date(tok: "Token") -> bool:
    """A plan with a day or a week named ("on Saturday", "next week"); "next year", "in the coming
    months" are vague plans, no timeline entry (the corpus guide)."""
    words = {t.lower_ for t in tok.subtree if t.ent_type_ in ("DATE", "TIME")}
    if not words:
        return False
    return not (words & _VAGUE_DATE_WORDS) or bool(words & {"week", "weekend", "tomorrow", "tonight"})


def _reported(tok: "Token") -> bool:
    """'X will meet Y on Monday, his office said': a plan told as someone's words, the content of a
    speech verb."""
    return (tok.dep_ == "ccomp" and tok.head.lemma_.lower() in lx.SPEECH_VERBS) or any(
        c.dep_ in ("parataxis", "ccomp") and c.lemma_.lower() in lx.SPEECH_VERBS for c in tok.children)


def _own_date(tok: "Token") -> bool:
    """A subordinate clause with a date of its own ("after the union sanctioned it earlier in the month")."""
    return any(t.ent_type_ == "DATE" for t in tok.subtree)


def _passive(tok: "Token") -> bool:
    return any(c.dep_ in ("nsubjpass", "auxpass") for c in tok.children)


def _agent(tok: "Token") -> "Token | None":
    """Who did what a passive or a participle tells: "the state of emergency declared on Friday by the
    Council of Ministers" was declared by the Council (the tagger may read that "declared" as a finite verb
    with the state as its subject; its "by" is still the agent)."""
    return next((g for c in tok.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"), None)


def _subject(tok: "Token") -> "Token | None":
    seen = 0
    while tok is not None and seen < 6:
        for child in tok.children:
            if child.dep_ in ("nsubj", "nsubjpass"):
                return child
        if (tok.dep_ in ("conj", "xcomp") or tok.dep_ == "advcl" and (tok.tag_ == "VBG" or _misread_participle(tok.head))) \
                and tok.head is not tok:
            tok = tok.head
            seen += 1
            continue
        return None
    return None


# "Militants linked to the Islamic State stormed a village": the tagger may read the participle as the main
# verb, with "stormed" hung on it; its subject is the one who stormed
_DESCRIBING_PARTICIPLES = frozenset({"link", "tie", "affiliate", "ally", "back", "align", "connect", "loyal", "suspect"})


def _misread_participle(tok: "Token") -> bool:
    return tok.dep_ == "ROOT" and tok.tag_ in ("VBD", "VBN") and tok.lemma_.lower() in _DESCRIBING_PARTICIPLES


def _objects(tok: "Token") -> set[str]:
    """Lemmas of the direct objects and prepositional objects ("voted on a resolution")."""
    found: set[str] = set()
    for child in tok.children:
        if child.dep_ in ("dobj", "attr", "oprd", "nsubjpass"):
            found.add(child.lemma_.lower())
            found.add(child.lower_)
            found.update(c.lemma_.lower() for c in child.conjuncts)
        elif child.dep_ in ("prep", "agent", "prt"):
            for grand in child.children:
                if grand.dep_ in ("pobj", "dobj"):
                    found.add(grand.lemma_.lower())
                    found.add(grand.lower_)
    return found


def _has_date(tok: "Token", deep: bool = False) -> bool:
    """An attack given its own date: 'the December 31 attack', 'the attack on December 27th'."""
    if deep and any(t.ent_type_ == "DATE" for t in tok.subtree):
        return True
    for child in tok.children:
        if child.ent_type_ in ("DATE", "TIME") and child.dep_ in ("compound", "nmod", "npadvmod", "amod", "nummod"):
            return True
        if child.dep_ == "prep" and child.lower_ in ("on", "of"):
            if any(g.ent_type_ in ("DATE",) and g.dep_ == "pobj" for g in child.children):
                return True
    return False


def _name(tok: "Token") -> str | None:
    """The name a subject stands for: its named entity, or the noun phrase of a body ('Saudi officials',
    'the Foreign Ministry', 'authorities in Yemen'); None for pronouns and common nouns."""
    doc = tok.doc
    for ent in doc.ents:
        if ent.start <= tok.i < ent.end and ent.label_ in NAME_LABELS:
            return _strip_article(ent)
    if tok.lower_ in lx.PRONOUNS:
        return None
    for child in tok.children:  # "the manager of the network, Ana Ruiz, said": the person named
        if child.dep_ == "appos" and child.ent_type_ == "PERSON":
            for ent in doc.ents:
                if ent.start <= child.i < ent.end:
                    return _strip_article(ent)
    if tok.pos_ != "PROPN" and tok.lemma_.lower() not in lx.INSTITUTION_NOUNS and tok.lower_ not in lx.INSTITUTION_NOUNS:
        return None
    if any(c.dep_ == "nummod" or (c.dep_ == "poss" and c.lower_ in lx.POSSESSIVES) for c in tok.children):
        return None  # "the two leaders", "his office": people named before, the cue rules follow them
    left = tok.i
    for child in tok.lefts:
        if child.dep_ in ("compound", "amod", "nmod", "poss", "nummod"):
            left = min(left, child.left_edge.i)
    right = tok.i
    for child in tok.rights:
        if child.dep_ == "prep" and child.lower_ in ("of", "in", "for") and child.right_edge.i - tok.i <= 6:
            right = child.right_edge.i
        break
    return _strip_article(doc[left: right + 1])


def _whole_name(ent: "Span") -> "Span":
    """The tagger's name with the rest of its words: it tags "Nyaung" of "in Nyaung Pin Thar" (a village
    name it does not know) and leaves "Pin Thar", which the parse joins to it."""
    root = ent.root
    while root.dep_ == "compound" and root.head.pos_ == "PROPN" and root.head.i > root.i:
        root = root.head
    if root.i < ent.end:
        return ent
    whole = ent.doc[ent.start: root.i + 1]
    whole.label_ = ent.label_
    return whole


def _strip_article(span: "Span") -> str | None:
    words = [t for t in span if not (t.i == span.start and t.dep_ == "det")]
    text = "".join(t.text_with_ws for t in words).strip(" ,")
    if text.endswith("'s") or text.endswith("’s"):
        text = text[:-2]
    return text or None


def _quoted_spans(text: str) -> list[tuple[int, int]]:
    """Character spans inside quotation marks (linear: one pass)."""
    spans: list[tuple[int, int]] = []
    opened: int | None = None
    for index, char in enumerate(text):
        if char not in _QUOTES:
            continue
        closing = char == "”" or (char == '"' and index > 0 and text[index - 1] in ",.!?;:")
        if opened is None and closing and not spans:
            spans.append((0, index + 1))  # the quote began in an earlier sentence
        elif opened is None and char != "”":
            opened = index
        elif opened is not None and char != "“":
            spans.append((opened, index + 1))
            opened = None
    if opened is not None:
        spans.append((opened, len(text)))  # it goes on into the next sentence
    return spans
