"""A tiny random llama-architecture planner, built in seconds with the project's own GGUF writer.

The test suite uses it as a real GGUF for llama.cpp (loading, streaming, grammars, KV-cache reuse, bench), and
it is a quick way to check the export pipeline end to end. Its byte-level BPE tokenizer is trained on plan-like
text generated from the tool catalogue (never evaluation data) with `<END_OF_PLAN>` as one added token.
Hidden size 256 keeps every matrix row a multiple of 256, so K-quants (Q4_K_M) apply. The weights are random:
without a grammar the output is gibberish.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from agent.plans.plan import END_OF_PLAN
from tools.catalogue import CATALOGUE
from training.export.gguf_llama import LlamaShape, write_llama_gguf

SPECIAL_TOKENS = ("<s>", "</s>", "<unk>")
_WORDS = (
    "Alice Bob Carol Dave lunch report budget meeting park office station home notes tomorrow friday "
    "project plan review invoice slides draft summary call dinner trip flight hotel train walk"
).split()


@dataclass(frozen=True)
class TinyPlanner:
    gguf: Path
    tokenizer_json: Path
    shape: LlamaShape


def plan_like_corpus(seed: int = 0, plans: int = 400) -> Iterator[str]:
    """Signature lines, descriptions and random plans over the catalogue."""
    rng = random.Random(seed)
    for spec in CATALOGUE:
        yield spec.signature_line()
        yield from spec.description
    for _ in range(plans):
        count = rng.randint(1, 4)
        lines = [f"Thought: {' '.join(rng.sample(_WORDS, 4))}"]
        for index in range(1, count + 1):
            spec = rng.choice(list(CATALOGUE))
            args = [_random_literal(rng, arg.type, arg.is_list, index) for arg in spec.args]
            lines.append(f"{index}. {spec.name}({', '.join(args)})")
        lines.append(f"{count + 1}. join(){END_OF_PLAN}")
        yield "\n".join(lines)


def _random_literal(rng: random.Random, kind: str, is_list: bool, index: int) -> str:
    if kind == "int":
        return str(rng.randint(0, 120))
    if kind == "bool":
        return rng.choice(["True", "False"])
    if is_list:
        return '["' + rng.choice(_WORDS) + '"]'
    if index > 1 and rng.random() < 0.3:
        return f'"${rng.randint(1, index - 1)}"'
    return '"' + " ".join(rng.sample(_WORDS, 2)) + '"'


def train_tokenizer(vocab_size: int = 1024) -> Any:
    """A byte-level BPE `tokenizers.Tokenizer` with `<s> </s> <unk>` and the added token `<END_OF_PLAN>`."""
    from tokenizers import Tokenizer, decoders, models, pre_tokenizers, trainers

    tokenizer = Tokenizer(models.BPE(unk_token="<unk>"))
    tokenizer.pre_tokenizer = pre_tokenizers.ByteLevel(add_prefix_space=False)
    tokenizer.decoder = decoders.ByteLevel()
    trainer = trainers.BpeTrainer(
        vocab_size=vocab_size - 1, special_tokens=list(SPECIAL_TOKENS),
        initial_alphabet=pre_tokenizers.ByteLevel.alphabet(), show_progress=False,
    )
    tokenizer.train_from_iterator(plan_like_corpus(), trainer)
    tokenizer.add_tokens([END_OF_PLAN])
    return tokenizer


def tiny_shape(vocab_size: int) -> LlamaShape:
    return LlamaShape(vocab_size=vocab_size, hidden_size=256, intermediate_size=512, num_hidden_layers=2,
                      num_attention_heads=4, num_key_value_heads=2, max_position_embeddings=4096)


def random_llama_weights(shape: LlamaShape, seed: int = 0) -> dict[str, np.ndarray]:
    """HF-named random weights (small normal matrices, norms near 1)."""
    rng = np.random.default_rng(seed)
    h, ff, v = shape.hidden_size, shape.intermediate_size, shape.vocab_size
    kv = shape.num_key_value_heads * shape.head_dim

    def mat(rows: int, cols: int) -> np.ndarray:
        return (rng.standard_normal((rows, cols)) * 0.05).astype(np.float32)

    def norm() -> np.ndarray:
        return (1 + 0.1 * rng.standard_normal(h)).astype(np.float32)

    weights = {"model.embed_tokens.weight": mat(v, h), "model.norm.weight": norm(), "lm_head.weight": mat(v, h)}
    for i in range(shape.num_hidden_layers):
        p = f"model.layers.{i}."
        weights |= {
            p + "input_layernorm.weight": norm(), p + "post_attention_layernorm.weight": norm(),
            p + "self_attn.q_proj.weight": mat(h, h), p + "self_attn.k_proj.weight": mat(kv, h),
            p + "self_attn.v_proj.weight": mat(kv, h), p + "self_attn.o_proj.weight": mat(h, h),
            p + "mlp.gate_proj.weight": mat(ff, h), p + "mlp.up_proj.weight": mat(ff, h),
            p + "mlp.down_proj.weight": mat(h, ff),
        }
    return weights


def build_tiny_planner(folder: str | Path, seed: int = 0, chat_template: str | None = None) -> TinyPlanner:
    """Train the tokenizer, draw random weights and write `tiny-f32.gguf` plus `tokenizer.json` into `folder`."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    tokenizer = train_tokenizer()
    tokenizer.save(str(folder / "tokenizer.json"))
    shape = tiny_shape(tokenizer.get_vocab_size())
    path = write_llama_gguf(folder / "tiny-f32.gguf", shape, random_llama_weights(shape, seed), tokenizer,
                            name="errand-tiny-random", chat_template=chat_template)
    return TinyPlanner(path, folder / "tokenizer.json", shape)
