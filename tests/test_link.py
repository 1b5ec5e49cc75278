"""The linker (kg/link.py) on made-up document results: each rule, the cases that must stay apart,
the user's alias table over automatic decisions, and the same answer whatever the document order."""
from __future__ import annotations

import random

import pytest
from click.testing import CliRunner

from kg.aliases import AliasTable, load_aliases
from kg.cli import cli
from kg.errors import DataFileError
from kg.graph import GraphBuilder, write_graph
from kg.link import (
    MERGES_FILE, RULES, dumps_merges, explain_lines, link, merge_rows, read_merges, write_merges,
)
from kg.names import entity_id
from kg.records import DocumentInfo, DocumentResult, Entity, Ref


def doc(doc_id: str, *entities: tuple) -> DocumentResult:
    """A document naming entities given as (label, name, *aliases)."""
    return DocumentResult(
        DocumentInfo(id=doc_id, path=doc_id),
        tuple(Entity(label, name, tuple(aliases), mention_count=1 + len(aliases), documents=(doc_id,))
              for label, name, *aliases in entities),
    )


def linked(results: list[DocumentResult], table: AliasTable | None = None):
    builder = GraphBuilder()
    for result in results:
        builder.add(result)
    return link(builder.entity_names(), table if table is not None else AliasTable())


def decision(linking, label: str, name: str):
    found = [m for m in linking.merges if m.alias == Ref(label, name)]
    return found[0] if found else None


def node(linking, label: str, name: str) -> str:
    return linking.resolve(Ref(label, name)).name


def table(text: str, source: str = "my.tsv") -> AliasTable:
    aliases = AliasTable()
    aliases.load_text(text, source)
    return aliases


# -- one test per rule -------------------------------------------------------------------------------

def test_alias_table_line_merges_and_cites_its_line():
    linking = linked([doc("a", ("Organization", "EU")), doc("b", ("Organization", "European Union"))],
                     table("# comment\nOrganization\tEU\tEuropean Union\n", "kg/data/aliases.tsv"))
    merge = decision(linking, "Organization", "EU")
    assert (merge.target.name, merge.rule, merge.evidence) == ("European Union", "alias-table", "alias table kg/data/aliases.tsv:2")


def test_packaged_table_is_applied():
    linking = linked([doc("a", ("Organization", "E.U.")), doc("b", ("Organization", "NATO"))], load_aliases())
    assert node(linking, "Organization", "E.U.") == "European Union"
    assert node(linking, "Organization", "NATO") == "North Atlantic Treaty Organization"


def test_spelling_variants_are_one_node_named_by_the_most_mentioned():
    linking = linked([
        doc("a", ("Person", "Kim Jong-un")),
        doc("b", ("Person", "Kim Jong Un", "Kim")), doc("c", ("Person", "Kim Jong Un", "Kim")),
        doc("d", ("Person", "Recep Tayyip Erdoğan")), doc("e", ("Person", "Recep Tayyip Erdogan")),
    ])
    assert node(linking, "Person", "Kim Jong-un") == "Kim Jong Un"
    assert decision(linking, "Person", "Kim Jong-un").rule == "spelling"
    assert node(linking, "Person", "Recep Tayyip Erdoğan") == node(linking, "Person", "Recep Tayyip Erdogan")


def test_middle_initial_joins_first_and_last_name():
    linking = linked([doc("a", ("Person", "Donald J. Trump")), doc("b", ("Person", "Donald Trump")),
                      doc("c", ("Person", "Donald John Trump"))])
    assert decision(linking, "Person", "Donald J. Trump").rule == "middle-name"
    assert node(linking, "Person", "Donald J. Trump") == "Donald Trump"
    assert node(linking, "Person", "Donald John Trump") == "Donald Trump"


def test_middle_name_forms_join_the_form_named_in_most_documents():
    linking = linked([doc("a", ("Person", "Recep Tayyip Erdogan")), doc("b", ("Person", "Recep Tayyip Erdogan")),
                      doc("c", ("Person", "Recep Erdogan"))])
    merge = decision(linking, "Person", "Recep Erdogan")
    assert (merge.target.name, merge.rule) == ("Recep Tayyip Erdogan", "middle-name")


def test_surname_particles_are_spellings():
    linking = linked([doc("a", ("Person", "Bashar al-Assad", "Assad")), doc("b", ("Person", "Bashar Assad")),
                      doc("c", ("Person", "Bashar al Assad")), doc("d", ("Person", "Assad"))])
    assert {node(linking, "Person", n) for n in ("Bashar Assad", "Bashar al Assad", "Assad")} == {"Bashar al-Assad"}


def test_conflicting_middle_initials_stay_apart():
    linking = linked([doc("a", ("Person", "George W. Bush")), doc("b", ("Person", "George H.W. Bush")),
                      doc("c", ("Person", "George Bush"))])
    assert node(linking, "Person", "George W. Bush") == "George W. Bush"
    assert node(linking, "Person", "George H.W. Bush") == "George H.W. Bush"


def test_junior_is_not_his_father():
    linking = linked([doc("a", ("Person", "Donald Trump Jr.")), doc("b", ("Person", "Donald Trump"))])
    assert node(linking, "Person", "Donald Trump Jr.") == "Donald Trump Jr."


def test_surname_joins_the_only_full_name_seen_with_it():
    linking = linked([doc("a", ("Person", "Sergei Shoigu", "Shoigu")), doc("b", ("Person", "Shoigu"))])
    merge = decision(linking, "Person", "Shoigu")
    assert (merge.target.name, merge.rule) == ("Sergei Shoigu", "surname")
    assert "inside 1 document" in merge.evidence


def test_surname_mostly_used_on_its_own_stays_apart():
    alone = [doc(f"k{i}", ("Person", "Kent")) for i in range(3)]
    linking = linked(alone + [doc("s", ("Person", "Stephen Kent", "Kent"))])
    assert node(linking, "Person", "Kent") == "Kent"


def test_surname_needs_the_names_together_in_one_document():
    linking = linked([doc("a", ("Person", "Sergei Shoigu")), doc("b", ("Person", "Shoigu"))])
    assert decision(linking, "Person", "Shoigu") is None


def test_east_asian_family_name_comes_first():
    linking = linked([doc(f"a{i}", ("Person", "Xi Jinping", "Xi")) for i in range(5)] + [doc("b", ("Person", "Xi"))])
    assert node(linking, "Person", "Xi") == "Xi Jinping"


def test_shared_surname_from_another_document_stays_apart():
    linking = linked([
        doc("a", ("Person", "Kim Jong Un", "Kim")), doc("b", ("Person", "Kim Jong Un", "Kim")),
        doc("c", ("Person", "Kim Yo Jong", "Kim")),
        doc("d", ("Person", "Kim")),
    ])
    assert decision(linking, "Person", "Kim") is None
    assert node(linking, "Person", "Kim") == "Kim"


def test_shared_surname_joins_a_dominant_full_name():
    trump = [doc(f"t{i}", ("Person", "Donald Trump", "Trump")) for i in range(30)]
    linking = linked(trump + [doc("m", ("Person", "Melania Trump", "Trump")), doc("x", ("Person", "Trump"))])
    merge = decision(linking, "Person", "Trump")
    assert (merge.target.name, merge.rule) == ("Donald Trump", "surname-dominant")
    assert "Melania Trump 1" in merge.evidence


def test_acronym_seen_with_its_expansion():
    linking = linked([doc("a", ("Organization", "Korean Central News Agency", "KCNA")), doc("b", ("Organization", "KCNA"))])
    merge = decision(linking, "Organization", "KCNA")
    assert (merge.target.name, merge.rule) == ("Korean Central News Agency", "acronym")


def test_acronym_of_the_only_expansion_in_the_corpus_when_their_documents_share_names():
    linking = linked([
        doc("a", ("Organization", "Federal Bureau of Investigation"), ("Person", "James Comey"), ("Person", "Andrew McCabe")),
        doc("b", ("Organization", "FBI"), ("Person", "James Comey"), ("Person", "Andrew McCabe")),
    ])
    merge = decision(linking, "Organization", "FBI")
    assert (merge.target.name, merge.rule) == ("Federal Bureau of Investigation", "acronym")
    assert "share 2 rarer name(s): Andrew McCabe, James Comey" in merge.evidence


def test_acronym_of_a_description_in_lower_case_stays_apart():
    # "Afghan police" gives the letters of "AP" but is no name an acronym stands for
    linking = linked([
        doc("a", ("Organization", "Afghan police"), ("Person", "Ashraf Ghani"), ("Person", "Abdullah Abdullah")),
        doc("b", ("Organization", "AP"), ("Person", "Ashraf Ghani"), ("Person", "Abdullah Abdullah")),
    ])
    assert node(linking, "Organization", "AP") == "AP"


def test_acronym_of_an_unrelated_only_expansion_stays_apart():
    linking = linked([
        doc("a", ("Organization", "Federation of Small Businesses"), ("Person", "Mike Cherry")),
        doc("b", ("Organization", "FSB"), ("Person", "Alexander Bortnikov")),
    ])
    assert node(linking, "Organization", "FSB") == "FSB"


def test_acronym_spelled_out_as_something_else_in_its_own_documents_stays_apart():
    linking = linked([doc("a", ("Organization", "Institute for Security Studies", "ISS")),
                      doc("b", ("Organization", "ISS", "International Space Station"))])
    assert node(linking, "Organization", "ISS") == "ISS"


def test_first_word_of_a_western_name_stays_apart():
    linking = linked([doc("a", ("Person", "Teddy Roosevelt", "Teddy")), doc("b", ("Person", "Teddy"))])
    assert node(linking, "Person", "Teddy") == "Teddy"


def test_two_letter_acronym_needs_the_names_together():
    linking = linked([doc("a", ("Organization", "African Union")), doc("b", ("Organization", "AU"))])
    assert node(linking, "Organization", "AU") == "AU"


def test_acronym_with_two_expansions_stays_apart():
    linking = linked([doc("a", ("Organization", "Democratic Alliance")), doc("b", ("Organization", "Defence Agency")),
                      doc("c", ("Organization", "DA"))])
    assert node(linking, "Organization", "DA") == "DA"


def test_short_organization_name_joins_the_longer_one_it_was_grouped_with():
    linking = linked([doc("a", ("Organization", "Wagner Group", "Wagner")), doc("b", ("Organization", "Wagner"))])
    merge = decision(linking, "Organization", "Wagner")
    assert (merge.target.name, merge.rule) == ("Wagner Group", "short-name")


def test_short_name_used_more_on_its_own_does_not_join_a_rarer_longer_name():
    alone = [doc(f"l{i}", ("Organization", "Lufthansa")) for i in range(3)]
    linking = linked(alone + [doc("c", ("Organization", "Lufthansa Cargo", "Lufthansa"))])
    assert node(linking, "Organization", "Lufthansa") == "Lufthansa"


def test_short_name_does_not_join_a_list_of_two_names():
    linking = linked([doc("a", ("Organization", "Qatar Airways and Etihad Airways", "Qatar Airways")),
                      doc("b", ("Organization", "Qatar Airways"))])
    assert node(linking, "Organization", "Qatar Airways") == "Qatar Airways"


def test_person_rules_skip_names_not_written_like_a_person():
    linking = linked([doc("a", ("Person", "BE783 - Glasgow", "Glasgow")), doc("b", ("Person", "Glasgow")),
                      doc("c", ("Person", "George and Amal Clooney")), doc("d", ("Person", "George Clooney")),
                      doc("e", ("Person", "Prince Mohammed bin Salman")), doc("f", ("Person", "Prince Salman"))])
    assert linking.merges == ()


def test_short_name_with_two_longer_names_stays_apart():
    linking = linked([doc("a", ("Organization", "Democratic Party", "Democratic")),
                      doc("b", ("Organization", "Democratic Unionist Party", "Democratic")),
                      doc("c", ("Organization", "Democratic"))])
    assert node(linking, "Organization", "Democratic") == "Democratic"


def test_never_across_labels():
    linking = linked([doc("a", ("Organization", "Wagner Group", "Wagner")), doc("b", ("Person", "Wagner")),
                      doc("c", ("Person", "Trump")), doc("d", ("Organization", "Trump Organization", "Trump"))])
    assert node(linking, "Person", "Wagner") == "Wagner"
    assert node(linking, "Person", "Trump") == "Trump"


# -- the user's table wins ---------------------------------------------------------------------------

def test_user_line_keeps_a_name_apart():
    results = [doc("a", ("Person", "Sergei Shoigu", "Shoigu")), doc("b", ("Person", "Shoigu"))]
    assert node(linked(results), "Person", "Shoigu") == "Sergei Shoigu"
    linking = linked(results, table("Person\tShoigu\tShoigu\n"))
    assert node(linking, "Person", "Shoigu") == "Shoigu"
    assert decision(linking, "Person", "Shoigu") is None


def test_user_line_overrides_an_automatic_target_and_cites_the_user_file():
    results = [doc("a", ("Person", "Sergei Shoigu", "Shoigu")), doc("b", ("Person", "Shoigu")),
               doc("c", ("Person", "Sergey Shoygu"))]
    linking = linked(results, table("Person\tShoigu\tSergey Shoygu\n"))
    merge = decision(linking, "Person", "Shoigu")
    assert (merge.target.name, merge.rule, merge.evidence) == ("Sergey Shoygu", "user-table", "user alias table my.tsv:1")


def test_user_table_wins_over_the_packaged_one(tmp_path):
    mine = tmp_path / "mine.tsv"
    mine.write_text("Organization\tEuropean Union\tEU\n", encoding="utf-8")
    linking = linked([doc("a", ("Organization", "European Union")), doc("b", ("Organization", "EU"))], load_aliases(mine))
    assert node(linking, "Organization", "European Union") == "EU"
    assert node(linking, "Organization", "EU") == "EU"


def test_only_a_table_line_merges_across_labels(tmp_path):
    results = [doc("a", ("Person", "Donald Trump", "Trump")), doc("b", ("Organization", "Trump"))]
    assert node(linked(results), "Organization", "Trump") == "Trump"
    linking = linked(results, table("Organization\tTrump\tDonald Trump\tPerson\n"))
    assert linking.resolve(Ref("Organization", "Trump")) == Ref("Person", "Donald Trump")
    write_merges(linking, tmp_path / MERGES_FILE)
    text = "\n".join(explain_lines("Trump", read_merges(tmp_path / MERGES_FILE)))
    assert "Trump (Organization) is in node 'Donald Trump' (Person):" in text
    assert "[user-table] user alias table my.tsv:1" in text


def test_a_cycle_of_table_lines_is_an_error_naming_them():
    with pytest.raises(DataFileError, match="cycle"):
        linked([doc("a", ("Organization", "A"))], table("Organization\tA\tB\nOrganization\tB\tA\n"))


# -- determinism and the merges file -----------------------------------------------------------------

def corpus() -> list[DocumentResult]:
    return [
        doc("1", ("Person", "Donald Trump", "Trump", "President Trump"), ("State", "United States", "U.S.")),
        doc("2", ("Person", "Donald J. Trump"), ("Organization", "European Union", "EU")),
        doc("3", ("Person", "Trump"), ("Organization", "EU")),
        doc("4", ("Person", "Kim Jong Un", "Kim"), ("Person", "Kim Yo Jong", "Kim")),
        doc("5", ("Person", "Kim"), ("Organization", "Wagner Group", "Wagner"), ("Organization", "Wagner PMC")),
        doc("6", ("Organization", "Wagner"), ("Person", "Kim Jong-un")),
    ]


def test_same_decisions_whatever_the_document_order():
    want = dumps_merges(linked(corpus(), load_aliases()))
    for seed in range(5):
        shuffled = corpus()
        random.Random(seed).shuffle(shuffled)
        shuffled = [DocumentResult(r.document, tuple(reversed(r.entities))) for r in shuffled]
        assert dumps_merges(linked(shuffled, load_aliases())) == want


def test_every_rule_is_described():
    rules = {m.rule for m in linked(corpus(), load_aliases()).merges}
    assert rules <= RULES.keys()
    assert {"alias-table", "spelling", "middle-name", "surname"} <= rules


def test_merges_file_round_trip_and_is_an_alias_table(tmp_path):
    linking = linked(corpus(), load_aliases())
    path = write_merges(linking, tmp_path / MERGES_FILE)
    assert read_merges(path) == merge_rows(linking)
    as_table = AliasTable()
    as_table.load_text("\n".join("\t".join(line.split("\t")[:4]) for line in path.read_text().splitlines()), "m")
    assert as_table.canonical(Ref("Person", "Donald J. Trump")).name == "Donald Trump"


def test_graph_uses_the_linker(tmp_path):
    builder = GraphBuilder()
    for result in corpus():
        builder.add(result)
    graph = builder.graph(link(builder.entity_names(), load_aliases()).resolve)
    trump = graph.nodes[entity_id("Person", "Donald Trump")]
    assert {"Trump", "Donald J. Trump"} <= set(trump["aliases"])
    assert trump["documents"] == ["1", "2", "3"]


def test_explain_shows_the_chain_and_the_rest_of_the_node():
    rows = merge_rows(linked(corpus(), load_aliases()))
    text = "\n".join(explain_lines("donald j. trump", rows))
    assert "Donald J. Trump (Person) is in node 'Donald Trump' (Person)" in text
    assert "[middle-name]" in text
    text = "\n".join(explain_lines("Donald Trump", rows))
    assert "Donald Trump is a node (Person)." in text and "Donald J. Trump -> Donald Trump" in text


def test_explain_merge_cli(tmp_path):
    linking = linked(corpus(), load_aliases())
    write_merges(linking, tmp_path / MERGES_FILE)
    result = CliRunner().invoke(cli, ["explain-merge", "Wagner PMC", "--out", str(tmp_path)])
    assert result.exit_code == 0, result.output
    assert "Wagner PMC (Organization) is in node 'Wagner' (Organization)" in result.output
    assert "alias table kg/data/aliases.tsv" in result.output
    result = CliRunner().invoke(cli, ["explain-merge", "Nobody", "--merges", str(tmp_path / MERGES_FILE)])
    assert result.exit_code == 1 and "error: no merge decision" in result.output


def test_explain_merge_reads_the_graph_next_to_the_merges(tmp_path):
    builder = GraphBuilder()
    for result in corpus():
        builder.add(result)
    linking = link(builder.entity_names(), load_aliases())
    write_merges(linking, tmp_path / MERGES_FILE)
    write_graph(builder.graph(linking.resolve), tmp_path / "graph.json")
    result = CliRunner().invoke(cli, ["explain-merge", "president trump", "--out", str(tmp_path)])
    assert result.exit_code == 0, result.output
    assert "'Donald Trump' (Person, person-" in result.output and "lists it as an alias" in result.output
    result = CliRunner().invoke(cli, ["explain-merge", "Kim", "--out", str(tmp_path)])
    assert "Kim is a node (Person, person-" in result.output and "no decision merged it" in result.output
