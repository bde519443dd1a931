"""The English pipeline: loaded by name, once, only where text is analysed, and a clear error without it."""

import subprocess
import sys

import pytest

from store import nlp


def test_pipeline_is_loaded_once_with_parser_and_entities():
    first = nlp.pipeline()
    assert nlp.pipeline() is first
    assert {"parser", "ner", "lemmatizer"} <= set(first.pipe_names)
    doc = nlp.parse("The ministry said on Monday that it had banned the airline.")
    assert [t.lemma_ for t in doc if t.dep_ == "ROOT"] == ["say"]


def test_missing_model_is_one_clear_line(monkeypatch):
    monkeypatch.setattr(nlp, "MODEL_NAMES", ("no_such_model_here",))
    nlp.pipeline.cache_clear()
    try:
        with pytest.raises(nlp.ModelMissingError) as caught:
            nlp.pipeline()
        message = str(caught.value)
        assert "\n" not in message and "English model is not installed" in message
        assert "requirements/model.txt" in message
    finally:
        nlp.pipeline.cache_clear()


def test_parse_many_keeps_order():
    texts = ["Rockets hit the base on Tuesday.", "The council voted to approve the plan."]
    assert [d.text for d in nlp.parse_many(texts)] == texts


def test_commands_that_do_not_read_articles_do_not_import_spacy():
    code = ("import sys, tui.cli, tui.commands, store.ingest, store.extract; "
            "print('spacy' in sys.modules)")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "False"
