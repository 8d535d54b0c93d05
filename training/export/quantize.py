"""4-bit (or 8-bit) quantisation of a GGUF with llama.cpp's own quantiser, bound by llama-cpp-python."""

from __future__ import annotations

from pathlib import Path
from typing import Literal

QuantType = Literal["Q4_0", "Q4_K_M", "Q8_0"]

_FTYPES: dict[str, str] = {
    "Q4_0": "LLAMA_FTYPE_MOSTLY_Q4_0",
    "Q4_K_M": "LLAMA_FTYPE_MOSTLY_Q4_K_M",
    "Q8_0": "LLAMA_FTYPE_MOSTLY_Q8_0",
}


class QuantizeError(RuntimeError):
    """llama.cpp refused to quantise the file."""


def quantize_gguf(src: str | Path, dst: str | Path, kind: QuantType = "Q4_K_M", threads: int = 0) -> Path:
    """Write a `kind`-quantised copy of the GGUF `src` to `dst` and return `dst`.

    K-quants need every matrix row to be a multiple of 256 wide (llama.cpp falls back per tensor otherwise).
    """
    import llama_cpp

    if kind not in _FTYPES:
        raise QuantizeError(f"unknown quantisation {kind!r}; choose one of {', '.join(_FTYPES)}")
    src, dst = Path(src), Path(dst)
    if not src.is_file():
        raise QuantizeError(f"no such GGUF file: {src}")
    params = llama_cpp.llama_model_quantize_default_params()
    params.ftype = getattr(llama_cpp, _FTYPES[kind])
    params.nthread = threads
    status = llama_cpp.llama_model_quantize(str(src).encode(), str(dst).encode(), params)
    if status != 0 or not dst.is_file():
        raise QuantizeError(f"llama.cpp could not quantise {src} to {kind} (status {status})")
    return dst
