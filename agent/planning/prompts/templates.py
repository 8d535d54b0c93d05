"""How a system and a user message become one prompt string for a completion model.

Two kinds: the fixed instruction template TinyAgent-1.1B was trained with, and the Jinja chat template a GGUF
carries in its `tokenizer.chat_template` metadata (rendered like transformers does, in a sandbox).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol


class PromptTemplate(Protocol):
    def render(self, system: str, user: str) -> str: ...


@dataclass(frozen=True)
class InstructionTemplate:
    """`### Instruction:\\n{system}\\n\\n### Input:\\n{user}\\n\\n### Response:\\n` (COMPAT section 3)."""

    def render(self, system: str, user: str) -> str:
        return f"### Instruction:\n{system}\n\n### Input:\n{user}\n\n### Response:\n"


class ChatTemplateError(ValueError):
    """The model's chat template is missing or cannot render a system + user conversation."""


@dataclass(frozen=True)
class ChatTemplate:
    """A GGUF's Jinja chat template. `bos_token` renders empty because llama.cpp adds BOS itself when it
    tokenizes the prompt. Templates that refuse a system message get it prepended to the user message."""

    source: str
    eos_token: str = ""

    def render(self, system: str, user: str) -> str:
        try:
            return self._render([{"role": "system", "content": system}, {"role": "user", "content": user}])
        except ChatTemplateError:
            return self._render([{"role": "user", "content": f"{system}\n\n{user}"}])

    def _render(self, messages: list[dict[str, str]]) -> str:
        import jinja2
        from jinja2.sandbox import ImmutableSandboxedEnvironment

        def raise_exception(message: str) -> None:
            raise ChatTemplateError(message)

        env = ImmutableSandboxedEnvironment(trim_blocks=True, lstrip_blocks=True)
        env.globals["raise_exception"] = raise_exception
        try:
            return env.from_string(self.source).render(
                messages=messages, add_generation_prompt=True, bos_token="", eos_token=self.eos_token,
            )
        except ChatTemplateError:
            raise
        except jinja2.TemplateError as exc:
            raise ChatTemplateError(f"the model's chat template cannot be rendered: {exc}") from None
