"""Text from claim bases and drafts is data: make it safe for a terminal."""

from __future__ import annotations


from .lazyre import lazy

# C0 and C1 controls (ESC starts ANSI/OSC sequences), DEL, and bidi overrides that can disguise text.
_CONTROL_RE = lazy(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def printable(text: str) -> str:
    """Control characters shown as visible escapes (``\\x1b``), so they never act on the terminal."""
    if text is None:
        return ""
    return _CONTROL_RE.sub(lambda m: m.group().encode("unicode_escape").decode("ascii"), str(text))


def one_line(text: str) -> str:
    return " ".join(printable(text).replace("\n", " ").replace("\t", " ").split())
