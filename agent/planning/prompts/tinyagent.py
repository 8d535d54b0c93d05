"""The TinyAgent prompts (COMPAT section 3): the structure the released TinyAgent models were trained on, in
Errand's own wording.

KV-cache reuse, honestly: the format fixes the order of the system message, and per-request content comes
early in it. The intro sentence names the number of action types (it changes with the selection), the tool
list is the selection, and today's date sits in the rules. So consecutive requests share the template head and
the intro up to that number; requests with the same selection share everything up to the date line (intro,
tool descriptions, join, guidelines, the first rule); within the same minute they share the rules too, and the
examples and the query come last. The llama.cpp backend reuses whatever common token prefix there is.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from agent.planning.prompts.profile import Observations, PlanRequest, previous_attempt
from agent.planning.prompts.templates import InstructionTemplate, PromptTemplate
from agent.plans.plan import END_OF_PLAN, Plan
from agent.toolrag.base import Example
from tools.catalogue import TINYAGENT_TOOL_NAMES

END_OF_RESPONSE = "<END_OF_RESPONSE>"

_JOIN_DESCRIPTION = (
    "Collects the results of the actions before it and ends the plan.",
    "join() is always the last action of a plan and appears exactly once.",
)
_GUIDELINES = (
    "Each action above is one call to one tool; write exactly one action per line.",
    "Every argument is a Python literal (a string, number, boolean or list) or a reference `$k` to the "
    "output of an earlier action k.",
    "Never use a tool that is not listed above.",
    "join() is always the last action.",
)
# (rule, tools that make it relevant): a rule is included only when one of its tools is in the prompt.
_TOOL_RULES: tuple[tuple[str, frozenset[str]], ...] = (
    ("Before emailing, cc'ing or inviting a person named in the query, look up their address with "
     "get_email_address, unless the query gives the address.", frozenset({"get_email_address"})),
    ("Before texting a person named in the query, look up their number with get_phone_number, unless the "
     "query gives the number.", frozenset({"get_phone_number"})),
    ("Send one SMS to several people with a single send_sms call.", frozenset({"send_sms"})),
    ("Send every email and SMS before join().",
     frozenset({"compose_new_email", "reply_to_email", "forward_email", "send_sms"})),
    ("Create Zoom meetings with get_zoom_meeting_link.", frozenset({"get_zoom_meeting_link"})),
    ("To add text to a note, call append_note_content directly, without opening the note first.",
     frozenset({"append_note_content"})),
    ("To show directions, call maps_show_directions directly, without opening the location first.",
     frozenset({"maps_show_directions"})),
)


def system_prompt(request: PlanRequest) -> str:
    tools = list(request.tools)
    parts = [
        "Create a plan that answers the user's query with as many actions as possible running in parallel. "
        f"Each plan consists of actions of the following {len(tools) + 1} types:",
        "",
    ]
    for number, spec in enumerate(tools, start=1):
        parts += [f"{number}. {spec.signature_line()}", *(f" - {line}" for line in spec.description), ""]
    parts += [f"{len(tools) + 1}. join()", *(f" - {line}" for line in _JOIN_DESCRIPTION), ""]
    parts += ["Guidelines:", *(f" - {line}" for line in _GUIDELINES), ""]
    parts += ["Rules:", *(f" - {line}" for line in _rules(request)), ""]
    examples = _examples(request.examples)
    if examples:
        parts += ["Here are some examples:", "", examples]
    return "\n".join(parts).rstrip("\n")


def _rules(request: PlanRequest) -> list[str]:
    selected = set(request.tool_names)
    rules = [
        "Start the plan with `1.`.",
        f"Today is {request.now.strftime('%A %Y-%m-%d %H:%M')}.",
        "A meeting lasts 60 minutes unless the query says otherwise.",
        "Pass every argument by position; never use named arguments.",
        "End the plan with join() followed by a new line.",
        "Fill in every argument, even optional ones (use \"\" or [] when there is nothing to put).",
        "Write dates as YYYY-MM-DD HH:MM:SS.",
        "To use the result of an earlier action, write `$` and its number, for example \"$1\".",
        "Call join() only once, at the very end of the plan.",
    ]
    rules += [rule for rule, tools in _TOOL_RULES if tools & selected]
    custom = " ".join(request.custom_instructions.split())
    if custom:
        rules.append(custom)
    return rules


def _examples(examples: Sequence[Example]) -> str:
    blocks = []
    for example in examples:
        plan = example.plan.strip()
        if not plan.endswith(END_OF_PLAN):
            plan += END_OF_PLAN
        blocks.append(f"Question: {' '.join(example.query.split())}\n{plan}\n###")
    return "\n".join(blocks)


_REPLAN_RULES = (
    "The previous plan below was carried out; each action is followed by its observation.",
    "Write a new plan, numbered from 1, that does what is still missing or failed.",
    "Do not repeat actions that already succeeded; where you need one of their results, write it as a literal.",
    "An observation that ends with \"You MUST correct this error and try again!\" shows what to fix.",
)

_JOIN_SYSTEM = "\n".join([
    "Decide whether the user's query has been answered by the actions that were carried out.",
    "You are given the query, then each action with its observation.",
    "Answer in exactly this form:",
    "Thought: <one or two sentences about the observations>",
    "Action: Finish(<the answer for the user>) if the observations answer the query or the task is done,",
    "or Action: Replan if an error must be fixed by a new plan.",
    "Ignore observations that do not matter for the query; never invent facts the observations do not give.",
])


@dataclass(frozen=True)
class TinyAgentProfile:
    """COMPAT section 3 prompts, rendered with `template` (the `### Instruction` format by default)."""

    name: str = "tinyagent"
    template: PromptTemplate = InstructionTemplate()
    stop: tuple[str, ...] = (END_OF_PLAN,)
    join_stop: tuple[str, ...] = (END_OF_RESPONSE,)
    masks_values: bool = False
    tools: tuple[str, ...] = TINYAGENT_TOOL_NAMES  # the released models know exactly these (COMPAT section 1)

    def plan_prompt(self, request: PlanRequest) -> str:
        return self.template.render(system_prompt(request), _question(request.query))

    def replan_prompt(self, request: PlanRequest, previous: Plan, observations: Observations) -> str:
        system = system_prompt(request) + "\n\nReplanning:\n" + "\n".join(f" - {r}" for r in _REPLAN_RULES)
        user = (f"{_question(request.query)}\n\nPrevious plan:\n{previous_attempt(previous, observations)}\n\n"
                "Write the new plan.")
        return self.template.render(system, user)

    def join_prompt(self, query: str, log: str) -> str | None:
        return self.template.render(_JOIN_SYSTEM, f"{_question(query)}\n\n{log.strip()}")


def _question(query: str) -> str:
    return f"Question: {' '.join(query.split())}"
