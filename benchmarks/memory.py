"""Memory over the whole corpus: peak resident memory, and its growth from the first to the last thousand articles.

Two child processes over the same articles, each measured on its own (RSS is per process):

* ``bare``: ``spacy.load(model).pipe(texts)`` streaming over the texts, no memory zone: the baseline
  whose vocabulary (StringStore) grows with every new word;
* ``kg``: :func:`kg.pipeline.build` from the corpus file, one process, as ``kg build`` runs it
  (memory zone per batch, checkpoint, graph merge and cross-document linking at the end).

RSS is sampled every batch (psutil); "peak" is the child's ``ru_maxrss`` (so the final graph step
counts too). Growth is the mean RSS over the last thousand articles minus the mean over the first
thousand, and the least-squares slope (MB per 1,000 articles) after the first thousand. Targets for
kg: peak < 1.5 GB, growth flat. The two children run one after the other unless ``--parallel``.

    .venv/bin/python benchmarks/memory.py                  # the whole corpus
    .venv/bin/python benchmarks/memory.py --articles 1500  # a quicker run

Writes ``benchmarks/results/memory.json`` and ``.md``. Needs psutil (``pip install -e '.[bench]'``).
"""
from __future__ import annotations

import argparse
import multiprocessing
import resource
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import corpus_input, machine, write_results  # noqa: E402

MB = 1024 * 1024
WINDOW = 1000


def _rss() -> int:
    import psutil

    return psutil.Process().memory_info().rss


def run_bare(source: str, batch_size: int, every: int) -> dict:
    import spacy

    from kg.read import read_documents
    from kg.records import Document
    from kg.settings import Settings

    texts = [d.text for d in read_documents([Path(source)]) if isinstance(d, Document)]
    nlp = spacy.load(Settings().model)
    samples = []
    for number, _ in enumerate(nlp.pipe(texts, batch_size=batch_size), 1):
        if number % every == 0 or number == len(texts):
            samples.append((number, _rss(), len(nlp.vocab.strings)))
    return {"samples": samples, "peak": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024}


def run_kg(source: str, batch_size: int, every: int) -> dict:
    from kg.nlp import load_pipeline
    from kg.pipeline import build
    from kg.settings import Settings

    settings = Settings(batch_size=batch_size)
    nlp = load_pipeline(settings)
    samples = []

    def sample(report) -> None:
        if not samples or len(report.documents) - samples[-1][0] >= every:
            samples.append((len(report.documents), _rss(), len(nlp.vocab.strings)))

    with tempfile.TemporaryDirectory() as tmp:
        result = build([Path(source)], settings, checkpoint=Path(tmp) / "checkpoint.jsonl", on_batch=sample)
    samples.append((len(result.report.documents), _rss(), len(nlp.vocab.strings)))
    return {"samples": samples, "peak": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024,
            "nodes": result.graph.number_of_nodes(), "edges": result.graph.number_of_edges()}


def summarise(samples: list[tuple[int, int, int]], peak: int) -> dict:
    last_doc = samples[-1][0]
    first = [rss for n, rss, _ in samples if n <= WINDOW]
    last = [rss for n, rss, _ in samples if n > last_doc - WINDOW]
    tail = [(n, rss) for n, rss, _ in samples if n > WINDOW]
    slope = 0.0
    if len(tail) >= 2:
        mean_n = sum(n for n, _ in tail) / len(tail)
        mean_r = sum(r for _, r in tail) / len(tail)
        var = sum((n - mean_n) ** 2 for n, _ in tail)
        slope = sum((n - mean_n) * (r - mean_r) for n, r in tail) / var * 1000 / MB if var else 0.0
    return {
        "peak_mb": round(peak / MB, 1),
        "first_thousand_mean_mb": round(sum(first) / len(first) / MB, 1),
        "last_thousand_mean_mb": round(sum(last) / len(last) / MB, 1),
        "growth_mb": round((sum(last) / len(last) - sum(first) / len(first)) / MB, 1),
        "slope_mb_per_1000_articles": round(slope, 2),
        "vocab_strings_first": samples[0][2], "vocab_strings_last": samples[-1][2],
        "samples": [(n, round(rss / MB, 1), strings) for n, rss, strings in samples],
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=0, help="first N articles only (default: all)")
    parser.add_argument("--batch-size", type=int, default=32)
    parser.add_argument("--every", type=int, default=50, help="sample RSS every N articles")
    parser.add_argument("--parallel", action="store_true", help="run both children at once (RSS is per process)")
    args = parser.parse_args()
    at_start = machine()
    context = multiprocessing.get_context("spawn")
    with tempfile.TemporaryDirectory() as tmp, context.Pool(2 if args.parallel else 1, maxtasksperchild=1) as pool:
        source = str(corpus_input(args.articles, Path(tmp)))
        jobs = {name: pool.apply_async(func, (source, args.batch_size, args.every))
                for name, func in (("bare", run_bare), ("kg", run_kg))}
        raw = {name: job.get() for name, job in jobs.items()}
    runs = {name: summarise(r["samples"], r["peak"]) for name, r in raw.items()}
    articles = runs["kg"]["samples"][-1][0]
    ratios = {"kg peak / bare peak": runs["kg"]["peak_mb"] / runs["bare"]["peak_mb"]}
    data = {"benchmark": "memory", "articles": articles, "batch_size": args.batch_size, "runs": runs,
            "ratios": {k: round(v, 3) for k, v in ratios.items()},
            "graph": {"nodes": raw["kg"]["nodes"], "edges": raw["kg"]["edges"]},
            "targets": {"kg peak_mb": 1536, "kg growth": "flat"}, "machine": at_start}
    table = [
        f"# Memory ({articles:,} articles, batch size {args.batch_size}; RSS in MB)",
        "",
        "| run | peak | mean, first 1,000 | mean, last 1,000 | growth | slope per 1,000 after the first | vocab strings first -> last |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: |",
        *(f"| {name} | {r['peak_mb']:,.0f} | {r['first_thousand_mean_mb']:,.0f} | {r['last_thousand_mean_mb']:,.0f} "
          f"| {r['growth_mb']:+,.0f} | {r['slope_mb_per_1000_articles']:+.1f} | "
          f"{r['vocab_strings_first']:,} -> {r['vocab_strings_last']:,} |" for name, r in runs.items()),
        "",
        *(f"{name}: {value:.2f}" for name, value in ratios.items()),
        "",
        f"Targets for kg: peak < 1,536 MB, no growth trend. The kg run ends with the graph of "
        f"{raw['kg']['nodes']:,} entities and {raw['kg']['edges']:,} relations in memory.",
    ]
    write_results("memory", data, table)


if __name__ == "__main__":
    main()
