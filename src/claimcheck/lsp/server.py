"""The protocol layer: Language Server Protocol messages in, positions and messages out.

All checking happens in ``live.DraftChecker`` on one worker thread (the engine and its
SQLite cache are used from that thread only), so the event loop stays free to answer
hovers and code actions. A check runs on open and save at once and on change after a short
pause (typing again restarts the pause); only the blocks that changed go through the engine.
Nothing a draft or a claim base holds can stop the server: a broken base or configuration is
reported once as a window message, an unexpected error once per kind, and checking goes on.
"""

from __future__ import annotations

import asyncio
import os
import traceback
from concurrent.futures import ThreadPoolExecutor
from typing import NamedTuple, Optional
from urllib.parse import unquote, urlparse

from lsprotocol import types as lsp
from pygls.lsp.server import LanguageServer
from pygls.uris import from_fs_path, to_fs_path
from pygls.workspace.position_codec import ServerTextPosition

from .. import __version__
from ..live import Bases, DraftChecker
from ..sanitize import one_line
from . import render
from .positions import Span, locate, sentence_span

MARKDOWN_LANGUAGES = {"markdown", "mdx", "rmd", "quarto", "vimwiki", "pandoc"}
PLAIN_LANGUAGES = {"plaintext", "text", "txt", "mail", "gitcommit"}
MARKDOWN_SUFFIXES = (".md", ".markdown", ".mdx", ".mkd", ".mdown")
PLAIN_SUFFIXES = (".txt", ".text")
SEVERITIES = {"error": lsp.DiagnosticSeverity.Error, "warning": lsp.DiagnosticSeverity.Warning,
              "information": lsp.DiagnosticSeverity.Information, "hint": lsp.DiagnosticSeverity.Hint, "none": None}
DEFAULT_SEVERITY = {"conflicting": "error", "unverified": "information", "supported": "none"}
DEBOUNCE_SECONDS = 0.25
MAX_DOCUMENT_CHARS = 1_000_000  # a draft bigger than a book is not checked as it is typed
SUPPRESS_COMMENT = "<!-- claimcheck: ignore -->"
WATCHED = ("**/*.yaml", "**/*.yml", "**/pyproject.toml")


class Options(NamedTuple):
    """What the command line and the editor's settings set."""

    claims: tuple = ()
    severity: tuple = tuple(DEFAULT_SEVERITY.items())  # (verdict, level) pairs
    debounce: float = DEBOUNCE_SECONDS
    use_cache: bool = True

    def level(self, verdict: str):
        return SEVERITIES[dict(self.severity).get(verdict, "none")]


class DocState(NamedTuple):
    """The last check of one open draft."""

    version: Optional[int]
    lines: list
    findings: list  # Finding, as the scanner gives them
    spans: list  # (sentence Span, decisive Span or None, correction Span or None) for each finding
    shown: tuple  # verdicts the configuration shows


class ClaimcheckServer(LanguageServer):
    def __init__(self, options: Options = Options()):
        super().__init__("claimcheck", __version__, text_document_sync_kind=lsp.TextDocumentSyncKind.Incremental)
        self.options = options
        self.worker = ThreadPoolExecutor(max_workers=1, thread_name_prefix="claimcheck")
        self.drafts = DraftChecker(Bases(options.claims, use_cache=options.use_cache))
        self.states: dict = {}  # uri -> DocState, for open documents only
        self.pending: dict = {}  # uri -> the scheduled check
        self.broken: dict = {}  # folder -> the problem last reported for its claim base
        self.said: set = set()  # one-off messages already shown (internal errors, too-large drafts)

    # ------------------------------------------------------------ settings

    def apply_settings(self, settings) -> None:
        """``{"claims": [...], "unverified": "hint", "supported": "none", "conflicting": "error", "debounce": 0.25}``,
        alone or under a "claimcheck" key. Unknown keys and bad values are reported and ignored."""
        if not isinstance(settings, dict):
            return
        settings = settings.get("claimcheck", settings)
        if not isinstance(settings, dict):
            return
        options = self.options
        severity = dict(options.severity)
        for verdict in DEFAULT_SEVERITY:
            value = settings.get(verdict)
            if value is None:
                continue
            if value in SEVERITIES:
                severity[verdict] = value
            else:
                self.tell(f"claimcheck: setting {verdict!r} is {value!r}; it must be one of {', '.join(SEVERITIES)}",
                          lsp.MessageType.Warning)
        options = options._replace(severity=tuple(severity.items()))
        debounce = settings.get("debounce")
        if isinstance(debounce, (int, float)) and not isinstance(debounce, bool) and 0 <= debounce <= 10:
            options = options._replace(debounce=float(debounce))
        claims = settings.get("claims")
        if isinstance(claims, str):
            claims = [claims]
        if isinstance(claims, list) and all(isinstance(c, str) for c in claims) and claims:
            root = self.workspace.root_path or os.getcwd()
            options = options._replace(claims=tuple(os.path.join(root, os.path.expanduser(c)) for c in claims))
        if options.claims != self.options.claims:
            self.drafts = DraftChecker(Bases(options.claims, use_cache=options.use_cache))
        self.options = options

    # ------------------------------------------------------------ messages

    def tell(self, message: str, kind=lsp.MessageType.Info) -> None:
        self.window_show_message(lsp.ShowMessageParams(type=kind, message=message))
        self.note(message)

    def note(self, message: str) -> None:
        self.window_log_message(lsp.LogMessageParams(type=lsp.MessageType.Log, message=message))

    def tell_once(self, key: str, message: str, kind=lsp.MessageType.Error) -> None:
        if key in self.said:
            return
        if len(self.said) > 256:
            self.said.clear()
        self.said.add(key)
        self.tell(message, kind)

    # ------------------------------------------------------------ checking

    def schedule(self, uri: str, delay: float) -> None:
        """Check the document after ``delay`` seconds; a later call for it replaces this one."""
        earlier = self.pending.pop(uri, None)
        if earlier is not None:
            earlier.cancel()
        self.pending[uri] = asyncio.ensure_future(self._check_later(uri, delay))

    async def _check_later(self, uri: str, delay: float) -> None:
        try:
            if delay:
                await asyncio.sleep(delay)
            await self.refresh(uri)
        except asyncio.CancelledError:
            pass

    async def refresh(self, uri: str) -> Optional[DocState]:
        """Check the document as it is now, publish its diagnostics, and keep what was found."""
        document = self.workspace.text_documents.get(uri)
        if document is None:
            return None
        version, text = document.version, document.source
        kind = _kind(document.language_id, uri)
        if kind is None:
            return None
        if len(text) > MAX_DOCUMENT_CHARS:
            self.tell_once(f"size:{uri}", f"claimcheck: {_label(uri)} has {len(text):,} characters; drafts over "
                           f"{MAX_DOCUMENT_CHARS:,} are not checked as you type (run `claimcheck scan` on it)",
                           lsp.MessageType.Warning)
            return None
        path, folder = self._where(uri)
        try:
            checked, shown = await asyncio.get_running_loop().run_in_executor(
                self.worker, self._check, text, path, kind == "markdown", folder)
        except Exception as exc:  # a bug: say so once, keep serving
            self.note("claimcheck: internal error:\n" + traceback.format_exc())
            self.tell_once(f"bug:{type(exc).__name__}:{exc}", f"claimcheck: internal error while checking "
                           f"{_label(uri)}: {type(exc).__name__}: {exc} (the log has the traceback; please report it)")
            return None
        self._report_problem(folder, checked.problem)
        current = self.workspace.text_documents.get(uri)
        if current is None or current.version != version:
            return None  # closed or changed meanwhile: the check scheduled for the change publishes
        lines = text.split("\n")
        state = DocState(version, lines, checked.findings, [_spans(lines, f) for f in checked.findings], shown)
        diagnostics = self._diagnostics(uri, state)
        before = self.states.get(uri)
        self.states[uri] = state
        if before is None or before.version != version or self._diagnostics(uri, before) != diagnostics:
            self.text_document_publish_diagnostics(
                lsp.PublishDiagnosticsParams(uri=uri, version=version, diagnostics=diagnostics))
        return state

    def _check(self, text, path, markdown, folder):
        """On the worker thread: the findings, and which verdicts the draft's configuration shows."""
        checked = self.drafts.check(text, path, markdown=markdown, folder=folder)
        try:
            shown = tuple(self.drafts.bases.config(folder).show)
        except Exception:  # reported with the check's own problem
            shown = tuple(DEFAULT_SEVERITY)
        return checked, shown

    def _report_problem(self, folder: str, problem) -> None:
        if problem is None:
            if self.broken.pop(folder, None) is not None:
                self.tell(f"claimcheck: the claim base for {folder} loads again")
            return
        text = one_line(str(problem))
        if self.broken.get(folder) == text:
            return
        self.broken[folder] = text
        while len(self.broken) > 64:
            self.broken.pop(next(iter(self.broken)))
        self.tell(f"claimcheck: {text}", lsp.MessageType.Error)

    async def current(self, uri: str) -> Optional[DocState]:
        """The findings for the document as it is now, against the claim base as it is now.

        Checked again on every request: unchanged blocks come from memory and the base's files
        are only looked at, so this costs milliseconds, and a base edited outside the editor
        is noticed even by clients that do not watch files.
        """
        if uri not in self.workspace.text_documents:
            return None
        return await self.refresh(uri) or self.states.get(uri)

    def _where(self, uri: str):
        """(the draft's path, the folder its claim base and configuration are looked for from)."""
        path = to_fs_path(uri) if uri.startswith("file:") else None
        if path:
            return path, os.path.dirname(path)
        root = self.workspace.root_path or os.getcwd()
        return _label(uri), root

    # ------------------------------------------------------------ what the client sees

    def _diagnostics(self, uri: str, state: DocState) -> list:
        out = []
        for n, (finding, (sentence, decisive, _)) in enumerate(zip(state.findings, state.spans)):
            verdict = finding.verdict.value
            severity = self.options.level(verdict)
            if finding.suppressed or severity is None or verdict not in state.shown:
                continue
            out.append(lsp.Diagnostic(
                range=self._range(state, decisive or sentence), message=render.message(finding), severity=severity,
                source="claimcheck", code=verdict, data={"finding": n, "version": state.version},
                related_information=self._related(finding) or None,
            ))
        return out

    def _related(self, finding) -> list:
        out = []
        for evidence in finding.result.evidence[: render.EVIDENCE_SHOWN]:
            claim = evidence.claim
            if not claim.path or not claim.line or evidence.relation.value == "related":
                continue
            line = max(claim.line - 1, 0)
            out.append(lsp.DiagnosticRelatedInformation(
                location=lsp.Location(uri=from_fs_path(os.path.abspath(claim.path)),
                                      range=lsp.Range(lsp.Position(line, 0), lsp.Position(line, 0))),
                message=one_line(f"{evidence.relation.value}: {claim.id}: {claim.text}"),
            ))
        return out

    def _range(self, state: DocState, span: Span) -> lsp.Range:
        codec = self.workspace.position_codec
        start = codec.position_to_client_units(state.lines, ServerTextPosition(span.line, span.column))
        end = codec.position_to_client_units(state.lines, ServerTextPosition(span.end_line, span.end_column))
        return lsp.Range(start, end)

    def _position(self, state: DocState, position: lsp.Position):
        """The client's position in code points."""
        server = self.workspace.position_codec.position_from_client_units(state.lines, position)
        return server.line, server.character

    def hover(self, state: DocState, position: lsp.Position) -> Optional[lsp.Hover]:
        line, column = self._position(state, position)
        for finding, (sentence, _, _) in zip(state.findings, state.spans):
            if sentence.contains(line, column):
                return lsp.Hover(contents=lsp.MarkupContent(kind=lsp.MarkupKind.Markdown, value=render.hover(finding)),
                                 range=self._range(state, sentence))
        return None

    def code_actions(self, uri: str, state: DocState, wanted: lsp.Range) -> list:
        start = self._position(state, wanted.start)
        end = self._position(state, wanted.end)
        asked = Span(start[0], start[1], end[0], end[1])
        diagnostics = {d.data["finding"]: d for d in self._diagnostics(uri, state) if isinstance(d.data, dict)}
        actions = []
        for n, (finding, (sentence, _, correction)) in enumerate(zip(state.findings, state.spans)):
            if n not in diagnostics or not sentence.overlaps(asked):
                continue
            related = [diagnostics[n]]
            if correction is not None:
                actions.append(lsp.CodeAction(
                    title=render.correction_title(finding.result.correction), kind=lsp.CodeActionKind.QuickFix,
                    diagnostics=related, is_preferred=True,
                    edit=self._edit(uri, state, correction, finding.result.correction.text)))
            line = state.lines[sentence.line].rstrip("\r")
            at = len(line.rstrip())
            actions.append(lsp.CodeAction(
                title=f"Suppress this finding ({SUPPRESS_COMMENT} on line {sentence.line + 1})",
                kind=lsp.CodeActionKind.QuickFix, diagnostics=related,
                edit=self._edit(uri, state, Span(sentence.line, at, sentence.line, at), f" {SUPPRESS_COMMENT}")))
        return actions

    def _edit(self, uri: str, state: DocState, span: Span, text: str) -> lsp.WorkspaceEdit:
        return lsp.WorkspaceEdit(changes={uri: [lsp.TextEdit(range=self._range(state, span), new_text=text)]})


def _spans(lines: list, finding):
    """(the sentence, the decisive part if it can be found, the part a correction replaces if any)."""
    result = finding.result
    decisive = locate(lines, finding, *result.span) if result.span else None
    correction = result.correction
    fix = locate(lines, finding, correction.start, correction.end) if correction is not None else None
    return sentence_span(finding), decisive, fix


def _kind(language_id: Optional[str], uri: str) -> Optional[str]:
    """"markdown", "plain", or None for documents that are not drafts."""
    language = (language_id or "").lower()
    if language in MARKDOWN_LANGUAGES:
        return "markdown"
    if language in PLAIN_LANGUAGES:
        return "plain"
    path = unquote(urlparse(uri).path).lower()
    if path.endswith(MARKDOWN_SUFFIXES):
        return "markdown"
    if path.endswith(PLAIN_SUFFIXES):
        return "plain"
    return None


def _label(uri: str) -> str:
    return to_fs_path(uri) if uri.startswith("file:") else uri


# ---------------------------------------------------------------- wiring


def make_server(options: Options = Options()) -> ClaimcheckServer:
    server = ClaimcheckServer(options)

    @server.feature(lsp.INITIALIZE)
    def initialize(ls: ClaimcheckServer, params: lsp.InitializeParams):
        ls.apply_settings(params.initialization_options)

    @server.feature(lsp.INITIALIZED)
    async def initialized(ls: ClaimcheckServer, params):
        caps = ls.client_capabilities.workspace
        watching = caps and caps.did_change_watched_files and caps.did_change_watched_files.dynamic_registration
        if not watching:
            return  # claim base files are still looked at (size and time) on every check
        options = lsp.DidChangeWatchedFilesRegistrationOptions(
            watchers=[lsp.FileSystemWatcher(glob_pattern=g) for g in WATCHED])
        try:
            await ls.client_register_capability_async(lsp.RegistrationParams(registrations=[lsp.Registration(
                id="claimcheck-claim-bases", method=lsp.WORKSPACE_DID_CHANGE_WATCHED_FILES, register_options=options)]))
        except Exception as exc:  # the client refused: checks still look at the files themselves
            ls.note(f"claimcheck: file watching not registered: {exc}")

    @server.feature(lsp.TEXT_DOCUMENT_DID_OPEN)
    def did_open(ls: ClaimcheckServer, params: lsp.DidOpenTextDocumentParams):
        ls.schedule(params.text_document.uri, 0)

    @server.feature(lsp.TEXT_DOCUMENT_DID_CHANGE)
    def did_change(ls: ClaimcheckServer, params: lsp.DidChangeTextDocumentParams):
        ls.schedule(params.text_document.uri, ls.options.debounce)

    @server.feature(lsp.TEXT_DOCUMENT_DID_SAVE)
    def did_save(ls: ClaimcheckServer, params: lsp.DidSaveTextDocumentParams):
        ls.schedule(params.text_document.uri, 0)

    @server.feature(lsp.TEXT_DOCUMENT_DID_CLOSE)
    def did_close(ls: ClaimcheckServer, params: lsp.DidCloseTextDocumentParams):
        uri = params.text_document.uri
        pending = ls.pending.pop(uri, None)
        if pending is not None:
            pending.cancel()
        if ls.states.pop(uri, None) is not None:
            ls.text_document_publish_diagnostics(lsp.PublishDiagnosticsParams(uri=uri, diagnostics=[]))

    @server.feature(lsp.WORKSPACE_DID_CHANGE_WATCHED_FILES)
    def did_change_watched_files(ls: ClaimcheckServer, params: lsp.DidChangeWatchedFilesParams):
        for uri in list(ls.workspace.text_documents):
            ls.schedule(uri, 0)  # each check compares the base's files with what it loaded

    @server.feature(lsp.WORKSPACE_DID_CHANGE_CONFIGURATION)
    def did_change_configuration(ls: ClaimcheckServer, params: lsp.DidChangeConfigurationParams):
        ls.apply_settings(params.settings)
        for uri in list(ls.workspace.text_documents):
            ls.schedule(uri, 0)

    @server.feature(lsp.TEXT_DOCUMENT_HOVER)
    async def hover(ls: ClaimcheckServer, params: lsp.HoverParams):
        state = await ls.current(params.text_document.uri)
        return ls.hover(state, params.position) if state else None

    @server.feature(lsp.TEXT_DOCUMENT_CODE_ACTION,
                    lsp.CodeActionOptions(code_action_kinds=[lsp.CodeActionKind.QuickFix]))
    async def code_action(ls: ClaimcheckServer, params: lsp.CodeActionParams):
        only = params.context.only
        if only and not any(lsp.CodeActionKind.QuickFix.value.startswith(kind) for kind in only):
            return None  # only other kinds of action were asked for
        state = await ls.current(params.text_document.uri)
        return ls.code_actions(params.text_document.uri, state, params.range) if state else None

    @server.feature(lsp.SHUTDOWN)
    def shutdown(ls: ClaimcheckServer, params):
        for task in ls.pending.values():
            task.cancel()
        ls.pending.clear()
        ls.worker.shutdown(wait=False, cancel_futures=True)

    return server


def serve(options: Options = Options()) -> None:
    """Speak the protocol on stdin and stdout until the client says exit."""
    make_server(options).start_io()
