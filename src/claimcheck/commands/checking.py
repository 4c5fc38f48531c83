"""check, scan and report: verdicts on statements and drafts."""

from __future__ import annotations

import os
import sys

import click

from ..errors import ClaimcheckError
from . import common

DRAFT_SUFFIXES = (".md", ".markdown", ".mdx", ".mkd", ".mdown", ".txt", ".text")
MARKDOWN_SUFFIXES = (".md", ".markdown", ".mdx", ".mkd", ".mdown")


@click.command()
@click.argument("statements", nargs=-1, required=True)
@common.claims_option
@common.no_cache_option
@common.format_option("check")
@common.color_option
@common.verbose_option
@common.verdict_options
@click.option("--context", "context", metavar="FILE_OR_TEXT",
              help="Check each statement as if it followed this text: a draft's file, or the text itself. "
              "\"it\", \"the company\" and relative dates then mean what they mean there.")
@common.date_option
@click.option("--encoding", default="utf-8", show_default=True, help="Text encoding of the --context file.")
def check(statements, claims_paths, fmt, color, verbose, fail_on, show, annotate_unverified, no_cache, context, date,
          encoding):
    """Check statements: supported, conflicting, or unverified, with the evidence.

    Give statements as arguments, or - to read one statement a line from stdin.
    Exit status 1 when any statement conflicts with the claim base.

    \b
    Examples:
      claimcheck check "Huawei operates in more than 170 countries."
      claimcheck check --format jsonl - < statements.txt
      claimcheck check --context "Huawei opened a lab." "It employs 207,000."
      claimcheck check --context draft.md --date 2021-03-18 "It met a week later."
    """
    context_text, markdown = None, True
    if context is not None:
        if os.path.isfile(context):
            context_text = common.read_draft(context, encoding)
            markdown = context.lower().endswith(MARKDOWN_SUFFIXES) or not context.lower().endswith(DRAFT_SUFFIXES)
        else:
            context_text = context
    texts = []
    for arg in statements:
        if arg == "-":
            texts.extend(common.stdin_lines())
        elif not arg.strip():
            raise click.UsageError("a statement is empty (give the text to check, or - for stdin)")
        else:
            texts.append(arg)
    checker = common.checker(claims_paths, no_cache)
    reporter = common.reporter(fmt, "check", color, show, annotate_unverified, verbose=verbose)
    reporter.start()
    worst = 0
    for text in texts:
        result = checker.check(text, context=context_text, date=date, markdown=markdown)
        worst = max(worst, result.verdict.severity)
        reporter.handle(result)
    reporter.stop()
    sys.exit(common.exit_status(worst, fail_on))


@click.command()
@click.argument("files", nargs=-1, required=True)
@common.claims_option
@common.no_cache_option
@common.format_option("scan")
@common.color_option
@common.verbose_option
@common.verdict_options
@click.option("--syntax", type=click.Choice(["auto", "markdown", "plain"]), default="auto", show_default=True,
              help="auto: Markdown for .md files and stdin, plain text otherwise.")
@click.option("--encoding", default="utf-8", show_default=True, help="Text encoding of the drafts.")
@click.option("--ignore", "ignore", multiple=True, metavar="GLOB",
              help="Skip drafts matching this glob (repeatable; adds to the config's).")
@common.date_option
@click.option("--no-context", is_flag=True,
              help="Check each sentence on its own: no pronoun, description or relative date resolved "
              "from the sentences before it (also CLAIMCHECK_NO_CONTEXT=1).")
@click.option("--jobs", "-j", type=click.IntRange(min=1), default=None,
              help="Processes for many drafts, or for the sentences of one long draft (and for compiling the "
              "claim base). Default: the machine's cores.")
@click.option("--engine", type=click.Choice(["local", "dask"]), default="local", show_default=True,
              help="dask: scan on a dask cluster (pip install 'claimcheck[dask]'); the drafts and claim base "
              "must be readable there under the same paths.")
@click.option("--scheduler", metavar="ADDRESS",
              help="With --engine dask: the scheduler (tcp://host:8786). Default: a local cluster of --jobs workers.")
def scan(files, claims_paths, fmt, color, verbose, fail_on, show, annotate_unverified, syntax, encoding, ignore, no_cache,
         date, no_context, jobs, engine, scheduler):
    """Check every sentence of Markdown or plain-text drafts.

    Each sentence that names someone or gives an amount or a date gets a finding with its
    file, line and column. FILES may be folders (their .md and .txt files) or - for stdin.
    Sentences are read in their draft: "it", "the company" or "the Shenzhen-based firm" is
    the name it stands for, "last year" is counted from --date or the front matter's date:,
    "a week later" from the date before it; the reason says what was read ("it = Huawei").
    Silence a sentence with <!-- claimcheck: ignore --> on its line or the line before, a
    block with <!-- claimcheck: off --> ... <!-- claimcheck: on -->. Exit status 1 on any
    conflict (see --fail-on); 2 if a draft could not be read (the others are still checked).
    Findings come in the order of the drafts, however many processes or machines scan them.

    \b
    Examples:
      claimcheck scan draft.md
      claimcheck scan -v --show conflicting drafts/
      claimcheck scan --format sarif drafts/ > claimcheck.sarif
      claimcheck scan --engine dask --scheduler tcp://host:8786 archive/
    """
    from ..batch import is_markdown, scan_drafts
    from ..cache import default_jobs

    settings = common.config()
    patterns = [(settings.folder, p) for p in settings.ignore] + [(os.getcwd(), p) for p in ignore]
    jobs = jobs or default_jobs()
    options = {"date": date, "context": not (no_context or os.environ.get("CLAIMCHECK_NO_CONTEXT"))}
    drafts, unread = [], 0
    paths = draft_paths(files, patterns)
    if engine == "dask":
        if "-" in paths:
            raise click.BadParameter("stdin (-) cannot be scanned on a cluster", param_hint="FILES")
        checker = common.checker(claims_paths, no_cache, jobs)  # the base is checked (and compiled) here first
        results = _on_cluster(checker, paths, syntax, encoding, scheduler, jobs, options)
    else:
        for path in paths:
            try:
                drafts.append((path, common.read_draft(path, encoding)))
            except ClaimcheckError as exc:  # one bad file does not stop the scan of the others
                common.error(str(exc))
                unread += 1
        checker = common.checker(claims_paths, no_cache, jobs)
        named = [("<stdin>" if p == "-" else p, text, is_markdown(p, syntax)) for p, text in drafts]
        results = ((findings, None) for findings in scan_drafts(checker, named, jobs, **options))
    fmt = common.resolve_format(fmt, "scan")
    reporter = common.reporter(fmt, "scan", color, show, annotate_unverified, verbose=verbose)
    reporter.start()
    worst = 0
    local = engine == "local"  # the progress bar follows the drafts' text, read here only
    with ScanProgress(drafts, local and ScanProgress.wanted(fmt, sys.stderr)) as progress:
        for findings, problem in results:
            if problem:
                common.error(problem)
                unread += 1
            for finding in findings:
                if not finding.suppressed:
                    worst = max(worst, finding.verdict.severity)
                reporter.handle(finding)
                if local:
                    progress.advance(finding)
            if local:
                progress.next_draft()
    reporter.stop()
    sys.exit(2 if unread else common.exit_status(worst, fail_on))


def _on_cluster(checker, paths, syntax, encoding, scheduler, jobs, options):
    """(findings, error or None) of each draft, scanned on a dask cluster (cluster.py)."""
    from ..cluster import scan_paths

    files, thresholds, use_cache = checker.opened_with
    for _, findings, problem in scan_paths(paths, files, thresholds=thresholds, use_cache=use_cache, syntax=syntax,
                                           encoding=encoding, scheduler=scheduler, workers=jobs, options=options):
        yield findings, problem


def draft_paths(args, ignore) -> list:
    """Files to scan: folders expand to their drafts. ``ignore`` holds (folder, glob) pairs: a glob
    matches a path relative to its folder (the config file's, or the current one for --ignore),
    or any tail of it ("archive/*" skips every archive folder's drafts)."""
    import fnmatch
    from pathlib import Path

    def ignored(path: str) -> bool:
        full = os.path.abspath(path)
        for folder, pattern in ignore:
            relative = Path(os.path.relpath(full, folder)).as_posix()
            if fnmatch.fnmatch(relative, pattern) or fnmatch.fnmatch(relative, f"*/{pattern}"):
                return True
        return False

    out = []
    for arg in args:
        if arg != "-" and os.path.isdir(arg):
            found = sorted(str(p) for p in Path(arg).rglob("*") if p.suffix.lower() in DRAFT_SUFFIXES and p.is_file())
            if not found:
                common.warn(f"{arg}: no .md or .txt drafts in this folder")
            out.extend(p for p in found if not ignored(p))
        elif arg == "-" or not ignored(arg):
            out.append(arg)
    return out


class ScanProgress:
    """A progress bar on stderr that advances by the share of the drafts' text checked so far.

    Only for people: text output on a terminal, outside CI, and for scans long enough to wait for.
    """

    MIN_CHARS = 20_000

    def __init__(self, drafts, enabled: bool, bar=None):
        self.sizes = [len(text) for _, text in drafts]
        self.line_starts = [_line_starts(text) for _, text in drafts]
        self.total = sum(self.sizes)
        self.index = 0
        self.done = 0  # characters of the drafts before the current one
        self.completed = 0
        self.bar = bar
        if bar is None and enabled and self.total >= self.MIN_CHARS:
            from rich.console import Console
            from rich.progress import Progress

            self.bar = Progress(console=Console(stderr=True), transient=True)

    @staticmethod
    def wanted(fmt: str, stream) -> bool:
        return fmt == "text" and hasattr(stream, "isatty") and stream.isatty() and not os.environ.get("CI")

    def __enter__(self):
        if self.bar is not None:
            self.bar.start()
            self.task = self.bar.add_task("checking", total=self.total)
        return self

    def advance(self, finding):
        """Work done: everything up to the end of this finding's sentence."""
        starts = self.line_starts[self.index]
        offset = starts[min(finding.end_line, len(starts)) - 1] + finding.end_column - 1
        self._update(self.done + min(offset, self.sizes[self.index]))

    def next_draft(self):
        self.done += self.sizes[self.index]
        self.index += 1
        self._update(self.done)

    def _update(self, completed):
        self.completed = max(self.completed, completed)
        if self.bar is not None:
            self.bar.update(self.task, completed=self.completed)

    def __exit__(self, *exc):
        if self.bar is not None:
            self.bar.stop()
        return False


def _line_starts(text: str) -> list:
    starts = [0]
    at = text.find("\n")
    while at >= 0:
        starts.append(at + 1)
        at = text.find("\n", at + 1)
    return starts


@click.command()
@click.argument("draft")
@common.claims_option
@common.no_cache_option
@click.option("-o", "--output", type=click.Path(dir_okay=False, writable=True), help="Write the page here (default: stdout).")
@click.option("--syntax", type=click.Choice(["auto", "markdown", "plain"]), default="auto", show_default=True)
@click.option("--encoding", default="utf-8", show_default=True, help="Text encoding of the draft.")
@click.option("--title", help="Page title (default: the draft's path).")
@common.date_option
def report(draft, claims_paths, output, syntax, encoding, title, no_cache, date):
    """Write an HTML page: the draft with each checked sentence marked, the evidence beside it.

    The page is self-contained (no network, no scripts): open it in any browser.

    \b
    Example:
      claimcheck report draft.md -o report.html
    """
    from ..report import render

    text = common.read_draft(draft, encoding)
    checker = common.checker(claims_paths, no_cache)
    markdown = syntax == "markdown" or (syntax == "auto" and (draft == "-" or draft.lower().endswith(MARKDOWN_SUFFIXES)))
    name = "<stdin>" if draft == "-" else draft
    findings = list(checker.scan(text, name, markdown=markdown, date=date))
    page = render(name, text.lstrip("\ufeff"), findings, title or "", markdown=markdown)
    common.write_output(output, page)
