"""Chat messages in the shape of the TinyAgent planner and joiner prompts (COMPAT section 3), for raw_input.

The runtime's own `tinyagent` prompt profile (agent/prompts) is the one the app uses; this module only fills
the dataset layout's raw_input field for synthetic data, following the same section order.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from tools.catalogue import CATALOGUE

_TOOL_RULES = {
    "get_email_address": "Look up email addresses with get_email_address before emailing people, unless given.",
    "get_phone_number": "Look up phone numbers with get_phone_number before texting, unless given; send one SMS "
                        "to several people.",
    "compose_new_email": "Send emails before join.",
    "send_sms": "Send text messages before join.",
    "get_zoom_meeting_link": "Use get_zoom_meeting_link to create Zoom meetings.",
    "append_note_content": "Append to a note without opening it first.",
    "maps_show_directions": "Show directions without opening the location first.",
}


def planner_messages(query: str, tools: Sequence[str], now: datetime) -> list[dict[str, str]]:
    specs = CATALOGUE.subset(tools)
    lines = [f"Given a user query, create a plan to solve it with the utmost parallelizability. Each plan should "
             f"comprise an action from the following {len(specs) + 1} types:"]
    for number, spec in enumerate(specs, 1):
        lines.append(f"{number}. {spec.signature_line()}")
        lines += [f" - {text}" for text in spec.description]
        lines.append("")
    lines.append(f"{len(specs) + 1}. join(): Collects and combines results from prior actions; always the last action.")
    lines += [
        "",
        "Guidelines:",
        " - Each action is one tool call with literal arguments or $k references to earlier results.",
        " - Never use a tool that is not listed; join is always last.",
        "",
        "Rules:",
        " - Start the plan with 1.",
        f" - Today's date is {now.strftime('%A %Y-%m-%d %H:%M')}.",
        " - Meetings last 60 minutes unless told otherwise.",
        " - Pass every argument by position and fill every argument.",
        " - Dates are YYYY-MM-DD HH:MM:SS.",
        " - Use $ and the step number to use an earlier result.",
        " - End with join() followed by a newline.",
    ]
    lines += [f" - {rule}" for name, rule in _TOOL_RULES.items() if name in tools]
    return [{"role": "system", "content": "\n".join(lines)}, {"role": "user", "content": f"Question: {query}"}]


def joiner_messages(query: str, log: str) -> list[dict[str, str]]:
    system = ("Answer the question from the actions and observations below. Reply with a Thought line, then "
              "either Action: Finish(<answer>) or Action: Replan.")
    return [{"role": "system", "content": system}, {"role": "user", "content": f"Question: {query}\n\n{log}"}]
