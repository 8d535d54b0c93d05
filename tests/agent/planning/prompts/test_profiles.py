"""Profile lookup, the compact profile, and chat templates read from a GGUF."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from agent.planning.prompts import PROFILE_NAMES, PlanRequest, get_profile
from agent.planning.prompts.compact import render_compact_prompt
from agent.planning.prompts.templates import ChatTemplate, ChatTemplateError
from agent.plans.plan import END_OF_PLAN, parse_plan
from tools.catalogue import CATALOGUE

NOW = datetime(2026, 11, 20, 10, 0)
CHATML = ("{% for m in messages %}<|im_start|>{{ m['role'] }}\n{{ m['content'] }}<|im_end|>\n{% endfor %}"
          "{% if add_generation_prompt %}<|im_start|>assistant\n{% endif %}")


def req(query: str = "Text Ann") -> PlanRequest:
    return PlanRequest(query, CATALOGUE.subset(["get_phone_number", "send_sms"]), [], NOW, "Be brief.")


def test_every_named_profile_exists_and_stops_at_end_of_plan() -> None:
    for name in ("tinyagent", "errand-compact"):
        profile = get_profile(name)
        assert profile.name == name and profile.stop == (END_OF_PLAN,)
    assert set(PROFILE_NAMES) == {"tinyagent", "tinyagent-chat", "errand-compact"}
    with pytest.raises(ValueError, match="unknown prompt profile 'gpt'"):
        get_profile("gpt")
    with pytest.raises(ChatTemplateError, match="needs a model whose GGUF has a chat template"):
        get_profile("tinyagent-chat")


def test_compact_profile_uses_the_training_renderer_and_has_no_joiner() -> None:
    profile = get_profile("errand-compact")
    assert profile.plan_prompt(req()) == render_compact_prompt("Text Ann", ["get_phone_number", "send_sms"], NOW)
    assert profile.join_prompt("Text Ann", "1. x()\nObservation: y") is None
    previous = parse_plan('1. get_phone_number("Ann")\n2. join()')
    replan = profile.replan_prompt(req(), previous, {1: "Error: unknown contact"})
    assert replan == ("Tools: get_phone_number, send_sms\nNow: Friday 2026-11-20 10:00\nQuestion: Text Ann\n"
                      'Previous:\n1. get_phone_number("Ann")\nObservation: Error: unknown contact\nPlan:\n')


def test_chat_profile_renders_the_gguf_template(tiny_random_planner, tmp_path: Path) -> None:
    from tokenizers import Tokenizer

    from agent.planning.backends.gguf_file import read_gguf_header
    from training.export.gguf_llama import write_llama_gguf
    from training.export.tiny_planner import random_llama_weights

    path = write_llama_gguf(tmp_path / "chat.gguf", tiny_random_planner.shape,
                            random_llama_weights(tiny_random_planner.shape),
                            Tokenizer.from_file(str(tiny_random_planner.tokenizer_json)), chat_template=CHATML)
    template = read_gguf_header(path).metadata["tokenizer.chat_template"]
    prompt = get_profile("tinyagent-chat", chat_template=template).plan_prompt(req())
    assert prompt.startswith("<|im_start|>system\nCreate a plan")
    assert prompt.endswith("<|im_end|>\n<|im_start|>user\nQuestion: Text Ann<|im_end|>\n<|im_start|>assistant\n")
    assert "1. get_phone_number(name: str) -> str" in prompt


def test_template_that_refuses_a_system_message_gets_it_in_the_user_turn() -> None:
    strict = ("{% for m in messages %}{% if m['role'] == 'system' %}{{ raise_exception('no system role') }}"
              "{% endif %}[{{ m['role'] }}] {{ m['content'] }}\n{% endfor %}")
    assert ChatTemplate(strict).render("SYS", "USER") == "[user] SYS\n\nUSER\n"
    with pytest.raises(ChatTemplateError, match="cannot be rendered"):
        ChatTemplate("{% for %}").render("a", "b")
    with pytest.raises(ChatTemplateError, match="cannot be rendered"):
        ChatTemplate("{{ ''.__class__.__mro__[1].__subclasses__() }}").render("a", "b")  # sandboxed
