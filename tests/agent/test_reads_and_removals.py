"""Questions and removals through a whole session: planned without the model, answered from what was read,
removals shown item by item before approval, nothing removed without it (COMPAT section 10)."""

from __future__ import annotations

from datetime import date, datetime

from babel import Locale

from agent.planning.backends.scripted import ScriptedBackend
from agent.running.answers import answer_for
from agent.running.events import Approval, NeedsApproval
from tests.agent.conftest import Collector, MemoryBackends
from tests.agent.test_session import approve, make_session
from tools.listing import events_listing

NOW = datetime(2026, 12, 7, 10, 0)  # a Monday


def decline(request: NeedsApproval) -> Approval:
    return Approval(False)


def test_a_calendar_question_is_answered_from_the_events_read(memory: MemoryBackends, events: Collector) -> None:
    session, planner = make_session(memory, [])
    result = session.handle("what's on my calendar tomorrow", sink=events, approver=approve, now=NOW)
    assert planner.prompts == []  # no model call
    assert result.status == "answered"
    assert "Stand-up" in result.answer and "Lunch" not in result.answer
    assert memory.called("events_between") == [(datetime(2026, 12, 8), datetime(2026, 12, 9))]
    assert not events.of(NeedsApproval)


def test_an_empty_answer_says_so(memory: MemoryBackends, events: Collector) -> None:
    session, _ = make_session(memory, [])
    result = session.handle("what do i have on saturday", sink=events, approver=approve, now=NOW)
    assert result.answer.startswith("Nothing on your calendar on Sat 12 Dec")


def test_a_removal_shows_exactly_what_goes_and_waits_for_approval(memory: MemoryBackends,
                                                                  events: Collector) -> None:
    session, _ = make_session(memory, [])
    result = session.handle("remove thursday's lunch from my calendar", sink=events, approver=decline, now=NOW)
    asked = events.of(NeedsApproval)
    assert len(asked) == 1 and asked[0].previews[1].startswith("Will delete 1 event:")
    assert "Lunch with Ann" in asked[0].previews[1] and "Stand-up" not in asked[0].previews[1]
    assert result.status == "cancelled" and not memory.called("delete_events")
    assert len(memory.events) == 2

    approved = session.handle("remove thursday's lunch from my calendar", sink=Collector(), approver=approve,
                              now=NOW)
    assert approved.status == "answered"
    assert [e.title for e in memory.events] == ["Stand-up"]


def test_a_removal_that_matches_nothing_asks_nothing_and_changes_nothing(memory: MemoryBackends,
                                                                         events: Collector) -> None:
    session, _ = make_session(memory, [])
    result = session.handle("cancel my dentist appointment on friday", sink=events, approver=decline, now=NOW)
    assert not events.of(NeedsApproval)
    assert "nothing was deleted" in result.answer and not memory.called("delete_events")


def test_list_items_and_reminders(memory: MemoryBackends, events: Collector) -> None:
    session, _ = make_session(memory, [])
    session.handle("take milk and bread off my shopping list", sink=events, approver=approve, now=NOW)
    assert memory.notes["Shopping list"] == "- eggs\n"
    preview = events.of(NeedsApproval)[0].previews[1]
    assert preview.splitlines()[1:] == ["- - milk", "- - bread"] or "milk" in preview and "bread" in preview
    result = session.handle("what reminders do i have", sink=Collector(), approver=approve, now=NOW)
    assert "Buy milk" in result.answer and "Call the bank" in result.answer
    session.handle("mark buy milk as done", sink=Collector(), approver=approve, now=NOW)
    assert [r.name for r in memory.reminders] == ["Call the bank"]


def test_mail_questions_pass_the_requests_sender(memory: MemoryBackends, events: Collector) -> None:
    session, _ = make_session(memory, [])
    result = session.handle("any new mail from tom", sink=events, approver=approve, now=NOW)
    query = memory.called("find_mail")[0][0]
    assert (query.sender, query.unread_only) == ("tom", True)
    assert "Invoice" in result.answer and "Tom Baker" in result.answer


def test_the_planner_still_plans_what_acts(memory: MemoryBackends, events: Collector) -> None:
    session, planner = make_session(memory, ['1. send_sms(["+1 555 0101"], "on my way")\n2. join()<END_OF_PLAN>'],
                                    tools=("send_sms",))
    session.handle("text ann on my way", sink=events, approver=approve, now=NOW)
    assert len(planner.prompts) == 1


def test_routes_can_be_switched_off_for_measuring(memory: MemoryBackends, events: Collector) -> None:
    session, planner = make_session(memory, ["1. join()<END_OF_PLAN>"], read_routes=False)
    session.handle("what's on my calendar tomorrow", sink=events, approver=approve, now=NOW)
    assert len(planner.prompts) == 1 and isinstance(planner, ScriptedBackend)


def test_answers_use_the_locale_and_relative_days() -> None:
    listing = events_listing(
        [], datetime(2026, 12, 8), datetime(2026, 12, 9), "")
    assert answer_for(listing, today=date(2026, 12, 7), locale=Locale.parse("en_GB")) == \
        "Nothing on your calendar tomorrow, Tue 8 Dec."
    assert answer_for(listing, today=date(2026, 12, 7), locale=Locale.parse("de_DE")) == \
        "Nothing on your calendar morgen, Di. 8 Dez."
    assert answer_for("plain text observation") == "plain text observation"


def test_a_calendar_read_is_mailed_on_with_what_was_read(memory: MemoryBackends, events: Collector) -> None:
    session, planner = make_session(memory, [])
    result = session.handle("email Ann what's on my calendar tomorrow", sink=events, approver=approve, now=NOW)
    assert planner.prompts == [] and result.status == "answered"
    [(email,)] = memory.called("compose")
    assert email.recipients == ("ann@example.org",) and "Stand-up" in email.body and "Lunch" not in email.body


def test_an_empty_plan_for_a_plain_reminder_becomes_that_reminder_after_approval(memory: MemoryBackends,
                                                                                 events: Collector) -> None:
    session, planner = make_session(memory, ["1. join()<END_OF_PLAN>"], tools=("create_reminder",))
    asked: list[NeedsApproval] = []

    def approve_and_keep(request: NeedsApproval) -> Approval:
        asked.append(request)
        return Approval(True)

    session.handle("set a reminder to renew the passport on friday", sink=events, approver=approve_and_keep, now=NOW)
    assert len(planner.prompts) == 1 and asked
    (reminder,) = [call[0] for call in memory.called("create_reminder")]
    assert reminder.name == "Renew the passport" and reminder.due is not None and reminder.due.weekday() == 4


def test_an_empty_plan_for_anything_else_stays_empty(memory: MemoryBackends, events: Collector) -> None:
    session, _ = make_session(memory, ["1. join()<END_OF_PLAN>"], tools=("create_reminder",))
    session.handle("email Bo the notes and remind me on friday", sink=events, approver=approve, now=NOW)  # two errands
    assert memory.called("create_reminder") == []
