"""Arguments the request settles (files, address lists, priority, transport, folders, lists) are set from it."""

from __future__ import annotations

from agent.planning.argument_fill import fill_arguments, request_facts
from agent.plans.plan import parse_plan


def _filled(plan_text: str, request: str) -> tuple[tuple[object, ...], ...]:
    result = fill_arguments(parse_plan(plan_text), request)
    assert result is not None, "expected a change"
    return tuple(step.args for step in result[0].steps)


def test_a_file_argument_loses_the_words_around_the_named_file() -> None:
    plan = '1. open_and_get_file_path("Poster fundraiser-poster.svg")\n2. join()'
    assert _filled(plan, "Email the poster fundraiser-poster.svg to Perpetua")[0] == ("fundraiser-poster.svg",)


def test_a_described_file_becomes_the_one_named_file_no_other_step_uses() -> None:
    plan = ('1. open_and_get_file_path("Lease.pdf")\n2. summarize_pdf("$1")\n'
            '3. open_and_get_file_path("floor plan")\n4. join()')
    args = _filled(plan, "Summarize Lease.pdf and open the floor plan image flat2_layout.png.")
    assert args[0] == ("Lease.pdf",) and args[2] == ("flat2_layout.png",)


def test_files_already_named_or_passed_on_stay() -> None:
    plan = '1. open_and_get_file_path("Q3_report.pdf")\n2. summarize_pdf("$1")\n3. join()'
    assert fill_arguments(parse_plan(plan), "summarize q3_report.pdf") is None
    two = '1. open_and_get_file_path("budget")\n2. join()'
    assert fill_arguments(parse_plan(two), "open a.pdf or b.pdf, the budget") is None  # which one is unclear


def test_address_lists_keep_addresses_numbers_and_results_only() -> None:
    plan = ('1. get_email_address("Ann")\n'
            '2. create_calendar_event("Lunch", "", "", "Cafe Bleu", ["Cafe Bleu", "$1", "bo@example.org"], "", "")\n'
            '3. join()')
    args = _filled(plan, "Invite Ann and bo@example.org to lunch at Cafe Bleu")
    assert args[1][4] == ["$1", "bo@example.org"]


def test_an_address_list_is_never_emptied() -> None:
    plan = '1. send_sms(["Mum"], "Home soon")\n2. join()'
    assert fill_arguments(parse_plan(plan), "text mum home soon") is None


def test_priority_follows_the_words_and_defaults_to_none() -> None:
    plan = '1. create_reminder("Call the bank", "", "", "", 0, False)\n2. join()'
    assert _filled(plan, "High-priority reminder: call the bank")[0][4] == 1
    assert _filled(plan, "remind me to call the bank, low priority")[0][4] == 9
    assert _filled(plan, "reminder with medium priority to call the bank")[0][4] == 5
    invented = plan.replace(", 0, False", ", 1, False")
    assert _filled(invented, "remind me to call the bank")[0][4] == 0
    assert fill_arguments(parse_plan(invented), "urgent: remind me to call the bank") is None  # unclear: kept


def test_the_transport_named_last_wins() -> None:
    plan = '1. maps_show_directions("", "King\'s Cross", "d")\n2. join()'
    assert _filled(plan, "Driving directions to King's Cross... no, the tube route instead")[0][2] == "r"
    assert _filled(plan, "how do I walk to King's Cross")[0][2] == "w"
    assert fill_arguments(parse_plan(plan), "directions to King's Cross") is None


def test_a_folder_or_list_the_request_does_not_name_is_the_default() -> None:
    note = '1. create_note("Glasgow", "Kelvingrove at 11", "West End")\n2. join()'
    assert _filled(note, "start a note 'Glasgow' with: Kelvingrove at 11, lunch in the West End")[0][2] == ""
    named = note.replace("West End", "Trips")
    assert fill_arguments(parse_plan(named), "start a note Glasgow in my Trips folder") is None
    reminder = '1. create_reminder("Milk", "", "", "Errands", 0, False)\n2. join()'
    assert _filled(reminder, "remind me to buy milk")[0][3] == ""
    assert fill_arguments(parse_plan(reminder), "add milk to my errands list") is None


def test_the_note_names_what_was_set() -> None:
    plan = '1. create_reminder("Call the bank", "", "", "", 0, False)\n2. join()'
    result = fill_arguments(parse_plan(plan), "top priority: call the bank")
    assert result is not None and result[1] == "Set from the request: priority of step 1."


def test_hostile_requests_give_plain_facts() -> None:
    facts = request_facts("--x 'mailto:a@b' \x00 walk\r\n to my --rm folder, high priority")
    assert facts.transport == "w" and facts.priority == 1 and facts.folders == ("--rm",)


def test_the_copied_person_goes_to_cc_and_the_addressee_to_recipients() -> None:
    plan = ('1. get_email_address("Anjali Rao")\n2. get_email_address("Tobiah")\n'
            '3. compose_new_email(["$2"], ["$1"], "Grant", "", [])\n4. join()')
    request = "Email Anjali Rao the grant notes and cc my co-investigator, Tobiah."
    assert _filled(plan, request)[2][:2] == (["$1"], ["$2"])
    right = plan.replace('["$2"], ["$1"]', '["$1"], ["$2"]')
    assert fill_arguments(parse_plan(right), request) is None


def test_literal_addresses_split_by_cc_too() -> None:
    plan = '1. compose_new_email(["head@example.edu"], ["class@example.edu"], "Plan", "", [])\n2. join()'
    request = "Email the plan to class@example.edu and copy the head teacher, head@example.edu."
    assert _filled(plan, request)[0][:2] == (["class@example.edu"], ["head@example.edu"])


def test_an_email_never_carries_its_own_recipients_address() -> None:
    plan = '1. get_email_address("Oyelaran")\n2. compose_new_email(["$1"], [], "Absence", "$1", [])\n3. join()'
    assert _filled(plan, "email professor oyelaran that i will miss lecture")[1][3] == ""
    passed_on = ('1. get_email_address("Oyelaran")\n2. get_email_address("Bo")\n'
                 '3. compose_new_email(["$1"], [], "Bo", "$2", [])\n4. join()')
    assert fill_arguments(parse_plan(passed_on), "email oyelaran bo's address") is None


def test_a_file_called_by_a_name_without_extension_is_that_name() -> None:
    plan = '1. open_and_get_file_path("case")\n2. summarize_pdf("$1")\n3. join()'
    assert _filled(plan, "read me the summary of the pdf called choir christmas program")[0] == (
        "choir christmas program",)


def test_a_lookup_for_a_person_left_out_is_for_the_one_named_person_without_one() -> None:
    plan = ('1. get_email_address("Bronwyn")\n2. get_email_address("Ottoline")\n'
            '3. compose_new_email(["$1", "$2"], [], "Party planning", "", [])\n4. join()')
    request = ("I'm planning a surprise party for Ottoline. Email Bronwyn and Caspian about it - "
               "don't include Ottoline!")
    assert _filled(plan, request)[1] == ("Caspian",)
    assert fill_arguments(parse_plan(plan), "Email Bronwyn and Ottoline about the party") is None
    two_left = request.replace("Bronwyn and Caspian", "Bronwyn, Caspian and Ines")
    assert fill_arguments(parse_plan(plan), two_left) is None  # which one is unclear: as planned


def test_a_replan_may_name_another_file_or_folder() -> None:
    plan = '1. open_and_get_file_path("budget_v2.xlsx")\n2. create_note("Budget", "$1", "Finance")\n3. join()'
    request = "open budget.xlsx and save it in a note"
    assert fill_arguments(parse_plan(plan), request, existing_names=False) is None
    assert _filled(plan, request)[0] == ("budget.xlsx",)


def test_the_one_folder_named_goes_to_the_one_note_step_without_one() -> None:
    plan = ('1. open_and_get_file_path("paper.pdf")\n2. summarize_pdf("$1")\n3. create_note("Paper", "$2", "")\n'
            '4. join()')
    assert _filled(plan, "summarize paper.pdf and save it in my reading folder as a note")[2][2] == "reading"
    assert fill_arguments(parse_plan(plan), "summarize paper.pdf and save it as a note") is None


def test_a_file_name_with_spaces_as_the_request_writes_it_stays() -> None:
    plan = '1. open_and_get_file_path("Audit FINAL 3278.png")\n2. join()'
    assert fill_arguments(parse_plan(plan), "reply attaching Audit FINAL 3278.png") is None
    described = '1. open_and_get_file_path("Poster fundraiser-poster.svg")\n2. join()'
    assert _filled(described, "email the poster fundraiser-poster.svg")[0] == ("fundraiser-poster.svg",)


def test_a_folder_given_as_folder_colon_is_named() -> None:
    plan = '1. create_note("Meeting notes", "Order paper", "Home")\n2. join()'
    assert fill_arguments(parse_plan(plan), "jot down order paper in a note called 'Meeting notes' (folder: Home)") \
        is None


def test_a_folder_or_list_filed_under_at_a_clause_end_is_named() -> None:
    reminder = '1. create_reminder("Renew the insurance", "", "", "Car", 0, False)\n2. join()'
    assert fill_arguments(parse_plan(reminder), "renew the insurance tomorrow, remind me under Car; thx") is None
    assert _filled(reminder, "take out the trash, remind me in car - high priority")[0][3:5] == ("Car", 1)
    note = '1. create_note("Moving checklist", "Submit the timesheet", "Clients")\n2. join()'
    assert fill_arguments(parse_plan(note), "a new note, 'Moving checklist', with submit the timesheet in Clients :)") \
        is None
    assert _filled(note, "a note 'Moving checklist': submit the timesheet for Clients")[0][2] == ""
    assert _filled(note, "a note 'Moving checklist': in Clients we trust")[0][2] == ""


def test_a_place_inside_the_note_is_no_folder() -> None:
    note = '1. create_note("Glasgow", "Kelvingrove at 11, lunch in the West End", "West End")\n2. join()'
    assert _filled(note, "start a note 'Glasgow' with: Kelvingrove at 11, lunch in the West End.")[0][2] == ""


def test_a_repeated_lookup_is_for_the_one_named_person_no_lookup_is_for() -> None:
    plan = ('1. get_email_address("Felix")\n2. get_email_address("Felix")\n'
            '3. get_zoom_meeting_link("Sync", "", 60, ["$1", "$2"])\n4. join()')
    assert _filled(plan, "Set up a zoom with Siobhan and Felix at the clinic")[1] == ("Siobhan",)
    two_left = plan.replace("Siobhan", "x")
    assert fill_arguments(parse_plan(two_left), "Zoom with Siobhan, Felix and Ines") is None  # which one is unclear


def test_a_lookup_for_part_of_a_spoken_name_or_a_role_and_a_name_is_for_the_name_as_said() -> None:
    plan = '1. get_email_address("Jana")\n2. join()'
    assert _filled(plan, "remind me at nine to email jana chelal and include her address")[0] == ("Jana Chelal",)
    assert fill_arguments(parse_plan(plan), "email jana tmrw about the report") is None  # shorthand, no name
    assert fill_arguments(parse_plan(plan), "email jana about the report") is None
    role = '1. get_email_address("Intern Catalina")\n2. join()'
    assert _filled(role, "get my intern catalina's email address")[0] == ("Catalina",)


def test_a_folder_said_without_its_colon_is_named_and_a_note_is_no_folder() -> None:
    assert request_facts("save this to my to do note folder misc").folders == ("misc",)
    assert request_facts("put pick up my glasses in a new note named chores folder projects asap").folders == \
        ("projects",)
    assert request_facts("add milk to my groceries note in the Finance folder").folders == ("Finance",)
    assert request_facts("open the folder and show me").folders == ()


def test_a_name_the_masking_found_whole_is_not_joined_to_the_next_one() -> None:
    plan = ('1. get_email_address("Shutresta")\n2. get_email_address("Siddharth")\n3. get_email_address("Obinna")\n'
            '4. join()')
    assert fill_arguments(parse_plan(plan), "email shutresta siddharth and obinna the notes") is None
