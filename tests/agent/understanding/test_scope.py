"""What a request asks for, from its words: the tools its acting errands name, and whether it is a question,
a removal, or something no tool does."""

from __future__ import annotations

import pytest

from agent.understanding.scope import asks_to_remove, request_scope, spoken_form


@pytest.mark.parametrize("text", [
    "remove thursday's lunch from my calendar",
    "cancel my two o'clock meeting",
    "take milk off my shopping list",
    "find and delete all of my weekend events with evan parker",
])
def test_removals_license_nothing(text: str) -> None:
    scope = request_scope(text)
    assert scope.removal and scope.restricts and scope.licensed == frozenset()


@pytest.mark.parametrize("text", [
    "when is the next appointment on my calendar",
    "have i received any email since five pm",
    "what's on my calendar tomorrow",
    "any new mail from tom?",
    "do i have any reminders today",
])
def test_questions_license_nothing(text: str) -> None:
    scope = request_scope(text)
    assert scope.question and scope.licensed == frozenset()


@pytest.mark.parametrize("text", [
    "i want to know who is at the top of the english premier league",
    "play some jazz",
    "turn off the lights in the kitchen",
    "set a timer for ten minutes",
])
def test_out_of_scope_requests_license_nothing(text: str) -> None:
    scope = request_scope(text)
    assert scope.out_of_scope and scope.restricts and scope.licensed == frozenset()


def test_an_alarm_is_a_reminder_at_that_time() -> None:
    for text in ("wake me up at 7", "set an alarm for six thirty tomorrow"):
        scope = request_scope(text)
        assert not scope.out_of_scope and scope.licensed == frozenset({"create_reminder"}), text


def test_acting_errands_license_their_tools_even_beside_a_question() -> None:
    scope = request_scope("what's the weather like? text Ann that I'll bring an umbrella")
    assert scope.question and scope.out_of_scope and scope.licensed == frozenset({"send_sms"})
    assert request_scope("cancel my 2pm and email Ann that I'm free").licensed >= {"compose_new_email"}


def test_a_removal_verb_inside_an_errand_is_not_a_removal() -> None:
    scope = request_scope("remind me monday at 7am to cancel the old standing order")
    assert not scope.removal and "create_reminder" in scope.licensed


def test_terse_notes_to_self_give_no_evidence() -> None:
    scope = request_scope("mtg w/ ana & ben mon abt grant")
    assert not scope.restricts


@pytest.mark.parametrize(("text", "retracted", "licensed"), [
    ("email ann the report - actually don't email her, text her instead", {"compose_new_email"}, {"send_sms"}),
    ("remind me to call bob, no wait, never mind the reminder", {"create_reminder"}, set()),
    ("no need to text her, just put it on my calendar", {"send_sms"}, {"create_calendar_event"}),
    ("email ann, actually forget the email", {"compose_new_email"}, set()),
])
def test_a_tool_taken_back_is_not_licensed(text: str, retracted: set[str], licensed: set[str]) -> None:
    scope = request_scope(text)
    assert scope.retracted == retracted and scope.licensed == licensed and scope.restricts


@pytest.mark.parametrize("text", ["don't forget to email ann the minutes", "text Walt the garden plan and remind me",
                                  "email ann - no, email bob instead"])
def test_asking_again_or_a_positive_dont_forget_is_no_retraction(text: str) -> None:
    assert request_scope(text).retracted == frozenset()


@pytest.mark.parametrize("text", ["play some jazz", "what's the weather like tomorrow", "tell me a joke",
                                  "who is the president of france", "what events are happening in town this weekend",
                                  "is the pharmacy open on sunday", "stop"])
def test_a_request_no_tool_serves_that_names_nothing_a_tool_works_with_is_unserved(text: str) -> None:
    assert request_scope(text).unserved


@pytest.mark.parametrize("text", ["what's the weather at my meeting tomorrow", "text ann the score",
                                  "show me the pizza place on the map", "whats happening this weekend",
                                  "what's on my calendar this weekend in town"])
def test_a_request_that_names_a_tools_thing_is_never_unserved(text: str) -> None:
    assert not request_scope(text).unserved


@pytest.mark.parametrize("text", ["um like what's my next appointment", "show me emails from my boss",
                                  "open my shopping list", "would you mind checking my calendar for next monday",
                                  "i was wondering if theres any new mail", "got anything thursday"])
def test_spoken_questions_are_questions(text: str) -> None:
    assert request_scope(text).question


def test_misspellings_and_mishearings_are_read_as_meant() -> None:
    assert spoken_form("Whats on my calender tomorow") == "whats on my calendar tomorrow"
    assert spoken_form("remove milk form my list") == "remove milk from my list"
    assert spoken_form("take bread of the grocery list") == "take bread off the grocery list"
    assert spoken_form("fill in the form and send it") == "fill in the form and send it"
    assert request_scope("cancle my meeting tomorrow").removal


@pytest.mark.parametrize(("text", "tool"), [
    ("Please write back to Kenji's message. Tomorrow, remind me to clean the car", "reply_to_email"),
    ("send this thread to mariam and do i have a meeting tomorrow", "forward_email"),
    ("give Ana a heads-up that I picked up the keys", "send_sms"),
    ("This email needs a response, plus include scan_6263.JPG", "reply_to_email"),
    ("nudge me one week from now to schedule an oil change", "create_reminder"),
])
def test_everyday_words_for_an_errand_license_its_tool(text: str, tool: str) -> None:
    scope = request_scope(text)
    assert tool in scope.licensed and not scope.out_of_scope


@pytest.mark.parametrize("text", ["what's two plus two", "open the garage door", "book two tickets for the game"])
def test_what_no_tool_does_stays_out_of_scope(text: str) -> None:
    assert request_scope(text).out_of_scope


@pytest.mark.parametrize("text", ["take friday off", "take the day off tomorrow", "i'm taking monday off"])
def test_time_off_is_no_removal(text: str) -> None:
    scope = request_scope(text)
    assert not scope.removal and not asks_to_remove(text)


def test_a_question_asked_at_the_end_is_a_question() -> None:
    assert request_scope("alarm for six am tomorrow is it set").question
    assert request_scope("the dentist is on friday right").question
    assert not request_scope("set an alarm for six am tomorrow").question


@pytest.mark.parametrize("text", [
    "map a route to Blue Door Cafe by tram... hmm, cancel that - plot a route to Charles de Gaulle",
    "scratch that, text bob instead",
    "schedule time with dana and manuel at eight pm saturday. take dana off that. next, write down 'thank aidan'",
    "cancel that",
])
def test_taking_back_what_was_just_said_is_no_removal(text: str) -> None:
    assert not request_scope(text).removal and not asks_to_remove(text)


@pytest.mark.parametrize("text", ["cancel that meeting with bob", "cancel this afternoon's meeting",
                                  "take milk off my list"])
def test_a_removal_that_names_its_thing_stays_a_removal(text: str) -> None:
    assert request_scope(text).removal


def test_cancel_that_takes_back_the_errands_before_it() -> None:
    scope = request_scope("send Gabriel a zoom invite at 9 tmrw... hmm, cancel that - let Saoirse know by email")
    assert {"get_zoom_meeting_link", "create_calendar_event"} <= scope.retracted
    assert "compose_new_email" in scope.licensed


@pytest.mark.parametrize("text", ["buzz me at 9:45 pm to cancel the magazine subscription",
                                  "alert me at 10:10 to cancel the gym"])
def test_buzz_me_and_alert_me_ask_for_a_reminder(text: str) -> None:
    scope = request_scope(text)
    assert scope.licensed == {"create_reminder"} and not scope.removal


def test_summarising_a_file_into_a_note_acts_and_summarising_the_day_asks() -> None:
    assert "create_note" in request_scope("Summarise the quarterly report into a note").licensed
    assert request_scope("summarize my emails from today").question


def test_lets_before_a_question_still_asks() -> None:
    assert request_scope("Let's read out the Home reminders!").question
    assert request_scope("let's text bob that i'm late").licensed == {"send_sms"}


def test_dropping_someone_a_line_sends_and_dropping_an_event_removes() -> None:
    assert not request_scope("drop her an email re the conference planning").removal
    assert "compose_new_email" in request_scope("drop her an email re the conference planning").licensed
    assert request_scope("drop the dentist from my calendar").removal


@pytest.mark.parametrize("text", [
    "put dentist on thursday",
    "lunch with mom on saturday at one",
    "book a hair cut on saturday",
    "add the school play to friday at six",  # "play" is the event here, no music
    "add football match to saturday at three",
])
def test_an_event_put_on_a_day_without_a_calendar_word_licenses_the_event(text: str) -> None:
    scope = request_scope(text)
    assert scope.licensed == {"create_calendar_event"} and not scope.restricts


@pytest.mark.parametrize("text", [
    "i need to be at the airport at six am tuesday",  # no word asks for an event
    "book a table for two on friday at eight",  # booked elsewhere
    "put the lights on at seven tomorrow",
    "who won the football match on saturday",
])
def test_other_day_and_time_requests_license_no_event(text: str) -> None:
    assert "create_calendar_event" not in request_scope(text).licensed


@pytest.mark.parametrize("text", [
    "complain to amazon that my package is late",
    "send a complaint to the phone company my internet is down",
    "tell my followers i will be live at eight tonight",
    "repeat that",
    "find me a cheap flight to rome",
    "tell mcdonalds their service was terrible",
    "alert me of any breaking news",  # news watched for: no reminder
    "order a taxi for my appointment at three",  # the appointment is what the taxi is for
    "when was the eiffel tower built",
    "turn on the fan in the bedroom",
])
def test_complaints_posts_and_chat_license_nothing_and_keep_no_step(text: str) -> None:
    scope = request_scope(text)
    assert not scope.licensed and scope.unserved


def test_an_email_that_complains_is_still_an_email() -> None:
    assert request_scope("email my landlord a complaint about the heater").licensed == {"compose_new_email"}


@pytest.mark.parametrize("text", [
    "when was my last dentist appointment",  # a question about the user's own calendar
    "remind me to book the train tickets for friday",  # a reminder asked for plainly
])
def test_trivia_and_ride_words_leave_the_users_own_errands_alone(text: str) -> None:
    assert not request_scope(text).unserved


@pytest.mark.parametrize(("text", "tool"), [
    ("We need more chairs for tonight - can you let Bjorn know by text?", "send_sms"),  # a request put as a question
    ("Could u ping Babajide by sms that the party is still on?", "send_sms"),
    ("Read me the Baby names note - text it to Simone", "send_sms"),  # a dash ends the question's clause
    ("Can you ask Praipura what they want for their birthday", "send_sms"),
    ("What's Prof. Patel's number, and pass this email on to them.", "forward_email"),
    ("Hey share this email with Mihai and tell them we won the game", "forward_email"),
    ("Make sure I remember to pick up the keys from the landlord at 6 am", "create_reminder"),
])
def test_requests_that_look_like_questions_still_license_their_errand(text: str, tool: str) -> None:
    assert tool in request_scope(text).licensed


@pytest.mark.parametrize("text", [
    "book a hiring workshop with Traibi at 3pm in two days, thanks!",  # thanks as a sign-off
    "remind me at 5, thank you so much!",
    'add a note titled "aurora feedback" containing \'buy a new yoga mat\' under clients',  # quoted words
    "Esteban next door has been trying to reach me. Let him know by text that the shop is out of oat milk",
    "I'm in a cab right now. Arrange a farewell party call with Tiago later today at 8:45PM",
])
def test_politeness_quotes_and_passing_words_are_no_evidence_of_something_no_tool_does(text: str) -> None:
    assert not request_scope(text).out_of_scope


@pytest.mark.parametrize("text", ["thanks", "thank you olly", "thanks for the reminder", "lock the front door",
                                  "open the garage door", "send feedback to nike about their shoes",
                                  "book me a cab to the airport"])
def test_thanks_and_the_home_are_still_out_of_scope(text: str) -> None:
    assert request_scope(text).out_of_scope


@pytest.mark.parametrize("text", ["I need a reminder thursday, at 21:30 to cancel the free trial.",
                                  "remind me on friday, at noon to delete the old photos"])
def test_what_a_reminder_is_about_is_no_removal(text: str) -> None:
    scope = request_scope(text)
    assert not scope.removal and "create_reminder" in scope.licensed


@pytest.mark.parametrize("text", ["cancel my reminder to call mom", "set a reminder for friday. cancel my 3pm meeting"])
def test_a_removal_beside_a_reminder_is_still_one(text: str) -> None:
    assert request_scope(text).removal
