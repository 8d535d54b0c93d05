"""llama.cpp in process: bad files are clear errors, the KV cache of a shared prefix is reused, metadata."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from agent.planning.backends.base import GenerationOptions, PlannerError
from agent.planning.backends.gguf_file import check_gguf, read_gguf_header
from agent.planning.backends.llama import LlamaBackend, trained_context
from agent.planning.gbnf import gbnf_literal


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(PlannerError, match="model file not found"):
        LlamaBackend(tmp_path / "absent.gguf")


def test_folder_instead_of_file(tmp_path: Path) -> None:
    with pytest.raises(PlannerError, match="not a file"):
        LlamaBackend(tmp_path)


def test_not_a_gguf(tmp_path: Path) -> None:
    path = tmp_path / "model.gguf"
    path.write_text("<html>404 Not Found</html>" * 10)
    with pytest.raises(PlannerError, match="not a GGUF model file"):
        LlamaBackend(path)


@pytest.mark.parametrize("fraction", [0.001, 0.01, 0.5, 0.999])
def test_truncated_file(tiny_gguf: Path, tmp_path: Path, fraction: float) -> None:
    data = tiny_gguf.read_bytes()
    path = tmp_path / "cut.gguf"
    path.write_bytes(data[: int(len(data) * fraction)])
    with pytest.raises(PlannerError, match="truncated"):
        LlamaBackend(path)


def test_corrupt_header(tiny_gguf: Path, tmp_path: Path) -> None:
    data = bytearray(tiny_gguf.read_bytes())
    data[16:24] = (2**40).to_bytes(8, "little")  # metadata entry count
    path = tmp_path / "corrupt.gguf"
    path.write_bytes(bytes(data))
    with pytest.raises(PlannerError, match="corrupt"):
        LlamaBackend(path)


def test_unsupported_version(tiny_gguf: Path, tmp_path: Path) -> None:
    data = bytearray(tiny_gguf.read_bytes())
    data[4:8] = (1).to_bytes(4, "little")
    path = tmp_path / "v1.gguf"
    path.write_bytes(bytes(data))
    with pytest.raises(PlannerError, match="version 1"):
        LlamaBackend(path)


def test_header_of_a_good_file(tiny_gguf: Path, tiny_gguf_q4: Path) -> None:
    for path in (tiny_gguf, tiny_gguf_q4):
        header = check_gguf(path)
        assert header.required_size == header.file_size == path.stat().st_size
        assert header.metadata["general.architecture"] == "llama"
        assert header.tensor_count == 2 * 9 + 3
    assert read_gguf_header(tiny_gguf).metadata["tokenizer.ggml.model"] == "gpt2"


def test_prompt_longer_than_the_context_is_an_error(tiny_gguf: Path) -> None:
    backend = LlamaBackend(tiny_gguf, n_ctx=64, n_threads=1)
    try:
        with pytest.raises(PlannerError, match=r"prompt has \d+ tokens but the context holds only \d+"):
            backend.stream("word " * 200, GenerationOptions())
    finally:
        backend.close()


def test_shared_prefix_is_served_from_the_kv_cache(tiny_llama: LlamaBackend) -> None:
    shared = "### Instruction:\nCreate a plan with these tools.\n" + "1. get_phone_number(name: str) -> str\n" * 30
    options = GenerationOptions(max_tokens=4, grammar=f"root ::= {gbnf_literal('1. join()')}")
    list(tiny_llama.stream("unrelated warm-up text", options))
    list(tiny_llama.stream(shared + "Question: call Ann", options))
    cold = tiny_llama.last_stats
    assert cold is not None and cold.reused_prefix_tokens <= 1  # only <s> in common with the warm-up
    list(tiny_llama.stream(shared + "Question: text Bob", options))
    warm = tiny_llama.last_stats
    assert warm is not None
    shared_tokens = tiny_llama.count_tokens(shared)
    assert shared_tokens - 1 <= warm.reused_prefix_tokens < warm.prompt_tokens
    assert warm.evaluated_prompt_tokens < cold.evaluated_prompt_tokens / 4
    assert warm.generated_tokens >= 1 and warm.total_seconds >= warm.prefill_seconds > 0


def test_same_output_with_and_without_a_warm_cache(tiny_llama: LlamaBackend) -> None:
    prompt = "Question: what is on my calendar?\n"
    options = GenerationOptions(max_tokens=12)
    list(tiny_llama.stream("something else entirely", options))
    cold = "".join(tiny_llama.stream(prompt, options))
    warm = "".join(tiny_llama.stream(prompt, options))
    assert tiny_llama.last_stats.reused_prefix_tokens == tiny_llama.last_stats.prompt_tokens - 1
    assert cold == warm


def test_metadata_chat_template_and_threads(tiny_random_planner, tmp_path: Path) -> None:
    from tokenizers import Tokenizer

    from training.export.gguf_llama import write_llama_gguf
    from training.export.tiny_planner import random_llama_weights

    template = "{% for m in messages %}<{{ m['role'] }}>{{ m['content'] }}{% endfor %}"
    path = write_llama_gguf(tmp_path / "chat.gguf", tiny_random_planner.shape,
                            random_llama_weights(tiny_random_planner.shape),
                            Tokenizer.from_file(str(tiny_random_planner.tokenizer_json)), chat_template=template)
    backend = LlamaBackend(path, n_ctx=128, n_threads=1)
    try:
        assert backend.chat_template == template
        assert backend.metadata["general.architecture"] == "llama"
        assert backend._llm.context_params.n_threads == 1
    finally:
        backend.close()
    backend.close()  # closing twice is harmless


def test_utf8_split_across_tokens_is_reassembled(tiny_llama: LlamaBackend) -> None:
    text = "Zoë → café ✓"
    options = GenerationOptions(grammar=f"root ::= {gbnf_literal(text)}")
    assert "".join(tiny_llama.stream("say it", options)) == text


def test_quantised_model_plans_under_a_grammar(tiny_gguf_q4: Path, tmp_path: Path) -> None:
    copy = tmp_path / "q4.gguf"
    shutil.copy(tiny_gguf_q4, copy)
    backend = LlamaBackend(copy, n_ctx=256, n_threads=1)
    try:
        options = GenerationOptions(stop=("<END_OF_PLAN>",), grammar='root ::= "1. join()<END_OF_PLAN>"')
        assert "".join(backend.stream("Question: hi", options)) == "1. join()"
    finally:
        backend.close()


def test_a_well_formed_gguf_llama_cpp_cannot_run_is_a_planner_error(tmp_path: Path) -> None:
    import gguf
    import numpy as np

    path = tmp_path / "other.gguf"
    writer = gguf.GGUFWriter(str(path), "not-a-real-architecture")
    writer.add_tensor("weight", np.ones((4, 4), np.float32))
    writer.write_header_to_file()
    writer.write_kv_data_to_file()
    writer.write_tensors_to_file()
    writer.close()
    assert check_gguf(path).metadata["general.architecture"] == "not-a-real-architecture"
    with pytest.raises(PlannerError, match="llama.cpp could not load"):
        LlamaBackend(path)


def test_a_closed_planner_says_so(tiny_gguf: Path) -> None:
    backend = LlamaBackend(tiny_gguf, n_ctx=256, n_threads=1)
    backend.close()
    with pytest.raises(PlannerError, match="was closed"):
        backend.stream("hi", GenerationOptions())


def test_the_context_never_exceeds_what_the_model_was_trained_for(tiny_gguf: Path) -> None:
    trained = trained_context(check_gguf(tiny_gguf))
    assert trained is not None
    backend = LlamaBackend(tiny_gguf, n_ctx=trained * 4, n_threads=1)
    try:
        assert backend.n_ctx == trained
    finally:
        backend.close()


def test_a_seed_makes_a_sample_reproducible(tiny_llama: LlamaBackend) -> None:
    def sample(seed: int) -> str:
        options = GenerationOptions(max_tokens=24, temperature=1.0, seed=seed)
        return "".join(tiny_llama.stream("Question: plan my day\n", options))

    assert sample(7) == sample(7) == sample(7)
    assert len({sample(seed) for seed in range(1, 6)}) > 1  # different seeds, different samples
