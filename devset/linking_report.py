"""Figures for docs/entity-resolution.md from a finished ``kg build --out DIR`` over the corpus.

Reads DIR/checkpoint.jsonl (every document's result), folds it three ways -- no cross-document
resolution, the packaged alias table only, the linker (kg/link.py) -- and prints the nodes per label,
the decisions per rule, where the names the issue names ended up, and a fixed-seed sample of merge
decisions with the contexts needed to judge them by hand.

    python devset/linking_report.py out --sample 30 --seed 4
"""
from __future__ import annotations

import argparse
import json
import random
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from kg.aliases import load_aliases  # noqa: E402
from kg.checkpoint import result_from_json  # noqa: E402
from kg.graph import GraphBuilder  # noqa: E402
from kg.link import link, merge_rows  # noqa: E402
from kg.names import norm  # noqa: E402
from kg.records import Ref  # noqa: E402

LABELS = ("Person", "State", "Organization")
#: Rules that decide on evidence; the sample is drawn from these (spelling and table lines need no judging).
JUDGED = ("middle-name", "surname", "surname-dominant", "acronym", "acronym-dominant", "short-name", "short-name-dominant")
WATCHED = [("Person", n) for n in ("Trump", "Donald Trump", "Donald J. Trump", "President Trump", "Kim", "Kim Jong-un")] + \
          [("State", n) for n in ("United States", "U.S.", "US", "America", "Washington")] + \
          [("Organization", n) for n in ("EU", "the EU", "European Union")]


def builder_from(out: Path) -> GraphBuilder:
    builder = GraphBuilder()
    with (out / "checkpoint.jsonl").open(encoding="utf-8") as lines:
        next(lines)
        for line in lines:
            builder.add(result_from_json(json.loads(line)["result"]))
    return builder


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--sample", type=int, default=30)
    parser.add_argument("--seed", type=int, default=4)
    args = parser.parse_args()

    builder = builder_from(args.out)
    table = load_aliases()
    linking = link(builder.entity_names(), table)
    print(f"documents: {len(builder.documents)}")
    print("| nodes | " + " | ".join(LABELS) + " |")
    for what, resolver in (("no cross-document resolution", None), ("packaged alias table only", table.canonical),
                           ("linker (kg/link.py)", linking.resolve)):
        graph = builder.graph(resolver)
        labels = Counter(d["label"] for _, d in graph.nodes(data=True))
        print(f"| {what} | " + " | ".join(f"{labels[label]:,}" for label in LABELS) + " |")
    rules = Counter(m.rule for m in linking.merges)
    print("decisions: " + ", ".join(f"{rule} {count}" for rule, count in rules.most_common()))
    names = builder.entity_names()
    for label, name in WATCHED:
        ref = Ref(label, name)
        if ref in names:
            print(f"{label} {name!r} ({len(names[ref].documents)} documents) -> node {linking.resolve(ref).name!r}")
            continue
        holders = sorted(((len(d["documents"]), d["name"]) for _, d in graph.nodes(data=True)
                          if d["label"] == label and any(norm(a) == norm(name) for a in d["aliases"])), reverse=True)
        print(f"{label} {name!r}: no node of its own; an in-document alias of "
              + ", ".join(f"{n!r} ({c} documents)" for c, n in holders[:3]))

    judged = [row for row in merge_rows(linking) if row["rule"] in JUDGED]
    sample = random.Random(args.seed).sample(judged, min(args.sample, len(judged)))
    print(f"\nsample of {len(sample)} of {len(judged)} judged decisions (seed {args.seed}):")
    for i, row in enumerate(sorted(sample, key=lambda r: (r["rule"], r["alias"])), 1):
        alias = names.get(Ref(row["label"], row["alias"]))
        node = names.get(Ref(row["node_label"], row["node"]))
        print(f"{i:2}. [{row['rule']}] {row['label']} {row['alias']!r} -> {row['node']!r}")
        print(f"    {row['evidence']}")
        for title, acc in (("alias", alias), ("node", node)):
            if acc is not None:
                docs = sorted(acc.documents)
                print(f"    {title}: {len(docs)} documents ({', '.join(docs[:3])}); aliases: {', '.join(sorted(acc.aliases)[:8])}")


if __name__ == "__main__":
    main()
