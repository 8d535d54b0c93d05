"""COMPAT section 10 requests (`--reads`): well-formed plans over the catalogue, ranges re-resolved independently
for a table of `now` values, removals that create or send nothing, and default output unchanged."""

from __future__ import annotations

import hashlib
import random
import re
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from agent.plans.plan import parse_plan
from tools.catalogue import CATALOGUE
from training.data.builder import Out
from training.data.checks import plan_problems
from training.data.context import Gen
from training.data.dates import DATE_FORMAT, MONTHS, WEEKDAYS
from training.data.generate import main
from training.data.generator import Generated, generate
from training.data.intents import contacts, no_tool, reads, removals
from training.data.ranges import Span, any_span, clock_span, open_span

READ_CATEGORIES = {"read", "read_send", "removal", "move", "add_contact", "read_multi"}
SECTION_10 = {"get_calendar_events", "delete_calendar_event", "find_emails", "get_reminders", "complete_reminder",
              "remove_note_content", "add_contact"}
CREATES_OR_SENDS = {"create_calendar_event", "compose_new_email", "reply_to_email", "forward_email", "create_note",
                    "append_note_content", "create_reminder", "send_sms", "get_zoom_meeting_link", "add_contact"}
# `python -m training.data.generate --n 300 --seed 20261207` as it was before section 10 was generated (5d6f4ed)
DEFAULT_300_SHA256 = "eba6c471b0ce70e095bfea1a50d03786e684570e1f848aa8fa0d57e5ade63934"
NOWS = (datetime(2026, 11, 20, 10, 0), datetime(2026, 11, 16, 7, 5), datetime(2026, 11, 21, 21, 40),
        datetime(2026, 11, 22, 12, 0), datetime(2026, 12, 31, 18, 30), datetime(2027, 2, 28, 15, 45))


@pytest.fixture(scope="module")
def with_reads() -> list[Generated]:
    return list(generate(2500, 11, reads=0.6))


def _steps(g: Generated):  # type: ignore[no-untyped-def]
    return [s for s in parse_plan(g.item.plan).steps if s.tool != "join"]


def test_read_items_parse_and_call_catalogue_tools_with_their_arity(with_reads: list[Generated]) -> None:
    ours = [g for g in with_reads if g.item.category in READ_CATEGORIES]
    assert len(ours) > 1000
    assert {s.tool for g in ours for s in _steps(g)} >= SECTION_10
    for g in ours:
        assert plan_problems(g.item.plan) == [], g.item.query
        for step in _steps(g):
            assert step.tool in CATALOGUE.names, step
            assert len(step.args) == CATALOGUE[step.tool].arity, step
            for name, value in zip((a.name for a in CATALOGUE[step.tool].args), step.args, strict=True):
                if name in ("start_date", "end_date", "since", "due_before") and value:
                    datetime.strptime(value, DATE_FORMAT)


def test_categories_match_their_plans(with_reads: list[Generated]) -> None:
    for g in with_reads:
        tools = [s.tool for s in _steps(g)]
        category = g.item.category
        if category == "removal":
            assert len(tools) == 1 and tools[0] in {"delete_calendar_event", "complete_reminder", "remove_note_content"}
        elif category == "move":
            assert sorted(tools) == ["create_calendar_event", "delete_calendar_event"]
        elif category == "add_contact":
            assert tools == ["add_contact"]
        elif category == "read":
            assert len(tools) == 1 and tools[0] in {"get_calendar_events", "find_emails", "get_reminders", "open_note"}
        elif category == "read_send":
            read = next(s for s in _steps(g) if s.tool in {"get_calendar_events", "get_reminders"})
            send = next(s for s in _steps(g) if s.tool in {"compose_new_email", "send_sms"})
            carried = send.args[3] if send.tool == "compose_new_email" else send.args[1]
            assert carried == f"${read.index}", g.item.plan


def test_removals_never_create_or_send(with_reads: list[Generated]) -> None:
    for g in with_reads:
        if g.item.category == "removal":
            assert not {s.tool for s in _steps(g)} & CREATES_OR_SENDS, g.item.plan
        if g.item.category == "move":  # the one creation a move asks for, nothing sent
            assert [s.tool for s in _steps(g) if s.tool in CREATES_OR_SENDS] == ["create_calendar_event"]
        if g.item.category == "read":
            assert not {s.tool for s in _steps(g)} & CREATES_OR_SENDS, g.item.plan


def _coming(now: datetime, weekday: int, allow_week: bool) -> datetime:
    ahead = (weekday - now.weekday()) % 7 or 7
    assert ahead <= (7 if allow_week else 6)
    return datetime(now.year, now.month, now.day) + timedelta(days=ahead)


def _day(noun: str, now: datetime) -> datetime:
    """The day a day phrase names, resolved without training/data/ranges.py."""
    today = datetime(now.year, now.month, now.day)
    lowered = noun.lower().removeprefix("for ").removeprefix("on ")
    if lowered == "today":
        return today
    if lowered in ("tomorrow", "tmrw"):
        return today + timedelta(days=1)
    if lowered == "the day after tomorrow":
        return today + timedelta(days=2)
    for index, name in enumerate(WEEKDAYS):
        if re.fullmatch(rf"(this |next )?({name.lower()}|{name[:3].lower()})", lowered):
            return _coming(now, index, lowered.startswith("next"))
    slash = re.fullmatch(r"(\d+)/(\d+)", lowered)
    month_day = re.fullmatch(r"([a-z]+) (\d+)|the (\d+)(?:st|nd|rd|th) of ([a-z]+)", lowered)
    if slash or month_day:
        if slash:
            month, day = int(slash.group(1)), int(slash.group(2))
        else:
            assert month_day is not None
            word, number = month_day.group(1) or month_day.group(4), month_day.group(2) or month_day.group(3)
            month, day = [m.lower()[:len(word)] for m in MONTHS].index(word) + 1, int(number)
        year = now.year if (month, day) >= (now.month, now.day) else now.year + 1
        return datetime(year, month, day)
    ordinal = re.fullmatch(r"the (\d+)(?:st|nd|rd|th)", lowered)
    assert ordinal, noun
    day = today + timedelta(days=1)
    while day.day != int(ordinal.group(1)):
        day += timedelta(days=1)
    return day


def _expected(span: Span, now: datetime) -> tuple[datetime, datetime]:
    """COMPAT section 10's range for the words of a span."""
    today = datetime(now.year, now.month, now.day)
    monday = today + timedelta(days=7 - today.weekday())
    noun = span.noun
    weeks = {"this week": (today, monday), "the rest of the week": (today, monday),
             "next week": (monday, monday + timedelta(days=7)), "this weekend": (monday - timedelta(days=2), monday)}
    if noun in weeks:
        return weeks[noun]
    if noun == "tonight":
        return today + timedelta(hours=18), today + timedelta(days=1)
    for part, first, last in (("morning", 6, 12), ("afternoon", 12, 18), ("evening", 18, 24)):
        if noun.endswith(" " + part):
            day = today if noun == f"this {part}" else _day(noun.removesuffix(" " + part), now)
            return day + timedelta(hours=first), day + timedelta(hours=last)
    day = _day(noun, now)
    return day, day + timedelta(days=1)


@pytest.mark.parametrize("now", NOWS, ids=lambda n: n.strftime("%a-%Y-%m-%d-%H%M"))
def test_spans_follow_section_10_for_each_now(now: datetime) -> None:
    rng = random.Random(now.toordinal())
    for _ in range(1500):
        span = any_span(rng, now)
        assert (span.start, span.end) == _expected(span, now), (span, now)
        if span.noun == "this weekend":
            assert now.weekday() < 5


@pytest.mark.parametrize("now", NOWS, ids=lambda n: n.strftime("%a-%Y-%m-%d-%H%M"))
def test_clock_times_are_the_minute_they_start_and_still_ahead(now: datetime) -> None:
    rng = random.Random(now.toordinal())
    for _ in range(500):
        span = clock_span(rng, now)
        assert span.end - span.start == timedelta(minutes=1) and span.start > now, span
        day = span.text.removeprefix(span.noun).strip()
        assert span.start.date() == (_day(day, now) if day else now).date(), span


def test_a_range_table_for_one_friday_morning() -> None:
    now = datetime(2026, 11, 20, 10, 0)  # a Friday
    table = {"today": ("2026-11-20", "2026-11-21"), "tomorrow": ("2026-11-21", "2026-11-22"),
             "this week": ("2026-11-20", "2026-11-23"), "next week": ("2026-11-23", "2026-11-30"),
             "this weekend": ("2026-11-21", "2026-11-23"), "Saturday": ("2026-11-21", "2026-11-22"),
             "next Friday": ("2026-11-27", "2026-11-28"), "Monday": ("2026-11-23", "2026-11-24")}
    for noun, (start, end) in table.items():
        assert _expected(Span(noun, noun, now, now), now) == (datetime.fromisoformat(start),
                                                               datetime.fromisoformat(end))
    assert open_span(now).args == ("2026-11-20 10:00:00", "2026-11-27 10:00:00")
    assert _expected(Span("", "this afternoon", now, now), now) == (datetime(2026, 11, 20, 12),
                                                                    datetime(2026, 11, 20, 18))


def _gen(seed: int, now: datetime = NOWS[0]) -> Gen:
    return Gen(random.Random(seed), now)


def test_mail_reads_take_the_sender_and_since_as_said() -> None:
    for seed in range(400):
        g = _gen(seed)
        clause = reads.mail_read(g)
        sender, query, since, unread = g.builder.nodes[0].args
        if sender and "@" in sender:
            assert sender in clause.text
        assert not sender.lower().startswith(("the ", "my "))
        assert since in ("", "2026-11-20 00:00:00", "2026-11-20 06:00:00", "2026-11-19 00:00:00"), clause
        assert unread == bool(re.search(r"\b(new|unread)\b", clause.text)), clause


def test_reminder_questions_are_due_before_the_end_of_the_range() -> None:
    for seed in range(300):
        g = _gen(seed)
        clause = reads.reminder_read(g)
        due_before, list_name = g.builder.nodes[0].args
        if due_before:
            assert datetime.strptime(due_before, DATE_FORMAT) > NOWS[0] and due_before.endswith(":00:00"), clause
        if list_name:
            assert list_name.lower() in clause.text.lower() and not due_before


def test_removals_name_events_by_their_words_and_items_by_commas() -> None:
    for seed in range(400):
        g = _gen(seed)
        clause = removals.cancel_event(g)
        query, start, end = g.builder.nodes[0].args
        assert query.lower() in clause.text.lower(), clause
        assert datetime.strptime(start, DATE_FORMAT) < datetime.strptime(end, DATE_FORMAT)
        g = _gen(seed)
        clause = removals.remove_items(g)
        _, content, _ = g.builder.nodes[0].args
        assert all(item in clause.text for item in content.split(", ")), clause


def test_a_move_deletes_on_the_old_day_and_creates_an_hour_at_the_new_time() -> None:
    for seed in range(300):
        g = _gen(seed)
        removals.move_event(g)
        deletion, creation = g.builder.nodes
        start = datetime.strptime(creation.args[1], DATE_FORMAT)
        assert start > NOWS[0] and creation.args[2] == (start + timedelta(hours=1)).strftime(DATE_FORMAT)
        assert creation.args[3:] == ["", [], "", ""] and deletion.args[0].lower() in creation.args[0].lower()


def test_a_reminder_is_ticked_off_by_its_words_without_an_article() -> None:
    for seed in range(300):
        g = _gen(seed)
        clause = removals.complete(g)
        (name,) = g.builder.nodes[0].args
        assert not re.search(r"\bthe (a|an|the|my) ", clause.text.lower()), clause
        assert not name.lower().startswith(("a ", "an ", "the ")), clause


def test_new_contacts_keep_the_name_address_and_number_as_written() -> None:
    for seed in range(300):
        g = _gen(seed)
        clause = contacts.new_contact(g)
        name, email, phone = g.builder.nodes[0].args
        assert name in clause.text and email in clause.text and phone in clause.text and (email or phone)


def test_a_read_passed_on_is_the_message() -> None:
    for seed in range(200):
        g = _gen(seed)
        reads.passed_on(g)
        send = g.builder.nodes[-1]
        carried = send.args[3] if send.tool == "compose_new_email" else send.args[1]
        assert isinstance(carried, Out) and g.builder.nodes[carried.node].tool in ("get_calendar_events",
                                                                                   "get_reminders")


def test_no_tool_never_asks_what_a_section_10_tool_serves() -> None:
    served = re.compile(r"calendar|(any|my) meetings|unread|\b(any|new) e?mails?|emails? from|"
                        r"cancel my (dentist|3pm|yoga|haircut)|reminders (for|due)|take .* off")
    for seed in range(3000):
        text = no_tool.no_tool(_gen(seed)).text
        assert not served.search(text.lower()), text


def test_default_generation_is_unchanged(tmp_path: Path) -> None:
    default, explicit = tmp_path / "default.jsonl", tmp_path / "explicit.jsonl"
    assert main(["--n", "300", "--seed", "20261207", "--out", str(default)]) == 0
    assert main(["--n", "300", "--seed", "20261207", "--reads", "0", "--out", str(explicit)]) == 0
    assert hashlib.sha256(default.read_bytes()).hexdigest() == DEFAULT_300_SHA256
    assert explicit.read_bytes() == default.read_bytes()
    assert not {"read", "removal", "move", "add_contact"} & {line.split('"category": "')[1].split('"')[0]
                                                             for line in default.read_text().splitlines()}


def test_reads_flag_takes_an_optional_share(tmp_path: Path) -> None:
    out = tmp_path / "reads.jsonl"
    assert main(["--n", "200", "--seed", "3", "--reads", "--out", str(out)]) == 0
    assert "get_calendar_events" in out.read_text() or "find_emails" in out.read_text()
    with pytest.raises(SystemExit):
        main(["--n", "5", "--reads", "1.5", "--out", str(out)])
