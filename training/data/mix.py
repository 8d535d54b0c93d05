"""Command line: `python -m training.data.mix --inp runs/data/train.jsonl --total 45000 --seed 1 --out mix.jsonl`.

A training file rich in long requests. The small planner's commonest mistake on hand-written requests is a
dropped errand in a request with three or more, and such requests are about a quarter of what the generator
writes. The mix keeps every request whose plan has at least `--min-actions` steps that are not lookups (contact
or file), fills up to `--total` with the other requests in file order, and shuffles the result with `--seed`.
"""

from __future__ import annotations

import argparse
import random
import sys
from collections.abc import Sequence
from pathlib import Path

from agent.plans.plan import JOIN, parse_plan
from training.data.jsonl import Item, read_items, write_items

LOOKUPS = frozenset({"get_email_address", "get_phone_number", "open_and_get_file_path"})


def actions(item: Item) -> int:
    """Steps that do something (not a lookup, not `join()`)."""
    return sum(1 for step in parse_plan(item.plan).steps if step.tool not in LOOKUPS and step.tool != JOIN)


def long_mix(items: Sequence[Item], total: int, min_actions: int, seed: int) -> tuple[list[Item], int]:
    """The shuffled mix and how many of its requests are long."""
    long: list[Item] = []
    others: list[Item] = []
    for item in items:
        (long if actions(item) >= min_actions else others).append(item)
    mixed = long[:total] + others[:max(0, total - len(long))]
    random.Random(seed).shuffle(mixed)
    return mixed, min(len(long), total)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m training.data.mix", description=__doc__)
    parser.add_argument("--inp", type=Path, nargs="+", required=True, help="generated JSONL files, read in order")
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--total", type=int, required=True, help="requests in the mix")
    parser.add_argument("--min-actions", type=int, default=3, help="what counts as a long request")
    parser.add_argument("--seed", type=int, default=1, help="shuffle seed")
    args = parser.parse_args(argv)
    items = [item for path in args.inp for item in read_items(path)]
    if args.total < 1 or args.total > len(items):
        parser.error(f"--total must be between 1 and {len(items)}, the requests read")
    mixed, long = long_mix(items, args.total, args.min_actions, args.seed)
    write_items(args.out, mixed)
    print(f"wrote {len(mixed)} requests ({long} long) to {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
