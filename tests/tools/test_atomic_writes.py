"""Note and calendar writes are atomic: a process killed mid-write, or a write the file system refuses (a file
size limit standing in for a full disk), leaves the old content whole and no temporary file behind."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

BLOCK = "line of the log " * 4000 + "\n"  # about 64 KB per append

WRITER = textwrap.dedent("""
    import sys
    from pathlib import Path
    from tools.linux.notes import MarkdownNotes
    from tools.undo import UndoJournal
    root, block = Path(sys.argv[1]), sys.argv[2]
    notes = MarkdownNotes(root, UndoJournal(root / "undo.sqlite3"))
    print("ready", flush=True)
    while True:
        notes.append("Log", block, "")
""")


def notes_folder(tmp_path: Path) -> Path:
    from tools.linux.notes import MarkdownNotes
    from tools.undo import UndoJournal

    root = tmp_path / "notes"
    MarkdownNotes(root, UndoJournal(tmp_path / "undo.sqlite3")).create("Log", "start", "")
    return root


@pytest.mark.parametrize("delay", [0.05, 0.15, 0.3, 0.6])
def test_a_writer_killed_mid_write_leaves_whole_appends_only(tmp_path: Path, delay: float) -> None:
    root = notes_folder(tmp_path)
    child = subprocess.Popen([sys.executable, "-c", WRITER, str(root), BLOCK], stdout=subprocess.PIPE,
                             cwd=Path(__file__).resolve().parents[2], text=True)
    assert child.stdout is not None and child.stdout.readline().strip() == "ready"  # waits for readiness
    time.sleep(delay)
    child.send_signal(signal.SIGKILL)
    child.wait(timeout=30)
    text = (root / "Log.md").read_text(encoding="utf-8")
    assert text.startswith("start\n")
    rest = text.removeprefix("start\n")
    assert rest == BLOCK * (len(rest) // len(BLOCK))  # never a partial block


def test_a_refused_write_keeps_the_old_note_and_no_temporary_file(tmp_path: Path) -> None:
    root = notes_folder(tmp_path)
    before = (root / "Log.md").read_bytes()
    script = textwrap.dedent("""
        import resource, signal, sys
        from pathlib import Path
        from tools.linux.notes import MarkdownNotes
        from tools.undo import UndoJournal
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a too-large write fails with an error instead
        notes = MarkdownNotes(Path(sys.argv[1]), UndoJournal(Path(sys.argv[1]).parent / "undo.sqlite3"))
        resource.setrlimit(resource.RLIMIT_FSIZE, (4096, 4096))
        try:
            notes.append("Log", "x" * 100_000, "")
        except OSError as error:
            print("refused", error.errno)
    """)
    done = subprocess.run([sys.executable, "-c", script, str(root)], capture_output=True, text=True, timeout=60,
                          cwd=Path(__file__).resolve().parents[2])
    assert done.stdout.startswith("refused"), done.stderr
    assert (root / "Log.md").read_bytes() == before
    assert [p.name for p in root.iterdir() if p.name.startswith(".errand-")] == []
    assert os.listdir(root) == ["Log.md"]
