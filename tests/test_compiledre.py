"""Compiled patterns kept on disk between runs (compiledre): a pattern read back answers as
re.compile's does, a damaged file is compiled around, and the command line keeps its patterns in
the cache folder unless told to use no cache (the time it saves is measured in benchmarks/bench.py)."""

import json
import os
import re
import subprocess
import sys
import textwrap

import pytest

from claimcheck import compiledre

FIGURE = r"(?P<amount>£?\d{1,3}(?:,\d{3})+|\d+)\s+(?P<unit>[a-z]+)"
TEXT = "The trust paid £431,500 in all, and 12 staff left; 3 wards closed."

if not compiledre._matcher_takes_code():  # pragma: no cover
    pytest.skip("this Python's matcher takes no stored code", allow_module_level=True)


def _answers(pattern) -> tuple:
    return ([m.groupdict() for m in pattern.finditer(TEXT)], pattern.sub("N", TEXT), pattern.groupindex, pattern.groups,
            pattern.flags, pattern.pattern)


def test_a_pattern_read_back_from_the_file_answers_as_a_compiled_one(tmp_path):
    path = str(tmp_path / "patterns.json")
    first = compiledre.PatternStore(path)
    fresh = first.compile(FIGURE, re.I)
    assert _answers(fresh) == _answers(re.compile(FIGURE, re.I))
    first.save()
    assert list(json.loads(open(path, encoding="utf-8").read())) == [f"{re.I}:{FIGURE}"]

    second = compiledre.PatternStore(path)
    read_back = second.compile(FIGURE, re.I)
    assert _answers(read_back) == _answers(re.compile(FIGURE, re.I))
    assert second.added == {}  # found, not compiled again
    second.save()  # nothing new: the file is left as it is
    assert os.path.getsize(path) > 0


def _package_patterns() -> list:
    import importlib
    import pkgutil

    import claimcheck
    from claimcheck.lazyre import LazyPattern

    found = []
    for module in pkgutil.walk_packages(claimcheck.__path__, "claimcheck."):
        if module.name.startswith(("claimcheck.lsp", "claimcheck.semantic")) or module.name == "claimcheck.__main__":
            continue  # (optional extras import what the core install lacks; __main__ runs the command line)
        found += [(v.pattern, v.flags) for v in vars(importlib.import_module(module.name)).values() if isinstance(v, LazyPattern)]
    return found


# flags and constructs whose code differs from a plain pattern's: a store that lost any of them would give
# a pattern that is not re.compile's
_CONSTRUCTS = [(r"[a-z]+", re.I), (r"^\w+$", re.M), (r"a.b", re.S), (r"\w+", re.A), (r"\w+", re.A | re.I),
               (r"(?<=£)\d+", 0), (r"(?>ab|a)c", 0), (r"a++b", 0), (r"(?P<q>')?\w+(?(q)')", 0), (r"(?P<w>\w)(?P=w)", 0),
               (r"(?x) \d+ \s* # a comment", 0), (r"[kK]elvin", re.I)]


def test_every_pattern_read_back_is_the_pattern_re_compile_makes(tmp_path):
    """Compiled patterns compare equal when their code, flags and text are equal."""
    path = str(tmp_path / "patterns.json")
    patterns = _package_patterns() + _CONSTRUCTS
    first = compiledre.PatternStore(path)
    assert all(first.compile(p, f) == re.compile(p, f) for p, f in patterns)
    first.save()
    second = compiledre.PatternStore(path)
    assert all(second.compile(p, f) == re.compile(p, f) for p, f in patterns) and second.added == {}
    assert second.compile(r"[a-z]+", re.I).findall("ABC def") == ["ABC", "def"]


def test_a_bytes_pattern_is_never_read_as_the_text_pattern_of_its_characters(tmp_path):
    store = compiledre.PatternStore(str(tmp_path / "patterns.json"))
    store.compile("ab+c", 0)
    assert store.compile(b"ab+c", 0).search(b"xxabbbc").group() == b"abbbc"


@pytest.mark.parametrize("damage", [
    "not json at all {",
    json.dumps(["a list"]),
    json.dumps({f"0:{FIGURE}": [0, "AAAA", 2, {"amount": 1, "unit": 2}, [None, "amount", "unit"]]}),  # code the matcher refuses
    json.dumps({f"0:{FIGURE}": [0, "%%% not base64", 2, {}, []]}),
    json.dumps({f"0:{FIGURE}": "three"}),
    "[" * 200_000 + "]" * 200_000,  # nested past the parser's depth
])
def test_a_damaged_file_is_compiled_around_and_written_again(tmp_path, damage):
    path = tmp_path / "patterns.json"
    path.write_text(damage, encoding="utf-8")
    store = compiledre.PatternStore(str(path))
    assert _answers(store.compile(FIGURE, 0)) == _answers(re.compile(FIGURE))
    store.save()
    again = compiledre.PatternStore(str(path))
    assert _answers(again.compile(FIGURE, 0)) == _answers(re.compile(FIGURE)) and again.added == {}


def test_a_pattern_json_cannot_write_leaves_the_file_as_it_was(tmp_path):
    store = compiledre.PatternStore(str(tmp_path / "patterns.json"))
    store.compile("\ud800?x", 0)  # a lone surrogate: no UTF-8 for it
    store.save()  # no error at exit
    assert not (tmp_path / "patterns.json").exists()


def test_a_store_whose_folder_is_gone_loses_nothing_but_the_file(tmp_path):
    store = compiledre.PatternStore(str(tmp_path / "gone" / "patterns.json"))
    assert store.compile(r"\d+", 0).findall("1 and 22") == ["1", "22"]
    store.save()  # no folder to write in: no error, no file
    assert not (tmp_path / "gone").exists()


_RUN = textwrap.dedent("""
    import re, sys
    from re import _parser
    parsed = []
    original = _parser.parse
    def counting(pattern, *args, **kwargs):
        frame = sys._getframe(1)
        while frame is not None and frame.f_code.co_filename.endswith(("compiledre.py", "lazyre.py", "__init__.py",
                                                                         "_compiler.py", "_parser.py")):
            frame = frame.f_back
        if frame is not None and "claimcheck" in frame.f_code.co_filename:  # ours, not the standard library's
            parsed.append(pattern)
        return original(pattern, *args, **kwargs)
    _parser.parse = counting
    from claimcheck.cli import main
    sys.argv = ["claimcheck", *sys.argv[1:]]
    try:
        main()
    except SystemExit:
        pass
    print("PARSED", len(parsed), file=sys.stderr)
""")


def _check(cache: str, *options) -> int:
    env = dict(os.environ, CLAIMCHECK_CACHE_DIR=cache)
    env.pop("CLAIMCHECK_NO_CACHE", None)
    proc = subprocess.run([sys.executable, "-c", _RUN, "check", *options, "--format", "json",
                           "The council paid £250,000 for the site in March 2024."],
                          capture_output=True, text=True, env=env)
    assert json.loads(proc.stdout)[0]["verdict"], proc.stderr
    return int(proc.stderr.rsplit("PARSED", 1)[1])


def test_the_command_line_keeps_its_patterns_in_the_cache_folder(tmp_path):
    cache = str(tmp_path / "cache")
    first = _check(cache)
    files = [name for name in os.listdir(cache) if name.startswith("patterns-")]
    assert len(files) == 1 and first > 10
    assert _check(cache) < first / 4  # the second run reads what the first compiled


def test_no_cache_keeps_no_patterns(tmp_path):
    cache = str(tmp_path / "cache")
    _check(cache, "--no-cache")
    assert not os.path.exists(cache) or not [n for n in os.listdir(cache) if n.startswith("patterns-")]
