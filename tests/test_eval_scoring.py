"""The scorer behind `make eval` pairs events exactly as the corpus guide says, shown on tiny hand-made cases."""

from __future__ import annotations

import importlib.util
from datetime import date

import pytest

from bench.dataset import CORPUS, corpus_articles, sample_articles
from bench.scoring import Event, extracted_event, gold_event, score_article, totals

KYIV = "Russia launched 550 drones and 11 missiles at Kyiv overnight, killing two people."


def gold(kind="strike", start="2025-07-03", end=None, evidence=(KYIV,), required=True, label="g", **fields):
    return Event(kind=kind, start=date.fromisoformat(start), end=date.fromisoformat(end or start),
                 sentences=tuple(evidence), label=label, required=required, when=start, **fields)


def found(kind="strike", start="2025-07-03", end=None, sentences=(KYIV,), label="x", **fields):
    return Event(kind=kind, start=date.fromisoformat(start), end=date.fromisoformat(end or start),
                 sentences=tuple(sentences), label=label, when=start, **fields)


def test_a_right_event_pairs_and_scores_one():
    score = score_article("a", [gold()], [found()])
    assert score.pairs == {0: 0}
    assert (score.counts.precision, score.counts.recall, score.counts.f1) == (1.0, 1.0, 1.0)


def test_a_wrong_kind_does_not_pair_and_is_explained():
    score = score_article("a", [gold(kind="strike")], [found(kind="decision")])
    assert score.pairs == {} and score.counts.f1 == 0.0
    assert [(f.what, f.cause) for f in score.findings] == [("miss", "wrong kind"), ("false", "wrong kind")]


def test_claim_and_statement_are_one_family():
    assert score_article("a", [gold(kind="claim")], [found(kind="statement")]).pairs == {0: 0}
    assert score_article("a", [gold(kind="statement")], [found(kind="claim")]).pairs == {0: 0}


@pytest.mark.parametrize("start,end,pairs", [
    ("2025-07-04", None, True),            # one day after the gold day: inside the tolerance
    ("2025-07-02", None, True),            # one day before
    ("2025-07-05", None, False),           # two days after: outside
    ("2025-06-25", "2025-07-01", False),   # a window ending two days before
    ("2025-06-25", "2025-07-02", True),    # a window reaching the widened gold window
])
def test_a_window_pairs_only_within_one_day_of_the_gold_window(start, end, pairs):
    score = score_article("a", [gold(start="2025-07-03")], [found(start=start, end=end)])
    assert bool(score.pairs) is pairs
    if not pairs:
        assert score.misses[0].cause == "wrong window"


def test_a_window_inside_the_tolerance_but_not_the_gold_window_is_a_wrong_time():
    score = score_article("a", [gold(start="2025-07-03")], [found(start="2025-07-04")])
    assert score.pairs == {0: 0} and score.fields["time"] == [0, 1]
    assert score_article("a", [gold(start="2025-06-30", end="2025-07-03")], [found()]).fields["time"] == [1, 1]


def test_evidence_is_a_contained_snippet_or_sixty_percent_of_its_words():
    snippet = "Russia launched 550 drones"
    assert score_article("a", [gold(evidence=[snippet])], [found()]).pairs  # contained, case and dashes folded
    # 3 of the snippet's 5 words (60%) in the sentence: pairs; 2 of 5: does not.
    assert score_article("a", [gold(evidence=["Russia launched drones on Odesa"])], [found()]).pairs
    assert not score_article("a", [gold(evidence=["Russia fired rockets at Odesa"])], [found()]).pairs
    curly = found(sentences=["RUSSIA launched 550 drones – and 11 missiles"])
    assert score_article("a", [gold(evidence=["russia launched 550 drones - and 11 missiles"])], [curly]).pairs


def test_optional_gold_events_neither_help_nor_hurt():
    golds = [gold(label="required"), gold(kind="statement", required=False, label="optional",
                                          evidence=["Zelensky said Ukraine needs more air defence."])]
    optional = found(kind="statement", sentences=["Zelensky said Ukraine needs more air defence."])
    without = score_article("a", golds, [found()])
    with_it = score_article("a", golds, [found(), optional])
    assert (without.counts.precision, without.counts.recall) == (1.0, 1.0)
    assert (with_it.counts.precision, with_it.counts.recall) == (1.0, 1.0)
    assert not without.misses, "a missed optional event is not a miss"
    only_optional = score_article("a", golds, [optional])
    assert (only_optional.counts.precision, only_optional.counts.recall) == (1.0, 0.0)


def test_pairing_is_one_to_one_and_serves_required_events_first():
    # One extracted event that fits both an optional and a required gold event goes to the required one.
    golds = [gold(required=False, label="optional"), gold(label="required")]
    score = score_article("a", golds, [found()])
    assert score.pairs == {1: 0} and score.counts.recall == 1.0
    # Two gold strikes in one sentence, one extracted event: one pair, and the other is a merged miss.
    two = score_article("a", [gold(label="first"), gold(label="second")], [found()])
    assert len(two.pairs) == 1 and [m.cause for m in two.misses] == ["merged"]
    # A maximum matching: the first gold event gives way so that both pair.
    either = gold(label="either", evidence=[KYIV, "Another strike hit Odesa."])
    only_kyiv = gold(label="only-kyiv")
    odesa = found(sentences=["Another strike hit Odesa."])
    assert len(score_article("a", [either, only_kyiv], [found(), odesa]).pairs) == 2


def test_a_second_event_for_one_gold_event_is_a_false_split():
    score = score_article("a", [gold()], [found(), found(label="again")])
    assert score.counts.precision == 0.5 and [f.cause for f in score.false_events] == ["split"]


def test_field_accuracy_on_paired_events():
    golds = [gold(location="Kyiv", actors=("Russia",), quantities=(("drones", 550), ("killed", 2)))]
    right = found(location="Kyiv city", actors=("Russia",), quantities=(("drones", 550), ("dead", 2), ("missiles", 11)))
    wrong = found(location="Ukraine", actors=("Russian Federation",), quantities=(("drones", 550),))
    assert score_article("a", golds, [right]).fields == {"time": [1, 1], "location": [1, 1], "actors": [1, 1],
                                                         "quantities": [1, 1]}
    assert score_article("a", golds, [wrong]).fields == {"time": [1, 1], "location": [0, 1], "actors": [0, 1],
                                                         "quantities": [0, 1]}
    assert not score_article("a", [gold(actors=("US",))], [found(actors=("Russia",))]).fields["actors"][0]
    assert score_article("a", [gold(actors=("Vladimir Putin",))], [found(actors=("Putin",))]).fields["actors"][0]
    # A gold event without a place, actors or numbers is not judged on them.
    assert score_article("a", [gold()], [found(location="Kyiv")]).fields["location"] == [0, 0]


def test_mean_f1_weighs_articles_equally_and_micro_weighs_events():
    perfect = score_article("a", [gold()], [found()])
    empty = score_article("b", [gold(), gold(label="g2", evidence=["Talks ended."])], [])
    both = totals([perfect, empty])
    assert both.mean_f1 == 0.5 and both.mean_recall == 0.5
    assert both.micro.recall == pytest.approx(1 / 3)


def test_an_extracted_window_reads_as_calendar_days_in_its_own_zone():
    record = {"kind": "strike", "title": "t", "start": "2025-07-03T18:00:00+03:00", "end": "2025-07-04T06:00:00+03:00",
              "time_text": "last night", "sources": [{"sentence": KYIV}]}
    event = extracted_event(record)
    assert (event.start, event.end) == (date(2025, 7, 3), date(2025, 7, 4))
    midnight = extracted_event({**record, "start": "2025-07-03T00:00:00+03:00", "end": "2025-07-04T00:00:00+03:00"})
    assert midnight.end == date(2025, 7, 3), "a window ending at midnight sharp ends the day before"


def _check_module():
    spec = importlib.util.spec_from_file_location("corpus_check", CORPUS / "check.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_every_gold_list_pairs_completely_with_itself():
    for article in corpus_articles() + sample_articles():
        golds = [gold_event(g) for g in article.gold]
        as_extracted = [Event(g.kind, g.start, g.end, g.sentences, g.label) for g in golds]
        assert len(score_article(article.name, golds, as_extracted).pairs) == len(golds), article.name


def test_the_sample_gold_list_passes_the_corpus_checks():
    check = _check_module()
    (sample,) = sample_articles()
    problems: list[str] = []
    for event in sample.gold:
        check.check_event(sample.name, event, check.fold(sample.text), sample.published, problems)
    assert problems == []
    assert {e["id"] for e in sample.gold if e["required"]} and len(check.match(sample.gold, sample.gold)) == len(sample.gold)
