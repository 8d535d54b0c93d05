"""Building a session from settings: real tiny GGUF planner, real ONNX ToolRAG, clear errors for bad models."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from agent.running.events import Approval
from agent.setup import assembly
from agent.setup.assembly import AssemblyError, Overrides, build_session, default_profile
from agent.setup.settings import PlannerSettings, Settings
from models.paths import models_home

from ..conftest import Collector, MemoryBackends
from ..toolrag.conftest import write_toolrag


def never(request: object) -> Approval:
    raise AssertionError("a dry run asks nothing")


@pytest.fixture(scope="module")
def toolrag_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_toolrag(tmp_path_factory.mktemp("toolrag") / "tiny").folder


def test_tiny_gguf_with_grammar_and_onnx_toolrag_plans_validly(tiny_gguf: Path, toolrag_dir: Path,
                                                               memory: MemoryBackends, events: Collector) -> None:
    settings = Settings(n_threads=1)
    settings.planner.model_path = str(tiny_gguf)
    settings.toolrag.model_dir = str(toolrag_dir)
    session = build_session(settings, backends=memory.as_backends())
    assert (session.profile.name, session.planner.name, session.config.grammar) == (
        "errand-compact", "llama.cpp", True)
    result = session.handle("sms bob about the park", sink=events, approver=never, dry_run=True,
                            now=datetime(2026, 11, 20, 10))
    assert result.selection.tools == ("get_phone_number", "send_sms")
    assert result.status == "dry_run", result.answer
    plan = result.plan
    assert plan is not None and result.rounds[-1].attempt.validation.ok  # random weights, yet a valid plan
    assert set(plan.tools) <= {"get_phone_number", "send_sms"}
    assert memory.calls == []


def test_missing_default_planner_is_one_clear_line(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(assembly, "DEFAULT_PLANNER_DIR", tmp_path)
    with pytest.raises(AssemblyError, match=r"the default planner is missing: no \.gguf file in "):
        build_session(Settings(), execute=False)


def test_corrupt_planner_file(tmp_path: Path) -> None:
    broken = tmp_path / "broken.gguf"
    broken.write_bytes(b"GGUF" + b"\0" * 20)
    with pytest.raises(AssemblyError) as error:
        build_session(Settings(), Overrides(model=str(broken)), execute=False)
    assert str(error.value) == f"{broken} uses GGUF version 0; only versions 2 and 3 are supported"


def test_missing_toolrag_folder(tiny_gguf: Path, tmp_path: Path) -> None:
    with pytest.raises(AssemblyError, match=f"the ToolRAG folder {tmp_path / 'none'} is missing"):
        build_session(Settings(), Overrides(model=str(tiny_gguf), toolrag=str(tmp_path / "none")), execute=False)


def test_unknown_profile_and_missing_endpoint() -> None:
    with pytest.raises(AssemblyError, match="unknown prompt profile 'nope'"):
        build_session(Settings(), Overrides(endpoint="http://127.0.0.1:9/v1", profile="nope"), execute=False,
                      toolrag=False)
    settings = Settings()
    settings.planner.kind = "openai"
    with pytest.raises(AssemblyError, match="no endpoint URL is set"):
        build_session(settings, execute=False, toolrag=False)


def test_default_profile_follows_the_manifest_then_the_name(tmp_path: Path) -> None:
    shipped = assembly.DEFAULT_PLANNER_DIR / "errand.gguf"
    assert default_profile(PlannerSettings(), shipped) == "errand-compact"  # models/manifests/errand-planner.json
    downloaded = models_home() / "tinyagent-7b" / "model.gguf"  # models/manifests/tinyagent-7b.json
    assert default_profile(PlannerSettings(), downloaded) == "tinyagent"
    assert default_profile(PlannerSettings(), tmp_path / "TinyAgent-1.1B-Q4_K_M.gguf") == "tinyagent"
    assert default_profile(PlannerSettings(kind="openai", endpoint_model="tinyagent-7b")) == "tinyagent"
    assert default_profile(PlannerSettings(), tmp_path / "mine.gguf") == "errand-compact"


def test_settings_reach_the_session(memory: MemoryBackends) -> None:
    settings = Settings(custom_instructions="Be brief.", always_allow=["create_note"], replan_budget=2)
    settings.tools.sms.enabled = False
    session = build_session(settings, Overrides(endpoint="http://127.0.0.1:9/v1", grammar=True),
                            backends=memory.as_backends(), toolrag=False)
    config = session.config
    assert (config.custom_instructions, config.always_allow, config.replan_budget) == (
        "Be brief.", frozenset({"create_note"}), 2)
    assert "send_sms" not in session.enabled_tools and "create_note" in session.enabled_tools
    assert not config.grammar  # servers are not sent grammars
    assert session.select("anything").fallback  # no ToolRAG: every enabled tool is offered


def test_a_small_planner_runs_on_one_thread_and_a_big_one_on_llama_cpps_choice(tmp_path: Path) -> None:
    small, big = tmp_path / "small.gguf", tmp_path / "big.gguf"
    small.write_bytes(b"GGUF" + bytes(1000))
    with big.open("wb") as handle:  # sparse: the size is what counts
        handle.truncate(assembly.SMALL_MODEL_BYTES + 1)
    assert assembly.planner_threads(small) == 1
    assert assembly.planner_threads(big) is None
    assert assembly.planner_threads(tmp_path / "absent.gguf") is None
