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
from .lazyre import lazy

_SLUG_RE = lazy(r"[^a-z0-9]+")
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


def readable_id(text: str, entities=()) -> str:
    """A short id that says what the claim is about: "acme-hire-workers-350" (see extract.claim_slug)."""
    from .analysis import Analyzer
    from .extract import claim_slug

    return claim_slug(text, Analyzer(list(entities)).analyze_fresh(text))


SCHEMA_MODELINE = "# yaml-language-server: $schema={schema}"


def render_document(entities: list, sources: list, claims: list, header: str = "", schema: str = "",
                    notes: dict | None = None) -> str:
    """A whole claim base file: modeline, header comment, version, entities, sources, claims.
    ``notes`` maps a claim id to a comment written above it."""
    out = []
    if schema:
        out.append(SCHEMA_MODELINE.format(schema=schema))
    for line in header.splitlines():
        out.append(f"# {line}".rstrip())
    out.append("version: 1")
    out.append("")
    for key, items in (("entities", entities), ("sources", sources), ("claims", claims)):
        out.append(f"{key}:" if items else f"{key}: []")
        for item in items:
            note = (notes or {}).get(item.get("id")) if key == "claims" else None
            if note:
                out.extend(f"  # {line}" for line in note.splitlines())
            out.append(render_item(item, "  ").rstrip("\n"))
        out.append("")
    return "\n".join(out).rstrip("\n") + "\n"


def render_item(fields: dict, indent: str) -> str:
    """A mapping as a block YAML list item; strings plain when they are simple words, else JSON-style
    double-quoted scalars (valid YAML, any content)."""
    lines = []
    for i, (key, value) in enumerate(fields.items()):
        lead = f"{indent}- " if i == 0 else f"{indent}  "
        if isinstance(value, bool):
            rendered = "true" if value else "false"
        elif isinstance(value, (int, float)):
            rendered = repr(value)
        elif isinstance(value, (list, tuple)):
            rendered = "[" + ", ".join(_flow(v) for v in value) + "]"
        else:
            rendered = _scalar(value)
        lines.append(f"{lead}{key}: {rendered}")
    return "\n".join(lines) + "\n"


def _flow(value) -> str:
    """A value in YAML flow style: {key: value} for mappings, [...] for lists, scalars as _scalar writes them."""
    if isinstance(value, dict):
        return "{" + ", ".join(f"{k}: {_flow(v)}" for k, v in value.items()) + "}"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return repr(value)
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(_flow(v) for v in value) + "]"
    return _scalar(value)


_PLAIN_RE = lazy(r"[A-Za-z][A-Za-z0-9_./-]*(?: [A-Za-z0-9][A-Za-z0-9_./-]*)*")
_YAML_WORDS = frozenset("true false yes no on off null y n".split())


def _scalar(value) -> str:
    """A string as YAML: plain when it is a simple word or name ("org", "Huawei Technologies"),
    double-quoted JSON otherwise (valid YAML whatever the content)."""
    text = str(value)
    if _PLAIN_RE.fullmatch(text) and text.lower() not in _YAML_WORDS and len(text) <= 60 and not text.endswith("."):
        return text
    return json.dumps(text, ensure_ascii=False)


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


class Duplicate(NamedTuple):
    """A new claim that the base already holds: the same quote from the same source."""

    fields: dict
    existing: str  # the id of the claim already in the base
    where: str  # path:line of it


def add_records(path: str, sources: list, claims: list, other_files=(), entities=(), on_duplicate: str = "error",
                facts=None, skipped=None) -> Written:
    """Append entities, sources and claims to ``path`` in one atomic, validated write.

    A claim without an id gets one made from its source and text; a source whose id the base
    already has is not added again (its claims attach to the existing one), nor is an entity
    whose name the base already knows (as a name or an alias). A claim quoting what a claim of the
    same source already quotes is a duplicate: an error naming the existing claim
    (``on_duplicate="error"``), or left out and appended to ``skipped`` (``"skip"``). ``facts``
    maps ids of existing claims to a fact id to set on them (block-style claims only: the
    cross-source links ``extract --into`` makes).
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
        from .text.entities import _key

        # names compared as the matcher compares them: "Acme Corp." is "acme corp", whatever the case
        known_names = {_key(n) for e in (*current.entities, *others.entities) for n in (e.name, *e.aliases)}
        new_entities = []
        for fields in entities:
            names = {_key(n) for n in (fields["name"], *fields.get("aliases", ()))}
            if not names & known_names:
                known_names.update(names)
                new_entities.append(fields)
        known_sources = set(current.sources) | set(others.sources)
        new_sources = []
        for fields in sources:
            if fields["id"] not in known_sources:
                known_sources.add(fields["id"])
                new_sources.append(fields)
        taken = {c.id for c in current.claims} | {c.id for c in others.claims}
        quoted = {(c.source, _quote_key(c.quote)): c for c in (*current.claims, *others.claims)}
        new_claims = []
        for fields in claims:
            fields = dict(fields)
            existing = quoted.get((fields["source"], _quote_key(fields["quote"])))
            if existing is not None:
                if on_duplicate == "error":
                    raise ClaimBaseError(f"the claim {existing.id!r} ({existing.path}:{existing.line}) already quotes this "
                                         f"from source {fields['source']!r}", path)
                if skipped is not None:
                    skipped.append(Duplicate(fields, existing.id, f"{existing.path}:{existing.line}"))
                continue
            quoted[(fields["source"], _quote_key(fields["quote"]))] = _Quoted(fields.get("id") or "", path, 0)
            if not fields.get("id"):
                fields = {"id": unique_id(readable_id(fields["text"], (*current.entities, *others.entities)), taken), **fields}
            elif fields["id"] in taken:
                raise ClaimBaseError(f"a claim with id {fields['id']!r} already exists", path)
            else:
                taken.add(fields["id"])
            new_claims.append(fields)
        text = original
        for claim_id, fact in (facts or {}).items():
            text = _set_claim_field(text, yamlsafe.load(text, path), claim_id, "fact", fact)
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


class _Quoted(NamedTuple):
    id: str
    path: str
    line: int


def _quote_key(quote: str) -> str:
    return " ".join(str(quote).split()).lower()


def _set_claim_field(text: str, data, claim_id: str, key: str, value: str) -> str:
    """``text`` with ``key: value`` added to the block-style claim ``claim_id`` (unchanged when it has
    the key already, or is written as a one-line {...} mapping)."""
    claims = data.get("claims") if isinstance(data, dict) else None
    for raw in claims or []:
        if not isinstance(raw, dict) or str(raw.get("id")) != claim_id or key in raw:
            continue
        id_line, id_col = raw.key_pos.get("id", (None, None))
        lines = text.split("\n")
        if id_line is None or lines[id_line - 1].lstrip().startswith("- {"):
            return text
        newline = "\r\n" if lines[id_line - 1].endswith("\r") else "\n"
        return _splice(text, lines, id_line, f"{' ' * (id_col - 1)}{key}: {_scalar(value)}", newline)
    return text


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
