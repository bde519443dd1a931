"""Hostile text cannot stall newsline: tagging times and extracting events take time in proportion to
the text, whatever runs of spaces, tabs, commas, dots or digits it holds."""

from __future__ import annotations

import signal
import time
from contextlib import contextmanager
from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from store.extract import extract_events
from store.timewords import find_time_phrases


@contextmanager
def finishes_within(seconds: float):
    """Fail the test once `seconds` have passed instead of waiting out a runaway regex (the regex
    engine checks for signals, so the alarm interrupts it)."""

    def too_slow(signum, frame):
        raise AssertionError(f"still running after {seconds} s")

    previous = signal.signal(signal.SIGALRM, too_slow)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


# Words the time patterns start from, and what might follow them in bulk.
ANCHORS = ["Monday", "on Tuesday", "last Friday", "3 July", "the 4th of", "July 4", "Sept.", "on Sunday,",
           "the night of 3", "overnight into", "at", "around", "yesterday", "last night", "two", "in", "by",
           "since", "2025", "2025-07-03", "this morning", "early", "mid-", "12", "9"]
RUNS = [" ", "\t", "\n", ",", ".", ", ", " ,", "1", "9 ", "-", "–", " at", "\u00a0"]

hostile_text = st.lists(
    st.tuples(st.sampled_from(ANCHORS), st.sampled_from(RUNS), st.integers(0, 2500)),
    min_size=1, max_size=5,
).map(lambda parts: "".join(anchor + run * count for anchor, run, count in parts))


def test_a_weekday_followed_by_2000_spaces_is_tagged_at_once():
    with finishes_within(2):
        phrases = find_time_phrases("Monday" + " " * 2000)
    assert [(p.text, p.start, p.end) for p in phrases] == [("Monday", 0, 6)]


def test_a_date_with_long_runs_between_its_words_is_still_read():
    sentence = "Strikes hit Kyiv on Monday" + " " * 3000 + "evening, and again on 3" + "\t" * 3000 + "July"
    with finishes_within(2):
        phrases = find_time_phrases(sentence)
    assert [p.pattern for p in phrases] == ["weekday", "date_dmy"]
    for phrase in phrases:  # offsets point into the text as given
        assert sentence[phrase.start:phrase.end].strip(" ,") == phrase.text


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(hostile_text)
def test_time_tagging_of_hostile_runs_finishes_well_under_a_second(text):
    started = time.perf_counter()
    with finishes_within(5):
        phrases = find_time_phrases(text)
    assert time.perf_counter() - started < 1.0, f"{len(text)} characters"
    for phrase in phrases:
        assert text[phrase.start:phrase.end].strip(" ,") == phrase.text


# Each run ends where no pattern can go on, so a backtracking engine tries every way of sharing it.
WHITESPACE_RUNS_UNIT = ("Russian missiles struck Kyiv on Monday" + " " * 700 + ", killing 3" + "\t" * 400
                        + "people, officials said on 3 July" + " " * 900 + ".\n")
WHITESPACE_RUNS_ARTICLE = WHITESPACE_RUNS_UNIT * (200_000 // len(WHITESPACE_RUNS_UNIT) + 1)


def test_a_200_kb_article_of_whitespace_runs_is_tagged_in_seconds():
    with finishes_within(10):
        phrases = find_time_phrases(WHITESPACE_RUNS_ARTICLE)
    assert sum(p.pattern == "weekday" for p in phrases) == WHITESPACE_RUNS_ARTICLE.count("Monday")
    assert sum(p.pattern == "date_dmy" for p in phrases) == WHITESPACE_RUNS_ARTICLE.count("3 July")
