"""Command line: `python -m training.data.generate --n 100000 --seed 1 --out runs/data/train.jsonl`.

Writes COMPAT section 7 JSONL (or the public TinyAgent layout with `--layout tinyagent`); `--report` prints the
diversity statistics of what was written. `--reads` (share 0.5, or `--reads 0.3`) adds COMPAT section 10's
questions, removals and new contacts; without it the output uses TinyAgent's 16 tools only.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Iterator, Sequence
from pathlib import Path

from training.data.generator import Generated, generate
from training.data.jsonl import Item, write_items
from training.data.report import DiversityReport
from training.data.tinyagent_layout import write_layout

READS_SHARE = 0.5  # about half of spoken requests about calendars, mail, lists and reminders (COMPAT section 10)


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m training.data.generate", description=__doc__)
    parser.add_argument("--n", type=int, required=True, help="number of requests to generate")
    parser.add_argument("--seed", type=int, default=1, help="random seed (same seed, same bytes)")
    parser.add_argument("--out", type=Path, required=True, help="output file")
    parser.add_argument("--layout", choices=("errand", "tinyagent"), default="errand",
                        help="errand: COMPAT section 7 JSONL; tinyagent: the public dataset's JSON layout")
    parser.add_argument("--report", action="store_true", help="print diversity statistics as JSON")
    parser.add_argument("--reads", type=float, nargs="?", const=READS_SHARE, default=0.0, metavar="SHARE",
                        help=f"also generate COMPAT section 10 reads and removals, this share of requests "
                             f"({READS_SHARE} when no share is given)")
    args = parser.parse_args(argv)
    if args.n < 1:
        parser.error("--n must be at least 1")
    if not 0.0 <= args.reads <= 1.0:
        parser.error("--reads must be a share between 0 and 1")
    return args


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    report = DiversityReport()
    started = time.perf_counter()

    def items() -> Iterator[Item]:
        generated: Generated
        for generated in generate(args.n, args.seed, reads=args.reads):
            if args.report:
                report.add(generated)
            yield generated.item

    if args.layout == "errand":
        count = write_items(args.out, items())
    else:
        count = write_layout(args.out, items())
    seconds = time.perf_counter() - started
    print(f"wrote {count} requests to {args.out} in {seconds:.1f} s", file=sys.stderr)
    if args.report:
        print(json.dumps({**report.as_dict(), "seconds": round(seconds, 1)}, indent=2, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
