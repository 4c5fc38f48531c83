"""Output formats, registered by name. Adding a format is adding a module and a line here.

A reporter gets ``start()``, then ``handle(record)`` for each result (a Result for ``check``,
a Finding for ``scan``), then ``stop()``; it writes to the stream it was given.
"""

from __future__ import annotations

import importlib

REPORTERS = {
    "text": ("claimcheck.reporters.text", "TextReporter"),
    "json": ("claimcheck.reporters.jsonout", "JsonReporter"),
    "jsonl": ("claimcheck.reporters.jsonout", "JsonLinesReporter"),
}


def get(name: str):
    module, cls = REPORTERS[name]
    return getattr(importlib.import_module(module), cls)


class Reporter:
    def __init__(self, stream, color: bool = False, kind: str = "check", width: int | None = None):
        self.stream = stream
        self.color = color
        self.kind = kind  # "check" or "scan"
        self.width = width
        self.counts = {"supported": 0, "conflicting": 0, "unverified": 0}

    def start(self):
        pass

    def handle(self, record):
        self.counts[record.verdict.value] += 1

    def stop(self):
        pass
