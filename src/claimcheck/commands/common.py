"""What every command shares: options, where the claims and the settings come from, reporters, exit codes."""

from __future__ import annotations

import os
import sys

import click

from .. import collector
from ..errors import ClaimcheckError, DraftError


def claims_option(f):
    return click.option(
        "--claims", "claims_paths", multiple=True, metavar="PATH",
        help="Claim base file or folder of *.yaml (repeatable). Default: $CLAIMCHECK_CLAIMS, "
        "the config's claims, the nearest claims.yaml upwards, the built-in base.",
    )(f)


def no_cache_option(f):
    return click.option("--no-cache", is_flag=True, help="Read the claim base files without the compiled cache "
                        "(also CLAIMCHECK_NO_CACHE=1).")(f)


def date_option(f):
    def parse(ctx, param, value):
        if value is None:
            return None
        from ..context import parse_date

        date = parse_date(value) if value.strip() else None
        if date is None:
            raise click.BadParameter(f"{value!r} is not a date (write YYYY-MM-DD)")
        return date

    return click.option("--date", callback=parse, metavar="YYYY-MM-DD",
                        help="The draft's date, which 'last year' and 'on Monday' count from "
                        "(default: the front matter's date:).")(f)


def format_option(kind: str, default: str = "auto"):
    """--format with the formats that can write this command's records (from the reporter registry)."""
    from .. import reporters

    names = reporters.names(kind)
    ci = [n for n in ("github", "sarif") if n in names]
    help_text = "text for people, json/jsonl for scripts" + (f", {'/'.join(ci)} for CI" if ci else "") + "."
    if default == "auto":
        help_text += " auto: github under GitHub Actions, else text." if ci else " auto: text."
    return click.option("--format", "fmt", type=click.Choice(["auto", *names]), default=default, show_default=True,
                        help=help_text)


def color_option(f):
    return click.option("--color", type=click.Choice(["auto", "always", "never"]), default="auto", show_default=True,
                        help="Colour in text output; auto honours NO_COLOR and FORCE_COLOR.")(f)


def verbose_option(f):
    return click.option("-v", "--verbose", is_flag=True, help="Every sentence whole, with all its evidence.")(f)


def verdict_options(f):
    f = click.option("--fail-on", type=click.Choice(["conflicting", "unverified", "never"]), default=None,
                     help="Exit 1 when a result is this bad or worse (default: conflicting, or the config's).")(f)
    f = click.option("--show", "show", default=None, metavar="VERDICTS",
                     help="Comma-separated verdicts to print (default: all); the others are still counted.")(f)
    f = click.option("--annotate-unverified", type=click.Choice(["none", "notice", "warning"]), default=None,
                     help="github format: annotate unverified sentences too (default: none).")(f)
    return f


def use_color(choice: str, stream) -> bool:
    """--color always/never win; auto: NO_COLOR off, FORCE_COLOR on (0 off), else a terminal."""
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


def resolve_format(fmt: str, kind: str = "scan") -> str:
    if fmt != "auto":
        return fmt
    from .. import reporters

    github = os.environ.get("GITHUB_ACTIONS") == "true" and "github" in reporters.names(kind)
    return "github" if github else "text"


def config():
    """The configuration in force, read once per invocation."""
    from ..config import load

    root = click.get_current_context().find_root()
    if root.obj is None:
        root.obj = load()
    return root.obj


def claims_paths(paths):
    """--claims, then CLAIMCHECK_CLAIMS, then the config's claims, then discovery."""
    if paths or os.environ.get("CLAIMCHECK_CLAIMS", "").strip():
        return paths
    return tuple(config().claims)


def checker(paths, no_cache=False, jobs=None):
    from ..engine import open_checker
    from ..decide import Thresholds

    settings = config()
    thresholds = Thresholds(support=settings.support_threshold, conflict=settings.conflict_threshold)
    use_cache = not (no_cache or os.environ.get("CLAIMCHECK_NO_CACHE"))
    if use_cache:
        from ..cache import cache_dir
        from ..compiledre import keep_in

        keep_in(cache_dir())
    opened = open_checker(claims_paths(paths), thresholds, use_cache=use_cache, jobs=jobs)
    collector.loaded()
    return opened


def reporter(fmt, kind, color="auto", show=None, annotate_unverified=None, **options):
    """The reporter for ``--format``, writing to stdout."""
    from .. import reporters

    settings = config()
    stream = sys.stdout
    if show is None:
        verdicts = settings.show
    else:
        verdicts = tuple(v.strip() for v in show.split(",") if v.strip())
        bad = [v for v in verdicts if v not in reporters.VERDICTS]
        if bad:
            raise click.BadParameter(f"{bad[0]!r} is not one of {', '.join(reporters.VERDICTS)}", param_hint="--show")
    cls = reporters.get(resolve_format(fmt, kind))
    options["annotate_unverified"] = annotate_unverified or settings.annotate_unverified
    return cls(stream, color=use_color(color, stream), kind=kind, show=verdicts, options=options)


def exit_status(worst: int, fail_on) -> int:
    """worst: 0 supported only, 1 something unverified, 2 something conflicting."""
    fail_on = fail_on or config().fail_on
    threshold = {"conflicting": 2, "unverified": 1, "never": 3}[fail_on]
    return 1 if worst >= threshold else 0


def read_stdin(label="<stdin>", encoding="utf-8") -> str:
    from ..textio import decode

    return decode(sys.stdin.buffer.read(), label, encoding, DraftError, encoding_hint=True)


def stdin_lines() -> list:
    """The non-blank lines of stdin, for commands that take - as one item a line."""
    return [line for line in read_stdin().splitlines() if line.strip()]


def read_draft(path: str, encoding: str) -> str:
    from ..batch import read_draft as read_file

    return read_stdin("<stdin>", encoding) if path == "-" else read_file(path, encoding)


def write_output(output, text):
    if not output or output == "-":
        sys.stdout.write(text)
        return
    from ..edit import atomic_write

    try:
        atomic_write(output, text)
    except OSError as exc:
        raise ClaimcheckError(exc.strerror or str(exc), output) from None
    click.echo(f"wrote {output}", err=True)


def writable_target(paths, verb: str):
    """(the file new records go to, every file of the base); never the built-in base."""
    from ..claimbase import builtin_path, discover, expand

    paths = claims_paths(paths)
    files = expand(discover(paths))
    if not paths and os.path.abspath(files[0]) == os.path.abspath(builtin_path()):
        raise ClaimcheckError(f"no claims.yaml here or above to {verb} (the built-in base is read-only); pass --claims FILE")
    return files[0], files


def warn(message: str):
    from ..sanitize import one_line

    click.echo(f"claimcheck: warning: {one_line(message)}", err=True)


def error(message: str):
    """A problem that does not stop the command (it still exits 2 at the end)."""
    from ..sanitize import one_line

    click.echo(f"claimcheck: error: {one_line(message)}", err=True)
