"""An ONNX text model with its fast tokenizer: text in, named output rows out.

`run` is a plain blocking call (tokenise + one onnxruntime forward pass, milliseconds for the shipped model);
call it from a worker thread, never from an event loop. It is safe to call from several threads. The last
query's outputs are kept, so the selector and the example retriever share one forward pass per request.
"""

from __future__ import annotations

import threading
from pathlib import Path

import numpy as np

from agent.toolrag.config import ToolRAGError
from models.onnx_runtime import OnnxLoadError, open_session

TOKENIZER_NAME = "tokenizer.json"
MODEL_NAME = "model.onnx"


class OnnxTextModel:
    def __init__(self, folder: Path, *, max_length: int, threads: int, repair: str) -> None:
        self.folder = folder
        self.tokenizer = _load_tokenizer(folder / TOKENIZER_NAME, max_length, repair)
        try:
            self.session = open_session(folder / MODEL_NAME, threads=threads, repair=repair)
        except OnnxLoadError as exc:
            raise ToolRAGError(str(exc)) from None
        self.input_names = {i.name for i in self.session.get_inputs()}
        self.output_names = tuple(o.name for o in self.session.get_outputs())
        missing = {"input_ids", "attention_mask"} - self.input_names
        if missing:
            raise ToolRAGError(f"{folder / MODEL_NAME} lacks the inputs {sorted(missing)}: {repair}")
        self._lock = threading.Lock()
        self._last: tuple[str, dict[str, np.ndarray]] | None = None

    def run(self, text: str) -> dict[str, np.ndarray]:
        """Each output's row for `text` (batch of one), e.g. {"logits": [16], "embedding": [d]}."""
        with self._lock:
            if self._last is not None and self._last[0] == text:
                return self._last[1]
        encoding = self.tokenizer.encode(text)
        feeds = {"input_ids": np.asarray([encoding.ids], dtype=np.int64),
                 "attention_mask": np.asarray([encoding.attention_mask], dtype=np.int64)}
        if "token_type_ids" in self.input_names:
            feeds["token_type_ids"] = np.asarray([encoding.type_ids], dtype=np.int64)
        values = self.session.run(None, feeds)
        outputs = {name: np.asarray(value)[0] for name, value in zip(self.output_names, values, strict=True)}
        with self._lock:
            self._last = (text, outputs)
        return outputs


def _load_tokenizer(path: Path, max_length: int, repair: str):  # -> tokenizers.Tokenizer
    from tokenizers import Tokenizer

    if not path.is_file():
        raise ToolRAGError(f"{path} is missing: {repair}")
    try:
        tokenizer = Tokenizer.from_file(str(path))
    except Exception as exc:  # the Rust tokenizer raises a bare Exception for malformed files
        raise ToolRAGError(f"{path} is not a valid tokenizer ({str(exc)[:120]}): {repair}") from None
    tokenizer.enable_truncation(max_length)
    tokenizer.no_padding()
    return tokenizer
