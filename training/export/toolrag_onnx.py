"""Convert a DeBERTa-v3 multi-label ToolRAG checkpoint (the TinyAgent-ToolRAG fine-tune) into a ToolRAG folder.

    python -m training.export.toolrag_onnx CHECKPOINT OUT [--int8] [--tokenizer DIR]
                                           [--examples POOL.json --embedder DIR] [--threshold 0.5] [--dynamo]

CHECKPOINT is a Hugging Face folder (config.json, model.safetensors and the tokenizer: tokenizer.json, or
spm.model which is converted; --tokenizer names another folder when the checkpoint has none). OUT receives the
format agent/toolrag reads (models/README.md): model.onnx with inputs input_ids, attention_mask (+ token_type_ids
when the model has token types) and output `logits` in the registry's label order, tokenizer.json and
toolrag.json. --int8 quantises the weights dynamically (onnxruntime.quantization). The classifier has no
`embedding` output, so an example pool (a JSON list of {query, plan, tools}) is embedded with a separate ONNX
embedder folder whose name is recorded as `embedding_model`; the runtime must then be given the same embedder.
After export, onnxruntime's logits are compared with torch's on sample requests and the result is printed.
Needs the `train` extra (torch, transformers, onnx, onnxscript).
"""

from __future__ import annotations

import argparse
import json
import shutil
import tempfile
from dataclasses import asdict, dataclass
from pathlib import Path

import numpy as np

from agent.toolrag.config import DEFAULT_THRESHOLD, MAX_TOKENS
from models.onnx_runtime import import_onnxruntime
from tools.catalogue import TINYAGENT_TOOL_NAMES, TOOL_NAMES

# Requests used only to compare torch and onnxruntime after export (written for this check).
SAMPLE_REQUESTS = (
    "Email Priya the slides from Tuesday and cc Tom",
    "Text my brother that I will be late",
    "What is on my calendar?",
    "Set up a zoom call with the design team next Monday at 10 and put it in my calendar",
    "Show me how to walk to the central library",
    "Add the shopping list to my groceries note and remind me about it at 6pm",
    "Summarize the contract pdf and send the summary to Lena",
    "Forward this email to the accountant",
)


@dataclass(frozen=True)
class ExportReport:
    model: str
    int8: bool
    max_abs_logit_diff: float  # onnxruntime vs torch on SAMPLE_REQUESTS
    same_selections: bool  # onnxruntime's tools above threshold equal torch's on every sample
    examples: int
    size_bytes: int


def label_tools(config) -> tuple[str, ...]:  # config: transformers PretrainedConfig
    """The tools a checkpoint classifies: TinyAgent's 16 (the released ToolRAG, COMPAT section 4) or all of
    Errand's, told apart by the number of outputs."""
    for tools in (TINYAGENT_TOOL_NAMES, TOOL_NAMES):
        if config.num_labels == len(tools):
            return tools
    raise ValueError(f"the checkpoint has {config.num_labels} labels, ToolRAG needs {len(TINYAGENT_TOOL_NAMES)} "
                     f"(TinyAgent's tools) or {len(TOOL_NAMES)} (Errand's)")


def label_order(config) -> list[int]:  # config: transformers PretrainedConfig
    """Index of each registry tool among the checkpoint's outputs. Named labels are matched by name; generic
    LABEL_k labels are taken to be in registry order already (COMPAT section 4)."""
    tools = label_tools(config)
    names = [config.id2label[i] for i in range(config.num_labels)]
    if set(names) == set(tools):
        return [names.index(tool) for tool in tools]
    if all(name == f"LABEL_{i}" for i, name in enumerate(names)):
        return list(range(len(tools)))
    raise ValueError(f"the checkpoint's labels {names[:3]}… are neither the tool names nor LABEL_k")


def write_tokenizer(checkpoint: Path, tokenizer_dir: Path | None, out: Path, max_length: int):
    """tokenizer.json in OUT (copied, or converted from spm.model by transformers); returns the tokenizer."""
    from tokenizers import Tokenizer

    source = tokenizer_dir or checkpoint
    if (source / "tokenizer.json").is_file():
        shutil.copyfile(source / "tokenizer.json", out / "tokenizer.json")
    else:
        from transformers import AutoTokenizer

        AutoTokenizer.from_pretrained(str(source)).backend_tokenizer.save(str(out / "tokenizer.json"))
    tokenizer = Tokenizer.from_file(str(out / "tokenizer.json"))
    tokenizer.enable_truncation(max_length)
    tokenizer.no_padding()
    return tokenizer


def _module(model, order: list[int], token_types: bool):  # -> torch.nn.Module with named tensor inputs
    import torch

    index = torch.tensor(order, dtype=torch.long)

    class LogitsInRegistryOrder(torch.nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.model = model

        def forward(self, input_ids, attention_mask, token_type_ids=None):
            logits = self.model(input_ids=input_ids, attention_mask=attention_mask,
                                token_type_ids=token_type_ids).logits
            return logits.index_select(1, index)

    class WithoutTokenTypes(LogitsInRegistryOrder):
        def forward(self, input_ids, attention_mask):
            return super().forward(input_ids, attention_mask)

    return (LogitsInRegistryOrder if token_types else WithoutTokenTypes)().eval()


def export_onnx(module, path: Path, token_types: bool, dynamo: bool = False) -> None:
    """Dynamic batch and length. The TorchScript exporter (dynamo=False) is the default: it takes well under a
    second where the dynamo exporter (needs onnxscript) takes seconds, and both give the same numbers."""
    import torch

    names = ["input_ids", "attention_mask"] + (["token_type_ids"] if token_types else [])
    sample = tuple(torch.ones((2, 16), dtype=torch.long) for _ in names)
    with torch.no_grad():
        if dynamo:
            from torch.export import Dim

            batch, sequence = Dim("batch"), Dim("sequence", max=MAX_TOKENS)
            torch.onnx.export(module, sample, str(path), input_names=names, output_names=["logits"],
                              dynamic_shapes={name: {0: batch, 1: sequence} for name in names},
                              opset_version=18, dynamo=True, external_data=False)
            _drop_value_info(path)
        else:
            axes = {name: {0: "batch", 1: "sequence"} for name in names} | {"logits": {0: "batch"}}
            torch.onnx.export(module, sample, str(path), input_names=names, output_names=["logits"],
                              dynamic_axes=axes, opset_version=17, dynamo=False)


def _drop_value_info(path: Path) -> None:
    """The dynamo exporter records intermediate shapes traced at the sample size; onnxruntime's quantiser
    re-infers shapes and rejects the stale ones, so they are removed (they are optional in ONNX)."""
    import onnx

    model = onnx.load(str(path))
    del model.graph.value_info[:]
    onnx.save(model, str(path))


def quantize_int8(source: Path, target: Path) -> None:
    import_onnxruntime()  # sets the telemetry switch before onnxruntime.quantization imports onnxruntime
    from onnxruntime.quantization import QuantType, quantize_dynamic

    quantize_dynamic(str(source), str(target), weight_type=QuantType.QInt8)


def _feeds(tokenizer, text: str, token_types: bool) -> dict[str, np.ndarray]:
    encoding = tokenizer.encode(text)
    feeds = {"input_ids": np.asarray([encoding.ids], np.int64),
             "attention_mask": np.asarray([encoding.attention_mask], np.int64)}
    if token_types:
        feeds["token_type_ids"] = np.asarray([encoding.type_ids], np.int64)
    return feeds


def compare(module, model_path: Path, tokenizer, token_types: bool, threshold: float,
            texts: tuple[str, ...] = SAMPLE_REQUESTS) -> tuple[float, bool]:
    """(max |onnxruntime - torch| over the logits, whether the selections above threshold agree)."""
    import torch

    ort = import_onnxruntime()
    session = ort.InferenceSession(str(model_path), providers=["CPUExecutionProvider"])
    worst, same = 0.0, True
    for text in texts:
        feeds = _feeds(tokenizer, text, token_types)
        with torch.no_grad():
            expected = module(*(torch.from_numpy(v) for v in feeds.values())).numpy()[0]
        got = session.run(["logits"], feeds)[0][0]
        worst = max(worst, float(np.abs(got - expected).max()))
        same &= bool(np.array_equal(_sigmoid(got) > threshold, _sigmoid(expected) > threshold))
    return worst, same


def _sigmoid(values: np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-values.astype(np.float64)))


def write_pool(examples_path: Path, embedder_dir: Path, out: Path) -> tuple[int, str]:
    """examples.json + examples.npy embedded with the embedder folder; returns (count, embedder name)."""
    from agent.toolrag.embedder import OnnxEmbedder

    pool = json.loads(examples_path.read_text(encoding="utf-8"))
    embedder = OnnxEmbedder(embedder_dir, threads=2, repair="check the --embedder folder")
    vectors = np.stack([embedder.embed(item["query"]) for item in pool]).astype(np.float32)
    examples = [{"query": i["query"], "plan": i["plan"], "tools": list(i["tools"])} for i in pool]
    (out / "examples.json").write_text(json.dumps(examples, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    np.save(out / "examples.npy", vectors, allow_pickle=False)
    return len(examples), embedder.name


def export_toolrag(checkpoint: Path, out: Path, *, int8: bool = False, tokenizer_dir: Path | None = None,
                   examples: Path | None = None, embedder_dir: Path | None = None,
                   threshold: float = DEFAULT_THRESHOLD, max_length: int = MAX_TOKENS,
                   dynamo: bool = False) -> ExportReport:
    from transformers import AutoModelForSequenceClassification

    if (examples is None) != (embedder_dir is None):
        raise ValueError("an example pool needs an embedder folder, and an embedder needs a pool")
    model = AutoModelForSequenceClassification.from_pretrained(str(checkpoint)).eval()
    token_types = getattr(model.config, "type_vocab_size", 0) > 0
    module = _module(model, label_order(model.config), token_types)
    out.mkdir(parents=True, exist_ok=True)
    tokenizer = write_tokenizer(checkpoint, tokenizer_dir, out, max_length)
    with tempfile.TemporaryDirectory() as scratch:
        fp32 = Path(scratch) / "model.onnx"
        export_onnx(module, fp32, token_types, dynamo)
        if int8:
            quantize_int8(fp32, out / "model.onnx")
        else:
            shutil.move(fp32, out / "model.onnx")
    count, embedding_model = write_pool(examples, embedder_dir, out) if examples and embedder_dir else (0, None)
    config = {"labels": list(label_tools(model.config)), "threshold": threshold, "max_length": max_length,
              "embedding_model": embedding_model}
    (out / "toolrag.json").write_text(json.dumps(config, indent=2) + "\n", encoding="utf-8")
    worst, same = compare(module, out / "model.onnx", tokenizer, token_types, threshold)
    return ExportReport(str(checkpoint), int8, worst, same, count, (out / "model.onnx").stat().st_size)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("checkpoint", type=Path)
    parser.add_argument("out", type=Path)
    parser.add_argument("--int8", action="store_true", help="dynamic int8 quantisation of the weights")
    parser.add_argument("--tokenizer", type=Path, help="folder with tokenizer.json or spm.model")
    parser.add_argument("--examples", type=Path, help="example pool: JSON list of {query, plan, tools}")
    parser.add_argument("--embedder", type=Path, help="ONNX embedder folder for the example pool")
    parser.add_argument("--threshold", type=float, default=DEFAULT_THRESHOLD)
    parser.add_argument("--dynamo", action="store_true", help="use torch's dynamo exporter (needs onnxscript)")
    args = parser.parse_args(argv)
    report = export_toolrag(args.checkpoint, args.out, int8=args.int8, tokenizer_dir=args.tokenizer,
                            examples=args.examples, embedder_dir=args.embedder, threshold=args.threshold,
                            dynamo=args.dynamo)
    print(json.dumps(asdict(report), indent=2))
    return 0 if report.same_selections else 1


if __name__ == "__main__":
    raise SystemExit(main())
