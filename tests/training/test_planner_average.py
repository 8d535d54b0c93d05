"""Averaging planner checkpoints: the mean of the weights, a run folder export reads, and clear refusals."""

from __future__ import annotations

import shutil

import pytest

from training.planner.average import IncompatibleRuns, average
from training.planner.grow import grow


def test_the_average_is_the_mean_of_the_weights_and_exports(tiny_planner, tmp_path) -> None:
    import llama_cpp
    import torch
    from transformers import LlamaForCausalLM

    from training.planner.export import export

    other = tmp_path / "other"
    shutil.copytree(tiny_planner.run, other)
    model = LlamaForCausalLM.from_pretrained(other / "model")
    with torch.no_grad():
        for parameter in model.parameters():
            parameter.add_(0.5)
    model.save_pretrained(other / "model")

    average([tiny_planner.run, other], tmp_path / "soup")
    first = LlamaForCausalLM.from_pretrained(tiny_planner.run / "model").state_dict()
    soup = LlamaForCausalLM.from_pretrained(tmp_path / "soup" / "model").state_dict()
    for key, value in soup.items():
        assert torch.allclose(value, first[key] + 0.25, atol=1e-6), key  # tied weights moved once
    gguf = export(tmp_path / "soup", tmp_path / "soup.gguf", "Q4_0")
    llm = llama_cpp.Llama(str(gguf), n_ctx=256, n_threads=1, verbose=False)
    assert llm.n_vocab() == model.config.vocab_size
    llm.close()


def test_runs_that_differ_in_shape_or_tokenizer_are_refused(tiny_planner, tmp_path) -> None:
    grow(tiny_planner.run, tmp_path / "deeper", layers=3)
    with pytest.raises(IncompatibleRuns, match="does not have the architecture"):
        average([tiny_planner.run, tmp_path / "deeper"], tmp_path / "soup")
    retokenized = tmp_path / "retokenized"
    shutil.copytree(tiny_planner.run, retokenized)
    (retokenized / "tokenizer.json").write_text("{}")
    with pytest.raises(IncompatibleRuns, match="different tokenizers"):
        average([tiny_planner.run, retokenized], tmp_path / "soup")
    with pytest.raises(IncompatibleRuns, match="at least two"):
        average([tiny_planner.run], tmp_path / "soup")
