"""Compiled regular expressions kept on disk between runs of the command line.

Compiling is most of what a pattern costs the first time: a `claimcheck check` meets some forty of
the parsers' patterns, and parsing and compiling them took about a sixteenth of the command. Python
keeps no compiled pattern past the process, so the command line keeps the compiler's output (the
matcher's code: a list of integers, with the group names) in one JSON file of the cache folder;
the next run hands that code straight to the matcher, which checks its structure before use
("invalid SRE code" otherwise), and compiles as usual whatever the file lacks or cannot give. (A file
edited by hand into other valid code gives other patterns: it is a cache, and deleting it is safe.)

The file is named by the interpreter's version and its matcher's code format (``_sre.MAGIC``), so
that another Python never reads it, and patterns are found by their text and flags, so that a
changed pattern is compiled afresh. The compiler's internals (``re._parser``, ``re._compiler``,
``_sre.compile``) are not a public interface: anything that fails on the way falls back to
``re.compile``."""

from __future__ import annotations

import base64
import json
import os
import re
import sys
from array import array

KEEP_AT_MOST = 1000  # patterns in the file: past that (patterns edited over many versions) it starts again

_store: PatternStore | None = None


class PatternStore:
    """The file's patterns (read once), and the ones compiled since, to write back."""

    def __init__(self, path: str):
        self.path = path
        self.known = _read(path)
        self.added: dict = {}

    def compile(self, pattern: str, flags: int):
        if not isinstance(pattern, str):
            return re.compile(pattern, flags)  # (the file holds text patterns: a bytes pattern of the same
            # characters is another pattern)
        key = f"{flags}:{pattern}"
        found = self.known.get(key)
        if found is not None:
            compiled = _from_code(pattern, found)
            if compiled is not None:
                return compiled
        compiled, code = _compile_with_code(pattern, flags)
        if code is not None:
            self.added[key] = code
        return compiled

    def save(self) -> None:
        """Write the file again if this run compiled patterns it lacked (atomically: runs at once
        each write a whole file, and the last one stays)."""
        if not self.added:
            return
        entries = {} if len(self.known) + len(self.added) > KEEP_AT_MOST else dict(self.known)
        entries.update(self.added)
        import tempfile

        try:
            fd, tmp = tempfile.mkstemp(prefix=".write-", suffix=".json", dir=os.path.dirname(self.path))
            try:
                with os.fdopen(fd, "w", encoding="utf-8") as f:
                    json.dump(entries, f, ensure_ascii=False)
                os.replace(tmp, self.path)
            finally:
                if os.path.exists(tmp):
                    os.unlink(tmp)
        except (OSError, ValueError):
            return  # a cache (its folder gone or read-only, a pattern JSON cannot write): the next run compiles again
        self.known, self.added = entries, {}


def keep_in(folder: str) -> PatternStore | None:
    """Keep compiled patterns in ``folder`` from now on (lazyre's patterns compile through the store),
    and write the new ones when the process ends. None where this Python's matcher cannot be fed."""
    global _store
    if _store is None and _matcher_takes_code():
        import _sre
        import atexit

        version = "".join(str(part) for part in sys.version_info[:3])
        _store = PatternStore(os.path.join(folder, f"patterns-py{version}-{_sre.MAGIC}.json"))
        atexit.register(_store.save)
    return _store


def compile_pattern(pattern: str, flags: int = 0):
    """``re.compile(pattern, flags)``, through the store where one is kept."""
    if _store is None:
        return re.compile(pattern, flags)
    return _store.compile(pattern, flags)


def _matcher_takes_code() -> bool:
    try:
        import _sre
        from re import _compiler, _parser  # noqa: F401  (3.11 and later)
    except ImportError:
        return False
    return _sre.CODESIZE == 4 and hasattr(_sre, "compile") and hasattr(_sre, "MAGIC")


def _read(path: str) -> dict:
    try:
        with open(path, encoding="utf-8") as f:
            entries = json.load(f)
    except (OSError, ValueError, RecursionError):  # (a damaged file of any shape: nested past the parser's depth too)
        return {}
    return entries if isinstance(entries, dict) else {}


def _compile_with_code(pattern: str, flags: int):
    """(the compiled pattern, its code as stored), as re._compiler.compile makes them; (re.compile's
    pattern, None) where that fails."""
    try:
        import _sre
        from re import _compiler, _parser

        parsed = _parser.parse(pattern, flags)
        code = _compiler._code(parsed, flags)
        groupindex = dict(parsed.state.groupdict)
        indexgroup = [None] * parsed.state.groups
        for name, index in groupindex.items():
            indexgroup[index] = name
        packed = array("I", code)
        if sys.byteorder == "big":
            packed.byteswap()  # stored little-endian, whatever the machine
        entry = [flags | parsed.state.flags, base64.b64encode(packed.tobytes()).decode("ascii"),
                 parsed.state.groups - 1, groupindex, indexgroup]
        compiled = _sre.compile(pattern, entry[0], code, entry[2], groupindex, tuple(indexgroup))
    except Exception:  # the internals differ in this Python: compile as the public interface does
        return re.compile(pattern, flags), None
    return compiled, entry


def _from_code(pattern: str, entry):
    """The pattern made from a stored entry; None where the entry is not one (a damaged file, another
    layout), for the caller to compile afresh."""
    import _sre

    try:
        flags, packed, groups, groupindex, indexgroup = entry
        code = array("I")
        code.frombytes(base64.b64decode(packed, validate=True))
        if sys.byteorder == "big":
            code.byteswap()
        return _sre.compile(pattern, flags, code.tolist(), groups, dict(groupindex), tuple(indexgroup))
    except Exception:  # noqa: BLE001  (anything a damaged entry raises, "invalid SRE code" among them)
        return None
