"""What every kind's title is made of: a headline phrase taken from a sentence, a person's short name.
Each kind composes its own title from these (store/kinds/<name>.py, `title`); titles are stored whole.
"""

from __future__ import annotations

import re

from .timewords import find_time_phrases


def short_name(name: str) -> str:
    """'Vladimir Putin' -> 'Putin'; a country or a long body's name stays whole."""
    return name.split()[-1] if " " in name and name[0].isupper() and len(name.split()) <= 3 else name


def headline(text: str, capitalise: bool = True) -> str:
    """The sentence's main clause as a headline: no opening 'Meanwhile' or time phrase, no hedge
    words, nothing after 'according to', 'which', a dash or a semicolon."""
    text = re.sub(r"^(?:Meanwhile|However|But|And|Also|Separately|Elsewhere),?\s+", "", text.strip())
    for match in find_time_phrases(text):
        if match.start == 0:
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
