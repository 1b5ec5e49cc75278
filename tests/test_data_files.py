"""The rule data files load, and a malformed entry is an error that shows the entry."""
from __future__ import annotations

from importlib import resources

import pytest

from kg.aliases import load_aliases
from kg.errors import DataFileError
from kg.gazetteer import load_gazetteer
from kg.records import RELATION_TYPES, Ref
from kg.rules import load_frames, load_lexicon


def test_packaged_files_load_and_cover_every_relation_type():
    frames = load_frames()
    assert len({f.id for f in frames}) == len(frames)
    covered = {f.relation for f in frames} | set(load_lexicon().roles.values())
    assert covered == set(RELATION_TYPES)


def test_gazetteer_comes_from_pycountry_plus_reviewed_forms():
    g = load_gazetteer()
    assert g.state_name("Russian Federation") == "Russia"          # pycountry's official name
    assert g.state_name("USA") == g.state_name("U.S.") == "United States"
    assert g.state_name("North Korean") == "North Korea"           # demonym
    assert g.state_name("Puerto Rico") is None and g.is_territory("Puerto Rico")
    assert g.capital_code("Pyongyang") == "PRK"


def test_offices_name_states_of_the_gazetteer_and_party_forms_load():
    lexicon, gazetteer = load_lexicon(), load_gazetteer()
    assert lexicon.office_states and all(code in gazetteer.canonical for code in lexicon.office_states.values())
    assert gazetteer.canonical[lexicon.office_states["secretary of state"]] == "United States"
    assert lexicon.party_short_forms["GOP"] == "republican"


def test_bad_office_or_party_table_is_named(tmp_path):
    text = resources.files("kg.data").joinpath("lexicon.toml").read_text(encoding="utf-8")
    bad = tmp_path / "lexicon.toml"
    bad.write_text(text.replace('"secretary of state" = "USA"', '"secretary of state" = "United States"'), encoding="utf-8")
    with pytest.raises(DataFileError, match=r"\[offices\] states must map titles to ISO alpha-3 codes"):
        load_lexicon(str(bad))
    bad.write_text(text.replace('GOP = "republican"', "GOP = 1"), encoding="utf-8")
    with pytest.raises(DataFileError, match=r"\[parties\] short_forms must map words to words"):
        load_lexicon(str(bad))


def test_bad_frame_shows_the_entry(tmp_path):
    bad = tmp_path / "frames.toml"
    bad.write_text('[[frame]]\nid = "x.verb"\nrelation = "ATENDED"\ntrigger = "verb"\nlemmas = ["go"]\n'
                   'object = ["dobj"]\nsource = ["Person"]\ntarget = ["Event"]\n', encoding="utf-8")
    with pytest.raises(DataFileError, match=r"frame 'x.verb': unknown relation 'ATENDED' in \{"):
        load_frames(str(bad))


def test_bad_state_code_names_the_section(tmp_path):
    bad = tmp_path / "states.toml"
    bad.write_text('[demonyms]\nXYZ = ["Xyzian"]\n', encoding="utf-8")
    with pytest.raises(DataFileError, match=r"\[demonyms\] 'XYZ' is not an ISO 3166-1 alpha-3 code"):
        load_gazetteer(str(bad))


def test_user_alias_table_wins_and_bad_lines_are_named(tmp_path):
    mine = tmp_path / "aliases.tsv"
    mine.write_text("# mine\nOrganization\tEU\tEuropean Union (EU)\n", encoding="utf-8")
    table = load_aliases(mine)
    assert table.canonical(Ref("Organization", "EU")).name == "European Union (EU)"
    assert table.canonical(Ref("Organization", "NATO")).name == "North Atlantic Treaty Organization"
    mine.write_text("Organisation\tEU\tEuropean Union\n", encoding="utf-8")
    with pytest.raises(DataFileError, match=r"aliases.tsv:1: unknown label 'Organisation'"):
        load_aliases(mine)
