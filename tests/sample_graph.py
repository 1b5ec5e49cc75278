"""A small hand-made graph (no spaCy needed) for exporter, loader and viewer tests.

It mirrors the shape of the seed article's graph: people attending an event, an accusation with an
alleged claim and its denials, a role with ``role``, and names that are awkward to quote.
"""
from __future__ import annotations

from kg.graph import build_graph
from kg.records import DocumentInfo, DocumentResult, Entity, Evidence, Ref, Relation

DOC = "sample.txt"
SENTENCES = {
    "attend": "Kim and Shoigu inspect military parade",
    "minister": "Russian Defense Minister Sergei Shoigu watched the parade.",
    "accuse": "The United States has accused North Korea of supplying arms to Russia.",
    "deny": "North Korea and Russia have denied the allegation.",
    "quote": "O'Brien met Back`tick in Dublin.",
}
OFFSETS = {}
_pos = 0
for _key, _sentence in SENTENCES.items():
    OFFSETS[_key] = (_pos, _pos + len(_sentence))
    _pos += len(_sentence) + 2

KIM = Ref("Person", "Kim Jong Un")
SHOIGU = Ref("Person", "Sergei Shoigu")
OBRIEN = Ref("Person", "O'Brien")
BACKTICK = Ref("Person", "Back`tick")
INJECTION = Ref("Organization", "}) DETACH DELETE n //")
PARADE = Ref("Event", "military parade")
NK = Ref("State", "North Korea")
RUSSIA = Ref("State", "Russia")
US = Ref("State", "United States")
DUBLIN = Ref("Location", "Dublin")


def _ev(key: str, rule: str, status: str = "asserted", attributed_to: tuple[str, ...] = ()) -> Evidence:
    start, end = OFFSETS[key]
    return Evidence(DOC, SENTENCES[key], start, end, rule, status, attributed_to)


def sample_result() -> DocumentResult:
    entities = (
        Entity("Person", "Kim Jong Un", ("Kim", "ruler Kim"), 3, (DOC,)),
        Entity("Person", "Sergei Shoigu", ("Shoigu",), 2, (DOC,)),
        Entity("Person", "O'Brien", (), 1, (DOC,)),
        Entity("Person", "Back`tick", (), 1, (DOC,)),
        Entity("Organization", "}) DETACH DELETE n //", (), 1, (DOC,)),
        Entity("Event", "military parade", ("parade",), 2, (DOC,), generic=True),
        Entity("State", "North Korea", ("North Korean",), 2, (DOC,)),
        Entity("State", "Russia", ("Russian",), 2, (DOC,)),
        Entity("State", "United States", ("The United States",), 1, (DOC,)),
        Entity("Location", "Dublin", (), 1, (DOC,)),
    )
    relations = (
        Relation("ATTENDED", KIM, PARADE, _ev("attend", "attend.verb")),
        Relation("ATTENDED", SHOIGU, PARADE, _ev("attend", "attend.verb")),
        Relation("ATTENDED", SHOIGU, PARADE, _ev("minister", "attend.verb")),
        Relation("MINISTER_OF", SHOIGU, RUSSIA, _ev("minister", "title.prenominal"), role="Defense Minister"),
        Relation("ACCUSED", US, NK, _ev("accuse", "accuse.verb")),
        Relation(
            "SUPPLIED_ARMS_TO", NK, RUSSIA, _ev("accuse", "supply.verb", "alleged", ("United States",)),
            status="alleged", attributed_to=("United States",), denied_by=("North Korea", "Russia"),
        ),
        Relation("DENIED", NK, US, _ev("deny", "deny.allegation")),
        Relation("DENIED", RUSSIA, US, _ev("deny", "deny.allegation")),
        Relation("MET", OBRIEN, BACKTICK, _ev("quote", "meet.verb")),
        Relation("MEMBER_OF", OBRIEN, INJECTION, _ev("quote", "member.appos")),
    )
    info = DocumentInfo(id=DOC, path=f"samples/{DOC}", title=SENTENCES["attend"], sha256="0" * 64, words=40)
    return DocumentResult(info, entities, relations, mentions=16)


def sample_graph():
    """The sample as a networkx MultiDiGraph built by the real graph stage."""
    return build_graph([sample_result()])
