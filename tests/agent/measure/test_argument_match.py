"""COMPAT section 9: graph, key and all, with hand-made gold/predicted pairs for every kind of argument."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from agent.measure.argument_match import argument_kind, score_arguments
from agent.measure.evaluation import ARGUMENT_NAMES
from agent.plans.plan import parse_plan

DEV = Path(__file__).resolve().parents[4] / "shared" / "eval" / "dev.jsonl"


def score(predicted: str, gold: str):  # noqa: ANN201 - the ArgumentScore
    return score_arguments(parse_plan(predicted), parse_plan(gold), ARGUMENT_NAMES)


def levels(predicted: str, gold: str) -> tuple[bool, bool, bool]:
    result = score(predicted, gold)
    return result.graph, result.key, result.all


EVENT = ('1. get_email_address("Ann Lee")\n'
         '2. create_calendar_event("Dinner with Ann", "2026-12-09 18:00:00", "2026-12-09 21:00:00", "Cafe Bleu", '
         '["$1"], "", "")\n3. join()<END_OF_PLAN>')
REMINDER = ('1. create_reminder("Pick up the dry cleaning", "2026-12-05 07:00:00", "", "", 1, False)\n'
            '2. join()<END_OF_PLAN>')
MAIL = ('1. get_email_address("Greg Chen")\n2. open_and_get_file_path("Q3_report.pdf")\n'
        '3. compose_new_email(["$1"], [], "Q3 report", "", ["$2"])\n4. join()<END_OF_PLAN>')
SUMMARY = ('1. open_and_get_file_path("notes.pdf")\n2. summarize_pdf("$1")\n'
           '3. get_phone_number("Bo")\n4. send_sms(["$3"], "$2")\n5. join()<END_OF_PLAN>')


@pytest.mark.skipif(not DEV.exists(), reason="the shared eval set is not beside the checkout")
def test_every_dev_gold_plan_is_right_at_every_level() -> None:
    for line in DEV.read_text(encoding="utf-8").splitlines():
        gold = json.loads(line)["plan"]
        assert levels(gold, gold) == (True, True, True), gold


def test_identical_plans_pass_every_level() -> None:
    for plan in (EVENT, REMINDER, MAIL, SUMMARY, "1. join()<END_OF_PLAN>"):
        assert levels(plan, plan) == (True, True, True)


def test_a_different_graph_fails_every_level() -> None:
    assert levels(REMINDER.replace("create_reminder", "create_note").replace(", 1, False", ""), REMINDER) == (
        False, False, False)
    assert levels("not a plan", REMINDER) == (False, False, False)


@pytest.mark.parametrize(("old", "new", "kind"), [
    ('"2026-12-09 18:00:00"', '"2026-12-08 18:00:00"', "date"),  # the wrong day
    ('"2026-12-09 21:00:00"', '"2026-12-09 19:00:00"', "date"),  # "6 to 9" ending at start + 1 h
    ('"Ann Lee"', '"Anne Lee"', "person"),
])
def test_a_wrong_structured_argument_fails_key(old: str, new: str, kind: str) -> None:
    result = score(EVENT.replace(old, new, 1), EVENT)
    assert (result.graph, result.key, result.all) == (True, False, False)
    (mismatch,) = result.mismatches
    assert mismatch.kind == kind and mismatch.level == "key"


def test_an_empty_end_date_is_start_plus_an_hour() -> None:
    gold = EVENT.replace('"2026-12-09 21:00:00"', '"2026-12-09 19:00:00"')
    assert levels(EVENT.replace('"2026-12-09 21:00:00"', '""'), gold) == (True, True, True)
    assert levels(EVENT.replace('"2026-12-09 21:00:00"', '""'), EVENT) == (True, False, False)


def test_names_and_files_ignore_case_but_not_spelling() -> None:
    assert levels(MAIL.replace("Greg Chen", "greg chen").replace("Q3_report.pdf", "q3_REPORT.pdf"), MAIL) == (
        True, True, True)
    result = score(MAIL.replace("Q3_report.pdf", "Q3_report.docx"), MAIL)
    assert not result.key and [m.kind for m in result.mismatches] == ["file"]


@pytest.mark.parametrize(("old", "new", "kind"), [
    (", 1, False)", ", 5, False)", "number"),
    (", 1, False)", ", 1, True)", "flag"),
    ('"", "", 1', '"", "Errands", 1', "folder"),
])
def test_priority_all_day_and_list_are_key(old: str, new: str, kind: str) -> None:
    result = score(REMINDER.replace(old, new), REMINDER)
    assert not result.key and [m.kind for m in result.mismatches] == [kind]


def test_reminder_notes_and_event_calendar_are_ignored() -> None:
    assert levels(REMINDER.replace('07:00:00", "",', '07:00:00", "bring the ticket",'), REMINDER) == (
        True, True, True)
    assert levels(EVENT.replace('"], "", "")', '"], "", "Work")'), EVENT) == (True, True, True)


def test_transport_other_than_walk_or_transit_means_driving() -> None:
    gold = '1. maps_show_directions("", "Central Station", "d")\n2. join()'
    assert levels(gold.replace('"d"', '"car"'), gold) == (True, True, True)
    result = score(gold.replace('"d"', '"w"'), gold)
    assert not result.key and result.mismatches[0].kind == "choice"


def test_free_text_close_to_the_words_passes_all_and_another_errand_fails_it() -> None:
    close = REMINDER.replace("Pick up the dry cleaning", "pick up dry cleaning")
    assert levels(close, REMINDER) == (True, True, True)
    invented = score(REMINDER.replace("Pick up the dry cleaning", "Text my mentor"), REMINDER)
    assert (invented.graph, invented.key, invented.all) == (True, True, False)
    assert invented.mismatches[0].kind == "text" and invented.mismatches[0].level == "all"


def test_an_empty_text_matches_only_an_empty_one() -> None:
    assert not score(MAIL.replace('"Q3 report"', '""'), MAIL).all
    assert not score(MAIL, MAIL.replace('"Q3 report"', '""')).all


def test_places_need_a_closer_match_than_texts() -> None:
    assert levels(EVENT.replace("Cafe Bleu", "Café Bleu"), EVENT)[2]
    assert not levels(EVENT.replace("Cafe Bleu", "Cafe Rouge"), EVENT)[2]
    assert score(EVENT.replace("Cafe Bleu", "Cafe Rouge"), EVENT).mismatches[0].kind == "place"


def test_references_are_mapped_through_the_isomorphism() -> None:
    # the same plan with the two independent lookups in the other order: $1 and $2 swap everywhere
    reordered = ('1. open_and_get_file_path("Q3_report.pdf")\n2. get_email_address("Greg Chen")\n'
                 '3. compose_new_email(["$2"], [], "Q3 report", "", ["$1"])\n4. join()<END_OF_PLAN>')
    assert levels(reordered, MAIL) == (True, True, True)
    crossed = reordered.replace('["$2"], [], "Q3 report", "", ["$1"]', '["$1"], [], "Q3 report", "", ["$2"]')
    result = score(crossed, MAIL)  # the same graph, but the file went to the recipients and the address attached
    assert (result.graph, result.key) == (True, False)
    assert {(m.argument, m.kind) for m in result.mismatches} == {("recipients", "reference"),
                                                                   ("attachments", "reference")}
    swapped_text = SUMMARY.replace('send_sms(["$3"], "$2")', 'send_sms(["$3"], "Summary: $2")')
    assert levels(swapped_text, SUMMARY)[:2] == (True, True)


def test_references_inside_texts_count_at_key() -> None:
    gold = ('1. get_zoom_meeting_link("Sync", "2026-12-09 10:00:00", 30, [])\n'
            '2. create_calendar_event("Sync", "2026-12-09 10:00:00", "", "$1", [], "", "")\n3. join()')
    moved = gold.replace('"", "$1", [], "", "")', '"", "", [], "$1", "")')  # the link in the notes, not location
    result = score(moved, gold)
    assert result.graph and not result.key
    assert result.mismatches[0].kind == "reference"


def test_lists_compare_as_multisets() -> None:
    gold = ('1. get_phone_number("Ann")\n2. get_phone_number("Bo")\n3. send_sms(["$1", "$2"], "late")\n'
            '4. join()')
    assert levels(gold.replace('["$1", "$2"]', '["$2", "$1"]'), gold) == (True, True, True)
    literal = '1. send_sms(["+1 555 0100", "+1 555 0199"], "late")\n2. join()'
    assert levels(literal.replace('"+1 555 0100", "+1 555 0199"', '"+1 555 0199", "+1 555 0100"'), literal)[1]
    result = score(literal.replace("0199", "0198"), literal)
    assert not result.key and result.mismatches[0].kind == "address"


def test_the_best_isomorphism_is_chosen() -> None:
    gold = ('1. get_email_address("Ann")\n2. get_email_address("Bo")\n'
            '3. compose_new_email(["$1"], ["$2"], "Plan", "", [])\n4. join()')
    predicted = ('1. get_email_address("Bo")\n2. get_email_address("Ann")\n'
                 '3. compose_new_email(["$2"], ["$1"], "Plan", "", [])\n4. join()')
    assert levels(predicted, gold) == (True, True, True)


def test_a_mismatch_describes_itself() -> None:
    (mismatch,) = score(REMINDER.replace("07:00", "09:00"), REMINDER).mismatches
    text = mismatch.describe()
    assert "step 1 create_reminder.due_date (date, key)" in text and "2026-12-05 09:00:00" in text


def test_argument_kinds() -> None:
    assert argument_kind("get_email_address", "name") == "person"
    assert argument_kind("create_note", "name") == "text"
    assert argument_kind("create_reminder", "due_date") == "date"
    assert argument_kind("create_calendar_event", "notes") == "ignored"
