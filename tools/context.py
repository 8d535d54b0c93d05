"""What a tool may know about the request it runs for, without passing it through every signature.

- `request_text`: reply_to_email / forward_email use it to find "the current email" that matches the request;
  "" outside a request.
- `granted_files`: files outside the shared folders that the user approved for this request, by name, in the
  approval view (tools/shared_folders.py); empty outside a request.

The executor sets both in the context each tool runs in.
"""

from __future__ import annotations

from contextvars import ContextVar
from pathlib import Path

request_text: ContextVar[str] = ContextVar("request_text", default="")
granted_files: ContextVar[frozenset[Path]] = ContextVar("granted_files", default=frozenset())
