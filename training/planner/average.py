"""Average the weights of planner checkpoints of one training line (a "model soup").

    python -m training.planner.average --runs runs/pl_m12 runs/pl_m14 --out runs/pl_s14

Successive stages continue from each other at a low learning rate, so their weights stay close, and the
average of two of them often scores better than either: each stage's last few hundred steps fit its own data
slice, and averaging cancels some of that. Checkpoints must share the architecture and the tokenizer; the
output is a run folder that training.planner.export and `--init` read like any other.
"""

from __future__ import annotations

import argparse
import json
import shutil
from collections.abc import Sequence
from pathlib import Path


class IncompatibleRuns(ValueError):
    """The checkpoints cannot be averaged: different tokenizers, shapes or architectures."""


def average(runs: Sequence[Path], out: Path) -> None:
    """Write the mean of the runs' weights, with the first run's config and tokenizer, to `out`."""
    import torch
    from transformers import LlamaForCausalLM

    if len(runs) < 2:
        raise IncompatibleRuns("averaging needs at least two runs")
    tokenizers = {(run / "tokenizer.json").read_bytes() for run in runs}
    if len(tokenizers) != 1:
        raise IncompatibleRuns("the runs have different tokenizers")
    models = [LlamaForCausalLM.from_pretrained(run / "model") for run in runs]
    states = [model.state_dict() for model in models]
    first = states[0]
    for run, state in zip(runs[1:], states[1:], strict=True):
        if state.keys() != first.keys() or any(state[k].shape != first[k].shape for k in first):
            raise IncompatibleRuns(f"{run} does not have the architecture of {runs[0]}")
    mean = {key: (sum(state[key].double() for state in states) / len(states)).to(first[key].dtype) for key in first}
    with torch.no_grad():
        models[0].load_state_dict(mean)
    out.mkdir(parents=True, exist_ok=True)
    models[0].save_pretrained(out / "model")
    shutil.copyfile(runs[0] / "tokenizer.json", out / "tokenizer.json")
    (out / "average.json").write_text(json.dumps({"runs": [str(run) for run in runs]}, indent=1) + "\n")


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=Path, nargs="+", required=True, help="planner run folders to average")
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args(argv)
    try:
        average(args.runs, args.out)
    except IncompatibleRuns as exc:
        parser.error(str(exc))
    print(f"{args.out}: the mean of {len(args.runs)} runs")


if __name__ == "__main__":
    main()
