"""Reproduction recipe (GPU): the TinyAgent-1.1B planner, a LoRA SFT of TinyLlama-1.1B-32k-Instruct.

    python -m training.recipes.tinyllama_lora --data training_data.json \
        --base Doctor-Shotgun/TinyLlama-1.1B-32k-Instruct --out runs/tinyagent-lora \
        --gguf runs/tinyagent-1.1b-q4_k_m.gguf [--convert-script llama.cpp/convert_hf_to_gguf.py]

Training follows COMPAT section 6: LoRA r 16, alpha 16, dropout 0.1 on every attention and MLP projection,
3 epochs, lr 7e-5, effective batch 8, max length 4,550 tokens, loss on the response only, `<END_OF_PLAN>`
ending every target. Prompts are the dataset's own chat messages rendered with the TinyAgent instruction
template (agent.planning.prompts.templates.InstructionTemplate). The adapter is merged into the base weights, saved in
transformers format, converted to GGUF and quantised to Q4_K_M.

GGUF conversion: a byte-level BPE tokenizer goes through the project's writer (training.export.gguf_llama);
TinyLlama's sentencepiece tokenizer needs llama.cpp's own convert_hf_to_gguf.py (it is inside the
llama-cpp-python sdist, `vendor/llama.cpp/`), given with --convert-script.
"""

from __future__ import annotations

import argparse
import json
import math
import subprocess
import sys
import tempfile
import time
from dataclasses import asdict, dataclass
from pathlib import Path

from agent.planning.prompts.templates import InstructionTemplate
from agent.plans.plan import END_OF_PLAN

LORA_TARGETS = ("q_proj", "k_proj", "v_proj", "o_proj", "gate_proj", "up_proj", "down_proj")
IGNORE = -100


@dataclass(frozen=True)
class LoraConfig:
    rank: int = 16
    alpha: int = 16
    dropout: float = 0.1
    epochs: float = 3.0
    lr: float = 7e-5
    micro_batch: int = 1
    grad_accum: int = 8
    max_length: int = 4550
    max_steps: int = 0  # 0: run the full epochs (a dry run sets a couple of steps)
    seed: int = 0


def read_pairs(path: Path) -> list[tuple[str, str]]:
    """(prompt, target) for every plan datapoint of a public-layout file."""
    from training.data.tinyagent_layout import iter_plan_inputs, read_layout

    items, _ = read_layout(path)
    plans = {item.id: item.plan for item in items}
    template = InstructionTemplate()
    pairs = []
    for key, messages in iter_plan_inputs(path):
        if key not in plans:
            continue
        system = "\n".join(m["content"] for m in messages if m.get("role") == "system")
        user = "\n".join(m["content"] for m in messages if m.get("role") == "user")
        target = plans[key] if plans[key].endswith(END_OF_PLAN) else plans[key] + END_OF_PLAN
        pairs.append((template.render(system, user), target))
    return pairs


def encode_pair(tokenizer, prompt: str, target: str, max_length: int) -> tuple[list[int], list[int]]:
    """input ids and labels, with the prompt masked out so the loss is on the response only."""
    prompt_ids = tokenizer(prompt, add_special_tokens=True)["input_ids"]
    target_ids = tokenizer(target, add_special_tokens=False)["input_ids"]
    ids = (prompt_ids + target_ids)[:max_length]
    labels = ([IGNORE] * len(prompt_ids) + target_ids)[:max_length]
    return ids, labels


def train(config: LoraConfig, data: Path, base: str, out: Path, log=print) -> Path:
    """Train the adapter, merge it, and save the merged model + tokenizer to out/merged."""
    import torch
    from peft import LoraConfig as PeftLoraConfig
    from peft import get_peft_model
    from transformers import AutoModelForCausalLM, AutoTokenizer

    torch.manual_seed(config.seed)
    cuda = torch.cuda.is_available()
    tokenizer = AutoTokenizer.from_pretrained(base)
    model = AutoModelForCausalLM.from_pretrained(base, dtype=torch.bfloat16 if cuda else torch.float32)
    model = get_peft_model(model, PeftLoraConfig(
        r=config.rank, lora_alpha=config.alpha, lora_dropout=config.dropout,
        target_modules=list(LORA_TARGETS), task_type="CAUSAL_LM"))
    device = "cuda" if cuda else "cpu"
    model.to(device)
    rows = [encode_pair(tokenizer, p, t, config.max_length) for p, t in read_pairs(data)]
    updates = math.ceil(config.epochs * len(rows) / (config.micro_batch * config.grad_accum))
    if config.max_steps:
        updates = min(updates, config.max_steps)
    optimizer = torch.optim.AdamW([p for p in model.parameters() if p.requires_grad], lr=config.lr)
    schedule = torch.optim.lr_scheduler.LambdaLR(optimizer, lambda s: max(0.0, 1 - s / updates))
    pad = tokenizer.pad_token_id if tokenizer.pad_token_id is not None else 0
    generator = torch.Generator().manual_seed(config.seed)
    update, micro, started = 0, 0, time.monotonic()
    model.train()
    while update < updates:
        for group in torch.randperm(len(rows), generator=generator).split(config.micro_batch):
            ids, mask, labels = _pad([rows[i] for i in group], pad)
            loss = model(input_ids=ids.to(device), attention_mask=mask.to(device), labels=labels.to(device)).loss
            (loss / config.grad_accum).backward()
            micro += 1
            if micro % config.grad_accum:
                continue
            optimizer.step()
            schedule.step()
            optimizer.zero_grad()
            update += 1
            if update % 10 == 0 or update == updates:
                log(f"update {update}/{updates} loss {loss.item():.4f} {time.monotonic() - started:.0f}s")
            if update >= updates:
                break
    merged = model.merge_and_unload()
    folder = out / "merged"
    merged.save_pretrained(folder, safe_serialization=True)
    tokenizer.save_pretrained(folder)
    (out / "recipe_run.json").write_text(json.dumps(
        {"config": asdict(config), "base": base, "data": str(data), "examples": len(rows), "updates": updates,
         "seconds": round(time.monotonic() - started, 1)}, indent=2) + "\n")
    return folder


def _pad(rows: list[tuple[list[int], list[int]]], pad: int):
    """Right-padded (input_ids, attention_mask, labels); padding is masked and never scored."""
    import torch

    width = max(len(ids) for ids, _ in rows)
    ids = torch.full((len(rows), width), pad, dtype=torch.long)
    mask = torch.zeros((len(rows), width), dtype=torch.long)
    labels = torch.full((len(rows), width), IGNORE, dtype=torch.long)
    for row, (row_ids, row_labels) in enumerate(rows):
        ids[row, :len(row_ids)] = torch.tensor(row_ids)
        mask[row, :len(row_ids)] = 1
        labels[row, :len(row_labels)] = torch.tensor(row_labels)
    return ids, mask, labels


def is_byte_level_bpe(folder: Path) -> bool:
    path = folder / "tokenizer.json"
    if not path.is_file():
        return False
    data = json.loads(path.read_text(encoding="utf-8"))
    return data.get("model", {}).get("type") == "BPE" and (data.get("pre_tokenizer") or {}).get("type") == "ByteLevel"


def to_gguf(merged: Path, out: Path, quant: str = "Q4_K_M", convert_script: Path | None = None) -> Path:
    """Merged transformers folder -> quantised GGUF."""
    from training.export.quantize import quantize_gguf

    with tempfile.TemporaryDirectory() as scratch:
        f16 = Path(scratch) / "merged-f16.gguf"
        if is_byte_level_bpe(merged):
            _write_with_project_writer(merged, f16)
        elif convert_script is not None:
            subprocess.run([sys.executable, str(convert_script), str(merged), "--outfile", str(f16), "--outtype",
                            "f16"],
                           check=True)
        else:
            raise ValueError(f"{merged} has a sentencepiece tokenizer: pass --convert-script "
                             "(llama.cpp's convert_hf_to_gguf.py from the llama-cpp-python sdist)")
        out.parent.mkdir(parents=True, exist_ok=True)
        return quantize_gguf(f16, out, quant)


def _write_with_project_writer(merged: Path, path: Path) -> Path:
    from safetensors.numpy import load_file
    from tokenizers import Tokenizer
    from transformers import AutoConfig, AutoTokenizer

    from training.export.gguf_llama import LlamaShape, SpecialTokens, write_llama_gguf

    config = AutoConfig.from_pretrained(merged)
    hf_tokenizer = AutoTokenizer.from_pretrained(merged)
    weights: dict = {}
    for shard in sorted(merged.glob("*.safetensors")):
        weights |= load_file(str(shard))
    if config.tie_word_embeddings:
        weights.pop("lm_head.weight", None)
    special = SpecialTokens(bos=hf_tokenizer.bos_token, eos=hf_tokenizer.eos_token,
                            unk=hf_tokenizer.unk_token or hf_tokenizer.eos_token, pad=hf_tokenizer.pad_token)
    return write_llama_gguf(path, LlamaShape.from_hf_config(config), weights,
                            Tokenizer.from_file(str(merged / "tokenizer.json")), special, dtype="f16",
                            name="tinyagent-lora")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, required=True, help="public-layout training_data.json")
    parser.add_argument("--base", default="Doctor-Shotgun/TinyLlama-1.1B-32k-Instruct", help="hub name or folder")
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--gguf", type=Path, help="write the merged model as a GGUF here")
    parser.add_argument("--quant", default="Q4_K_M", choices=["Q4_0", "Q4_K_M", "Q8_0"])
    parser.add_argument("--convert-script", type=Path, help="llama.cpp convert_hf_to_gguf.py (sentencepiece models)")
    defaults = LoraConfig()
    for name, value in asdict(defaults).items():
        parser.add_argument("--" + name.replace("_", "-"), type=type(value), default=value)
    args = parser.parse_args(argv)
    merged = train(LoraConfig(**{name: getattr(args, name) for name in asdict(defaults)}), args.data, args.base,
                   args.out)
    if args.gguf:
        print(to_gguf(merged, args.gguf, args.quant, args.convert_script))


if __name__ == "__main__":
    main()
