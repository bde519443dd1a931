"""The --published option of `ingest` and `times`: what it accepts, said in its help, and how it is read.
Its own module so that building the command line needs no time-phrase rules."""

from __future__ import annotations

import re
from datetime import date, datetime

from .errors import UsageError

_PUBLISHED = re.compile(r"\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,6})?)?(?:Z|[+-]\d{2}:\d{2}))?")
PUBLISHED_HELP = "publication date: YYYY-MM-DD, or an ISO date-time with its offset (2025-07-04T09:30+03:00)"


def published_option(value: str) -> date:
    """--published as its help says, and nothing else (no "4/7/2025", no "yesterday"): YYYY-MM-DD, or an
    ISO date-time with its offset, whose own date is the publication day."""
    text = value.strip()
    if _PUBLISHED.fullmatch(text):
        try:
            return datetime.fromisoformat(text.replace("Z", "+00:00")).date()
        except ValueError:  # 2025-02-30
            pass
    raise UsageError(f"--published {value!r} is not a date: use YYYY-MM-DD, or an ISO date-time with its "
                     "offset (2025-07-04T09:30+03:00)")
