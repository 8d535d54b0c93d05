"""Settings: defaults, round trip, clear errors, no secrets, ERRAND_HOME."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from agent.setup.settings import Settings, SettingsError, load_settings, save_settings, settings_path
from tools.paths import config_dir


def test_defaults_when_nothing_is_saved() -> None:
    settings = load_settings()
    assert settings == Settings()
    assert "mail" in settings.enabled_apps and settings.replan_budget == 1


def test_round_trip_under_errand_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ERRAND_HOME", str(tmp_path))
    settings = Settings(custom_instructions="Sign emails as Sam.", always_allow=["create_note"], n_threads=2)
    settings.planner.kind = "openai"
    settings.planner.endpoint = "http://127.0.0.1:8080/v1"
    settings.tools.sms.enabled = False
    path = save_settings(settings)
    assert path == tmp_path / "config" / "settings.json" == settings_path()
    assert config_dir() == tmp_path / "config"
    loaded = load_settings()
    assert loaded == settings
    assert "sms" not in loaded.enabled_apps


@pytest.mark.parametrize(("content", "message"), [
    ("{not json", "cannot read the settings file"),
    (json.dumps({"colour": "red"}), "unknown setting colour (known: always_allow, custom_instructions"),
    (json.dumps({"planner": {"kind": "gpt"}}), "setting planner.kind must be one of llama, openai, not 'gpt'"),
    (json.dumps({"replan_budget": "1"}), "setting replan_budget must be int, not str"),
    (json.dumps({"n_threads": True}), "setting n_threads must be int, not bool"),
    (json.dumps({"always_allow": "create_note"}), "setting always_allow must be a list of strings"),
    (json.dumps({"replan_budget": -1}), "cannot be negative"),
    (json.dumps({"planner": {"doubt_below": 1.2}}), "planner.expect_above and planner.continue_above must be between"),
    (json.dumps({"planner": {"continue_above": 2}}), "planner.expect_above and planner.continue_above must be between"),
    (json.dumps({"tools": {"sms": {"enabled": "no"}}}), "in the tools section: setting sms.enabled must be bool"),
])
def test_bad_files_give_one_clear_error_and_are_kept(content: str, message: str) -> None:
    path = settings_path()
    path.parent.mkdir(parents=True)
    path.write_text(content)
    with pytest.raises(SettingsError) as error:
        load_settings()
    assert message in str(error.value)
    assert path.read_text() == content


def test_integer_is_accepted_for_a_float_setting() -> None:
    assert Settings.from_dict({"step_timeout": 5}).step_timeout == 5.0


def test_there_is_no_place_for_a_secret() -> None:
    data = Settings().to_dict()
    data["planner"]["api_key"] = "sk-123"
    with pytest.raises(SettingsError, match="unknown setting planner.api_key"):
        Settings.from_dict(data)


def test_invalid_settings_are_not_saved() -> None:
    settings = Settings()
    settings.planner.kind = "gpt"  # type: ignore[assignment]
    with pytest.raises(SettingsError, match="planner.kind"):
        save_settings(settings)
    assert not settings_path().exists()


def test_folders_follow_errand_home_or_the_platform(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from tools.paths import cache_dir, data_dir

    monkeypatch.setenv("ERRAND_HOME", str(tmp_path))
    assert (config_dir(), data_dir(), cache_dir()) == (tmp_path / "config", tmp_path / "data", tmp_path / "cache")
    monkeypatch.delenv("ERRAND_HOME")
    if sys.platform.startswith("linux"):
        monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg"))
        assert config_dir() == tmp_path / "xdg" / "errand"
