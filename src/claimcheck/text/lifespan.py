"""A person's dates of birth and death as an encyclopedia's lead sentence gives them, in brackets after
the name: "Henry III (1 October 1207 – 16 November 1272) was King of England", "Ada Lovelace (née
Byron; 10 December 1815 – 27 November 1852)", "Jo Park (born 4 May 1980)". The first date is when
the person was born, the second when they died; the sentence need not say "born" or "died"."""

from __future__ import annotations

import re

# the bracket after the opening name, within the sentence's first words
_OPENING = 120
_BRACKET_RE = re.compile(r"\(([^()]{4,90})\)")
_BORN_RE = re.compile(r"(?:^|;\s*)(?:born|b\.)\s", re.I)
_SPAN_RE = re.compile(r"\d{3,4}\s*[–—-]\s*(?:[^\s;]+\s+){0,3}\d{3,4}\s*$")

BIRTH, DEATH = "birth", "death"


def bracket(text: str):
    """(start, end, kinds) of the lead's bracket of life dates, kinds a tuple of BIRTH and DEATH; or None."""
    found = _BRACKET_RE.search(text[:_OPENING])
    if found is None or found.start() == 0:
        return None
    inside = found.group(1)
    if _BORN_RE.search(inside):
        return found.start(), found.end(), (BIRTH,)
    if _SPAN_RE.search(inside):
        return found.start(), found.end(), (BIRTH, DEATH)
    return None


def life_event(text: str, start: int) -> str:
    """BIRTH or DEATH for a date at offset ``start`` inside the lead's bracket of life dates, else ""."""
    found = bracket(text)
    if found is None or not found[0] < start < found[1]:
        return ""
    kinds = found[2]
    if len(kinds) == 1:
        return kinds[0]
    dash = re.search(r"\d\s*[–—-]\s*\S", text[found[0]:found[1]])
    return BIRTH if dash is None or start < found[0] + dash.start() + 1 else DEATH
