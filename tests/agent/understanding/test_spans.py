"""The request's own words for each free-text argument, found in the clause that asks for the tool."""

from __future__ import annotations

import pytest

from agent.understanding.spans import clause_spans, text_spans


@pytest.mark.parametrize(("request_text", "key", "words"), [
    ("remind me at four to leave for the piano lesson", ("create_reminder", "name"), "Leave for the piano lesson"),
    ("Remind me tomorrow at 8am to pick up the dry cleaning", ("create_reminder", "name"),
     "Pick up the dry cleaning"),
    ("remind me about my biology test at fsu on friday", ("create_reminder", "name"), "My biology test at fsu"),
    ("Text Ann that the boat ramp is closed today.", ("send_sms", "message"), "The boat ramp is closed"),
    ("Could you let Pernille know the ceilidh starts at eight?", ("send_sms", "message"), "The ceilidh starts"),
    ("Email Greg the slides, subject 'Q3 report'", ("compose_new_email", "subject"), "Q3 report"),
    ("email tom about the budget meeting", ("compose_new_email", "subject"), "Budget meeting"),
    ("Zoom 'Board pre-read' Dec 15 at 6:30am, 30 mins", ("get_zoom_meeting_link", "topic"), "Board pre-read"),
    ("Email Rukmini a zoom link for Tuesday's 4pm mortgage pre-approval call", ("get_zoom_meeting_link", "topic"),
     "Mortgage pre-approval call"),
    ("Make a note called 'Feng's allergies' - peanuts, shellfish, kiwi.", ("create_note", "name"),
     "Feng's allergies"),
    ("Make a note called 'Feng's allergies' - peanuts, shellfish, kiwi.", ("create_note", "content"),
     "Peanuts, shellfish, kiwi"),
    ("Put 'Pitch to Lumiere Foods' on my calendar for Thursday at 11", ("create_calendar_event", "title"),
     "Pitch to Lumiere Foods"),
    ("Write email to Oskar, the printer on floor 3 is jammed again.", ("compose_new_email", "subject"),
     "The printer on floor 3 is jammed again"),
    ("Email Oskar that the printer is jammed, and cc Liv", ("compose_new_email", "subject"), "The printer is jammed"),
    ("Email Oskar the signed lease, Lease_Signed.pdf.", ("compose_new_email", "subject"), "Signed lease"),
    ("send Quote-2027-04.pdf to ap@example.org", ("compose_new_email", "subject"), "Quote 2027-04"),
    ("email garden_club_minutes.docx to club@example.org", ("compose_new_email", "subject"),
     "Garden club minutes"),
    ("Zoom with ana@example.org on Friday at 8am, 30 minutes, topic: budget review.",
     ("get_zoom_meeting_link", "topic"), "Budget review"),
    ("Set up a zoom for my chess club on Friday at 6pm and add it to my calendar",
     ("create_calendar_event", "title"), "Chess club"),
    ("Invite ana@example.org to 'Roadmap review' on Monday from 2 to 3", ("create_calendar_event", "title"),
     "Roadmap review"),
    ("Append to my Birthday Ideas note: a kite for Milo", ("append_note_content", "name"), "Birthday Ideas"),
    ("chores note needs 'fix the gate' added", ("append_note_content", "name"), "Chores"),
    ("Open my 'Packing list' note and text it to Bo", ("open_note", "name"), "Packing list"),
    ("put the closing on my calendar for Dec 9 at 2pm", ("create_calendar_event", "title"), "Closing"),
    ("Block next Friday for quarterly planning, 9 to 5.", ("create_calendar_event", "title"), "Quarterly planning"),
    ("put dinner at the ferreira house on my calendar saturday at six", ("create_calendar_event", "location"),
     "The ferreira house"),
    ("Put the gig at Blue Door Tavern on my calendar for Friday at 9pm", ("create_calendar_event", "location"),
     "Blue Door Tavern"),
    ("make sure Ola knows the bake sale starts at ten", ("send_sms", "message"), "The bake sale starts"),
])
def test_the_requests_words_are_found(request_text: str, key: tuple[str, str], words: str) -> None:
    assert text_spans(request_text)[key] == words


def test_each_errand_takes_words_from_its_own_clause() -> None:
    spans = text_spans("Text Dana that I'm on my way, and remind me at 6 to call the plumber.")
    assert spans[("send_sms", "message")] == "I'm on my way"
    assert spans[("create_reminder", "name")] == "Call the plumber"


@pytest.mark.parametrize(("request_text", "key", "words"), [
    ("hey um open the note called packing ideas january", ("open_note", "name"), "Packing ideas january"),
    ("whats on my shoping note", ("open_note", "name"), "Shoping"),
    ("Remind me at 3 - actually make that 3:30 - to water the ferns.", ("create_reminder", "name"), "Water the ferns"),
])
def test_corrections_and_fillers_are_no_part_of_the_words(request_text: str, key: tuple[str, str],
                                                           words: str) -> None:
    assert text_spans(request_text)[key] == words


@pytest.mark.parametrize("request_text", [
    "make a zoom with pilar for friday at nine oh actually nine thirty and only twenty minutes",
    "schedule a zoom with doctor mbeki for next wednesday at three pm for forty five minutes",
    "email ana.silva@example.co.uk and ask whether she can review the budget",  # an address is no file
    "Make a zoom with Pilar for Friday at 9, oh actually 9:30, and only 20 minutes.",
    "make a reminder for tomorrow at 8am with the summary in it",
])
def test_what_is_left_without_content_words_is_no_span(request_text: str) -> None:
    spans = text_spans(request_text)
    assert ("get_zoom_meeting_link", "topic") not in spans and ("create_reminder", "name") not in spans
    assert ("compose_new_email", "subject") not in spans


def test_spoken_requests_without_punctuation() -> None:
    spans = text_spans("i'm planning a party for ines set up a zoom for the planning call sunday at eight")
    assert spans["get_zoom_meeting_link", "topic"] == "Planning call"
    spans = text_spans("driving directions to king's cross hmm no parking is a nightmare give me the tube route")
    assert spans["maps_show_directions", "end_location"] == "King's cross"


def test_no_pronoun_title_and_no_time_as_place() -> None:
    spans = text_spans("Put it on my calendar for Monday at noon, lunch at 1pm")
    assert ("create_calendar_event", "title") not in spans
    assert ("create_calendar_event", "location") not in spans


@pytest.mark.parametrize("request_text", [
    "remind me 15 minutes before it starts",  # no errand in the words
    "what's the weather like",
    "show me the map of Lisbon",
])
def test_no_words_no_span(request_text: str) -> None:
    spans = text_spans(request_text)
    assert ("create_reminder", "name") not in spans and ("send_sms", "message") not in spans


@pytest.mark.parametrize(("request_text", "key", "words"), [
    ("Show me where Kelvingrove Art Gallery is", ("maps_open_location", "location"), "Kelvingrove Art Gallery"),
    ("Pin Uluru on the map for me.", ("maps_open_location", "location"), "Uluru"),
    ("Text Ngozi walking directions from Waterloo station to the Old Vic.",
     ("maps_show_directions", "start_location"), "Waterloo station"),
    ("Text Ngozi walking directions from Waterloo station to the Old Vic.",
     ("maps_show_directions", "end_location"), "Old Vic"),
])
def test_places_are_found(request_text: str, key: tuple[str, str], words: str) -> None:
    assert text_spans(request_text)[key] == words


@pytest.mark.parametrize(("request_text", "words"), [
    ("set a reminder for next saturday go to the library at five o'clock", "Go to the library"),
    ("remind me about tomorrow meeting at ten am", "Meeting"),
    ("please set a reminder for me to go to work in ten minutes", "Go to work"),
    ("set a reminder i need to wake up at five am every morning", "Wake up"),
    ("remind me i need to be at the library a week from today at five", "Be at the library"),
])
def test_spoken_reminders_lose_their_day_and_time_words(request_text: str, words: str) -> None:
    assert text_spans(request_text)[("create_reminder", "name")] == words


def test_an_apostrophe_inside_a_word_opens_no_quote() -> None:
    spans = text_spans("So here's the situation: the tenants' meeting moved. Remind me to call Ana at 5")
    assert spans["create_reminder", "name"] == "Call Ana"


def test_pronouns_are_no_subject_or_title() -> None:
    spans = text_spans("I'm running late and Paula should get an email about it")
    assert ("compose_new_email", "subject") not in spans


def test_each_clause_that_asks_for_a_tool_gives_its_own_words() -> None:
    spans = clause_spans("remind me to call mum, text bo that I'm late, and remind me at 6 to feed the cat")
    assert spans["create_reminder", "name"] == ["Call mum", "Feed the cat"]
    assert spans["send_sms", "message"] == ["I'm late"]


def test_a_dotted_month_title_or_meridiem_ends_no_clause() -> None:
    spans = clause_spans("remind me at 12 p.m. Nov. 14 to help Yael move, and text Mr. Aoki that the keys are in")
    assert spans["create_reminder", "name"] == ["Help Yael move"]
    assert spans["send_sms", "message"] == ["The keys are in"]


def test_for_me_and_please_at_the_end_are_no_part_of_the_errand() -> None:
    spans = text_spans("set a reminder for oct 7 at 7 am to take out the compost for me please")
    assert spans["create_reminder", "name"] == "Take out the compost"
    assert ("create_reminder", "name") not in text_spans("remind me about it please")
