"""Reproduction recipe (GPU): the TinyAgent ToolRAG classifier, DeBERTa-v3-small fine-tuned as 16-label BCE.

    python -m training.recipes.deberta_toolrag --data training_data.json --base microsoft/deberta-v3-small \
        --out runs/deberta-toolrag [--onnx models/tinyagent-toolrag --int8]

--data is the public dataset in its own layout (COMPAT section 6, read by training.data.tinyagent_layout), or
our JSONL items (*.jsonl). Hyper-parameters follow COMPAT sections 4 and 6: lr 4e-5, 6 epochs, batch 128,
BCEWithLogitsLoss(pos_weight=60). The checkpoint (safetensors + tokenizer, labels named after the tools) is
then converted by training.export.toolrag_onnx when --onnx is given.
"""

from __future__ import annotations

import argparse
import json
import math
import time
from dataclasses import asdict, dataclass
from pathlib import Path

from tools.catalogue import TOOL_NAMES
from training.toolrag.data import label_vector


@dataclass(frozen=True)
class DebertaConfig:
    lr: float = 4e-5
    epochs: float = 6.0
    batch_size: int = 128
    pos_weight: float = 60.0
    max_length: int = 512
    warmup_fraction: float = 0.06
    seed: int = 0


def read_requests(path: Path) -> list[tuple[str, list[str]]]:
    """(query, gold tools) pairs from the public layout or from our JSONL items."""
    if path.suffix == ".jsonl":
        from agent.measure.evaluation import load_items

        return [(item.query, list(item.tools)) for item in load_items(path)]
    from training.data.tinyagent_layout import read_layout

    items, _ = read_layout(path)
    return [(item.query, list(item.tools)) for item in items]


def train(config: DebertaConfig, data: Path, base: str, out: Path, log=print) -> dict:
    import torch
    from transformers import AutoModelForSequenceClassification, AutoTokenizer

    torch.manual_seed(config.seed)
    device = "cuda" if torch.cuda.is_available() else "cpu"
    requests = read_requests(data)
    tokenizer = AutoTokenizer.from_pretrained(base)
    model = AutoModelForSequenceClassification.from_pretrained(
        base, num_labels=len(TOOL_NAMES), problem_type="multi_label_classification",
        id2label=dict(enumerate(TOOL_NAMES)), label2id={name: i for i, name in enumerate(TOOL_NAMES)},
    ).to(device)
    labels = torch.tensor([label_vector(tools) for _, tools in requests])
    loss_fn = torch.nn.BCEWithLogitsLoss(pos_weight=torch.full((len(TOOL_NAMES),), config.pos_weight, device=device))
    optimizer = torch.optim.AdamW(model.parameters(), lr=config.lr, weight_decay=0.01)
    per_epoch = math.ceil(len(requests) / config.batch_size)
    steps = math.ceil(config.epochs * per_epoch)
    warmup = max(1, int(config.warmup_fraction * steps))
    schedule = torch.optim.lr_scheduler.LambdaLR(
        optimizer, lambda s: min((s + 1) / warmup, max(0.0, (steps - s) / max(1, steps - warmup))))
    generator = torch.Generator().manual_seed(config.seed)
    step, started = 0, time.monotonic()
    while step < steps:
        model.train()
        for index in torch.randperm(len(requests), generator=generator).split(config.batch_size):
            batch = tokenizer([requests[i][0] for i in index], padding=True, truncation=True,
                              max_length=config.max_length, return_tensors="pt").to(device)
            loss = loss_fn(model(**batch).logits, labels[index].to(device))
            optimizer.zero_grad()
            loss.backward()
            optimizer.step()
            schedule.step()
            step += 1
            if step % 50 == 0 or step == steps:
                log(f"step {step}/{steps} loss {loss.item():.4f} {time.monotonic() - started:.0f}s")
            if step >= steps:
                break
    out.mkdir(parents=True, exist_ok=True)
    model.save_pretrained(out, safe_serialization=True)
    tokenizer.save_pretrained(out)
    summary = {"config": asdict(config), "base": base, "data": str(data), "requests": len(requests),
               "steps": steps, "final_loss": round(loss.item(), 4), "seconds": round(time.monotonic() - started, 1)}
    (out / "recipe_run.json").write_text(json.dumps(summary, indent=2) + "\n")
    return summary


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, required=True)
    parser.add_argument("--base", default="microsoft/deberta-v3-small", help="hub name or local folder")
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--onnx", type=Path, help="also write the ToolRAG ONNX folder here")
    parser.add_argument("--int8", action="store_true")
    defaults = DebertaConfig()
    for name, value in asdict(defaults).items():
        parser.add_argument("--" + name.replace("_", "-"), type=type(value), default=value)
    args = parser.parse_args(argv)
    train(DebertaConfig(**{name: getattr(args, name) for name in asdict(defaults)}), args.data, args.base, args.out)
    if args.onnx:
        from training.export.toolrag_onnx import export_toolrag

        print(asdict(export_toolrag(args.out, args.onnx, int8=args.int8)))


if __name__ == "__main__":
    main()
