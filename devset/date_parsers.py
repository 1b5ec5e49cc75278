"""Compare dateparser and python-dateutil on the dev set's dated relations (why kg/dates.py uses dateparser).

For every gold relation with a date, the annotator's cue words (``annotations/dates-c``) are parsed by
the spaCy pipeline; its first DATE entity is read by each library against the article's publication
date, and the result is compared with the gold date:

* dateparser, as kg/dates.py reads it (``kg.dates.read_date``: precision from dateparser's period);
* python-dateutil, ``parser.parse(text, default=published, fuzzy=True)``, which has no precision: it
  is compared at the gold's precision (generous to it), and relative words it cannot read fail.

    python devset/date_parsers.py
"""
from __future__ import annotations

import json
from datetime import date, datetime
from pathlib import Path

from dateutil import parser as dateutil_parser

from kg.dates import read_date
from kg.nlp import load_pipeline
from kg.rules import load_lexicon

HERE = Path(__file__).resolve().parent


def cases() -> list[tuple[str, str, str]]:
    """(cue, publication date, gold date) of every dated gold relation that has a cue."""
    found = []
    for gold_path in sorted((HERE / "gold").glob("*.gold.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        notes = HERE / "annotations" / "dates-c" / gold_path.name.replace(".gold.json", ".dates.json")
        if not notes.is_file() or gold.get("split") != "dev":
            continue
        cues = json.loads(notes.read_text(encoding="utf-8"))["relations"]
        for rel, note in zip(gold["relations"], cues):
            if rel.get("date") and note.get("cue"):
                found.append((note["cue"], gold["published"], rel["date"]))
    return found


def by_dateutil(text: str, published: date, precision: int) -> str:
    try:
        value = dateutil_parser.parse(text, default=datetime.combine(published, datetime.min.time()), fuzzy=True)
    except (ValueError, OverflowError):
        return ""
    return value.date().isoformat()[:precision]


def main() -> None:
    nlp, lexicon = load_pipeline(), load_lexicon()
    rows = cases()
    right = {"dateparser": 0, "dateutil": 0}
    no_entity = 0
    for cue, published, gold in rows:
        dates = [e for e in nlp(cue).ents if e.label_ == "DATE"]
        if not dates:
            no_entity += 1
            continue
        base = date.fromisoformat(published)
        when = read_date(dates[0], base, forward=False, lexicon=lexicon)
        right["dateparser"] += bool(when and when.date == gold)
        right["dateutil"] += by_dateutil(dates[0].text, base, len(gold)) == gold
    n = len(rows)
    print(f"{n} dated dev relations with a cue; {no_entity} cues hold no DATE entity (both fail those)")
    for name, count in right.items():
        print(f"  {name:<11} {count:>4} right  {count / n:.3f}")


if __name__ == "__main__":
    main()
