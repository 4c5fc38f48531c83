"""The cyclic garbage collector while the command line starts.

Importing the checker and reading a claim base make tens of thousands of objects that all live on;
with the default young generation (700 objects) the collector walks them some forty times before
the first verdict (a twelfth of a `claimcheck check`). The command line holds collections off
while it loads (a young generation of 50,000) and gives the collector its own thresholds back once
the checker is open, so a long `scan` or a language server session collects as usual."""

from __future__ import annotations

import gc

YOUNG_WHILE_LOADING = 50_000
_held: tuple | None = None  # the thresholds to give back, while collections are held off


def hold_off_while_loading() -> None:
    global _held
    if _held is None:
        _held = gc.get_threshold()
        gc.set_threshold(YOUNG_WHILE_LOADING, *_held[1:])


def loaded() -> None:
    """Give the collector its thresholds back (once; later calls do nothing)."""
    global _held
    if _held is not None:
        gc.set_threshold(*_held)
        _held = None
