"""validate, add, export and import: keeping a claim base."""

from __future__ import annotations

import os
import sys

import click

from . import common

IMPORT_FORMATS = {".json": "claimreview", ".jsonld": "claimreview", ".jsonl": "jsonl", ".ndjson": "jsonl", ".csv": "csv"}


@click.command()
@click.argument("paths", nargs=-1)
@click.option("--articles", type=click.Path(), help="Folder of archived articles: every quote must be verbatim in its source's file.")
@common.format_option("validate")
@common.color_option
def validate(paths, articles, fmt, color):
    """Check claim base files; print every problem as path:line:column.

    Exit status 0 when clean, 1 when problems are found, 2 when it cannot run.

    \b
    Examples:
      claimcheck validate
      claimcheck validate claims.yaml --articles ../shared/articles
    """
    from ..claimbase import discover
    from ..validate import lint

    base, found = lint(discover(paths or common.claims_paths(())), articles)
    reporter = common.reporter(fmt, "validate", color, claims=len(base.claims), sources=len(base.sources))
    reporter.start()
    for problem in found:
        reporter.handle(problem)
    reporter.stop()
    sys.exit(1 if found else 0)


@click.command()
@common.claims_option
@click.option("--source", help="Id of the source article.")
@click.option("--text", "text", help="The assertion, restated so it stands alone.")
@click.option("--quote", help="The words of the article, verbatim.")
@click.option("--id", "claim_id", help="A readable id (default: made from what the text is about).")
@click.option("--fact", help="Id of the fact this claim reports, shared with other sources' claims.")
@click.option("--kind", type=click.Choice(["fact", "forecast", "opinion", "quote"]))
@click.option("--attribution", help="Who says it, e.g. 'CSIA statement'.")
@click.option("--new-source", is_flag=True, help="Create the source --source too, with --title and the fields below.")
@click.option("--title", help="--new-source: the article's headline.")
@click.option("--outlet", help="--new-source: who published it.")
@click.option("--published", help="--new-source: the publication date, YYYY-MM-DD.")
@click.option("--url", help="--new-source: where it was published.")
@click.option("--file", "source_file", help="--new-source: the archived article's file name.")
@click.option("--entity", help="Add an entity with this canonical name (with --alias and --type).")
@click.option("--alias", "aliases", multiple=True, help="--entity: another way of writing the name (repeatable).")
@click.option("--type", "entity_type", type=click.Choice(["org", "person", "place", "group", "product", "event", "other"]),
              help="--entity: what it is.")
def add(claims_paths, source, text, quote, claim_id, fact, kind, attribution, new_source, title, outlet, published, url,
        source_file, entity, aliases, entity_type):
    """Append a claim, a source or an entity to a claim base file, keeping everything else in it.

    Everything is validated first; the file is written atomically and left untouched on
    error. It goes to the first --claims file (or the discovered claims.yaml). A claim that
    quotes what a claim of the same source already quotes is refused, naming that claim.

    \b
    Examples:
      claimcheck add --source huawei-korean-chip-firms \\
        --text "Huawei visited Korean chip firms in 2024." --quote "..."
      claimcheck add --source gazette-acme --new-source \\
        --title "Acme opens a plant" --outlet "The Gazette" \\
        --published 2024-03-05 \\
        --text "Acme will hire 350 workers." --quote "Acme will hire 350 workers."
      claimcheck add --entity Acme --alias "Acme Corp" --type org
    """
    from ..edit import add_records
    from ..errors import ClaimcheckError

    if not entity and not (source and text and quote):
        raise click.UsageError("give --source, --text and --quote (a claim), or --entity NAME")
    if (text or quote) and not (source and text and quote):
        raise click.UsageError("a claim needs --source, --text and --quote")
    if new_source and not (source and title):
        raise click.UsageError("--new-source needs --source (its id) and --title")
    target, files = common.writable_target(claims_paths, "add to")
    sources, claims, entities = [], [], []
    if new_source:
        record = {"id": source, "title": title, "outlet": outlet, "published": published, "url": url, "file": source_file}
        sources.append({k: v for k, v in record.items() if v})
    if text:
        fields = {"id": claim_id, "source": source, "quote": quote, "text": text}
        for key, value in (("kind", kind), ("attribution", attribution), ("fact", fact)):
            if value:
                fields[key] = value
        claims.append({k: v for k, v in fields.items() if v is not None})
    if entity:
        record = {"name": entity}
        if entity_type:
            record["type"] = entity_type
        if aliases:
            record["aliases"] = list(aliases)
        entities.append(record)
    written = add_records(target, sources, claims, other_files=files, entities=entities)
    if new_source and not written.sources:
        raise ClaimcheckError(f"a source with id {source!r} exists already (drop --new-source to add to it)", target)
    for record in written.sources:
        click.echo(f"added source {record['id']} to {target}")
    for record in written.claims:
        click.echo(f"added {record['id']} to {target}")
    for record in written.entities:
        click.echo(f"added entity {record['name']} to {target}")


@click.command()
@common.claims_option
@click.option("--format", "fmt", type=click.Choice(["claimreview", "jsonl"]), default="claimreview", show_default=True,
              help="schema.org ClaimReview JSON-LD, or JSON Lines (one claim a line).")
@click.option("-o", "--output", type=click.Path(dir_okay=False), help="Write here (default: stdout).")
@click.option("--reviewer", default="claimcheck", show_default=True, help="ClaimReview author: who vouches for the record.")
@click.option("--url-prefix", metavar="URL", help="ClaimReview url: this followed by the claim id "
              "(default: urn:claimcheck:claim:ID).")
def export(claims_paths, fmt, output, reviewer, url_prefix):
    """Export the claim base: schema.org ClaimReview JSON-LD, or JSON Lines.

    Entities and their aliases go along (ClaimReview: as what a claim is about; JSON
    Lines: as entity records), so importing the export gives the same base.

    \b
    Examples:
      claimcheck export -o claims.jsonld
      claimcheck export --format jsonl > claims.jsonl
    """
    import json

    from ..claimbase import load_claim_base
    from ..interchange import claimreview, jsonl_records

    base = load_claim_base(common.claims_paths(claims_paths))
    if fmt == "claimreview":
        text = json.dumps(claimreview(base, reviewer, url_prefix), ensure_ascii=False, indent=2) + "\n"
    else:
        text = "".join(json.dumps(record, ensure_ascii=False) + "\n" for record in jsonl_records(base))
    common.write_output(output, text)


@click.command("import")
@click.argument("file")
@click.option("--format", "fmt", type=click.Choice(["claimreview", "jsonl", "csv"]),
              help="Default: from the extension (.json/.jsonld, .jsonl/.ndjson, .csv).")
@common.claims_option
@click.option("--encoding", default="utf-8", show_default=True, help="Text encoding of FILE.")
def import_(file, fmt, claims_paths, encoding):
    """Import ClaimReview JSON-LD, JSON Lines or CSV records as sources and claims.

    They are appended to the first --claims file (or the discovered claims.yaml):
    validated first, written atomically, everything already in the file kept. CSV
    columns: text, quote, id, source (an id) or title, outlet, published, url, author, file.

    \b
    Examples:
      claimcheck import factchecks.jsonld --claims archive.yaml
      claimcheck import sheet.csv
    """
    from ..edit import add_records
    from ..interchange import read_records

    if fmt is None:
        fmt = IMPORT_FORMATS.get(os.path.splitext(file)[1].lower())
        if fmt is None:
            raise click.UsageError(f"cannot tell the format of {file!r} from its name; give --format")
    text = common.read_draft(file, encoding)
    records = read_records(text, fmt, file)
    target, files = common.writable_target(claims_paths, "import into")
    written = add_records(target, records.sources, records.claims, other_files=files, entities=records.entities)
    counts = [_n(len(written.claims), "claim")]
    if written.sources or not written.entities:
        counts.append(_n(len(written.sources), "new source"))
    if written.entities:
        counts.append(_n(len(written.entities), "new entity", "new entities"))
    click.echo(f"imported {', '.join(counts[:-1])} and {counts[-1]} into {target}" if len(counts) > 1
               else f"imported {counts[0]} into {target}")


def _n(count: int, noun: str, plural: str = "") -> str:
    return f"{count} {noun if count == 1 else (plural or noun + 's')}"
