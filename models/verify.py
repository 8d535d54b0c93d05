"""File checks shared by downloads, `errand models verify` and model loading: hashes and cheap format sniffs."""

from __future__ import annotations

import hashlib
import struct
from collections.abc import Callable
from pathlib import Path

_BLOCK = 1 << 20
GGUF_MAGIC = b"GGUF"


def sha256_file(path: Path, on_bytes: Callable[[int], None] | None = None) -> str:
    """Hex sha256 of a file, read in 1 MiB blocks; `on_bytes` hears how many bytes each block held."""
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        while block := handle.read(_BLOCK):
            digest.update(block)
            if on_bytes is not None:
                on_bytes(len(block))
    return digest.hexdigest()


def gguf_problem(path: Path) -> str | None:
    """Why `path` is not a GGUF file llama.cpp could open, or None when its header looks right."""
    with open(path, "rb") as handle:
        header = handle.read(24)
    if len(header) < 24:
        return f"{path.name} is truncated ({len(header)} bytes, shorter than a GGUF header)"
    if header[:4] != GGUF_MAGIC:
        return f"{path.name} is not a GGUF file (it does not start with 'GGUF')"
    version, tensors, metadata = struct.unpack("<IQQ", header[4:24])
    if version not in (2, 3):
        return f"{path.name} has GGUF version {version}, which this llama.cpp does not read"
    if tensors == 0 or tensors > 1_000_000 or metadata > 1_000_000:
        return f"{path.name} has a corrupted GGUF header"
    return None


def onnx_problem(path: Path) -> str | None:
    """Why `path` cannot be an ONNX model, judged from its first bytes (full checks happen at load time)."""
    with open(path, "rb") as handle:
        head = handle.read(2)
    if len(head) < 2:
        return f"{path.name} is empty or truncated"
    if head[0] != 0x08:  # a serialised ModelProto starts with field 1 (ir_version) as a varint
        return f"{path.name} is not an ONNX model"
    return None


def format_problem(path: Path) -> str | None:
    """A format sniff for the file types Errand loads; other files pass."""
    if path.suffix == ".gguf":
        return gguf_problem(path)
    if path.suffix == ".onnx":
        return onnx_problem(path)
    return None
