"""Pick the development articles by a fixed, written-down rule (not by how well the tool does on them).

Rule: an article qualifies when its text has 150-650 words, names at least three different states
from pycountry (common name or name, case-sensitive), and contains at least two of the politics
keywords below. From the qualifying articles, 25 are drawn with random.Random(SEED); the first 20
drawn are the development split, the last 5 the held-back test split.

    python devset/pick_articles.py > devset/articles.tsv
"""
from __future__ import annotations

import random
import re
import sys

import pycountry

from corpus import articles

SEED = 20261125
WORDS = (150, 650)
KEYWORDS = (
    "minister", "president", "sanction", "talks", "visit", "accuse", "denied", "summit",
    "military", "war", "treaty", "ambassador", "election", "deal", "troops", "prime minister",
)


def state_names() -> set[str]:
    names = set()
    for country in pycountry.countries:
        for attr in ("name", "common_name"):
            value = getattr(country, attr, None)
            if value and "," not in value:
                names.add(value)
    return names


def qualifies(text: str, states: set[str]) -> bool:
    words = len(text.split())
    if not WORDS[0] <= words <= WORDS[1]:
        return False
    named = {s for s in states if re.search(rf"\b{re.escape(s)}\b", text)}
    lower = text.lower()
    return len(named) >= 3 and sum(k in lower for k in KEYWORDS) >= 2


def main() -> None:
    states = state_names()
    pool = [a for a in articles() if qualifies(a["text"], states)]
    pool.sort(key=lambda a: int(a["article_id"]))
    picked = random.Random(SEED).sample(pool, 25)
    print(f"# {len(pool)} qualifying articles; seed {SEED}", file=sys.stderr)
    print("article_id\tsplit\ttitle")
    for i, article in enumerate(picked):
        split = "dev" if i < 20 else "test"
        print(f"{article['article_id']}\t{split}\t{article['title']}")


if __name__ == "__main__":
    main()
