"""Command line: turn a public TinyAgent layout file into COMPAT section 7 JSONL items.

    python -m training.data.convert testing_data.json runs/data/tinyagent_test.jsonl

so `errand eval` and the training recipes can read the public dataset like any other item file. Entries
without a usable plan are skipped and counted, never silently dropped.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

from training.data.jsonl import write_items
from training.data.tinyagent_layout import LayoutError, read_layout


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m training.data.convert", description=__doc__)
    parser.add_argument("layout", type=Path, help="a TinyAgent dataset file (training_data.json, testing_data.json)")
    parser.add_argument("out", type=Path, help="the JSONL file to write")
    parser.add_argument("--category", default="tinyagent", help="category written on every item")
    args = parser.parse_args(argv)
    if not args.layout.is_file():
        parser.error(f"no such file: {args.layout}")
    try:
        items, skipped = read_layout(args.layout, args.category)
    except LayoutError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    count = write_items(args.out, items)
    print(f"wrote {count} items to {args.out}; skipped {len(skipped)}", file=sys.stderr)
    for reason, n in Counter(s.reason for s in skipped).most_common(5):
        print(f"  skipped {n}: {reason}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
