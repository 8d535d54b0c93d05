"""Train the default planner from scratch on CPU: a small LlamaForCausalLM, loss on the plan tokens only.

    python -m training.planner.train --train train.jsonl --out runs/planner [--layers 4 --hidden 256 ...]

Writes `model/` (transformers format), `tokenizer.json` and `train_summary.json` to --out; GGUF conversion
and quantisation are `training.planner.export`.
"""

from __future__ import annotations

import argparse
import json
import math
import random
import time
from dataclasses import asdict, dataclass
from pathlib import Path

import torch

from agent.measure.evaluation import load_items as read_items
from training.planner.corpus import build_examples
from training.planner.selections import read_selections
from training.planner.tokenizer import token_ids, train_tokenizer

IGNORE = -100


@dataclass(frozen=True)
class PlannerConfig:
    vocab_size: int = 4096
    hidden: int = 256
    layers: int = 4
    heads: int = 4
    intermediate: int = 768
    max_length: int = 384
    epochs: float = 2.0
    batch_size: int = 32
    lr: float = 2e-3
    warmup_steps: int = 100
    weight_decay: float = 0.05
    seed: int = 0
    threads: int = 2
    save_every: int = 0  # steps between checkpoints written to --out (0: only at the end)
    selected_fraction: float = 0.7  # with --selections: share of items offered their ToolRAG selection


def llama_config(config: PlannerConfig, vocab_size: int):
    from transformers import LlamaConfig

    return LlamaConfig(
        vocab_size=vocab_size, hidden_size=config.hidden, intermediate_size=config.intermediate,
        num_hidden_layers=config.layers, num_attention_heads=config.heads, num_key_value_heads=config.heads,
        max_position_embeddings=config.max_length * 2, rms_norm_eps=1e-5, tie_word_embeddings=True,
        bos_token_id=0, eos_token_id=1, pad_token_id=3,
    )


def tokenize(examples, tokenizer, max_length: int) -> list[tuple[list[int], int]]:
    """(ids, plan_start) per example: `<s>` + prompt + plan, truncated to max_length."""
    bos = tokenizer.token_to_id("<s>")
    rows = []
    for example in examples:
        prompt = [bos] + token_ids(tokenizer, example.prompt)
        ids = (prompt + token_ids(tokenizer, example.plan))[:max_length]
        rows.append((ids, len(prompt)))
    return rows


def batches(rows, batch_size: int, rng: random.Random, pad_id: int):
    """Length-bucketed shuffled batches: (input_ids, attention_mask, labels) with loss on plan tokens only."""
    order = sorted(range(len(rows)), key=lambda i: (len(rows[i][0]), rng.random()))
    groups = [order[i:i + batch_size] for i in range(0, len(order), batch_size)]
    rng.shuffle(groups)
    for group in groups:
        width = max(len(rows[i][0]) for i in group)
        ids = torch.full((len(group), width), pad_id, dtype=torch.long)
        mask = torch.zeros((len(group), width), dtype=torch.long)
        labels = torch.full((len(group), width), IGNORE, dtype=torch.long)
        for row, i in enumerate(group):
            tokens, start = rows[i]
            ids[row, :len(tokens)] = torch.tensor(tokens)
            mask[row, :len(tokens)] = 1
            labels[row, start:len(tokens)] = torch.tensor(tokens[start:])
        yield ids, mask, labels


def plan_loss(model, ids: torch.Tensor, mask: torch.Tensor, labels: torch.Tensor) -> torch.Tensor:
    """Next-token cross-entropy on the plan tokens, projecting only those positions onto the vocabulary
    (the prompt is about half the tokens, and the output projection is a large share of a small model)."""
    hidden = model.model(input_ids=ids, attention_mask=mask).last_hidden_state[:, :-1]
    targets = labels[:, 1:]
    scored = targets != IGNORE
    return torch.nn.functional.cross_entropy(model.lm_head(hidden[scored]), targets[scored])


def train(config: PlannerConfig, train_path: Path, out: Path, log=print, init: Path | None = None,
          selections: Path | None = None) -> dict:
    """Train from scratch, or continue from `init` (a previous run's folder: its tokenizer and weights).
    `selections` (from training.planner.selections) offers items the tools a real ToolRAG chose."""
    from tokenizers import Tokenizer
    from transformers import LlamaForCausalLM

    torch.manual_seed(config.seed)
    torch.set_num_threads(config.threads)
    rng = random.Random(config.seed)
    chosen = read_selections(selections) if selections is not None else None
    examples = build_examples(read_items(train_path), config.seed, chosen, config.selected_fraction)
    if init is None:
        tokenizer = train_tokenizer((e.prompt + e.plan for e in examples), config.vocab_size)
        model = LlamaForCausalLM(llama_config(config, tokenizer.get_vocab_size()))
    else:
        tokenizer = Tokenizer.from_file(str(init / "tokenizer.json"))
        model = LlamaForCausalLM.from_pretrained(init / "model")
    rows = tokenize(examples, tokenizer, config.max_length)
    params = sum(p.numel() for p in model.parameters())
    log(f"{len(rows)} examples, vocab {tokenizer.get_vocab_size()}, {params / 1e6:.2f}M parameters")
    steps = math.ceil(config.epochs * math.ceil(len(rows) / config.batch_size))
    optimizer = torch.optim.AdamW(model.parameters(), lr=config.lr, betas=(0.9, 0.95),
                                  weight_decay=config.weight_decay)
    schedule = torch.optim.lr_scheduler.LambdaLR(optimizer, lambda s: _lr_factor(s, steps, config.warmup_steps))
    pad = tokenizer.token_to_id("<pad>")
    step, tokens, started = 0, 0, time.monotonic()
    while step < steps:
        model.train()
        for ids, mask, labels in batches(rows, config.batch_size, rng, pad):
            loss = plan_loss(model, ids, mask, labels)
            optimizer.zero_grad()
            loss.backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
            optimizer.step()
            schedule.step()
            step += 1
            tokens += int(mask.sum())
            if step % 50 == 0 or step == steps:
                elapsed = time.monotonic() - started
                log(f"step {step}/{steps} loss {loss.item():.4f} {tokens / elapsed:.0f} tok/s {elapsed:.0f}s")
            if config.save_every and step % config.save_every == 0 and step < steps:
                _save(model, tokenizer, out)
                log(f"checkpoint at step {step} in {out}")
            if step >= steps:
                break
    _save(model, tokenizer, out)
    summary = {"config": asdict(config), "init": str(init) if init else None,
               "selections": str(selections) if selections else None, "examples": len(rows), "parameters": params,
               "layers": model.config.num_hidden_layers, "steps": steps,  # with --init the shape is init's
               "final_loss": round(loss.item(), 4), "train_seconds": round(time.monotonic() - started, 1)}
    (out / "train_summary.json").write_text(json.dumps(summary, indent=2) + "\n")
    return summary


def _save(model, tokenizer, out: Path) -> None:
    """The model and tokenizer as `training.planner.export` reads them (a checkpoint can be exported early)."""
    out.mkdir(parents=True, exist_ok=True)
    model.save_pretrained(out / "model")
    tokenizer.save(str(out / "tokenizer.json"))


def _lr_factor(step: int, steps: int, warmup: int) -> float:
    if step < warmup:
        return (step + 1) / warmup
    progress = (step - warmup) / max(1, steps - warmup)
    return 0.1 + 0.9 * 0.5 * (1 + math.cos(math.pi * min(1.0, progress)))


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--train", type=Path, required=True)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--init", type=Path, help="continue from this run folder (its tokenizer and weights)")
    parser.add_argument("--selections", type=Path, help="tools a ToolRAG selected per item "
                        "(python -m training.planner.selections)")
    defaults = PlannerConfig()
    for name, value in asdict(defaults).items():
        parser.add_argument("--" + name.replace("_", "-"), type=type(value), default=value)
    args = parser.parse_args(argv)
    train(PlannerConfig(**{name: getattr(args, name) for name in asdict(defaults)}), args.train, args.out,
          init=args.init, selections=args.selections)


if __name__ == "__main__":
    main()
