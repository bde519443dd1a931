"""One error hierarchy for everything the data side refuses; each carries a message for the user."""


class NewslineError(Exception):
    """Anything newsline refuses or cannot do; the message is written for the user."""

    exit_code = 1


class UsageError(NewslineError):
    """The command was given wrong arguments or options."""

    exit_code = 2


class ValidationError(NewslineError):
    """A record (event or article) breaks the data model."""


class InputError(NewslineError):
    """A file or text given to ingest or import cannot be used."""


class StoreError(NewslineError):
    """The store file cannot be opened or written safely."""


class NotFoundError(NewslineError):
    """No record has the given id."""


class DuplicateError(NewslineError):
    """The record is already in the store."""


class CancelledError(StoreError):
    """The person cancelled a write while it waited for the store; nothing was written."""


class ConflictError(NewslineError):
    """The record changed since the person started editing it; `current` is what the store holds now."""

    def __init__(self, message: str, current: dict | None) -> None:
        super().__init__(message)
        self.current = current
