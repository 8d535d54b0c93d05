"""Free text the request never says is replaced by the words it does say; copied text is left alone."""

from __future__ import annotations

from agent.planning.text_fill import fill_texts, invented
from agent.plans.plan import parse_plan

REQUEST = "Remind me Saturday at 7am to pick up the dry cleaning"
INVENTED = '1. create_reminder("Text my mentor Chogy", "2026-12-12 07:00:00", "", "", 0, False)\n2. join()'


def test_an_invented_errand_is_replaced_and_said() -> None:
    plan, note = fill_texts(parse_plan(INVENTED), REQUEST)
    assert plan.steps[0].args[0] == "Pick up the dry cleaning"
    assert plan.steps[0].args[1:] == ("2026-12-12 07:00:00", "", "", 0, False)
    assert note == "Text taken from the request's words: name of step 1."


def test_text_in_the_requests_words_is_kept() -> None:
    kept = INVENTED.replace("Text my mentor Chogy", "Dry cleaning")
    assert fill_texts(parse_plan(kept), REQUEST) is None


def test_references_and_requests_without_words_are_left_alone() -> None:
    summary = ('1. open_and_get_file_path("notes.pdf")\n2. summarize_pdf("$1")\n3. get_phone_number("Bo")\n'
               '4. send_sms(["$3"], "$2")\n5. join()')
    assert fill_texts(parse_plan(summary), "text Bo a summary of notes.pdf") is None
    assert fill_texts(parse_plan(INVENTED), "remind me 15 minutes before it starts") is None


def test_two_steps_of_one_tool_are_ambiguous_and_left_alone() -> None:
    two = INVENTED.replace("2. join()", '2. create_reminder("Buy a mat", "", "", "", 0, False)\n3. join()')
    assert fill_texts(parse_plan(two), REQUEST) is None


def test_invented_means_most_content_words_are_new() -> None:
    said = {"pick", "up", "the", "dry", "cleaning", "saturday"}
    assert invented("Text my mentor Chogy", said)
    assert not invented("Pick up dry cleaning", said)
    assert not invented("Cleaning pickup", said | {"pickup"})


def test_a_place_loses_the_parts_the_request_never_named() -> None:
    plan, note = fill_texts(parse_plan('1. maps_open_location("Uluru, London")\n2. join()'), "Pin Uluru on the map")
    assert plan.steps[0].args == ("Uluru",) and note == "Text taken from the request's words: location of step 1."
    said = '1. maps_open_location("Old Vic, London")\n2. join()'
    assert fill_texts(parse_plan(said), "show me the Old Vic in London on the map") is None


def test_an_invented_place_becomes_the_place_the_request_names() -> None:
    text = ('1. get_phone_number("Kalani")\n2. maps_open_location("Waimea Bayashi")\n'
            '3. send_sms(["$1"], "$2")\n4. join()')
    plan, _ = fill_texts(parse_plan(text), "text Kalani the pin for waimea bay beach park")
    assert plan.steps[1].args == ("Waimea bay beach park",)
    directions = '1. maps_show_directions("Aour boos apartment", "Carrer", "w")\n2. join()'
    plan, _ = fill_texts(parse_plan(directions), "walking directions from the station to Park Güell")
    assert plan.steps[0].args == ("Station", "Park Güell", "w")


def test_a_generic_meeting_title_gives_way_to_the_requests_words() -> None:
    plan = parse_plan('1. get_zoom_meeting_link("Meeting with Ana", "", 60, [])\n2. join()')
    filled = fill_texts(plan, "Zoom with Ana on Friday at 8am, topic: budget review")
    assert filled is not None and filled[0].steps[0].args[0] == "Budget review"


def test_a_note_name_with_a_word_the_request_never_says_is_the_named_note() -> None:
    plan = parse_plan('1. append_note_content("Birthday Ideals", "A kite", "")\n2. join()')
    filled = fill_texts(plan, "Append to my Birthday Ideas note: a kite for Milo")
    assert filled is not None and filled[0].steps[0].args[0] == "Birthday Ideas"
    kept = parse_plan('1. append_note_content("Birthday Ideas", "A kite", "")\n2. join()')
    assert fill_texts(kept, "Append to my Birthday Ideas note: a kite for Milo") is None


def test_an_empty_event_location_takes_the_place_the_request_names() -> None:
    plan = parse_plan('1. create_calendar_event("Dinner", "2026-12-12 18:00:00", "", "", [], "", "")\n2. join()')
    filled = fill_texts(plan, "put dinner at the ferreira house on my calendar saturday at six")
    assert filled is not None and filled[0].steps[0].args[3] == "The ferreira house"
    assert fill_texts(plan, "put dinner on my calendar saturday at six") is None


def test_text_sharing_too_few_words_with_the_requests_words_is_replaced() -> None:
    plan = parse_plan('1. create_reminder("Follow up with Bettina", "", "", "", 0, False)\n2. join()')
    filled = fill_texts(plan, "Email the roster to Bettina and remind me Saturday morning to print copies")
    assert filled is not None and filled[0].steps[0].args[0] == "Print copies"


def test_an_email_sending_a_meeting_link_is_about_the_meeting() -> None:
    plan = parse_plan('1. get_email_address("Ana")\n2. get_zoom_meeting_link("Budget review", "", 60, ["$1"])\n'
                      '3. compose_new_email(["$1"], [], "Zoom link: Meeting with Ana", "$2", [])\n4. join()')
    filled = fill_texts(plan, "Zoom with Ana on Friday for the budget review and email her the link")
    assert filled is not None and filled[0].steps[2].args[2] == "Zoom link for Budget review"


def test_a_replan_may_name_another_note_than_the_request() -> None:
    plan = parse_plan('1. open_note("Project sync agenda", "Work")\n2. join()')
    request = "Text Anna the minutes note from my Work folder"
    assert fill_texts(plan, request, existing_names=False) is None
    filled = fill_texts(plan, request)
    assert filled is not None and filled[0].steps[0].args[0] == "Minutes"


def test_text_made_only_of_the_requests_words_stays_whatever_the_span() -> None:
    plan = parse_plan('1. create_reminder("Congratulate Ms. Teo on the new job", "", "", "", 0, False)\n2. join()')
    request = "remind me i need to congratulate ms teo on the new job, put it in the home list when you get a chance"
    assert fill_texts(plan, request) is None


def test_a_subject_gives_way_only_to_words_the_request_states_as_the_subject() -> None:
    plan = parse_plan('1. compose_new_email(["a@b.example"], [], "Summary of the audit", "", [])\n2. join()')
    assert fill_texts(plan, "email a@b.example the audit_report.pdf") is None
    quoted = parse_plan('1. compose_new_email(["a@b.example"], [], "CAD drawings", "", [])\n2. join()')
    filled = fill_texts(quoted, "email a@b.example the CAD file, subject 'Rev 4 bracket'")
    assert filled is not None and filled[0].steps[0].args[2] == "Rev 4 bracket"


def test_an_unnamed_note_with_an_invented_name_is_titled_by_its_first_words() -> None:
    plan = parse_plan('1. create_note("Ask Sven", "Lunch budget is 25 per person", "")\n2. join()')
    result = fill_texts(plan, 'morning! can you please write down "lunch budget is 25 per person"?')
    assert result is not None and result[0].steps[0].args[0] == "Lunch budget is 25"
    kept = parse_plan('1. create_note("Budget", "Lunch budget is 25 per person", "")\n2. join()')
    assert fill_texts(kept, 'write down "lunch budget is 25 per person"') is None  # the request's own word
    linked = parse_plan('1. maps_open_location("Changi")\n2. create_note("Ask Sven", "$1", "")\n3. join()')
    assert fill_texts(linked, "save where changi is in a new note") is None  # nothing to title it by


def test_a_tool_used_once_per_clause_takes_each_clauses_words() -> None:
    plan = parse_plan('1. compose_new_email(["ann@x.org"], [], "Transcript", "", [])\n'
                      '2. compose_new_email(["bo@x.org"], [], "Logo", "", [])\n3. join()')
    request = "email ann@x.org that the keys are under the mat, then mail bo@x.org case_study_Zainab.pdf"
    result = fill_texts(plan, request)
    assert result is not None
    assert [step.args[2] for step in result[0].steps[:2]] == ["The keys are under the mat", "Case study Zainab"]


def test_a_mail_that_sends_a_file_is_about_that_file() -> None:
    sent = ('1. get_email_address("Frank")\n2. open_and_get_file_path("globex-timesheet.CSV")\n'
            '3. compose_new_email(["$1"], [], "Warranty", "", ["$2"])\n4. join()')
    plan, note = fill_texts(parse_plan(sent), "Could Frank get globex-timesheet.CSV in their inbox")
    assert plan.steps[2].args[2] == "Globex timesheet" and "subject of step 3" in note
    said = sent.replace("Warranty", "Timesheet for March")
    assert fill_texts(parse_plan(said), "email Frank globex-timesheet.CSV, subject timesheet for march") is None
