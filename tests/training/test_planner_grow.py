"""Growing the default planner: more layers, the same function, and a model the training recipe continues."""

from __future__ import annotations

import pytest

from training.planner.grow import grow, new_layer_positions


def test_new_layers_are_spread_between_the_old_ones() -> None:
    assert new_layer_positions(4, 8) == [False, True] * 4
    assert new_layer_positions(4, 6) == [False, False, True, False, False, True]
    assert new_layer_positions(2, 2) == [False, False]
    assert new_layer_positions(4, 7).count(False) == 4 and len(new_layer_positions(4, 7)) == 7


def test_a_model_cannot_shrink() -> None:
    with pytest.raises(ValueError, match="cannot grow 4 layers into 3"):
        new_layer_positions(4, 3)


def test_grown_planner_computes_what_the_original_did(tiny_planner, tmp_path) -> None:
    import torch
    from transformers import LlamaForCausalLM

    params = grow(tiny_planner.run, tmp_path / "grown", layers=5)
    original = LlamaForCausalLM.from_pretrained(tiny_planner.run / "model").eval()
    grown = LlamaForCausalLM.from_pretrained(tmp_path / "grown" / "model").eval()
    assert grown.config.num_hidden_layers == 5 and original.config.num_hidden_layers == 2
    assert params == sum(p.numel() for p in grown.parameters()) > sum(p.numel() for p in original.parameters())
    ids = torch.randint(5, original.config.vocab_size, (2, 40))
    with torch.no_grad():
        assert torch.allclose(original(ids).logits, grown(ids).logits, atol=1e-5)
    assert (tmp_path / "grown" / "tokenizer.json").read_bytes() == (tiny_planner.run / "tokenizer.json").read_bytes()


def test_training_continues_from_a_grown_planner(tiny_planner, data_slice, tmp_path) -> None:
    import llama_cpp

    from training.planner.export import export
    from training.planner.train import PlannerConfig, train

    grow(tiny_planner.run, tmp_path / "grown", layers=3)
    config = PlannerConfig(vocab_size=700, hidden=64, layers=3, heads=2, intermediate=128, epochs=0.2,
                           batch_size=16, warmup_steps=1, threads=1)
    summary = train(config, data_slice.train, tmp_path / "run", log=lambda _: None, init=tmp_path / "grown")
    assert summary["init"] == str(tmp_path / "grown") and summary["layers"] == 3 and summary["steps"] >= 1
    gguf = export(tmp_path / "run", tmp_path / "grown-q4_0.gguf", "Q4_0")
    llm = llama_cpp.Llama(str(gguf), n_ctx=256, verbose=False)
    try:
        assert llm.metadata["llama.block_count"] == "3"
    finally:
        llm.close()
