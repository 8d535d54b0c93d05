"""Write a llama-architecture GGUF by hand from HF-named numpy weights and a byte-level BPE tokenizer.

This is the only GGUF converter the project uses: the test suite builds its tiny random planner with it, and
training exports the shipped default planner (a `transformers.LlamaForCausalLM` state dict) with it.

Facts it honours (platform-facts section 2, "Converter B"):
- tokenizer model `gpt2` with pre-tokenizer `gpt-2`, which is the GPT-2 split regex that
  `tokenizers.pre_tokenizers.ByteLevel(add_prefix_space=False)` uses;
- HF's q_proj / k_proj rows are in "rotate half" order, llama.cpp wants them interleaved, so both are permuted;
- token types: the bos/eos/unk/pad tokens are CONTROL (never printed); every other added token, such as
  `<END_OF_PLAN>`, is USER_DEFINED so llama.cpp prints it as text (stop strings and grammars see it) and
  always parses it as one token.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

import numpy as np


@dataclass(frozen=True)
class LlamaShape:
    """The hyper-parameters llama.cpp needs (names follow `transformers.LlamaConfig`)."""

    vocab_size: int
    hidden_size: int
    intermediate_size: int
    num_hidden_layers: int
    num_attention_heads: int
    num_key_value_heads: int
    max_position_embeddings: int = 2048
    rms_norm_eps: float = 1e-5
    rope_theta: float = 10000.0

    @property
    def head_dim(self) -> int:
        return self.hidden_size // self.num_attention_heads

    @classmethod
    def from_hf_config(cls, config: Any) -> LlamaShape:
        """Read the shape from a `transformers.LlamaConfig` (or anything with the same attributes)."""
        rope_theta = getattr(config, "rope_theta", None)
        if rope_theta is None:  # transformers 5 keeps it in rope_parameters
            rope_theta = (getattr(config, "rope_parameters", None) or {}).get("rope_theta", 10000.0)
        return cls(
            vocab_size=config.vocab_size,
            hidden_size=config.hidden_size,
            intermediate_size=config.intermediate_size,
            num_hidden_layers=config.num_hidden_layers,
            num_attention_heads=config.num_attention_heads,
            num_key_value_heads=config.num_key_value_heads or config.num_attention_heads,
            max_position_embeddings=config.max_position_embeddings,
            rms_norm_eps=config.rms_norm_eps,
            rope_theta=float(rope_theta),
        )


@dataclass(frozen=True)
class SpecialTokens:
    """Token strings with a special role; each must exist in the tokenizer's vocabulary (pad is optional)."""

    bos: str = "<s>"
    eos: str = "</s>"
    unk: str = "<unk>"
    pad: str | None = None
    add_bos: bool = True


class GGUFExportError(ValueError):
    """The weights, shape or tokenizer cannot be written as a llama GGUF."""


def write_llama_gguf(
    path: str | Path,
    shape: LlamaShape,
    weights: Mapping[str, Any],
    tokenizer: Any,
    special: SpecialTokens = SpecialTokens(),
    *,
    chat_template: str | None = None,
    name: str = "errand-planner",
    dtype: Literal["f32", "f16"] = "f32",
) -> Path:
    """Write `weights` (HF names such as `model.layers.0.self_attn.q_proj.weight`; numpy arrays or torch
    tensors) with `tokenizer` (a `tokenizers.Tokenizer`, byte-level BPE) to `path` and return it.

    Matrices are stored in `dtype`; norm vectors stay f32. A missing `lm_head.weight` means tied embeddings.
    """
    import gguf

    path = Path(path)
    tokens, types, merges, ids = _vocabulary(tokenizer, shape, special)
    writer = gguf.GGUFWriter(str(path), "llama")
    writer.add_name(name)
    writer.add_context_length(shape.max_position_embeddings)
    writer.add_embedding_length(shape.hidden_size)
    writer.add_block_count(shape.num_hidden_layers)
    writer.add_feed_forward_length(shape.intermediate_size)
    writer.add_head_count(shape.num_attention_heads)
    writer.add_head_count_kv(shape.num_key_value_heads)
    writer.add_rope_dimension_count(shape.head_dim)
    writer.add_layer_norm_rms_eps(shape.rms_norm_eps)
    writer.add_rope_freq_base(shape.rope_theta)
    writer.add_vocab_size(shape.vocab_size)
    writer.add_file_type(gguf.LlamaFileType.ALL_F32 if dtype == "f32" else gguf.LlamaFileType.MOSTLY_F16)
    writer.add_tokenizer_model("gpt2")
    writer.add_tokenizer_pre("gpt-2")
    writer.add_token_list(tokens)
    writer.add_token_types(types)
    writer.add_token_merges(merges)
    writer.add_bos_token_id(ids["bos"])
    writer.add_eos_token_id(ids["eos"])
    writer.add_unk_token_id(ids["unk"])
    if "pad" in ids:
        writer.add_pad_token_id(ids["pad"])
    writer.add_add_bos_token(special.add_bos)
    writer.add_add_eos_token(False)
    if chat_template:
        writer.add_chat_template(chat_template)
    for gguf_name, array in _tensors(shape, weights, dtype):
        writer.add_tensor(gguf_name, array)
    writer.write_header_to_file()
    writer.write_kv_data_to_file()
    writer.write_tensors_to_file()
    writer.close()
    return path


def _vocabulary(
    tokenizer: Any, shape: LlamaShape, special: SpecialTokens
) -> tuple[list[str], list[int], list[str], dict[str, int]]:
    import gguf

    data = json.loads(tokenizer.to_str())
    model = data.get("model", {})
    if model.get("type") != "BPE":
        raise GGUFExportError(f"only byte-level BPE tokenizers are supported, got {model.get('type')!r}")
    vocab: dict[str, int] = tokenizer.get_vocab(with_added_tokens=True)
    if len(vocab) > shape.vocab_size:
        raise GGUFExportError(f"tokenizer has {len(vocab)} tokens but the model's vocab_size is {shape.vocab_size}")
    ids: dict[str, int] = {}
    for role in ("bos", "eos", "unk", "pad"):
        text = getattr(special, role)
        if text is None:
            continue
        if text not in vocab:
            raise GGUFExportError(f"{role} token {text!r} is not in the tokenizer's vocabulary")
        ids[role] = vocab[text]
    control = set(ids.values())
    added = {t["id"] for t in data.get("added_tokens", [])}
    tokens = [f"[PAD{i}]" for i in range(shape.vocab_size)]
    types = [int(gguf.TokenType.UNUSED)] * shape.vocab_size
    for text, index in vocab.items():
        tokens[index] = text
        if index in control:
            types[index] = int(gguf.TokenType.CONTROL)
        elif index in added:
            types[index] = int(gguf.TokenType.USER_DEFINED)
        else:
            types[index] = int(gguf.TokenType.NORMAL)
    merges = [m if isinstance(m, str) else " ".join(m) for m in model.get("merges", [])]
    return tokens, types, merges, ids


def _tensors(
    shape: LlamaShape, weights: Mapping[str, Any], dtype: str
) -> list[tuple[str, np.ndarray]]:
    def get(hf_name: str) -> np.ndarray:
        if hf_name not in weights:
            raise GGUFExportError(f"missing weight {hf_name!r}")
        value = weights[hf_name]
        if hasattr(value, "detach"):  # a torch tensor
            value = value.detach().float().cpu().numpy()
        return np.ascontiguousarray(np.asarray(value, dtype=np.float32))

    def matrix(array: np.ndarray, rows: int, cols: int, hf_name: str) -> np.ndarray:
        if array.shape != (rows, cols):
            raise GGUFExportError(f"{hf_name} has shape {array.shape}, expected {(rows, cols)}")
        return array.astype(np.float16) if dtype == "f16" else array

    h, ff, v = shape.hidden_size, shape.intermediate_size, shape.vocab_size
    kv = shape.num_key_value_heads * shape.head_dim
    out: list[tuple[str, np.ndarray]] = []
    embed = get("model.embed_tokens.weight")
    out.append(("token_embd.weight", matrix(embed, v, h, "model.embed_tokens.weight")))
    out.append(("output_norm.weight", get("model.norm.weight")))
    if "lm_head.weight" in weights:
        out.append(("output.weight", matrix(get("lm_head.weight"), v, h, "lm_head.weight")))
    for i in range(shape.num_hidden_layers):
        p = f"model.layers.{i}."
        q = _unrotate(get(p + "self_attn.q_proj.weight"), shape.num_attention_heads)
        k = _unrotate(get(p + "self_attn.k_proj.weight"), shape.num_key_value_heads)
        out += [
            (f"blk.{i}.attn_norm.weight", get(p + "input_layernorm.weight")),
            (f"blk.{i}.attn_q.weight", matrix(q, h, h, p + "self_attn.q_proj.weight")),
            (f"blk.{i}.attn_k.weight", matrix(k, kv, h, p + "self_attn.k_proj.weight")),
            (f"blk.{i}.attn_v.weight", matrix(get(p + "self_attn.v_proj.weight"), kv, h,
                                              p + "self_attn.v_proj.weight")),
            (f"blk.{i}.attn_output.weight", matrix(get(p + "self_attn.o_proj.weight"), h, h,
                                                   p + "self_attn.o_proj.weight")),
            (f"blk.{i}.ffn_norm.weight", get(p + "post_attention_layernorm.weight")),
            (f"blk.{i}.ffn_gate.weight", matrix(get(p + "mlp.gate_proj.weight"), ff, h, p + "mlp.gate_proj.weight")),
            (f"blk.{i}.ffn_up.weight", matrix(get(p + "mlp.up_proj.weight"), ff, h, p + "mlp.up_proj.weight")),
            (f"blk.{i}.ffn_down.weight", matrix(get(p + "mlp.down_proj.weight"), h, ff, p + "mlp.down_proj.weight")),
        ]
    return out


def _unrotate(weight: np.ndarray, heads: int) -> np.ndarray:
    """HF "rotate half" row order -> llama.cpp's interleaved pairs, per head."""
    rows, cols = weight.shape
    return weight.reshape(heads, 2, rows // heads // 2, cols).swapaxes(1, 2).reshape(rows, cols)
