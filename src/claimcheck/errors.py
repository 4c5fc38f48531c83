"""Errors that carry a position, so the CLI can print `path:line:column: message`."""

from __future__ import annotations


class ClaimcheckError(Exception):
    """Bad input: a claim base, a draft or a config that cannot be used.

    ``line`` and ``column`` are 1-based; either may be None when no position exists.
    """

    def __init__(self, message: str, path: str | None = None, line: int | None = None, column: int | None = None):
        super().__init__(message)
        self.message = message
        self.path = path
        self.line = line
        self.column = column

    def location(self) -> str:
        parts = [p for p in (self.path, self.line, self.column) if p is not None]
        return ":".join(str(p) for p in parts)

    def as_dict(self) -> dict:
        return {"path": self.path, "line": self.line, "column": self.column, "message": self.message}

    def __str__(self) -> str:
        loc = self.location()
        return f"{loc}: {self.message}" if loc else self.message


class ClaimBaseError(ClaimcheckError):
    """A claim base file that cannot be loaded."""


class DraftError(ClaimcheckError):
    """A draft or statement input that cannot be read."""


class ConfigError(ClaimcheckError):
    """A configuration file with an unknown key or a bad value."""
