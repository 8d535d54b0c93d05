"""The text of the request being executed, visible to tools without passing it through every signature.

reply_to_email / forward_email use it to find "the current email" that matches the request. The executor sets
it in the context each tool runs in; it is "" outside a request.
"""

from __future__ import annotations

from contextvars import ContextVar

request_text: ContextVar[str] = ContextVar("request_text", default="")
