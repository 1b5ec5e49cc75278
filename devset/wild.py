"""Precision in the wild: a judging sheet of relations drawn from corpus articles outside the dev set.

The population is the corpus articles that pass round 1's rule of ``pick_articles.py`` (the 246
'qualifying' articles), less every article of ``articles.tsv`` (dev and test) and the reserved ids.
Judges follow ``../shared/eval/JUDGING.md`` unchanged and never see the rules.

    python devset/wild.py texts --out wild/texts           # the articles, as devset/fetch.py writes them
    kg build wild/texts --out wild/build                     # the code under test
    python devset/wild.py sheet --graph wild/build/graph.json --texts wild/texts --n 120 --seed 7 --out wild/sheet.json
    python devset/wild.py score --sheet wild/sheet.json --verdicts wild/verdicts1.json wild/verdicts2.json
    python devset/wild.py yield --graph wild/build/graph.json   # relations per 1,000 words

``sheet`` draws ``n`` relations uniformly (``random.Random(seed)``) among the graph's relations and
shows each with its first piece of evidence and the sentence before it (for pronouns). ``score``
counts the verdicts per kind and per relation type and prints precision with its sample size.
"""
from __future__ import annotations

import argparse
import json
import random
import sys
from collections import Counter
from pathlib import Path

from corpus import articles
from fetch import article_text, file_name, listed
from pick_articles import qualifies, reserved_ids, state_names

VERDICTS = ("correct", "wrong_status", "wrong_type", "wrong_entity", "unsupported")
CONTEXT_CHARS = 300


def population() -> list[dict]:
    """Qualifying corpus articles outside the dev set and the reserved ids, by article id."""
    excluded = set(listed(None)) | reserved_ids()
    states = state_names()
    chosen = [a for a in articles() if a["article_id"] not in excluded and qualifies(a["text"], states)]
    return sorted(chosen, key=lambda a: int(a["article_id"]))


def write_texts(out: Path) -> int:
    out.mkdir(parents=True, exist_ok=True)
    chosen = population()
    for article in chosen:
        (out / file_name(article["article_id"])).write_text(article_text(article), encoding="utf-8")
    return len(chosen)


def relations(graph: dict) -> list[dict]:
    """The graph's relation edges in a stable order (their ids)."""
    return sorted(graph["edges"], key=lambda e: e["id"])


def sheet_rows(graph: dict, texts: Path, n: int, seed: int) -> list[dict]:
    nodes = {node["id"]: node for node in graph["nodes"]}
    drawn = random.Random(seed).sample(relations(graph), min(n, len(graph["edges"])))
    rows = []
    for i, edge in enumerate(drawn, 1):
        evidence = edge["evidence"][0]
        path = texts / evidence["doc_id"]
        before = ""
        if path.is_file():
            text = path.read_text(encoding="utf-8")
            before = text[max(0, evidence["start"] - CONTEXT_CHARS):evidence["start"]].strip()
        source, target = nodes[edge["source"]], nodes[edge["target"]]
        rows.append({
            "i": i, "source": source["name"], "source_label": source["label"], "type": edge["type"],
            "target": target["name"], "target_label": target["label"], "status": edge["status"],
            "role": edge.get("role", ""), "attributed_to": edge.get("attributed_to", []),
            "denied_by": edge.get("denied_by", []), "sentence": evidence["sentence"],
            "text_before": before, "document": evidence["doc_id"], "rule": evidence["rule"],
        })
    return rows


def judge_view(rows: list[dict]) -> list[dict]:
    """What the judges see: everything but the rule that made the relation."""
    return [{k: v for k, v in row.items() if k != "rule"} for row in rows]


def score(rows: list[dict], verdicts: list[dict]) -> str:
    """Precision and the counts per verdict, type and rule; every row needs exactly one known verdict."""
    by_i = {v["i"]: v["verdict"] for v in verdicts}
    if len(by_i) != len(verdicts):
        raise SystemExit("verdicts: a row is judged twice")
    missing = [r["i"] for r in rows if r["i"] not in by_i]
    unknown = sorted({v for v in by_i.values() if v not in VERDICTS})
    if missing or unknown:
        raise SystemExit(f"verdicts incomplete: missing rows {missing[:10]}, unknown verdicts {unknown}")
    n = len(rows)
    kinds = Counter(by_i[r["i"]] for r in rows)
    lines = [f"n = {n}", f"precision = {kinds['correct'] / n:.3f} ({kinds['correct']} correct)",
             f"(correct + wrong_status) / n = {(kinds['correct'] + kinds['wrong_status']) / n:.3f}", "",
             "verdict        count"]
    lines += [f"{kind:<14} {kinds[kind]:>5}" for kind in VERDICTS]
    lines += ["", f"{'type':<16} {'n':>4} {'correct':>8} {'P':>6}"]
    per_type = Counter(r["type"] for r in rows)
    right = Counter(r["type"] for r in rows if by_i[r["i"]] == "correct")
    for kind, count in sorted(per_type.items(), key=lambda kv: (-kv[1], kv[0])):
        lines.append(f"{kind:<16} {count:>4} {right[kind]:>8} {right[kind] / count:>6.2f}")
    lines += ["", f"{'rule':<40} {'n':>4} {'correct':>8}"]
    per_rule = Counter(r["rule"] for r in rows)
    right_rule = Counter(r["rule"] for r in rows if by_i[r["i"]] == "correct")
    for rule, count in sorted(per_rule.items(), key=lambda kv: (-kv[1], kv[0])):
        lines.append(f"{rule:<40} {count:>4} {right_rule[rule]:>8}")
    return "\n".join(lines)


def relation_yield(graph: dict) -> str:
    words = sum(d.get("words", 0) for d in graph["graph"]["documents"])
    count = len(graph["edges"])
    return (f"{count} relations, {words} words, {len(graph['graph']['documents'])} documents: "
            f"{1000 * count / max(words, 1):.1f} relations per 1,000 words")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    texts = commands.add_parser("texts", help="write the population's articles as text files")
    texts.add_argument("--out", type=Path, required=True)
    sheet = commands.add_parser("sheet", help="draw relations into a judging sheet")
    sheet.add_argument("--graph", type=Path, required=True)
    sheet.add_argument("--texts", type=Path, required=True)
    sheet.add_argument("--n", type=int, default=120)
    sheet.add_argument("--seed", type=int, required=True)
    sheet.add_argument("--out", type=Path, required=True, help="the full sheet; OUT with .judge.json is the judges' copy")
    scored = commands.add_parser("score", help="precision from a sheet and its verdicts")
    scored.add_argument("--sheet", type=Path, required=True)
    scored.add_argument("--verdicts", type=Path, required=True, nargs="+",
                        help="one verdict file per judge (their rows together cover the sheet)")
    yielded = commands.add_parser("yield", help="relations per 1,000 words of a graph")
    yielded.add_argument("--graph", type=Path, required=True)
    args = parser.parse_args()
    if args.command == "texts":
        print(f"wrote {write_texts(args.out)} articles to {args.out}")
    elif args.command == "sheet":
        graph = json.loads(args.graph.read_text(encoding="utf-8"))
        rows = sheet_rows(graph, args.texts, args.n, args.seed)
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text(json.dumps(rows, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
        judges = args.out.with_suffix(".judge.json")
        judges.write_text(json.dumps(judge_view(rows), indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
        print(f"{len(rows)} rows of {len(graph['edges'])} relations (seed {args.seed}): {args.out}, {judges}")
    elif args.command == "score":
        rows = json.loads(args.sheet.read_text(encoding="utf-8"))
        verdicts = [v for path in args.verdicts for v in json.loads(path.read_text(encoding="utf-8"))]
        print(score(rows, verdicts))
    else:
        print(relation_yield(json.loads(args.graph.read_text(encoding="utf-8"))))


if __name__ == "__main__":
    sys.exit(main())
