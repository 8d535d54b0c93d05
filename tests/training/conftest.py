"""Fixtures for the recipe smoke tests: a tiny synthetic data slice and tiny models trained from it, once per session.

Everything is built here from the project's own generator and recipes (nothing is downloaded); the sizes are
chosen so each recipe runs in seconds, which is all a smoke test needs to keep the recipe from rotting.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest

from training.data.generator import generate
from training.data.jsonl import write_items


@dataclass(frozen=True)
class DataSlice:
    train: Path
    heldout: Path


@dataclass(frozen=True)
class TinyPlanner:
    run: Path  # folder written by training.planner.train
    gguf: Path  # Q4_0 export
    f32: Path


@pytest.fixture(scope="session")
def data_slice(tmp_path_factory: pytest.TempPathFactory) -> DataSlice:
    folder = tmp_path_factory.mktemp("data")
    train, heldout = folder / "train.jsonl", folder / "heldout.jsonl"
    write_items(train, (g.item for g in generate(160, seed=11)))
    write_items(heldout, (g.item for g in generate(40, seed=12)))
    return DataSlice(train, heldout)


@pytest.fixture(scope="session")
def toolrag_run(data_slice: DataSlice, tmp_path_factory: pytest.TempPathFactory) -> Path:
    from training.toolrag.train import TrainConfig, save_checkpoint, train

    out = tmp_path_factory.mktemp("toolrag-run")
    config = TrainConfig(mode="frozen", epochs=3, batch_size=32, threads=1)
    net, _, summary = train(config, data_slice.train, data_slice.heldout, log=lambda _: None)
    save_checkpoint(net, summary, out)
    return out


@pytest.fixture(scope="session")
def toolrag_dir(toolrag_run: Path, data_slice: DataSlice, tmp_path_factory: pytest.TempPathFactory) -> Path:
    from training.toolrag.package import package

    out = tmp_path_factory.mktemp("toolrag-model")
    package(toolrag_run, out, data_slice.train, pool_size=30, int8=True)
    return out


@pytest.fixture(scope="session")
def tiny_planner(data_slice: DataSlice, tmp_path_factory: pytest.TempPathFactory) -> TinyPlanner:
    from training.planner.export import export
    from training.planner.train import PlannerConfig, train

    run = tmp_path_factory.mktemp("planner-run")
    config = PlannerConfig(vocab_size=700, hidden=64, layers=2, heads=2, intermediate=128, epochs=1,
                           batch_size=16, warmup_steps=2, threads=1)
    train(config, data_slice.train, run, log=lambda _: None)
    return TinyPlanner(run, export(run, run / "planner-q4_0.gguf", "Q4_0"), export(run, run / "planner-f32.gguf",
                                                                                   "F32"))
