"""Named Cypher queries (``*.cypher``) shipped with the package; run them with ``kg query NAME``.

See :mod:`kg.query` for the header format every file starts with.
"""
