"""SARIF 2.1.0: one run, a rule per verdict worth reporting, a result per finding."""

from __future__ import annotations

import json
from urllib.parse import quote

from .. import __version__
from ..model import source_label
from . import Reporter

RULES = [
    {
        "id": "claimcheck/conflicting",
        "name": "ConflictingClaim",
        "shortDescription": {"text": "The sentence conflicts with a sourced claim."},
        "fullDescription": {"text": "A claim about the same matter gives another figure, date, actor or place, or the opposite polarity."},
        "defaultConfiguration": {"level": "error"},
    },
    {
        "id": "claimcheck/unverified",
        "name": "UnverifiedClaim",
        "shortDescription": {"text": "No claim in the claim base settles the sentence."},
        "fullDescription": {"text": "The sentence names someone or gives an amount or a date that no sourced claim supports or contradicts."},
        "defaultConfiguration": {"level": "note"},
    },
    {
        "id": "claimcheck/supported",
        "name": "SupportedClaim",
        "shortDescription": {"text": "A sourced claim supports the sentence."},
        "defaultConfiguration": {"level": "none"},
    },
]
RULE_INDEX = {"conflicting": 0, "unverified": 1, "supported": 2}
LEVELS = {"conflicting": "error", "unverified": "note", "supported": "none"}


def artifact_uri(path: str) -> str:
    if path in ("<stdin>", "-"):
        return "stdin"
    return quote(path.replace("\\", "/"), safe="/:._-~")


class SarifReporter(Reporter):
    writes_suppressed = True  # as results with an inSource suppression, as code-scanning tools expect

    def start(self):
        self.results = []

    def emit(self, record):
        verdict = record.verdict.value
        result = getattr(record, "result", record)
        text = f"{verdict}: {result.reason}" if result.reason else verdict
        evidence = [e.as_dict() for e in result.evidence]
        if result.evidence:
            text += " Evidence: " + "; ".join(
                f"{e.relation.value} {e.claim.id} ({source_label(e.source, e.claim.source, dated=False)}): \"{e.claim.quote}\""
                for e in result.evidence[:3]
            )
        item = {
            "ruleId": RULES[RULE_INDEX[verdict]]["id"],
            "ruleIndex": RULE_INDEX[verdict],
            "level": LEVELS[verdict],
            "message": {"text": text},
            "properties": {"verdict": verdict, "score": round(result.score, 3), "evidence": evidence},
        }
        if hasattr(record, "file"):
            item["locations"] = [{
                "physicalLocation": {
                    "artifactLocation": {"uri": artifact_uri(record.file)},
                    "region": {
                        "startLine": record.line, "startColumn": record.column,
                        "endLine": record.end_line, "endColumn": record.end_column,
                        "snippet": {"text": record.sentence},
                    },
                }
            }]
        if getattr(record, "suppressed", False):
            item["suppressions"] = [{"kind": "inSource", "justification": "<!-- claimcheck: ignore --> in the draft"}]
        self.results.append(item)

    def stop(self):
        log = {
            "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
            "version": "2.1.0",
            "runs": [{
                "tool": {"driver": {"name": "claimcheck", "version": __version__, "semanticVersion": __version__, "rules": RULES}},
                "columnKind": "unicodeCodePoints",
                "results": self.results,
            }],
        }
        self.stream.write(json.dumps(log, ensure_ascii=True, indent=2) + "\n")
