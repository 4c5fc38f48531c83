"""Inline suppression in drafts, like yamllint's disable-line and flake8's noqa.

    <!-- claimcheck: ignore -->   alone on a line: silences the next non-blank line;
                                  after text on a line: silences that line
    <!-- claimcheck: off -->      silences every line until
    <!-- claimcheck: on -->
"""

from __future__ import annotations

import re

from .lazyre import lazy

_DIRECTIVE_RE = lazy(r"<!--\s*claimcheck\s*:\s*(ignore|off|on)\s*-->", re.IGNORECASE)


def suppressed_lines(text: str) -> set:
    """1-based numbers of the lines whose sentences are not to be reported."""
    out = set()
    off_since = None
    pending = False
    for n, line in enumerate(text.split("\n"), start=1):
        directives = [m.group(1).lower() for m in _DIRECTIVE_RE.finditer(line)]
        rest = _DIRECTIVE_RE.sub("", line).strip()
        if pending and rest:
            out.add(n)
            pending = False
        for d in directives:
            if d == "off" and off_since is None:
                off_since = n
            elif d == "on" and off_since is not None:
                out.update(range(off_since, n + 1))
                off_since = None
            elif d == "ignore":
                if rest:
                    out.add(n)
                else:
                    pending = True
    if off_since is not None:
        out.update(range(off_since, n + 1))
    return out
