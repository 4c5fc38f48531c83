"""Add claims to a claim base file without touching anything else in it.

The new claim is appended as text at the end of the ``claims:`` list, so comments, blank
lines and ordering stay as the user wrote them. The whole new file is validated before
it replaces the old one, atomically (temporary file in the same folder, fsync, rename),
under a lock so that concurrent writers do not lose each other's claims.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import tempfile

from . import yamlsafe
from .claimbase import build, read_files
from .errors import ClaimBaseError

_SLUG_RE = re.compile(r"[^a-z0-9]+")


@contextlib.contextmanager
def locked(path: str):
    """An exclusive lock on ``path + '.lock'`` (POSIX advisory; a no-op where fcntl is missing)."""
    try:
        import fcntl
    except ImportError:  # pragma: no cover - Windows
        yield
        return
    lock_path = path + ".lock"
    with open(lock_path, "a") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def atomic_write(path: str, text: str):
    folder = os.path.dirname(os.path.abspath(path))
    mode = os.stat(path).st_mode & 0o777 if os.path.exists(path) else 0o644
    fd, tmp = tempfile.mkstemp(prefix=".claimcheck-", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as f:
            f.write(text)
            f.flush()
            os.fsync(f.fileno())
        os.chmod(tmp, mode)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def slug(text: str, words: int = 6) -> str:
    return "-".join(_SLUG_RE.sub(" ", text.lower()).split()[:words]) or "claim"


def render_claim(fields: dict, indent: str) -> str:
    """A claim as block YAML; strings as JSON-style double-quoted scalars (valid YAML, any content)."""
    lines = []
    for i, (key, value) in enumerate(fields.items()):
        lead = f"{indent}- " if i == 0 else f"{indent}  "
        if isinstance(value, bool):
            rendered = "true" if value else "false"
        elif isinstance(value, (list, tuple)):
            rendered = "[" + ", ".join(json.dumps(v, ensure_ascii=False) for v in value) + "]"
        else:
            rendered = json.dumps(value, ensure_ascii=False)
        lines.append(f"{lead}{key}: {rendered}")
    return "\n".join(lines) + "\n"


def add_claim(path: str, fields: dict, other_files=()) -> dict:
    """Append a claim to ``path``. ``fields`` needs source, text and quote; id is made if absent.

    ``other_files`` are the rest of the claim base (sources may live there). Returns the fields written.
    Raises ClaimBaseError and leaves the file untouched when the result would not validate.
    """
    for key in ("source", "text", "quote"):
        if not str(fields.get(key) or "").strip():
            raise ClaimBaseError(f"a claim needs a non-empty {key}", path)
    with locked(path):
        original = yamlsafe.read_text(path)
        data = yamlsafe.load(original, path)
        others = read_files([f for f in other_files if os.path.abspath(f) != os.path.abspath(path)], [])
        current = build([(path, data)], [])
        taken = {c.id for c in current.claims} | {c.id for c in others.claims}
        fields = dict(fields)
        if not fields.get("id"):
            base_id = slug(f"{fields['source']} {fields['text']}")
            candidate, n = base_id, 2
            while candidate in taken:
                candidate, n = f"{base_id}-{n}", n + 1
            fields = {"id": candidate, **fields}
        elif fields["id"] in taken:
            raise ClaimBaseError(f"a claim with id {fields['id']!r} already exists", path)
        new_text = _insert(original, data, fields, path)
        new_data = yamlsafe.load(new_text, path)
        problems = []
        build([(path, new_data)], problems, extra_sources=others.sources)
        if problems:
            raise problems[0]
        atomic_write(path, new_text)
    return fields


def _insert(original: str, data, fields: dict, path: str) -> str:
    newline = "\r\n" if "\r\n" in original else "\n"
    lines = original.split("\n")
    if data is None:
        data = yamlsafe.YMap((1, 1))
    if not isinstance(data, dict):
        raise ClaimBaseError("a claim base is a mapping with 'sources:' and 'claims:'", path, 1, 1)
    claims = data.get("claims")
    keys = sorted(data.key_pos.items(), key=lambda kv: kv[1])
    if claims is None or (isinstance(claims, list) and not claims):
        indent = "  "
        block = render_claim(fields, indent)
        if "claims" in data:
            line_no = data.key_pos["claims"][0] - 1
            lines[line_no] = re.sub(r"(claims\s*:).*$", r"\1", lines[line_no].rstrip("\r"))
            after = _next_key_line(keys, "claims", len(lines))
            original = "\n".join(lines)  # the "claims:" line was edited
            return _splice(original, lines, _end_of_content(lines, line_no + 1, after), block, newline)
        return _splice(original, lines, len(lines), "claims:\n" + block, newline)
    if not isinstance(claims, list):
        raise ClaimBaseError("'claims' must be a list", path, *data.where("claims"))
    if claims.item_pos and claims.pos[0] == data.key_pos["claims"][0] and lines[claims.pos[0] - 1].rstrip().endswith("]"):
        raise ClaimBaseError("'claims' is written as a one-line [ ... ] list; write it as a block list to add claims", path, *claims.pos)
    dash_col = claims.item_pos[0][1] - 1 if claims.item_pos else 2
    line_text = lines[claims.item_pos[0][0] - 1] if claims.item_pos else ""
    dash = line_text.rfind("-", 0, dash_col + 1)
    indent = " " * (dash if dash >= 0 else dash_col)
    block = render_claim(fields, indent)
    after = _next_key_line(keys, "claims", len(lines))
    return _splice(original, lines, _end_of_content(lines, claims.item_pos[-1][0], after), block, newline)


def _next_key_line(keys, name, default):
    lines_after = [pos[0] - 1 for key, pos in keys if pos > dict(keys)[name]]
    return min(lines_after) if lines_after else default


def _end_of_content(lines, start, stop):
    """Index just after the last non-blank, non-comment line in lines[start:stop]."""
    end = start
    for i in range(start, min(stop, len(lines))):
        stripped = lines[i].strip()
        if stripped and not stripped.startswith("#"):
            end = i + 1
    return end


def _splice(original, lines, at, block, newline):
    """Insert ``block`` before line ``at`` (0-based) of ``original``; every other byte stays as it was."""
    offset = 0
    for line in lines[:at]:
        offset += len(line) + 1  # lines came from split("\n"); a "\r" stays inside its line
    text = "".join(line + newline for line in block.rstrip("\n").split("\n"))
    if offset >= len(original):
        offset = len(original)
        if original and not original.endswith("\n"):
            text = newline + text
    return original[:offset] + text + original[offset:]
