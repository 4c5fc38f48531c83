"""The language server's pure parts: where a part of a sentence is in the draft, and the words shown.

These need no pygls; the `lsp` command without it says how to install it.
"""

import sys

import pytest

from claimcheck.lsp import render
from claimcheck.lsp.positions import Span, locate, sentence_span
from claimcheck.model import Claim, Evidence, Finding, Relation, Result, Source, Verdict
from claimcheck.text.sentences import sentences

from .conftest import invoke


def finding_for(text, needle_sentence_part):
    """The first sentence of ``text`` as the scanner reads it, and the offsets of a part of it."""
    sentence = next(iter(sentences(text)))
    finding = Finding("d.md", sentence.line, sentence.column, sentence.end_line, sentence.end_column,
                      sentence.text, Result(sentence.text, Verdict.CONFLICTING, 1.0))
    start = sentence.text.index(needle_sentence_part)
    return finding, start, start + len(needle_sentence_part)


def covered(text, span):
    lines = text.split("\n")
    if span.line == span.end_line:
        return lines[span.line][span.column:span.end_column]
    return "\n".join([lines[span.line][span.column:]] + lines[span.line + 1:span.end_line] + [lines[span.end_line][:span.end_column]])


@pytest.mark.parametrize("text, part, expected", [
    ("The mill employs 120 weavers.", "120", "120"),
    ("The mill employs **120** weavers.", "120 weavers", "120** weavers"),
    ("See [the mill](https://example.org/120) with 120 weavers.", "120", "120"),
    ("The mill <!-- 120? --> employs 120 weavers.", "120", "120"),
    ("- In Leeds, the mill\n  employs 120\n  weavers today.", "employs 120 weavers", "employs 120\n  weavers"),
    ("> The mill employs\n> 120 weavers.", "120 weavers", "120 weavers"),
    ("## The mill employs 120 weavers", "120 weavers", "120 weavers"),
    ("In 2120 the mill employed 120 weavers, not 1120.", "120 weavers", "120 weavers"),
    ("The   mill employs 120   weavers.", "120 weavers", "120   weavers"),
])
def test_a_part_of_a_sentence_is_found_in_the_draft(text, part, expected):
    finding, start, end = finding_for(text, part)
    span = locate(text.split("\n"), finding, start, end)
    assert span is not None and covered(text, span) == expected


def test_repeats_are_told_apart():
    text = "Leeds had 120 looms and 120 weavers."
    finding = next(iter(sentences(text)))
    finding = Finding("d.md", finding.line, finding.column, finding.end_line, finding.end_column, finding.text, None)
    second = text.rindex("120")
    assert locate([text], finding, second, second + 3) == Span(0, second, 0, second + 3)


def test_a_part_out_of_range_is_not_found():
    finding, _, _ = finding_for("The mill employs 120 weavers.", "120")
    assert locate(["The mill employs 120 weavers."], finding, 5, 500) is None


def test_sentence_span_is_zero_based_and_end_exclusive():
    finding = Finding("d.md", 3, 5, 4, 10, "x", None)
    assert sentence_span(finding) == Span(2, 4, 3, 10)
    assert Span(2, 4, 3, 10).contains(3, 10) and not Span(2, 4, 3, 10).contains(2, 3)


def evidence(quote="Acme hired [350](javascript:alert(1)) <b>workers</b>.", url="https://example.org/a"):
    claim = Claim(id="acme-350", source="s", quote=quote, text="Acme hired 350 workers.")
    source = Source(id="s", title="Acme *grows*", outlet="The \x1b[31mGazette", published="2024-03-05", url=url)
    return Evidence(claim, source, Relation.CONFLICTS, 0.9, "statement: 200 workers; claim: 350 workers")


def test_hover_text_from_bases_is_inert_markdown():
    result = Result("Acme hired 200 workers.", Verdict.CONFLICTING, 0.9, [evidence()], "statement: 200; claim: 350")
    card = render.hover(Finding("d.md", 1, 1, 1, 23, result.statement, result))
    assert "[350](javascript" not in card and "\\[350\\]\\(javascript" in card
    assert "<b>" not in card and "\\<b\\>" in card
    assert "\x1b" not in card and "\\\\x1b" in card  # the escape shown, not sent to the editor
    assert "\\*grows\\*" in card
    assert "<https://example.org/a>" in card


def test_a_url_that_is_not_plainly_a_link_is_shown_as_text():
    result = Result("x", Verdict.CONFLICTING, 0.9, [evidence(url="javascript:alert(1)")], "r")
    card = render.hover(Finding("d.md", 1, 1, 1, 1, "x", result))
    assert "<javascript" not in card and "javascript:alert\\(1\\)" in card


def test_the_message_names_the_deciding_claim_and_its_source():
    result = Result("Acme hired 200 workers.", Verdict.CONFLICTING, 0.9, [evidence()], "statement: 200; claim: 350")
    message = render.message(Finding("d.md", 1, 1, 1, 23, result.statement, result))
    assert message.startswith("conflicting: statement: 200; claim: 350")
    assert "acme-350" in message and "2024-03-05" in message and "\x1b" not in message


def test_lsp_without_pygls_says_how_to_install_it(runner, monkeypatch):
    monkeypatch.setitem(sys.modules, "pygls", None)  # import pygls now raises ImportError
    result = invoke(runner, ["lsp"])
    assert result.exit_code == 2
    assert result.output.strip().count("\n") == 0
    assert 'pip install "claimcheck[lsp]"' in result.output
