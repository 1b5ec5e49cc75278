"""Hostile zip archives against a zip of one ordinary article: peak memory and time of each build.

One child process per archive, one after the other, each running what ``kg build`` does to it
(``kg.pipeline.build``: read, parse, extract, merge; the model loaded first) and reporting its own
peak RSS (``ru_maxrss``). The archives are written into a temporary folder a MB at a time:

* ``one article`` (the baseline): a zip holding one dev-set article;
* ``bomb``: that article beside ``bomb.txt``, a member that inflates to 2 GiB of zeros (zip64);
* ``liar``: the same with a 1 GiB member whose directory entry declares 4,000 bytes;
* ``nested``: the article beside ``bomb.zip``, a zip holding the bomb, itself in a zip (three deep);
* ``many bombs``: the article beside 1,000 members that inflate to 5 MiB each (5 GiB in all);
* ``many members``: the article beside 100,000 empty members.

    .venv/bin/python benchmarks/zip_bomb.py

Writes ``benchmarks/results/zip_bomb.json`` and ``.md``.
"""
from __future__ import annotations

import argparse
import multiprocessing
import resource
import struct
import sys
import tempfile
import time
import zipfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import ROOT, machine, write_results  # noqa: E402

MB = 1024 * 1024
ARTICLE = ROOT / "devset" / "texts" / "news_0580.txt"
#: The figure issue 11 asks of any archive, whatever it holds.
BOUND_MB = 500


def _zeros(archive: zipfile.ZipFile, name: str, megabytes: int) -> None:
    with archive.open(name, "w", force_zip64=megabytes >= 2048) as member:
        for _ in range(megabytes):
            member.write(bytes(MB))


def _with_article(path: Path, fill=None) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.write(ARTICLE, ARTICLE.name)
        if fill is not None:
            fill(archive)
    return path


def _declare(path: Path, name: str, size: int) -> None:
    """Make ``name``'s central directory entry declare ``size`` bytes inflated (a lying archive)."""
    data = bytearray(path.read_bytes())
    offset, = struct.unpack_from("<I", data, data.rindex(b"PK\x05\x06") + 16)
    while True:
        name_length, extra, comment = struct.unpack_from("<HHH", data, offset + 28)
        if data[offset + 46:offset + 46 + name_length] == name.encode():
            struct.pack_into("<I", data, offset + 24, size)
            path.write_bytes(bytes(data))
            return
        offset += 46 + name_length + extra + comment


def make_archives(folder: Path) -> dict[str, Path]:
    """The archives of the module docstring, in ``folder``, by run name."""
    bomb = _with_article(folder / "bomb.zip", lambda a: _zeros(a, "bomb.txt", 2048))
    liar = _with_article(folder / "liar.zip", lambda a: _zeros(a, "bomb.txt", 1024))
    _declare(liar, "bomb.txt", 4000)
    inner = folder / "inner.zip"
    with zipfile.ZipFile(inner, "w", zipfile.ZIP_STORED) as archive:
        archive.write(bomb, "bomb.zip")
    nested = _with_article(folder / "nested.zip", lambda a: a.write(inner, "inner.zip"))

    def many_bombs(archive: zipfile.ZipFile) -> None:
        for number in range(1000):
            _zeros(archive, f"bombs/{number:04d}.txt", 5)

    def many_members(archive: zipfile.ZipFile) -> None:
        for number in range(100_000):
            archive.writestr(f"empty/{number:06d}.txt", b"")

    return {"one article": _with_article(folder / "article.zip"), "bomb": bomb, "liar": liar, "nested": nested,
            "many bombs": _with_article(folder / "many-bombs.zip", many_bombs),
            "many members": _with_article(folder / "many-members.zip", many_members)}


def run(path: str) -> dict:
    from kg.nlp import load_pipeline
    from kg.pipeline import build

    load_pipeline()
    loaded = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
    start = time.perf_counter()
    result = build([Path(path)])
    seconds = time.perf_counter() - start
    reasons = sorted({s.reason.split(" (")[0].split(":")[0] for s in result.report.skipped})
    return {"zip_mb": round(Path(path).stat().st_size / MB, 1), "documents": len(result.report.documents),
            "skipped": len(result.report.skipped), "reasons": reasons, "seconds": round(seconds, 2),
            "loaded_mb": round(loaded / MB), "peak_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024 / MB)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.parse_args()
    at_start = machine()
    with tempfile.TemporaryDirectory() as folder:
        archives = make_archives(Path(folder))
        context = multiprocessing.get_context("spawn")
        with context.Pool(1, maxtasksperchild=1) as pool:
            runs = {name: pool.apply(run, (str(path),)) for name, path in archives.items()}
    baseline = runs["one article"]
    ratios = {f"{name} / one article, {what}": round(r[key] / baseline[key], 2)
              for name, r in runs.items() if name != "one article"
              for what, key in (("peak", "peak_mb"), ("time", "seconds"))}
    worst = max(r["peak_mb"] for r in runs.values())
    data = {"benchmark": "zip_bomb", "runs": runs, "ratios": ratios, "bound_mb": BOUND_MB,
            "within_bound": worst < BOUND_MB, "machine": at_start}
    table = [
        "# Hostile zip archives against a zip of one article (time in s, RSS in MB)",
        "",
        "| archive | zip size (MB) | documents | skipped | why | time | RSS after loading | peak RSS |",
        "| --- | ---: | ---: | ---: | --- | ---: | ---: | ---: |",
        *(f"| {name} | {r['zip_mb']:,} | {r['documents']:,} | {r['skipped']:,} | {'; '.join(r['reasons'])} "
          f"| {r['seconds']:.2f} | {r['loaded_mb']:,} | {r['peak_mb']:,} |" for name, r in runs.items()),
        "",
        *(f"{name}: {value:.2f}" for name, value in ratios.items()),
        "",
        f"Highest peak {worst:,} MB: {'under' if worst < BOUND_MB else 'NOT under'} the {BOUND_MB} MB bound of issue 11. "
        "Peak RSS includes the loaded model; time is the build after loading it.",
    ]
    write_results("zip_bomb", data, table)


if __name__ == "__main__":
    main()
