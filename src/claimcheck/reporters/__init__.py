"""Output formats, registered by name. Adding a format is adding a module and a line here.

A reporter gets ``start()``, then ``handle(record)`` for each result (a Result for ``check``,
a Finding for ``scan``), then ``stop()``; it writes to the stream it was given. ``handle``
counts every record and passes the ones to show to ``emit``, which formats implement.
"""

from __future__ import annotations

import importlib

from ..model import Verdict

REPORTERS = {
    "text": ("claimcheck.reporters.text", "TextReporter"),
    "json": ("claimcheck.reporters.jsonout", "JsonReporter"),
    "jsonl": ("claimcheck.reporters.jsonout", "JsonLinesReporter"),
    "github": ("claimcheck.reporters.github", "GithubReporter"),
    "sarif": ("claimcheck.reporters.sarif", "SarifReporter"),
}
VERDICTS = tuple(v.value for v in Verdict)


def get(name: str):
    module, cls = REPORTERS[name]
    return getattr(importlib.import_module(module), cls)


class Reporter:
    def __init__(self, stream, color: bool = False, kind: str = "check", show=VERDICTS, options=None):
        self.stream = stream
        self.color = color
        self.kind = kind  # "check" or "scan"
        self.show = tuple(show)
        self.options = options or {}
        self.counts = {v: 0 for v in VERDICTS}
        self.suppressed = 0

    def start(self):
        pass

    def handle(self, record):
        if getattr(record, "suppressed", False):
            self.suppressed += 1
            return
        self.counts[record.verdict.value] += 1
        if record.verdict.value in self.show:
            self.emit(record)

    def emit(self, record):
        raise NotImplementedError

    def stop(self):
        pass

    def summary(self) -> str:
        """'12 sentences checked: 7 supported, 2 conflicting, 3 unverified (1 suppressed)'."""
        total = sum(self.counts.values())
        noun = "sentence" if total == 1 else "sentences"
        text = f"{total} {noun} checked: " + ", ".join(f"{n} {v}" for v, n in self.counts.items())
        if self.suppressed:
            text += f" ({self.suppressed} suppressed)"
        return text
