"""The graph stage on made-up document results: a role guessed from the article's states gives way
to a role another article states outright, and only then."""
from __future__ import annotations

from kg.graph import build_graph
from kg.records import DocumentInfo, DocumentResult, Entity, Evidence, Ref, Relation

TRUMP = Ref("Person", "Donald Trump")
US = Ref("State", "United States")
RUSSIA = Ref("State", "Russia")


def role(doc_id: str, rel_type: str, person: Ref, state: Ref, rule: str) -> DocumentResult:
    sentence = f"{person.name} and {state.name} in {doc_id}."
    evidence = Evidence(doc_id, sentence, 0, len(sentence), rule)
    entities = tuple(Entity(r.label, r.name, (), 1, (doc_id,)) for r in (person, state))
    return DocumentResult(DocumentInfo(id=doc_id, path=doc_id), entities,
                          (Relation(rel_type, person, state, evidence, role="President"),))


def roles_in(results: list[DocumentResult]) -> set[tuple[str, str, str]]:
    graph = build_graph(results)
    return {(graph.nodes[s]["name"], attrs["type"], graph.nodes[t]["name"]) for s, t, attrs in graph.edges(data=True)}


def test_a_guessed_state_gives_way_to_a_stated_one_from_another_article():
    found = roles_in([
        role("a.txt", "LEADER_OF", TRUMP, US, "role.title-before-name"),
        role("b.txt", "LEADER_OF", TRUMP, RUSSIA, "role.title-nearest-state"),
        role("c.txt", "MEMBER_OF", TRUMP, RUSSIA, "role.title-dominant-state"),
    ])
    assert found == {("Donald Trump", "LEADER_OF", "United States")}


def test_a_guess_stays_when_nothing_contradicts_it_or_evidence_states_it_too():
    assert roles_in([role("b.txt", "LEADER_OF", TRUMP, RUSSIA, "role.title-nearest-state")]) == {
        ("Donald Trump", "LEADER_OF", "Russia")}
    found = roles_in([
        role("a.txt", "LEADER_OF", TRUMP, US, "role.title-before-name"),
        role("b.txt", "LEADER_OF", TRUMP, US, "role.title-dominant-state"),
        role("c.txt", "LEADER_OF", TRUMP, RUSSIA, "role.title-nearest-state"),
        role("d.txt", "LEADER_OF", TRUMP, RUSSIA, "role.apposition"),
    ])
    assert found == {("Donald Trump", "LEADER_OF", "United States"), ("Donald Trump", "LEADER_OF", "Russia")}


def test_guesses_of_two_states_both_stay_without_a_stated_role():
    found = roles_in([
        role("b.txt", "LEADER_OF", TRUMP, RUSSIA, "role.title-nearest-state"),
        role("c.txt", "LEADER_OF", TRUMP, US, "role.title-dominant-state"),
    ])
    assert found == {("Donald Trump", "LEADER_OF", "Russia"), ("Donald Trump", "LEADER_OF", "United States")}
