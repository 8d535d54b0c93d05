"""The TinyAgent profile renders COMPAT section 3: structure, rules, examples, template, replan and join."""

from __future__ import annotations

import os
import re
from datetime import datetime

from agent.planning.prompts import PlanRequest, get_profile
from agent.plans.plan import END_OF_PLAN, parse_plan
from agent.toolrag.base import Example
from tools.catalogue import CATALOGUE

NOW = datetime(2026, 11, 20, 10, 5)
EXAMPLE = Example("Message Bob that the slides are ready",
                  '1. get_phone_number("Bob")\n2. send_sms(["$1"], "The slides are ready")\n3. join()',
                  ("get_phone_number", "send_sms"))


def request(names, query="Text Ann that I am late", now=NOW, examples=(), custom="") -> PlanRequest:
    return PlanRequest(query, CATALOGUE.subset(names), list(examples), now, custom)


def system_part(prompt: str) -> str:
    assert prompt.startswith("### Instruction:\n")
    return prompt[len("### Instruction:\n"): prompt.index("\n\n### Input:\n")]


def test_template_and_user_message() -> None:
    prompt = get_profile("tinyagent").plan_prompt(request(["send_sms"], query="  Text   Ann\n now "))
    assert prompt.endswith("\n\n### Input:\nQuestion: Text Ann now\n\n### Response:\n")


def test_tools_are_numbered_in_canonical_order_and_numbers_close_up() -> None:
    system = system_part(get_profile("tinyagent").plan_prompt(request(["send_sms", "get_phone_number"])))
    first = system.splitlines()[0]
    assert first.startswith("Create a plan") and first.endswith("of the following 3 types:")
    assert re.findall(r"^(\d+)\. (\w+)\(", system, re.M) == [
        ("1", "get_phone_number"), ("2", "send_sms"), ("3", "join")]
    sms = CATALOGUE["send_sms"]
    block = "\n".join([f"2. {sms.signature_line()}", *(f" - {d}" for d in sms.description), "", "3. join()"])
    assert block in system
    assert "create_calendar_event" not in system


def test_tools_given_out_of_order_are_numbered_canonically() -> None:
    specs = list(reversed(CATALOGUE.subset(["get_phone_number", "send_sms", "create_note"])))
    system = system_part(get_profile("tinyagent").plan_prompt(PlanRequest("q", specs, [], NOW)))
    assert [name for _, name in re.findall(r"^(\d+)\. (\w+)\(", system, re.M)] == [
        "get_phone_number", "create_note", "send_sms", "join"]


def test_sections_come_in_order() -> None:
    system = system_part(get_profile("tinyagent").plan_prompt(request(["send_sms"], examples=[EXAMPLE])))
    marks = [system.index(m) for m in ("1. send_sms(", "2. join()", "Guidelines:", "Rules:",
                                        "Here are some examples:")]
    assert marks == sorted(marks)
    rules = system[system.index("Rules:"): system.index("Here are some examples:")]
    assert rules.splitlines()[1:3] == [" - Start the plan with `1.`.", " - Today is Friday 2026-11-20 10:05."]


def test_date_is_computed_per_request() -> None:
    profile = get_profile("tinyagent")
    monday = profile.plan_prompt(request(["send_sms"], now=datetime(2026, 11, 23, 8, 30)))
    assert "Today is Monday 2026-11-23 08:30." in monday
    assert "Today is Friday 2026-11-20 10:05." in profile.plan_prompt(request(["send_sms"]))


def test_tool_specific_rules_follow_the_selection() -> None:
    profile = get_profile("tinyagent")
    texting = profile.plan_prompt(request(["get_phone_number", "send_sms"]))
    notes = profile.plan_prompt(request(["append_note_content", "maps_show_directions"]))
    assert "get_phone_number, unless the query gives the number" in texting
    assert "single send_sms call" in texting and "Send every email and SMS before join()" in texting
    assert "get_email_address" not in texting and "append_note_content directly" not in texting
    assert "append_note_content directly" in notes and "maps_show_directions directly" in notes
    assert "SMS" not in notes and "Zoom" not in notes
    zoom = profile.plan_prompt(request(["get_email_address", "get_zoom_meeting_link"]))
    assert "get_zoom_meeting_link." in zoom and "look up their address with get_email_address" in zoom


def test_custom_instruction_is_the_last_rule() -> None:
    system = system_part(get_profile("tinyagent").plan_prompt(
        request(["send_sms"], custom="Always sign texts\nwith  'J'.")))
    assert system.splitlines()[-1] == " - Always sign texts with 'J'."


def test_examples_are_questions_with_plans_ending_in_the_stop_and_a_separator() -> None:
    second = Example("Where is the station?", "1. maps_open_location(\"station\")\n2. join()" + END_OF_PLAN,
                     ("maps_open_location",))
    system = system_part(get_profile("tinyagent").plan_prompt(request(["send_sms"], examples=[EXAMPLE, second])))
    tail = system[system.index("Here are some examples:"):]
    assert tail == (
        "Here are some examples:\n\n"
        "Question: Message Bob that the slides are ready\n"
        '1. get_phone_number("Bob")\n2. send_sms(["$1"], "The slides are ready")\n3. join()<END_OF_PLAN>\n###\n'
        "Question: Where is the station?\n"
        '1. maps_open_location("station")\n2. join()<END_OF_PLAN>\n###'
    )
    assert "Here are some examples" not in get_profile("tinyagent").plan_prompt(request(["send_sms"]))


def test_shared_part_comes_first_for_kv_cache_reuse() -> None:
    profile = get_profile("tinyagent")
    a = profile.plan_prompt(request(["get_phone_number", "send_sms"], "Text Ann", NOW, [EXAMPLE]))
    b = profile.plan_prompt(request(["get_phone_number", "send_sms"], "Call Bob", datetime(2026, 11, 21, 9, 0)))
    shared = os.path.commonprefix([a, b])
    assert shared.endswith(" - Today is ")
    assert "Guidelines:" in shared and CATALOGUE["send_sms"].signature_line() in shared
    same_minute = profile.plan_prompt(request(["get_phone_number", "send_sms"], "Call Bob", NOW, [EXAMPLE]))
    assert os.path.commonprefix([a, same_minute]).endswith("### Input:\nQuestion: ")


def test_replan_prompt_shows_the_previous_plan_with_observations() -> None:
    profile = get_profile("tinyagent")
    previous = parse_plan('Thought: look her up\n1. get_phone_number("Ann")\n2. send_sms(["$1"], "late")\n3. join()')
    error = "Error: no contact named Ann. You MUST correct this error and try again!"
    prompt = profile.replan_prompt(request(["get_phone_number", "send_sms"]), previous, {1: error})
    assert "Replanning:" in system_part(prompt)
    user = prompt[prompt.index("### Input:\n"):]
    assert ('Previous plan:\nThought: look her up\n1. get_phone_number("Ann")\nObservation: ' + error
            + '\n2. send_sms(["$1"], "late")\n\nWrite the new plan.') in user
    log = '1. get_phone_number("Ann")\nObservation: x\n2. send_sms(["$1"], "late")\nObservation: y'
    from_log = profile.replan_prompt(request(["send_sms"]), previous, log)
    assert from_log.count('1. get_phone_number("Ann")') == 1 and "Observation: y" in from_log
    problems = profile.replan_prompt(request(["send_sms"]), previous, "Observation: step 2 is wrong")
    assert '2. send_sms(["$1"], "late")\nObservation: step 2 is wrong' in problems


def test_join_prompt_reads_the_query_and_the_log() -> None:
    profile = get_profile("tinyagent")
    prompt = profile.join_prompt("What is Ann's number?", '1. get_phone_number("Ann")\nObservation: +1 555 0101')
    assert prompt is not None and prompt.startswith("### Instruction:\n")
    assert "Action: Finish(" in prompt and "Action: Replan" in prompt
    assert prompt.endswith('### Input:\nQuestion: What is Ann\'s number?\n\n1. get_phone_number("Ann")\n'
                           "Observation: +1 555 0101\n\n### Response:\n")
    assert profile.stop == (END_OF_PLAN,) and profile.name == "tinyagent"
