"""The one check an email address passes before any tool uses it, whatever the platform."""

from __future__ import annotations

import re

from tools.backends import ToolError

# No scheme (":"), query ("?", "&", "="), path ("/"), escape ("%"), quote, space, separator or control character;
# a domain of dot-separated labels that do not start or end with "-".
_ADDRESS = re.compile(r"(?!-)[\w.+-]+@[^\W_](?:[\w-]*[^\W_])?(?:\.[^\W_](?:[\w-]*[^\W_])?)+")


def checked_address(address: str) -> str:
    """A bare address (what contacts and the planner give): one local part, one "@", one domain. Anything that
    could be an option for a program, a URL ("mailto:...?bcc="), a second address or a header break is refused."""
    text = address.strip()
    if not _ADDRESS.fullmatch(text):
        raise ToolError(f"{address!r} is not an email address; look it up with get_email_address.", fixable=True)
    return text
