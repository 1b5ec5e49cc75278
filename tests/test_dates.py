"""The dates stage (kg/dates.py): sentences written for its mechanisms, through the real spaCy model,
and the pieces it is made of (reading one DATE entity, periods, the --since/--until filter).

Each row: an id, the text, the publication date ("" for none), and the dates expected on relations
as (type, source, target, date, basis, since). A date of "" expects the relation with no date.
"""
from __future__ import annotations

from datetime import date

import pytest

from kg.clean import clean_text
from kg.dates import in_period, period_bounds, published_date
from kg.names import norm
from kg.nlp import load_pipeline
from kg.pipeline import extract_document
from kg.read import document_from_text

P = "published"
S = "stated"

ROWS = [
    # clause attachment: the date hangs on the relation's own verb
    ("verb-weekday", "Emmanuel Macron visited Algeria on Tuesday.", "2017-02-16",
     [("VISITED", "Emmanuel Macron", "Algeria", "2017-02-14", S, False)]),
    ("verb-weekday-same-day", "Emmanuel Macron visited Algeria on Thursday.", "2017-02-16",
     [("VISITED", "Emmanuel Macron", "Algeria", "2017-02-16", S, False)]),
    ("verb-month-year", "In November 2022 Iran supplied drones to Russia, officials said.", "2023-07-28",
     [("SUPPLIED_ARMS_TO", "Iran", "Russia", "2022-11", S, False)]),
    ("verb-bare-month", "Angela Merkel met Shinzo Abe in January.", "2017-03-02",
     [("MET", "Angela Merkel", "Shinzo Abe", "2017-01", S, False)]),
    ("verb-year", "Russia annexed Crimea and attacked Ukraine in 2014.", "2017-03-02",
     [("ATTACKED", "Russia", "Ukraine", "2014", S, False)]),
    ("verb-last-month", "Turkey criticized Germany last month.", "2017-03-02",
     [("CRITICIZED", "Turkey", "Germany", "2017-02", S, False)]),
    # a happening's date dates taking part in it, not a later act about it
    ("object-date-attended", "Shinzo Abe attended Wednesday's ceremony.", "2017-02-16",
     [("ATTENDED", "Shinzo Abe", "ceremony", "2017-02-15", S, False)]),
    ("object-date-criticized", "Jens Stoltenberg condemned the January 29 raid.", "2017-02-16",
     [("CRITICIZED", "Jens Stoltenberg", "raid", "2017-02-16", P, False)]),
    # office starts: taking office, dated in another sentence, dates the one office held
    ("office-start-elsewhere", "US President Donald Trump criticized Mexico. Trump took office in January.", "2017-03-02",
     [("LEADER_OF", "Donald Trump", "United States", "2017-01", S, True),
      ("CRITICIZED", "Donald Trump", "Mexico", "2017-03-02", P, False)]),
    ("office-start-relative", "Somalia's new President Mohamed Farmajo named a prime minister on Thursday. "
     "The president, who was inaugurated on Wednesday, promised security.", "2017-02-24",
     [("LEADER_OF", "Mohamed Farmajo", "Somalia", "2017-02-22", S, True)]),
    # planned facts read forward
    ("planned-weekday", "Rex Tillerson will visit China on Saturday.", "2017-03-15",
     [("VISITED", "Rex Tillerson", "China", "2017-03-18", S, False)]),
    # a start
    ("since-year", "Poland has been a member of NATO since 1999.", "2017-03-02",
     [("MEMBER_OF", "Poland", "NATO", "1999", S, True)]),
    ("role-start", "Emmanuel Macron was elected president of France in May 2017.", "2017-06-02",
     [("LEADER_OF", "Emmanuel Macron", "France", "2017-05", S, True)]),
    # no date in the clause: the publication date
    ("no-date", "Jens Stoltenberg criticized Russia.", "2017-03-02",
     [("CRITICIZED", "Jens Stoltenberg", "Russia", "2017-03-02", P, False)]),
    # a date on another clause does not date the fact
    ("other-clause", "Sigmar Gabriel criticized Turkey after he took office in January.", "2017-03-02",
     [("CRITICIZED", "Sigmar Gabriel", "Turkey", "2017-03-02", P, False)]),
    # a title is not dated by the saying around it
    ("title-not-dated", "French President Francois Hollande said on Friday that the talks had failed.", "2017-03-02",
     [("LEADER_OF", "Francois Hollande", "France", "2017-03-02", P, False)]),
    # durations are not dates
    ("duration", "Saudi Arabia has attacked Yemen for two years.", "2017-03-02",
     [("ATTACKED", "Saudi Arabia", "Yemen", "2017-03-02", P, False)]),
    # a relative date without a publication date is never guessed; one that names its year is read
    ("undated-relative", "Emmanuel Macron visited Algeria on Tuesday.", "",
     [("VISITED", "Emmanuel Macron", "Algeria", "", "", False)]),
    ("undated-absolute", "Emmanuel Macron visited Algeria in February 2017.", "",
     [("VISITED", "Emmanuel Macron", "Algeria", "2017-02", S, False)]),
    # a light verb carries its noun's date
    ("light-verb", "Vladimir Putin paid a visit to Turkey on Monday.", "2017-03-02",
     [("VISITED", "Vladimir Putin", "Turkey", "2017-02-27", S, False)]),
]


def dated_relations(text: str, published: str) -> list[tuple]:
    document = document_from_text(text, doc_id="t.txt", path="t.txt", date=published)
    result = extract_document(load_pipeline()(clean_text(document.text)), document)
    names = {e.ref: {norm(e.name), *(norm(a) for a in e.aliases)} for e in result.entities}
    return [(r.type, names.get(r.source, {norm(r.source.name)}), names.get(r.target, {norm(r.target.name)}),
             r.evidence.date, r.evidence.date_basis, r.evidence.date_since) for r in result.relations]


def _named(expected: str, names: set[str]) -> bool:
    want = set(norm(expected).split())
    return any(want <= set(n.split()) for n in names)


@pytest.mark.parametrize("row_id,text,published,expected", ROWS, ids=[row[0] for row in ROWS])
def test_date_row(row_id, text, published, expected):
    relations = dated_relations(text, published)
    for rel_type, source, target, when, basis, since in expected:
        found = [(d, b, s) for t, src, tgt, d, b, s in relations
                 if t == rel_type and _named(source, src) and _named(target, tgt)]
        assert found, f"missing {source} -{rel_type}-> {target} in {relations}"
        assert (when, basis, since) in found, f"{source} -{rel_type}-> {target}: {found}, expected {(when, basis, since)}"


def test_published_date_keeps_its_precision_and_refuses_what_is_not_iso():
    assert published_date("2017-02-15").precision == "day"
    assert published_date("2017-02").precision == "month"
    assert published_date("Feb 15, 2017").date == ""


@pytest.mark.parametrize("value, first, last", [
    ("2017-02-15", date(2017, 2, 15), date(2017, 2, 15)),
    ("2016-02", date(2016, 2, 1), date(2016, 2, 29)),
    ("2017", date(2017, 1, 1), date(2017, 12, 31)),
])
def test_period_bounds(value, first, last):
    assert period_bounds(value) == (first, last)


def test_period_filter_overlaps_coarse_dates_and_keeps_starts_open():
    from kg.records import Evidence, Ref, Relation

    def rel(when: str, since: bool = False) -> Relation:
        evidence = Evidence("d", "s", 0, 1, "r", date=when, date_since=since)
        return Relation("MET", Ref("Person", "A"), Ref("Person", "B"), evidence)

    feb = (date(2017, 2, 10), date(2017, 2, 20))
    assert in_period(rel("2017-02"), *feb)
    assert in_period(rel("2017"), *feb)
    assert not in_period(rel("2017-03-01"), *feb)
    assert in_period(rel("1999", since=True), *feb)
    assert not in_period(rel(""), *feb)
    assert in_period(rel("2017-02-12"), None, None)
