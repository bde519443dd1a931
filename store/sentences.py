"""Split scraped article text into sentences with character offsets, and tell captions from body text.

Scraped pages fuse photo credits onto captions ("ReutersAn explosion ...[/caption]") and onto the
last word of a sentence ("Donald TrumpEast2West"); captions never carry events of their own.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Photo agencies and credit lines that scrapers glue onto captions and sentences.
AGENCIES = (
    "Reuters", "AFP", "AP", "Getty Images", "Getty", "EPA", "EPA-EFE", "Alamy", "PA", "Shutterstock",
    "Bloomberg", "Anadolu", "Xinhua", "Sputnik", "TASS", "East2West", "Rex", "Rex Features", "SWNS",
    "Telegram", "X", "Handout", "Supplied", "Pool", "ZUMA", "Zuma", "SIPA", "Sipa", "Ukrinform",
    "Instagram", "Facebook", "YouTube", "BBC", "CNN",
)
_AGENCY_RX = "|".join(sorted((re.escape(a) for a in AGENCIES), key=len, reverse=True))
_FUSED_CAPTION = re.compile(rf"^\s*(?:{_AGENCY_RX})(?=[A-Z][a-z])")
_FUSED_CREDIT_AT_END = re.compile(rf"(?<=[a-z])(?:{_AGENCY_RX})\s*$")
_ABBREVIATIONS = re.compile(
    r"(?:\b(?:Mr|Mrs|Ms|Dr|Gen|Lt|Col|Capt|Maj|Sgt|St|Sen|Rep|Gov|Prof|No|Jan|Feb|Mar|Apr|Jun|Jul|Aug|"
    r"Sep|Sept|Oct|Nov|Dec|Jr|Sr|vs|etc|approx|U\.S|U\.K|U\.N|a\.m|p\.m)\.)$"
)
# Starts only at the first mark of a run and never gives back what it took: a line of 10,000 dots
# would otherwise be tried from every dot (quadratic). Neither changes where sentences end.
_SENTENCE_END = re.compile(r"(?<![.!?])[.!?]++[”\"’')\]]*+\s++(?=[“\"‘'(\[]?[A-Z0-9])")
_INITIAL = re.compile(r"\b[A-Z]\.$")
_LOOK_BACK = 16  # longer than any abbreviation above ("approx.") with the character before it


@dataclass(frozen=True, slots=True)
class Sentence:
    index: int        # position among body sentences
    start: int        # character offsets in the article text
    end: int
    text: str
    caption: bool
    paragraph: int


# A scraped page's chrome under or beside the story: its tags, links to other stories.
# A label and a list of titles or words, not a sentence: "Related: the army said the strike killed five."
# is the story's own text.
_PAGE_CHROME = re.compile(r"[^\w]{0,3}(?:tags|topics|related(?:\s+(?:stories|articles|coverage|news))?|read more"
                          r"|also read|see also|more on this story|more from\s+[\w ]{1,30}|share this(?:\s+article)?"
                          r"|follow us)\s*:(?![^\n]*[.!?][\"”’']?\s*$)", re.I)


def is_caption(line: str) -> bool:
    """A photo caption, or a line of the page's chrome ("Tags: …", "Related: …"): never the story's text."""
    stripped = line.strip()
    return ("[/caption]" in stripped or stripped.startswith("[caption")
            or bool(_FUSED_CAPTION.match(stripped)) or bool(_PAGE_CHROME.match(stripped)))


def strip_fused_credit(text: str) -> str:
    """'... a call with Donald TrumpEast2West' -> '... a call with Donald Trump'."""
    return _FUSED_CREDIT_AT_END.sub("", text)


# A headline on the first line of a pasted story ("Curfew declared in Gusau"): a short line of its own
# with no full stop. It is the article's title (ingest takes it as one) and tells in a few words what the
# body tells in full; read as a sentence it made a statement by "Curfew".
_HEADLINE_WORDS = 20
_ENDS_SENTENCE = re.compile(r"[.!?:;…][\"”’')\]]*\s*$")
_STORY_ENDS = re.compile(r"[.!?][\"”’')\]]*\s*$")


def _is_headline(text: str, line: str, after: int) -> bool:
    """The text's first line, `line`, is a headline; `after` is where the rest of the text begins."""
    return (len(line.split()) <= _HEADLINE_WORDS and not _ENDS_SENTENCE.search(line)
            # a story of full sentences follows: one ends before another begins, or the text ends on one
            and bool(_SENTENCE_END.search(text, after) or _STORY_ENDS.search(text, after)))


def split_sentences(text: str) -> list[Sentence]:
    """Sentences of every line (paragraph), with offsets; captions and a headline are marked, not dropped."""
    sentences: list[Sentence] = []
    position = 0
    body_index = 0
    for paragraph, line in enumerate(text.split("\n")):
        line_start = position
        position += len(line) + 1
        if not line.strip():
            continue
        caption = is_caption(line) or (not sentences and _is_headline(text, line, position))
        for start, end in _sentence_spans(line):
            chunk = line[start:end]
            lead = len(chunk) - len(chunk.lstrip())
            chunk = chunk.strip()
            if not chunk:
                continue
            absolute = line_start + start + lead
            sentences.append(Sentence(body_index if not caption else -1, absolute,
                                      absolute + len(chunk), chunk, caption, paragraph))
            if not caption:
                body_index += 1
    return sentences


def _sentence_spans(line: str) -> list[tuple[int, int]]:
    spans = []
    start = 0
    for match in _SENTENCE_END.finditer(line):
        # Only the end of the sentence so far decides: reading all of it again at every full stop
        # after an abbreviation made a long line quadratic.
        stop = match.start() + 1
        tail = line[max(start, stop - _LOOK_BACK): stop]
        if _ABBREVIATIONS.search(tail):
            continue
        # "Some 1.5" style decimals and initials ("J. Smith") are not ends either.
        if _INITIAL.search(tail) and len(tail.split()[-1]) <= 2:
            continue
        spans.append((start, match.end()))
        start = match.end()
    spans.append((start, len(line)))
    return spans


def paragraph_bounds(text: str, offset: int) -> tuple[int, int]:
    """The [start, end) of the line (paragraph) holding offset."""
    start = text.rfind("\n", 0, offset) + 1
    end = text.find("\n", offset)
    return start, len(text) if end == -1 else end
