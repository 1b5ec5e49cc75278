"""Put the relations' dates into the gold files from two independent date annotations.

Each annotator writes ``annotations/dates-<x>/news_NNNN.dates.json`` (one entry per gold relation, by
index: ``date`` or null, ``date_since``, the ``cue`` words). Where both agree the date goes into the gold
file; where they differ, the adjudicator's decision does (``--decisions``, a JSON object
``{"news_NNNN.gold.json": {"<index>": {"date": ..., "date_since": ...}}}``); a disagreement without a
decision is listed and nothing is written.

    python devset/merge_dates.py --a annotations/dates-c --b annotations/dates-d --disagreements /tmp/dis.json
    python devset/merge_dates.py --a annotations/dates-c --b annotations/dates-d --decisions annotations/dates-adjudicated.json --write
"""
from __future__ import annotations

import argparse
import json
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent


def entries(folder: Path, gold_name: str) -> list[dict]:
    path = folder / gold_name.replace(".gold.json", ".dates.json")
    return json.loads(path.read_text(encoding="utf-8"))["relations"]


def decided(entry: dict) -> tuple[str, bool]:
    return entry.get("date") or "", bool(entry.get("date") and entry.get("date_since"))


def merge(a: Path, b: Path, decisions: dict) -> tuple[dict[str, list[tuple[str, bool]]], list[dict]]:
    """Per gold file, the (date, since) of every relation; and the open disagreements."""
    merged, open_items = {}, []
    for gold_path in sorted((HERE / "gold").glob("*.gold.json")):
        relations = json.loads(gold_path.read_text(encoding="utf-8"))["relations"]
        first, second = entries(a, gold_path.name), entries(b, gold_path.name)
        if not len(first) == len(second) == len(relations):
            raise SystemExit(f"{gold_path.name}: {len(relations)} relations, annotations have {len(first)} and {len(second)}")
        rows = []
        for index, (rel, x, y) in enumerate(zip(relations, first, second)):
            if (x["source"], x["type"], x["target"]) != (rel["source"], rel["type"], rel["target"]):
                raise SystemExit(f"{gold_path.name}: entry {index} does not match relation {index} of the gold file")
            choice = decisions.get(gold_path.name, {}).get(str(index))
            if choice is not None:
                rows.append(decided(choice))
            elif decided(x) == decided(y):
                rows.append(decided(x))
            else:
                rows.append(("?", False))
                open_items.append({"gold": gold_path.name, "index": index, "relation": rel,
                                   "a": {k: x.get(k) for k in ("date", "date_since", "cue")},
                                   "b": {k: y.get(k) for k in ("date", "date_since", "cue")}})
        merged[gold_path.name] = rows
    return merged, open_items


def write_gold(gold_name: str, dates: list[tuple[str, bool]]) -> None:
    """Set each relation's date in the gold file, one relation per line as the files are laid out."""
    path = HERE / "gold" / gold_name
    data = json.loads(path.read_text(encoding="utf-8"))
    for rel, (when, since) in zip(data["relations"], dates):
        rel.pop("date", None)
        rel.pop("date_since", None)
        if when:
            rel["date"] = when
            if since:
                rel["date_since"] = True
    text = path.read_text(encoding="utf-8")
    head = text[:text.index('"relations"')]
    lines = ",\n".join("    " + json.dumps(rel, ensure_ascii=False) for rel in data["relations"])
    tail = '"relations": [\n' + lines + "\n  ]\n}\n"
    new = head + tail
    if json.loads(new) != data:
        raise SystemExit(f"{gold_name}: the rewritten file does not hold the same data")
    path.write_text(new, encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--a", type=Path, required=True)
    parser.add_argument("--b", type=Path, required=True)
    parser.add_argument("--decisions", type=Path)
    parser.add_argument("--disagreements", type=Path, help="write the open disagreements here (JSON)")
    parser.add_argument("--write", action="store_true", help="write the dates into the gold files")
    args = parser.parse_args()
    decisions = json.loads(args.decisions.read_text(encoding="utf-8")) if args.decisions else {}
    merged, open_items = merge(args.a, args.b, decisions)
    total = sum(len(rows) for rows in merged.values())
    dated = sum(1 for rows in merged.values() for when, _ in rows if when and when != "?")
    print(f"{total} relations, {dated} dated, {len(open_items)} disagreements open")
    if args.disagreements:
        args.disagreements.write_text(json.dumps(open_items, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    if args.write:
        if open_items:
            raise SystemExit("disagreements are open: decide them first (--decisions)")
        for gold_name, rows in merged.items():
            write_gold(gold_name, rows)
        print(f"wrote dates into {len(merged)} gold files")


if __name__ == "__main__":
    main()
