"""news-kg: build a resolved, typed, sourced knowledge graph from news articles."""

__version__ = "0.1.0"
