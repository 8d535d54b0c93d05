"""Chat messages for the TinyAgent dataset layout's raw_input (COMPAT section 3).

The planner's system message is the runtime `tinyagent` profile's own (agent.planning.prompts.tinyagent), so a model
trained on this layout sees what the app will show it. The joiner message is a short stand-in: the
synthetic join datapoints have no real observations to judge.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from agent.planning.prompts.profile import PlanRequest
from agent.planning.prompts.tinyagent import system_prompt
from tools.catalogue import CATALOGUE

_JOINER_SYSTEM = ("Answer the question from the actions and observations below. Reply with a Thought line, then "
                  "either Action: Finish(<answer>) or Action: Replan.")


def _question(query: str) -> str:
    return "Question: " + " ".join(query.split())


def planner_messages(query: str, tools: Sequence[str], now: datetime) -> list[dict[str, str]]:
    request = PlanRequest(query, CATALOGUE.subset(tools), now=now)
    return [{"role": "system", "content": system_prompt(request)}, {"role": "user", "content": _question(query)}]


def joiner_messages(query: str, log: str) -> list[dict[str, str]]:
    return [{"role": "system", "content": _JOINER_SYSTEM}, {"role": "user", "content": f"{_question(query)}\n\n{log}"}]
