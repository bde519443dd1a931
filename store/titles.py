"""What every kind's title is made of: a headline phrase taken from a sentence, a person's short name.
Each kind composes its own title from these (store/kinds/<name>.py, `title`); titles are stored whole.
"""

from __future__ import annotations

import re

from . import lexicon
from .reading import DATELINE
from .timewords import dates_a_noun, find_time_phrases


def short_name(name: str) -> str:
    """'Vladimir Putin' -> 'Putin'; a country, a body ('United Nations', 'the Coast Guard', 'Iraqi
    officials') or a long name stays whole."""
    words = name.split()
    person_like = (1 < len(words) <= 3 and all(w[:1].isupper() for w in words)
                   and not any(re.sub(r"(?:’s|'s)$", "", w).strip(".,").lower() in lexicon.BODY_WORDS for w in words))
    return words[-1] if person_like else name


def headline(text: str, capitalise: bool = True) -> str:
    """The sentence's main clause as a headline: no opening 'Meanwhile' or time phrase, no hedge
    words, nothing after 'according to', 'which', a dash or a semicolon."""
    # "GUSAU, Nigeria (Reuters) - ": where and by whom the story was filed is no part of its headline
    text = re.sub(r"^(?:Meanwhile|However|But|And|Also|Separately|Elsewhere),?\s+", "", DATELINE.sub("", text.strip()))
    for match in find_time_phrases(text):
        if match.start == 0:
            if dates_a_noun(text, match):
                break  # "Friday's meeting was cancelled": the time names the subject, it stays
            text = text[match.end:].lstrip(" ,")
    text = re.sub(r"\b(?:reportedly|allegedly|purportedly)\s+", "", text)
    text = re.sub(r"^Some\s+(?=\d)", "", text)
    text = re.split(r",\s*(?:according to|opening|which|as|while|warning|saying|blaming|but)\b|\s+[–—]\s+|;", text)[0]
    text = re.sub(r"\s*,?\s*according to .*$", "", text).rstrip(" .,:")
    if capitalise and text:
        text = text[0].upper() + text[1:]
    return text



def one_line(title: str) -> str:
    """The title as stored: whole, on one line (a line break in the sentence becomes a space). Titles are
    never cut here; the app cuts them to fit a row, the detail pane and exports show them whole."""
    return " ".join(title.split())
