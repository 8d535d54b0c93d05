"""The default planner backend: a GGUF model run in process by llama.cpp (llama-cpp-python).

- The file's header is checked in Python first (agent/planning/backends/gguf_file.py), so a missing, truncated or
  corrupt file is a PlannerError, never a crash in native code.
- The model is loaded once, in the constructor; call it off the UI thread. `close()` frees it (llama-cpp-python
  otherwise complains at interpreter shutdown in a frozen app).
- KV-cache reuse: llama-cpp-python keeps the cache of the previous request and, for the next one, evaluates
  only the tokens after the longest common token prefix. Prompts are built so the shared part comes first;
  `last_stats.reused_prefix_tokens` measures how much was actually reused.
- Grammars are checked with agent.planning.gbnf before llama.cpp sees them (an invalid one would segfault).
- One generation at a time: the llama.cpp context is not thread-safe, so `stream` holds a lock until its
  iterator is exhausted or closed.
"""

from __future__ import annotations

import codecs
import ctypes
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from agent.planning.backends.base import GenerationOptions, PlannerError
from agent.planning.backends.gguf_file import GGUFHeader, check_gguf
from agent.planning.backends.stats import GenerationStats
from agent.planning.backends.stops import StopScanner
from agent.planning.gbnf import GrammarError, validate_gbnf


def _import_llama_cpp() -> Any:
    try:
        import llama_cpp
    except ImportError as exc:  # pragma: no cover - the package is a core dependency
        raise PlannerError(f"llama-cpp-python is not installed ({exc}); run scripts/bootstrap") from None
    return llama_cpp


def trained_context(header: GGUFHeader) -> int | None:
    """The context length the model was trained for; a longer window only wastes memory and makes llama.cpp warn."""
    architecture = header.metadata.get("general.architecture")
    value = header.metadata.get(f"{architecture}.context_length")
    return value if isinstance(value, int) and value > 0 else None


class LlamaBackend:
    name = "llama.cpp"

    def __init__(
        self, path: str | Path, *, n_ctx: int = 4096, n_threads: int | None = None, n_batch: int = 512,
        seed: int = 0,
    ) -> None:
        self.path = Path(path)
        self.header = check_gguf(self.path)
        n_ctx = min(n_ctx, trained_context(self.header) or n_ctx)
        llama_cpp = _import_llama_cpp()
        self._llama_cpp = llama_cpp
        self._lock = threading.Lock()
        self.last_stats: GenerationStats | None = None
        try:
            self._llm = llama_cpp.Llama(
                model_path=str(self.path), n_ctx=n_ctx, n_threads=n_threads, n_threads_batch=n_threads,
                n_batch=n_batch, seed=seed, verbose=False,
            )
        except (ValueError, RuntimeError, OSError) as exc:
            raise PlannerError(f"llama.cpp could not load {self.path}: {exc}") from None

    @property
    def metadata(self) -> dict[str, str]:
        """The GGUF metadata as llama.cpp reports it (strings)."""
        return dict(self._llm.metadata)

    @property
    def chat_template(self) -> str | None:
        return self._llm.metadata.get("tokenizer.chat_template") or None

    @property
    def n_ctx(self) -> int:
        return self._llm.n_ctx()

    def count_tokens(self, text: str) -> int:
        return len(self._tokenize(text))

    def _tokenize(self, text: str) -> list[int]:
        return self._llm.tokenize(text.encode("utf-8"), add_bos=True, special=True)

    def stream(self, prompt: str, options: GenerationOptions) -> Iterator[str]:
        if self._llm is None:
            raise PlannerError(f"the planner {self.path.name} was closed")
        grammar = self._grammar(options.grammar)
        if options.max_tokens < 1:
            return iter(())
        tokens = self._tokenize(prompt)
        room = self.n_ctx - len(tokens)
        if room <= 0:
            raise PlannerError(f"the prompt has {len(tokens)} tokens but the context holds only {self.n_ctx}")
        return self._generate(tokens, min(options.max_tokens, room), options, grammar)

    def _grammar(self, text: str | None) -> Any:
        if text is None:
            return None
        try:
            validate_gbnf(text)
        except GrammarError as exc:
            raise PlannerError(str(exc)) from None
        return self._llama_cpp.LlamaGrammar.from_string(text, verbose=False)

    def _generate(
        self, tokens: list[int], max_tokens: int, options: GenerationOptions, grammar: Any
    ) -> Iterator[str]:
        with self._lock:
            start = time.perf_counter()
            reused = min(_common_prefix(list(self._llm._input_ids), tokens), len(tokens) - 1)
            decoder = codecs.getincrementaldecoder("utf-8")(errors="replace")
            stops = StopScanner(options.stop)
            vocab = self._llm._model.vocab
            generated, first = 0, 0.0
            if options.seed is not None:
                self._llm.set_seed(options.seed)
            tokens_out = self._llm.generate(tokens, temp=options.temperature, top_k=40, top_p=0.95,
                                            min_p=0.05, repeat_penalty=1.0, grammar=grammar)
            try:
                for token in tokens_out:
                    first = first or time.perf_counter() - start
                    if self._llama_cpp.llama_vocab_is_eog(vocab, token):
                        break
                    generated += 1
                    text = stops.feed(decoder.decode(self._piece(token)))
                    if text:
                        yield text
                    if stops.stopped or generated >= max_tokens:
                        break
                if not stops.stopped:
                    tail = stops.feed(decoder.decode(b"", final=True)) + stops.flush()
                    if tail:
                        yield tail
            except RuntimeError as exc:  # llama_decode failures surface as RuntimeError
                raise PlannerError(f"llama.cpp failed while generating: {exc}") from None
            finally:
                tokens_out.close()
                self.last_stats = GenerationStats(
                    prompt_tokens=len(tokens), reused_prefix_tokens=reused, prefill_seconds=first,
                    generated_tokens=generated, total_seconds=time.perf_counter() - start,
                )

    def reset_cache(self) -> None:
        """Forget the cached prompt, so the next request evaluates its whole prompt (a cold start)."""
        with self._lock:
            self._llm.reset()

    def _piece(self, token: int) -> bytes:
        """The bytes of one token (llama-cpp-python's own detokenize truncates pieces over 32 bytes)."""
        size = 64
        while True:
            buffer = (ctypes.c_char * size)()
            n = self._llama_cpp.llama_token_to_piece(self._llm._model.vocab, token, buffer, size, 0, False)
            if n >= 0:
                return buffer.raw[:n]
            size = -n

    def close(self) -> None:
        llm = getattr(self, "_llm", None)
        if llm is not None:
            llm.close()
            self._llm = None


def _common_prefix(a: list[int], b: list[int]) -> int:
    n = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        n += 1
    return n
