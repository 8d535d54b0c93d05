"""The project's JSONL item format (COMPAT section 7): id, now, query, plan, tools, category."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import asdict, dataclass
from pathlib import Path

FIELDS = ("id", "now", "query", "plan", "tools", "category")


@dataclass(frozen=True)
class Item:
    id: str
    now: str
    query: str
    plan: str
    tools: list[str]
    category: str


def to_line(item: Item) -> str:
    return json.dumps(asdict(item), ensure_ascii=False)


def write_items(path: Path, items: Iterable[Item]) -> int:
    path.parent.mkdir(parents=True, exist_ok=True)
    count = 0
    with path.open("w", encoding="utf-8") as out:
        for item in items:
            out.write(to_line(item) + "\n")
            count += 1
    return count


def read_items(path: Path) -> Iterator[Item]:
    """Items from a JSONL file; a malformed line raises ValueError naming the file and line."""
    with path.open(encoding="utf-8") as lines:
        for number, line in enumerate(lines, 1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
                yield Item(**{key: record[key] for key in FIELDS})
            except (json.JSONDecodeError, KeyError, TypeError) as exc:
                raise ValueError(f"{path}:{number}: not a COMPAT section 7 item ({exc})") from None
