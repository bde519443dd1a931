"""Events read off the parse (store/clauses.py), on short sentences of our own writing."""

from datetime import date

import pytest

from store import clauses, nlp
from store.extract import extract_events

PUBLISHED = date(2024, 5, 10)  # a Friday


def kinds(sentence: str, dated: bool = True) -> list[str]:
    return [f.kind for f in clauses.find(nlp.parse(sentence), dated)]


def events(text: str) -> list[dict]:
    return extract_events(text, PUBLISHED, "UTC")


@pytest.mark.parametrize("sentence", [
    "The transport ministry on Tuesday banned the carrier from its airports.",
    "The council voted on a resolution to expel the foreign observers.",
    "The prosecutor issued arrest warrants for nine officers.",
    "The regional government ordered an inquiry into the fire.",
    "The grocer agreed to sell its northern stores to a rival chain.",
    "The cabinet designated the militia as a terrorist organisation.",
    "The embassy advised its citizens to leave the country immediately.",
    "Government troops began deploying into the border towns on Thursday.",
    "The president rejected the resignation of his finance minister.",
    "The navy announced that it had suspended all patrols in the strait.",
    "The union sanctioned three shipping firms on Monday.",
    "The government withdrew from the treaty last year.",
    "Washington imposed tariffs on steel imports.",
    "Parliament approved the budget on Tuesday.",
    "The bank bought a rival lender for two billion dollars.",
    "The club declined an offer for its striker.",
    "The two sides agreed a ceasefire on Sunday.",
    "The minister instructed police to investigate the shooting.",
])
def test_acts_of_authority_are_decisions(sentence):
    assert "decision" in kinds(sentence)


@pytest.mark.parametrize("sentence", [
    "The ministry rejected the claims as baseless.",
    "The council will vote on the plan next month.",
    "The minister did not ban the march.",
])
def test_words_that_decide_nothing_are_not_decisions(sentence):
    assert "decision" not in kinds(sentence)


def test_an_announced_ban_is_a_decision_not_a_statement():
    found = events("The aviation authority announced on Wednesday that it had banned the airline.")
    assert [e["kind"] for e in found] == ["decision"]
    assert found[0]["start"].startswith("2024-05-08")


@pytest.mark.parametrize("sentence", [
    "Foreign ministers from six countries gathered in the capital on Wednesday.",
    "A stampede erupted at the stadium on Saturday.",
    "The opposition party won 40 seats in Sunday's vote.",
    "Three aid workers were abducted near the border on Monday.",
    "The finance minister resigned on Thursday.",
    "The runner set a course record on Sunday.",
    "An apartment block collapsed in the old town yesterday.",
    "A journalist was shot dead in the port city on Tuesday.",
    "The two ministers held talks in the capital on Friday.",
    "The prime minister filed his resignation on Wednesday.",
    "Police arrested four suspects on Monday.",
    "The leaders are scheduled to meet on Friday.",
])
def test_dated_clauses_with_event_verbs_are_other_events(sentence):
    assert kinds(sentence) == ["other"]


def test_an_undated_event_verb_is_no_event():
    assert "other" not in kinds("The runner set a course record.", dated=False)


@pytest.mark.parametrize("sentence,speaker", [
    ("The foreign ministry denounced the agreement on Thursday.", "foreign ministry"),
    ("Local officials acknowledged the delays.", "Local officials"),
    ("The opposition leader Maria Lopez spoke out against the decision.", "Maria Lopez"),
    ("The Interior Ministry released a statement on Monday.", "Interior Ministry"),
])
def test_speech_verbs_name_their_subject_as_speaker(sentence, speaker):
    found = [f for f in clauses.find(nlp.parse(sentence), True) if f.kind == "statement"]
    assert found and found[0].speaker.lower() == speaker.lower()


@pytest.mark.parametrize("sentence", [
    "Twin bombings struck a crowded market on Sunday.",
    "Two soldiers were killed by a roadside bomb on Monday.",
    "The officials pointed to the April 3 attack on the consulate.",
])
def test_bombings_and_dated_attacks_are_strikes(sentence):
    assert "strike" in kinds(sentence)


def test_the_attacker_comes_from_carried_out_by_and_is_not_the_place_hit():
    found = events("On Monday, an attack on a fuel depot in Freetown was carried out by the Lumo rebels.")
    strike = [e for e in found if e["kind"] == "strike"]
    assert len(strike) == 1 and strike[0]["actors"] == ["Lumo rebels"]


def test_quoted_words_are_not_read_as_events():
    assert kinds('"We banned nothing and met nobody," the spokesman said on Monday.') == ["statement"]


def test_a_participle_of_firing_is_a_strike():
    assert "strike" in kinds("Allied troops joined the battle on Friday, firing artillery at the ridge.")


def test_an_attack_that_took_place_at_a_time_is_a_strike_not_an_other_event():
    assert kinds("A spokesman said the attack took place at about 9:30 p.m.") .count("strike") == 1


def test_blaming_an_attack_names_its_attacker_without_a_second_attack():
    found = events("A bomb struck a bus station in the port on Sunday. "
                   "The governor blamed the bombing on separatist militants.")
    strikes = [e for e in found if e["kind"] == "strike"]
    assert len(strikes) == 1 and strikes[0]["actors"] == ["separatist militants"]


@pytest.mark.parametrize("blame", [
    "The army blamed the M23 rebels and their Rwandan backers for the strike, which also set fire to two trucks.",
    "The army blamed the M23 rebels for the drone strike.",
])
def test_blaming_someone_for_an_attack_names_its_attacker_and_stays_the_speakers_claim(blame):
    found = events("A drone dropped explosives on an army camp at Mubambiro on Monday, killing three soldiers. " + blame)
    strikes = [e for e in found if e["kind"] == "strike"]
    assert len(strikes) == 1 and strikes[0]["actors"] == ["M23 rebels"]
    assert [e["actors"] for e in found if e["kind"] == "statement"] == [["army"]]  # the accusation is the army's


def test_blaming_someone_for_an_attack_not_told_makes_no_attack():
    """"The United States was more forceful in blaming Iran for the attack": talk of an attack, none told here."""
    found = events("The United States was more forceful in blaming Iran for the attack, sending more troops.")
    assert "strike" not in [e["kind"] for e in found]


def test_two_events_of_one_actor_on_different_days_stay_apart():
    found = events("The champion won the final on Sunday. The champion also set a world record last year.")
    assert len([e for e in found if e["kind"] == "other"]) == 2


def test_a_scheduled_opening_is_an_event():
    assert kinds("The annual congress is set to open tomorrow.") == ["other"]


def test_he_added_continues_the_statement_it_follows():
    found = events('The mayor said on Monday that the bridge would reopen. "We are nearly there," he added.')
    assert [e["kind"] for e in found] == ["statement"] and len(found[0]["sources"]) == 2


def test_a_dateline_city_is_not_the_attacker():
    found = events("LAGOS, May 9 (Wire) - Rebels fired rockets at the army base overnight, officials said.")
    strikes = [e for e in found if e["kind"] == "strike"]
    assert strikes and "LAGOS" not in strikes[0]["actors"]


def test_a_building_named_by_the_parse_is_the_place_of_the_strike():
    found = events("On Sunday, a bomb struck the Grand Mosque in Tarlen, a town in Norland.")
    strike = [e for e in found if e["kind"] == "strike"][0]
    assert strike["location"] in ("Grand Mosque", "Tarlen")


def test_a_decision_keeps_its_place():
    found = events("On Tuesday the council in Vardo banned fishing in the bay.")
    decision = [e for e in found if e["kind"] == "decision"][0]
    assert decision["location"] == "Vardo"


def test_the_speaker_is_the_whole_name_the_parse_gives():
    found = events("On Friday, the United States Department of Agriculture announced new rules on imports.")
    statement = [e for e in found if e["kind"] in ("statement", "decision")]
    assert statement and all("States" != a for e in statement for a in e["actors"])


def test_a_passive_denied_is_no_statement():
    found = events("On Monday, two reporters were denied entry at the border.")
    assert not [e for e in found if e["kind"] == "statement"]


def test_an_attack_after_which_something_happened_is_not_a_second_attack():
    found = events("Rockets hit the depot on Monday. Dozens of prisoners escaped following the airstrikes, "
                   "the ministry said.")
    assert len([e for e in found if e["kind"] == "strike"]) == 1


def test_a_participle_s_subject_is_the_attacker_and_another_attacker_is_another_strike():
    found = events("Government jets bombed the old port in Kessa on Saturday. "
                   "Allied troops joined the battle in Kessa on Saturday, firing artillery at the ridge.")
    strikes = [e for e in found if e["kind"] == "strike"]
    assert len(strikes) == 2 and ["Allied troops"] in [s["actors"] for s in strikes]


def test_a_statement_is_dated_by_its_saying_not_by_the_time_it_tells_of():
    found = events("The ministry says the suspect lived in the capital in March.")
    statement = [e for e in found if e["kind"] == "statement"][0]
    assert statement["start"].startswith("2024-05-10") and statement["time_text"] is None


def test_a_surname_continues_the_full_name_s_statement():
    found = events("Prime Minister Lena Holm said on Monday that the talks had failed. "
                   "The opposition walked out. Holm told reporters on Monday she would try again.")
    assert len([e for e in found if e["kind"] == "statement"]) == 1


def test_an_earlier_decision_with_its_own_date_is_its_own_event():
    found = extract_events("On Sunday the council announced a full ban, beyond the partial ban first announced "
                           "ten days earlier on May 2.", date(2024, 5, 14), "UTC")
    assert sorted(e["start"][:10] for e in found if e["kind"] == "decision") == ["2024-05-02", "2024-05-12"]


def test_a_dated_tweet_by_someone_is_their_statement():
    found = events("The border is closed, according to a tweet on Monday by the foreign minister.")
    statements = [e for e in found if e["kind"] == "statement"]
    assert statements and statements[0]["start"].startswith("2024-05-06")


def test_a_weapon_rammed_into_a_target_is_a_strike_even_when_the_parse_splits_the_verb():
    assert "strike" in kinds("A truck bomb was on Friday driven and rammed into the gate of a police post.")
    assert "strike" in kinds("A car bomb was on Monday rammed into an army post in the north of the province.")


def test_a_trailing_attribution_is_the_decision_s_source_not_a_statement():
    found = events("The aviation office has suspended the carrier's permit, officials said.")
    assert [e["kind"] for e in found] == ["decision"]


def test_a_decision_told_in_a_relative_clause_is_background_and_the_call_is_a_statement():
    found = events("The cleric Amir Sadiq called on his followers to defy the government, which has ordered the militias "
                   "to surrender their weapons.")
    assert [e["kind"] for e in found] == ["statement"]


def test_a_death_told_twice_is_one_event():
    found = events("The reporter Sami Adel died in the port on Tuesday. He was shot dead by two gunmen on Tuesday.")
    assert len([e for e in found if e["kind"] == "other"]) == 1


def test_counted_nouns_are_the_event_s_quantities():
    found = events("On Monday the court issued arrest warrants for 36 people.")
    decision = [e for e in found if e["kind"] == "decision"][0]
    assert 36 in decision["quantities"].values()
    assert clauses.counts(nlp.parse("More than a million people attended three days of mourning.")) == {
        "people": 1000000, "days": 3}


def test_a_run_on_sentence_is_parsed_only_so_far_and_stays_fast():
    import time

    text = "The ministry banned the group on Monday, " + ", ".join(["and the council met again"] * 2000) + "."
    started = time.perf_counter()
    found = events(text)
    assert time.perf_counter() - started < 10
    assert any(e["kind"] == "decision" for e in found)


def test_a_dated_main_clause_naming_an_occurrence_is_an_event():
    assert kinds("Last week saw a referendum on the new constitution.") == ["other"]
    assert kinds("The referendum will be held next year.") == []


# ----- which remarks are events (precision of statements and claims) ---------------------------------


@pytest.mark.parametrize("text", [
    "Officials say the driver had travelled through three countries.",
    "Experts attribute the floods to heavy logging upstream.",
    "The agency said exports were continuing as normal.",
])
def test_an_undated_remark_by_nobody_named_is_no_statement(text):
    assert [e["kind"] for e in events(text)] == []


def test_an_undated_remark_by_a_named_body_is_a_statement():
    assert [e["kind"] for e in events("The Interior Ministry said the driver had travelled widely.")] == ["statement"]


def test_a_dated_remark_by_an_unnamed_official_stays_a_statement():
    assert [e["kind"] for e in events("Officials said on Tuesday that the border would stay shut.")] == ["statement"]


@pytest.mark.parametrize("text", [
    "Two senior envoys have been denied entry visas.",
    "Three neighbouring states were openly called to join the pact.",
])
def test_a_speech_verb_in_the_passive_is_no_statement(text):
    assert "statement" not in [e["kind"] for e in events(text)]


def test_he_added_after_a_long_quotation_goes_on_the_speakers_statement():
    text = ('The envoy Mara Quell said on Monday the talks had stalled. "We waited all day. Nobody came. '
            'The rooms stayed empty. The tea went cold." He added, "We will try again soon."')
    assert [e["kind"] for e in events(text)] == ["statement"]


def test_a_toll_reported_with_reportedly_is_the_attacks_not_a_claim():
    text = ("A drone strike hit the fuel depot in the harbour town on Tuesday. "
            "Four guards reportedly died in the attack.")
    assert [e["kind"] for e in events(text)] == ["strike"]


def test_there_are_reportedly_is_a_state_of_affairs():
    assert "claim" not in [e["kind"] for e in events("There are reportedly about 900 foreign troops in the region.")]


# ----- scheduled events: status `expected` -----------------------------------------------------------


@pytest.mark.parametrize("text,start", [
    ("The two foreign ministers will meet in Geneva on Saturday.", "2024-05-11"),
    ("Talks between the two sides are due next week.", "2024-05-13"),
    ("The vote on the new constitution is due on 12 June.", "2024-06-12"),
    ("The truce will take effect at midnight on Sunday.", "2024-05-12"),
    ("The leaders are scheduled to meet on Friday.", "2024-05-17"),
    ("The annual congress is set to open tomorrow.", "2024-05-11"),
    ("The summit is due to open in the capital on Monday.", "2024-05-13"),
])
def test_a_scheduled_event_is_expected(text, start):
    found = [e for e in events(text) if e["kind"] == "other"]
    assert len(found) == 1
    assert found[0]["status"] == "expected" and found[0]["start"].startswith(start)


def test_a_past_meeting_is_reported_and_the_next_one_expected():
    found = events("The ministers met in Geneva on Saturday and will meet again on Tuesday.")
    assert [(e["status"], e["start"][:10]) for e in found] == [("reported", "2024-05-04"), ("expected", "2024-05-14")]


@pytest.mark.parametrize("text", [
    "The ministers will not meet on Saturday.",
    "The two envoys will meet soon.",
    "The two envoys will meet next year.",
])
def test_a_negated_or_undated_plan_is_no_event(text):
    assert [e for e in events(text) if e["kind"] == "other"] == []


def test_a_statement_about_next_week_is_not_expected():
    found = events("The minister said on Tuesday that the border would reopen next week.")
    assert [e["status"] for e in found if e["kind"] == "statement"] == ["reported"]


# ----- places ------------------------------------------------------------------------------------------


def test_where_someone_came_from_is_not_where_it_happened():
    found = events("A wounded reporter was evacuated from Mosul to Ankara on Tuesday.")
    assert [e["kind"] for e in found] == ["other"] and found[0]["location"] != "Mosul"


def test_a_speaker_speaking_from_a_place_is_there():
    found = events("Speaking from Egypt on Thursday, the foreign minister Lena Varga said the talks had failed.")
    assert [e["location"] for e in found if e["kind"] == "statement"] == ["Egypt"]


def test_the_attackers_own_country_is_never_the_place_of_its_strike():
    found = events("Turkey launched airstrikes on Wednesday, its defence ministry said.")
    strikes = [e for e in found if e["kind"] == "strike"]
    assert strikes and strikes[0]["location"] != "Turkey"


def test_a_building_struck_is_the_strikes_place_even_when_the_tagger_misreads_its_name():
    found = events("Twin bombs struck the Varo Cathedral in the island province on Sunday.")
    assert [e["location"] for e in found if e["kind"] == "strike"] == ["Varo Cathedral"]


def test_a_name_after_a_base_in_is_a_place():
    found = events("A car bomb was rammed into an army base in Tarlan Shir on Monday.")
    assert [e["location"] for e in found if e["kind"] == "strike"] == ["Tarlan Shir"]


def test_one_building_spelt_two_ways_is_one_strike():
    text = ("Rockets hit the U.S. Embassy on Monday, officials said. "
            "The militia had planned the attacks on the United States Embassy that took place on Monday.")
    assert len([e for e in events(text) if e["kind"] == "strike"]) == 1
