"""The default-planner recipe on a tiny slice: training texts, plan-only loss, GGUF export, 4-bit, llama.cpp."""

from __future__ import annotations

import random
from datetime import datetime

import numpy as np
import pytest

from agent.measure.evaluation import load_items
from agent.planning.backends.base import GenerationOptions, complete
from agent.planning.backends.llama import LlamaBackend
from agent.planning.grammar import GrammarLimits, plan_grammar
from agent.planning.prompts.compact import render_compact_prompt
from agent.plans.plan import END_OF_PLAN, parse_plan
from agent.understanding.placeholders import mask_request, restore_value
from tools.catalogue import CATALOGUE, TOOL_NAMES
from training.planner.corpus import build_examples, prompt_tools
from training.planner.train import IGNORE, batches, tokenize


def test_prompt_tools_keep_the_gold_tools_in_catalogue_order() -> None:
    rng = random.Random(0)
    for _ in range(200):
        tools = prompt_tools(["send_sms", "get_phone_number"], rng)
        assert {"send_sms", "get_phone_number"} <= set(tools)
        assert tools == [name for name in TOOL_NAMES if name in tools]


def test_training_texts_use_the_runtime_prompt(data_slice) -> None:
    item = load_items(data_slice.train)[0]
    example = build_examples([item], seed=0)[0]
    tools = example.prompt.split("\n")[0].removeprefix("Tools: ").split(", ")
    masked = mask_request(item.query, random.Random(0))
    question = example.prompt.split("\n")[2].removeprefix("Question: ")
    assert restore_value(question, masked.values) == " ".join(item.query.split())
    assert example.prompt == render_compact_prompt(question, tools, item.now)
    assert example.plan.endswith(END_OF_PLAN) and example.plan.count(END_OF_PLAN) == 1


def test_loss_is_on_the_plan_tokens_only(tiny_planner, data_slice) -> None:
    from tokenizers import Tokenizer

    tokenizer = Tokenizer.from_file(str(tiny_planner.run / "tokenizer.json"))
    examples = build_examples(load_items(data_slice.train)[:4], seed=0)
    rows = tokenize(examples, tokenizer, max_length=1000)
    ids, mask, labels = next(batches(rows, 4, random.Random(0), pad_id=tokenizer.token_to_id("<pad>")))
    for row in range(ids.shape[0]):
        supervised = [int(t) for t, label in zip(ids[row], labels[row], strict=True) if label != IGNORE]
        text = tokenizer.decode(supervised, skip_special_tokens=False)
        assert text in {e.plan for e in examples}
    assert int((labels != IGNORE).sum()) < int(mask.sum())


def test_end_of_plan_is_one_token(tiny_planner) -> None:
    from tokenizers import Tokenizer

    tokenizer = Tokenizer.from_file(str(tiny_planner.run / "tokenizer.json"))
    assert len(tokenizer.encode("1. join()" + END_OF_PLAN).ids) == len(tokenizer.encode("1. join()").ids) + 1


def test_f32_gguf_reproduces_the_transformers_logits(tiny_planner) -> None:
    import llama_cpp
    import torch
    from tokenizers import Tokenizer
    from transformers import LlamaForCausalLM

    prompt = render_compact_prompt("text Ama that the train is late", ["get_phone_number", "send_sms"],
                                   datetime(2026, 5, 4, 9, 30))
    tokenizer = Tokenizer.from_file(str(tiny_planner.run / "tokenizer.json"))
    ids = [tokenizer.token_to_id("<s>")] + tokenizer.encode(prompt).ids
    llm = llama_cpp.Llama(str(tiny_planner.f32), n_ctx=512, logits_all=True, verbose=False)
    try:
        assert llm.tokenize(prompt.encode(), add_bos=True, special=True) == ids
        llm.eval(ids)
        native = np.array(llm.scores[len(ids) - 1])
    finally:
        llm.close()
    model = LlamaForCausalLM.from_pretrained(tiny_planner.run / "model").eval()
    with torch.no_grad():
        reference = model(torch.tensor([ids])).logits[0, -1].numpy()
    assert np.abs(native - reference).max() < 1e-3


def test_q4_planner_writes_a_parseable_plan_under_the_grammar(tiny_planner) -> None:
    """A barely trained model may write any text the grammar allows: limits small enough that the longest plan
    they allow fits in the token budget make a complete plan certain, whatever the tiny model's weights."""
    tools = ("get_phone_number", "send_sms")
    limits = GrammarLimits(max_steps=3, max_string=12, max_list=2, max_thought=0)
    backend = LlamaBackend(tiny_planner.gguf, n_ctx=2048)
    try:
        prompt = render_compact_prompt("text Ama that the train is late", tools, datetime(2026, 5, 4, 9, 30))
        options = GenerationOptions(stop=(END_OF_PLAN,), max_tokens=900,
                                    grammar=plan_grammar(CATALOGUE.subset(tools), limits))
        plan = parse_plan(complete(backend, prompt, options) + END_OF_PLAN)
    finally:
        backend.close()
    assert not plan.problems and plan.complete
    assert set(plan.tools) <= set(tools)
    assert tiny_planner.gguf.stat().st_size < tiny_planner.f32.stat().st_size / 3


def test_toolrag_selections_become_the_offered_tools(toolrag_dir, data_slice, tmp_path) -> None:
    from training.planner.selections import main as record_selections
    from training.planner.selections import read_selections

    items = load_items(data_slice.train)[:12]
    data = tmp_path / "items.jsonl"
    data.write_text("".join(data_slice.train.read_text().splitlines(keepends=True)[:12]))
    out = tmp_path / "selections.jsonl"
    record_selections(["--toolrag", str(toolrag_dir), "--data", str(data), "--out", str(out), "--threads", "1"])
    chosen = read_selections(out)
    assert list(chosen) == [item.id for item in items]
    examples = build_examples(items, seed=0, selections=chosen, selected_fraction=1.0)
    for item, example in zip(items, examples, strict=True):
        offered = example.prompt.split("\n")[0].removeprefix("Tools: ").split(", ")
        expected = [name for name in TOOL_NAMES if name in set(chosen[item.id]) | set(item.tools)]
        assert offered == (expected or ["none"])


def test_selections_with_unknown_tools_are_refused(tmp_path) -> None:
    from training.planner.selections import read_selections

    path = tmp_path / "bad.jsonl"
    path.write_text('{"id": "a", "tools": ["send_sms", "launch_rocket"]}\n')
    with pytest.raises(ValueError, match="launch_rocket"):
        read_selections(path)


def test_checkpoints_are_written_while_training(data_slice, tmp_path) -> None:
    from training.planner.train import PlannerConfig, train

    lines: list[str] = []
    config = PlannerConfig(vocab_size=400, hidden=32, layers=1, heads=2, intermediate=64, epochs=0.5,
                           batch_size=16, warmup_steps=1, threads=1, save_every=2)
    summary = train(config, data_slice.train, tmp_path / "run", log=lines.append)
    saved = [line for line in lines if line.startswith("checkpoint at step")]
    assert summary["steps"] > 2 and saved[0] == f"checkpoint at step 2 in {tmp_path / 'run'}"
    assert len(saved) == (summary["steps"] - 1) // 2
    assert (tmp_path / "run" / "model").is_dir() and (tmp_path / "run" / "tokenizer.json").is_file()
