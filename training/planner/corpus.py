"""Planner training texts: the compact prompt the runtime renders, then the gold plan.

The tool list in the prompt imitates what ToolRAG hands the planner at run time: the gold tools plus a few
distractors, sometimes every tool (ToolRAG's fallback when nothing passes its threshold), always in catalogue
order. The model must learn to use only what the request needs. Random distractors are easier than ToolRAG's
own mistakes (it confuses reply with forward, notes with reminders), so an item may also carry the tools a
real ToolRAG selected for it (`training.planner.selections`); those are offered, with the gold tools added.

The request is masked by the same `mask_request` the compact profile applies at run time (numbered in a
random order here), and each masked value inside the gold plan's strings becomes its placeholder, so the
model learns to copy `<n4>`, not "Sunniva".
"""

from __future__ import annotations

import random
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace

from agent.measure.evaluation import EvalItem as Item
from agent.planning.prompts.compact import render_compact_prompt
from agent.plans.plan import END_OF_PLAN, parse_plan
from agent.understanding.placeholders import mask_request, mask_values
from tools.catalogue import TOOL_NAMES

ALL_TOOLS_FRACTION = 0.05
NO_TOOL_ALL_TOOLS_FRACTION = 0.5  # a request no tool serves usually selects nothing: every tool is offered
MAX_DISTRACTORS = 6  # the shipped ToolRAG adds about 3.5 tools to the gold ones on dev


@dataclass(frozen=True)
class Example:
    prompt: str
    plan: str  # ends with END_OF_PLAN


def prompt_tools(gold: Sequence[str], rng: random.Random) -> list[str]:
    if rng.random() < (ALL_TOOLS_FRACTION if gold else NO_TOOL_ALL_TOOLS_FRACTION):
        return list(TOOL_NAMES)
    others = [name for name in TOOL_NAMES if name not in gold]
    chosen = set(gold) | set(rng.sample(others, rng.randint(0, min(MAX_DISTRACTORS, len(others)))))
    return [name for name in TOOL_NAMES if name in chosen]


def to_example(item: Item, rng: random.Random, selected: Sequence[str] | None = None) -> Example:
    """`selected`: the tools a ToolRAG chose for this request (the gold ones are added); None draws them."""
    masked = mask_request(item.query, rng)  # random numbering: the model must copy, not count
    plan = masked_plan(item.plan, masked.values)
    if selected is None:
        tools = prompt_tools(item.tools, rng)
    else:
        tools = [name for name in TOOL_NAMES if name in set(selected) | set(item.tools)]
    return Example(render_compact_prompt(masked.text, tools, item.now), plan)


def masked_plan(plan_text: str, values: dict[str, str]) -> str:
    """The gold plan with `values` (placeholder -> original) masked in its arguments, ending in END_OF_PLAN."""
    plan = parse_plan(plan_text)
    if values and not plan.problems:
        steps = tuple(replace(step, args=mask_values(step.args, values)) for step in plan.steps)
        return replace(plan, steps=steps).render()
    text = plan_text.strip()
    return text if text.endswith(END_OF_PLAN) else text + END_OF_PLAN


def build_examples(items: Sequence[Item], seed: int, selections: Mapping[str, Sequence[str]] | None = None,
                   selected_fraction: float = 1.0) -> list[Example]:
    """One example per item; an item with a ToolRAG selection (by id) uses it with `selected_fraction`."""
    rng = random.Random(seed)
    examples = []
    for item in items:
        chosen = (selections or {}).get(item.id)
        use = chosen is not None and rng.random() < selected_fraction
        examples.append(to_example(item, rng, chosen if use else None))
    return examples
