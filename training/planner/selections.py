"""Record which tools a ToolRAG model selects for each training request, for the planner's corpus.

    python -m training.planner.selections --toolrag models/default/toolrag --data train.jsonl --out sel.jsonl

Writes one `{"id": ..., "tools": [...]}` line per item: exactly what the runtime would offer the planner,
fallback to every tool included. `training.planner.train --selections sel.jsonl` then trains on those lists.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Iterable
from pathlib import Path

from agent.measure.evaluation import EvalItem, load_items
from agent.toolrag.loader import load_toolrag
from tools.catalogue import TOOL_NAMES


def selections(toolrag_dir: Path, items: Iterable[EvalItem], threads: int = 2) -> Iterable[tuple[str, tuple[str, ...]]]:
    selector, _ = load_toolrag(toolrag_dir, threads=threads)
    for item in items:
        yield item.id, selector.select(item.query, TOOL_NAMES).tools


def read_selections(path: Path) -> dict[str, list[str]]:
    """id -> selected tools, from a file this module wrote."""
    result = {}
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if line.strip():
            row = json.loads(line)
            unknown = set(row["tools"]) - set(TOOL_NAMES)
            if unknown:
                raise ValueError(f"{path}:{number}: unknown tools {sorted(unknown)}")
            result[str(row["id"])] = list(row["tools"])
    return result


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--toolrag", type=Path, required=True)
    parser.add_argument("--data", type=Path, required=True)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--threads", type=int, default=2)
    args = parser.parse_args(argv)
    with args.out.open("w", encoding="utf-8") as out:
        for item_id, tools in selections(args.toolrag, load_items(args.data), args.threads):
            out.write(json.dumps({"id": item_id, "tools": list(tools)}) + "\n")


if __name__ == "__main__":
    main()
