"""Extraction throughput: the whole kg pipeline against a bare ``nlp.pipe`` of the same spaCy model.

Three runs over the same articles, side by side in one process tree:

* ``bare``: ``spacy.load(model).pipe(texts)`` over the article texts, already in memory;
* ``kg``: :func:`kg.pipeline.build` from the corpus file (reading, cleaning, parsing with the
  project's components, extraction, checkpoint, graph merge), one process;
* ``kg-workers``: the same with ``--workers N`` (spawned processes, model loading included).

Both models are loaded before the clock starts. Besides wall-clock time, each run's CPU time (this
process and its worker processes) is measured: on a machine shared with other work, words per
CPU-second compare bare and kg more steadily than wall time does, and CPU / wall seconds shows how
many cores the workers really got. With ``--rounds 2`` or more the order alternates
(bare, kg, kg-workers, then the reverse), so drift in the machine's other load hits every run alike;
words/s are summed over rounds. Targets: kg/bare >= 0.8, kg-workers/kg >= 1.7 with 2 workers.

    .venv/bin/python benchmarks/extraction.py                 # the whole corpus (3,788 articles)
    .venv/bin/python benchmarks/extraction.py --articles 300  # a quick run

Writes ``benchmarks/results/extraction.json`` and ``.md``.
"""
from __future__ import annotations

import argparse
import resource
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import corpus_input, machine, write_results  # noqa: E402

import spacy  # noqa: E402

from kg.nlp import load_pipeline  # noqa: E402
from kg.pipeline import build  # noqa: E402
from kg.read import read_documents  # noqa: E402
from kg.records import Document  # noqa: E402
from kg.settings import Settings  # noqa: E402


def cpu_seconds() -> float:
    """User + system CPU time of this process and of its finished child processes."""
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=0, help="first N articles only (default: all)")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--batch-size", type=int, default=32)
    parser.add_argument("--rounds", type=int, default=1)
    args = parser.parse_args()

    at_start = machine()
    with tempfile.TemporaryDirectory() as tmp:
        source = corpus_input(args.articles, Path(tmp))
        texts = [d.text for d in read_documents([source]) if isinstance(d, Document)]
        words = sum(len(t.split()) for t in texts)
        settings = Settings(batch_size=args.batch_size)
        bare_nlp = spacy.load(settings.model)
        load_pipeline(settings)

        def bare() -> None:
            for _ in bare_nlp.pipe(texts, batch_size=args.batch_size):
                pass

        failed: dict[int, int] = {}

        def kg(workers: int) -> None:
            result = build([source], Settings(batch_size=args.batch_size, workers=workers),
                           checkpoint=Path(tmp) / f"checkpoint-{workers}.jsonl")
            failed[workers] = sum(s.reason.startswith("extraction failed") for s in result.report.skipped)

        runs = {"bare": bare, "kg": lambda: kg(1), "kg-workers": lambda: kg(args.workers)}
        seconds = dict.fromkeys(runs, 0.0)
        cpu = dict.fromkeys(runs, 0.0)
        for number in range(args.rounds):
            order = list(runs) if number % 2 == 0 else list(reversed(runs))
            for name in order:
                started, cpu_started = time.perf_counter(), cpu_seconds()
                runs[name]()
                took, cpu_took = time.perf_counter() - started, cpu_seconds() - cpu_started
                seconds[name] += took
                cpu[name] += cpu_took
                print(f"round {number + 1}: {name:<10} {took:8.1f}s  {words / took:8.0f} words/s  "
                      f"{cpu_took:8.1f} CPU s", file=sys.stderr)

    rate = {name: words * args.rounds / s for name, s in seconds.items()}
    cpu_rate = {name: words * args.rounds / s for name, s in cpu.items()}
    ratios = {"kg / bare": rate["kg"] / rate["bare"], f"kg workers={args.workers} / kg": rate["kg-workers"] / rate["kg"],
              "kg / bare, per CPU second": cpu_rate["kg"] / cpu_rate["bare"]}
    data = {
        "benchmark": "extraction", "articles": len(texts), "words": words, "rounds": args.rounds,
        "batch_size": args.batch_size, "workers": args.workers, "model": settings.model,
        "seconds": {k: round(v, 2) for k, v in seconds.items()}, "extraction_failures": failed.get(1, 0),
        "words_per_second": {k: round(v) for k, v in rate.items()},
        "cpu_seconds": {k: round(v, 2) for k, v in cpu.items()},
        "words_per_cpu_second": {k: round(v) for k, v in cpu_rate.items()},
        "cores_used": {k: round(cpu[k] / seconds[k], 2) for k in runs},
        "ratios": {k: round(v, 3) for k, v in ratios.items()},
        "targets": {"kg / bare": 0.8, f"kg workers={args.workers} / kg": 1.7, "kg / bare, per CPU second": 0.8},
        "machine": at_start,
    }
    table = [
        f"# Extraction throughput ({len(texts):,} articles, {words:,} words, {args.rounds} round(s), "
        f"batch size {args.batch_size})",
        "",
        "| run | seconds | words/s | CPU seconds | words per CPU second | cores used |",
        "| --- | ---: | ---: | ---: | ---: | ---: |",
        *(f"| {name} | {seconds[name]:.1f} | {rate[name]:,.0f} | {cpu[name]:.1f} | {cpu_rate[name]:,.0f} "
          f"| {cpu[name] / seconds[name]:.2f} |" for name in runs),
        "",
        "| ratio | measured | target |",
        "| --- | ---: | ---: |",
        *(f"| {name} | {value:.2f} | {data['targets'][name]} |" for name, value in ratios.items()),
    ]
    write_results("extraction", data, table)


if __name__ == "__main__":
    main()
