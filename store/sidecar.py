"""The metadata file beside an article (`article.json` beside `article.txt`): its title, outlet, url,
publication date and time zone. Read by ingest and by `newsline times`, which must not load extraction."""

from __future__ import annotations

from pathlib import Path

import orjson

from .errors import InputError, UsageError
from .userfiles import read_regular_file
from .zonenames import zone

MAX_SIDECAR_BYTES = 64 * 1024  # title, outlet, url, date and zone of one article
SIDECAR_KEYS = ("title", "outlet", "url", "published", "timezone")


def read_sidecar(sidecar: Path) -> dict[str, str]:
    """The metadata in the .json file beside an article (title, outlet, url, published, timezone)."""
    raw = read_regular_file(str(sidecar), MAX_SIDECAR_BYTES, "larger than a metadata file can be (64 KB)")
    try:
        meta = orjson.loads(raw)
    except orjson.JSONDecodeError:
        raise InputError(f"{sidecar}: metadata file is not valid JSON") from None
    if not isinstance(meta, dict):
        raise InputError(f"{sidecar}: metadata file must hold an object")
    wrong = [key for key in SIDECAR_KEYS if meta.get(key) is not None and not isinstance(meta[key], str)]
    if wrong:
        raise InputError(f"{sidecar}: metadata field {wrong[0]!r} must be text, not {type(meta[wrong[0]]).__name__}")
    if meta.get("timezone"):
        try:  # named with its file here: read later, a wrong zone named no file (found by a hostile trial)
            zone(meta["timezone"])
        except UsageError as error:
            raise UsageError(f"{sidecar}: {error}") from None
    return {key: meta[key] for key in SIDECAR_KEYS if meta.get(key)}


def sidecar_metadata(path: str) -> dict[str, str]:
    """The metadata beside an article file (its .json), or none: standard input has no file beside it."""
    if path == "-":
        return {}
    sidecar = Path(path).with_suffix(".json")
    return read_sidecar(sidecar) if Path(path).suffix != ".json" and sidecar.is_file() else {}
