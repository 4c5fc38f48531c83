"""Every command documents itself with an example."""

import pytest

from claimcheck.cli import cli

from .conftest import invoke


@pytest.mark.parametrize("name", sorted(cli.list_commands(None)))
def test_every_command_has_help_with_an_example(runner, name):
    result = invoke(runner, [name, "--help"])
    assert result.exit_code == 0
    assert "Example" in result.output
    assert f"claimcheck {name}" in result.output


def test_readme_lists_every_command():
    from .conftest import ROOT

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for name in cli.list_commands(None):
        assert f"claimcheck {name}" in readme, name


def test_each_listed_command_loads_under_its_name():
    names = cli.list_commands(None)
    assert len(names) == len(set(names)) >= 14
    assert [cli.get_command(None, name).name for name in names] == names
    assert cli.get_command(None, "no-such-command") is None


def test_a_command_loads_only_its_own_module():
    import subprocess
    import sys

    code = ("import sys; from click.testing import CliRunner; from claimcheck.cli import cli; "
            "CliRunner().invoke(cli, ['check', '--help']); "
            "print(sorted(m for m in sys.modules if m.startswith('claimcheck.commands.')))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert "claimcheck.commands.checking" in out and "claimcheck.commands.extraction" not in out
