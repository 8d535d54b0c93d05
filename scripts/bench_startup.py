"""Start-up time of the tray app to a visible tray icon: from the virtual environment and from the bundle.

    .venv/bin/python scripts/bench_startup.py [--bundle dist/errand/errand] [--runs 5] [--warmup 1]

Each start runs under its own Xvfb with trayer (an XEmbed system tray) and a fresh ERRAND_HOME, and is timed
from launching the process until the app's icon window is embedded in trayer's panel and viewable, as seen by
`xwininfo` from outside the app; then the app is terminated. Runs alternate venv and bundle so both see the
same machine load. Needs Linux with Xvfb, trayer and x11-utils (scripts/system-deps test).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ICON_TITLE = '"Errand"'  # the tray icon window's name (the Qt application name)
POLL_SECONDS = 0.01
GOAL_RATIO = 2.0


class BenchError(RuntimeError):
    """The benchmark cannot run or an app did not show its tray icon; the message is one line."""


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    try:
        check_tools()
        report = measure(args)
    except BenchError as exc:
        print(f"bench_startup: {exc}", file=sys.stderr)
        return 1
    print(json.dumps(report, indent=2) if args.json else "\n".join(report_lines(report)))
    return 0


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bundle", type=Path, default=ROOT / "dist" / "errand" / "errand",
                        help="the bundle's executable (default: dist/errand/errand)")
    parser.add_argument("--python", type=Path, default=Path(sys.executable),
                        help="the virtual environment's python (default: this one)")
    parser.add_argument("--runs", type=int, default=5, help="timed starts of each (default 5)")
    parser.add_argument("--warmup", type=int, default=1, help="untimed starts of each first (default 1)")
    parser.add_argument("--timeout", type=float, default=60.0, help="seconds to wait for the icon (default 60)")
    parser.add_argument("--json", action="store_true", help="print the report as JSON")
    return parser.parse_args(argv)


def check_tools() -> None:
    missing = [tool for tool in ("Xvfb", "trayer", "xwininfo") if shutil.which(tool) is None]
    if missing:
        raise BenchError(f"missing {', '.join(missing)}: install xvfb, trayer and x11-utils (scripts/system-deps test)")


def measure(args: argparse.Namespace) -> dict:
    if not args.bundle.is_file():
        raise BenchError(f"no bundle at {args.bundle}: build it with scripts/package --no-tarball")
    commands = {"venv": [str(args.python), "-m", "app.cli", "app"], "bundle": [str(args.bundle)]}
    samples: dict[str, dict[str, list[float]]] = {name: {"wall": [], "cpu": []} for name in commands}
    for run in range(args.warmup + args.runs):
        for name, command in commands.items():
            wall, cpu = time_to_tray_icon(command, args.timeout)
            if run >= args.warmup:
                samples[name]["wall"].append(wall)
                samples[name]["cpu"].append(cpu)
    medians = {name: {kind: statistics.median(values) for kind, values in kinds.items()}
               for name, kinds in samples.items()}
    ratio = {kind: medians["bundle"][kind] / medians["venv"][kind] for kind in ("wall", "cpu")}
    return {"runs": args.runs, "warmup": args.warmup, "seconds": samples, "median": medians, "ratio": ratio,
            "goal_ratio": GOAL_RATIO}


def report_lines(report: dict) -> list[str]:
    lines = [f"start-up to a visible tray icon (Xvfb + trayer), {report['runs']} runs each after "
             f"{report['warmup']} warm-up; wall clock and the app's own CPU time"]
    for name, kinds in report["seconds"].items():
        wall, median = kinds["wall"], report["median"][name]
        lines.append(f"{name:<7} median {median['wall']:.3f} s  min {min(wall):.3f} s  max {max(wall):.3f} s  "
                     f"cpu median {median['cpu']:.3f} s")
    ratio = report["ratio"]
    verdict = "within" if ratio["wall"] <= report["goal_ratio"] else "OVER"
    lines.append(f"bundle/venv {ratio['wall']:.2f}x wall, {ratio['cpu']:.2f}x cpu "
                 f"({verdict} the goal of {report['goal_ratio']:.0f}x)")
    return lines


def time_to_tray_icon(command: list[str], timeout: float) -> tuple[float, float]:
    """Wall-clock seconds from launching `command` until its tray icon is viewable in a fresh display's tray,
    and the CPU seconds the app used until then (less sensitive to a busy machine)."""
    with tray_display(timeout) as display, tempfile.TemporaryDirectory(prefix="errand-bench-") as home:
        env = app_environment(display, Path(home))
        log = Path(home) / "stderr.log"
        started = time.perf_counter()
        with log.open("wb") as stderr:
            app = subprocess.Popen(command, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=stderr)
        try:
            while time.perf_counter() - started < timeout:
                if icon_viewable(display):
                    return time.perf_counter() - started, cpu_seconds(app.pid)
                if app.poll() is not None:
                    raise BenchError(f"{command[0]} exited with {app.returncode} before showing its tray icon: "
                                     f"{last_line(log.read_bytes())}")
                time.sleep(POLL_SECONDS)
            raise BenchError(f"{command[0]} showed no tray icon within {timeout:.0f} s")
        finally:
            stop(app)


def cpu_seconds(pid: int) -> float:
    """User + system CPU time of a running process (Linux /proc; fields 14 and 15 of its stat line)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def app_environment(display: str, home: Path) -> dict[str, str]:
    env = {key: value for key, value in os.environ.items() if key != "QT_QPA_PLATFORM"}
    env.update(DISPLAY=display, QT_QPA_PLATFORM="xcb", ERRAND_HOME=str(home / "errand"),
               XDG_CONFIG_HOME=str(home / "config"), XDG_DATA_HOME=str(home / "data"),
               XDG_CACHE_HOME=str(home / "cache"), XDG_RUNTIME_DIR=str(home / "runtime"))
    (home / "runtime").mkdir(mode=0o700)
    return env


@contextmanager
def tray_display(timeout: float) -> Iterator[str]:
    """A fresh Xvfb display with trayer running on it."""
    read_end, write_end = os.pipe()
    server = subprocess.Popen(["Xvfb", "-displayfd", str(write_end), "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
                              pass_fds=(write_end,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(write_end)
    tray: subprocess.Popen | None = None
    try:
        with os.fdopen(read_end) as pipe:
            number = pipe.readline().strip()
        if not number:
            raise BenchError("Xvfb did not start")
        display = f":{number}"
        tray = subprocess.Popen(["trayer", "--edge", "top", "--align", "right", "--widthtype", "request"],
                                env={**os.environ, "DISPLAY": display},
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        wait_for(lambda: '"panel"' in window_tree(display) or tray.poll() is not None, timeout,
                 f"trayer did not open its panel within {timeout:.0f} s")
        if tray.poll() is not None:
            raise BenchError(f"trayer exited with {tray.returncode} on {display}")
        yield display
    finally:
        for process in (tray, server):
            if process is not None:
                stop(process)


def icon_viewable(display: str) -> bool:
    window = embedded_icon(window_tree(display))
    if window is None:
        return False
    info = subprocess.run(["xwininfo", "-display", display, "-id", window], capture_output=True, text=True).stdout
    return "Map State: IsViewable" in info


def embedded_icon(tree: str) -> str | None:
    """The id of the Errand window nested inside trayer's panel in `xwininfo -root -tree` output, if any."""
    panel_depth: int | None = None
    for line in tree.splitlines():
        depth = len(line) - len(line.lstrip())
        if panel_depth is not None and depth <= panel_depth:
            panel_depth = None
        if '"panel"' in line:
            panel_depth = depth
        elif panel_depth is not None and ICON_TITLE in line:
            return line.split()[0]
    return None


def window_tree(display: str) -> str:
    return subprocess.run(["xwininfo", "-display", display, "-root", "-tree"], capture_output=True, text=True).stdout


def wait_for(condition: Callable[[], bool], timeout: float, failure: str) -> None:
    deadline = time.perf_counter() + timeout
    while not condition():
        if time.perf_counter() > deadline:
            raise BenchError(failure)
        time.sleep(POLL_SECONDS)


def stop(process: subprocess.Popen) -> None:
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def last_line(data: bytes) -> str:
    lines = data.decode(errors="replace").strip().splitlines()
    return lines[-1] if lines else "no output"


if __name__ == "__main__":
    sys.exit(main())
