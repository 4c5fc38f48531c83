"""The claimcheck commands, one module per group; ``cli.py`` adds them to the group.

    checking   check, scan, report
    lookup     search, show, sources, conflicts
    curation   validate, add, export, import
    common     options and helpers every command shares
"""
