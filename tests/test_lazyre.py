"""Patterns compiled when first used (lazyre): they answer as re.compile's do, and importing the
checker compiles none of them (start-up is measured in benchmarks/bench.py; this keeps the reason)."""

import re
import subprocess
import sys
import textwrap

from claimcheck.lazyre import lazy

SENTENCE = "The ferry carried 1,240 passengers on 3 May, up from 980 a year earlier."


def test_a_lazy_pattern_answers_as_a_compiled_one():
    pattern = r"(?P<figure>\d{1,3}(?:,\d{3})*|\d+)"
    compiled, deferred = re.compile(pattern), lazy(pattern)
    assert deferred.search(SENTENCE).group("figure") == compiled.search(SENTENCE).group("figure") == "1,240"
    assert [m.span() for m in deferred.finditer(SENTENCE)] == [m.span() for m in compiled.finditer(SENTENCE)]
    assert deferred.findall(SENTENCE) == ["1,240", "3", "980"]
    assert deferred.sub("N", SENTENCE) == compiled.sub("N", SENTENCE)
    assert deferred.split("a 12 b") == compiled.split("a 12 b")
    assert deferred.match(SENTENCE) is None and deferred.fullmatch("980") is not None
    assert deferred.groupindex["figure"] == 1 and deferred.groups == 1


def test_flags_hold_and_the_pattern_text_builds_other_patterns_uncompiled():
    opener = lazy(r"\bthe\s+", re.I)
    assert opener.pattern == r"\bthe\s+"  # read without compiling: patterns are built from others
    longer = lazy(opener.pattern + r"(\w+)", re.I)
    assert longer.search("Across THE River").group(1) == "River"
    assert opener.flags == re.compile(r"\bthe\s+", re.I).flags  # before its first use as after
    opener.search("the ")
    assert opener.flags == re.compile(r"\bthe\s+", re.I).flags


def test_importing_the_checker_compiles_no_pattern():
    script = textwrap.dedent("""
        import re, sys
        compiled = []
        original = re._compile
        def counting(pattern, flags):
            if "claimcheck" in sys._getframe(2).f_code.co_filename:  # the standard library's are not ours
                compiled.append(pattern)
            return original(pattern, flags)
        import click, yaml, rapidfuzz.process  # what any start-up pays
        re._compile = counting
        import claimcheck.engine, claimcheck.cli
        print(len(compiled))
    """)
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "0"


def test_every_pattern_of_the_package_compiles():
    """A pattern compiled when first used fails then, not on import: compile them all here."""
    import importlib
    import pkgutil

    import claimcheck
    from claimcheck.lazyre import LazyPattern

    found = 0
    for module in pkgutil.walk_packages(claimcheck.__path__, "claimcheck."):
        if module.name.startswith(("claimcheck.lsp", "claimcheck.semantic")) or module.name == "claimcheck.__main__":
            continue  # (optional extras import what the core install lacks; __main__ runs the command line)
        loaded = importlib.import_module(module.name)
        for value in vars(loaded).values():
            if isinstance(value, LazyPattern):
                re.compile(value.pattern, value.flags)
                found += 1
    assert found > 150
