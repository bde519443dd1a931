"""Time zones by IANA name ("Europe/Kyiv", "UTC"), read once here for --tz, NEWSLINE_TZ and the time
phrases that name a zone. Its own module so that the display zone needs no time-phrase rules at start-up."""

from __future__ import annotations

import re
from datetime import tzinfo
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from .errors import UsageError
from .model import shown

# An IANA zone name: "UTC", "Europe/Kyiv", "America/Argentina/Buenos_Aires", "Etc/GMT+5". ZoneInfo
# reads the name as a path under the zone database: a long one failed with "File name too long".
_ZONE_NAME = re.compile(r"[A-Za-z0-9_+\-]{1,40}(?:/[A-Za-z0-9_+\-]{1,40}){0,3}")


def zone(name: str | None) -> tzinfo:
    unknown = UsageError(f"unknown time zone {shown(name or '')} (use a name such as Europe/Kyiv or UTC)")
    if name and not _ZONE_NAME.fullmatch(name):
        raise unknown
    try:
        return ZoneInfo(name or "UTC")
    except (ZoneInfoNotFoundError, ValueError, OSError):
        raise unknown from None
