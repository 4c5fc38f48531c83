"""claimcheck: fact-check statements and drafts against a sourced claim base.

Scripts use the same functions as the command line::

    from claimcheck import open_checker
    checker = open_checker()            # the claim base found as the CLI finds it, through the cache
    result = checker.check("Huawei employs over 207,000 people.")
    result.verdict                      # Verdict.SUPPORTED

``check`` and ``scan`` are shortcuts that build a checker on the default base.
"""

__version__ = "0.1.0"

__all__ = ["Checker", "open_checker", "check", "scan", "load_claim_base", "ClaimcheckError", "Verdict", "__version__"]


def __getattr__(name):
    # Lazy: `claimcheck --version` and `validate` must not pay for the analysers.
    if name in ("Checker", "open_checker", "check", "scan"):
        from . import engine

        return getattr(engine, name)
    if name == "load_claim_base":
        from .claimbase import load_claim_base

        return load_claim_base
    if name == "ClaimcheckError":
        from .errors import ClaimcheckError

        return ClaimcheckError
    if name == "Verdict":
        from .model import Verdict

        return Verdict
    raise AttributeError(name)
