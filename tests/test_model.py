"""The event model refuses what breaks it, naming the field."""

import pytest

from store import model
from store.errors import ValidationError


def valid_event(**changes):
    record = model.make_event(kind="strike", title="Drone strike on Odesa", start="2025-07-03T21:00:00+03:00",
                              end="2025-07-03T21:00:00+03:00", precision="minute", actors=["Russia"],
                              quantities={"drones": 40})
    record.update(changes)
    return record


def test_valid_event_has_every_key_and_fresh_id():
    first, second = valid_event(), valid_event()
    assert set(first) == set(model.EVENT_KEYS)
    assert first["id"] != second["id"] and len(first["id"]) == 32


@pytest.mark.parametrize("field,value,message", [
    ("kind", "battle", "kind must be one of"),
    ("title", "  ", "title must not be empty"),
    ("title", "two\nlines", "one line"),
    ("start", "yesterday", "not an ISO 8601"),
    ("start", "2025-07-03T21:00:00", "no UTC offset"),
    ("end", "2025-07-01T00:00:00+03:00", "before start"),
    ("precision", "second", "precision must be"),
    ("quantities", {"drones": "forty"}, "whole number"),
    ("quantities", {"drones": True}, "whole number"),
    ("actors", ["", "x"], "actors must be"),
    ("status", "rumour", "status must be"),
    ("origin", "guessed", "origin must be"),
])
def test_invalid_field_is_refused_with_its_name(field, value, message):
    with pytest.raises(ValidationError, match=message):
        model.validate_event(valid_event(**{field: value}))


def test_missing_and_unknown_keys_are_named():
    record = valid_event()
    del record["notes"]
    with pytest.raises(ValidationError, match="missing key 'notes'"):
        model.validate_event(record)
    with pytest.raises(ValidationError, match="unknown key 'colour'"):
        model.validate_event(valid_event(colour="red"))


def test_article_sha_must_match_text():
    article = model.make_article(text="Some article text here.", published="2025-07-04T00:00:00+00:00")
    article["text"] = "changed"
    with pytest.raises(ValidationError, match="sha256"):
        model.validate_article(article)
