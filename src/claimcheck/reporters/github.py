"""GitHub Actions workflow commands: one annotation per finding, grouped per file, and a summary.

GitHub shows at most 10 annotations of each level per step, so the summary line counts all.
Escaping follows actions/toolkit (command.ts): data escapes %, CR, LF; properties also : and ,.
"""

from __future__ import annotations

from ..model import source_label
from . import Reporter


def escape_data(text: str) -> str:
    return str(text).replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


LEVELS = {"conflicting": "error"}


class GithubReporter(Reporter):
    """Option ``annotate_unverified``: "none" (default), "notice" or "warning"."""

    def start(self):
        self.current_file = None

    def emit(self, record):
        verdict = record.verdict.value
        unverified = self.options.get("annotate_unverified", "none")
        level = LEVELS.get(verdict) or (unverified if verdict == "unverified" and unverified != "none" else None)
        if level is None:
            return
        file = getattr(record, "file", None)
        if file != self.current_file:
            if self.current_file is not None:
                self.stream.write("::endgroup::\n")
            self.stream.write(f"::group::{escape_data(file or 'claimcheck')}\n")
            self.current_file = file
        result = getattr(record, "result", record)
        props = []
        if file:
            props += [f"file={escape_property(file)}", f"line={record.line}", f"col={record.column}",
                      f"endLine={record.end_line}", f"endColumn={record.end_column}"]
        props.append(f"title={escape_property('claimcheck: ' + verdict)}")
        lines = [f"{verdict}: {getattr(record, 'sentence', result.statement)}"]
        if result.reason:
            lines.append(f"reason: {result.reason}")
        for ev in result.evidence[:3]:
            where = source_label(ev.source, ev.claim.source)
            lines.append(f"{ev.relation.value}: {ev.claim.id} ({where}): \"{ev.claim.quote}\"")
        self.stream.write(f"::{level} {','.join(props)}::{escape_data(chr(10).join(lines))}\n")

    def stop(self):
        if self.current_file is not None:
            self.stream.write("::endgroup::\n")
        self.stream.write(f"claimcheck: {self.summary()}\n")
