"""The claimcheck command: the group, its error handling and its exit codes.

The commands live in ``commands/``, one module per group of commands; adding a command is
writing it there and listing it in COMMANDS below.

Exit status: 0 nothing conflicts (validate: no problems), 1 something conflicts (validate:
problems found), 2 bad input or usage, 3 an internal error.
"""

from __future__ import annotations

import os
import sys

import click

from . import __version__, collector
from .errors import ClaimcheckError


_NO_ARGS = getattr(click.exceptions, "NoArgsIsHelpError", ())  # click >= 8.2


# command name -> (module, attribute), in the order --help lists them; a command's module is imported
# only when that command runs or help lists it, so `claimcheck check` does not pay for `extract`
COMMANDS = {
    "check": ("commands.checking", "check"), "scan": ("commands.checking", "scan"),
    "search": ("commands.lookup", "search"), "show": ("commands.lookup", "show"),
    "sources": ("commands.lookup", "sources"), "validate": ("commands.curation", "validate"),
    "add": ("commands.curation", "add"), "conflicts": ("commands.lookup", "conflicts"),
    "report": ("commands.checking", "report"), "export": ("commands.curation", "export"),
    "import": ("commands.curation", "import_"), "extract": ("commands.extraction", "extract"),
    "init": ("commands.extraction", "init"), "lsp": ("lsp.command", "lsp"),
}


class ClaimcheckGroup(click.Group):
    """Errors as one line on stderr, never a traceback: bad input and usage exit 2, bugs 3.
    Subcommands are loaded when asked for (COMMANDS)."""

    def list_commands(self, ctx):
        return list(COMMANDS)

    def get_command(self, ctx, name):
        if name not in COMMANDS:
            return None
        import importlib

        module, attribute = COMMANDS[name]
        return getattr(importlib.import_module(f".{module}", __package__), attribute)

    def main(self, args=None, prog_name=None, complete_var=None, standalone_mode=True, **extra):
        if not standalone_mode:
            return super().main(args, prog_name, complete_var, standalone_mode, **extra)
        try:
            # without standalone mode click returns ctx.exit()'s status (our commands return nothing)
            status = super().main(args, prog_name, complete_var, standalone_mode=False, **extra)
        except _NO_ARGS as exc:  # `claimcheck` alone: the help, as click prints it
            exc.show()
            sys.exit(exc.exit_code)
        except click.UsageError as exc:
            command = exc.ctx.command_path if exc.ctx is not None else "claimcheck"
            click.echo(f"claimcheck: error: {_one_line(exc.format_message())}", err=True)
            click.echo(f"Try '{command} --help' for help.", err=True)
            sys.exit(2)
        except click.ClickException as exc:
            click.echo(f"claimcheck: error: {_one_line(exc.format_message())}", err=True)
            sys.exit(exc.exit_code)
        except click.exceptions.Exit as exc:
            sys.exit(exc.exit_code)
        except click.Abort:
            click.echo("claimcheck: interrupted", err=True)
            sys.exit(130)
        sys.exit(status if isinstance(status, int) else 0)

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


@click.group("claimcheck", cls=ClaimcheckGroup, context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 80})
@click.version_option(__version__, "--version", prog_name="claimcheck")
def cli():
    """Fact-check statements and draft articles against a sourced claim base.

    \b
    Examples:
      claimcheck check "Huawei employs over 207,000 people in its R&D centers."
      claimcheck scan draft.md
      claimcheck search "working group meetings"
    """


def main(argv=None):
    """Console entry point."""
    import atexit
    import gc

    # The process ends with the command: nothing it made needs collecting then. Frozen at exit, its
    # objects are not walked by the collections of the interpreter's shutdown (about an eighth of
    # `claimcheck check`'s time); they are still freed, and the output is flushed as before.
    atexit.register(gc.freeze)
    collector.hold_off_while_loading()  # until the checker is open (commands.common.checker)
    cli.main(args=argv, prog_name="claimcheck")


if __name__ == "__main__":  # pragma: no cover
    main()
