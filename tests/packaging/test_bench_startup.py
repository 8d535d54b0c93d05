"""scripts/bench_startup.py: finding the app's icon inside trayer's panel in `xwininfo -root -tree` output."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[2]

# Recorded from Xvfb + trayer while Errand ran: Qt's own top-level "Errand" window and the embedded tray icon.
WITH_ICON = """
xwininfo: Window id: 0x50d (the root window) (has no name)

  Root window id: 0x50d (the root window) (has no name)
  Parent window id: 0x0 (none)
     6 children:
     0x400009 "Errand": ()  1x1+0+0  +0+0
     0x400005 "Qt Selection Owner for -c": ()  3x3+0+0  +0+0
     0x20001f "trayer": ()  10x10+-100+-100  +-100+-100
     0x200003 "panel": ("panel" "trayer")  24x24+1256+0  +1256+0
        2 children:
        0x200026 (has no name): ()  22x22+1+1  +1257+1
           1 child:
           0x400007 "Errand": ("-c" "Errand")  22x22+0+0  +1257+1
        0x200004 (has no name): ()  1x1+-1+-1  +1255+-1
     0x200001 "trayer": ("trayer" "Trayer")  10x10+10+10  +10+10
"""


def load_bench() -> ModuleType:
    spec = importlib.util.spec_from_file_location("bench_startup", ROOT / "scripts" / "bench_startup.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_icon_embedded_in_the_panel_is_found() -> None:
    assert load_bench().embedded_icon(WITH_ICON) == "0x400007"


def test_a_top_level_errand_window_is_not_a_tray_icon() -> None:
    before_docking = "\n".join(line for line in WITH_ICON.splitlines() if "0x400007" not in line)
    assert load_bench().embedded_icon(before_docking) is None


def test_report_lines_give_both_ratios() -> None:
    report = {"runs": 2, "warmup": 1, "goal_ratio": 2.0,
              "seconds": {"venv": {"wall": [1.0, 1.2], "cpu": [0.5, 0.5]},
                          "bundle": {"wall": [1.5, 2.5], "cpu": [0.6, 0.6]}},
              "median": {"venv": {"wall": 1.1, "cpu": 0.5}, "bundle": {"wall": 2.0, "cpu": 0.6}},
              "ratio": {"wall": 2.0 / 1.1, "cpu": 1.2}}
    lines = load_bench().report_lines(report)
    assert lines[1] == "venv    median 1.100 s  min 1.000 s  max 1.200 s  cpu median 0.500 s"
    assert lines[2] == "bundle  median 2.000 s  min 1.500 s  max 2.500 s  cpu median 0.600 s"
    assert lines[3] == "bundle/venv 1.82x wall, 1.20x cpu (within the goal of 2x)"
