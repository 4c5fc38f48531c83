"""``claimcheck lsp``: the Language Server Protocol over stdio (needs the ``claimcheck[lsp]`` extra).

``command`` is the click command (importable without pygls); ``server`` the protocol layer;
``positions`` and ``render`` turn findings into ranges and words. The checking itself is
``claimcheck.live``.
"""
