"""The hand-written GGUF writer: llama.cpp must compute what transformers computes for the same weights."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from agent.plans.plan import END_OF_PLAN
from training.export.gguf_llama import GGUFExportError, LlamaShape, SpecialTokens, write_llama_gguf
from training.export.quantize import QuantizeError, quantize_gguf
from training.export.tiny_planner import random_llama_weights

llama_cpp = pytest.importorskip("llama_cpp")

PLAN = '1. get_email_address("Alice")\n2. compose_new_email(["$1"], [], "lunch", "", [])\n3. join()' + END_OF_PLAN


def _tokenizer(tiny_random_planner):
    from tokenizers import Tokenizer

    return Tokenizer.from_file(str(tiny_random_planner.tokenizer_json))


def test_tokenizer_matches_hf_and_end_of_plan_is_one_printed_token(tiny_random_planner) -> None:
    llm = llama_cpp.Llama(str(tiny_random_planner.gguf), n_ctx=256, verbose=False)
    try:
        ids = llm.tokenize(PLAN.encode(), add_bos=False, special=False)
        assert ids == _tokenizer(tiny_random_planner).encode(PLAN).ids
        end = llm.tokenize(END_OF_PLAN.encode(), add_bos=False, special=False)
        assert len(end) == 1
        assert llm.detokenize(ids).decode() == PLAN
        assert llm.tokenize(b"x", add_bos=True)[0] == 0  # <s>
    finally:
        llm.close()


def test_llama_cpp_logits_match_transformers(tiny_random_planner, tmp_path: Path) -> None:
    torch = pytest.importorskip("torch")
    transformers = pytest.importorskip("transformers")
    config = transformers.LlamaConfig(
        vocab_size=tiny_random_planner.shape.vocab_size, hidden_size=256, intermediate_size=512, num_hidden_layers=2,
        num_attention_heads=4, num_key_value_heads=2, max_position_embeddings=4096, rms_norm_eps=1e-5,
        tie_word_embeddings=False,
    )
    shape = LlamaShape.from_hf_config(config)
    assert shape == tiny_random_planner.shape
    weights = random_llama_weights(shape, seed=7)
    model = transformers.LlamaForCausalLM(config).eval()
    model.load_state_dict({k: torch.from_numpy(v) for k, v in weights.items()}, strict=True)
    path = write_llama_gguf(tmp_path / "ref.gguf", shape, model.state_dict(), _tokenizer(tiny_random_planner))

    llm = llama_cpp.Llama(str(path), n_ctx=256, logits_all=True, verbose=False)
    try:
        ids = llm.tokenize(PLAN.encode(), add_bos=True)
        llm.eval(ids)
        ours = np.array(llm.scores[: len(ids)])
    finally:
        llm.close()
    with torch.no_grad():
        reference = model(torch.tensor([ids])).logits[0].numpy()
    assert ours.shape == reference.shape
    # llama.cpp keeps the KV cache in f16, hence a tolerance of a few thousandths on logits of order 1.
    np.testing.assert_allclose(ours, reference, atol=5e-3, rtol=0)
    assert (ours.argmax(-1) == reference.argmax(-1)).mean() > 0.95


def test_f16_and_quantised_files_load_and_generate(tiny_random_planner, tiny_gguf_q4, tmp_path: Path) -> None:
    shape = tiny_random_planner.shape
    f16 = write_llama_gguf(tmp_path / "f16.gguf", shape, random_llama_weights(shape), _tokenizer(tiny_random_planner),
                           dtype="f16", chat_template="{{ messages[0]['content'] }}")
    q4_0 = quantize_gguf(f16, tmp_path / "q4_0.gguf", "Q4_0")
    assert q4_0.stat().st_size < f16.stat().st_size < tiny_random_planner.gguf.stat().st_size
    assert tiny_gguf_q4.stat().st_size < tiny_random_planner.gguf.stat().st_size / 4
    for path in (f16, q4_0, tiny_gguf_q4):
        llm = llama_cpp.Llama(str(path), n_ctx=128, verbose=False)
        try:
            out = llm.create_completion("1. get", max_tokens=4, temperature=0.0)
            assert out["usage"]["completion_tokens"] >= 1
            if path == f16:
                assert llm.metadata["tokenizer.chat_template"] == "{{ messages[0]['content'] }}"
        finally:
            llm.close()


def test_bad_inputs_are_clear_errors(tiny_random_planner, tmp_path: Path) -> None:
    shape = tiny_random_planner.shape
    weights = random_llama_weights(shape)
    tokenizer = _tokenizer(tiny_random_planner)
    del weights["model.layers.1.mlp.up_proj.weight"]
    with pytest.raises(GGUFExportError, match="mlp.up_proj"):
        write_llama_gguf(tmp_path / "a.gguf", shape, weights, tokenizer)
    with pytest.raises(GGUFExportError, match="bos token"):
        write_llama_gguf(tmp_path / "b.gguf", shape, random_llama_weights(shape), tokenizer,
                         SpecialTokens(bos="<|begin|>"))
    small = LlamaShape(vocab_size=100, hidden_size=256, intermediate_size=512, num_hidden_layers=1,
                       num_attention_heads=4, num_key_value_heads=2)
    with pytest.raises(GGUFExportError, match="vocab_size"):
        write_llama_gguf(tmp_path / "c.gguf", small, {}, tokenizer)
    with pytest.raises(QuantizeError, match="no such GGUF"):
        quantize_gguf(tmp_path / "missing.gguf", tmp_path / "out.gguf")
    with pytest.raises(QuantizeError, match="unknown quantisation"):
        quantize_gguf(tiny_random_planner.gguf, tmp_path / "out.gguf", "Q3_X")  # type: ignore[arg-type]


def test_tied_embeddings_are_stored_once_and_used_for_the_output(tiny_random_planner, tmp_path: Path) -> None:
    shape = tiny_random_planner.shape
    weights = random_llama_weights(shape, seed=3)
    weights["lm_head.weight"] = weights["model.embed_tokens.weight"]
    untied = write_llama_gguf(tmp_path / "untied.gguf", shape, weights, _tokenizer(tiny_random_planner))
    del weights["lm_head.weight"]
    tied = write_llama_gguf(tmp_path / "tied.gguf", shape, weights, _tokenizer(tiny_random_planner))
    assert tied.stat().st_size < untied.stat().st_size
    logits = []
    for path in (untied, tied):
        llm = llama_cpp.Llama(str(path), n_ctx=128, logits_all=True, verbose=False)
        try:
            ids = llm.tokenize(PLAN.encode(), add_bos=True)
            llm.eval(ids)
            logits.append(np.array(llm.scores[: len(ids)]))
        finally:
            llm.close()
    np.testing.assert_allclose(logits[0], logits[1], atol=1e-5)
