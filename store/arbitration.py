"""Arbitration: the rules between two kinds, in one place. Each kind's detector (store/kinds/) finds its
own cues; where two kinds read the same words, these rules say which reading stands.

In a sentence, once every kind's cue rules have run (`settle_cues`; rule 3 waits for the parse):
  1. A phone or video call is not also a meeting in person: a call phrase drops the meeting cue.
  1b. What one party told another on the line ("Pezeshkian told Sultan Haitham in a telephone call that …",
     "urged Putin by telephone to …") is the call's readout, quoted or not: no statement beside the call.
  2. "reportedly" beside an attack tells the attack's toll ("five more reportedly died"), not a claim:
     the hedged claim goes, and only a doubt or denial in the sentence stays, as a weak claim cue.
  2b. What is claimed is not reported as fact: an attack told after "X claimed" is the claim's content,
     no strike of its own ("claimed its forces had struck an airfield").
  2c. Claims named only to be denied ("rejected claims that its forces shelled the town") are the
     denier's disputed claim; inside what a speaker says ("said …, and dismissed as lies the RSF's
     claims that …") they are the speaker's statement, no claim beside it.
  3b. A toll put on an attack by a speaker in their own reported clause ("a policeman says that the
     airstrike killed 8 civilians") is one side's figure: a claim, not the attack again.
  3. An attribution is a source, not a statement: "..., the governor said" after a strike, a claim, a
     decision, a call or a meeting is that event's source; a quotation stays a statement.
  4. A call "moments after" another occurrence in the sentence takes its day from that one.

For each event the parse finds (`before_parsed`, `admits`):
  5. A statement about an attack ("the ministry condemned the attack") makes the attack words of the
     cue rules no event of their own: they join the attack told elsewhere.
  6. A claim holds what it claims: an attack the parse finds beside a claim is no strike of its own.
  7. An announcement of a decision is the decision ("X announced a ban"): no statement beside it.
  8. What is said beside a claim or a decision, or (unquoted) beside any event, is no statement.
  9. A meeting or a death the parse finds beside a call, a strike or a claim is theirs: "were killed"
     beside an attack is the attack's toll. An occurrence told only as the cause or time of another
     ("suspended the race after a storm hit the course") is that one's context, not an event; an
     occurrence named as what was decided ("cancelled the vote") is the decision's.

After the parse (`after_parsed`):
 10. An attribution after an event the parse found is its source ("X has suspended the permit,
     officials said"), unless the sentence quotes someone. Rules 3 and 10 spare a named person saying
     something of their own after the event ("…, and a governor told reporters he expected …"). A speaker telling its own act in its reported
     clause: a call, a decision or a plan is that event, told by its actor ("he said he had spoken by
     phone with", "the ministry said it would brief envoys on Friday"); an attack or a capture told by
     the side that made it is its claim ("the group said it had carried out the attack", "X said it had
     taken control of the town": the guide's claims), not a strike of its own.
 10g. An attack told by the side that fended it off ("Troops repelled an attack by ISWAP on the base, the
     army said") is the attack, and beside it the teller's claim of repelling it.

Background (`background`, with rule 10):
 12. Backstory told without a date ("Since then, X has withdrawn …", "X then detained …", "the government
     has since declared victory") is no event.

 13. An undated occurrence inside what a speaker says ("said there was proof he had been poisoned")
     is the statement's content, not an event beside it.

When folding (`join_across_kinds`):
 10f. What a participant said in a call told just before, with no time of its own ("Burhan briefed Sisi
     on the fighting and thanked Egypt for hosting refugees, the council said"), is the call's readout:
     a source of the call (the guide: several sentences about one call are one event), not a statement
     beside it. A remark dated apart, or by someone not on the call, stays a statement.
 11. A statement that reports an unverified attack becomes a claim: "X said it hit a command centre.
     The claim could not be verified." The doubt turns the statement just before into a claim.
 10h. The dead of the fight just told, what "the attackers" did in it and when it began or ended are its
     details (`join_across_kinds`, `Folder.fight_of`: not when the sentence gives another day or place).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from . import clauses, lexicon
from .drafts import DETAIL_REACH, Cue, Draft
from .kinds import call, claim, statement as statements
from .reading import ABOUT_SOMEONE, TRAILING_TELLER, SentenceReading
from .timeattach import AFTER, SEQUENCE
from .timewords import find_time_phrases

if TYPE_CHECKING:
    from .clauses import Finding
    from .folding import Folder

_DEATH = re.compile(r"(?:killed|died|dead|wounded|injured)\b", re.I)


def settle_cues(reading: SentenceReading, cues: list[Cue]) -> None:
    """Rules 1-4 over the cue rules' cues of one sentence (in their order; replaced in place)."""
    text = reading.text
    if call.PHRASE.search(text):  # 1
        cues[:] = [c for c in cues if not (c.kind == "other" and not c.parsed)]
    if _said_on_the_line(reading, cues):  # 1b
        cues[:] = [c for c in cues if c.kind != "statement"]
    if any(c.kind == "strike" for c in cues):  # 2
        settled: list[Cue] = []
        for cue in cues:
            settled += claim.doubts(reading) if cue.kind == "claim" and cue.hedge else [cue]
        cues[:] = settled
    claimed = min((c.position for c in cues if c.kind == "claim" and c.strong and not c.hedge), default=None)
    if claimed is not None:  # 2b
        cues[:] = [c for c in cues if not (c.kind == "strike" and c.position > claimed)]
    said = min((c.position for c in cues if c.kind == "statement"), default=None)
    if said is not None:  # 2c
        cues[:] = [c for c in cues if not (c.kind == "claim" and c.denial and c.position > said)]
    for first in cues:  # 4
        for second in cues:
            if first is second:
                continue
            relation = AFTER.search(text, first.position, second.position + 1) if first.position < second.position else None
            if relation and second.kind == "call" and first.kind != "call":
                second.after = first


# "told Sultan Haitham bin Tariq of Oman in a telephone call", "urged Putin by telephone": a speech verb whose
# hearer is on the line
_ON_THE_LINE = re.compile(r"\b(?:told|urged|assured|warned|informed|briefed|asked|pressed|thanked|reassured)\s+"
                          r"(?:[\w.'’-]+\s+){1,8}?(?:(?:in|during)\s+(?:a|an|their|the)\s+(?:phone\s+|telephone\s+|video\s+)?call"
                          r"|(?:by|over\s+the)\s+(?:tele)?phone)\b")


def _said_on_the_line(reading: SentenceReading, cues: list[Cue]) -> bool:
    """Rule 1b: the sentence tells what one party of its call told another on the line."""
    told = _ON_THE_LINE.search(reading.text)
    return told is not None and not reading.quoted(told.start()) and any(
        c.kind == "call" and c.strong and len(c.actors) >= 2 for c in cues)


def before_parsed(found: "Finding", cues: list[Cue]) -> None:
    """Rule 5, for an event the parse found, before its kind reads it."""
    if found.kind == "statement" and found.about_attack:
        alone = not any(c.kind == "statement" for c in cues)
        for cue in cues:
            # (a weak cue of the words, "condemned the raid", beside the speaker's statement: only talked of)
            if cue.kind == "strike" and not cue.parsed and (alone or not cue.strong):
                cue.strong, cue.talked_of = False, True


def admits(made: Cue, found: "Finding", reading: SentenceReading, cues: list[Cue]) -> bool:
    """Rules 6-9: whether the cue its kind made of what the parse found joins the sentence's cues."""
    if made.kind == "strike" and made.strong:
        return not any(c.kind == "claim" and c.strong for c in cues)  # 6
    if made.kind == "decision" and found.announces:
        cues[:] = [c for c in cues if c.kind != "statement"]  # 7
    if made.kind == "statement":
        if _said_on_the_line(reading, cues):
            return False  # 1b
        if _puts_toll(made.position, reading, cues) or _published(made, reading):
            return True  # 3b will make it the claim; a statement that says it is one stands
        return not any(c.strong and (c.kind in ("claim", "decision") or not reading.quotes) for c in cues)  # 8
    if made.kind == "other":
        if made.ground and any(c.kind == "strike" and c.strong for c in cues) and all(
                _told_in_sequence(reading.text, made.position, c.position) for c in cues if c.kind == "strike"):
            # "Militants attacked a checkpost overnight, … hours before a suicide bomber struck a police
            # vehicle in Bannu": two attacks, one on the ground and one by a bomb
            return True
        if any(c.kind in ("strike", "call", "claim") and c.strong for c in cues):
            return False  # 9
        if made.ground and any(c.ground for c in cues):
            return False  # 9: "stormed a police post and killed three officers": one attack (two in one
            # sentence are one, as for strikes)
        if made.ground:
            # "Gunmen killed four people in the town overnight": the killing is the attack, on the ground;
            # "killed" is no aftermath of a strike told before. "Fifteen people were killed when armed men
            # stormed the area": the deaths are the attack's toll, one event
            cues[:] = [c for c in cues if c.kind != "strike" and not (
                c.kind == "other" and not c.ground and (c.death or clauses.conjoined(reading.doc, c.position, made.position)))]
        elif any(c.ground and (made.death or clauses.conjoined(reading.doc, c.position, made.position)) for c in cues):
            # 9: "gunmen attacked the town, where three people were killed", "stormed the prison and freed
            # 200 inmates": the attack's toll and what its attackers did in it
            return False
        elif any(c.kind == "strike" for c in cues) and _DEATH.search(reading.text[made.position:made.position + 12]):
            return False  # 9: "were killed" beside an attack
        if any(c.strong and c.kind != "statement" for c in cues) and clauses.in_cause_clause(reading.doc, made.position):
            # 9: "after a storm hit": the cause of the event beside it (not of the saying: in "230 prisoners
            # escaped after gunmen attacked the prison, the administration said" the attack is the news)
            return False
        if any(c.strong and c.kind == "decision" for c in cues) and clauses.object_of_verb(reading.doc, made.position):
            return False  # 9: "suspended the marathon": what was decided
    return True


def _told_in_sequence(text: str, a: int, b: int) -> bool:
    """"…, hours before a suicide bomber struck …": one occurrence told in its time beside another."""
    return SEQUENCE.search(text, min(a, b), max(a, b)) is not None


_NARRATIVE = re.compile(r"^(?:Since then|Previously|In the past|Over the years|Before that)\b|\b(?:then|previously|long)\s+"
                        r"(?:\w+\s+)?(?:had|has|have|detained|withdrew|imposed|sentenced|banned|arrested|cut|seized)\b"
                        r"|\b(?:has|have|had) since\b")


def background(reading: SentenceReading, cues: list[Cue]) -> None:
    """Rule 12: a story's backstory told without a date of its own ("Since then, Libya has withdrawn
    billions from Swiss banks", "Libya then detained two businessmen") is background the guide leaves
    out: its acts are no events. Dated, they stand ("in 2016 it then …"). So is what happens as a habit
    ("the origin of a strike is often impossible to establish", "the rounds often fall short")."""
    if reading.time_phrases:
        return
    if _HABIT.search(reading.text) and not reading.quotes:
        cues[:] = [c for c in cues if c.kind not in ("strike", "other")]
    if _SAID_AGAIN_AND_AGAIN.search(reading.text):
        # "Iraq has repeatedly called on Ankara to respect its sovereignty": what a voice says again and again, no
        # saying of that day (not "said it was previously given assurances", a saying of its own)
        cues[:] = [c for c in cues if c.kind != "statement"]
    if not _NARRATIVE.search(reading.text):
        return
    # dropped, not weakened: a weak decision would join the latest decision as one of its sources
    cues[:] = [c for c in cues if c.kind not in ("decision", "other", "statement")]


_HABIT = re.compile(rf"\b(?:{'|'.join(sorted(lexicon.HABIT_WORDS))})\b", re.I)
_SAID_AGAIN_AND_AGAIN = re.compile(r"\b(?:has|have|had)\s+(?:repeatedly|frequently|often|regularly|long|consistently)\s+"
                                   r"(?:said|called|urged|warned|demanded|accused|denied|insisted|rejected|condemned"
                                   r"|critici[sz]ed|stressed|appealed|protested|asked|voiced)\b", re.I)


def _said_occurrence(reading: SentenceReading, cues: list[Cue]) -> None:
    """Rule 13: "the government said there was proof he had been poisoned": an undated occurrence inside
    what a named speaker says is the statement's content, not an event beside it (with a date of its
    own, "said talks would resume on Friday", it stands)."""
    if not any(c.kind == "statement" and c.strong for c in cues):
        return
    for position, _speaker in clauses.speakers(reading.doc):
        content = clauses.content_after(reading.doc, position)
        if content is None or any(True for _ in find_time_phrases(reading.text[content[0]:content[1]])):
            continue
        cues[:] = [c for c in cues if not (c.kind == "other" and c.parsed and not c.expected
                                           and content[0] <= c.position < content[1])]


def after_parsed(reading: SentenceReading, cues: list[Cue]) -> None:
    """Rules 3 (once the parse has weakened what it shows is only a reference: "fighters escaped
    following airstrikes, the SDF said" stays the SDF's word) and 10."""
    background(reading, cues)  # 12
    _said_occurrence(reading, cues)  # 13
    _fended_told(reading, cues)  # 10g
    _told_by_actor(reading, cues)  # 10b
    _unnamed_witness(reading, cues)  # 10c
    _attack_retold(reading, cues)  # 10d
    _detail_told(reading, cues)  # 10e
    if reading.quotes:
        return
    _toll_from_one_side(reading, cues)  # 3b
    if any(c.strong and not c.parsed for c in cues if c.kind != "statement"):  # 3 (the parse's own: rule 10)
        cues[:] = [c for c in cues if c.kind != "statement" or _says_more(c, reading, cues)]
    first_event = min((c.position for c in cues if c.parsed and c.strong and c.kind in ("decision", "strike", "other")),
                      default=None)
    if first_event is not None:
        cues[:] = [c for c in cues if not (c.kind == "statement" and c.position > first_event
                                           and not _says_more(c, reading, cues))]


def _unnamed_witness(reading: SentenceReading, cues: list[Cue]) -> None:
    """Rule 10c: "Neighbours said the strike hit the house shortly after 1 a.m.": people nobody names
    telling an occurrence are its source; the occurrence (here the strike) is the event."""
    for said in [c for c in cues if c.kind == "statement"]:
        content = clauses.content_after(reading.doc, said.position)
        if content is None:
            continue
        if statements.unnamed(said.speaker) and any(
                c.kind in ("strike", "other", "decision") and content[0] <= c.position < content[1] for c in cues):
            cues.remove(said)
        elif _a_force_or_office(said.speaker) and not reading.quotes_words and not _a_view(reading.text, content) \
                and any((c.kind == "strike" or c.ground) and c.strong and content[0] <= c.position < content[1]
                        for c in cues):
            # "The military said militants attacked the post near Mir Ali late on Monday": the attack, told
            # by the army or the police whose post it was; no view of theirs (the guide's statement) in it
            cues.remove(said)


# What the attack did, when it came: its details, not a view of it
_ATTACK_TOLD = re.compile(r"\b(?:hit|struck|landed|exploded|destroyed|damaged|flattened|killed|killing|wounded|wounding|rammed"
                          r"|injured|injuring|came|took place|began|started|lasted|ended|set fire|tore through"
                          r"|among the dead)\b", re.I)


_FORCES_AND_OFFICES = frozenset({"military", "army", "police", "ispr", "inter-services public relations", "command",
                                 "security forces", "officials", "authorities"})


def _a_view(text: str, content: tuple[int, int]) -> bool:
    """A view or a demand in what was said; "its troops had responded in kind" is what they did."""
    return any(m.group(0).casefold() != "responded" for m in _VIEW.finditer(text, *content))


def _a_force_or_office(speaker: str | None) -> bool:
    """The army, the police or their press office: who tells of an attack on its men, not a voice with a view."""
    said = (speaker or "").casefold().removeprefix("the ")
    # "the Pakistani military", "Ukraine's army": the force, whoever's it is
    return any(said == office or said.endswith(" " + office) for office in _FORCES_AND_OFFICES)


def _attack_retold(reading: SentenceReading, cues: list[Cue]) -> None:
    """Rule 10d: "The strike hit the market at around 6 a.m., as traders set up, the council said": an
    attack's (or a call's) own details with their teller at the end are sources of it, not the teller's
    statement (the guide: several sentences about one attack are one event). Quoted words, or a teller
    who says something besides the attack, stay a statement."""
    if reading.quotes:
        return
    teller = TRAILING_TELLER.search(reading.text)
    if teller is None:
        return
    attack = any((c.kind == "strike" or c.ground) and c.position < teller.start() for c in cues) \
        and _ATTACK_TOLD.search(reading.text, 0, teller.start())
    # "The call lasted about 30 minutes, the spokesman said": the call told again, with its teller
    call = any(c.kind == "call" and c.position < teller.start() for c in cues)
    if not (attack or call):
        return  # "The strike was a war crime, the minister said": a reaction, the minister's
    cues[:] = [c for c in cues if not (c.kind == "statement" and c.position >= teller.start())]
    tellers = {m.canonical for m in reading.mentions if m.start >= teller.start()}
    for told in (c for c in cues if c.kind == "call"):
        told.actors = [a for a in told.actors if a not in tellers]  # who tells of the call was not on it


# What a witness or an official saw of an attack: its toll, what fell and what it did.
_DETAIL = re.compile(r"\b(?:bodies|dead|died|succumbed|killed|killing|wounded|wounding|injured|injuring|counted|pulled|fell|landed"
                     r"|exploded|destroyed|flattened|collapsed|hit|struck|heard|saw|rubble|debris|shrapnel|toll|victims|survivors"
                     r"|casualt(?:y|ies)|shattered|smashed|ablaze|on fire|fires?|smoke|burn(?:ed|ing|t)|sounded"
                     # what the weapon did on its way: "the jet circled the village twice before dropping two
                     # bombs", "the rounds had come from an army position across the river"
                     r"|circled|dropp(?:ed|ing)|bombs|rounds|shells|(?:came|come|fired) from|crossed|intercepted"
                     # what the attackers of a ground attack did: "the attackers arrived on motorcycles"
                     r"|shot|shooting|gunfire|(?:the|armed) (?:attackers|assailants|gunmen)|the (?:suicide )?bombers?)\b", re.I)
# "…, Petro said in a televised address on Monday evening": words given at an occasion of their own are the
# speaker's statement, whatever they tell of the attack
_ADDRESS = re.compile(r"\b(?:address|speech|press conference|news conference|interview|briefing|televised|broadcast)\b",
                      re.I)
# "The police command confirmed the attack, putting the toll at three": the police telling the attack on
# their watch, no view of theirs (a force or an office only: a minister confirming it may be the news)
_CONFIRMED = re.compile(r"\bconfirmed\s+the\s+(?:attack|raid|assault|bombing|blast|explosion|killings?|incident)\b", re.I)
# What makes it a view of the attack or a demand: the speaker's statement, not the attack's detail.
_VIEW = re.compile(r"\b(?:crimes?|criminal|terror\w*|condemn\w*|must|should|will|would|demand\w*|urge\w*|vow\w*"
                   r"|accus\w*|blam\w*|massacre|genocide|lies|den(?:y|ied|ies)|responsib\w*|revenge|aveng\w*|justice"
                   r"|cowardly|barbar\w*|deliberate\w*|target\w*|retaliat\w*|respond\w*|call(?:s|ed)? (?:on|for)"
                   r"|investigat\w*|inquiry|inquiries|probe|aware|reports?|confirm\w*|verif\w*"
                   # blame by what someone failed to do: "the soldiers did nothing", "they abandoned us"
                   r"|nothing|abandon\w*|fail\w*|neglect\w*)\b", re.I)


def _detail_told(reading: SentenceReading, cues: list[Cue]) -> None:
    """Rule 10e: '"We counted 22 bodies, most of them women," said a volunteer': what a witness or an
    official saw of an attack (its toll, what fell, what it destroyed), with nothing of their own view,
    is a source of the attack told last before it, not their statement (the guide: several sentences
    about one attack are one event); folding joins it there (`join_across_kinds`), and in an article
    that tells no attack before it it stays a statement. A view or a demand ("a war crime", "must answer for it") stays
    theirs, and so does any sentence that tells another event."""
    said = [c for c in cues if c.kind == "statement"]
    # Beside the statement, only what the sentence tells of the attack itself ("fell inside the town"
    # is a weak strike cue): it joins the attack too.
    # What was said, not who said it: "a justice ministry official said" is no view of justice, and "said
    # Musa Bello, whose brother was killed" tells nothing of the attack (though "…, who called it a crime"
    # is his view).
    teller = None if reading.quotes else TRAILING_TELLER.search(reading.text)
    content = reading.text[:teller.start()] if teller else reading.text
    # who the speaker is, after the quote: '…," said Bukar Kolo, a trader who was injured in the blast' (the blast
    # told again to say who he is, no attack of its own beside what he saw)
    about_teller = max((end for _, end in reading.quotes), default=len(reading.text))
    witness = _witness_described(reading, said[0].speaker) if len(said) == 1 else None
    if witness is not None:  # his description is not what he said ("who lives near one of the targets")
        content = content[:witness[0]] + content[witness[1]:]
    # "said the attackers arrived on motorcycles at about 10pm": what the attackers did there is the attack's too
    if len(said) == 1 and all(c.kind == "strike" and (not c.strong or c.position >= about_teller) or c.by_attackers
                              for c in cues if c is not said[0]) \
            and (_DETAIL.search(ABOUT_SOMEONE.sub("", content)) or witness is not None) \
            and not _VIEW.search(
                _CONFIRMED.sub("", content) if _a_force_or_office(said[0].speaker) else content) \
            and not _ADDRESS.search(reading.text):
        said[0].detail = True


# ", a 41-year-old shopkeeper who lives nearby", ", a crane operator", ", 52,": the speaker described as
# someone, not as the holder of an office; an office or a calling that speaks for others stays a voice.
_SOMEONE = re.compile(r",\s+(?:\d{1,3}\s*[,)]|an?\s+(?P<who>(?:\d{1,3}-year-old\s+)?(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*))"
                      r"[^,.;:\"“”]*")


def _witness_described(reading: SentenceReading, speaker: str | None) -> tuple[int, int] | None:
    """Where the named speaker is described as a witness, not a voice of their own: '"The whole building
    shook," said Khaled Mohsen, a 41-year-old shopkeeper who lives nearby' tells what he lived through of
    the attack (the guide's statements are by people or bodies whose saying is news; a resident's account
    is the attack's source). The span of the name and its description, which tell who he is, not what he said."""
    person = reading.person(speaker)
    if person is None:
        return None
    described = _SOMEONE.match(reading.text, person.end)
    if described is None or set((described.group("who") or "").lower().split()) & lexicon.OFFICE_WORDS:
        return None
    return person.start, described.end()


def _told_by_actor(reading: SentenceReading, cues: list[Cue]) -> None:
    """Rule 10b: a speaker telling their own act in their reported clause (quoted words or not)."""
    # an attack fended off is not the teller's own act: rule 10g
    for event in [c for c in cues if c.strong and c.kind in ("decision", "strike", "other", "call") and not c.fended]:
        told = clauses.told_by_actor(reading.doc, event.position)
        if told is None:
            continue
        said_at, speaker = told
        attribution = [c for c in cues if c.kind == "statement" and c.position <= said_at + 1]
        cues[:] = [c for c in cues if c not in attribution]
        named = next((c for c in cues if c.kind == "claim" and c is not event), None)
        if event.kind in ("strike", "other") and not event.expected and named is not None:
            # "…insisted that the air force had struck a camp, a claim that residents rejected": one claim
            cues.remove(event)
            named.actors = named.actors or ([speaker] if speaker else [])
        elif event.kind in ("strike", "other") and not event.expected:
            event.kind, event.status = "claim", "claimed"
            said = [a for c in attribution for a in c.actors]
            # the speaker and the body they speak for ("junta spokesman Zaw Min Tun": the junta too)
            event.actors = list(dict.fromkeys([speaker, *said])) if speaker else said[:1]
        elif event.kind == "decision" and not event.actors and speaker:
            event.actors = [speaker]  # "the FA said it had fined the club": the FA decided


def _fended_told(reading: SentenceReading, cues: list[Cue]) -> None:
    """Rule 10g: "Troops repelled an overnight attack by ISWAP on the base, the army said", "the army said its
    forces had repelled an RSF assault": the side telling it did not make the attack, it fended it off. The
    attack happened (other outlets report it too, from the attackers' side or the town's); that it was
    repelled is the teller's word: its claim beside the attack (the guide: a claimed outcome is a claim
    beside the occurrence itself)."""
    fended = [c for c in cues if c.fended]
    said = next((c for c in cues if c.kind == "statement" and c.strong), None)
    if not fended or said is None:
        return
    said.kind, said.status = "claim", "claimed"
    said.location = said.location or fended[0].location


def _toll_from_one_side(reading: SentenceReading, cues: list[Cue]) -> None:
    """Rule 3b: "An Iraqi policeman says that the airstrike on a house killed 8 civilians": a speaker
    putting a toll on an attack in their own reported clause is one side's figure, a claim (the guide's
    "figures from one side"); the attack itself is told elsewhere, as the words say "the airstrike"."""
    for position, speaker in clauses.speakers(reading.doc):
        told = _puts_toll(position, reading, cues)
        if not told:
            continue
        tolls = {k: v for c in told for k, v in c.quantities.items() if k in lexicon.TOLLS}
        cues[:] = [c for c in cues if c not in told and not (c.kind == "statement" and c.position == position)]
        cues.append(reading.cue("claim", position, True, actors=[speaker], quantities=tolls, status="claimed"))
        return


def _puts_toll(position: int, reading: SentenceReading, cues: list[Cue]) -> list[Cue]:
    """The strike cues whose toll the reported clause of the speech verb at `position` gives for "the"
    attack, if any."""
    content = clauses.content_after(reading.doc, position)
    if content is None or not _DEFINITE_ATTACK.search(reading.text, content[0], content[1]):
        return []
    told = [c for c in cues if c.kind == "strike" and content[0] <= c.position < content[1]]
    return told if any(k in lexicon.TOLLS for c in told for k in c.quantities) else []


# "said that the strike killed 8" puts a toll on an attack told before; "said that a drone strike killed
# 8" tells the attack (the "that" opens the clause, it is no determiner)
_DEFINITE_ATTACK = re.compile(r"\b(?:the|that|this|its|their)\s+(?:(?!(?:a|an)\s)[\w.-]+\s+){0,2}(?:air\s?strikes?|strikes?|attacks?|"
                              r"bombing|shelling|raids?|blast)\b", re.I)


_PUBLISHED = re.compile(r"\b(?:released|issued|published|put out|posted)\s+(?:a|an|its)\s+(?:[\w-]+\s+)?"
                        r"(?:statement|communiqu[eé]|press release|declaration)\b", re.I)


def _published(statement: Cue, reading: SentenceReading) -> bool:
    """'the task force released a statement saying an attack that day …': a statement that says it is
    one is an event of its own beside the attack it reports (the attack is told too)."""
    match = _PUBLISHED.search(reading.text)
    return match is not None and abs(match.start() - statement.position) <= 2 * len(match.group(0))


def _says_more(statement: Cue, reading: SentenceReading, cues: list[Cue]) -> bool:
    """Rules 3 and 10 spare a speaker with words of their own after the events of the sentence: "The Fed
    left its rates unchanged, and a governor, Tom Ridley, told reporters he expected prices to rise"
    is a decision and a statement; "X has suspended the permit, officials said" is one decision."""
    if _published(statement, reading):
        return True
    if statement.speaker is None or not any(m.kind == "person" and m.canonical == statement.speaker
                                            for m in reading.mentions):
        return False
    content = clauses.content_after(reading.doc, statement.position)
    events = [c for c in cues if c.strong and c.kind != "statement"]
    return content is not None and all(c.position < statement.position and not content[0] <= c.position < content[1]
                                       and statement.speaker not in c.actors for c in events)


# The wounded dying later: "succumbed to their wounds", "died of his injuries", "later died in hospital"
_OF_WOUNDS = re.compile(r"\b(?:succumbed|died|dying)\s+(?:later\s+)?(?:to|of|from)\s+(?:their|his|her|the)\s+"
                        r"(?:wounds|injuries)|\b(?:later|since|subsequently)\s+died\b|\bdied\s+(?:later\s+)?in\s+hospital\b",
                        re.I)
def _of_the_fight_just_told(cue: Cue) -> bool:
    """Rule 10h: what an `other` cue tells of the fight told just before: its dead ("Three soldiers died in the
    ensuing gunfight"), what "the attackers" did there ("a resident said the attackers arrived on motorcycles
    at about 10pm"), when it began or ended ("in the fighting, which began at about 11.40pm on Sunday", as
    "The attack began at around 3pm" is). Not a fight told as another one."""
    if cue.death and _IN_THE_FIGHT.search(cue.text) or cue.by_attackers:
        return not lexicon.SEPARATE.search(cue.text)
    return not cue.ground and any(m.start(1) == cue.position for m in _FIGHT_BEGAN.finditer(cue.text))


# the fight just told, named as the one fight: "the fighting", "the ensuing gunfight"
_THE_FIGHT_TOLD = r"the\s+(?:ensuing\s+|subsequent\s+)?"
_FIGHT_NOUNS = r"fighting|clash(?:es)?|battle|gun\s?battle|gunfight|firefight|exchange of fire"
# "the fighting, which began at 11.40pm", "The clashes lasted three hours": when it began or ended
_FIGHT_BEGAN = re.compile(rf"\b{_THE_FIGHT_TOLD}(?:{_FIGHT_NOUNS})(?:,\s*which)?\s+"
                          r"(began|started|erupted|lasted|ended|continued|raged)\b", re.I)
# "Three soldiers were killed in the fighting": its toll (told "in the attack" too)
_IN_THE_FIGHT = re.compile(rf"\b(?:in|during)\s+{_THE_FIGHT_TOLD}(?:{_FIGHT_NOUNS}|attack|assault|raid)\b", re.I)


def join_across_kinds(cue: Cue, folder: "Folder") -> Draft | None:
    """Rules 11 and 10e: the draft of another kind a cue joins when its own kind has none for it."""
    if cue.kind == "statement" and cue.detail:
        target = folder.detail_of(cue)
        if target is not None:  # the attack's source now: no speaker of its own, no attacker
            cue.kind, cue.strong, cue.actors, cue.speaker = target.kind, False, [], None
        return target
    if cue.kind == "strike" and not cue.strong and cue.location is None:
        # "Fighters attacked the police station. The group said four officers were killed": a toll told
        # just after an armed attack on the ground is that attack's (the strike's own join left it); not a
        # fight told with another day or place of its own
        target = folder.fight_of(cue)
        if target is not None and target.kind != "strike":
            cue.kind = target.kind
            return target
        return None
    if cue.kind == "other" and cue.death and not cue.ground and _OF_WOUNDS.search(cue.text):
        # "Two more succumbed to their wounds on Sunday": the wounded of the attack just told, its toll
        target = folder.latest_attack(cue.sentence.index, DETAIL_REACH)
        if target is not None:
            cue.kind, cue.strong, cue.actors = target.kind, False, []
        return target
    if cue.kind == "other" and cue.by_day:
        # "Five more died in last night's attack" after the bombing told: that attack, when its day agrees
        target = folder.detail_of(cue)
        if target is not None:
            cue.kind, cue.strong, cue.actors = target.kind, False, []
        return target
    if cue.kind == "other" and _of_the_fight_just_told(cue):
        target = folder.fight_of(cue)
        if target is not None:
            cue.kind, cue.strong, cue.actors = target.kind, False, []
        return target
    if cue.kind == "statement" and (target := folder.call_read_out(cue)) is not None:
        cue.kind, cue.strong, cue.actors, cue.speaker = "call", False, [], None
        return target
    if cue.kind == "claim" and not cue.strong:
        target = folder.latest_recent("statement", cue.sentence.index, 1)
        if target is not None:
            folder.change_kind(target, "claim")
        return target
    return None
