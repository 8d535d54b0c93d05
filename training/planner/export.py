"""Convert a trained default planner (transformers folder + tokenizer.json) to a 4-bit GGUF.

    python -m training.planner.export --run runs/planner --out models/default/planner/errand-planner-q4_0.gguf \
        [--quant Q4_0]
"""

from __future__ import annotations

import argparse
import tempfile
from pathlib import Path

from training.export.gguf_llama import LlamaShape, SpecialTokens, write_llama_gguf
from training.export.quantize import quantize_gguf

PLANNER_SPECIALS = SpecialTokens(bos="<s>", eos="</s>", unk="<unk>", pad="<pad>", add_bos=True)


def write_f32_gguf(run: Path, path: Path) -> Path:
    """The trained weights as an f32 GGUF (tied embeddings stored once)."""
    from tokenizers import Tokenizer
    from transformers import LlamaForCausalLM

    model = LlamaForCausalLM.from_pretrained(run / "model")
    weights = dict(model.state_dict())
    if model.config.tie_word_embeddings:
        weights.pop("lm_head.weight", None)
    tokenizer = Tokenizer.from_file(str(run / "tokenizer.json"))
    return write_llama_gguf(path, LlamaShape.from_hf_config(model.config), weights, tokenizer, PLANNER_SPECIALS,
                            name="errand-planner")


def export(run: Path, out: Path, quant: str = "Q4_0") -> Path:
    out.parent.mkdir(parents=True, exist_ok=True)
    if quant == "F32":
        return write_f32_gguf(run, out)
    with tempfile.TemporaryDirectory() as scratch:
        f32 = write_f32_gguf(run, Path(scratch) / "planner-f32.gguf")
        return quantize_gguf(f32, out, quant)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--run", type=Path, required=True, help="folder written by training.planner.train")
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--quant", default="Q4_0", choices=["Q4_0", "Q4_K_M", "Q8_0", "F32"])
    args = parser.parse_args(argv)
    print(export(args.run, args.out, args.quant))


if __name__ == "__main__":
    main()
