"""What one generation cost, as measured by the backend that ran it (the bench command reports these)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class GenerationStats:
    prompt_tokens: int
    reused_prefix_tokens: int  # prompt tokens whose KV cache was kept from the previous request
    prefill_seconds: float  # from the call until the first generated token
    generated_tokens: int
    total_seconds: float

    @property
    def evaluated_prompt_tokens(self) -> int:
        return self.prompt_tokens - self.reused_prefix_tokens

    @property
    def tokens_per_second(self) -> float:
        """Generation speed after the first token (prefill excluded)."""
        decode = self.total_seconds - self.prefill_seconds
        return (self.generated_tokens - 1) / decode if self.generated_tokens > 1 and decode > 0 else 0.0
