"""COMPAT section 8 conventions, checked on every plan of a generated set and on targeted intents."""

from __future__ import annotations

import random
import re
from collections import Counter
from datetime import datetime

import pytest

from agent.plans.plan import Step, parse_plan
from training.data.builder import Out
from training.data.checks import plan_problems
from training.data.context import CORRECTION, INDIRECT, Gen
from training.data.generator import Generated
from training.data.intents import (
    announce,
    calendar,
    files,
    follow_up,
    mail,
    maps,
    no_tool,
    notes,
    reminders,
    sms,
    zoom,
)
from training.data.intents.embedded import EMBEDDED
from training.data.intents.sinks import deliver
from training.data.pools.things import LIST_ITEMS
from training.data.stories import story

NOW = datetime(2026, 11, 20, 10, 0)
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$")
EMAIL_USERS = {"compose_new_email": (0, 1), "reply_to_email": (0,), "forward_email": (0, 1),
               "create_calendar_event": (4,), "get_zoom_meeting_link": (3,)}


def _ref(value: object) -> int | None:
    match = re.fullmatch(r"\$(\d+)", value) if isinstance(value, str) else None
    return int(match.group(1)) if match else None


def _list_refs(step: Step, position: int) -> list[int]:
    return [k for k in (_ref(v) for v in step.args[position]) if k is not None]


def test_every_plan_parses_validates_and_ends_with_join(generated: list[Generated]) -> None:
    for g in generated:
        assert plan_problems(g.item.plan) == [], g.item.query
        assert g.item.tools == sorted({s.tool for s in parse_plan(g.item.plan).steps} - {"join"})


def test_lookups_are_one_per_person_and_kind_and_always_used(generated: list[Generated]) -> None:
    for g in generated:
        steps = {s.index: s for s in parse_plan(g.item.plan).steps}
        for kind in ("get_email_address", "get_phone_number"):
            names = Counter(s.args[0].casefold() for s in steps.values() if s.tool == kind)
            assert all(n == 1 for n in names.values()), g.item.plan
        used_as_email = {k for s in steps.values() for p in EMAIL_USERS.get(s.tool, ()) for k in _list_refs(s, p)}
        used_as_phone = {k for s in steps.values() if s.tool == "send_sms" for k in _list_refs(s, 0)}
        used = {r.step for s in steps.values() for r in s.refs}
        for s in steps.values():
            if s.tool in ("get_email_address", "get_phone_number") and s.tool not in g.request.intents:
                assert s.index in used, g.item.plan
        for k in used_as_email:
            assert steps[k].tool == "get_email_address", g.item.plan
        for k in used_as_phone:
            assert steps[k].tool == "get_phone_number", g.item.plan


def test_lookup_names_and_written_contacts_come_from_the_request(generated: list[Generated]) -> None:
    for g in generated:
        query = g.item.query.casefold()
        for step in parse_plan(g.item.plan).steps:
            if step.tool in ("get_email_address", "get_phone_number"):
                assert step.args[0].casefold().replace(".", "") in query.replace(".", ""), (step, g.item.query)
            if step.tool in ("compose_new_email", "forward_email", "send_sms"):
                for value in step.args[0]:
                    if _ref(value) is not None:
                        continue
                    if "@" in value:
                        assert value.casefold() in query, (value, g.item.query)
                    else:  # a transcript may drop a number's brackets; its digits stay
                        assert re.sub(r"\D", "", value) in re.sub(r"\D", "", query), (value, g.item.query)


def test_files_pdfs_notes_and_maps_follow_the_conventions(generated: list[Generated]) -> None:
    for g in generated:
        steps = {s.index: s for s in parse_plan(g.item.plan).steps}
        for s in steps.values():
            if s.tool == "summarize_pdf":
                assert steps[_ref(s.args[0])].tool == "open_and_get_file_path"
            if s.tool in ("compose_new_email", "reply_to_email", "forward_email"):
                for k in _list_refs(s, len(s.args) - 1):
                    assert steps[k].tool == "open_and_get_file_path"
            if s.tool == "forward_email":
                assert s.args[2] == ""
            if s.tool in ("maps_show_directions", "append_note_content"):
                assert not s.refs or s.tool == "append_note_content"
                # no opening the note appended to; another note's text or a place's map link may go in
                assert all(steps[r.step].tool != "open_note" or steps[r.step].args[0] != s.args[0] for r in s.refs)
            if s.tool == "compose_new_email" and s.args[3]:
                assert steps[_ref(s.args[3])].tool in (
                    "summarize_pdf", "open_note", "get_zoom_meeting_link", "maps_open_location", "get_email_address")


def test_dates_and_argument_conventions(generated: list[Generated]) -> None:
    for g in generated:
        for s in parse_plan(g.item.plan).steps:
            if s.tool == "create_reminder":
                assert s.args[1] == "" or _DATE.match(s.args[1])
                assert s.args[4] in (0, 1)
                if s.args[5]:
                    assert s.args[1].endswith("00:00:00")
            if s.tool == "create_calendar_event":
                assert _DATE.match(s.args[1]) and _DATE.match(s.args[2]) and s.args[2] > s.args[1]
            if s.tool == "get_zoom_meeting_link":
                assert _DATE.match(s.args[1]) and isinstance(s.args[2], int)
            if s.tool in ("create_reminder", "create_calendar_event", "get_zoom_meeting_link"):
                date = s.args[1]
                all_day = s.tool == "create_reminder" and s.args[5]
                if all_day:
                    assert date[:10] >= g.item.now[:10], (g.item.query, g.item.now, date)
                else:
                    assert not date or date > g.item.now, (g.item.query, g.item.now, date)
            if s.tool == "maps_show_directions":
                assert s.args[2] in ("d", "w", "r")


def test_no_tool_requests_are_a_lone_join(generated: list[Generated]) -> None:
    empty = [g for g in generated if g.item.category == "no_tool"]
    assert empty
    for g in empty:
        assert g.item.plan == "1. join()<END_OF_PLAN>" and g.item.tools == []


def _targeted(intent, seed: int) -> Gen:  # type: ignore[no-untyped-def]
    g = Gen(random.Random(seed), NOW)
    intent(g)
    return g


@pytest.mark.parametrize("seed", range(60))
def test_mentions_and_personal_items_need_no_lookup(seed: int) -> None:
    for intent, tool in ((reminders.reminder, "create_reminder"), (notes.create, "create_note"),
                         (notes.append, "append_note_content"), (calendar.event, "create_calendar_event"),
                         (maps.directions, "maps_show_directions")):
        g = _targeted(intent, seed)
        assert [n.tool for n in g.builder.nodes] == [tool]
    event = _targeted(calendar.event, seed).builder.nodes[0]
    assert event.args[4] == []
    assert _targeted(no_tool.no_tool, seed).builder.nodes == []


@pytest.mark.parametrize("seed", range(60))
def test_contacts_reach_the_right_argument(seed: int) -> None:
    g = _targeted(calendar.meeting, seed)
    invitees = g.builder.nodes[-1].args[4]
    assert invitees and all(isinstance(i, Out) or "@" in i for i in invitees)
    g = _targeted(sms.send_text, seed)
    texts = [n for n in g.builder.nodes if n.tool == "send_sms"]
    assert len(texts) == 1
    for r in texts[0].args[0]:
        assert (g.builder.nodes[r.node].tool == "get_phone_number") if isinstance(r,
                                                                                  Out) else any(c.isdigit() for c in r)


@pytest.mark.parametrize("seed", range(80))
def test_zoom_links_go_where_they_are_sent(seed: int) -> None:
    g = _targeted(zoom.zoom, seed)
    nodes = g.builder.nodes
    link = next(i for i, n in enumerate(nodes) if n.tool == "get_zoom_meeting_link")
    assert all(nodes[i.node].tool == "get_email_address" for i in nodes[link].args[3] if isinstance(i, Out))
    for node in nodes[link + 1:]:
        if node.tool == "compose_new_email":
            assert node.args[3] == Out(link)
        if node.tool == "send_sms":
            assert node.args[1] == Out(link)
        if node.tool == "reply_to_email":
            assert node.args[1] == Out(link)
        if node.tool == "create_calendar_event":
            assert Out(link) in (node.args[3], node.args[5])
            assert node.args[4] in ([], nodes[link].args[3])


@pytest.mark.parametrize("seed", range(40))
def test_pdf_summaries_pass_their_result_on(seed: int) -> None:
    g = _targeted(files.summarize, seed)
    nodes = g.builder.nodes
    summary = next(i for i, n in enumerate(nodes) if n.tool == "summarize_pdf")
    assert nodes[nodes[summary].args[0].node].tool == "open_and_get_file_path"
    for node in nodes:
        if node.tool in ("compose_new_email", "send_sms", "create_note", "append_note_content"):
            assert Out(summary) in node.args


def test_one_lookup_per_person_across_clauses() -> None:
    g = Gen(random.Random(3), NOW)
    mail.compose(g)
    person = g.contacts[-1] if g.contacts else g.people_used[-1]
    for _ in range(6):
        follow_up.follow_up(g, person)
    names = Counter((n.tool, n.args[0]) for n in g.builder.nodes if n.tool in ("get_email_address", "get_phone_number"))
    assert names and max(names.values()) == 1


def test_announcements_carry_the_news() -> None:
    for seed in range(30):
        g = _targeted(announce.announce, seed)
        tools = {n.tool for n in g.builder.nodes}
        assert tools & {"send_sms", "compose_new_email"}
        for node in g.builder.nodes:
            if node.tool == "send_sms":
                assert isinstance(node.args[1], str) and node.args[1].endswith(".")


_SINK_ARGS = {"create_note": 1, "append_note_content": 1, "send_sms": 1, "compose_new_email": 3,
              "create_reminder": 2, "reply_to_email": 1}


@pytest.mark.parametrize("seed", range(40))
def test_results_named_after_their_destination_still_flow_into_it(seed: int) -> None:
    """"Text Ana what's in my Codes note": the destination step's content is the producing step's `$k`."""
    for intent, _ in EMBEDDED:
        g = _targeted(intent, seed)
        nodes = g.builder.nodes
        sink = nodes[-1]
        value = sink.args[_SINK_ARGS[sink.tool]]
        assert isinstance(value, Out), (intent.__name__, sink)
        assert nodes[value.node].tool in ("maps_open_location", "maps_show_directions", "open_note", "summarize_pdf",
                                          "get_email_address", "get_phone_number")


@pytest.mark.parametrize("seed", range(40))
def test_background_stories_add_no_steps_and_no_lookups(seed: int) -> None:
    g = Gen(random.Random(seed), NOW)
    text = story(g)
    assert text and g.builder.nodes == [] and "context" in g.features
    assert "{" not in text and "}" not in text


@pytest.mark.parametrize("seed", range(40))
def test_asking_or_nudging_someone_is_a_text_that_asks(seed: int) -> None:
    g = Gen(random.Random(seed), NOW)
    clause = sms._ask_someone(g)
    lookup, text = g.builder.nodes
    assert lookup.tool == "get_phone_number" and text.tool == "send_sms" and text.args[0] == [Out(0)]
    assert lookup.args[0].split()[-1].casefold() in clause.text.casefold() and INDIRECT in g.features
    message = text.args[1]
    assert message[0].isupper() and "{" not in message and not message.startswith(("Ask", "Nudge"))


@pytest.mark.parametrize("pronoun, agreed", [("her", "if she is free"), ("him", "if he is free"),
                                             ("them", "if they are free")])
def test_questions_agree_with_the_person_asked(pronoun: str, agreed: str) -> None:
    from training.data.pools.questions import question_for

    rng = random.Random(0)
    asked = [question_for(rng, pronoun) for _ in range(400)]
    free = [(said, message) for said, message in asked if "free for lunch" in said]
    assert free and all(said.startswith(agreed) and message.startswith("Are you free") for said, message in free)


def test_someone_taken_back_out_of_a_group_is_not_looked_up() -> None:
    narrowed = 0
    for seed in range(200):
        g = Gen(random.Random(seed), NOW, allow_correction=True)
        said, recipients = g.group(g.email_target)
        if CORRECTION not in g.features:
            continue
        narrowed += 1
        *kept, dropped = g.people_used  # the person taken back out is named last
        looked_up = [node.args[0] for node in g.builder.nodes]
        assert dropped.name not in looked_up and all(person.name in looked_up for person in kept)
        assert len(recipients) == len(kept) + sum(isinstance(r, str) for r in recipients)
        fix = g.trailing_fix or said
        assert dropped.said in said and (dropped.said in fix or "just" in fix or "only" in fix)
    assert 50 < narrowed < 110  # about 40 %


def test_narrowing_happens_only_once_per_request() -> None:
    g = Gen(random.Random(3), NOW, allow_correction=True)
    for _ in range(20):
        g.group(g.email_target)
    assert CORRECTION in g.features
    narrowed = [p for p in g.people_used if p.name not in [n.args[0] for n in g.builder.nodes]]
    assert len(narrowed) == 1


def test_a_result_sent_both_ways_reaches_one_person_by_email_and_text() -> None:
    both = 0
    for seed in range(300):
        g = Gen(random.Random(seed), NOW)
        value = g.builder.add("open_note", "Plans", "")
        said = deliver(g, value, "Plans", ("email", "sms"))
        tools = [node.tool for node in g.builder.nodes]
        if "send_sms" not in tools or "compose_new_email" not in tools:
            continue
        both += 1
        email = next(n for n in g.builder.nodes if n.tool == "compose_new_email")
        sms_step = next(n for n in g.builder.nodes if n.tool == "send_sms")
        assert email.args[3] == sms_step.args[1] == value
        (email_lookup,), (phone_lookup,) = email.args[0], sms_step.args[0]
        looked_up = g.builder.nodes[email_lookup.node].args[0]
        assert looked_up == g.builder.nodes[phone_lookup.node].args[0] and g.people_used[-1].said in said
    assert 20 < both < 80  # about 15 %


def test_an_item_taken_back_out_of_a_note_list_is_not_written() -> None:
    corrected = 0
    for seed in range(100):
        g = Gen(random.Random(seed), NOW, allow_correction=True)
        clause = notes.create(g)
        if not g.trailing_fix:
            continue
        corrected += 1
        dropped = next(item for item in LIST_ITEMS if g.trailing_fix.count(item) and item in clause.text)
        content = g.builder.nodes[0].args[1]
        assert CORRECTION in g.features and dropped.casefold() not in content.casefold().split(", ")
        assert all(item.casefold() in clause.text.casefold() for item in content.casefold().split(", "))
    assert 40 < corrected < 80  # about 60 %


def test_a_relation_can_hang_on_someone_named_before() -> None:
    relative = 0
    for seed in range(400):
        g = Gen(random.Random(seed), NOW)
        first, second = g.person(), g.person()
        words = second.said.replace(",", "").split()
        if words[0] in ("his", "her", "their"):
            relative += 1
            assert words[0] == {"him": "his", "her": "her", "them": "their"}[first.pronoun]
        assert second.name.lower() in second.said.lower()  # the lookup argument is written in the request
    assert 3 < relative < 30  # about 3 % of people
