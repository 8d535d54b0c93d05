"""Dry runs of the GPU reproduction recipes on CPU: tiny models of the same architectures, built here, trained
for a couple of steps on a tiny dataset in the public TinyAgent layout, then exported as the real recipe does."""

from __future__ import annotations

from pathlib import Path

import pytest

from agent.measure.evaluation import load_items
from agent.planning.backends.base import GenerationOptions, complete
from agent.planning.backends.llama import LlamaBackend
from agent.plans.plan import END_OF_PLAN
from agent.toolrag.loader import load_toolrag
from tools.catalogue import TOOL_NAMES
from training.data.jsonl import read_items
from training.data.tinyagent_layout import write_layout
from training.planner.tokenizer import train_tokenizer


@pytest.fixture(scope="module")
def public_layout(data_slice, tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("layout") / "training_data.json"
    write_layout(path, list(read_items(data_slice.heldout))[:12])
    return path


def _fast_tokenizer(texts, vocab_size: int, **special: str):  # -> transformers.PreTrainedTokenizerFast
    from transformers import PreTrainedTokenizerFast

    return PreTrainedTokenizerFast(tokenizer_object=train_tokenizer(texts, vocab_size), **special)


def test_deberta_recipe_trains_a_tiny_deberta_and_exports_a_toolrag_folder(public_layout, data_slice, tmp_path) -> None:
    from tokenizers import processors
    from transformers import DebertaV2Config, DebertaV2Model

    from training.export.toolrag_onnx import export_toolrag
    from training.recipes.deberta_toolrag import DebertaConfig, read_requests, train

    base = tmp_path / "tiny-deberta"
    queries = [item.query for item in load_items(data_slice.train)]
    tokenizer = _fast_tokenizer(queries, 600, bos_token="<s>", eos_token="</s>", unk_token="<unk>",
                                pad_token="<pad>", cls_token="<s>", sep_token="</s>")
    tokenizer.backend_tokenizer.post_processor = processors.TemplateProcessing(
        single="<s> $A </s>", special_tokens=[("<s>", 0), ("</s>", 1)])
    tokenizer.save_pretrained(base)
    DebertaV2Model(DebertaV2Config(
        vocab_size=len(tokenizer), hidden_size=32, num_hidden_layers=2, num_attention_heads=2,
        intermediate_size=64, relative_attention=True, pos_att_type=["p2c", "c2p"], position_biased_input=False,
        max_position_embeddings=512, type_vocab_size=0, pad_token_id=3)).save_pretrained(base)

    assert len(read_requests(public_layout)) == 12
    out = tmp_path / "checkpoint"
    summary = train(DebertaConfig(epochs=2, batch_size=8), public_layout, str(base), out, log=lambda _: None)
    assert summary["steps"] == 4 and summary["config"]["pos_weight"] == 60.0
    report = export_toolrag(out, tmp_path / "toolrag")
    assert report.max_abs_logit_diff < 1e-3
    selector, _ = load_toolrag(tmp_path / "toolrag")
    assert set(selector.select("text Ama the address", TOOL_NAMES).tools) <= set(TOOL_NAMES)


def test_tinyllama_lora_recipe_trains_merges_converts_and_quantises(public_layout, tmp_path) -> None:
    from transformers import LlamaConfig, LlamaForCausalLM

    from training.recipes.tinyllama_lora import IGNORE, LoraConfig, encode_pair, read_pairs, to_gguf, train

    pairs = read_pairs(public_layout)
    assert len(pairs) == 12
    prompt, target = pairs[0]
    assert prompt.startswith("### Instruction:\n") and prompt.endswith("### Response:\n")
    assert target.endswith(END_OF_PLAN)

    base = tmp_path / "tiny-llama"
    tokenizer = _fast_tokenizer([p + t for p, t in pairs], 800, bos_token="<s>", eos_token="</s>",
                                unk_token="<unk>", pad_token="<pad>")
    tokenizer.save_pretrained(base)
    LlamaForCausalLM(LlamaConfig(
        vocab_size=len(tokenizer), hidden_size=256, intermediate_size=512, num_hidden_layers=2,
        num_attention_heads=4, num_key_value_heads=4, max_position_embeddings=8192, tie_word_embeddings=False,
        bos_token_id=0, eos_token_id=1, pad_token_id=3)).save_pretrained(base)

    ids, labels = encode_pair(tokenizer, prompt, target, max_length=100_000)
    scored = [t for t, label in zip(ids, labels, strict=True) if label != IGNORE]
    assert tokenizer.decode(scored) == target

    merged = train(LoraConfig(max_steps=2, grad_accum=2), public_layout, str(base), tmp_path / "run",
                   log=lambda _: None)
    assert not any("lora" in p.name for p in merged.iterdir())
    gguf = to_gguf(merged, tmp_path / "tinyagent-q4_k_m.gguf")
    backend = LlamaBackend(gguf, n_ctx=512)
    try:
        text = complete(backend, "### Instruction:\nplan\n\n### Input:\nQuestion: hi\n\n### Response:\n",
                        GenerationOptions(stop=(END_OF_PLAN,), max_tokens=8))
    finally:
        backend.close()
    assert isinstance(text, str)
    trained, untouched = (LlamaForCausalLM.from_pretrained(f).model.layers[0].self_attn.q_proj.weight
                          for f in (merged, base))
    assert not trained.equal(untouched)  # the merged adapter changed the projections it targets
