"""Read and check a GGUF file's header in pure Python, before llama.cpp sees the file.

llama.cpp reports most bad files, but a file that is not a model at all, a truncated download or a corrupt
header should never reach native code: this reads the magic, the version, every metadata entry and every
tensor record, and checks that the tensor data the header promises fits in the file. It also gives the
scalar metadata (architecture, name, `tokenizer.chat_template`...) without loading the model.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

from agent.planning.backends.base import PlannerError

_MAGIC = b"GGUF"
_SCALARS = {0: "<B", 1: "<b", 2: "<H", 3: "<h", 4: "<I", 5: "<i", 6: "<f", 7: "<?", 10: "<Q", 11: "<q", 12: "<d"}
_STRING, _ARRAY = 8, 9
# ggml tensor type -> (elements per block, bytes per block), for the types a planner GGUF uses.
_BLOCKS = {
    0: (1, 4), 1: (1, 2), 2: (32, 18), 3: (32, 20), 6: (32, 22), 7: (32, 24), 8: (32, 34), 9: (32, 36),
    10: (256, 84), 11: (256, 110), 12: (256, 144), 13: (256, 176), 14: (256, 210), 15: (256, 292),
    24: (1, 1), 25: (1, 2), 26: (1, 4), 27: (1, 8), 28: (1, 8), 30: (1, 2),
}
_MAX_COUNT = 1 << 24  # a sanity bound on counts and lengths in a header


@dataclass(frozen=True)
class GGUFHeader:
    version: int
    tensor_count: int
    metadata: dict[str, Any]  # scalar and string entries (arrays are skipped)
    required_size: int  # bytes the file must have for all tensor data to be present
    file_size: int


class _Reader:
    def __init__(self, handle: BinaryIO, path: Path) -> None:
        self.handle = handle
        self.path = path

    def take(self, size: int) -> bytes:
        data = self.handle.read(size)
        if len(data) != size:
            raise PlannerError(f"{self.path} is truncated (the header ends early); download it again")
        return data

    def scalar(self, fmt: str) -> Any:
        return struct.unpack(fmt, self.take(struct.calcsize(fmt)))[0]

    def count(self) -> int:
        value = self.scalar("<Q")
        if value > _MAX_COUNT:
            raise PlannerError(f"{self.path} is corrupt (implausible count {value} in the header)")
        return value

    def string(self) -> str:
        return self.take(self.count()).decode("utf-8", errors="replace")

    def value(self, kind: int) -> Any:
        if kind in _SCALARS:
            return self.scalar(_SCALARS[kind])
        if kind == _STRING:
            return self.string()
        if kind == _ARRAY:
            item_kind, length = self.scalar("<I"), self.count()
            if item_kind in _SCALARS:  # skip fixed-size items in one read
                self.take(length * struct.calcsize(_SCALARS[item_kind]))
            else:
                for _ in range(length):
                    self.value(item_kind)
            return None
        raise PlannerError(f"{self.path} is corrupt (unknown metadata type {kind})")


def read_gguf_header(path: str | Path) -> GGUFHeader:
    """Parse the header of `path`; raise PlannerError with a clear reason if it is not a usable GGUF."""
    path = Path(path)
    if not path.exists():
        raise PlannerError(f"model file not found: {path}")
    if not path.is_file():
        raise PlannerError(f"model path is not a file: {path}")
    size = path.stat().st_size
    with path.open("rb") as handle:
        reader = _Reader(handle, path)
        if size < 24 or reader.take(4) != _MAGIC:
            raise PlannerError(f"{path} is not a GGUF model file (wrong magic bytes)")
        version = reader.scalar("<I")
        if version not in (2, 3):
            raise PlannerError(f"{path} uses GGUF version {version}; only versions 2 and 3 are supported")
        tensors, entries = reader.count(), reader.count()
        metadata: dict[str, Any] = {}
        for _ in range(entries):
            key = reader.string()
            value = reader.value(reader.scalar("<I"))
            if value is not None:
                metadata[key] = value
        end = 0
        for _ in range(tensors):
            reader.string()
            dims = [reader.scalar("<Q") for _ in range(reader.scalar("<I"))]
            kind, offset = reader.scalar("<I"), reader.scalar("<Q")
            end = max(end, offset + _tensor_bytes(kind, dims))
        alignment = int(metadata.get("general.alignment", 32)) or 32
        data_start = -(-handle.tell() // alignment) * alignment
    return GGUFHeader(version, tensors, metadata, data_start + end, size)


def _tensor_bytes(kind: int, dims: list[int]) -> int:
    """Size of one tensor's data; 0 for types not in the table (then only llama.cpp's own check applies)."""
    if kind not in _BLOCKS:
        return 0
    per_block, block_bytes = _BLOCKS[kind]
    elements = 1
    for d in dims:
        elements *= d
    return -(-elements // per_block) * block_bytes


def check_gguf(path: str | Path) -> GGUFHeader:
    """Read the header and check the file holds all the tensor data it promises."""
    header = read_gguf_header(path)
    if header.tensor_count == 0:
        raise PlannerError(f"{path} contains no tensors")
    if header.file_size < header.required_size:
        raise PlannerError(
            f"{path} is truncated ({header.file_size} of {header.required_size} bytes); download it again"
        )
    return header
