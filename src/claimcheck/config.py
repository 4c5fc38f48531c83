"""Project configuration: ``.claimcheck.yaml`` or ``[tool.claimcheck]`` in ``pyproject.toml``.

The nearest of the two, walking up from the current folder, applies (in one folder the
YAML file wins). Command-line flags win over it. Paths in it are relative to its folder.
"""

from __future__ import annotations

import os
import re
from typing import Optional

from .errors import ClaimcheckError, ConfigError
from .lazyre import lazy

VERDICTS = ("supported", "conflicting", "unverified")
FAIL_ON = ("conflicting", "unverified", "never")
LEVELS = ("none", "notice", "warning")
YAML_NAME = ".claimcheck.yaml"


class Config:
    """The settings in force; the defaults when there is no configuration file."""

    def __init__(self, path: Optional[str] = None):
        self.path = path
        # paths and globs in the file are relative to its folder
        self.folder = os.path.dirname(os.path.abspath(path)) if path else os.getcwd()
        self.claims: list = []
        self.fail_on = "conflicting"
        self.show: tuple = VERDICTS
        self.annotate_unverified = "none"
        self.ignore: list = []  # glob patterns of drafts to skip
        self.support_threshold: Optional[float] = None
        self.conflict_threshold: Optional[float] = None


KEYS = {
    "claims": "a list of claim base paths",
    "fail-on": "one of " + ", ".join(FAIL_ON),
    "show": "a list of verdicts (" + ", ".join(VERDICTS) + ")",
    "annotate-unverified": "one of " + ", ".join(LEVELS),
    "ignore": "a list of glob patterns",
    "support-threshold": "a number between 0 and 1",
    "conflict-threshold": "a number between 0 and 1",
}


def find(cwd: Optional[str] = None) -> Optional[str]:
    from .claimbase import parents

    for folder in parents(cwd or os.getcwd()):
        candidate = os.path.join(folder, YAML_NAME)
        if os.path.isfile(candidate):
            return candidate
        pyproject = os.path.join(folder, "pyproject.toml")
        if os.path.isfile(pyproject) and _has_tool_table(pyproject):
            return pyproject
    return None


# the table's header at the start of a line ("[tool.claimcheck]", "[tool.claimcheck.rules]"), not a
# mention in a comment or a string: only then is the file parsed as TOML
_TOOL_TABLE = lazy(r"^[ \t]*\[[ \t]*tool\.claimcheck[ \t]*[\].]", re.MULTILINE)


def _has_tool_table(path: str) -> bool:
    try:
        with open(path, encoding="utf-8", errors="replace") as f:
            return _TOOL_TABLE.search(f.read()) is not None
    except OSError:
        return False


def load(cwd: Optional[str] = None) -> Config:
    path = find(cwd)
    if path is None:
        return Config()
    if os.path.basename(path) == "pyproject.toml":
        data, where = _read_toml(path)
    else:
        from . import yamlsafe  # only when there is a YAML config: start-up stays light

        text = yamlsafe.read_text(path)
        try:
            data = yamlsafe.load(text, path)
        except ClaimcheckError as exc:
            raise ConfigError(exc.message, exc.path, exc.line, exc.column) from None
        if data is None:
            return Config(path=path)
        if not isinstance(data, dict):
            raise ConfigError("configuration must be a mapping of settings", path, 1, 1)

        def where(key, value_pos=True):
            return (data.value_pos if value_pos else data.key_pos).get(key, data.pos)

    return _build(data, path, where)


def _read_toml(path: str):
    try:
        import tomllib
    except ImportError:  # Python < 3.11
        import tomli as tomllib
    with open(path, encoding="utf-8") as f:
        text = f.read()
    try:
        doc = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        m = re.search(r"line (\d+), column (\d+)", str(exc))
        line, column = (int(m.group(1)), int(m.group(2))) if m else (None, None)
        raise ConfigError(f"TOML syntax error: {str(exc).split(' (at')[0]}", path, line, column) from None
    data = doc.get("tool", {}).get("claimcheck", {})
    lines = text.splitlines()
    table = next((i for i, line in enumerate(lines) if line.strip() == "[tool.claimcheck]"), 0)

    def where(key, value_pos=True):
        # tomllib keeps no positions: find the key's line inside the table
        for i in range(table + 1, len(lines)):
            if lines[i].lstrip().startswith("["):
                break
            m = re.match(rf"\s*{re.escape(key)}\s*=\s*", lines[i])
            if m:
                return (i + 1, (m.end() if value_pos else len(lines[i]) - len(lines[i].lstrip())) + 1)
        return (table + 1, 1)

    return data, where


def _build(data: dict, path: str, where) -> Config:
    config = Config(path=path)
    folder = os.path.dirname(path)

    def fail(key, message, value_pos=True):
        raise ConfigError(message, path, *where(key, value_pos))

    for key, value in data.items():
        if key not in KEYS:
            fail(key, f"unknown setting {key!r} (known: {', '.join(KEYS)})", value_pos=False)
        expect = KEYS[key]
        if key in ("claims", "ignore", "show"):
            if isinstance(value, str):
                value = [value]
            if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
                fail(key, f"{key!r} must be {expect}")
        if key == "claims":
            config.claims = [os.path.join(folder, v) if not os.path.isabs(v) else v for v in value]
        elif key == "ignore":
            config.ignore = list(value)
        elif key == "show":
            bad = [v for v in value if v not in VERDICTS]
            if bad:
                fail(key, f"'show' has {bad[0]!r}; it must be {expect}")
            config.show = tuple(value)
        elif key == "fail-on":
            if value not in FAIL_ON:
                fail(key, f"'fail-on' is {value!r}; it must be {expect}")
            config.fail_on = value
        elif key == "annotate-unverified":
            if value not in LEVELS:
                fail(key, f"'annotate-unverified' is {value!r}; it must be {expect}")
            config.annotate_unverified = value
        else:
            if isinstance(value, bool) or not isinstance(value, (int, float)) or not 0 <= value <= 1:
                fail(key, f"{key!r} is {value!r}; it must be {expect}")
            setattr(config, key.replace("-", "_"), float(value))
    return config
