"""Stable JSON for scripts: one array (``json``) or one object a line (``jsonl``)."""

from __future__ import annotations

import json

from . import Reporter


def _dump(obj, **kw) -> str:
    # ensure_ascii keeps control and bidi characters escaped: nothing in the output acts on a terminal
    return json.dumps(obj, ensure_ascii=True, **kw)


class JsonReporter(Reporter):
    def start(self):
        self.items = []

    def emit(self, record):
        self.items.append(record.as_dict())

    def stop(self):
        self.stream.write(_dump(self.items, indent=2) + "\n")


class JsonLinesReporter(Reporter):
    def emit(self, record):
        self.stream.write(_dump(record.as_dict()) + "\n")
        self.stream.flush()
