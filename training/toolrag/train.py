"""Train the default ToolRAG classifier on synthetic items and save it as a torch checkpoint.

    python -m training.toolrag.train --train train.jsonl --heldout heldout.jsonl --out runs/toolrag \
        [--mode finetune|frozen] [--epochs 2] [--seed 0]

`frozen` keeps MiniLM fixed and trains only the head on cached embeddings (fast); `finetune` trains the
encoder too. The threshold is tuned on the held-out split (never on evaluation data) and saved with the model.
"""

from __future__ import annotations

import argparse
import json
import math
import random
import time
from dataclasses import asdict, dataclass
from pathlib import Path

import numpy as np
import torch

from agent.measure.evaluation import load_items as read_items
from tools.catalogue import TOOL_NAMES
from training.toolrag.data import examples, label_vector
from training.toolrag.model import ToolRAGNet, file_sha256, load_minilm, minilm_dir

MAX_LENGTH = 128


@dataclass(frozen=True)
class TrainConfig:
    mode: str = "finetune"
    epochs: float = 2.0
    batch_size: int = 32
    encoder_lr: float = 5e-5
    head_lr: float = 1e-3
    pos_weight: float = 30.0
    joined_fraction: float = 0.3
    target_recall: float = 0.99
    seed: int = 0
    threads: int = 2


def encode(tokenizer, texts: list[str]) -> tuple[torch.Tensor, torch.Tensor]:
    tokenizer.enable_truncation(MAX_LENGTH)
    tokenizer.enable_padding(pad_id=0, pad_token="[PAD]")
    batch = tokenizer.encode_batch(texts)
    ids = torch.tensor([e.ids for e in batch], dtype=torch.long)
    mask = torch.tensor([e.attention_mask for e in batch], dtype=torch.long)
    return ids, mask


def predict(net: ToolRAGNet, tokenizer, texts: list[str], batch_size: int = 64) -> tuple[np.ndarray, np.ndarray]:
    """Sigmoid probabilities [n, 16] and normalised embeddings [n, d]."""
    net.eval()
    probs, embeds = [], []
    with torch.no_grad():
        for start in range(0, len(texts), batch_size):
            ids, mask = encode(tokenizer, texts[start:start + batch_size])
            logits, embedding = net(ids, mask)
            probs.append(torch.sigmoid(logits).numpy())
            embeds.append(embedding.numpy())
    return np.concatenate(probs), np.concatenate(embeds)


def tune_threshold(probs: np.ndarray, labels: np.ndarray, target_recall: float) -> dict[str, float]:
    """The highest threshold whose per-query recall reaches the target (fewest tools for that recall)."""
    best = None
    for threshold in np.round(np.arange(0.02, 0.99, 0.01), 2):
        selected = probs > threshold
        recall = float(np.mean(np.all(selected >= labels.astype(bool), axis=1)))
        if recall >= target_recall or best is None:
            best = {"threshold": float(threshold), "recall": recall, "mean_selected": float(selected.sum(1).mean())}
    assert best is not None
    return best


def _batches(n: int, batch_size: int, rng: np.random.Generator):
    order = rng.permutation(n)
    for start in range(0, n, batch_size):
        yield order[start:start + batch_size]


def train(config: TrainConfig, train_path: Path, heldout_path: Path, log=print,
          init: Path | None = None) -> tuple[ToolRAGNet, object, dict]:
    """Train from the MiniLM weights, or continue from `init` (a previous run folder's toolrag.pt)."""
    torch.manual_seed(config.seed)
    random.seed(config.seed)
    torch.set_num_threads(config.threads)
    rng = np.random.default_rng(config.seed)
    encoder, tokenizer = load_minilm()
    net = ToolRAGNet(encoder, len(TOOL_NAMES))
    if init is not None:
        net.load_state_dict(torch.load(init / "toolrag.pt", weights_only=True))
    texts, labels = examples(read_items(train_path), config.joined_fraction, config.seed)
    loss_fn = torch.nn.BCEWithLogitsLoss(pos_weight=torch.full((len(TOOL_NAMES),), config.pos_weight))
    steps = math.ceil(config.epochs * len(texts) / config.batch_size)
    started = time.monotonic()
    if config.mode == "frozen":
        net.encoder.requires_grad_(False)
        pooled = _cached_pooled(net, tokenizer, texts)
        optimizer = torch.optim.AdamW(net.head.parameters(), lr=config.head_lr, weight_decay=0.01)
    elif config.mode == "finetune":
        optimizer = torch.optim.AdamW([
            {"params": net.encoder.parameters(), "lr": config.encoder_lr},
            {"params": net.head.parameters(), "lr": config.head_lr},
        ], weight_decay=0.01)
    else:
        raise ValueError(f"unknown mode {config.mode!r} (frozen or finetune)")
    schedule = torch.optim.lr_scheduler.LambdaLR(
        optimizer, lambda s: min(1.0, (s + 1) / max(1, steps // 20)) * max(0.0, 1 - s / steps))
    step = 0
    while step < steps:
        net.train()
        for index in _batches(len(texts), config.batch_size, rng):
            target = torch.from_numpy(labels[index])
            if config.mode == "frozen":
                logits = net.head(pooled[index])
            else:
                ids, mask = encode(tokenizer, [texts[i] for i in index])
                logits, _ = net(ids, mask)
            loss = loss_fn(logits, target)
            optimizer.zero_grad()
            loss.backward()
            optimizer.step()
            schedule.step()
            step += 1
            if step % 50 == 0 or step == steps:
                log(f"step {step}/{steps} loss {loss.item():.4f} {time.monotonic() - started:.0f}s")
            if step >= steps:
                break
    heldout = read_items(heldout_path)
    probs, _ = predict(net, tokenizer, [item.query for item in heldout])
    gold = np.stack([label_vector(item.tools) for item in heldout])
    tuned = tune_threshold(probs, gold, config.target_recall)
    log(f"held-out: threshold {tuned['threshold']} recall {tuned['recall']:.4f} "
        f"mean selected {tuned['mean_selected']:.2f}")
    summary = {"config": asdict(config), "init": str(init) if init else None, "heldout": tuned,
               "train_examples": len(texts),
               "train_seconds": round(time.monotonic() - started, 1)}
    return net, tokenizer, summary


def _cached_pooled(net: ToolRAGNet, tokenizer, texts: list[str]) -> torch.Tensor:
    net.eval()
    chunks = []
    with torch.no_grad():
        for start in range(0, len(texts), 128):
            ids, mask = encode(tokenizer, texts[start:start + 128])
            chunks.append(net.pooled(ids, mask))
    return torch.cat(chunks)


def save_checkpoint(net: ToolRAGNet, summary: dict, out: Path) -> Path:
    out.mkdir(parents=True, exist_ok=True)
    torch.save(net.state_dict(), out / "toolrag.pt")
    base = minilm_dir(verify=False)
    summary = summary | {"base_model": "sentence-transformers/all-MiniLM-L6-v2",
                         "base_sha256": file_sha256(base / "model.safetensors")}
    (out / "train_summary.json").write_text(json.dumps(summary, indent=2) + "\n")
    return out / "toolrag.pt"


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--train", type=Path, required=True)
    parser.add_argument("--heldout", type=Path, required=True)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--init", type=Path, help="continue from this run folder's toolrag.pt")
    defaults = TrainConfig()
    for name, value in asdict(defaults).items():
        parser.add_argument("--" + name.replace("_", "-"), type=type(value), default=value)
    args = parser.parse_args(argv)
    config = TrainConfig(**{name: getattr(args, name) for name in asdict(defaults)})
    net, _, summary = train(config, args.train, args.heldout, init=args.init)
    print(save_checkpoint(net, summary, args.out))


if __name__ == "__main__":
    main()
