"""The compact prompt of Errand's own small default planner.

Training renders its examples with this same function, so the model sees at run time exactly what it was
trained on. The tool list replaces long descriptions: the small model learned the tools from data.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

COMPACT_PROFILE = "errand-compact"


def render_compact_prompt(query: str, tools: Sequence[str], now: datetime) -> str:
    """`Tools: a, b\\nNow: Friday 2026-11-20 10:00\\nQuestion: ...\\nPlan:\\n` (plan text follows)."""
    question = " ".join(query.split())
    return (
        f"Tools: {', '.join(tools) if tools else 'none'}\n"
        f"Now: {now.strftime('%A %Y-%m-%d %H:%M')}\n"
        f"Question: {question}\n"
        "Plan:\n"
    )


def render_compact_replan_prompt(query: str, tools: Sequence[str], now: datetime, previous: str) -> str:
    """The plan prompt with the previous attempt (steps and `Observation:` lines) inserted before `Plan:`."""
    head = render_compact_prompt(query, tools, now).removesuffix("Plan:\n")
    return f"{head}Previous:\n{previous.strip()}\nPlan:\n"
