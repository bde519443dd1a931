"""Every time phrase of an article with the window it was read as: what `newsline times` prints, so a
person (or a benchmark) can check how an article's times were read. Imports neither spaCy nor the app.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, time

from .errors import InputError
from .published import published_option
from .timewords import Window, in_zone, resolve, scan_time_phrases, zone, zone_told
from .userfiles import ARTICLE_TOO_LARGE, MAX_ARTICLE_BYTES, decode_text, read_regular_file, read_stdin



@dataclass(frozen=True, slots=True)
class TimePhrase:
    """A time phrase at [begin, end) of the text as read, its rule, and its window (None: no time)."""
    begin: int
    end: int
    text: str
    rule: str
    window: Window | None
    edge: str | None  # "until", "since"...: the phrase bounds a duration, it does not date an event

    def as_json(self) -> dict:
        window = self.window
        return {"text": self.text, "offset": [self.begin, self.end],
                "start": window.start.isoformat() if window else None,
                "end": window.end.isoformat() if window else None,
                "precision": window.precision if window else None}


def read_text(path: str) -> str:
    """The text of a file or of standard input ("-"), decoded as `newsline ingest` decodes it and
    otherwise untouched, so offsets index it exactly."""
    too_large = ARTICLE_TOO_LARGE
    if path == "-":
        raw, name = read_stdin(MAX_ARTICLE_BYTES, too_large), "standard input"
    else:
        raw, name = read_regular_file(path, MAX_ARTICLE_BYTES, too_large, stdin_hint=True), path
    if b"\x00" in raw[:8192]:
        raise InputError(f"{name}: is a binary file, not article text")
    return decode_text(raw, name)[0]


def publication_moment(published: str, tz: str | None) -> datetime:
    """Noon of the publication day in its zone, as extraction reads an article's times."""
    return datetime.combine(published_option(published), time(12, 0), zone(tz))


def time_phrases(text: str, base: datetime) -> list[TimePhrase]:
    """Every time phrase in text, in order, with offsets into text as given, resolved against base."""
    found = []
    for match in scan_time_phrases(text):
        raw = text[match.start:match.end]
        begin = match.start + len(raw) - len(raw.lstrip(" ,"))
        end = match.end - (len(raw) - len(raw.rstrip(" ,")))
        named = zone_told(text, match.start, match.end)  # "at 10 p.m. Moscow time": read there, as ingest reads it
        here = in_zone(base, named) if named else base
        found.append(TimePhrase(begin, end, text[begin:end], match.pattern, resolve(match, here),
                                match.groups.get("edge")))
    return found
