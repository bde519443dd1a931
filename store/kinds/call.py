"""Calls: leaders or officials speaking by phone or video ("had a phone call with", "spoke by phone",
"video call"); "the call" later joins it, and so does any mention naming one of its participants."""

from __future__ import annotations

import re

from .. import clauses, entities, gazetteer, lexicon
from ..drafts import Cue, Draft
from ..entities import Mention
from ..reading import SentenceReading, with_partner
from ..timeattach import AFTER, SEQUENCE
from ..titles import short_name
from .detector import Article, Detector

PHRASE = re.compile(
    r"\b(?:phone|telephone|video)[\s-](?:call|conversation|talks|discussion)s?\b"
    r"|\b(?:a|the|their|his|her|its|in)\s+(?:[\w-]+\s+){0,2}calls?\s+(?:with|between)\b"
    # "in a Thursday call" (not "in a second call for restraint", "a call to arms": a demand)
    r"|\b(?:in|during)\s+(?:a|an|the|their|his|her)\s+(?:[\w-]+\s+){0,2}call\b(?!\s+(?:for|to)\b)"
    r"|\b(?:spoke|spoken|speaks|speak|speaking|talked|talks|talking|conversation|conversed|discussed|discuss)\s+"
    r"(?:[\w.'’-]+\s+){0,8}?(?:by|on the|over the)\s+(?:phone|telephone|video)\b"
    # "Erdogan urged Putin by telephone to halt …", "told Macron over the phone that …": words said on the line
    r"|\b(?:told|urged|assured|warned|informed|briefed|asked|pressed|thanked|congratulated|invited|reassured)\s+"
    r"(?P<told>(?:[\w.'’-]+\s+){1,6}?)(?:by|over the)\s+(?:tele)?phone\b"
    r"|\b(?:held|had|have|has|holds)\s+(?:a\s+)?(?:[\w-]+\s+)?call\b"
    r"|\b(?:held|had|have|has|holds)\s+(?:[\w-]+\s+)?calls\s+(?=with\b|between\b)"
    # "Erdogan telephoned Sharif on Wednesday", "phoned his counterpart"
    r"|\b(?:tele)?phon(?:ed|es|ing)\s+(?=[A-Z]|(?:his|her|their|the)\s)", re.I)
_BUSINESS_CALL = re.compile(r"\b(?:earnings|investors?|analysts?|results|quarterly|sales)\s+calls?\b", re.I)
# "spoke with Sharif on Wednesday": a leader speaking with another is a call unless the text says they
# met; speaking with reporters or crowds is no call.
_SPOKE_WITH = re.compile(
    r"\b(?:spoke|spoken|speaks|talked)\s+(?:again\s+|also\s+|briefly\s+)?with\s+(?!(?:the\s+)?(?:reporters|journalists|press|media|students"
    r"|supporters|residents|troops|soldiers|crowds?|voters|survivors|families|relatives|members|staff|workers"
    r"|protesters|broadcasters?|newspapers?|television|radio|(?-i:us|me|them))\b)", re.I)
# "with his German counterpart", "with the national security advisers of both countries"
_TITLE_PARTNER = re.compile(
    r"\b(?:with|(?:tele)?phoned|called)\s+(?:[\w’'-]+\s+){0,3}?(?:counterparts?|presidents?|prime ministers?|premiers?|chancellors?|leaders?"
    r"|ministers?|secretar(?:y|ies)|advis[eo]rs?|kings?|emirs?|crown prince|envoys?|heads? of state)\b", re.I)
_MET = re.compile(r"\b(?:met|meeting|in person|face-to-face|visited|visit)\b", re.I)
_ANAPHOR = re.compile(r"\b(?:the|that|this)\s+(?:[\w-]+\s+){0,2}(?:call|conversation)\b(?!\s+(?:for|on)\b)", re.I)
# Between two partners of "calls with A and B": commas, "and", "as well as" ("and with"); and before each,
# what names their office ("Iraqi Prime Minister", "Jordan's King", "his Iranian counterpart")
_OFFICE = (r"(?:(?:his|her|their|the)\s+)?(?:(?:[A-Z][\w’'-]*|counterpart|president|prime|minister|king|chancellor"
           r"|leader|emir|crown|prince|foreign|defen[cs]e|secretary|of|state)\s+){0,6}")
_COORDINATION = re.compile(rf"\s*(?:,\s*(?:and\s+)?|and\s+|as well as\s+)(?:with\s+)?{_OFFICE}")
_FIRST_LISTED = re.compile(rf"\s*(?:with\s+)?{_OFFICE}")
_SEPARATELY = re.compile(r"\bseparate(?:ly)?\b", re.I)
_WITH = re.compile(r"\bwith\s+")
_WITH_REACH = 40  # "spoke separately by phone on Wednesday with": the day between


# "Macron called Zelensky on Tuesday", "Rubio called Pakistan's foreign minister, Ishaq Dar,", "Erdogan called his Iraqi
# counterpart": a leader calling another (not "called Putin a killer", "called Biden's remarks reckless", "called
# the strikes an act of war", "called on", "called for")
_NOT_A_PARTY = re.compile(r"\b(?:Hamas|Hezbollah|Taliban|Houthis?|Army|Forces|Ministry|Government|Council|Party|Union|"
                          r"Nations|Police|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")
_OFFICE_WORDS = r"(?:minister|president|premier|chancellor|leader|king|emir|counterpart|secretary|envoy|crown prince)"
_CALLED = re.compile(r"\bcalled\s+(?=(?:his|her|their)\s+(?:[\w-]+\s+){0,2}counterpart\b"
                     r"|(?P<called>[A-Z][\w.-]*(?:['’][A-Z][\w.-]*)?(?:\s+[A-Z][\w.-]*(?:['’][A-Z][\w.-]*)?){0,3})(?:(?:’s|'s)\s+(?:[\w-]+\s+){0,2}" + _OFFICE_WORDS + r"\b"
                     r"|\s+(?!(?:a|an|the|his|her|their|its|as|one|\w+ly)\b)[a-z]|\s*[,.;]|$))")


# "spoke again by phone", "In a second call on Wednesday evening": another call, though of the same two people
_AGAIN = re.compile(r"\b(?:spoke|spoken|talked|called|phoned|telephoned)\s+(?:\w+\s+)?again\b"
                    r"|\b(?:in|during|held|had)\s+(?:a\s+(?:second|third|further|follow-up|later)|another)\s+"
                    r"(?:phone\s+|telephone\s+|video\s+)?call\b(?!\s+(?:for|to)\b)", re.I)


# "Earlier on Tuesday, Erdogan spoke by phone with Sudani about water sharing": a call told as before or after the
# one just told (a sentence naming its own call; "Later, the call was described as cordial" tells the same one)
_TOLD_BEFORE_OR_AFTER = re.compile(r"\W*(?:earlier|later)\b", re.I)


def names_a_call(text: str) -> bool:
    """Whether the words name a call ("a phone call with", "the conversation")."""
    return PHRASE.search(text) is not None or _ANAPHOR.search(text) is not None


class Call(Detector):
    kind = "call"
    order = 1

    def cues(self, reading: SentenceReading) -> list[Cue]:
        text = reading.text
        call = PHRASE.search(text)
        if call is not None and call.group("told") is not None and not any(
                call.start("told") <= m.start < call.end("told") and not lexicon.news_outlet(m.canonical)
                for m in reading.persons):
            call = None  # "a spokesman told Reuters by phone", "told Sky News by phone": no leader on the line
        if call is None and not _MET.search(text):
            call = _SPOKE_WITH.search(text) or _CALLED.search(text)
        match = call or _ANAPHOR.search(text)
        if not match or reading.quoted(match.start()) or text.lstrip()[:1] in "\"“":
            return []  # a call someone mentions in their own words dates nothing
        if _BUSINESS_CALL.search(match.group(0)):
            return []  # "during an earnings call with analysts": a company's, not leaders' call
        aside = _told_aside(text, match.start())
        persons = [m for m in reading.persons
                   if not reading.quoted(m.start) and not any(a <= m.start < b for a, b in aside)]
        partners = []
        if re.search(r"calls\b", match.group(0), re.I) or _SEPARATELY.search(text, max(0, match.start() - 12),
                                                                              match.end() + 12):
            # "held separate phone calls with …", "spoke separately by phone on Wednesday with …": the list
            # after the first "with"
            listed = _WITH.search(text, match.end(), match.end() + _WITH_REACH)
            partners = _coordinated(text, listed.end() if listed else match.end(), persons)
        if len(partners) >= 2:
            # "in calls with A and B": one call with each, by whoever is named outside the list
            callers = [m.canonical for m in persons if m not in partners][:1]
            subject = clauses.subject_at(reading.doc, match.start()) if not callers else None
            if subject and not gazetteer.lookup(subject):
                callers = [subject]  # "Erdogan spoke separately by phone with …": a surname not known yet
            return [reading.cue("call", match.start(), True, actors=callers + [p.canonical], new_marker=True)
                    for p in partners]
        near = with_partner(text, match.start(), [m.canonical for m in persons])
        callers = clauses.subject_names_at(reading.doc, match.start()) if call is not None and len(near) < 2 else []
        for caller in reversed(callers):
            # a name a town shares is a person when another is named with it ("Rubio and Fidan"), not alone
            place = _a_land(caller) if len(callers) >= 2 else gazetteer.lookup(caller)
            if caller not in near and not place and not any(caller in p or p in caller for p in near):
                # "Erdogan held a phone call with Putin", "Later that night Petro spoke by phone with …", "Rubio and
                # Fidan spoke by phone": bare surnames the name rules do not know yet, the subjects of the call
                near = [caller, *near]
        # "On Tuesday he spoke by phone with Lula": the caller is the article's own leader (`actors`)
        he_called = call is not None and len(near) == 1 and clauses.pronoun_subject_at(reading.doc, match.start())
        titled = bool(_TITLE_PARTNER.search(text, match.start()))
        # Only a call phrase with someone to call starts a call; "the call" joins one.
        strong = bool(call) and (len(near) >= 2 or (len(near) == 1 or reading.speaks) and titled
                                 or len(near) == 1 and call.re is PHRASE)
        by_name = call is not None and call.re is _CALLED  # "Macron called Zelensky"
        if by_name and len(near) == 1 and (called := (call.group("called") or "").rstrip(".")) \
                and not called.endswith(("’s", "'s")) and not gazetteer.lookup(called) \
                and called.split()[-1] not in near[0].split() and not _NOT_A_PARTY.search(called):
            near = [*near, called]  # "Macron called Zelensky": a bare surname the name rules do not know yet
            strong = True
        if by_name and (not (len(near) >= 2 or titled) or any(_NOT_A_PARTY.search(party) for party in near)):
            return []  # "Trump called Hamas terrorists", "Police called Ahmed Ali to testify": no leaders on the line
        return [reading.cue("call", match.start(), strong, actors=near[:4], he_called=he_called,
                            new_marker=bool(_AGAIN.search(text) or strong and _TOLD_BEFORE_OR_AFTER.match(text)))]

    def join(self, cue, folder) -> Draft | None:
        if cue.new_marker:
            if len(cue.actors) < 2 and (before := folder.same_kind(cue)):
                # "The two leaders spoke again by phone on Wednesday evening": the parties of the call before
                cue.actors = list(dict.fromkeys([*cue.actors, *before[-1].participants()]))[:4]
                cue.strong = True
            return None  # one of several calls named together, or another call of the same people
        from ..folding import person_key  # here: folding imports the kinds (through arbitration)

        draft = folder.naming_partner(cue)
        if draft is not None:
            # "Earlier the same day, Anutin had also spoken by phone with Anwar Ibrahim", after his call with
            # Min Aung Hlaing: a call already between two people, and someone else on the line, is another
            # (a person merely named in the call's sentence is no partner: the words must say it is another)
            theirs = {person_key(p) for p in draft.participants()}
            if len(theirs) >= 2 and any(person_key(p) not in theirs for p in cue.actors) and (
                    _ANOTHER.search(cue.text) or cue.strong and len(cue.actors) >= 2):
                # ("Rubio spoke with Mr Jaishankar late on Thursday", after Araghchi's call with him: a call of
                # its own with its own two parties, which its words tell, not a name said in the call)
                return None
        return draft

    def actors(self, draft: Draft, article: Article) -> list[str]:
        parties = draft.participants()
        if len(parties) == 1 and any(c.he_called for c in draft.cues):
            # "he" calling is the leader the article names with the title: "President Daniel Chapo condemned …
            # He spoke by phone with Rwanda's Paul Kagame" (not whoever the sentence before named first: a
            # general quoted there is no caller); no one when several hold it or none is named so
            from ..folding import person_key  # here: folding imports the kinds (through arbitration)

            leader = article.once("home leader", lambda: _home_leader(article))
            if leader and person_key(leader) != person_key(parties[0]):
                return [leader, *parties]
        return parties

    def title(self, draft: Draft, actors: list[str], place: Mention | None) -> str:
        how = "video" if any("video" in c.text.lower() for c in draft.cues) else "phone"
        if len(actors) >= 2:
            return f"{short_name(actors[0])} and {short_name(actors[1])} speak by {how}"
        return f"{short_name(actors[0])} {how} call" if actors else f"{how.title()} call"


def _a_land(name: str) -> bool:
    """A country or a region, which speaks by phone with no one ("Rubio", a town too, does)."""
    place = gazetteer.lookup(name)
    return place is not None and place.kind in ("country", "region")


def _told_aside(text: str, call_at: int) -> list[tuple[int, int]]:
    """Clauses after the call's words telling another occurrence, to the next comma ("…spoke by phone on Tuesday, a
    day after Iranian President Masoud Pezeshkian visited Baghdad"): whoever they name took no part in the call (the
    visitor had been made a third party, and another outlet's call of his joined this one's row)."""
    spans = []
    # only after the call's own words: "The raid came hours after Petro discussed the violence with Lula, in a phone
    # call on Tuesday evening" tells the call in that very clause
    for told in (*AFTER.finditer(text, call_at), *SEQUENCE.finditer(text, call_at)):
        spans.append((told.start(), next((m.start() for m in _CLAUSE_END.finditer(text, told.end())), len(text))))
    return spans


_CLAUSE_END = re.compile(r"[,;:.]")


def _home_leader(article: Article) -> str | None:
    titled = entities.titled_people(" ".join(r.text for _, r in sorted(article.readings.items())), home_only=True)
    return titled.get("president") or titled.get("prime minister")


# "also", "earlier"; "The call came a day after Chapo spoke with Kagame": a call told as before or after this one
_ANOTHER = re.compile(r"\b(?:also|earlier|later|separately|in a separate"
                      r"|(?:a|one|two|three|\d+)\s+days?\s+(?:after|before)|the\s+day\s+(?:after|before)"
                      r"|hours\s+(?:after|before))\b", re.I)


def _coordinated(text: str, start: int, persons: list[Mention]) -> list[Mention]:
    """The persons listed right after `start`: "with Keir Starmer and Emmanuel Macron"."""
    listed: list[Mention] = []
    position = start
    for person in (m for m in persons if m.start >= start):
        gap = text[position: person.start]
        if not (_COORDINATION if listed else _FIRST_LISTED).fullmatch(gap):
            break
        listed.append(person)
        position = person.end
    return listed


DETECTOR = Call()
