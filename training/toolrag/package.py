"""Package a trained ToolRAG checkpoint as the model folder the runtime loads (agent/toolrag, models/README.md).

    python -m training.toolrag.package --run runs/toolrag --pool pool.jsonl --out models/default/toolrag \
        [--pool-size 1500] [--no-int8] [--threshold 0.5]

Writes model.onnx (outputs `logits` and `embedding`; int8 weights unless --no-int8), tokenizer.json,
toolrag.json (labels, the threshold tuned on the held-out split, max_length, embedding_model) and the
example pool examples.json + examples.npy, embedded by the exported model itself so that run-time query
embeddings and pool vectors come from the same graph.
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import tempfile
from pathlib import Path

import numpy as np
import torch

from agent.measure.evaluation import load_items
from models.onnx_runtime import import_onnxruntime
from tools.catalogue import TOOL_NAMES
from training.toolrag.model import ToolRAGNet, load_minilm, minilm_dir
from training.toolrag.train import MAX_LENGTH

EMBEDDING_MODEL = "errand-toolrag-minilm"


def load_checkpoint(run: Path) -> ToolRAGNet:
    encoder, _ = load_minilm()
    net = ToolRAGNet(encoder, len(TOOL_NAMES))
    net.load_state_dict(torch.load(run / "toolrag.pt", weights_only=True))
    return net.eval()


def export_onnx(net: ToolRAGNet, path: Path, int8: bool) -> Path:
    """torch -> ONNX (dynamic batch and length); int8 quantises the MatMul and embedding Gather weights."""
    ids = torch.tensor([[101, 7592, 2088, 102]])
    mask = torch.ones_like(ids)
    with tempfile.TemporaryDirectory() as scratch:
        fp32 = Path(scratch) / "fp32.onnx"
        torch.onnx.export(
            net.eval(), (ids, mask), str(fp32), input_names=["input_ids", "attention_mask"],
            output_names=["logits", "embedding"], opset_version=17, dynamo=False,
            dynamic_axes={"input_ids": {0: "batch", 1: "length"}, "attention_mask": {0: "batch", 1: "length"},
                          "logits": {0: "batch"}, "embedding": {0: "batch"}},
        )
        if int8:
            import_onnxruntime()  # sets the telemetry switch before onnxruntime.quantization imports it
            from onnxruntime.quantization import QuantType, quantize_dynamic

            quantize_dynamic(str(fp32), str(path), weight_type=QuantType.QInt8,
                             op_types_to_quantize=["MatMul", "Gather"])
        else:
            shutil.copyfile(fp32, path)
    return path


def onnx_outputs(model_path: Path, tokenizer_path: Path, texts: list[str]) -> tuple[np.ndarray, np.ndarray]:
    """(logits [n,16], embeddings [n,d]) computed by onnxruntime, one text at a time as the runtime does."""
    from tokenizers import Tokenizer

    onnxruntime = import_onnxruntime()
    options = onnxruntime.SessionOptions()
    options.intra_op_num_threads = 2
    session = onnxruntime.InferenceSession(str(model_path), options, providers=["CPUExecutionProvider"])
    tokenizer = Tokenizer.from_file(str(tokenizer_path))
    tokenizer.enable_truncation(MAX_LENGTH)
    tokenizer.no_padding()
    logits, embeddings = [], []
    for text in texts:
        encoding = tokenizer.encode(text)
        feeds = {"input_ids": np.asarray([encoding.ids], np.int64),
                 "attention_mask": np.asarray([encoding.attention_mask], np.int64)}
        row_logits, row_embedding = session.run(["logits", "embedding"], feeds)
        logits.append(row_logits[0])
        embeddings.append(row_embedding[0])
    return np.stack(logits).astype(np.float32), np.stack(embeddings).astype(np.float32)


def write_pool(out: Path, pool_path: Path, size: int, seed: int) -> int:
    items = load_items(pool_path)
    chosen = random.Random(seed).sample(items, min(size, len(items)))
    _, vectors = onnx_outputs(out / "model.onnx", out / "tokenizer.json", [item.query for item in chosen])
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    examples = [{"query": item.query, "plan": item.plan, "tools": list(item.tools)} for item in chosen]
    (out / "examples.json").write_text(json.dumps(examples, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    np.save(out / "examples.npy", vectors.astype(np.float32), allow_pickle=False)
    return len(examples)


def package(run: Path, out: Path, pool_path: Path | None, pool_size: int, int8: bool, seed: int = 0,
            threshold: float | None = None) -> dict:
    """`threshold` None takes the one tuned on the held-out split for the run's target recall."""
    out.mkdir(parents=True, exist_ok=True)
    summary = json.loads((run / "train_summary.json").read_text())
    export_onnx(load_checkpoint(run), out / "model.onnx", int8)
    shutil.copyfile(minilm_dir(verify=False) / "tokenizer.json", out / "tokenizer.json")
    chosen = summary["heldout"]["threshold"] if threshold is None else threshold
    config = {"labels": list(TOOL_NAMES), "threshold": chosen, "max_length": MAX_LENGTH,
              "embedding_model": EMBEDDING_MODEL}
    (out / "toolrag.json").write_text(json.dumps(config, indent=2) + "\n")
    pool = write_pool(out, pool_path, pool_size, seed) if pool_path else 0
    return {"threshold": config["threshold"], "int8": int8, "pool": pool}


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--run", type=Path, required=True, help="folder written by training.toolrag.train")
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--pool", type=Path, help="JSONL items to draw the in-context example pool from")
    parser.add_argument("--pool-size", type=int, default=1500)
    parser.add_argument("--int8", action=argparse.BooleanOptionalAction, default=True)
    parser.add_argument("--threshold", type=float, help="selection threshold (default: tuned on the held-out split; "
                        "COMPAT's ToolRAG uses 0.5)")
    args = parser.parse_args(argv)
    if args.threshold is not None and not 0 < args.threshold < 1:
        parser.error("--threshold must be between 0 and 1")
    print(json.dumps(package(args.run, args.out, args.pool, args.pool_size, args.int8, threshold=args.threshold)))


if __name__ == "__main__":
    main()
