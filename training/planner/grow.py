"""Deepen a trained default planner without changing what it computes, so training can go on with more capacity.

    python -m training.planner.grow --run runs/pl_m7 --out runs/pl_g1 --layers 8

Each new decoder layer is a copy of the layer before it with its attention output and MLP down projections at
zero. A llama layer adds both to the residual stream, so a zeroed layer passes its input through unchanged and
the grown model scores every plan exactly as the original did; training then finds a use for the new layers.
New layers are spread evenly between the old ones (4 -> 8 puts one after each). The tokenizer is copied as is.
"""

from __future__ import annotations

import argparse
import copy
import shutil
from pathlib import Path


def new_layer_positions(old: int, new: int) -> list[bool]:
    """For each layer of the grown stack, whether it is new (True) or the next old layer (False)."""
    if new < old:
        raise ValueError(f"cannot grow {old} layers into {new}")
    added = new - old
    layout: list[bool] = []
    for index in range(old):
        layout.append(False)
        # after old layer `index`, as many new layers as bring the running total to its even share
        while layout.count(True) < (index + 1) * added // old:
            layout.append(True)
    return layout


def grow(run: Path, out: Path, layers: int) -> int:
    """Write the grown model and tokenizer to `out` in the layout training.planner.train reads with --init;
    returns the new parameter count."""
    import torch
    from transformers import LlamaForCausalLM

    model = LlamaForCausalLM.from_pretrained(run / "model")
    old_layers = list(model.model.layers)
    layout = new_layer_positions(len(old_layers), layers)
    grown, source = [], iter(old_layers)
    for is_new in layout:
        if not is_new:
            grown.append(next(source))
            continue
        layer = copy.deepcopy(grown[-1])
        with torch.no_grad():
            layer.self_attn.o_proj.weight.zero_()
            layer.mlp.down_proj.weight.zero_()
        grown.append(layer)
    for index, layer in enumerate(grown):
        layer.self_attn.layer_idx = index
    model.model.layers = torch.nn.ModuleList(grown)
    model.config.num_hidden_layers = layers
    out.mkdir(parents=True, exist_ok=True)
    model.save_pretrained(out / "model")
    shutil.copyfile(run / "tokenizer.json", out / "tokenizer.json")
    return sum(p.numel() for p in model.parameters())


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--run", type=Path, required=True, help="a trained planner run folder")
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--layers", type=int, required=True, help="decoder layers of the grown model")
    args = parser.parse_args(argv)
    params = grow(args.run, args.out, args.layers)
    print(f"{args.out}: {args.layers} layers, {params / 1e6:.2f}M parameters")


if __name__ == "__main__":
    main()
