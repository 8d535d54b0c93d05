"""A real OpenAI-compatible completions server on loopback that answers each prompt with a scripted plan.

The CLI tests run `errand plan/run/eval --endpoint http://127.0.0.1:PORT/v1` against it, so everything from
the command line to the HTTP streaming backend is real; only the model's text is scripted. A prompt gets the
plan of the longest known query it contains, or `fallback`.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


@contextmanager
def loopback_planner(plans: Mapping[str, str], fallback: str = "1. join()<END_OF_PLAN>") -> Iterator[str]:
    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:  # noqa: N802 (http.server's naming)
            body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
            prompt = body["prompt"]
            known = [query for query in plans if query in prompt]
            text = plans[max(known, key=len)] if known else fallback
            self.send_response(200)
            self.send_header("Content-Type", "text/event-stream")
            self.end_headers()
            for start in range(0, len(text), 7):
                event = {"choices": [{"text": text[start:start + 7], "index": 0}]}
                self.wfile.write(f"data: {json.dumps(event)}\n\n".encode())
            self.wfile.write(b"data: [DONE]\n\n")

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/v1"
    finally:
        server.shutdown()
        server.server_close()
