"""Every command documents itself with an example."""

import pytest

from claimcheck.cli import cli

from .conftest import invoke


@pytest.mark.parametrize("name", sorted(cli.commands))
def test_every_command_has_help_with_an_example(runner, name):
    result = invoke(runner, [name, "--help"])
    assert result.exit_code == 0
    assert "Example" in result.output
    assert f"claimcheck {name}" in result.output


def test_readme_lists_every_command():
    from .conftest import ROOT

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for name in cli.commands:
        assert f"claimcheck {name}" in readme, name
