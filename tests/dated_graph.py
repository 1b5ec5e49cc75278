"""A small hand-made graph with dates, outlets and a contested fact (no spaCy needed), for the
exporters, the loader, the queries and ``kg show --timeline``.

Three documents: one from Reuters published 2017-02-15, one from KCNA published 2017-03-02, and an
undated text file with no outlet. Between them they give

* VISITED Shoigu -> North Korea from both outlets, stated "on Monday" (2017-02-13) and "in
  February" (2017-02): two sources, dates at two precisions;
* SUPPLIED_ARMS_TO North Korea -> Russia asserted by Reuters (dated by publication) and negated by
  KCNA: contested across sources;
* SUPPLIED_ARMS_TO North Korea -> Wagner alleged by the United States "in November 2022" and denied
  by North Korea, one of its parties: contested by a party;
* LEADER_OF Kim -> North Korea "since 2011" (a start, year precision) and again undated;
* ATTENDED Kim -> military parade, undated: an edge with no date at all.
"""
from __future__ import annotations

from kg.graph import build_graph
from kg.records import DocumentInfo, DocumentResult, Entity, Evidence, Ref, Relation

REUTERS, KCNA, UNDATED = "wire.csv#1", "wire.csv#2", "notes.txt"
KIM = Ref("Person", "Kim Jong Un")
SHOIGU = Ref("Person", "Sergei Shoigu")
NK = Ref("State", "North Korea")
RUSSIA = Ref("State", "Russia")
WAGNER = Ref("Organization", "Wagner")
PARADE = Ref("Event", "military parade")
US = Ref("State", "United States")

INFO = {
    REUTERS: DocumentInfo(REUTERS, "wire.csv", "Shoigu in Pyongyang", "1" * 64, "Reuters", "2017-02-15",
                          "https://reuters.example/1", 120),
    KCNA: DocumentInfo(KCNA, "wire.csv", "Visit of friendship", "2" * 64, "KCNA", "2017-03-02", "", 80),
    UNDATED: DocumentInfo(UNDATED, "texts/notes.txt", "Notes", "3" * 64, "", "", "", 40),
}


_OFFSETS: dict[str, int] = {}


def _ev(doc: str, sentence: str, rule: str, status: str = "asserted", date: str = "", precision: str = "",
        basis: str = "", since: bool = False, attributed_to: tuple[str, ...] = ()) -> Evidence:
    start = _OFFSETS.get(doc, 0)   # the sentences of a document one after the other
    _OFFSETS[doc] = start + len(sentence) + 1
    return Evidence(doc, sentence, start, start + len(sentence), rule, status, attributed_to,
                    date=date, date_precision=precision, date_basis=basis, date_since=since)


RELATIONS = {
    REUTERS: (
        Relation("VISITED", SHOIGU, NK, _ev(REUTERS, "Shoigu arrived in North Korea on Monday.", "visit.verb",
                                            date="2017-02-13", precision="day", basis="stated")),
        Relation("SUPPLIED_ARMS_TO", NK, RUSSIA, _ev(REUTERS, "North Korea supplied shells to Russia.", "supply.verb",
                                                     date="2017-02-15", precision="day", basis="published")),
        Relation("SUPPLIED_ARMS_TO", NK, WAGNER,
                 _ev(REUTERS, "The US says North Korea delivered arms to Wagner in November 2022.", "supply.verb",
                     "alleged", "2022-11", "month", "stated", attributed_to=("United States",)),
                 status="alleged", attributed_to=("United States",), denied_by=("North Korea",)),
        Relation("LEADER_OF", KIM, NK, _ev(REUTERS, "Kim has ruled North Korea since 2011.", "lead.verb",
                                           date="2011", precision="year", basis="stated", since=True),
                 role="ruler"),
    ),
    KCNA: (
        Relation("VISITED", SHOIGU, NK, _ev(KCNA, "Shoigu visited the DPRK in February, KCNA said.", "visit.verb",
                                            "reported", "2017-02", "month", "stated", attributed_to=("KCNA",)),
                 status="reported", attributed_to=("KCNA",)),
        Relation("SUPPLIED_ARMS_TO", NK, RUSSIA, _ev(KCNA, "North Korea did not supply arms to Russia.", "supply.verb",
                                                     "negated", "2017-03-02", "day", "published"),
                 status="negated"),
    ),
    UNDATED: (
        Relation("LEADER_OF", KIM, NK, _ev(UNDATED, "Kim leads North Korea.", "lead.verb"), role="leader"),
        Relation("ATTENDED", KIM, PARADE, _ev(UNDATED, "Kim attended the military parade.", "attend.verb")),
    ),
}
ENTITIES = {
    REUTERS: (KIM, SHOIGU, NK, RUSSIA, WAGNER, US),
    KCNA: (SHOIGU, NK, RUSSIA),
    UNDATED: (KIM, NK, PARADE),
}


def dated_result(doc_id: str, relations: tuple[Relation, ...] | None = None) -> DocumentResult:
    """One of the three documents (``relations`` replaces its facts; their endpoints join its entities)."""
    relations = RELATIONS[doc_id] if relations is None else relations
    refs = dict.fromkeys([*ENTITIES[doc_id], *(ref for r in relations for ref in (r.source, r.target))])
    entities = tuple(Entity(ref.label, ref.name, (), 1, (doc_id,)) for ref in refs)
    return DocumentResult(INFO[doc_id], entities, relations, mentions=len(entities))


def dated_graph():
    """The three documents as one graph built by the real graph stage."""
    return build_graph([dated_result(doc_id) for doc_id in INFO])
