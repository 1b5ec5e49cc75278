"""Pick the development articles by fixed, written-down rules (not by how well the tool does on them).

Round 1 (25 articles, seed 20261125): an article qualifies when its text has 150-650 words, names at
least three different states from pycountry (common name or name, case-sensitive), and contains at
least two of the politics keywords below. From the qualifying articles, 25 were drawn with
random.Random(SEED); the first 20 drawn were the development split, the last 5 the held-back split.
Those 5 were scored once and then used for repairs, so they are development articles now.

Round 2 (40 articles, seed 20261204), wider in outlets and topics: 150-700 words, at least one
pycountry state named, and at least one of the actor keywords below (politics, business, courts,
security, diplomacy). Articles of round 1 and the ids in ../shared/eval/reserved_ids.txt are never
drawn. The draw is stratified by outlet (the host of the source link): outlets in a shuffled order,
one article from each outlet in turn, until 40 are drawn. The held-back test split is the first
article drawn from every outlet plus the second one from the first six outlets in that order (15);
the other 25 are development articles. That split was scored once (2026-12-04) and then became
development articles like round 1's.

Round 3 (18 articles, seed 20261205): the held-back test split of the next round, drawn by round 2's
rule and stratified draw from the articles not drawn before (and never the reserved ids): two from
every outlet. All 18 were test articles until the split was scored once (2026-12-04); they are
development articles since.

Round 4 (18 articles, seed 20261206): the next held-back split, drawn the same way as round 3 from
the articles not drawn before (never the reserved ids): two from every outlet. They were test
articles until the split was scored once (2026-12-05); they are development articles since.

Round 5 (18 articles, seed 20261207): the next held-back split, drawn the same way from the articles
not drawn before (never the reserved ids): two from every outlet. They were test articles until the
split was scored once (2026-12-05); they are development articles since.

Rounds 6 to 28 (18 articles each, seeds 20261208 to 20261230, listed in HELD_BACK): each the next
held-back split, drawn the same way. A round's split stays test until it is scored once at the end
of its round, and the next round makes it development articles; its figures are in devset/README.md
(Splits). Round 28's is the split still held back.

    python devset/pick_articles.py > devset/articles.tsv
"""
from __future__ import annotations

import random
import re
import sys
from pathlib import Path
from urllib.parse import urlparse

import pycountry

from corpus import articles

SEED = 20261125
WORDS = (150, 650)
KEYWORDS = (
    "minister", "president", "sanction", "talks", "visit", "accuse", "denied", "summit",
    "military", "war", "treaty", "ambassador", "election", "deal", "troops", "prime minister",
)

SEED_2 = 20261204
WORDS_2 = (150, 700)
ROUND_2 = 40
ACTOR_KEYWORDS = (
    "minister", "president", "government", "leader", "official", "spokesman", "spokeswoman",
    "chief", "party", "company", "court", "police", "army", "ambassador", "agency", "union",
    "parliament", "chairman", "executive", "judge", "rebels", "militants",
)
# rounds 3 to 28: (round, seed, articles, split); only the last round's split is still held back
HELD_BACK = (
    (3, 20261205, 18, "dev"),
    (4, 20261206, 18, "dev"),
    (5, 20261207, 18, "dev"),
    (6, 20261208, 18, "dev"),
    (7, 20261209, 18, "dev"),
    (8, 20261210, 18, "dev"),
    (9, 20261211, 18, "dev"),
    (10, 20261212, 18, "dev"),
    (11, 20261213, 18, "dev"),
    (12, 20261214, 18, "dev"),
    (13, 20261215, 18, "dev"),
    (14, 20261216, 18, "dev"),
    (15, 20261217, 18, "dev"),
    (16, 20261218, 18, "dev"),
    (17, 20261219, 18, "dev"),
    (18, 20261220, 18, "dev"),
    (19, 20261221, 18, "dev"),
    (20, 20261222, 18, "dev"),
    (21, 20261223, 18, "dev"),
    (22, 20261224, 18, "dev"),
    (23, 20261225, 18, "dev"),
    (24, 20261226, 18, "dev"),
    (25, 20261227, 18, "dev"),
    (26, 20261228, 18, "dev"),
    (27, 20261229, 18, "dev"),
    (28, 20261230, 18, "test"),
)
RESERVED = Path(__file__).resolve().parents[2] / "shared" / "eval" / "reserved_ids.txt"


def state_names() -> set[str]:
    names = set()
    for country in pycountry.countries:
        for attr in ("name", "common_name"):
            value = getattr(country, attr, None)
            if value and "," not in value:
                names.add(value)
    return names


def named_states(text: str, states: set[str]) -> set[str]:
    return {s for s in states if re.search(rf"\b{re.escape(s)}\b", text)}


def qualifies(text: str, states: set[str]) -> bool:
    """Round 1's rule (also the rule of the 246 'qualifying' corpus articles the yield is measured on)."""
    words = len(text.split())
    if not WORDS[0] <= words <= WORDS[1]:
        return False
    lower = text.lower()
    return len(named_states(text, states)) >= 3 and sum(k in lower for k in KEYWORDS) >= 2


def qualifies_wide(text: str, states: set[str]) -> bool:
    """Round 2's rule: any topic with a state and an actor in it."""
    words = len(text.split())
    if not WORDS_2[0] <= words <= WORDS_2[1]:
        return False
    lower = text.lower()
    return bool(named_states(text, states)) and any(re.search(rf"\b{k}", lower) for k in ACTOR_KEYWORDS)


def reserved_ids() -> set[str]:
    """Ids kept for an independent evaluation; without the file nothing is drawn (never guess)."""
    if not RESERVED.is_file():
        raise SystemExit(f"{RESERVED} is absent: the reserved ids must be skipped when drawing")
    lines = RESERVED.read_text(encoding="utf-8").splitlines()
    return {line.strip() for line in lines if line.strip() and not line.startswith("#")}


def outlet(article: dict) -> str:
    return urlparse(article["article_source_link"]).netloc.removeprefix("www.")


def round_1(corpus: list[dict], states: set[str]) -> list[tuple[dict, str]]:
    pool = sorted((a for a in corpus if qualifies(a["text"], states)), key=lambda a: int(a["article_id"]))
    picked = random.Random(SEED).sample(pool, 25)
    print(f"# round 1: {len(pool)} qualifying articles; seed {SEED}", file=sys.stderr)
    return [(article, "dev") for article in picked]


def stratified(pool: list[dict], seed: int, count: int) -> list[tuple[dict, int, int]]:
    """Outlets in a shuffled order, one article from each in turn: (article, turn, outlet rank)."""
    rng = random.Random(seed)
    by_outlet: dict[str, list[dict]] = {}
    for article in pool:
        by_outlet.setdefault(outlet(article), []).append(article)
    outlets = sorted(by_outlet)
    rng.shuffle(outlets)
    queues = {name: rng.sample(by_outlet[name], len(by_outlet[name])) for name in outlets}
    drawn: list[tuple[dict, int, int]] = []
    turn = 0
    while len(drawn) < count:
        for rank, name in enumerate(outlets):
            if len(drawn) < count and turn < len(queues[name]):
                drawn.append((queues[name][turn], turn, rank))
        turn += 1
    return drawn


def wide_pool(corpus: list[dict], states: set[str], taken: set[str]) -> list[dict]:
    excluded = taken | reserved_ids()
    return sorted((a for a in corpus if a["article_id"] not in excluded and qualifies_wide(a["text"], states)),
                  key=lambda a: int(a["article_id"]))


def round_2(corpus: list[dict], states: set[str], taken: set[str]) -> list[tuple[dict, str]]:
    pool = wide_pool(corpus, states, taken)
    drawn = stratified(pool, SEED_2, ROUND_2)
    print(f"# round 2: {len(pool)} qualifying articles; seed {SEED_2}", file=sys.stderr)
    # round 2's test split was scored once and is development text now
    return [(article, "dev") for article, _, _ in drawn]


def held_back(corpus: list[dict], states: set[str], taken: set[str], number: int, seed: int,
              count: int, split: str) -> list[tuple[dict, str]]:
    """Rounds 3 to 11: round 2's rule, stratified, two per outlet from the articles not drawn before."""
    pool = wide_pool(corpus, states, taken)
    print(f"# round {number}: {len(pool)} qualifying articles; seed {seed}", file=sys.stderr)
    return [(article, split) for article, _, _ in stratified(pool, seed, count)]


def main() -> None:
    states = state_names()
    corpus = articles()
    first = round_1(corpus, states)
    second = round_2(corpus, states, {a["article_id"] for a, _ in first})
    rounds = [(1, first), (2, second)]
    for number, seed, count, split in HELD_BACK:
        taken = {article["article_id"] for _, picked in rounds for article, _ in picked}
        rounds.append((number, held_back(corpus, states, taken, number, seed, count, split)))
    print("article_id\tsplit\tround\toutlet\ttitle")
    for number, picked in rounds:
        for article, split in picked:
            print(f"{article['article_id']}\t{split}\t{number}\t{outlet(article)}\t{article['title']}")


if __name__ == "__main__":
    main()
