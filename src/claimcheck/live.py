"""Check drafts as they are written: what an editor integration (the language server) calls.

Two jobs, both bounded in memory:

* ``Bases`` finds the claim base that applies to a draft's folder the way the command line
  finds it (``--claims``, ``CLAIMCHECK_CLAIMS``, the configuration file upwards from the
  folder, the nearest ``claims.yaml``, the built-in base) and reopens it when one of its
  files changes (their size and modification time are looked at on every check).
* ``DraftChecker`` re-checks only the paragraphs that changed since the last check: each
  top-level block of the draft goes through ``Checker.scan`` on its own, and its findings
  are kept by the block's text. Inline suppressions are applied over the whole draft, so a
  ``<!-- claimcheck: off -->`` in one paragraph still silences the next.

Nothing here prints or raises for a bad claim base or configuration: a check returns the
problem beside whatever findings could be had (from the last good base, when there is one).
"""

from __future__ import annotations

import fnmatch
import os
from collections import OrderedDict
from pathlib import Path
from typing import NamedTuple, Optional

from .errors import ClaimcheckError
from .model import Finding

MAX_BASES = 4  # claim bases kept open at once (one per project a session has drafts from)
MAX_PARAGRAPHS = 4096  # checked blocks remembered per base
# After this many blocks checked, the checker is reopened (from the compiled cache: milliseconds),
# so that whatever the engine remembers of the words typed so far starts afresh.
RECYCLE_AFTER = 20000


class Checked(NamedTuple):
    """The findings for one version of a draft, and what stood in the way, if anything."""

    findings: list
    problem: Optional[ClaimcheckError] = None  # a broken claim base or configuration
    files: tuple = ()  # the claim base files checked against
    ignored: bool = False  # the configuration's `ignore` names this draft
    blocks: int = 0  # blocks in the draft
    rechecked: int = 0  # blocks that went through the engine this time


class _Loaded:
    """One opened claim base with the blocks already checked against it."""

    def __init__(self, checker, files):
        self.checker = checker
        self.files = files
        self.blocks: OrderedDict = OrderedDict()
        self.checked = 0


class Bases:
    """The claim base for each folder, reopened when its files change; at most MAX_BASES kept."""

    def __init__(self, claims=(), use_cache: bool = True, env: Optional[dict] = None):
        self.claims = tuple(claims)  # explicit paths (--claims, or the editor's settings): they win
        self.use_cache = use_cache
        self.env = os.environ if env is None else env
        self._open: OrderedDict = OrderedDict()  # signature -> _Loaded
        self._last_good: OrderedDict = OrderedDict()  # folder -> _Loaded, used while its base is broken
        self._configs: dict = {}  # config path -> (stat, Config)

    def config(self, folder: str):
        from . import config as config_module

        path = config_module.find(folder)
        if path is None:
            return config_module.Config()
        stat = _stat(path)
        hit = self._configs.get(path)
        if hit is None or hit[0] != stat:
            if len(self._configs) >= 64:
                self._configs.clear()
            hit = self._configs[path] = (stat, config_module.load(folder))
        return hit[1]

    def get(self, folder: str):
        """(the _Loaded base for drafts in ``folder``, the problem if it could not be opened)."""
        try:
            return self._open_for(folder), None
        except ClaimcheckError as exc:
            return self._last_good.get(folder), exc
        except OSError as exc:  # a file vanished between looking and reading
            return self._last_good.get(folder), ClaimcheckError(exc.strerror or str(exc), exc.filename)

    def _open_for(self, folder: str) -> _Loaded:
        from .claimbase import discover, expand
        from .engine import open_checker
        from .decide import Thresholds

        config = self.config(folder)
        paths = self.claims
        if not paths and not self.env.get("CLAIMCHECK_CLAIMS", "").strip():
            paths = tuple(config.claims)
        files = tuple(expand(discover(paths, env=self.env, cwd=folder)))
        thresholds = Thresholds(support=config.support_threshold, conflict=config.conflict_threshold)
        signature = (tuple((f, _stat(f)) for f in files), thresholds)
        loaded = self._open.get(signature)
        if loaded is None or loaded.checked >= RECYCLE_AFTER:
            checker = open_checker(files, thresholds, use_cache=self.use_cache, env=self.env, cwd=folder)
            loaded = self._open[signature] = _Loaded(checker, files)
            while len(self._open) > MAX_BASES:
                self._open.popitem(last=False)
        self._open.move_to_end(signature)
        self._last_good[folder] = loaded
        self._last_good.move_to_end(folder)
        while len(self._last_good) > 64:
            self._last_good.popitem(last=False)
        return loaded

    def forget(self):
        """Drop every open base (a client said files changed in ways stat may not show)."""
        self._open.clear()
        self._configs.clear()


class DraftChecker:
    """Findings for successive versions of drafts, re-checking only the blocks that changed."""

    def __init__(self, bases: Bases):
        self.bases = bases

    def check(self, text: str, path: str, markdown: bool = True, folder: Optional[str] = None) -> Checked:
        folder = folder or os.path.dirname(os.path.abspath(path))
        loaded, problem = self.bases.get(folder)
        if problem is None:
            try:
                if _ignored(path, self.bases.config(folder)):
                    return Checked([], None, loaded.files, ignored=True)
            except ClaimcheckError as exc:
                problem = exc
        if loaded is None:
            return Checked([], problem)
        from .suppress import suppressed_lines
        from .text.sentences import front_matter_end

        lines = text.split("\n")
        silenced = suppressed_lines(text)
        findings, rechecked = [], 0
        blocks = top_level_blocks(text, markdown)
        # every sentence read in the whole draft, as scan reads it ("it" is the name a paragraph
        # before gives); a block is checked again when its text or its sentences' readings change
        read = loaded.checker.read(text, markdown)
        for first, last in blocks:
            chunk = "\n".join(lines[first:last])
            if first and markdown and front_matter_end(lines[first:last]):
                chunk, first = "\n" + chunk, first - 1  # front matter only at the top: not this
            readings = tuple(r for s, r in read if first < s.line <= last)
            key = (chunk, readings, markdown)
            found = loaded.blocks.get(key)
            if found is None:
                found = loaded.blocks[key] = tuple(loaded.checker.scan(chunk, path, markdown=markdown, readings=readings))
                rechecked += 1
                loaded.checked += 1
                while len(loaded.blocks) > MAX_PARAGRAPHS:
                    loaded.blocks.popitem(last=False)
            else:
                loaded.blocks.move_to_end(key)
            findings.extend(_placed(f, first, path, silenced) for f in found)
        return Checked(findings, problem, loaded.files, blocks=len(blocks), rechecked=rechecked)


def _placed(finding: Finding, offset: int, path: str, silenced: set) -> Finding:
    """The block's finding, moved to where the block is in the draft, silenced if the draft says so
    (a silenced sentence keeps its verdict, as in scan, so that it can be shown as silenced)."""
    line = finding.line + offset
    return Finding(path, line, finding.column, finding.end_line + offset, finding.end_column, finding.sentence,
                   finding.result, finding.suppressed or line in silenced)


def top_level_blocks(text: str, markdown: bool = True) -> list:
    """[(first, last)] 0-based half-open line ranges of the draft's top-level blocks.

    Markdown: each top-level block CommonMark finds (a paragraph, a heading, a whole list or
    block quote, a fence), front matter kept with the block after it, as the scanner skips it
    only at the start of what it reads. Plain text: paragraphs between blank lines.
    """
    lines = text.split("\n")
    if not markdown:
        out, start = [], None
        for n, line in enumerate(lines):
            if line.strip():
                start = n if start is None else start
            elif start is not None:
                out.append((start, n))
                start = None
        if start is not None:
            out.append((start, len(lines)))
        return out
    from markdown_it import MarkdownIt

    from .text.sentences import front_matter_end

    skip = front_matter_end(lines)
    source = "\n".join([""] * skip + [line.replace("\r", " ") for line in lines[skip:]])
    ranges = [tok.map for tok in MarkdownIt("commonmark").parse(source) if tok.level == 0 and tok.map and tok.nesting >= 0]
    out = [(first, last) for first, last in ranges]
    if skip:
        out = [(0, out[0][1])] + out[1:] if out else [(0, skip)]
    return out


def _ignored(path: str, config) -> bool:
    if not config.ignore:
        return False
    base = os.path.dirname(config.path) if config.path else os.getcwd()
    try:
        relative = Path(os.path.relpath(os.path.abspath(path), base)).as_posix()
    except ValueError:  # another drive
        relative = Path(path).as_posix()
    return any(fnmatch.fnmatch(relative, pat) or fnmatch.fnmatch(relative, f"*/{pat}") for pat in config.ignore)


def _stat(path: str):
    try:
        st = os.stat(path)
    except OSError:
        return None
    return (st.st_mtime_ns, st.st_size, st.st_ino)
