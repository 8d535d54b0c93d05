"""The default planner's own byte-level BPE tokenizer, trained on its training texts.

Byte-level BPE with the GPT-2 split (`ByteLevel(add_prefix_space=False)`) is what llama.cpp's `gpt2`
tokenizer reproduces, so the GGUF tokenises prompts exactly as training did. `<END_OF_PLAN>` is one added
token: the model emits it in one step and the stop string is never split.
"""

from __future__ import annotations

from collections.abc import Iterable

from agent.plans.plan import END_OF_PLAN

SPECIALS = ("<s>", "</s>", "<unk>", "<pad>")


def train_tokenizer(texts: Iterable[str], vocab_size: int):  # -> tokenizers.Tokenizer
    from tokenizers import Tokenizer, decoders, models, pre_tokenizers, trainers

    tokenizer = Tokenizer(models.BPE(unk_token="<unk>"))
    tokenizer.pre_tokenizer = pre_tokenizers.ByteLevel(add_prefix_space=False)
    tokenizer.decoder = decoders.ByteLevel()
    trainer = trainers.BpeTrainer(
        vocab_size=vocab_size - 1, special_tokens=list(SPECIALS),
        initial_alphabet=pre_tokenizers.ByteLevel.alphabet(), show_progress=False,
    )
    tokenizer.train_from_iterator((t.replace(END_OF_PLAN, "") for t in texts), trainer)
    tokenizer.add_tokens([END_OF_PLAN])
    return tokenizer


def token_ids(tokenizer, text: str) -> list[int]:
    """Ids of `text` without any special tokens added (the caller places `<s>`)."""
    return tokenizer.encode(text, add_special_tokens=False).ids
