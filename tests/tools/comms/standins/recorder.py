"""A recording stand-in: appends {"argv": [...]} to $STANDIN_DIR/<name>.calls.jsonl and answers with the next
queued reply from <name>.replies.json ({"stdout", "stderr", "rc"}; none queued: no output, status 0)."""

import json
import os
import sys
from pathlib import Path


def next_reply(folder: Path, name: str) -> dict:
    queue = folder / f"{name}.replies.json"
    replies = json.loads(queue.read_text()) if queue.exists() else []
    if not replies:
        return {}
    queue.write_text(json.dumps(replies[1:]))
    return replies[0]


def record(folder: Path, name: str, entry: dict) -> None:
    with (folder / f"{name}.calls.jsonl").open("a", encoding="utf-8") as sink:
        sink.write(json.dumps(entry) + "\n")


def reply(answer: dict) -> None:
    sys.stdout.write(answer.get("stdout", ""))
    sys.stderr.write(answer.get("stderr", ""))
    sys.exit(int(answer.get("rc", 0)))


if __name__ == "__main__":
    folder, name = Path(os.environ["STANDIN_DIR"]), Path(sys.argv[0]).name
    record(folder, name, {"argv": sys.argv[1:]})
    reply(next_reply(folder, name))
