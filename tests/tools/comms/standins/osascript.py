"""Stand-in for macOS osascript: `osascript - ARG...` reads the script from standard input and runs it with
the arguments as argv. This one records {"argv": [...], "script": "..."} in $STANDIN_DIR/osascript.calls.jsonl,
refuses (like a compile error) a script that fails the structural check, and answers with the next queued
reply from osascript.replies.json ({"stdout", "stderr", "rc"}).
"""

import os
import sys
from pathlib import Path

sys.path.insert(0, os.environ["STANDIN_SOURCES"])
from applescript_check import structure_errors  # noqa: E402
from recorder import next_reply, record, reply  # noqa: E402

folder = Path(os.environ["STANDIN_DIR"])
arguments = sys.argv[1:]
script = sys.stdin.read() if arguments[:1] == ["-"] else ""
record(folder, "osascript", {"argv": arguments, "script": script})
problems = structure_errors(script) if arguments[:1] == ["-"] else ["no script on standard input"]
if problems:
    sys.stderr.write(f"-:0: syntax error: {problems[0]} (-2741)\n")
    sys.exit(1)
answer = next_reply(folder, "osascript")
if answer.get("stdout") and not answer["stdout"].endswith("\n"):
    answer["stdout"] += "\n"  # osascript ends its result with a newline
reply(answer)
