"""The plan grammar is generated from the selected tools, is always valid, and admits only valid plans.

Generation under the grammar with the real llama.cpp is tested in tests/agent/planning/backends/test_llama_grammar.py.
"""

from __future__ import annotations

import re

import pytest

from agent.planning.gbnf import validate_gbnf
from agent.planning.grammar import Continuation, GrammarLimits, plan_grammar
from tools.catalogue import CATALOGUE

SELECTIONS = [
    [],
    ["get_phone_number"],
    ["get_email_address", "compose_new_email"],
    ["create_reminder", "get_zoom_meeting_link", "send_sms"],
    list(CATALOGUE.names),
]


@pytest.mark.parametrize("names", SELECTIONS)
def test_grammar_is_valid_and_finite_for_every_selection(names: list[str]) -> None:
    text = plan_grammar(CATALOGUE.subset(names))
    validate_gbnf(text, finite=True)
    called = set(re.findall(r'"([a-z_]+)\(', text))
    assert called == set(names) | {"join"}


def test_steps_are_enumerated_and_the_last_may_only_join() -> None:
    text = plan_grammar(CATALOGUE.subset(["get_phone_number"]), GrammarLimits(max_steps=3))
    assert re.findall(r'^step-(\d+) ::=', text, re.M) == ["1", "2", "3", "4"]
    assert re.search(r'^step-4 ::= thought\? "4\. " "join\(\)" end$', text, re.M)
    assert 'end ::= "<END_OF_PLAN>"' in text


def test_references_only_point_to_earlier_steps() -> None:
    text = plan_grammar(CATALOGUE.subset(["get_phone_number"]), GrammarLimits(max_steps=4))
    assert "ref-1" not in text
    assert re.search(r'^ref-3 ::= "\\"" char\{0,64\} "\$" \( "1" \| "2" \) after\? "\\""$', text, re.M)
    assert "[^\"\\\\\\x00-\\x1F$<0-9]" in text  # after `$k` comes no digit, so `$1` never turns into `$10`
    assert re.search(r"^str-1 ::= plain$", text, re.M)


def test_argument_shapes_follow_the_declared_types() -> None:
    text = plan_grammar(CATALOGUE.subset(["create_reminder", "send_sms"]), GrammarLimits(max_steps=1))
    assert ('create-reminder-1 ::= "create_reminder(" str-1 ", " str-1 ", " str-1 ", " str-1 ", " int ", " bool ")"'
            in text)
    assert 'send-sms-1 ::= "send_sms(" list-1 ", " str-1 ")"' in text
    assert 'bool ::= "True" | "False"' in text


def test_unused_helper_rules_are_left_out_and_limits_apply() -> None:
    text = plan_grammar(CATALOGUE.subset(["get_phone_number"]),
                        GrammarLimits(max_steps=2, max_string=10, max_thought=0))
    assert "int ::=" not in text and "bool ::=" not in text and "thought" not in text
    assert "char{0,10}" in text


def test_no_tools_means_join_only() -> None:
    assert plan_grammar([]).splitlines()[:2] == ["root ::= step-1", 'step-1 ::= thought? "1. " "join()" end']


def test_limits_are_checked() -> None:
    with pytest.raises(ValueError):
        GrammarLimits(max_string=0)


def test_a_continuation_starts_at_its_step_with_only_the_missing_tools() -> None:
    tools = CATALOGUE.subset(["get_phone_number", "send_sms", "create_reminder"])
    text = plan_grammar(tools, GrammarLimits(max_steps=5), continuation=Continuation(3, ("create_reminder",)))
    validate_gbnf(text, finite=True)
    lines = text.splitlines()
    assert lines[:3] == ["root ::= step-3", 'step-3 ::= thought? "3. " call-3 "\\n" step-4',
                         "call-3 ::= create-reminder-3"]  # no join at step 3
    assert "call-4 ::= get-phone-number-4 | create-reminder-4 | send-sms-4" in lines  # then any tool again
    assert not any(line.startswith(("step-1 ", "step-2 ")) for line in lines)
    assert 'ref-3 ::= "\\"" char{0,64} "$" ( "1" | "2" ) after? "\\""' in lines


@pytest.mark.parametrize("continuation", [Continuation(6, ("send_sms",)), Continuation(0, ("send_sms",)),
                                          Continuation(2, ()), Continuation(2, ("open_note",))])
def test_a_continuation_past_the_limit_or_with_unselected_tools_is_refused(continuation: Continuation) -> None:
    tools = CATALOGUE.subset(["get_phone_number", "send_sms"])
    with pytest.raises(ValueError, match="cannot continue"):
        plan_grammar(tools, GrammarLimits(max_steps=5), continuation=continuation)
