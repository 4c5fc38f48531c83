"""`claimcheck lsp` end to end: a real LSP client (pytest-lsp's) drives the server as a subprocess.

The claim base is written here, with plainly wrong figures, so the verdicts do not hang on
the engine's finer rules.
"""

import asyncio
import os
import sys

import pytest

pytest.importorskip("pygls", reason="the lsp extra is not installed")
pytest_lsp = pytest.importorskip("pytest_lsp", reason="pytest-lsp is not installed")
import pytest_asyncio  # noqa: E402
from lsprotocol import types as lsp  # noqa: E402

from .conftest import HARBOUR_BASE  # noqa: E402


DRAFT = """\
# Harbour works

The harbour authority installed 40 new cranes at the east quay.

The mayor of Lisbon visited the quay.
"""
CONFLICT_LINE = 2
TIMEOUT = 30


@pytest_asyncio.fixture
async def project(tmp_path):
    (tmp_path / "claims.yaml").write_text(HARBOUR_BASE, encoding="utf-8")
    (tmp_path / "draft.md").write_text(DRAFT, encoding="utf-8")
    return tmp_path


async def start(project, *args, initialization_options=None, capabilities="visual-studio-code"):
    client = pytest_lsp.make_test_lsp_client()
    client.registrations = []

    @client.feature(lsp.CLIENT_REGISTER_CAPABILITY)
    def register(client: pytest_lsp.LanguageClient, params: lsp.RegistrationParams):  # as editors do: remember what to watch
        client.registrations.extend(params.registrations)

    env = {k: v for k, v in os.environ.items() if k not in ("CLAIMCHECK_CLAIMS", "CLAIMCHECK_NO_CACHE")}
    await client.start_io(sys.executable, "-m", "claimcheck", "lsp", *args, env=env, cwd=str(project))
    await client.initialize_session(lsp.InitializeParams(
        capabilities=pytest_lsp.client_capabilities(capabilities), root_uri=project.as_uri(),
        initialization_options=initialization_options))
    return client


@pytest_asyncio.fixture
async def client(project):
    client = await start(project, initialization_options={"debounce": 0})
    yield client
    if client._server is not None and client._server.returncode is None:
        await client.shutdown_session()


def uri_of(project, name="draft.md"):
    return (project / name).as_uri()


def open_draft(client, uri, text=DRAFT, language="markdown"):
    client.text_document_did_open(lsp.DidOpenTextDocumentParams(lsp.TextDocumentItem(uri, language, 1, text)))


async def diagnostics_after(client, action, method=lsp.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS):
    """Do ``action`` and wait for the diagnostics (or the other notification) it brings."""
    waiting = asyncio.ensure_future(client.wait_for_notification(method))
    await asyncio.sleep(0)
    action()
    await asyncio.wait_for(waiting, TIMEOUT)


def text_in(text, rng):
    lines = text.split("\n")
    assert rng.start.line == rng.end.line
    return lines[rng.start.line][rng.start.character:rng.end.character]


def errors(client, uri):
    return [d for d in client.diagnostics.get(uri, []) if d.severity == lsp.DiagnosticSeverity.Error]


def change(client, uri, version, start, end, text):
    client.text_document_did_change(lsp.DidChangeTextDocumentParams(
        lsp.VersionedTextDocumentIdentifier(uri=uri, version=version),
        [lsp.TextDocumentContentChangePartial(range=lsp.Range(lsp.Position(*start), lsp.Position(*end)), text=text)]))


async def code_actions(client, uri, diagnostics, only=None):
    """The actions offered for the first characters of the conflicting line."""
    return await client.text_document_code_action_async(lsp.CodeActionParams(
        lsp.TextDocumentIdentifier(uri), lsp.Range(lsp.Position(CONFLICT_LINE, 0), lsp.Position(CONFLICT_LINE, 3)),
        lsp.CodeActionContext(diagnostics=diagnostics, only=only)))


def apply_edit(text, edit):
    lines = text.split("\n")
    (r,) = [e.range for e in edit]
    line = lines[r.start.line]
    lines[r.start.line] = line[: r.start.character] + edit[0].new_text + line[r.end.character:]
    return "\n".join(lines)


@pytest.mark.asyncio
async def test_a_wrong_figure_is_an_error_on_its_line_and_columns_and_the_rest_is_information(client, project):
    uri = uri_of(project)
    await diagnostics_after(client, lambda: open_draft(client, uri))
    (error,) = errors(client, uri)
    assert error.range.start.line == CONFLICT_LINE and error.source == "claimcheck" and error.code == "conflicting"
    assert text_in(DRAFT, error.range).startswith("40")  # the decisive part of the sentence, not the sentence
    assert "14" in error.message and "harbour-cranes" in error.message
    (info,) = [d for d in client.diagnostics[uri] if d.severity == lsp.DiagnosticSeverity.Information]
    assert info.range.start.line == 4 and info.code == "unverified"
    assert (info.range.start.character, info.range.end.character) == (0, len("The mayor of Lisbon visited the quay."))
    # the claim that decided is linked where it is in the claim base
    assert error.related_information[0].location.uri == (project / "claims.yaml").as_uri()
    # claim base files are watched, so an edit to them re-checks the drafts
    (watch,) = client.registrations
    assert watch.method == lsp.WORKSPACE_DID_CHANGE_WATCHED_FILES
    assert "**/*.yaml" in [w["globPattern"] for w in watch.register_options["watchers"]]


@pytest.mark.asyncio
async def test_columns_are_in_the_clients_units(client, project):
    """VS Code counts UTF-16 code units: a ship emoji is two of them."""
    uri = uri_of(project)
    text = DRAFT.replace("The harbour authority", "🚢 The harbour authority")
    await diagnostics_after(client, lambda: open_draft(client, uri, text))
    (error,) = errors(client, uri)
    line = text.split("\n")[CONFLICT_LINE]
    assert error.range.start.character == len(line[: line.index("40")].encode("utf-16-le")) // 2


@pytest.mark.asyncio
async def test_fixing_the_figure_removes_the_diagnostic(client, project):
    uri = uri_of(project)
    await diagnostics_after(client, lambda: open_draft(client, uri))
    assert errors(client, uri)
    at = DRAFT.split("\n")[CONFLICT_LINE].index("40")
    await diagnostics_after(client, lambda: change(client, uri, 2, (CONFLICT_LINE, at), (CONFLICT_LINE, at + 2), "14"))
    assert errors(client, uri) == []
    # ... and breaking it again brings it back (the block was checked again, not remembered wrongly)
    await diagnostics_after(client, lambda: change(client, uri, 3, (CONFLICT_LINE, at), (CONFLICT_LINE, at + 2), "41"))
    assert len(errors(client, uri)) == 1


@pytest.mark.asyncio
async def test_hover_shows_verdict_reason_and_evidence_with_provenance(client, project):
    uri = uri_of(project)
    await diagnostics_after(client, lambda: open_draft(client, uri))
    hover = await client.text_document_hover_async(
        lsp.HoverParams(lsp.TextDocumentIdentifier(uri), lsp.Position(CONFLICT_LINE, 5)))
    card = hover.contents.value
    assert hover.contents.kind == lsp.MarkupKind.Markdown
    assert "conflicting" in card and "harbour\\-cranes" not in card  # ids are shown as code, not escaped twice
    assert "harbour-cranes" in card
    assert "installed 14 new cranes" in card  # the quote
    assert "Harbour works finished" in card and "The Herald" in card and "2023\\-04\\-02" in card
    assert "<https://example.org/harbour>" in card
    # nothing is said where no sentence was checked
    assert await client.text_document_hover_async(
        lsp.HoverParams(lsp.TextDocumentIdentifier(uri), lsp.Position(1, 0))) is None


@pytest.mark.asyncio
async def test_code_actions_use_the_sources_value_and_suppress(client, project):
    uri = uri_of(project)
    await diagnostics_after(client, lambda: open_draft(client, uri))
    actions = await code_actions(client, uri, errors(client, uri))
    by_title = {a.title.split(" (")[0].split(":")[0]: a for a in actions}
    assert set(by_title) == {"Use the source's value", "Suppress this finding"}
    use = by_title["Use the source's value"]
    assert use.kind == lsp.CodeActionKind.QuickFix and use.is_preferred and "14" in use.title

    fixed = apply_edit(DRAFT, use.edit.changes[uri])
    assert fixed.split("\n")[CONFLICT_LINE] == "The harbour authority installed 14 new cranes at the east quay."
    await diagnostics_after(client, lambda: client.text_document_did_change(lsp.DidChangeTextDocumentParams(
        lsp.VersionedTextDocumentIdentifier(uri=uri, version=2), [lsp.TextDocumentContentChangeWholeDocument(fixed)])))
    assert errors(client, uri) == []

    silenced = apply_edit(DRAFT, by_title["Suppress this finding"].edit.changes[uri])
    assert silenced.split("\n")[CONFLICT_LINE].endswith("east quay. <!-- claimcheck: ignore -->")
    await diagnostics_after(client, lambda: client.text_document_did_change(lsp.DidChangeTextDocumentParams(
        lsp.VersionedTextDocumentIdentifier(uri=uri, version=3), [lsp.TextDocumentContentChangeWholeDocument(silenced)])))
    assert [d.range.start.line for d in client.diagnostics[uri]] == [4]


@pytest.mark.asyncio
async def test_a_broken_claim_base_is_one_window_message_and_no_crash(client, project):
    uri = uri_of(project)
    await diagnostics_after(client, lambda: open_draft(client, uri))
    base = project / "claims.yaml"
    base.write_text(HARBOUR_BASE.replace("  - id: quay-reopened\n", "  - id: [quay-reopened\n"), encoding="utf-8")
    watched = lsp.DidChangeWatchedFilesParams([lsp.FileEvent(base.as_uri(), lsp.FileChangeType.Changed)])
    await diagnostics_after(client, lambda: client.workspace_did_change_watched_files(watched), lsp.WINDOW_SHOW_MESSAGE)
    (message,) = [m for m in client.messages if m.type == lsp.MessageType.Error]
    assert "claims.yaml:11:" in message.message  # where the problem is
    # still checking, against the last good base; and the same problem is not said twice
    assert len(errors(client, uri)) == 1
    at = DRAFT.split("\n")[CONFLICT_LINE].index("40")
    await diagnostics_after(client, lambda: change(client, uri, 2, (CONFLICT_LINE, at), (CONFLICT_LINE, at + 2), "50"))
    assert text_in(DRAFT.replace(" 40 ", " 50 "), errors(client, uri)[0].range).startswith("50")
    assert len([m for m in client.messages if m.type == lsp.MessageType.Error]) == 1
    assert len(errors(client, uri)) == 1

    # the base mended, and now saying 50: the figure is right
    base.write_text(HARBOUR_BASE.replace("14 new cranes", "50 new cranes"), encoding="utf-8")
    await diagnostics_after(client, lambda: client.workspace_did_change_watched_files(watched))
    assert errors(client, uri) == []
    assert any("loads again" in m.message for m in client.messages if m.type == lsp.MessageType.Info)


@pytest.mark.asyncio
async def test_a_broken_base_at_start_says_so_and_serves_on(project):
    (project / "claims.yaml").write_text("version: 1\nclaims: [\n", encoding="utf-8")
    client = await start(project, initialization_options={"debounce": 0})
    try:
        uri = uri_of(project)
        await diagnostics_after(client, lambda: open_draft(client, uri))
        assert list(client.diagnostics[uri]) == []
        assert [m.type for m in client.messages] == [lsp.MessageType.Error]
        assert "claims.yaml:" in client.messages[0].message
        # the server still answers
        hover = await client.text_document_hover_async(
            lsp.HoverParams(lsp.TextDocumentIdentifier(uri), lsp.Position(CONFLICT_LINE, 5)))
        assert hover is None
    finally:
        await client.shutdown_session()
    assert client._server.returncode == 0


@pytest.mark.asyncio
async def test_only_drafts_are_checked_and_plain_text_is(client, project):
    code = uri_of(project, "tool.py")
    client.text_document_did_open(lsp.DidOpenTextDocumentParams(lsp.TextDocumentItem(
        code, "python", 1, "# The harbour authority installed 40 new cranes at the east quay.\n")))
    plain = uri_of(project, "notes.txt")
    await diagnostics_after(client, lambda: open_draft(client, plain, DRAFT.replace("# ", ""), "plaintext"))
    assert code not in client.diagnostics
    assert [d.range.start.line for d in errors(client, plain)] == [CONFLICT_LINE]


@pytest.mark.asyncio
async def test_settings_choose_how_unverified_sentences_show(project):
    client = await start(project, initialization_options={"claimcheck": {"debounce": 0, "unverified": "none"}})
    try:
        uri = uri_of(project)
        await diagnostics_after(client, lambda: open_draft(client, uri))
        assert [d.code for d in client.diagnostics[uri]] == ["conflicting"]
    finally:
        await client.shutdown_session()


@pytest.mark.asyncio
async def test_shutdown_and_exit_are_clean(project):
    client = await start(project)
    uri = uri_of(project)
    await diagnostics_after(client, lambda: open_draft(client, uri))
    await client.shutdown_session()
    assert client._server.returncode == 0


@pytest.mark.asyncio
async def test_closing_a_draft_clears_its_diagnostics(client, project):
    uri = uri_of(project)
    await diagnostics_after(client, lambda: open_draft(client, uri))
    await diagnostics_after(client, lambda: client.text_document_did_close(
        lsp.DidCloseTextDocumentParams(lsp.TextDocumentIdentifier(uri))))
    assert list(client.diagnostics[uri]) == []


@pytest.mark.asyncio
async def test_a_base_edited_on_disk_is_noticed_on_the_next_request_without_file_watching(project):
    client = await start(project, initialization_options={"debounce": 0}, capabilities="neovim@v0.7.0")
    try:
        uri = uri_of(project)
        await diagnostics_after(client, lambda: open_draft(client, uri))
        assert len(errors(client, uri)) == 1
        (project / "claims.yaml").write_text(HARBOUR_BASE.replace("14 new cranes", "40 new cranes"), encoding="utf-8")
        hover = lsp.HoverParams(lsp.TextDocumentIdentifier(uri), lsp.Position(CONFLICT_LINE, 5))
        await diagnostics_after(client, lambda: asyncio.ensure_future(client.text_document_hover_async(hover)))
        assert errors(client, uri) == []
    finally:
        await client.shutdown_session()


@pytest.mark.asyncio
async def test_code_actions_of_other_kinds_get_none(client, project):
    uri = uri_of(project)
    await diagnostics_after(client, lambda: open_draft(client, uri))
    actions = await code_actions(client, uri, [], only=[lsp.CodeActionKind.SourceOrganizeImports])
    assert not actions


@pytest.mark.asyncio
async def test_odd_and_oversized_drafts_do_not_take_the_server_down(client, project):
    odd = uri_of(project, "odd.md")
    junk = ("\x00\x1b[31m Acme\u202e 40 cranes\r\n" + "word " * 3000 + "and 12 firms.\r\n\r\n"
            "| 1 | 2 |\n<!-- claimcheck: off\n" + "🚢" * 50 + "\n```\nunclosed fence\n")
    await diagnostics_after(client, lambda: open_draft(client, odd, junk))
    assert all("\x1b" not in d.message for d in client.diagnostics[odd])
    big = uri_of(project, "big.md")
    await diagnostics_after(client, lambda: open_draft(client, big, "Acme hired 40 people.\n\n" * 50_000),
                            lsp.WINDOW_SHOW_MESSAGE)
    assert "not checked as you type" in client.messages[-1].message
    # and the server carries on with the drafts it can check
    uri = uri_of(project)
    await diagnostics_after(client, lambda: open_draft(client, uri))
    assert len(errors(client, uri)) == 1
