"""Regular expressions compiled when first used.

The text parsers hold some two hundred module-level patterns; compiling them all on import took
about a sixth of a `claimcheck check`, though one statement meets a third of them. A pattern made
with ``lazy`` compiles on its first search, match, sub, ..., and from then on those calls go
straight to the compiled pattern (its bound methods are kept on the instance). Where the command
line keeps compiled patterns on disk (compiledre), the first use reads the pattern from there."""

from __future__ import annotations

import re

from .compiledre import compile_pattern


class LazyPattern:
    """A stand-in for ``re.compile(pattern, flags)``: its ``pattern`` and ``flags`` at once, every
    other attribute of the compiled pattern once asked for."""

    def __init__(self, pattern: str, flags: int = 0):
        self.pattern = pattern
        # as the compiled pattern reports them: a text pattern is Unicode unless told ASCII
        self.flags = flags | re.UNICODE if isinstance(pattern, str) and not flags & re.ASCII else flags

    def __getattr__(self, name: str):
        # called only for what the instance does not hold yet: compile, keep the compiled pattern's
        # methods on the instance, so later look-ups never come back here
        if name.startswith("__"):
            raise AttributeError(name)
        compiled = compile_pattern(self.pattern, self.flags)
        for method in ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split"):
            setattr(self, method, getattr(compiled, method))
        self.groups, self.groupindex = compiled.groups, compiled.groupindex
        return getattr(compiled, name)

    def __repr__(self) -> str:
        return f"lazy({self.pattern!r})"


def lazy(pattern: str, flags: int = 0) -> LazyPattern:
    """``re.compile(pattern, flags)``, compiled when first used."""
    return LazyPattern(pattern, flags)
