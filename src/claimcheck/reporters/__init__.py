"""Output formats, registered by name. Adding a format is adding a module and a line here.

A reporter gets ``start()``, then ``handle(record)`` for each record, then ``stop()``; it
writes to the stream it was given. What a record is depends on the command (``kind``):

    check      model.Result          scan       model.Finding
    search     search.QueryResult    show       records.ClaimDetail
    sources    records.SourceCount   conflicts  audit.Pair
    validate   errors.ClaimBaseError (a problem), then ``summary`` in ``options``

``handle`` counts the records that carry a verdict and passes the ones to show to ``emit``,
which formats implement. Every record has ``as_dict()`` for the JSON formats.
"""

from __future__ import annotations

from ..model import Verdict

KINDS = ("check", "scan", "search", "show", "sources", "conflicts", "validate")
# name -> (module, class, the kinds of record it can write)
REPORTERS = {
    "text": ("claimcheck.reporters.text", "TextReporter", KINDS),
    "json": ("claimcheck.reporters.jsonout", "JsonReporter", KINDS),
    "jsonl": ("claimcheck.reporters.jsonout", "JsonLinesReporter", KINDS),
    "github": ("claimcheck.reporters.github", "GithubReporter", ("check", "scan")),
    "sarif": ("claimcheck.reporters.sarif", "SarifReporter", ("check", "scan")),
}
VERDICTS = tuple(v.value for v in Verdict)


def names(kind: str) -> list:
    """The formats that can write records of ``kind``, in registry order."""
    return [name for name, (_, _, kinds) in REPORTERS.items() if kind in kinds]


def get(name: str):
    import importlib

    module, cls, _ = REPORTERS[name]
    return getattr(importlib.import_module(module), cls)


class Reporter:
    # Suppressed findings are written (marked) by formats for machines; people see a count.
    writes_suppressed = False

    def __init__(self, stream, color: bool = False, kind: str = "check", show=VERDICTS, options=None):
        self.stream = stream
        self.color = color
        self.kind = kind
        self.show = tuple(show)
        self.options = options or {}
        self.counts = {v: 0 for v in VERDICTS}
        self.suppressed = 0
        self.records = 0

    def start(self):
        pass

    def handle(self, record):
        self.records += 1
        verdict = getattr(record, "verdict", None)
        if getattr(record, "suppressed", False):
            self.suppressed += 1
            if self.writes_suppressed and verdict.value in self.show:
                self.emit(record)
            return
        if verdict is not None:
            self.counts[verdict.value] += 1
            if verdict.value not in self.show:
                return
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
