"""Reading and cleaning: offsets survive, boilerplate goes by rule, bad files get one-line reasons."""
from __future__ import annotations

from pathlib import Path

import pytest

from kg.clean import boilerplate_lines, clean_text, is_boilerplate
from kg.read import read_documents
from kg.records import Document, Skipped
from kg.rules import load_lexicon

ARTICLE = """Ministers meet in Brussels

The foreign ministers of the European Union met in Brussels on Monday. They agreed on new sanctions.

Read more
Share on Facebook
You may also like
Breaking News
Back to top
%d bloggers like this:
Subscribe to our newsletter
Copyright 2023 Example Media. All rights reserved.
"""


def test_cleaning_keeps_length_and_offsets():
    cleaned = clean_text(ARTICLE)
    assert len(cleaned) == len(ARTICLE)
    start = ARTICLE.index("The foreign")
    assert cleaned[start:start + 40] == ARTICLE[start:start + 40]


def test_footer_block_and_furniture_are_blanked_but_not_the_headline():
    cleaned = clean_text(ARTICLE)
    assert cleaned.startswith("Ministers meet in Brussels")
    for line in ("Read more", "Share on Facebook", "You may also like", "Breaking News", "Back to top",
                 "%d bloggers like this:", "Subscribe to our newsletter", "All rights reserved"):
        assert line not in cleaned, line
    assert "They agreed on new sanctions." in cleaned


@pytest.mark.parametrize("line", ["Show More", "Related Articles", "Back to top button", "Load more comments",
                                  "Follow us on Twitter", "{count} comments", "Tags: politics, Europe"])
def test_page_furniture_anywhere(line):
    assert is_boilerplate(line)


@pytest.mark.parametrize("line", ["Breaking the deadlock, the ministers agreed.", "Share prices fell by 3%.",
                                  "Kim and Shoigu inspect military parade", "More than 40 people died."])
def test_sentences_are_not_boilerplate(line):
    assert not is_boilerplate(line)


def test_short_lines_inside_the_article_are_kept():
    text = "Title line\n\nFirst paragraph ends here.\n\nA subheading\n\nSecond paragraph ends too.\n"
    assert boilerplate_lines(text) == []


def test_read_folder_recursively_in_sorted_order(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "two.txt").write_text("Second article.\n", encoding="utf-8")
    (tmp_path / "one.txt").write_text("\ufeffFirst headline\n\nFirst article.\n", encoding="utf-8")
    (tmp_path / "notes.md").write_text("not read", encoding="utf-8")
    items = list(read_documents([tmp_path]))
    assert [d.id for d in items] == ["b/two.txt", "one.txt"]
    first = items[1]
    assert isinstance(first, Document) and first.title == "First headline" and not first.text.startswith("\ufeff")
    assert len(first.sha256) == 64


def test_read_reports_problems_per_file(tmp_path):
    (tmp_path / "bad.txt").write_bytes(b"caf\xe9")
    items = list(read_documents([tmp_path, tmp_path / "missing.txt"]))
    assert all(isinstance(i, Skipped) for i in items)
    assert "not UTF-8 text (byte 0xe9 at offset 3)" in items[0].reason
    assert items[1].reason == "no such file or directory"


@pytest.mark.parametrize("text,cleaned", [
    ("Khan, Pakistan's-interior minister, said-on Thursday", "Khan, Pakistan's interior minister, said on Thursday"),
    ("of President Donald Trump-on Wednesday", "of President Donald Trump on Wednesday"),
    ("a year-on-year rise, face-to-face talks, editor-in-chief, one-on-one, would-be",
     "a year-on-year rise, face-to-face talks, editor-in-chief, one-on-one, would-be"),
    ("Kutschaty, a-member of the-party's group, spoke on-Thursday in-Dublin to an-audience",
     "Kutschaty, a member of the party's group, spoke on Thursday in Dublin to an audience"),
    ("A-share prices, an A-list guest, an in-depth by-election report, her in-laws",
     "A-share prices, an A-list guest, an in-depth by-election report, her in-laws"),
])
def test_a_hyphen_before_a_function_word_or_after_a_possessive_is_a_lost_space(text, cleaned):
    assert clean_text(text) == cleaned


@pytest.mark.parametrize("text,cleaned", [
    ("spokesman Pierre-Henry Brandet in Schleswig-Holstein", "spokesman Pierre-Henry Brandet in Schleswig-Holstein"),
    ("the explorer-Soma Oil", "the explorer Soma Oil"),
    ("Hungarian-Prime Minister Viktor Orban and the Metropolitan Police-Neil Basu",
     "Hungarian Prime Minister Viktor Orban and the Metropolitan Police Neil Basu"),
    ("Actor Richard-Gere met Angela-Merkel. Richard Gere said", "Actor Richard Gere met Angela-Merkel. Richard Gere said"),
])
def test_a_hyphen_between_capitalised_words_is_a_names_own_unless_a_title_or_the_article_says_otherwise(text, cleaned):
    assert clean_text(text, load_lexicon().unhyphenated_words) == cleaned
