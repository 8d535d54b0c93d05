"""Each step as a sentence with resolved values, in the user's locale."""

from __future__ import annotations

from datetime import datetime

import pytest

from agent.plans.plan import parse_plan
from agent.plans.sentences import describe_plan, user_locale

NOW = datetime(2026, 12, 7, 10)  # a Monday
PLAN = parse_plan(
    '1. get_email_address("Greg Chen")\n2. open_and_get_file_path("Q3_report.pdf")\n'
    '3. compose_new_email(["$1"], ["ann@example.org"], "Q3 report", "", ["$2"])\n'
    '4. create_reminder("Pick up the dry cleaning", "2026-12-12 07:00:00", "", "", 1, False)\n'
    '5. create_calendar_event("Dinner with Ann", "2026-12-09 18:00:00", "2026-12-09 21:00:00", "Cafe Bleu", [], '
    '"", "")\n'
    '6. create_calendar_event("Sync", "2026-12-08 09:00:00", "", "", ["$1"], "", "")\n'
    '7. get_zoom_meeting_link("Board", "2027-01-05 06:30:00", 90, [])\n'
    '8. maps_show_directions("", "Old Vic", "w")\n9. send_sms(["+1 555 0100"], "$7")\n10. join()')


def test_every_step_in_words_with_dates_in_the_locale() -> None:
    words = describe_plan(PLAN, now=NOW, locale="en_US")
    assert words == {
        1: "Look up Greg Chen's email address in Contacts",
        2: "Find and open the file Q3_report.pdf",
        3: 'Email Greg Chen\'s email address (step 1) - cc ann@example.org - subject "Q3 report" - attach the file '
           "Q3_report.pdf (step 2)",
        4: 'Reminder "Pick up the dry cleaning" - Sat, Dec 12, 7:00\u202fAM - high priority',
        5: 'Event "Dinner with Ann" - Wed, Dec 9, 6:00\u202fPM-9:00\u202fPM - at Cafe Bleu',
        6: 'Event "Sync" - tomorrow, Tue, Dec 8, 9:00\u202fAM (no end time given: 1 hour) - invite Greg Chen\'s '
           "email address (step 1)",
        7: 'Zoom meeting "Board" - Tue, Jan 5 2027, 6:30\u202fAM, 1 hour 30 minutes',
        8: "Walking directions from here to Old Vic",
        9: "Text +1 555 0100: the Zoom link (step 7)",
    }


def test_another_locale_writes_its_own_dates_and_durations() -> None:
    words = describe_plan(PLAN, now=NOW, locale="de_DE")
    assert words[5] == 'Event "Dinner with Ann" - Mi., 9. Dez., 18:00-21:00 - at Cafe Bleu'
    assert words[7].endswith("1 Stunde 30 Minuten")


def test_after_a_step_ran_its_value_replaces_the_description() -> None:
    words = describe_plan(PLAN, now=NOW, locale="en_US", observations={1: "greg@example.com"})
    assert words[3].startswith("Email greg@example.com - cc ann@example.org")


def test_a_time_the_request_did_not_state_is_marked() -> None:
    plan = parse_plan('1. create_reminder("Bins", "2026-12-08 09:00:00", "", "", 0, False)\n2. join()')
    assert describe_plan(plan, now=NOW, locale="en_US", time_stated=False)[1] == (
        'Reminder "Bins" - tomorrow, Tue, Dec 8, 9:00\u202fAM (no time given)')


def test_all_day_and_undated_reminders() -> None:
    plan = parse_plan('1. create_reminder("Bins", "2026-12-08 00:00:00", "", "Chores", 0, True)\n'
                      '2. create_reminder("Call mum", "", "", "", 9, False)\n3. join()')
    words = describe_plan(plan, now=NOW, locale="en_US")
    assert words == {1: 'Reminder "Bins" - tomorrow, Tue, Dec 8 (all day) - in list Chores',
                     2: 'Reminder "Call mum" - no due date - low priority'}


@pytest.mark.parametrize("wanted", ["", "xx_NOPE", "en_US.UTF-8"])
def test_an_unknown_or_missing_locale_falls_back(wanted: str) -> None:
    assert user_locale(wanted)


READS_AND_REMOVALS = parse_plan(
    '1. get_calendar_events("2026-12-08 00:00:00", "2026-12-09 00:00:00", "")\n'
    '2. delete_calendar_event("lunch", "2026-12-12 00:00:00", "2026-12-14 00:00:00")\n'
    '3. find_emails("tom", "invoice", "2026-12-06 17:00:00", True)\n'
    '4. get_reminders("2026-12-09 00:00:00", "")\n5. complete_reminder("buy milk")\n'
    '6. remove_note_content("Shopping list", "milk, eggs", "")\n'
    '7. add_contact("John Smith", "john@example.com", "")\n8. send_sms(["+1 555 0100"], "$1")\n9. join()')


def test_reads_and_removals_in_words() -> None:
    words = describe_plan(READS_AND_REMOVALS, now=NOW, locale="en_GB")
    assert words == {
        1: "Look up your calendar events tomorrow, Tuesday 8 Dec",
        2: 'Delete the calendar events matching "lunch" from Saturday 12 Dec to Sunday 13 Dec',
        3: 'Look for unread emails from tom about "invoice" since Sunday 6 Dec, 17:00',
        4: "List your open reminders due before Wednesday 9 Dec, 00:00",
        5: 'Mark the reminder "buy milk" as done',
        6: 'Remove "milk, eggs" from the note "Shopping list"',
        7: 'Add "John Smith" to Contacts - email john@example.com',
        8: "Text +1 555 0100: the calendar events found (step 1)",
    }


def test_every_tool_has_a_sentence_without_raw_names_or_timestamps() -> None:
    from tools.catalogue import CATALOGUE

    samples = {"str": '"Lunch"', "int": "30", "bool": "False", "list[str]": '["ann@example.org"]',
               "Sequence[str]": '["ann@example.org"]'}
    dates = {"start_date", "end_date", "due_date", "start_time", "since", "due_before"}
    for spec in CATALOGUE:
        args = ['"2026-12-08 09:00:00"' if a.name in dates else samples[a.type] for a in spec.args]
        plan = parse_plan(f"1. {spec.name}({', '.join(args)})\n2. join()")
        sentence = describe_plan(plan, now=NOW, locale="en_GB")[1]
        assert spec.name not in sentence and "2026-12-08 09:00" not in sentence and "$" not in sentence, sentence


def test_every_dev_gold_plan_reads_without_dollars_tool_names_or_timestamps() -> None:
    """Issue 18's check: all of dev.jsonl's gold plans, in words, before and after their steps ran."""
    import json
    import re
    from pathlib import Path

    from tools.catalogue import CATALOGUE

    dev = Path(__file__).resolve().parents[4] / "shared" / "eval" / "dev.jsonl"
    if not dev.is_file():
        pytest.skip("../shared/eval/dev.jsonl is not beside this checkout")
    iso = re.compile(r"\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}")
    for line in dev.read_text(encoding="utf-8").splitlines():
        item = json.loads(line)
        plan = parse_plan(item["plan"])
        done = {step.index: f"result {step.index}" for step in plan.steps}
        for observations in (None, done):
            for sentence in describe_plan(plan, now=NOW, locale="en_GB", observations=observations).values():
                assert "$" not in sentence and not iso.search(sentence), (item["id"], sentence)
                assert not any(spec.name in sentence for spec in CATALOGUE), (item["id"], sentence)
