"""Small things a new user reads: messages that say the right thing, and the progress bar."""

import sys

import pytest

from .conftest import invoke


def test_size_limit_message_names_real_sizes(runner, tmp_path, monkeypatch):
    from claimcheck import textio

    monkeypatch.setattr(textio, "MAX_BYTES", 1000)
    path = tmp_path / "claims.yaml"
    path.write_text("# x\n" * 1000)
    result = invoke(runner, ["check", "--claims", str(path), "x"])
    assert result.exit_code == 2 and "file is 3.9 KiB; the limit is 1,000 bytes" in result.output


def test_add_never_points_past_the_end_of_the_file(runner, small_base):
    lines = small_base.read_text().count("\n")
    result = invoke(runner, ["add", "--claims", str(small_base), "--source", "nowhere", "--text", "t", "--quote", "q"])
    assert result.exit_code == 2 and "unknown source 'nowhere'" in result.output
    position = result.output.split(str(small_base))[1].split(" ")[0]
    assert position == ":" or int(position.split(":")[1]) <= lines


def test_only_drafts_are_told_about_encoding(runner, tmp_path):
    base = tmp_path / "claims.yaml"
    base.write_bytes("claims:\n  - caf\xe9\n".encode("latin-1"))
    result = invoke(runner, ["check", "--claims", str(base), "x"])
    assert "not valid utf-8" in result.output and "--encoding" not in result.output
    draft = tmp_path / "d.md"
    draft.write_bytes("Caf\xe9 society.\n".encode("latin-1"))
    assert "try --encoding" in invoke(runner, ["scan", str(draft)]).output


def test_tomli_is_required_where_tomllib_is_missing():
    from .conftest import ROOT

    if sys.version_info >= (3, 11):
        import tomllib
    else:
        tomllib = pytest.importorskip("tomli")
    deps = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["dependencies"]
    tomli = [d for d in deps if d.replace(" ", "").startswith("tomli")]
    assert tomli and "python_version<'3.11'" in tomli[0].replace(" ", "").replace('"', "'")


class FakeBar:
    def __init__(self):
        self.updates = []

    def start(self):
        pass

    def stop(self):
        pass

    def add_task(self, name, total):
        self.total = total
        return 1

    def update(self, task, completed):
        self.updates.append(completed)


def test_progress_advances_by_the_text_checked(checker):
    from claimcheck.commands.checking import ScanProgress

    drafts = [("a.md", "Acme hired 5 people.\n" * 30), ("b.md", "SMIC is in Shanghai.\n\nHuawei hired 9 people.\n")]
    bar = FakeBar()
    with ScanProgress(drafts, True, bar=bar) as progress:
        for _, text in drafts:
            for finding in checker.scan(text, "x.md"):
                progress.advance(finding)
            progress.next_draft()
    assert bar.total == sum(len(t) for _, t in drafts)
    assert bar.updates == sorted(bar.updates) and bar.updates[-1] == bar.total
    assert bar.updates[0] == len("Acme hired 5 people.")  # the end of the first sentence, not its line number
    assert len(set(bar.updates)) > 30


def test_progress_only_for_people_on_a_terminal(monkeypatch):
    from claimcheck.commands.checking import ScanProgress

    class Tty:
        def isatty(self):
            return True

    monkeypatch.delenv("CI", raising=False)
    assert ScanProgress.wanted("text", Tty())
    assert not any(ScanProgress.wanted(fmt, Tty()) for fmt in ("json", "jsonl", "sarif", "github"))
    assert not ScanProgress.wanted("text", open(__file__))
    monkeypatch.setenv("CI", "true")
    assert not ScanProgress.wanted("text", Tty())
