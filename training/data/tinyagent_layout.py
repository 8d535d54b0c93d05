"""The public TinyAgent dataset layout (COMPAT section 6): writer, and a reader that yields our JSONL items.

A file is one JSON object: id -> {input, output: [datapoint, ...]}; a datapoint has type, raw_input (a Python
literal of the chat messages), raw_output, parsed_output, id and index. The reader is how the GPU reproduction
recipes read the real dataset.
"""

from __future__ import annotations

import ast
import json
import random
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from agent.plans.plan import END_OF_PLAN, JOIN, parse_plan
from tools.catalogue import TOOL_NAMES
from training.data.dates import DATE_FORMAT
from training.data.jsonl import Item
from training.data.tinyagent_prompt import joiner_messages, planner_messages

_NOW = re.compile(r"(\d{4}-\d{2}-\d{2}) (\d{2}:\d{2})(?::(\d{2}))?")
_DONE = {
    "create_calendar_event": "Created the calendar event.", "get_phone_number": "Found the phone number.",
    "get_email_address": "Found the email address.", "open_and_get_file_path": "Opened the file.",
    "summarize_pdf": "Summarised the PDF.", "compose_new_email": "Sent the email.",
    "reply_to_email": "Sent the reply.", "forward_email": "Forwarded the email.",
    "maps_open_location": "Showed the place on the map.", "maps_show_directions": "Showed the directions.",
    "create_note": "Created the note.", "open_note": "Opened the note.", "append_note_content": "Updated the note.",
    "create_reminder": "Created the reminder.", "send_sms": "Sent the text message.",
    "get_zoom_meeting_link": "Created the Zoom meeting.",
}


class LayoutError(ValueError):
    """A file that is not in the TinyAgent dataset layout."""


def prompt_tools(item: Item) -> list[str]:
    """The gold tools plus up to three others, as an imperfect ToolRAG would select (seeded by the item id)."""
    rng = random.Random(item.id)
    others = [name for name in TOOL_NAMES if name not in item.tools]
    chosen = set(item.tools) | set(rng.sample(others, rng.randint(0, min(3, len(others)))))
    return [name for name in TOOL_NAMES if name in chosen]


def plan_datapoint(item: Item, key: str) -> dict[str, Any]:
    plan = parse_plan(item.plan)
    now = datetime.strptime(item.now, DATE_FORMAT)
    return {
        "type": "plan",
        "raw_input": repr(planner_messages(item.query, prompt_tools(item), now)),
        "raw_output": item.plan,
        "parsed_output": [{"tool_name": s.tool, "tool_args": list(s.args)} for s in plan.steps],
        "id": key,
        "index": 0,
    }


def join_datapoint(item: Item, key: str) -> dict[str, Any]:
    """The joiner's turn: the plan's steps with their outcomes, answered with Finish."""
    steps = [s for s in parse_plan(item.plan).steps if s.tool != JOIN]
    log = "\n".join(f"{s.render()}\nObservation: {_DONE[s.tool]}" for s in steps)
    message = " ".join(dict.fromkeys(_DONE[s.tool] for s in steps)) or "No tool can do this; answer directly."
    thought = "All the steps finished." if steps else "The request needs no tools."
    return {
        "type": "join",
        "raw_input": repr(joiner_messages(item.query, log)),
        "raw_output": f"Thought: {thought}\nAction: Finish({message})",
        "parsed_output": {"thought": thought, "action": "Finish", "message": message},
        "id": key,
        "index": 1,
    }


def write_layout(path: Path, items: Iterable[Item]) -> int:
    """Stream items into one JSON object without holding the whole set in memory."""
    path.parent.mkdir(parents=True, exist_ok=True)
    count = 0
    with path.open("w", encoding="utf-8") as out:
        out.write("{")
        for item in items:
            record = {"input": item.query, "output": [plan_datapoint(item, item.id), join_datapoint(item, item.id)]}
            entry = json.dumps(item.id) + ": " + json.dumps(record, ensure_ascii=False)
            out.write(("," if count else "") + "\n" + entry)
            count += 1
        out.write("\n}\n")
    return count


@dataclass(frozen=True)
class Skipped:
    id: str
    reason: str


def read_layout(path: Path, category: str = "tinyagent") -> tuple[list[Item], list[Skipped]]:
    """Items from a layout file; entries without a usable plan datapoint are returned as Skipped with why."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        raise LayoutError(f"{path}: not JSON ({exc})") from None
    if not isinstance(data, dict):
        raise LayoutError(f"{path}: expected an object of id -> {{input, output}}")
    items: list[Item] = []
    skipped: list[Skipped] = []
    for key, record in data.items():
        try:
            items.append(_item(str(key), record, category))
        except LayoutError as exc:
            skipped.append(Skipped(str(key), str(exc)))
    return items, skipped


def iter_plan_inputs(path: Path) -> Iterator[tuple[str, list[dict[str, str]]]]:
    """(id, chat messages) of every plan datapoint, for recipes that train on the original prompts."""
    data = json.loads(path.read_text(encoding="utf-8"))
    for key, record in data.items():
        for point in record.get("output", []):
            if point.get("type") == "plan":
                yield str(key), ast.literal_eval(point["raw_input"])


def _item(key: str, record: Any, category: str) -> Item:
    if not isinstance(record, dict) or "input" not in record:
        raise LayoutError("no input")
    point = next((p for p in record.get("output", []) if isinstance(p, dict) and p.get("type") == "plan"), None)
    if point is None:
        raise LayoutError("no plan datapoint")
    plan_text = str(point.get("raw_output", "")).strip()
    if not plan_text.endswith(END_OF_PLAN):
        plan_text += END_OF_PLAN
    plan = parse_plan(plan_text)
    if plan.problems or not plan.steps:
        raise LayoutError(f"plan does not parse: {'; '.join(p.message for p in plan.problems) or 'no steps'}")
    return Item(key, _now(point.get("raw_input", "")), str(record["input"]), plan_text,
                sorted(set(plan.tools)), category)


def _now(raw_input: str) -> str:
    try:
        messages = ast.literal_eval(raw_input)
    except (ValueError, SyntaxError):
        raise LayoutError("raw_input is not a Python literal") from None
    text = "\n".join(str(m.get("content", "")) for m in messages if isinstance(m, dict))
    found = _NOW.search(text)
    if not found:
        raise LayoutError("no date in the prompt")
    return f"{found.group(1)} {found.group(2)}:{found.group(3) or '00'}"
