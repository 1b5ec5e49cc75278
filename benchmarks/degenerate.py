"""One enormous article without sentence punctuation against an ordinary article of the same length.

Five child processes, one after the other, each timing one document through what ``kg build`` does to
it (clean, parse inside a memory zone with :func:`kg.nlp.parse`, extract) and reporting its own peak
RSS (``ru_maxrss``):

* ``ordinary``: the dev texts (``devset/texts``) joined by blank lines and repeated to the length;
* ``ordinary, parsed whole``: the same text given to the pipeline in one piece, as before
  ``kg.nlp.parse`` cut long texts into pieces of ``PIECE_CHARS`` characters: the cost of one piece;
* ``unpunctuated``: the same words with every punctuation mark and line break replaced by a space
  (the parser still ends a sentence now and then: at most some 700 tokens);
* ``run-on``: the same words joined by "and": the parser finds almost no sentence end, and without
  the cap makes sentences of thousands of tokens, one long coordination;
* ``run-on, no cap``: that text with the ``kg_sentence_cap`` component taken out of the pipeline:
  the cost before the cap.

    .venv/bin/python benchmarks/degenerate.py                 # 750,000 characters
    .venv/bin/python benchmarks/degenerate.py --chars 100000  # a quicker run

Writes ``benchmarks/results/degenerate.json`` and ``.md``. Needs psutil (``pip install -e '.[bench]'``).
"""
from __future__ import annotations

import argparse
import multiprocessing
import re
import resource
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import ROOT, machine, write_results  # noqa: E402

MB = 1024 * 1024
# name: (text, sentence cap, in pieces)
RUNS = {"ordinary": ("ordinary", True, True), "ordinary, parsed whole": ("ordinary", True, False),
        "unpunctuated": ("unpunctuated", True, True), "run-on": ("run-on", True, True),
        "run-on, no cap": ("run-on", False, True)}


def make_text(kind: str, chars: int) -> str:
    """``chars`` characters of news (``ordinary``) or of the same words without punctuation (``unpunctuated``;
    ``run-on``: joined by "and"), cut at a space."""
    news = "\n\n".join(p.read_text(encoding="utf-8") for p in sorted((ROOT / "devset" / "texts").glob("*.txt")))
    if kind != "ordinary":
        news = (" and " if kind == "run-on" else " ").join(re.sub(r"[^\w\s]", " ", news).split())
    text = ((news + "\n\n") * (chars // len(news) + 1))[:chars + 1]
    return text[:text.rindex(" ")].ljust(chars)


def run(kind: str, chars: int, cap: bool, pieces: bool) -> dict:
    import psutil

    from kg.clean import clean_text
    from kg.nlp import PIECE_CHARS, load_pipeline, parse
    from kg.pipeline import extract_document
    from kg.records import Document

    nlp = load_pipeline()
    if not cap:
        nlp.remove_pipe("kg_sentence_cap")
    text = make_text(kind, chars)
    loaded = psutil.Process().memory_info().rss
    start = time.perf_counter()
    with nlp.memory_zone():
        [(doc, _)] = parse(nlp, [(clean_text(text), None)], batch_size=1,
                           piece_chars=PIECE_CHARS if pieces else len(text))
        parsed = time.perf_counter()
        lengths = [len(sent) for sent in doc.sents]
        result = extract_document(doc, Document(id="degenerate", path="degenerate.txt", text=text))
        tokens = len(doc)
    end = time.perf_counter()
    return {"chars": len(text), "tokens": tokens, "sentences": len(lengths), "longest_sentence": max(lengths),
            "parse_s": round(parsed - start, 1), "extract_s": round(end - parsed, 1), "total_s": round(end - start, 1),
            "loaded_mb": round(loaded / MB), "peak_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024 / MB),
            "entities": len(result.entities), "relations": len(result.relations)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--chars", type=int, default=750_000, help="length of each document")
    args = parser.parse_args()
    at_start = machine()
    context = multiprocessing.get_context("spawn")
    with context.Pool(1, maxtasksperchild=1) as pool:
        runs = {name: pool.apply(run, (kind, args.chars, cap, pieces)) for name, (kind, cap, pieces) in RUNS.items()}
    ordinary = runs["ordinary"]
    ratios = {f"{name} / ordinary, {what}": round(r[key] / ordinary[key], 2)
              for name, r in runs.items() if name != "ordinary"
              for what, key in (("time", "total_s"), ("peak", "peak_mb"))}
    data = {"benchmark": "degenerate", "chars": args.chars, "runs": runs, "ratios": ratios, "machine": at_start}
    table = [
        f"# One {args.chars:,}-character article: unpunctuated against ordinary (time in s, RSS in MB)",
        "",
        "| run | tokens | sentences | longest sentence | parse | extract | total | RSS after loading | peak RSS | entities | relations |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
        *(f"| {name} | {r['tokens']:,} | {r['sentences']:,} | {r['longest_sentence']:,} | {r['parse_s']:.1f} "
          f"| {r['extract_s']:.1f} | {r['total_s']:.1f} | {r['loaded_mb']:,} | {r['peak_mb']:,} | {r['entities']:,} "
          f"| {r['relations']:,} |" for name, r in runs.items()),
        "",
        *(f"{name}: {value:.2f}" for name, value in ratios.items()),
        "",
        "Parse: clean + the spaCy pipeline (kg.nlp.parse: in pieces of at most 50,000 characters but for "
        "'parsed whole'); extract: everything after it (kg.pipeline.extract_document). Peak RSS includes the loaded model.",
    ]
    write_results("degenerate", data, table)


if __name__ == "__main__":
    main()
