"""Short made-up news articles for the scale tests (workers, resume, Dask): varied, deterministic, quick.

Each article is a few sentences built from templates the rules know (meetings, visits, accusations,
denials, roles), over a pool of real-looking names, so the graph has entities and relations from
many documents that merge into shared nodes.
"""
from __future__ import annotations

import json
import random
from pathlib import Path

PEOPLE = ["Emmanuel Macron", "Olaf Scholz", "Joe Biden", "Vladimir Putin", "Kim Jong Un", "Sergei Shoigu",
          "Angela Merkel", "Narendra Modi", "Xi Jinping", "Recep Tayyip Erdogan", "Boris Johnson", "Justin Trudeau"]
STATES = ["France", "Germany", "Russia", "China", "India", "Turkey", "Canada", "Japan", "North Korea", "Iran"]
CITIES = ["Berlin", "Paris", "Moscow", "Beijing", "Ankara", "Ottawa", "Tokyo", "Tehran"]
TEMPLATES = [
    "{p1} met {p2} in {city} on Monday.",
    "{p1} visited {state} last week.",
    "The {adj} Defense Minister {p2} watched the parade.",
    "{state} has accused {state2} of supplying arms to {state3}.",
    "{state2} denied the allegation on Tuesday.",
    "{p1} said that {state} would work with {state2} on trade.",
    "Officials in {city} said the talks between {p1} and {p2} were useful.",
    "{p2} criticized {p1} over the sanctions on {state3}.",
]
ADJECTIVES = {"France": "French", "Germany": "German", "Russia": "Russian", "China": "Chinese", "India": "Indian",
              "Turkey": "Turkish", "Canada": "Canadian", "Japan": "Japanese", "North Korea": "North Korean",
              "Iran": "Iranian"}


def articles(count: int, *, seed: int = 7, sentences: int = 8) -> list[dict]:
    """``count`` articles as dicts with the default column names (article_id, title, publish_date, text)."""
    rng = random.Random(seed)
    out = []
    for number in range(1, count + 1):
        lines = []
        for _ in range(sentences):
            p1, p2 = rng.sample(PEOPLE, 2)
            state, state2, state3 = rng.sample(STATES, 3)
            lines.append(rng.choice(TEMPLATES).format(p1=p1, p2=p2, state=state, state2=state2, state3=state3,
                                                      city=rng.choice(CITIES), adj=ADJECTIVES[state]))
        title = lines[0].rstrip(".")
        out.append({"article_id": str(number), "title": title, "publish_date": f"2017/{1 + number % 12}/{1 + number % 28}",
                    "article_source_link": f"https://news.example.com/{number}", "text": "\n\n".join(lines) + "\n"})
    return out


def write_jsonl(path: Path, rows: list[dict]) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8")
    return path
