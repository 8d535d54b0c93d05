"""Load a ToolRAG model folder once: the tool selector plus the example retriever (format: models/README.md).

`load_toolrag` takes a second or so for a full-size model: call it off the UI thread (a worker or the job
runner), once, and share the result. What it returns is thread-safe; `select` and `retrieve` are plain
blocking calls meant for worker threads, never for an event loop.

A broken classifier raises ToolRAGError (one line: the file and what to do). A broken or mismatched example
pool does not: the retriever then returns no examples and its `problem` says why, so requests still work.
"""

from __future__ import annotations

import sys
from pathlib import Path

from agent.toolrag.classifier import OnnxToolSelector
from agent.toolrag.config import ToolRAGError, read_config
from agent.toolrag.embedder import OnnxEmbedder
from agent.toolrag.encoder import OnnxTextModel
from agent.toolrag.examples import EmbeddingRetriever, NoExamples, has_pool, load_pool

DEFAULT_REPAIR = "run `errand models verify` and download or rebuild the model it names"


def load_toolrag(model_dir: Path, *, threads: int = 2, embedder_dir: Path | None = None,
                 repair: str = DEFAULT_REPAIR) -> tuple[OnnxToolSelector, EmbeddingRetriever | NoExamples]:
    model_dir = Path(model_dir)
    if not model_dir.is_dir():
        raise ToolRAGError(f"the ToolRAG folder {model_dir} is missing: {repair}")
    config = read_config(model_dir, repair)
    model = OnnxTextModel(model_dir, max_length=config.max_length, threads=threads, repair=repair)
    selector = OnnxToolSelector(model, config, repair)
    return selector, _retriever(model_dir, model, config.embedding_model, embedder_dir, threads, repair)


def _retriever(model_dir: Path, model: OnnxTextModel, recorded: str | None, embedder_dir: Path | None,
               threads: int, repair: str) -> EmbeddingRetriever | NoExamples:
    if not has_pool(model_dir):
        return NoExamples()
    try:
        pool = load_pool(model_dir, repair)
        if recorded is None:
            raise ToolRAGError(f"{model_dir}/toolrag.json records no embedding_model for its example pool, so the "
                               "pool cannot be matched to an embedder; re-export the model with its pool")
        if embedder_dir is None:
            if "embedding" not in model.output_names:
                raise ToolRAGError(f"{model_dir}/model.onnx has no 'embedding' output: give an embedder folder "
                                   f"for '{recorded}' to use its example pool")
            embed, name = (lambda query: model.run(query)["embedding"]), recorded
        else:
            embedder = OnnxEmbedder(Path(embedder_dir), threads=threads, repair=repair)
            embed, name = embedder.embed, embedder.name
        if name != recorded:
            raise ToolRAGError(f"the example pool in {model_dir} was embedded with '{recorded}' but the embedder "
                               f"is '{name}': use the matching embedder or re-embed the pool")
        retriever = EmbeddingRetriever(pool, embed)
        dimension = len(embed("dimension check"))
        if dimension != pool.dimension:
            raise ToolRAGError(f"{model_dir}/examples.npy has {pool.dimension}-d vectors but the embedder gives "
                               f"{dimension}-d: re-embed the pool")
        return retriever
    except ToolRAGError as exc:
        return NoExamples(str(exc))


def resident_bytes() -> int:
    """This process's resident memory now (Linux: VmRSS); on macOS the peak, the closest the stdlib offers."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) * 1024
    except OSError:
        pass
    import resource

    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak if sys.platform == "darwin" else peak * 1024
