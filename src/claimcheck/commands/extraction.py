"""The ``extract`` and ``init`` commands: from articles to a claim base. Thin: the work is in
article.py (reading), extract.py (claims), spotting.py (check-worthiness), edit.py (writing),
linking.py (the same facts in other sources)."""

from __future__ import annotations

import datetime as _dt
import json
import os
import sys

import click

from ..errors import ClaimcheckError, DraftError
from . import common

_PACKAGE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ARTICLE_SUFFIXES = (".txt", ".text", ".md", ".markdown", ".mdx", ".mkd", ".mdown", ".html", ".htm", ".xhtml")
PROGRESS_MIN = 20  # articles before a progress bar is worth showing


def _article_paths(args) -> list:
    from pathlib import Path

    out = []
    for arg in args:
        if arg != "-" and os.path.isdir(arg):
            found = sorted(str(p) for p in Path(arg).rglob("*") if p.suffix.lower() in ARTICLE_SUFFIXES and p.is_file())
            if not found:
                click.echo(f"claimcheck: warning: {arg}: no .txt, .md or .html articles in this folder", err=True)
            out.extend(found)
        else:
            out.append(arg)
    return out


def _read(path: str, encoding: str) -> str:
    from ..textio import decode, read_bytes

    if path == "-":
        return decode(sys.stdin.buffer.read(), "<stdin>", encoding, DraftError)
    return decode(read_bytes(path, DraftError), path, encoding, DraftError)


def _valid_date(ctx, param, value):
    if value is None:
        return None
    from ..claimbase import parse_iso

    if parse_iso(value) is None or value.startswith("--"):
        raise click.BadParameter(f"{value!r} is not an ISO date (YYYY, YYYY-MM or YYYY-MM-DD)")
    return value


class _Progress:
    """A progress bar on stderr for many articles, on a terminal only (never in CI logs or pipes)."""

    def __init__(self, total: int):
        self.bar = None
        if total >= PROGRESS_MIN and sys.stderr.isatty() and not os.environ.get("CI"):
            from rich.console import Console
            from rich.progress import Progress

            self.bar = Progress(console=Console(stderr=True), transient=True)
            self.bar.start()
            self.task = self.bar.add_task("extracting", total=total)

    def advance(self):
        if self.bar is not None:
            self.bar.advance(self.task)

    def stop(self):
        if self.bar is not None:
            self.bar.stop()


@click.command()
@click.argument("articles", nargs=-1, required=True)
@click.option("-o", "--output", type=click.Path(dir_okay=False), help="Write a new claim base file here (replaced if it exists).")
@click.option("--into", "into", type=click.Path(dir_okay=False), help="Append to this claim base file (validated, atomic, comments kept).")
@click.option("--claims", "claims_paths", multiple=True, metavar="PATH",
              help="Claim base whose names and ids are known (default: as other commands find it); --into adds its file.")
@click.option("--outlet", help="The articles' outlet (default: what the article says).")
@click.option("--title", help="The article's headline (default: its first headline-like line or its metadata).")
@click.option("--date", "published", callback=_valid_date, help="Publication date, YYYY-MM-DD (default: the article's).")
@click.option("--url", help="Where the article was published.")
@click.option("--author", help="Who wrote it.")
@click.option("--all", "keep_all", is_flag=True, help="Keep sentences that are not check-worthy too, marked for review.")
@click.option("--sentences", is_flag=True, help="Claim spotting only: one sentence a line in, one verdict a line out.")
@click.option("--format", "fmt", type=click.Choice(["auto", "yaml", "json", "jsonl", "text"]), default="auto", show_default=True,
              help="auto: yaml for claims (jsonl with --sentences).")
@click.option("--syntax", type=click.Choice(["auto", "plain", "markdown", "html"]), default="auto", show_default=True,
              help="How to read the articles; auto goes by the suffix (and an <html> start).")
@click.option("--encoding", default="utf-8", show_default=True)
@click.option("--no-link", is_flag=True, help="With --into: do not look for the same facts in other sources.")
def extract(articles, output, into, claims_paths, outlet, title, published, url, author, keep_all, sentences, fmt, syntax,
            encoding, no_link):
    """Find the check-worthy claims of articles and write them as a claim base.

    ARTICLES are plain-text, Markdown or HTML files, folders of them, or - for stdin. Each
    article becomes a source; each check-worthy assertion a claim with its verbatim quote, a
    text that stands alone (pronouns and "the company" resolved), the amounts, dates and names
    it gives, and its kind. Headings that only label, questions, boilerplate and opinion are left
    out (--all keeps them, marked). With --into, claims already in the base are skipped, and
    claims that other sources' claims support or contradict are reported and linked by `fact:`.

    \b
    Examples:
      claimcheck extract article.txt -o claims.yaml
      claimcheck extract archive/ --into claims.yaml
      claimcheck extract page.html --outlet "The Gazette" --date 2024-03-05
      claimcheck extract --sentences --format jsonl - < sentences.txt
    """
    if output and into:
        raise click.UsageError("give -o FILE (a new base) or --into BASE (an existing one), not both")
    if sentences:
        _spot_sentences(articles, fmt, encoding)
        return
    from .. import article as article_reader
    from ..claimbase import discover, expand, read_files
    from ..extract import extract as run_extract

    known_files = []
    if into:
        if not os.path.isfile(into):
            raise ClaimcheckError("no such claim base file (use -o to start a new one, or `claimcheck init`)", into)
        known_files = [into]
    paths = common.claims_paths(claims_paths)
    if into and not paths:
        discovered = []  # the base is the file written to (and what --claims adds), not whatever is found around
    else:
        try:
            discovered = expand(discover(paths))
        except ClaimcheckError:
            if paths:
                raise
            discovered = []
    known_files += [f for f in discovered if not into or os.path.abspath(f) != os.path.abspath(into)]
    problems: list = []
    base = read_files(known_files, problems)
    if problems:
        raise problems[0]
    files = _article_paths(articles)
    overrides = {"title": title, "outlet": outlet, "published": published, "url": url, "author": author}
    taken_ids = {c.id for c in base.claims}
    taken_sources = set(base.sources)
    results = []
    progress = _Progress(len(files))
    try:
        for path in files:
            text = _read(path, encoding)
            art = article_reader.read(text, path, syntax)
            if not art.blocks:
                click.echo(f"claimcheck: warning: {path}: no text found", err=True)
                progress.advance()
                continue
            known_source = _known_source(base, art)
            result = run_extract(art, base.entities, dict(overrides, id=known_source), taken_ids, taken_sources)
            taken_sources.add(result.source["id"])
            taken_ids.update(c.id for c in result.candidates)
            results.append((path, result))
            progress.advance()
    finally:
        progress.stop()
    kept = [(path, r, [c for c in r.candidates if keep_all or c.checkworthy]) for path, r in results]
    fmt = "yaml" if fmt == "auto" else fmt
    if into:
        _write_into(into, known_files, kept, base, no_link)
        return
    if fmt == "yaml" or output:
        document = _document(kept, output)
        if output:
            from ..edit import atomic_write

            try:
                atomic_write(output, document)
            except OSError as exc:
                raise ClaimcheckError(exc.strerror or str(exc), output) from None
            claims = sum(len(c) for _, _, c in kept)
            click.echo(f"wrote {claims} claims from {len(kept)} article{'s' if len(kept) != 1 else ''} to {output}", err=True)
        else:
            sys.stdout.write(document)
        return
    records = [{"file": path, "source": r.source, "entities": r.entities, "claims": [c.as_dict() for c in cands]}
               for path, r, cands in kept]
    if fmt == "json":
        click.echo(json.dumps(records, ensure_ascii=True, indent=2))
    elif fmt == "jsonl":
        for record in records:
            for claim in record["claims"]:
                click.echo(json.dumps({"file": record["file"], "source": record["source"]["id"], **claim}, ensure_ascii=True))
    else:
        from ..sanitize import one_line

        for path, r, cands in kept:
            click.echo(f"{one_line(path)}: {one_line(r.source['title'])} ({len([c for c in cands if c.checkworthy])} claims)")
            for c in cands:
                mark = "claim" if c.checkworthy else f"skip ({c.spot.reason})"
                click.echo(f"  {c.spot.score:4.2f} {mark:<18} {c.id}")
                click.echo(f"       {one_line(c.text)}")


def _known_source(base, art):
    """The id of the base's source for this article (same archived file or same url), if any."""
    for source in base.sources.values():
        if (art.file and source.file == art.file) or (art.url and source.url == art.url):
            return source.id
    return None


def _document(kept, output) -> str:
    from .. import __version__
    from ..edit import render_document

    entities, sources, claims, notes = [], [], [], {}
    seen_entities = set()
    for _, result, cands in kept:
        sources.append(result.source)
        for e in result.entities:
            if e["name"] not in seen_entities:
                seen_entities.add(e["name"])
                entities.append(e)
        for c in cands:
            claims.append(c.fields(result.source["id"]))
            notes[c.id] = (f"check-worthiness {c.spot.score:.2f}" if c.checkworthy else
                           f"NOT check-worthy ({c.spot.reason}, score {c.spot.score:.2f}): review before keeping")
    today = _dt.date.today().isoformat()
    header = (f"Claims extracted by claimcheck {__version__} on {today} from {len(sources)} "
              f"article{'s' if len(sources) != 1 else ''}.\nReview them: quotes are verbatim, texts are restated by a machine.")
    return render_document(entities, sources, claims, header=header, schema=_schema_reference(output), notes=notes)


def _schema_reference(output) -> str:
    """The claim base schema for editors: a copy beside the base (as `init` leaves), else the packaged one."""
    folder = os.path.dirname(os.path.abspath(output)) if output else os.getcwd()
    if os.path.isfile(os.path.join(folder, "claimbase.schema.json")):
        return "claimbase.schema.json"
    return os.path.join(_PACKAGE, "data", "claimbase.schema.json")


def _write_into(into, known_files, kept, base, no_link):
    from ..edit import add_records
    from ..sanitize import one_line

    links, facts, report = {}, {}, []
    if not no_link and base.claims:
        from ..linking import link

        links, facts, report = link(known_files, kept)
    sources = [r.source for _, r, _ in kept]
    entities = [e for _, r, _ in kept for e in r.entities]
    claims = []
    for _, result, cands in kept:
        for c in cands:
            fields = c.fields(result.source["id"])
            if c.id in links:
                fields["fact"] = links[c.id]
            claims.append(fields)
    skipped = []
    written = add_records(into, sources, claims, other_files=known_files, entities=entities,
                          on_duplicate="skip", facts=facts, skipped=skipped)
    for dup in skipped:
        click.echo(f"skipped {dup.fields['id']}: already in the base as {dup.existing} ({one_line(dup.where)})", err=True)
    for line in report:
        click.echo(one_line(line))
    click.echo(f"added {len(written.claims)} claims and {len(written.sources)} sources to {into}"
               + (f" ({len(skipped)} already there)" if skipped else ""))


def _spot_sentences(args, fmt, encoding):
    from ..spotting import spot

    lines = []
    for path in args or ("-",):
        for line in _read(path, encoding).splitlines():
            if line.strip():
                lines.append(line.strip())
    fmt = "jsonl" if fmt in ("auto", "yaml") else fmt
    records = []
    for line in lines:
        decision = spot(line)
        record = {"sentence": line, **decision.as_dict()}
        if fmt == "jsonl":
            click.echo(json.dumps(record, ensure_ascii=True))
        else:
            records.append(record)
    if fmt == "json":
        click.echo(json.dumps(records, ensure_ascii=True, indent=2))
    elif fmt == "text":
        from ..sanitize import one_line

        for r in records:
            click.echo(f"{'yes' if r['checkworthy'] else 'no ':<4}{r['score']:5.2f}  {one_line(r['sentence'])}")


# ---------------------------------------------------------------- init

EXAMPLE_BASE = """\
# yaml-language-server: $schema=claimbase.schema.json
#
# A claim base: sources (the articles) and claims (what they assert, quoted verbatim).
# Add claims with `claimcheck extract ARTICLE --into {name}` or `claimcheck add`;
# check the base with `claimcheck validate --articles {articles}`.
version: 1

entities:
  - {{name: Example Corp, type: org, aliases: [Example Corporation, ExCo]}}

sources:
  - id: example-source
    title: Example Corp opens a plant in Leeds
    outlet: The Example Gazette
    published: "{today}"
    file: example-article.txt

claims:
  - id: example-corp-hire-workers-350
    source: example-source
    quote: "Example Corp will hire 350 workers at its new plant in Leeds."
    text: "Example Corp will hire 350 workers at its new plant in Leeds."
    kind: forecast
"""
EXAMPLE_ARTICLE = """\
Example Corp opens a plant in Leeds

Example Corp will hire 350 workers at its new plant in Leeds.
"""
EXAMPLE_CONFIG = """\
# claimcheck configuration: see `claimcheck --help` and the README.
claims: [{name}]
fail-on: conflicting
"""


@click.command()
@click.argument("folder", default=".", type=click.Path(file_okay=False))
@click.option("--name", default="claims.yaml", show_default=True, help="File name of the new claim base.")
@click.option("--articles", default="articles", show_default=True, help="Folder for the archived articles.")
@click.option("--force", is_flag=True, help="Replace files that exist (never done without it).")
def init(folder, name, articles, force):
    """Start a claim base in FOLDER: the base with one example source, a .claimcheck.yaml,
    the JSON Schema for editors, and a folder for the archived articles.

    \b
    Examples:
      claimcheck init
      claimcheck init newsroom && cd newsroom
      claimcheck validate --articles articles
    """
    from ..edit import atomic_write

    os.makedirs(folder, exist_ok=True)
    schema_src = os.path.join(_PACKAGE, "data", "claimbase.schema.json")
    with open(schema_src, encoding="utf-8") as f:
        schema = f.read()
    files = {
        name: EXAMPLE_BASE.format(name=name, articles=articles, today=_dt.date.today().isoformat()),
        ".claimcheck.yaml": EXAMPLE_CONFIG.format(name=name),
        "claimbase.schema.json": schema,
        os.path.join(articles, "example-article.txt"): EXAMPLE_ARTICLE,
    }
    existing = [p for p in files if os.path.exists(os.path.join(folder, p))]
    if existing and not force:
        raise ClaimcheckError(f"{existing[0]} exists already (--force replaces it)", os.path.join(folder, existing[0]))
    os.makedirs(os.path.join(folder, articles), exist_ok=True)
    for rel, text in files.items():
        atomic_write(os.path.join(folder, rel), text)
        click.echo(f"wrote {os.path.join(folder, rel)}")
