"""Stable JSON for scripts: one array (``json``) or one object a line (``jsonl``).

Every record's ``as_dict()`` is written as it is. With the option ``single`` (a command that
answers one question, like ``show`` or ``search`` with one query) ``json`` writes the one
object rather than an array of one. Suppressed findings are written, marked ``"suppressed": true``.
"""

from __future__ import annotations

import json

from . import Reporter


def _dump(obj, **kw) -> str:
    # ensure_ascii keeps control and bidi characters escaped: nothing in the output acts on a terminal
    return json.dumps(obj, ensure_ascii=True, **kw)


class JsonReporter(Reporter):
    writes_suppressed = True

    def start(self):
        self.items = []

    def emit(self, record):
        self.items.append(record.as_dict())

    def stop(self):
        data = self.items[0] if self.options.get("single") and len(self.items) == 1 else self.items
        self.stream.write(_dump(data, indent=2) + "\n")


class JsonLinesReporter(Reporter):
    writes_suppressed = True

    def emit(self, record):
        self.stream.write(_dump(record.as_dict()) + "\n")
        self.stream.flush()
