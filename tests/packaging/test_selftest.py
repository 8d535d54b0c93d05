"""`errand --self-test` from the virtual environment: each stage reports, and each failure is one clear line."""

from __future__ import annotations

from pathlib import Path

import pytest

from agent.setup import assembly
from app.cli import main

from ..agent.toolrag.conftest import write_toolrag


@pytest.fixture
def defaults(monkeypatch: pytest.MonkeyPatch, tiny_default_models: Path) -> Path:
    monkeypatch.setattr(assembly, "DEFAULT_PLANNER_DIR", tiny_default_models / "planner")
    monkeypatch.setattr(assembly, "DEFAULT_TOOLRAG_DIR", tiny_default_models / "toolrag")
    return tiny_default_models


def test_every_stage_passes_with_the_default_models(defaults: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--self-test"]) == 0
    out, err = capsys.readouterr()
    lines = out.splitlines()
    assert lines[0] == ('self-test: "sms Bob about the park tomorrow" with the default models '
                        "(dry run: nothing is executed)")
    assert [line.split()[:2] for line in lines[1:5]] == [
        ["load", "ok"], ["toolrag", "ok"], ["planner", "ok"], ["validator", "ok"]]
    assert "errand-tiny-q4_k_m.gguf in llama.cpp (errand-compact profile)" in lines[1]
    assert "get_phone_number, send_sms; 2 examples" in lines[2]  # the tiny ToolRAG's keyword for "sms"
    assert "with grammar" in lines[3] and "valid plan, DAG with" in lines[4]
    assert lines[5].startswith("self-test passed in ") and err == ""


def test_a_missing_default_planner_is_one_line(defaults: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr(assembly, "DEFAULT_PLANNER_DIR", tmp_path)
    assert main(["--self-test"]) == 1
    out, err = capsys.readouterr()
    assert err == (f"self-test FAILED at load: the default planner is missing: no .gguf file in {tmp_path} "
                   "(run `errand models verify`, or pass --model / --endpoint)\n")
    assert "load      ok" not in out


def test_a_missing_default_toolrag_is_one_line(defaults: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr(assembly, "DEFAULT_TOOLRAG_DIR", tmp_path / "toolrag")
    assert main(["--self-test"]) == 1
    err = capsys.readouterr().err
    assert err.startswith(f"self-test FAILED at load: the ToolRAG folder {tmp_path / 'toolrag'} is missing")
    assert len(err.splitlines()) == 1


def test_toolrag_choosing_nothing_fails_its_stage(defaults: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    write_toolrag(tmp_path / "strict", threshold=0.999)  # no keyword reaches p=0.999
    monkeypatch.setattr(assembly, "DEFAULT_TOOLRAG_DIR", tmp_path / "strict")
    assert main(["--self-test"]) == 1
    out, err = capsys.readouterr()
    assert "load      ok" in out and "toolrag   ok" not in out
    assert err == "self-test FAILED at toolrag: no tool passed the threshold\n"


def test_an_unexpected_error_names_its_stage(defaults: Path, monkeypatch: pytest.MonkeyPatch,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    def broken(plan: object, registry: object) -> None:
        raise ImportError("libnetworkx.so: cannot open shared object file")  # as a bundle missing a library would

    monkeypatch.setattr("agent.plans.validate.validate", broken)
    assert main(["--self-test"]) == 1
    out, err = capsys.readouterr()
    assert "planner   ok" in out
    assert err == "self-test FAILED at validator: ImportError: libnetworkx.so: cannot open shared object file\n"
