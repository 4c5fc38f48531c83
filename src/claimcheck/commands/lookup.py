"""search, show, sources and conflicts: looking things up in the claim base."""

from __future__ import annotations

import sys

import click

from . import common


@click.command()
@click.argument("query")
@common.claims_option
@common.no_cache_option
@click.option("--limit", "-n", default=5, show_default=True, type=click.IntRange(1, 1000), help="How many claims to show at most.")
@common.format_option("search")
@common.color_option
def search(query, claims_paths, limit, fmt, color, no_cache):
    """Find claims by words, names or numbers (fuzzy, ranked).

    Scores run from 0 to 100 and mean the same for every query: how likely it is that
    the claim is what the query is about. Claims under 0.1 are left out, so an off-topic
    query finds no matching claims. With - as QUERY, reads one query a line from stdin.

    \b
    Examples:
      claimcheck search "SMIC largest chip maker"
      claimcheck search --format jsonl - < queries.txt
    """
    from ..search import MAX_QUERY_CHARS, QueryResult
    from ..search import search as run_search

    if query == "-":
        queries = common.stdin_lines()
    elif not query.strip():
        raise click.UsageError("the query is empty (give words to look for, or - for stdin)")
    else:
        queries = [query]
    checker = common.checker(claims_paths, no_cache)
    reporter = common.reporter(fmt, "search", color, single=query != "-", queries=len(queries))
    reporter.start()
    for text in queries:
        if len(text) > MAX_QUERY_CHARS:
            common.warn(f"a query of {len(text):,} characters: only its first {MAX_QUERY_CHARS:,} are searched")
        reporter.handle(QueryResult(text, run_search(checker, text, limit)))
    reporter.stop()


@click.command()
@click.argument("claim_id")
@common.claims_option
@common.format_option("show")
@common.color_option
def show(claim_id, claims_paths, fmt, color):
    """Show a claim with its full provenance and the other claims of the same fact.

    \b
    Example:
      claimcheck show huawei-207000-rd-workers
    """
    from ..claimbase import load_claim_base
    from ..listing import claim_detail

    detail = claim_detail(load_claim_base(common.claims_paths(claims_paths)), claim_id)
    reporter = common.reporter(fmt, "show", color, single=True)
    reporter.start()
    reporter.handle(detail)
    reporter.stop()


@click.command()
@common.claims_option
@common.format_option("sources")
@common.color_option
def sources(claims_paths, fmt, color):
    """List the source articles with their claim counts.

    \b
    Examples:
      claimcheck sources
      claimcheck sources --format json
    """
    from ..claimbase import load_claim_base
    from ..listing import source_counts

    base = load_claim_base(common.claims_paths(claims_paths))
    reporter = common.reporter(fmt, "sources", color, claims=len(base.claims))
    reporter.start()
    for item in source_counts(base):
        reporter.handle(item)
    reporter.stop()


@click.command()
@common.claims_option
@common.no_cache_option
@common.format_option("conflicts")
@common.color_option
@click.option("--only", type=click.Choice(["all", "agree", "disagree"]), default="all", show_default=True,
              help="Which pairs of claims to list.")
def conflicts(claims_paths, fmt, color, only, no_cache):
    """Compare claims across sources: where articles agree on a fact, where they disagree.

    Each pair is shown with both quotes, their sources and, for a disagreement, the
    values that differ. Exit status 1 when sources disagree.

    \b
    Example:
      claimcheck conflicts --only disagree
    """
    from ..audit import pairs

    found = [p for p in pairs(common.checker(claims_paths, no_cache)) if only in ("all", p.relation)]
    disagree = sum(p.relation == "disagree" for p in found)
    reporter = common.reporter(fmt, "conflicts", color, agree=len(found) - disagree, disagree=disagree)
    reporter.start()
    for pair in found:
        reporter.handle(pair)
    reporter.stop()
    sys.exit(1 if disagree else 0)
