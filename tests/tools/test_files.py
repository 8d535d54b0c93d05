from __future__ import annotations

import os

import pytest

from tools.backends import ToolError
from tools.linux.files import FileFinder
from tools.opener import CommandOpener


@pytest.fixture
def tree(tmp_path):
    root = tmp_path / "home"
    for relative in ("Documents/report.pdf", "Documents/old/Report.pdf", "Documents/budget-2026.xlsx",
                     ".hidden/report.pdf", "node_modules/pkg/report.pdf", "Music/song.mp3"):
        path = root / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(relative)
    return root


def test_exact_name_wins_and_shallower_first(tree, recorder) -> None:
    finder = FileFinder([tree], recorder)
    assert finder.find_and_open("report.pdf") == tree / "Documents/report.pdf"
    assert recorder.opened == [str(tree / "Documents/report.pdf")]


def test_name_without_extension_then_fuzzy(tree, recorder) -> None:
    finder = FileFinder([tree], recorder)
    assert finder.find("budget-2026") == tree / "Documents/budget-2026.xlsx"
    assert finder.find("budget 2026.xlsx") == tree / "Documents/budget-2026.xlsx"


def test_hidden_and_cache_folders_are_skipped(tree, recorder) -> None:
    os.remove(tree / "Documents/report.pdf")
    os.remove(tree / "Documents/old/Report.pdf")
    with pytest.raises(ToolError, match="No file named 'report.pdf' in the folders you share .*Settings > Files"):
        FileFinder([tree], recorder).find("report.pdf")


def test_walk_is_bounded(tree, recorder) -> None:
    with pytest.raises(ToolError, match="No file named"):
        FileFinder([tree], recorder, max_entries=2).find("song.mp3")


def test_an_absolute_path_is_used_only_inside_the_shared_folders(tree, recorder) -> None:
    inside = tree / "Documents/budget-2026.xlsx"
    assert FileFinder([tree / "Documents"], recorder).find_and_open(str(inside)) == inside
    with pytest.raises(ToolError, match="outside the folders you share"):
        FileFinder([tree / "Documents"], recorder).find_and_open(str(tree / "Music/song.mp3"))
    assert recorder.opened == [str(inside)]


def test_missing_opener_still_returns_the_path(tree) -> None:
    finder = FileFinder([tree], CommandOpener(["/nonexistent/xdg-open"]))
    assert finder.find_and_open("song.mp3") == tree / "Music/song.mp3"


def test_command_opener_passes_the_name_as_one_argument(tmp_path) -> None:
    log = tmp_path / "args.txt"
    script = tmp_path / "fake-open"
    script.write_text(f'#!/bin/sh\nfor a in "$@"; do printf "%s\\n" "$a" >> {log}; done\n')
    script.chmod(0o755)
    hostile = str(tmp_path / 'a "b" $(touch pwned) `id`; rm -rf x.pdf')
    CommandOpener([str(script)])(hostile)
    import time

    deadline = time.monotonic() + 30  # the opener runs in the background; a busy machine may take a while
    while not log.exists() and time.monotonic() < deadline:
        time.sleep(0.05)
    assert log.read_text() == hostile + "\n"
    assert not (tmp_path / "pwned").exists()
    with pytest.raises(ToolError, match="is not available"):
        CommandOpener(["/nonexistent/opener"])("x")
