"""Rule tests on hand-built parses: no statistical model decides what these tests see.

Each Doc is built with ``Doc(vocab, words=, heads=, deps=, pos=, lemmas=, ents=)`` (as in spaCy's own
matcher tests); only the project's span rulers (gazetteer, role words) run on it. So a failure here
is a rule's fault, never the parser's.
"""
from __future__ import annotations

import pytest
from spacy.tokens import Doc

from kg.nlp import load_pipeline
from kg.pipeline import extract_document
from kg.read import document_from_text


def hand_doc(tokens: list[tuple], ents: list[str]) -> Doc:
    """tokens: (word, head index, dep, pos, lemma); ents: IOB tags like "B-PERSON"."""
    nlp = load_pipeline()
    words = [t[0] for t in tokens]
    doc = Doc(
        nlp.vocab, words=words, heads=[t[1] for t in tokens], deps=[t[2] for t in tokens],
        pos=[t[3] for t in tokens], lemmas=[t[4] for t in tokens], ents=ents,
        sent_starts=[True] + [None] * (len(words) - 1),
    )
    for name in ("kg_states", "kg_roles"):
        doc = nlp.get_pipe(name)(doc)
    return doc


def relations(doc: Doc) -> set[tuple]:
    document = document_from_text(doc.text, doc_id="hand.txt", path="hand.txt")
    result = extract_document(doc, document)
    return {(r.type, r.source.name, r.target.name, r.status, r.role) for r in result.relations}


def entity_names(doc: Doc) -> set[tuple[str, str]]:
    document = document_from_text(doc.text, doc_id="hand.txt", path="hand.txt")
    return {(e.label, e.name) for e in extract_document(doc, document).entities}


def test_prenominal_title_gives_minister_of_with_role_and_attendance():
    doc = hand_doc([
        ("Russian", 4, "amod", "ADJ", "russian"),
        ("Defense", 2, "compound", "PROPN", "Defense"),
        ("Minister", 4, "compound", "PROPN", "Minister"),
        ("Sergei", 4, "compound", "PROPN", "Sergei"),
        ("Shoigu", 5, "nsubj", "PROPN", "Shoigu"),
        ("watched", 5, "ROOT", "VERB", "watch"),
        ("the", 7, "det", "DET", "the"),
        ("parade", 5, "dobj", "NOUN", "parade"),
        (".", 5, "punct", "PUNCT", "."),
    ], ["B-NORP", "O", "O", "B-PERSON", "I-PERSON", "O", "O", "O", "O"])
    found = relations(doc)
    assert ("MINISTER_OF", "Sergei Shoigu", "Russia", "asserted", "Defense Minister") in found
    assert ("ATTENDED", "Sergei Shoigu", "parade", "asserted", "") in found


def test_passive_agent_is_the_attendee():
    doc = hand_doc([
        ("The", 1, "det", "DET", "the"),
        ("summit", 3, "nsubjpass", "NOUN", "summit"),
        ("was", 3, "auxpass", "AUX", "be"),
        ("attended", 3, "ROOT", "VERB", "attend"),
        ("by", 3, "agent", "ADP", "by"),
        ("Angela", 6, "compound", "PROPN", "Angela"),
        ("Merkel", 4, "pobj", "PROPN", "Merkel"),
        (".", 3, "punct", "PUNCT", "."),
    ], ["O", "O", "O", "O", "O", "B-PERSON", "I-PERSON", "O"])
    assert ("ATTENDED", "Angela Merkel", "summit", "asserted", "") in relations(doc)


def test_apposition_gives_membership():
    doc = hand_doc([
        ("Wang", 1, "compound", "PROPN", "Wang"),
        ("Huning", 9, "nsubj", "PROPN", "Huning"),
        (",", 1, "punct", "PUNCT", ","),
        ("a", 4, "det", "DET", "a"),
        ("member", 1, "appos", "NOUN", "member"),
        ("of", 4, "prep", "ADP", "of"),
        ("the", 7, "det", "DET", "the"),
        ("Politburo", 5, "pobj", "PROPN", "Politburo"),
        (",", 1, "punct", "PUNCT", ","),
        ("spoke", 9, "ROOT", "VERB", "speak"),
        (".", 9, "punct", "PUNCT", "."),
    ], ["B-PERSON", "I-PERSON", "O", "O", "O", "O", "O", "B-ORG", "O", "O", "O"])
    assert ("MEMBER_OF", "Wang Huning", "Politburo", "asserted", "member") in relations(doc)


@pytest.mark.parametrize("neg", [True, False])
def test_negation_marks_the_relation_negated(neg):
    tokens = [
        ("Vladimir", 1, "compound", "PROPN", "Vladimir"),
        ("Putin", 4 if neg else 2, "nsubj", "PROPN", "Putin"),
    ]
    if neg:
        tokens += [("did", 4, "aux", "AUX", "do"), ("not", 4, "neg", "PART", "not")]
    root = len(tokens)
    tokens += [
        ("attend", root, "ROOT", "VERB", "attend") if neg else ("attended", root, "ROOT", "VERB", "attend"),
        ("the", root + 2, "det", "DET", "the"),
        ("summit", root, "dobj", "NOUN", "summit"),
        (".", root, "punct", "PUNCT", "."),
    ]
    ents = ["B-PERSON", "I-PERSON"] + ["O"] * (len(tokens) - 2)
    status = "negated" if neg else "asserted"
    assert ("ATTENDED", "Vladimir Putin", "summit", status, "") in relations(hand_doc(tokens, ents))


def test_coordinated_deniers_answer_the_last_accuser():
    doc = hand_doc([
        # "Canada accused Iran of supplying drones to Russia ."
        ("Canada", 1, "nsubj", "PROPN", "Canada"),
        ("accused", 1, "ROOT", "VERB", "accuse"),
        ("Iran", 1, "dobj", "PROPN", "Iran"),
        ("of", 1, "prep", "ADP", "of"),
        ("supplying", 3, "pcomp", "VERB", "supply"),
        ("drones", 4, "dobj", "NOUN", "drone"),
        ("to", 4, "prep", "ADP", "to"),
        ("Russia", 6, "pobj", "PROPN", "Russia"),
        (".", 1, "punct", "PUNCT", "."),
        # "Iran and Russia denied the allegation ."
        ("Iran", 13, "nsubj", "PROPN", "Iran"),
        ("and", 9, "cc", "CCONJ", "and"),
        ("Russia", 9, "conj", "PROPN", "Russia"),
        ("have", 13, "aux", "AUX", "have"),
        ("denied", 13, "ROOT", "VERB", "deny"),
        ("the", 15, "det", "DET", "the"),
        ("allegation", 13, "dobj", "NOUN", "allegation"),
        (".", 13, "punct", "PUNCT", "."),
    ], ["B-GPE", "O", "B-GPE", "O", "O", "O", "O", "B-GPE", "O",
        "B-GPE", "O", "B-GPE", "O", "O", "O", "O", "O"])
    found = relations(doc)
    assert ("ACCUSED", "Canada", "Iran", "asserted", "") in found
    assert ("SUPPLIED_ARMS_TO", "Iran", "Russia", "alleged", "") in found
    assert ("DENIED", "Iran", "Canada", "asserted", "") in found
    assert ("DENIED", "Russia", "Canada", "asserted", "") in found
    document = document_from_text(doc.text, doc_id="hand.txt", path="hand.txt")
    alleged = [r for r in extract_document(doc, document).relations if r.status == "alleged"]
    assert alleged[0].attributed_to == ("Canada",)
    assert set(alleged[0].denied_by) == {"Iran", "Russia"}


def test_a_title_word_tagged_as_a_person_is_nobody():
    doc = hand_doc([
        ("Senior", 1, "amod", "ADJ", "senior"),
        ("analyst", 3, "compound", "NOUN", "analyst"),
        ("Peter", 3, "compound", "PROPN", "Peter"),
        ("Novak", 4, "nsubj", "PROPN", "Novak"),
        ("spoke", 4, "ROOT", "VERB", "speak"),
        (".", 4, "punct", "PUNCT", "."),
    ], ["B-PERSON", "O", "B-PERSON", "I-PERSON", "O", "O"])
    assert entity_names(doc) == {("Person", "Peter Novak")}


def test_person_spans_the_ner_botched_are_cut_or_dropped():
    # "Follow Julie Pace on Twitter" with the verb in the PERSON span; "Save the" a name fragment;
    # "Tracker 2016" with digits; "Kennedy Rd" a street
    doc = hand_doc([
        ("Follow", 0, "ROOT", "VERB", "follow"),
        ("Julie", 2, "compound", "PROPN", "Julie"),
        ("Pace", 0, "dobj", "PROPN", "Pace"),
        ("near", 0, "prep", "ADP", "near"),
        ("Kennedy", 5, "compound", "PROPN", "Kennedy"),
        ("Rd", 3, "pobj", "PROPN", "Rd"),
        (",", 0, "punct", "PUNCT", ","),
        ("Save", 0, "conj", "VERB", "save"),
        ("the", 7, "dobj", "DET", "the"),
        ("Tracker", 10, "compound", "PROPN", "Tracker"),
        ("2016", 7, "npadvmod", "NUM", "2016"),
        (".", 0, "punct", "PUNCT", "."),
    ], ["B-PERSON", "I-PERSON", "I-PERSON", "O", "B-PERSON", "I-PERSON", "O", "B-PERSON", "I-PERSON",
        "B-PERSON", "I-PERSON", "O"])
    assert entity_names(doc) == {("Person", "Julie Pace"), ("Location", "Kennedy Rd")}


def test_event_names_leave_out_what_was_done_to_them_and_how_loud_they_were():
    doc = hand_doc([
        ("Macron", 1, "nsubj", "PROPN", "Macron"),
        ("attended", 1, "ROOT", "VERB", "attend"),
        ("the", 5, "det", "DET", "the"),
        ("loud", 5, "amod", "ADJ", "loud"),
        ("led", 5, "amod", "VERB", "lead"),
        ("protests", 1, "dobj", "NOUN", "protest"),
        (".", 1, "punct", "PUNCT", "."),
    ], ["B-PERSON", "O", "O", "O", "O", "O", "O"])
    doc[4].tag_ = "VBN"
    assert ("ATTENDED", "Macron", "protests", "asserted", "") in relations(doc)


def test_a_subject_control_verb_keeps_its_subject_when_the_parse_hangs_an_object_on_it():
    # "Chile decided to host the summit, the agency reported", parsed with "agency" as an object of
    # "decided" (as the small model does): Chile is still the host
    doc = hand_doc([
        ("Chile", 1, "nsubj", "PROPN", "Chile"),
        ("decided", 1, "ROOT", "VERB", "decide"),
        ("to", 3, "aux", "PART", "to"),
        ("host", 1, "xcomp", "VERB", "host"),
        ("the", 5, "det", "DET", "the"),
        ("summit", 3, "dobj", "NOUN", "summit"),
        (",", 1, "punct", "PUNCT", ","),
        ("the", 8, "det", "DET", "the"),
        ("agency", 1, "dobj", "NOUN", "agency"),
        ("reported", 8, "acl", "VERB", "report"),
        (".", 1, "punct", "PUNCT", "."),
    ], ["B-GPE", "O", "O", "O", "O", "O", "O", "O", "O", "O", "O"])
    found = {(t, s, o) for t, s, o, _, _ in relations(doc)}
    assert ("ORGANIZED", "Chile", "summit") in found


def test_a_given_name_the_ner_left_out_joins_the_name_and_a_hyphenated_rank_leaves_it():
    # "The envoy, Daan Feddo Huisinga, met Lt-Gen Stephen Townsend ." with "Daan" outside the PERSON
    # span and the rank "Lt-Gen" inside the other one
    doc = hand_doc([
        ("The", 1, "det", "DET", "the"),
        ("envoy", 8, "nsubj", "NOUN", "envoy"),
        (",", 1, "punct", "PUNCT", ","),
        ("Daan", 5, "compound", "PROPN", "Daan"),
        ("Feddo", 5, "compound", "PROPN", "Feddo"),
        ("Huisinga", 1, "appos", "PROPN", "Huisinga"),
        (",", 1, "punct", "PUNCT", ","),
        ("then", 8, "advmod", "ADV", "then"),
        ("met", 8, "ROOT", "VERB", "meet"),
        ("Lt", 11, "compound", "PROPN", "Lt"),
        ("-", 11, "punct", "PUNCT", "-"),
        ("Gen", 13, "compound", "PROPN", "Gen"),
        ("Stephen", 13, "compound", "PROPN", "Stephen"),
        ("Townsend", 8, "dobj", "PROPN", "Townsend"),
        (".", 8, "punct", "PUNCT", "."),
    ], ["O", "O", "O", "O", "B-PERSON", "I-PERSON", "O", "O", "O", "B-PERSON", "I-PERSON", "I-PERSON",
        "I-PERSON", "I-PERSON", "O"])
    assert entity_names(doc) == {("Person", "Daan Feddo Huisinga"), ("Person", "Stephen Townsend")}


def test_a_dateline_in_capitals_is_a_place_not_an_organization():
    # "PSKOV , March 1 . NATO met ." : the dateline's city is no acronym of an organization; NATO is
    doc = hand_doc([
        ("PSKOV", 0, "ROOT", "PROPN", "PSKOV"),
        (",", 0, "punct", "PUNCT", ","),
        ("March", 0, "npadvmod", "PROPN", "March"),
        ("1", 2, "nummod", "NUM", "1"),
        (".", 0, "punct", "PUNCT", "."),
        ("NATO", 6, "nsubj", "PROPN", "NATO"),
        ("met", 6, "ROOT", "VERB", "meet"),
        (".", 6, "punct", "PUNCT", "."),
    ], ["O", "O", "B-DATE", "I-DATE", "O", "O", "O", "O"])
    assert entity_names(doc) == {("Organization", "NATO")}


def test_a_given_name_an_organization_took_goes_back_to_the_person():
    # "Speaker of the People's Council Hadiya Khalaf Abbas spoke ." with "Hadiya" at the end of the ORG span
    doc = hand_doc([
        ("Speaker", 6, "compound", "PROPN", "Speaker"),
        ("of", 0, "prep", "ADP", "of"),
        ("People", 3, "poss", "PROPN", "People"),
        ("Council", 1, "pobj", "PROPN", "Council"),
        ("Hadiya", 6, "compound", "PROPN", "Hadiya"),
        ("Khalaf", 6, "compound", "PROPN", "Khalaf"),
        ("Abbas", 7, "nsubj", "PROPN", "Abbas"),
        ("spoke", 7, "ROOT", "VERB", "speak"),
        (".", 7, "punct", "PUNCT", "."),
    ], ["O", "O", "B-ORG", "I-ORG", "I-ORG", "B-PERSON", "I-PERSON", "O", "O"])
    assert entity_names(doc) == {("Organization", "People Council"), ("Person", "Hadiya Khalaf Abbas")}


@pytest.mark.parametrize("ents,names", [
    # "Katherine Faulders and" (ORG) + "Jordyn Phelps" (PERSON): joined at "and", then two people
    (["B-ORG", "I-ORG", "I-ORG", "B-PERSON", "I-PERSON", "O", "O", "O"],
     {("Person", "Katherine Faulders"), ("Person", "Jordyn Phelps")}),
    # the whole list as one ORG
    (["B-ORG", "I-ORG", "I-ORG", "I-ORG", "I-ORG", "O", "O", "O"],
     {("Person", "Katherine Faulders"), ("Person", "Jordyn Phelps")}),
])
def test_two_peoples_names_tagged_as_one_name_are_two_people(ents, names):
    # "Katherine Faulders and Jordyn Phelps contributed reporting ."
    doc = hand_doc([
        ("Katherine", 1, "compound", "PROPN", "Katherine"),
        ("Faulders", 5, "nsubj", "PROPN", "Faulders"),
        ("and", 1, "cc", "CCONJ", "and"),
        ("Jordyn", 4, "compound", "PROPN", "Jordyn"),
        ("Phelps", 1, "conj", "PROPN", "Phelps"),
        ("contributed", 5, "ROOT", "VERB", "contribute"),
        ("reporting", 5, "dobj", "NOUN", "reporting"),
        (".", 5, "punct", "PUNCT", "."),
    ], ents)
    assert entity_names(doc) == names


def test_a_firm_named_for_two_founders_stays_one_organization():
    # "Marks and Spencer Group Plc gained ." : one word before "and", a name ending after it
    doc = hand_doc([
        ("Marks", 4, "compound", "PROPN", "Marks"),
        ("and", 0, "cc", "CCONJ", "and"),
        ("Spencer", 3, "compound", "PROPN", "Spencer"),
        ("Group", 4, "compound", "PROPN", "Group"),
        ("Plc", 5, "nsubj", "PROPN", "Plc"),
        ("gained", 5, "ROOT", "VERB", "gain"),
        (".", 5, "punct", "PUNCT", "."),
    ], ["B-ORG", "I-ORG", "I-ORG", "I-ORG", "I-ORG", "O", "O"])
    assert entity_names(doc) == {("Organization", "Marks and Spencer Group Plc")}
