"""The ``lsp`` command, registered on the main group; pygls is imported only when it runs."""

from __future__ import annotations

import sys

import click

INSTALL_HINT = ('claimcheck: error: the language server needs pygls: '
                'python -m pip install "claimcheck[lsp]"')


@click.command()
@click.option("--claims", "claims_paths", multiple=True, metavar="PATH",
              help="Claim base file or folder (repeatable). Default: found from each draft's folder as "
              "`scan` finds it from the current one.")
@click.option("--unverified", type=click.Choice(["error", "warning", "information", "hint", "none"]),
              default="information", show_default=True, help="How unverified sentences are shown.")
@click.option("--supported", type=click.Choice(["error", "warning", "information", "hint", "none"]),
              default="none", show_default=True, help="How supported sentences are shown.")
@click.option("--debounce", type=click.FloatRange(0, 10), default=0.25, show_default=True, metavar="SECONDS",
              help="Pause after a change before the draft is checked again.")
@click.option("--no-cache", is_flag=True, help="Read claim base files without the compiled cache.")
@click.option("--stdio", is_flag=True, hidden=True, help="Accepted for clients that pass it; stdio is the only transport.")
def lsp(claims_paths, unverified, supported, debounce, no_cache, stdio):
    """Run the language server: check drafts in your editor as you write them.

    Speaks the Language Server Protocol on stdin and stdout. Markdown and plain-text
    documents get diagnostics (conflicts as errors, unverified sentences as information),
    a hover card with the evidence, and quick fixes: suppress a finding, or use the
    source's value for a conflicting amount or date. Editors start it themselves; see
    the README for Neovim and VS Code. Needs the lsp extra: pip install "claimcheck[lsp]".

    \b
    Examples:
      claimcheck lsp
      claimcheck lsp --claims newsroom-claims/ --unverified hint
    """
    try:
        import lsprotocol  # noqa: F401
        import pygls  # noqa: F401
    except ImportError:
        click.echo(INSTALL_HINT, err=True)
        sys.exit(2)
    import os

    from .. import collector
    from .server import DEFAULT_SEVERITY, Options, serve

    collector.loaded()  # a session collects as usual

    severity = dict(DEFAULT_SEVERITY, unverified=unverified, supported=supported)
    claims = tuple(os.path.abspath(p) for p in claims_paths)
    use_cache = not (no_cache or os.environ.get("CLAIMCHECK_NO_CACHE"))
    serve(Options(claims=claims, severity=tuple(severity.items()), debounce=debounce, use_cache=use_cache))
