"""SMS through KDE Connect, against a stand-in kdeconnect-cli whose contract is tested here too."""

from __future__ import annotations

import subprocess

import pytest

from tools.backends import ToolError
from tools.config import SmsConfig
from tools.linux.sms import KdeConnectSms

from .conftest import StandIn


def run_cli(*arguments: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["kdeconnect-cli", *arguments], capture_output=True, text=True, timeout=30)


# The stand-in's contract: what the real kdeconnect-cli does for the commands Errand uses.

def test_standin_lists_reachable_device_ids_one_per_line(kdeconnect: StandIn, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("KDECONNECT_DEVICES", "a1b2,c3d4")
    done = run_cli("--list-available", "--id-only")
    assert (done.returncode, done.stdout.splitlines()) == (0, ["a1b2", "c3d4"])


def test_standin_lists_nothing_and_succeeds_without_devices(kdeconnect: StandIn, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("KDECONNECT_DEVICES", "")
    done = run_cli("--list-available", "--id-only")
    assert (done.returncode, done.stdout) == (0, "")


def test_standin_sends_to_a_reachable_device_and_fails_for_an_unknown_one(kdeconnect: StandIn):
    assert run_cli("-d", "phone1", "--send-sms", "hi", "--destination", "+4412345").returncode == 0
    unknown = run_cli("-d", "nope", "--send-sms", "hi", "--destination", "+4412345")
    assert unknown.returncode == 1 and "Couldn't find device" in unknown.stderr


def test_standin_needs_a_destination_and_takes_option_values_verbatim(kdeconnect: StandIn):
    missing = run_cli("-d", "phone1", "--send-sms", "hi")
    assert missing.returncode == 1 and "--destination" in missing.stderr
    dashed = run_cli("-d", "phone1", "--send-sms", "--destination", "--destination", "123")
    assert dashed.returncode == 0
    assert kdeconnect.calls()[-1]["argv"] == ["-d", "phone1", "--send-sms", "--destination", "--destination", "123"]


# The backend.

def test_sends_one_sms_per_number_to_the_first_reachable_phone(kdeconnect: StandIn):
    result = KdeConnectSms(SmsConfig()).send(("+1 555 0100", "+15550101"), "Running late, 10 minutes")
    assert "+1 555 0100, +15550101" in result and "cannot be undone" in result
    assert [c["argv"] for c in kdeconnect.calls()] == [
        ["--list-available", "--id-only"],
        ["-d", "phone1", "--send-sms", "Running late, 10 minutes", "--destination", "+1 555 0100"],
        ["-d", "phone1", "--send-sms", "Running late, 10 minutes", "--destination", "+15550101"],
    ]


def test_uses_the_configured_device(kdeconnect: StandIn, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("KDECONNECT_DEVICES", "tablet,phone2")
    KdeConnectSms(SmsConfig(device_id="phone2")).send(("+15550100",), "hi")
    assert kdeconnect.calls()[-1]["argv"][:2] == ["-d", "phone2"]


def test_configured_device_not_reachable_says_so(kdeconnect: StandIn):
    with pytest.raises(ToolError, match="'phone9' set in sms.device_id is not reachable"):
        KdeConnectSms(SmsConfig(device_id="phone9")).send(("+15550100",), "hi")


def test_no_paired_phone_explains_how_to_enable_sms(kdeconnect: StandIn, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("KDECONNECT_DEVICES", "")
    with pytest.raises(ToolError, match="no paired phone is reachable.*pair them"):
        KdeConnectSms(SmsConfig()).send(("+15550100",), "hi")


def test_missing_kdeconnect_explains_how_to_enable_sms(tmp_path):
    with pytest.raises(ToolError, match="not installed.*package kdeconnect"):
        KdeConnectSms(SmsConfig(), command=str(tmp_path / "kdeconnect-cli")).send(("+15550100",), "hi")


def test_a_name_instead_of_a_number_is_refused_before_anything_runs(kdeconnect: StandIn):
    with pytest.raises(ToolError, match="not a phone number; look it up"):
        KdeConnectSms(SmsConfig()).send(("--destination",), "hi")
    assert kdeconnect.calls() == []


def test_empty_message_is_refused(kdeconnect: StandIn):
    with pytest.raises(ToolError, match="needs a message"):
        KdeConnectSms(SmsConfig()).send(("+15550100",), "  ")


def test_a_failure_part_way_says_who_already_got_the_sms(kdeconnect: StandIn, tmp_path):
    # A wrapper around the stand-in that fails for the second number only.
    wrapper = tmp_path / "flaky-kdeconnect"
    wrapper.write_text('#!/bin/sh\ncase "$*" in *+15550101*) echo "error: phone locked" >&2; exit 1;; esac\n'
                       'exec kdeconnect-cli "$@"\n')
    wrapper.chmod(0o755)
    with pytest.raises(ToolError, match="KDE Connect failed: error: phone locked. It was already sent to "
                                        r"\+15550100."):
        KdeConnectSms(SmsConfig(), command=str(wrapper)).send(("+15550100", "+15550101"), "hi")
