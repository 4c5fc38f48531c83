"""The claimcheck command: thin click commands over the library.

Exit status: 0 nothing conflicts (or, for validate, no problems), 1 something conflicts
(validate: problems found), 2 bad input or usage.
"""

from __future__ import annotations

import os
import sys

import click

from . import __version__
from .errors import ClaimcheckError, DraftError

FORMATS = ["auto", "text", "json", "jsonl", "github", "sarif"]
DRAFT_SUFFIXES = (".md", ".markdown", ".mdx", ".mkd", ".mdown", ".txt", ".text")


class ClaimcheckGroup(click.Group):
    """Turns claimcheck's own errors into one line on stderr and exit status 2, never a traceback."""

    def invoke(self, ctx):
        try:
            return super().invoke(ctx)
        except ClaimcheckError as exc:
            click.echo(f"claimcheck: error: {_one_line(str(exc))}", err=True)
            ctx.exit(2)
        except BrokenPipeError:  # `claimcheck ... | head`
            sys.stderr.close()
            ctx.exit(0)
        except KeyboardInterrupt:
            click.echo("claimcheck: interrupted", err=True)
            ctx.exit(130)
        except (click.exceptions.Exit, click.ClickException, SystemExit):
            raise
        except Exception as exc:  # a bug, not bad input: one line, the traceback only on request
            if os.environ.get("CLAIMCHECK_DEBUG"):
                raise
            click.echo(f"claimcheck: internal error: {type(exc).__name__}: {_one_line(str(exc))} "
                       "(set CLAIMCHECK_DEBUG=1 for the traceback, and please report it)", err=True)
            ctx.exit(3)


def _one_line(text: str) -> str:
    from .sanitize import one_line

    return one_line(text)


def claims_option(f):
    return click.option(
        "--claims", "claims_paths", multiple=True, metavar="PATH",
        help="Claim base file or folder of *.yaml (repeatable). Default: $CLAIMCHECK_CLAIMS, "
        "then the nearest claims.yaml upwards, then the built-in base.",
    )(f)


def format_option(f):
    return click.option("--format", "fmt", type=click.Choice(FORMATS), default="auto", show_default=True,
                        help="text for people, json/jsonl for scripts, github/sarif for CI. "
                        "auto: github under GitHub Actions, text otherwise.")(f)


def verdict_options(f):
    f = click.option("--fail-on", type=click.Choice(["conflicting", "unverified", "never"]), default=None,
                     help="Exit 1 when a result is this bad or worse (default: conflicting, or the config's).")(f)
    f = click.option("--show", "show", default=None, metavar="VERDICTS",
                     help="Comma-separated verdicts to print (default: all); the others are still counted.")(f)
    f = click.option("--annotate-unverified", type=click.Choice(["none", "notice", "warning"]), default=None,
                     help="github format: annotate unverified sentences too (default: none).")(f)
    return f


def color_option(f):
    return click.option("--color", type=click.Choice(["auto", "always", "never"]), default="auto", show_default=True,
                        help="Colour in text output (NO_COLOR and FORCE_COLOR are honoured with auto).")(f)


def _use_color(choice: str, stream) -> bool:
    if choice == "always":
        return True
    if choice == "never":
        return False
    if os.environ.get("NO_COLOR"):
        return False
    force = os.environ.get("FORCE_COLOR")
    if force is not None and force != "":
        return force not in ("0", "false", "no")
    return hasattr(stream, "isatty") and stream.isatty()


def _resolve_format(fmt: str) -> str:
    if fmt != "auto":
        return fmt
    return "github" if os.environ.get("GITHUB_ACTIONS") == "true" else "text"


def _config():
    from .config import load

    ctx = click.get_current_context()
    root = ctx.find_root()
    if root.obj is None:
        root.obj = load()
    return root.obj


def _claims_paths(claims_paths):
    """--claims, then CLAIMCHECK_CLAIMS, then the config's claims, then discovery."""
    if claims_paths or os.environ.get("CLAIMCHECK_CLAIMS", "").strip():
        return claims_paths
    return tuple(_config().claims)


def no_cache_option(f):
    return click.option("--no-cache", is_flag=True, help="Read the claim base files without the compiled cache "
                        "(also CLAIMCHECK_NO_CACHE=1).")(f)


def _checker(claims_paths, no_cache=False, jobs=None):
    from .engine import open_checker
    from .verdict import DEFAULT_THRESHOLDS, Thresholds

    config = _config()
    thresholds = Thresholds(
        support_coverage=config.support_coverage or DEFAULT_THRESHOLDS.support_coverage,
        conflict_coverage=config.conflict_coverage or DEFAULT_THRESHOLDS.conflict_coverage,
    )
    use_cache = not (no_cache or os.environ.get("CLAIMCHECK_NO_CACHE"))
    return open_checker(_claims_paths(claims_paths), thresholds, use_cache=use_cache, jobs=jobs)


def _reporter(fmt, color, kind, show=None, annotate_unverified=None):
    from . import reporters

    config = _config()
    stream = sys.stdout
    if show is None:
        verdicts = config.show
    else:
        verdicts = tuple(v.strip() for v in show.split(",") if v.strip())
        bad = [v for v in verdicts if v not in reporters.VERDICTS]
        if bad:
            raise click.BadParameter(f"{bad[0]!r} is not one of {', '.join(reporters.VERDICTS)}", param_hint="--show")
    cls = reporters.get(_resolve_format(fmt))
    options = {"annotate_unverified": annotate_unverified or config.annotate_unverified}
    return cls(stream, color=_use_color(color, stream), kind=kind, show=verdicts, options=options)


def _exit_status(worst: int, fail_on) -> int:
    """worst: 0 supported only, 1 something unverified, 2 something conflicting."""
    fail_on = fail_on or _config().fail_on
    threshold = {"conflicting": 2, "unverified": 1, "never": 3}[fail_on]
    return 1 if worst >= threshold else 0


@click.group(cls=ClaimcheckGroup, context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(__version__, "--version", prog_name="claimcheck")
def cli():
    """Fact-check statements and draft articles against a sourced claim base.

    \b
    Examples:
      claimcheck check "Huawei employs over 207,000 people in its R&D centers."
      claimcheck scan draft.md
      claimcheck search "working group meetings"
    """


# ---------------------------------------------------------------- check / scan


@cli.command()
@click.argument("statements", nargs=-1, required=True)
@claims_option
@no_cache_option
@format_option
@color_option
@verdict_options
def check(statements, claims_paths, fmt, color, fail_on, show, annotate_unverified, no_cache):
    """Check statements: supported, conflicting, or unverified, with the evidence.

    Give statements as arguments, or - to read one statement a line from stdin.
    Exit status 1 when any statement conflicts with the claim base.

    \b
    Examples:
      claimcheck check "Huawei operates in more than 170 countries and regions."
      printf 'CSIA has 774 members.\\nSMIC is based in Shanghai.\\n' | claimcheck check --format jsonl -
    """
    texts = _statements(statements)
    checker = _checker(claims_paths, no_cache)
    reporter = _reporter(fmt, color, "check", show, annotate_unverified)
    reporter.start()
    worst = 0
    for text in texts:
        result = checker.check(text)
        worst = max(worst, result.verdict.severity)
        reporter.handle(result)
    reporter.stop()
    sys.exit(_exit_status(worst, fail_on))


def _statements(args):
    out = []
    for arg in args:
        if arg == "-":
            out.extend(line for line in _read_stdin("<stdin>").splitlines() if line.strip())
        else:
            out.append(arg)
    return out


def _read_stdin(label, encoding="utf-8"):
    from .textio import decode

    return decode(sys.stdin.buffer.read(), label, encoding, DraftError)


def _read_draft(path: str, encoding: str) -> str:
    from .batch import read_draft

    return _read_stdin("<stdin>", encoding) if path == "-" else read_draft(path, encoding)


@cli.command()
@click.argument("files", nargs=-1, required=True)
@claims_option
@no_cache_option
@format_option
@color_option
@verdict_options
@click.option("--syntax", type=click.Choice(["auto", "markdown", "plain"]), default="auto", show_default=True,
              help="How to read the drafts; auto: Markdown for .md files and stdin, plain text otherwise.")
@click.option("--encoding", default="utf-8", show_default=True, help="Text encoding of the drafts.")
@click.option("--ignore", "ignore", multiple=True, metavar="GLOB", help="Skip drafts matching this glob (repeatable; adds to the config's).")
@click.option("--jobs", "-j", type=click.IntRange(min=1), default=None,
              help="Processes for many drafts (and for compiling the claim base). Default: the machine's cores.")
@click.option("--engine", type=click.Choice(["local", "dask"]), default="local", show_default=True,
              help="dask: scan on a dask cluster (pip install 'claimcheck[dask]'); drafts and claim base files "
              "must be readable there under the same paths.")
@click.option("--scheduler", metavar="ADDRESS", help="With --engine dask: the scheduler (tcp://host:8786). "
              "Default: a local cluster of --jobs workers.")
def scan(files, claims_paths, fmt, color, fail_on, show, annotate_unverified, syntax, encoding, ignore, no_cache, jobs,
         engine, scheduler):
    """Check every sentence of Markdown or plain-text drafts.

    Each sentence that names someone or gives an amount or a date gets a finding with its
    file, line and column. FILES may be folders (their .md and .txt files, recursively) or
    - for stdin. Silence a sentence with <!-- claimcheck: ignore --> on its line or the line
    before, a block with <!-- claimcheck: off --> ... <!-- claimcheck: on -->.
    Exit status 1 on any conflict (see --fail-on). Findings come in the order of the drafts,
    however many processes or machines scan them.

    \b
    Examples:
      claimcheck scan draft.md
      claimcheck scan --format json drafts/ > findings.json
      claimcheck scan --format sarif drafts/ > claimcheck.sarif
      claimcheck scan --engine dask --scheduler tcp://10.0.0.5:8786 --format jsonl archive/
    """
    from .batch import is_markdown, scan_drafts
    from .cache import default_jobs

    paths = _draft_paths(files, tuple(_config().ignore) + tuple(ignore))
    jobs = jobs or default_jobs()
    if engine == "dask":
        if "-" in paths:
            raise click.BadParameter("stdin (-) cannot be scanned on a cluster", param_hint="FILES")
        checker = _checker(claims_paths, no_cache, jobs)  # the base is checked (and compiled) here first
        from .cluster import scan_paths

        files_, thresholds, use_cache = checker.opened_with
        findings = scan_paths(paths, files_, thresholds=thresholds, use_cache=use_cache, syntax=syntax,
                              encoding=encoding, scheduler=scheduler, workers=jobs)
        drafts = []
    else:
        drafts = [(path, _read_draft(path, encoding)) for path in paths]
        checker = _checker(claims_paths, no_cache, jobs)
        findings = scan_drafts(checker, [("<stdin>" if p == "-" else p, t, is_markdown(p, syntax)) for p, t in drafts], jobs)
    reporter = _reporter(fmt, color, "scan", show, annotate_unverified)
    reporter.start()
    worst = 0
    with _progress(drafts) as advance:
        for finding in findings:
            if not finding.suppressed:
                worst = max(worst, finding.verdict.severity)
            reporter.handle(finding)
            advance(finding)
    reporter.stop()
    sys.exit(_exit_status(worst, fail_on))


def _draft_paths(args, ignore) -> list:
    """Files to scan: folders expand to their drafts; ignore globs apply to both."""
    import fnmatch
    from pathlib import Path

    def ignored(path: str) -> bool:
        posix = Path(path).as_posix()
        return any(fnmatch.fnmatch(posix, pat) or fnmatch.fnmatch(posix, f"*/{pat}") for pat in ignore)

    out = []
    for arg in args:
        if arg != "-" and os.path.isdir(arg):
            found = sorted(str(p) for p in Path(arg).rglob("*") if p.suffix.lower() in DRAFT_SUFFIXES and p.is_file())
            if not found:
                click.echo(f"claimcheck: warning: {_one_line(arg)}: no .md or .txt drafts in this folder", err=True)
            out.extend(p for p in found if not ignored(p))
        elif arg == "-" or not ignored(arg):
            out.append(arg)
    return out


class _progress:
    """A progress bar on stderr, for long scans on a terminal only (never in CI logs or pipes)."""

    def __init__(self, drafts):
        self.total = sum(text.count("\n") + 1 for _, text in drafts)
        self.bar = None
        if self.total > 400 and sys.stderr.isatty() and not os.environ.get("CI"):
            from rich.console import Console
            from rich.progress import Progress

            self.bar = Progress(console=Console(stderr=True), transient=True)

    def __enter__(self):
        if self.bar is None:
            return lambda finding: None
        self.bar.start()
        task = self.bar.add_task("checking", total=self.total)
        return lambda finding: self.bar.update(task, completed=finding.line)

    def __exit__(self, *exc):
        if self.bar is not None:
            self.bar.stop()
        return False


# ---------------------------------------------------------------- the claim base


@cli.command()
@click.argument("query")
@claims_option
@no_cache_option
@click.option("--limit", "-n", default=5, show_default=True, type=click.IntRange(1, 1000), help="How many claims to show.")
@click.option("--format", "fmt", type=click.Choice(["auto", "text", "json", "jsonl"]), default="auto", show_default=True)
def search(query, claims_paths, limit, fmt, no_cache):
    """Find claims by words, names or numbers (fuzzy, ranked).

    With - as QUERY, reads one query a line from stdin; jsonl then prints one object a line.

    \b
    Examples:
      claimcheck search "Semiconductor Manufacturing International"
      claimcheck search --format jsonl - < queries.txt
    """
    import json

    from .sanitize import one_line
    from .search import MAX_QUERY_CHARS
    from .search import search as run_search

    queries = [q for q in _read_stdin("<stdin>").splitlines() if q.strip()] if query == "-" else [query]
    checker = _checker(claims_paths, no_cache)
    fmt = _resolve_format(fmt)
    collected = []
    for q in queries:
        if len(q) > MAX_QUERY_CHARS:
            click.echo(f"claimcheck: warning: a query of {len(q):,} characters: only its first "
                       f"{MAX_QUERY_CHARS:,} are searched", err=True)
        hits = run_search(checker, q, limit)
        record = {"query": q, "results": [h.as_dict() for h in hits]}
        if fmt == "jsonl":
            click.echo(json.dumps(record, ensure_ascii=True))
        elif fmt == "json":
            collected.append(record)
        else:
            if len(queries) > 1:
                click.echo(f"# {one_line(q)}")
            if not hits:
                click.echo("no matching claims")
            for h in hits:
                source = h.source.outlet or h.source.title if h.source else h.claim.source
                click.echo(f"{h.score:5.1f}  {h.claim.id}  ({one_line(source)})")
                click.echo(f"       {one_line(h.claim.text)}")
    if fmt == "json":
        click.echo(json.dumps(collected if len(queries) > 1 else collected[0], ensure_ascii=True, indent=2))


@cli.command()
@click.argument("claim_id")
@claims_option
@click.option("--format", "fmt", type=click.Choice(["auto", "text", "json"]), default="auto", show_default=True)
def show(claim_id, claims_paths, fmt):
    """Show a claim with its full provenance and the other claims of the same fact.

    \b
    Example:
      claimcheck show huawei-207000-rd-workers
    """
    import json

    from .claimbase import load_claim_base
    from .sanitize import one_line

    base = load_claim_base(_claims_paths(claims_paths))
    claim = base.claim(claim_id)
    if claim is None:
        from rapidfuzz import process

        close = process.extract(claim_id, [c.id for c in base.claims], limit=3, score_cutoff=60)
        hint = f" (did you mean: {', '.join(c for c, _, _ in close)}?)" if close else ""
        raise ClaimcheckError(f"no claim with id {claim_id!r}{hint}")
    source = base.sources.get(claim.source)
    same = base.same_fact(claim)
    if _resolve_format(fmt) == "json":
        data = {
            "id": claim.id, "text": claim.text, "quote": claim.quote, "kind": claim.kind,
            "attribution": claim.attribution, "fact": claim.fact,
            "source": source.as_dict() | {"author": source.author} if source else {"id": claim.source},
            "same_fact": [c.id for c in same], "location": f"{claim.path}:{claim.line}",
        }
        click.echo(json.dumps(data, ensure_ascii=True, indent=2))
        return
    rows = [("claim", claim.id), ("text", claim.text), ("quote", f'"{claim.quote}"')]
    if source:
        rows += [("outlet", source.outlet or "(not named in the article)"), ("title", source.title),
                 ("published", source.published or "(no date in the article)"), ("url", source.url or "(unknown)")]
        if source.author:
            rows.append(("author", source.author))
        rows.append(("file", source.file or ""))
    rows += [("kind", claim.kind or ""), ("attribution", claim.attribution or ""), ("fact", claim.fact or "")]
    for label, value in rows:
        if value:
            click.echo(f"{label:>12}  {one_line(value)}")
    for other in same:
        other_source = base.sources.get(other.source)
        click.echo(f"{'same fact':>12}  {other.id} ({one_line(other_source.outlet or other_source.title) if other_source else other.source})")
        click.echo(f"{'':>12}  {one_line(other.text)}")


@cli.command()
@claims_option
@click.option("--format", "fmt", type=click.Choice(["auto", "text", "json"]), default="auto", show_default=True)
def sources(claims_paths, fmt):
    """List the source articles with their claim counts.

    \b
    Example:
      claimcheck sources
    """
    import json
    from collections import Counter

    from .claimbase import load_claim_base
    from .sanitize import one_line

    base = load_claim_base(_claims_paths(claims_paths))
    counts = Counter(c.source for c in base.claims)
    if _resolve_format(fmt) == "json":
        click.echo(json.dumps([s.as_dict() | {"claims": counts[s.id]} for s in base.sources.values()], ensure_ascii=True, indent=2))
        return
    for s in base.sources.values():
        date = s.published or "undated"
        click.echo(f"{counts[s.id]:4d}  {s.id}  {date}  {one_line(s.outlet or '-')}")
        click.echo(f"      {one_line(s.title)}")
    click.echo(f"{sum(counts.values())} claims from {len(base.sources)} sources")


@cli.command()
@click.argument("paths", nargs=-1)
@click.option("--articles", type=click.Path(), help="Folder of archived articles: check every quote is verbatim in its source's file.")
def validate(paths, articles):
    """Check claim base files; print every problem as path:line:column.

    Exit status 0 when clean, 1 when problems are found, 2 when it cannot run.

    \b
    Examples:
      claimcheck validate
      claimcheck validate claims.yaml --articles ../shared/articles
    """
    from .claimbase import discover
    from .validate import problems

    found = problems(discover(paths or _claims_paths(())), articles)
    for problem in found:
        click.echo(_one_line(str(problem)))
    if found:
        click.echo(f"{len(found)} problem{'s' if len(found) != 1 else ''}", err=True)
        sys.exit(1)


@cli.command()
@claims_option
@click.option("--source", required=True, help="Id of the source article.")
@click.option("--text", "text", required=True, help="The assertion, restated so it stands alone.")
@click.option("--quote", required=True, help="The words of the article, verbatim.")
@click.option("--id", "claim_id", help="A readable id (default: made from the source and text).")
@click.option("--fact", help="Id of the fact this claim reports, shared with other sources' claims.")
@click.option("--kind", type=click.Choice(["fact", "forecast", "opinion", "quote"]))
@click.option("--attribution", help="Who says it, e.g. 'CSIA statement'.")
def add(claims_paths, source, text, quote, claim_id, fact, kind, attribution):
    """Append a claim to a claim base file, keeping everything else in it.

    The claim is validated first; the file is written atomically and left untouched on error.
    It goes to the first --claims file (or the discovered claims.yaml).

    \b
    Example:
      claimcheck add --source huawei-korean-chip-firms \\
        --text "Huawei visited Korean chip firms in 2024." --quote "..."
    """
    from .edit import add_claim

    target, files = _writable_target(claims_paths, "add to")
    fields = {"id": claim_id, "source": source, "quote": quote, "text": text}
    for key, value in (("kind", kind), ("attribution", attribution), ("fact", fact)):
        if value:
            fields[key] = value
    written = add_claim(target, {k: v for k, v in fields.items() if v is not None}, other_files=files)
    click.echo(f"added {written['id']} to {target}")


@cli.command()
@claims_option
@no_cache_option
@click.option("--format", "fmt", type=click.Choice(["auto", "text", "json"]), default="auto", show_default=True)
@click.option("--only", type=click.Choice(["all", "agree", "disagree"]), default="all", show_default=True)
def conflicts(claims_paths, fmt, only, no_cache):
    """Compare claims across sources: where the articles agree on a fact and where they disagree.

    Exit status 1 when sources disagree.

    \b
    Example:
      claimcheck conflicts --only disagree
    """
    import json

    from .audit import pairs
    from .sanitize import one_line

    checker = _checker(claims_paths, no_cache)
    found = [p for p in pairs(checker) if only in ("all", p.relation)]
    if _resolve_format(fmt) == "json":
        click.echo(json.dumps([p.as_dict() for p in found], ensure_ascii=True, indent=2))
    else:
        for p in found:
            click.echo(f"{p.relation.upper():9} {p.first.id} ({p.first.source})  ~  {p.second.id} ({p.second.source})")
            click.echo(f"          {one_line(p.reason)}")
        agree = sum(p.relation == "agree" for p in found)
        click.echo(f"{agree} agreeing, {len(found) - agree} disagreeing pairs")
    sys.exit(1 if any(p.relation == "disagree" for p in found) else 0)


# ---------------------------------------------------------------- reports and interchange


@cli.command()
@click.argument("draft")
@claims_option
@no_cache_option
@click.option("-o", "--output", type=click.Path(dir_okay=False, writable=True), help="Write the page here (default: stdout).")
@click.option("--syntax", type=click.Choice(["auto", "markdown", "plain"]), default="auto", show_default=True)
@click.option("--encoding", default="utf-8", show_default=True)
@click.option("--title", help="Page title (default: the draft's path).")
def report(draft, claims_paths, output, syntax, encoding, title, no_cache):
    """Write a self-contained HTML page: the draft with each checked sentence marked, the evidence beside it.

    \b
    Example:
      claimcheck report draft.md -o report.html
    """
    from .batch import is_markdown
    from .report import render

    text = _read_draft(draft, encoding)
    checker = _checker(claims_paths, no_cache)
    markdown = is_markdown(draft, syntax)
    name = "<stdin>" if draft == "-" else draft
    page = render(name, text.lstrip("\ufeff"), list(checker.scan(text, name, markdown=markdown)), title or "")
    _write_output(output, page)


def _write_output(output, text):
    if not output or output == "-":
        sys.stdout.write(text)
        return
    from .edit import atomic_write

    try:
        atomic_write(output, text)
    except OSError as exc:
        raise ClaimcheckError(exc.strerror or str(exc), output) from None
    click.echo(f"wrote {output}", err=True)


@cli.command()
@claims_option
@click.option("--format", "fmt", type=click.Choice(["claimreview", "jsonl"]), default="claimreview", show_default=True)
@click.option("-o", "--output", type=click.Path(dir_okay=False), help="Write here (default: stdout).")
@click.option("--reviewer", default="claimcheck", show_default=True, help="ClaimReview author: who vouches for the record.")
def export(claims_paths, fmt, output, reviewer):
    """Export the claim base: schema.org ClaimReview JSON-LD, or JSON Lines.

    \b
    Examples:
      claimcheck export --format claimreview -o claims.jsonld
      claimcheck export --format jsonl > claims.jsonl
    """
    import json

    from .claimbase import load_claim_base
    from .interchange import claimreview

    base = load_claim_base(_claims_paths(claims_paths))
    if fmt == "claimreview":
        text = json.dumps(claimreview(base, reviewer), ensure_ascii=False, indent=2) + "\n"
    else:
        rows = []
        for c in base.claims:
            source = base.sources.get(c.source)
            rows.append(json.dumps({"id": c.id, "text": c.text, "quote": c.quote, "kind": c.kind, "attribution": c.attribution,
                                    "fact": c.fact, "source": source.as_dict() | {"author": source.author} if source else {"id": c.source}},
                                   ensure_ascii=False))
        text = "\n".join(rows) + "\n"
    _write_output(output, text)


@cli.command("import")
@click.argument("file")
@click.option("--format", "fmt", type=click.Choice(["claimreview", "jsonl", "csv"]), required=True)
@claims_option
@click.option("--encoding", default="utf-8", show_default=True)
def import_(file, fmt, claims_paths, encoding):
    """Import ClaimReview JSON-LD, JSON Lines or CSV records as sources and claims.

    They are appended to the first --claims file (or the discovered claims.yaml): validated
    first, written atomically, everything already in the file kept. CSV columns: text, quote,
    id, source (an id) or title, outlet, published, url, author, file.

    \b
    Examples:
      claimcheck import factchecks.jsonld --format claimreview --claims archive.yaml
      claimcheck import sheet.csv --format csv
    """
    from .edit import add_records
    from .interchange import read_records

    text = _read_draft(file, encoding)
    sources, claims = read_records(text, fmt, file)
    target, files = _writable_target(claims_paths, "import into")
    new_sources, new_claims = add_records(target, sources, claims, other_files=files)
    click.echo(f"imported {len(new_claims)} claims and {len(new_sources)} new sources into {target}")


def _writable_target(claims_paths, verb: str):
    """(the file new records go to, every file of the base); never the built-in base."""
    from .claimbase import builtin_path, discover, expand

    paths = _claims_paths(claims_paths)
    files = expand(discover(paths))
    if not paths and os.path.abspath(files[0]) == os.path.abspath(builtin_path()):
        raise ClaimcheckError(f"no claims.yaml here or above to {verb} (the built-in base is read-only); pass --claims FILE")
    return files[0], files


def main(argv=None):
    """Console entry point."""
    cli.main(args=argv, prog_name="claimcheck")


if __name__ == "__main__":  # pragma: no cover
    main()
