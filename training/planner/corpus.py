"""Planner training texts: the compact prompt the runtime renders, then the gold plan.

The tool list in the prompt imitates what ToolRAG hands the planner at run time: the gold tools plus a few
distractors, sometimes every tool (ToolRAG's fallback when nothing passes its threshold), always in catalogue
order. The model must learn to use only what the request needs.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass

from agent.plan import END_OF_PLAN
from agent.prompts.compact import render_compact_prompt
from tools.catalogue import TOOL_NAMES
from agent.evaluation import EvalItem as Item

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


def to_example(item: Item, rng: random.Random) -> Example:
    plan = item.plan.strip()
    if not plan.endswith(END_OF_PLAN):
        plan += END_OF_PLAN
    return Example(render_compact_prompt(item.query, prompt_tools(item.tools, rng), item.now), plan)


def build_examples(items: Sequence[Item], seed: int) -> list[Example]:
    rng = random.Random(seed)
    return [to_example(item, rng) for item in items]
