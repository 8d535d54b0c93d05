"""Which inbox message is "the current email"."""

from __future__ import annotations

from datetime import datetime

from tools.linux.mail_select import MessageSummary, current_message, match_score

INBOX = [
    MessageSummary("1", "Carol Diaz <carol@example.org>", "Budget for Q3", datetime(2026, 11, 20, 9)),
    MessageSummary("2", "newsletter@shop.example", "Your weekly deals", datetime(2026, 11, 21, 8)),
    MessageSummary("3", "Dan Wu <dan.wu@example.org>", "Re: Lunch on Friday", datetime(2026, 11, 21, 12)),
]


def test_without_a_hint_the_newest_message_is_current():
    assert current_message(INBOX, "reply to the email saying yes").key == "3"
    assert current_message(INBOX, "").key == "3"


def test_a_sender_name_in_the_request_picks_their_message():
    assert current_message(INBOX, "Reply to Carol and say it's fine").key == "1"
    assert current_message(INBOX, "forward diaz's mail to Bob").key == "1"


def test_a_sender_address_or_address_part_matches():
    assert current_message(INBOX, "reply to newsletter@shop.example").key == "2"
    assert current_message(INBOX, "answer the wu email").key == "3"


def test_most_of_the_subject_words_match():
    assert current_message(INBOX, "forward the budget email from last week").key == "1"
    assert current_message(INBOX, "reply about the weekly deals").key == "2"


def test_generic_words_do_not_count_as_a_match():
    assert match_score(INBOX[0], "please reply to the email") == 0.0
    assert match_score(INBOX[2], "reply re: this") == 0.0


def test_among_equal_matches_the_newest_wins():
    twice = INBOX + [MessageSummary("4", "Carol Diaz <carol@example.org>", "Other", datetime(2026, 11, 22, 7))]
    assert current_message(twice, "reply to Carol").key == "4"


def test_messages_without_a_date_rank_by_arrival():
    undated = [MessageSummary("1", "a@example.org", "x", None), MessageSummary("2", "b@example.org", "y", None)]
    assert current_message(undated, "").key == "2"


def test_an_empty_inbox_has_no_current_message():
    assert current_message([], "reply") is None


def test_description_names_sender_subject_and_date():
    assert INBOX[0].describe() == "from Carol Diaz <carol@example.org>, subject 'Budget for Q3', 2026-11-20 09:00"
