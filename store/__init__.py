"""newsline's data side: the event model, the store, ingestion and extraction. Knows nothing of the UI."""

from .database import Store
from .errors import NewslineError

__all__ = ["Store", "NewslineError"]
