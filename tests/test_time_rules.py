"""Every time rule reads its own example phrases as it says it does (store/timerules.py)."""

from __future__ import annotations

import re
from datetime import date, datetime

import pytest

from store.timerules import EXAMPLE_PUBLISHED, RULES
from store.timewords import resolve, scan_time_phrases

EXAMPLES = [pytest.param(r, example, id=f"{r.name}: {example[0]}") for r in RULES for example in r.examples]


def _phrase_of(text: str) -> tuple[str, int, int]:
    """The text without its [brackets], and where the bracketed phrase (or the whole text) sits in it."""
    marked = re.search(r"\[([^\]]*)\]", text)
    if not marked:
        return text, 0, len(text)
    plain = text.replace("[", "").replace("]", "")
    return plain, marked.start(), marked.start() + len(marked.group(1))


def test_every_rule_has_examples_and_a_unique_name():
    assert all(r.examples for r in RULES), [r.name for r in RULES if not r.examples]
    assert len({r.name for r in RULES}) == len(RULES)


@pytest.mark.parametrize("rule,example", EXAMPLES)
def test_each_rule_reads_its_examples(rule, example):
    text, start, end, precision, *published = example
    plain, begin, finish = _phrase_of(text)
    base = EXAMPLE_PUBLISHED
    if published:
        base = datetime.combine(date.fromisoformat(published[0]), base.time(), base.tzinfo)
    found = [m for m in scan_time_phrases(plain) if m.start < finish and begin < m.end]
    assert [(m.pattern, plain[m.start:m.end].strip(" ,")) for m in found] == [(rule.name, plain[begin:finish])]
    window = resolve(found[0], base)
    if start is None:
        assert window is None, f"{text!r} must give no time, gave {window}"
        return
    assert window is not None, f"{text!r} gave no time"
    assert (window.start.isoformat()[:16], window.end.isoformat()[:16], window.precision) == (start, end, precision)


def test_at_the_same_time_as_a_turn_of_the_argument_is_no_time():
    """"At the same time, the minister said …" weighs one thing against another; "at around the same time"
    is the time of the event told before (timeattach.counted_from)."""
    assert scan_time_phrases("At the same time, the minister said talks would go on.") == []
    assert [m.pattern for m in scan_time_phrases("At around the same time, a gunship fired rockets.")] == [
        "counted_from_anchor"]


def test_a_phrase_of_an_unknown_rule_gives_no_time():
    match = scan_time_phrases("on Monday")[0]
    from dataclasses import replace

    assert resolve(replace(match, pattern="no such rule"), EXAMPLE_PUBLISHED) is None


@pytest.mark.parametrize("sentence", [
    "April Smith said", "prices may rise", "a 2019-2020-2021 plan", "Will Jones will speak",
    "quarterly results", "the first quarterback", "several days earlier", "at about 2300 people",
])
def test_words_that_only_look_like_times_give_no_time(sentence):
    base = EXAMPLE_PUBLISHED
    assert [(m.text, resolve(m, base)) for m in scan_time_phrases(sentence) if resolve(m, base)] == []


@pytest.mark.parametrize("sentence", [
    "The army said that night raids had stopped.", "Residents said that night-time curfews were lifted.",
    "He recalled that night's attack.", "They warned that evening flights would be cut.",
])
def test_that_opening_what_was_said_is_no_time(sentence):
    """"that night" is the night of the event told before; "said that night raids …" is what was said."""
    assert [m.text for m in scan_time_phrases(sentence) if m.pattern == "counted_from_anchor"] == []
