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
from typing import NamedTuple

from . import yamlsafe
from .claimbase import build, read_files
from .errors import ClaimBaseError

_SLUG_RE = re.compile(r"[^a-z0-9]+")
_ORDER = {"entities": 0, "sources": 1, "claims": 2}


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
    import tempfile

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


def render_item(fields: dict, indent: str) -> str:
    """A mapping as a block YAML list item; strings as JSON-style double-quoted scalars (valid YAML, any content)."""
    lines = []
    for i, (key, value) in enumerate(fields.items()):
        lead = f"{indent}- " if i == 0 else f"{indent}  "
        if isinstance(value, bool):
            rendered = "true" if value else "false"
        elif isinstance(value, (int, float)):
            rendered = repr(value)
        elif isinstance(value, (list, tuple)):
            rendered = "[" + ", ".join(json.dumps(v, ensure_ascii=False) for v in value) + "]"
        else:
            rendered = json.dumps(value, ensure_ascii=False)
        lines.append(f"{lead}{key}: {rendered}")
    return "\n".join(lines) + "\n"


def unique_id(wanted: str, taken: set) -> str:
    candidate, n = wanted, 2
    while candidate in taken:
        candidate, n = f"{wanted}-{n}", n + 1
    taken.add(candidate)
    return candidate


class Written(NamedTuple):
    """What an append added: field dicts of the new sources, claims and entities."""

    sources: list
    claims: list
    entities: list


def add_claim(path: str, fields: dict, other_files=()) -> dict:
    """Append a claim to ``path``. ``fields`` needs source, text and quote; id is made if absent.

    ``other_files`` are the rest of the claim base (sources may live there). Returns the fields written.
    Raises ClaimBaseError and leaves the file untouched when the result would not validate.
    """
    return add_records(path, [], [fields], other_files).claims[0]


def add_records(path: str, sources: list, claims: list, other_files=(), entities=()) -> Written:
    """Append entities, sources and claims to ``path`` in one atomic, validated write.

    A claim without an id gets one made from its source and text; a source whose id the base
    already has is not added again (its claims attach to the existing one), nor is an entity
    whose name the base already knows (as a name or an alias).
    """
    for fields in claims:
        for key in ("source", "text", "quote"):
            if not str(fields.get(key) or "").strip():
                raise ClaimBaseError(f"a claim needs a non-empty {key}", path)
    with locked(path):
        original = yamlsafe.read_text(path)
        data = yamlsafe.load(original, path)
        others = read_files([f for f in other_files if os.path.abspath(f) != os.path.abspath(path)], [])
        current = build([(path, data)], [], extra_sources=others.sources) if data is not None else build([], [])
        known_names = {n for e in (*current.entities, *others.entities) for n in (e.name, *e.aliases)}
        new_entities = []
        for fields in entities:
            if fields["name"] not in known_names:
                known_names.update((fields["name"], *fields.get("aliases", ())))
                new_entities.append(fields)
        known_sources = set(current.sources) | set(others.sources)
        new_sources = []
        for fields in sources:
            if fields["id"] not in known_sources:
                known_sources.add(fields["id"])
                new_sources.append(fields)
        taken = {c.id for c in current.claims} | {c.id for c in others.claims}
        new_claims = []
        for fields in claims:
            fields = dict(fields)
            if not fields.get("id"):
                fields = {"id": unique_id(slug(f"{fields['source']} {fields['text']}"), taken), **fields}
            elif fields["id"] in taken:
                raise ClaimBaseError(f"a claim with id {fields['id']!r} already exists", path)
            else:
                taken.add(fields["id"])
            new_claims.append(fields)
        text = original
        for key, items in (("entities", new_entities), ("sources", new_sources), ("claims", new_claims)):
            if items:
                text = _insert(text, yamlsafe.load(text, path), key, items, path)
        problems = []
        build([(path, yamlsafe.load(text, path))], problems, extra_sources=others.sources)
        if problems:
            raise _in_what_was_added(problems[0], original, path)
        if text != original:
            atomic_write(path, text)
    return Written(new_sources, new_claims, new_entities)


def _in_what_was_added(problem: ClaimBaseError, original: str, path: str) -> ClaimBaseError:
    """A problem found in the records being added has no line in the file as the user has it:
    say what is wrong without pointing past its end."""
    lines = original.count("\n") + (0 if original.endswith("\n") or not original else 1)
    if problem.line is not None and problem.line > lines:
        return ClaimBaseError(f"the new record: {problem.message}", path)
    return problem


def _insert(original: str, data, key: str, items: list, path: str) -> str:
    """The text with ``items`` appended to the top-level list ``key`` (created when missing)."""
    newline = "\r\n" if "\r\n" in original else "\n"
    lines = original.split("\n")
    if data is None:
        data = yamlsafe.YMap((1, 1))
    if not isinstance(data, dict):
        raise ClaimBaseError("a claim base is a mapping with 'sources:' and 'claims:'", path, 1, 1)
    current = data.get(key)
    keys = sorted(data.key_pos.items(), key=lambda kv: kv[1])
    if current is None or (isinstance(current, list) and not current):
        block = "".join(render_item(item, "  ") for item in items)
        if key in data:
            line_no = data.key_pos[key][0] - 1
            lines[line_no] = re.sub(rf"({key}\s*:).*?(\r?)$", r"\1\2", lines[line_no])
            after = _next_key_line(keys, key, len(lines))
            return _splice("\n".join(lines), lines, _end_of_content(lines, line_no + 1, after), block, newline)
        # entities read best first, sources before the claims that cite them
        later = [k for k in ("entities", "sources", "claims") if k in data and _ORDER[k] > _ORDER[key]]
        if later:
            at = min(data.key_pos[k][0] for k in later) - 1
            return _splice(original, lines, at, f"{key}:\n" + block, newline)
        return _splice(original, lines, len(lines), f"{key}:\n" + block, newline)
    if not isinstance(current, list):
        raise ClaimBaseError(f"'{key}' must be a list", path, *data.where(key))
    first_line = lines[current.item_pos[0][0] - 1]
    if current.pos[0] == data.key_pos[key][0] and first_line.rstrip().endswith("]"):
        raise ClaimBaseError(f"'{key}' is written as a one-line [ ... ] list; write it as a block list to add to it", path, *current.pos)
    dash_col = current.item_pos[0][1] - 1
    dash = first_line.rfind("-", 0, dash_col + 1)
    indent = " " * (dash if dash >= 0 else dash_col)
    block = "".join(render_item(item, indent) for item in items)
    after = _next_key_line(keys, key, len(lines))
    return _splice(original, lines, _end_of_content(lines, current.item_pos[-1][0], after), block, newline)


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
