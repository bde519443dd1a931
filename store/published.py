"""Publication dates: the --published option of `ingest` and `times` (what it accepts, said in its help,
and how it is read), and a date a page or a metadata file gives. Its own module so that building the
command line needs no time-phrase rules (a page's date loads them only when it is not ISO)."""

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


def parse_published(value: str, what: str = "--published") -> date:
    """A publication date given by a person or a page: ISO, '4 July 2025', 'July 4, 2025'. A date that
    only looks like one ("2025-13-01") or names no year ("Friday", "yesterday": read against today's
    clock, not the article's) is refused, never reinterpreted."""
    text = value.strip()
    if re.match(r"\d{4}-\d{2}-\d{2}", text):
        try:
            return date.fromisoformat(text[:10])
        except ValueError:
            raise UsageError(f"{what} {value!r} is not a date (use YYYY-MM-DD)") from None
    if not re.search(r"\b\d{4}\b", text):
        raise UsageError(f"{what} {value!r} names no year (use YYYY-MM-DD)")
    from .timewords import parse_when

    try:
        window = parse_when(text, datetime.now().astimezone())
    except UsageError:
        raise UsageError(f"{what} {value!r} is not a date (use YYYY-MM-DD)") from None
    if window.precision not in ("day", "minute", "hour"):
        raise UsageError(f"{what} {value!r} is not a single day (use YYYY-MM-DD)")
    return window.start.date()
