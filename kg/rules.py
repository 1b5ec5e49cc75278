"""Load and validate the rule data files: the lexicon (``data/lexicon.toml``) and the relation
frames (``data/relations.toml``). Everything the extractors know about words comes from here.

A malformed entry raises :class:`~kg.errors.DataFileError` showing the entry, e.g.
``kg/data/relations.toml: frame 'attend.verb': unknown relation 'ATENDED' in {...}``.
"""
from __future__ import annotations

import functools
import tomllib
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from kg.errors import DataFileError
from kg.records import LABELS, RELATION_TYPES

LEXICON_FILE = "lexicon.toml"
FIRST_NAMES_FILE = "first_names.txt"
#: Lists of the lexicon's [vocabulary] table (each a Lexicon field of the same name).
VOCABULARY = (
    "organization_heads",
    "led_bodies",
    "briefing_events",
    "attendee_nouns",
    "negotiation_words",
    "member_state_nouns",
    "unmade_member_words",
    "organization_name_endings",
    "organization_kinds",
    "platforms",
    "event_name_drop_words",
    "transfer_verbs",
    "governance_nouns",
    "appoint_verbs",
    "seat_verbs",
    "party_leader_titles",
    "identify_verbs",
    "seat_bodies",
    "appointment_nouns",
    "private_roles",
    "opposition_words",
    "margin_nouns",
    "body_head_titles",
    "title_names",
    "relative_nouns",
    "state_agent_nouns",
    "public_offices",
    "local_offices",
    "leader_staff_roles",
    "byline_words",
    "contributor_verbs",
    "detachment_nouns",
    "party_nouns",
    "telling_verbs",
    "contributor_objects",
    "subject_control_verbs",
    "heads_of_state",
    "posted_roles",
    "accredited_roles",
    "diplomatic_missions",
    "deputy_words",
    "state_bodies",
    "part_phrases",
    "male_honorifics",
    "female_honorifics",
    "counsel_nouns",
    "beat_roles",
    "heading_verbs",
    "headed_parts",
    "home_offices",
    "shared_roles",
    "state_organ_words",
    "meeting_nouns",
    "joint_events",
    "judging_speech",
    "place_nouns",
    "demand_verbs",
    "redress_verbs",
    "wrongdoing_verbs",
    "culprit_words",
    "charge_verbs",
    "holding_verbs",
    "agreement_nouns",
    "law_nouns",
    "expressing_verbs",
    "verbal_attack_verbs",
    "verbal_attack_modifiers",
    "harm_words",
    "figurative_war_modifiers",
    "portfolio_adjectives",
    "assault_nouns",
    "strike_nouns",
    "likening_verbs",
    "need_adjectives",
    "irregular_group_nouns",
    "bare_organ_words",
    "named_organs",
    "body_words",
    "body_heads",
    "unit_heads",
    "organization_name_words",
    "receiving_verbs",
    "subnational_words",
    "counterpart_nouns",
    "stance_object_nouns",
    "media_words",
    "not_yet",
    "under_way",
    "doing_verbs",
    "hypothetical_nouns",
    "date_start_words",
    "date_edge_words",
    "date_units",
    "date_points",
    "light_verbs",
    "role_start_verbs",
    "role_holding_verbs",
    "role_end_verbs",
    "office_verbs",
    "office_nouns",
    "remote_words",
    "call_nouns",
)
CAPITALISED = frozenset({"organization_name_endings", "platforms"})
FRAMES_FILE = "relations.toml"

OBJECT_SLOTS = {"dobj", "iobj", "dative", "attr", "between", "goes-to", "claimant", "topic", "appos", "pair", "compound", "owner"}
SUBJECT_SLOTS = {"poss", "compound", "amod", "verb", "copula", "appos", "named", "charged"}
THEMES = {"arms", "agreement", "claim"}
_FRAME_KEYS = {
    "id", "relation", "trigger", "lemmas", "object", "subject", "governors", "source", "target",
    "theme", "requires", "excludes", "reciprocal", "adverbs", "happening", "verdicts", "not_targets", "inferred",
    "modifiers", "inverse", "stated_agent",
}


@dataclass(frozen=True)
class Frame:
    """One relation trigger frame (see the header of ``data/relations.toml``)."""

    id: str
    relation: str
    trigger: str
    lemmas: frozenset[str]
    object: tuple[str, ...]
    source: frozenset[str]
    target: frozenset[str]
    subject: tuple[str, ...] = ()
    governors: frozenset[str] = frozenset()
    theme: str = ""
    requires: frozenset[str] = frozenset()
    excludes: frozenset[str] = frozenset()
    reciprocal: bool = False
    adverbs: frozenset[str] = frozenset()
    happening: bool = False
    verdicts: frozenset[str] = frozenset()
    not_targets: frozenset[str] = frozenset()
    inferred: bool = False
    modifiers: frozenset[str] = frozenset()
    inverse: bool = False
    stated_agent: bool = False


@dataclass(frozen=True)
class Lexicon:
    """The word lists of ``data/lexicon.toml`` as frozensets (lower-case unless noted)."""

    roles: dict[str, str]                 # role phrase -> relation type
    former: frozenset[str]
    past: frozenset[str]                  # the former words that put a role in the past
    title_modifiers: frozenset[str]
    portfolios: frozenset[str]
    honorifics: frozenset[str]
    plural_abbreviations: frozenset[str]   # capitalised
    not_names: frozenset[str]             # capitalised
    event_nouns: frozenset[str]
    routine_events: frozenset[str]
    group_nouns: frozenset[str]
    possessed_nouns: frozenset[str]
    state_descriptions: frozenset[str]
    organization_descriptions: frozenset[str]
    arms_nouns: frozenset[str]
    event_name_heads: frozenset[str]      # capitalised
    event_names: frozenset[str]           # capitalised
    location_heads: frozenset[str]        # capitalised
    place_prefixes: frozenset[str]        # capitalised
    compass_prefixes: frozenset[str]      # capitalised
    thing_acronyms: frozenset[str]        # upper-case
    thing_name_endings: frozenset[str]    # capitalised
    organization_heads: frozenset[str]
    led_bodies: frozenset[str]
    briefing_events: frozenset[str]
    attendee_nouns: frozenset[str]
    negotiation_words: frozenset[str]
    member_state_nouns: frozenset[str]
    unmade_member_words: frozenset[str]
    organization_name_endings: frozenset[str]             # capitalised
    organization_kinds: frozenset[str]
    platforms: frozenset[str]             # capitalised
    event_name_drop_words: frozenset[str]
    transfer_verbs: frozenset[str]
    governance_nouns: frozenset[str]
    appoint_verbs: frozenset[str]
    seat_verbs: frozenset[str]
    party_leader_titles: frozenset[str]
    identify_verbs: frozenset[str]
    seat_bodies: frozenset[str]
    appointment_nouns: frozenset[str]
    private_roles: frozenset[str]
    opposition_words: frozenset[str]
    margin_nouns: frozenset[str]
    body_head_titles: frozenset[str]
    title_names: frozenset[str]
    relative_nouns: frozenset[str]
    state_agent_nouns: frozenset[str]
    public_offices: frozenset[str]
    local_offices: frozenset[str]
    leader_staff_roles: frozenset[str]
    byline_words: frozenset[str]
    contributor_verbs: frozenset[str]
    detachment_nouns: frozenset[str]
    party_nouns: frozenset[str]
    telling_verbs: frozenset[str]
    contributor_objects: frozenset[str]
    subject_control_verbs: frozenset[str]
    heads_of_state: frozenset[str]
    posted_roles: frozenset[str]
    accredited_roles: frozenset[str]
    diplomatic_missions: frozenset[str]
    deputy_words: frozenset[str]
    state_bodies: frozenset[str]
    part_phrases: frozenset[str]
    male_honorifics: frozenset[str]
    female_honorifics: frozenset[str]
    counsel_nouns: frozenset[str]
    beat_roles: frozenset[str]
    heading_verbs: frozenset[str]
    headed_parts: frozenset[str]
    home_offices: frozenset[str]
    shared_roles: frozenset[str]
    state_organ_words: frozenset[str]
    meeting_nouns: frozenset[str]
    joint_events: frozenset[str]
    judging_speech: frozenset[str]
    place_nouns: frozenset[str]
    demand_verbs: frozenset[str]
    redress_verbs: frozenset[str]
    wrongdoing_verbs: frozenset[str]
    culprit_words: frozenset[str]
    charge_verbs: frozenset[str]
    holding_verbs: frozenset[str]
    agreement_nouns: frozenset[str]
    law_nouns: frozenset[str]
    expressing_verbs: frozenset[str]
    verbal_attack_verbs: frozenset[str]
    verbal_attack_modifiers: frozenset[str]
    harm_words: frozenset[str]
    figurative_war_modifiers: frozenset[str]
    portfolio_adjectives: frozenset[str]
    assault_nouns: frozenset[str]
    strike_nouns: frozenset[str]
    likening_verbs: frozenset[str]
    need_adjectives: frozenset[str]
    irregular_group_nouns: frozenset[str]
    bare_organ_words: frozenset[str]
    named_organs: frozenset[str]
    body_words: frozenset[str]
    body_heads: frozenset[str]
    unit_heads: frozenset[str]
    organization_name_words: frozenset[str]
    receiving_verbs: frozenset[str]
    subnational_words: frozenset[str]
    counterpart_nouns: frozenset[str]
    stance_object_nouns: frozenset[str]
    media_words: frozenset[str]
    not_yet: frozenset[str]
    under_way: frozenset[str]
    doing_verbs: frozenset[str]
    hypothetical_nouns: frozenset[str]
    date_start_words: frozenset[str]
    date_edge_words: frozenset[str]
    date_units: frozenset[str]
    date_points: frozenset[str]
    light_verbs: frozenset[str]
    role_start_verbs: frozenset[str]
    role_holding_verbs: frozenset[str]
    role_end_verbs: frozenset[str]
    office_verbs: frozenset[str]
    office_nouns: frozenset[str]
    remote_words: frozenset[str]
    call_nouns: frozenset[str]
    report_verbs: frozenset[str]
    allege_verbs: frozenset[str]
    deny_verbs: frozenset[str]
    commit_verbs: frozenset[str]
    claim_nouns: frozenset[str]
    according: tuple[str, ...]
    intend_verbs: frozenset[str]
    negate_verbs: frozenset[str]
    future_aux: frozenset[str]
    party_short_forms: dict[str, str]     # short form (case-sensitive) -> first word of the party name, lower-case
    office_states: dict[str, str]         # title of an office one state alone has -> ISO alpha-3 code
    ministerial_offices: dict[str, frozenset[str]]   # leader's title -> codes of states where it names a minister
    party_outsiders: frozenset[str]       # nouns of people outside the party named with them ("donor")
    standalone_parties: frozenset[str]    # party words that name their party on their own ("Labour MP X")
    tag_roles: dict[str, str]             # title in front of a tagged name -> role ("sen." -> "senator")
    chambers: dict[str, frozenset[str]]   # lawmaker's role -> names of the chamber it sits in

    @functools.cached_property
    def role_words(self) -> frozenset[str]:
        """Last words of role phrases ("minister", "president", "state" of "secretary of state" ...)."""
        return frozenset(phrase.split()[-1] for phrase in self.roles)

    @functools.cached_property
    def unhyphenated_words(self) -> frozenset[str]:
        """Words no hyphenated name is made of, lower case: every word of a role phrase ("prime",
        "minister", "general" ...) and the organization name endings ("police", "ministry" ...)."""
        return frozenset(word for phrase in self.roles for word in phrase.split() if word != "of") \
            | frozenset(word.lower() for word in self.organization_name_endings)

    @functools.cached_property
    def organization_nouns(self) -> frozenset[str]:
        """Nouns that head or describe an organization ("company", "maker", "website" ...)."""
        return self.organization_heads | self.organization_kinds

    @functools.cached_property
    def plural_roles(self) -> frozenset[str]:
        """One-word roles with a plural "s" ("officers", "members"): the titles a plural subject may hold."""
        return frozenset(role + "s" for role in self.roles if " " not in role)

    @functools.cached_property
    def chamber_words(self) -> frozenset[str]:
        """First words of the chambers' names ("Senate", "House" of "House of Representatives")."""
        return frozenset(name.split()[0] for names in self.chambers.values() for name in names)

    @functools.cached_property
    def occupation_heads(self) -> frozenset[str]:
        """Words that head a role phrase or an occupation ("minister", "economist", "consultant" ...)."""
        return self.role_heads | frozenset(role.split()[-1] for role in self.private_roles)

    @functools.cached_property
    def role_heads(self) -> frozenset[str]:
        """Words that head a role phrase ("secretary" of "secretary of state", "minister" ...)."""
        heads = set()
        for phrase in self.roles:
            words = phrase.split()
            heads.add(words[words.index("of") - 1] if "of" in words else words[-1])
        return frozenset(heads)


def _read(name: str, path: str | None) -> tuple[dict, str]:
    source = path or f"kg/data/{name}"
    text = Path(path).read_text(encoding="utf-8") if path else resources.files("kg.data").joinpath(name).read_text(encoding="utf-8")
    try:
        return tomllib.loads(text), source
    except tomllib.TOMLDecodeError as exc:
        raise DataFileError(f"{source}: not valid TOML ({exc})") from None


def _words(section: dict, key: str, source: str, *, lower: bool = True) -> frozenset[str]:
    values = section.get(key)
    if not isinstance(values, list) or not all(isinstance(v, str) and v.strip() for v in values):
        raise DataFileError(f"{source}: {key!r} must be a list of non-empty strings, got {values!r}")
    return frozenset(v.lower() if lower else v for v in values)


@functools.lru_cache(maxsize=4)
def load_lexicon(path: str | None = None) -> Lexicon:
    data, source = _read(LEXICON_FILE, path)
    roles: dict[str, str] = {}
    for relation, phrases in data.get("roles", {}).items():
        if relation not in RELATION_TYPES:
            raise DataFileError(f"{source}: [roles] unknown relation {relation!r}")
        for phrase in _words(data["roles"], relation, source):
            roles[phrase] = relation
    titles, nouns, names = data.get("titles", {}), data.get("nouns", {}), data.get("names", {})
    speech, modality = data.get("speech", {}), data.get("modality", {})
    vocabulary = data.get("vocabulary", {})
    return Lexicon(
        roles=roles,
        former=_words(titles, "former", source),
        past=_words(titles, "past", source),
        title_modifiers=_words(titles, "title_modifiers", source),
        portfolios=_words(titles, "portfolios", source),
        honorifics=_words(titles, "honorifics", source) | _words(titles, "plural_abbreviations", source),
        plural_abbreviations=_words(titles, "plural_abbreviations", source, lower=False),
        not_names=_words(titles, "not_names", source, lower=False),
        event_nouns=_words(nouns, "event_nouns", source),
        routine_events=_words(nouns, "routine_events", source),
        group_nouns=_words(nouns, "group_nouns", source),
        possessed_nouns=_words(nouns, "possessed_nouns", source),
        state_descriptions=_words(nouns, "state_descriptions", source),
        organization_descriptions=_words(nouns, "organization_descriptions", source),
        arms_nouns=_words(nouns, "arms_nouns", source),
        event_name_heads=_words(names, "event_name_heads", source, lower=False),
        event_names=_words(names, "event_names", source, lower=False),
        location_heads=_words(names, "location_heads", source, lower=False),
        place_prefixes=_words(names, "place_prefixes", source, lower=False),
        compass_prefixes=_words(names, "compass_prefixes", source, lower=False),
        thing_acronyms=_words(names, "thing_acronyms", source, lower=False),
        thing_name_endings=_words(names, "thing_name_endings", source, lower=False),
        **{name: _words(vocabulary, name, source, lower=name not in CAPITALISED) for name in VOCABULARY},
        report_verbs=_words(speech, "report", source),
        allege_verbs=_words(speech, "allege", source),
        deny_verbs=_words(speech, "deny", source),
        commit_verbs=_words(speech, "commit", source),
        claim_nouns=_words(speech, "claim_nouns", source),
        according=tuple(sorted(_words(speech, "according", source), key=len, reverse=True)),
        intend_verbs=_words(modality, "intend", source),
        negate_verbs=_words(modality, "negate", source),
        future_aux=_words(modality, "future_aux", source),
        party_short_forms={k: v.lower() for k, v in _word_map(data.get("parties", {}), "short_forms", source).items()},
        party_outsiders=_words(data.get("parties", {}), "outsiders", source),
        standalone_parties=_words(data.get("parties", {}), "standalone", source, lower=False),
        office_states=_office_states(data.get("offices", {}), source),
        ministerial_offices=_ministerial_offices(data.get("offices", {}), source),
        tag_roles={k.lower(): v for k, v in _word_map(data.get("parties", {}), "tag_roles", source).items()},
        chambers=_chambers(data.get("parties", {}), source),
    )


def _chambers(section: dict, source: str) -> dict[str, frozenset[str]]:
    chambers = section.get("chambers")
    if not isinstance(chambers, dict) or not all(isinstance(k, str) and isinstance(v, list) and v
                                                  and all(isinstance(n, str) and n.strip() for n in v)
                                                  for k, v in chambers.items()):
        raise DataFileError(f"{source}: [parties] chambers must map roles to lists of names, got {chambers!r}")
    return {k.lower(): frozenset(v) for k, v in chambers.items()}


def _office_states(section: dict, source: str) -> dict[str, str]:
    states = section.get("states")
    if not isinstance(states, dict) or not all(isinstance(k, str) and isinstance(v, str) and len(v) == 3
                                               for k, v in states.items()):
        raise DataFileError(f"{source}: [offices] states must map titles to ISO alpha-3 codes, got {states!r}")
    return {k.lower(): v.upper() for k, v in states.items()}


def _ministerial_offices(section: dict, source: str) -> dict[str, frozenset[str]]:
    table = section.get("ministerial")
    if not isinstance(table, dict) or not all(isinstance(k, str) and isinstance(v, list) and v
                                              and all(isinstance(c, str) and len(c) == 3 for c in v)
                                              for k, v in table.items()):
        raise DataFileError(f"{source}: [offices] ministerial must map titles to lists of ISO alpha-3 codes, got {table!r}")
    return {k.lower(): frozenset(c.upper() for c in v) for k, v in table.items()}


def _word_map(section: dict, key: str, source: str) -> dict[str, str]:
    """A [parties] table of non-empty strings to non-empty strings (short forms, tag roles)."""
    table = section.get(key)
    if not isinstance(table, dict) or not all(isinstance(k, str) and isinstance(v, str) and v.strip()
                                              for k, v in table.items()):
        raise DataFileError(f"{source}: [parties] {key} must map words to words, got {table!r}")
    return table


def _frame(entry: dict, source: str) -> Frame:
    def bad(problem: str) -> DataFileError:
        return DataFileError(f"{source}: frame {entry.get('id', '?')!r}: {problem} in {entry!r}")

    unknown = set(entry) - _FRAME_KEYS
    if unknown:
        raise bad(f"unknown keys {sorted(unknown)}")
    for key in ("id", "relation", "trigger", "lemmas", "object", "source", "target"):
        if key not in entry:
            raise bad(f"missing {key!r}")
    if entry["relation"] not in RELATION_TYPES:
        raise bad(f"unknown relation {entry['relation']!r}")
    if entry["trigger"] not in ("verb", "noun", "adjective"):
        raise bad("trigger must be 'verb', 'noun' or 'adjective'")
    for slot in entry["object"]:
        if slot not in OBJECT_SLOTS and not slot.startswith("prep:"):
            raise bad(f"unknown object slot {slot!r}")
    for slot in entry.get("subject", []):
        if slot not in SUBJECT_SLOTS and not slot.startswith("prep:"):
            raise bad(f"unknown subject slot {slot!r}")
    if entry["trigger"] == "noun" and not entry.get("subject"):
        raise bad("a noun frame needs 'subject' slots")
    for key in ("source", "target"):
        if not set(entry[key]) <= set(LABELS):
            raise bad(f"{key} labels must be among {LABELS}")
    if entry.get("theme", "") not in THEMES | {""}:
        raise bad(f"unknown theme {entry['theme']!r}")
    return Frame(
        id=entry["id"],
        relation=entry["relation"],
        trigger=entry["trigger"],
        lemmas=frozenset(entry["lemmas"]),
        object=tuple(entry["object"]),
        source=frozenset(entry["source"]),
        target=frozenset(entry["target"]),
        subject=tuple(entry.get("subject", ())),
        governors=frozenset(entry.get("governors", ())),
        modifiers=frozenset(entry.get("modifiers", ())),
        theme=entry.get("theme", ""),
        requires=frozenset(entry.get("requires", ())),
        excludes=frozenset(entry.get("excludes", ())),
        reciprocal=bool(entry.get("reciprocal", False)),
        adverbs=frozenset(entry.get("adverbs", ())),
        verdicts=frozenset(entry.get("verdicts", ())),
        happening=bool(entry.get("happening", False)),
        not_targets=frozenset(entry.get("not_targets", ())),
        inferred=bool(entry.get("inferred", False)),
        inverse=bool(entry.get("inverse", False)),
        stated_agent=bool(entry.get("stated_agent", False)),
    )


@functools.lru_cache(maxsize=4)
def load_frames(path: str | None = None) -> tuple[Frame, ...]:
    data, source = _read(FRAMES_FILE, path)
    frames = tuple(_frame(entry, source) for entry in data.get("frame", []))
    seen: set[str] = set()
    for frame in frames:
        if frame.id in seen:
            raise DataFileError(f"{source}: frame id {frame.id!r} is used twice")
        seen.add(frame.id)
    return frames


@functools.lru_cache(maxsize=1)
def load_name_genders() -> dict[str, str]:
    """Lower-case first names -> their usual gender, "f", "m" or "" (``data/first_names.txt``, built by
    scripts/build-first-names)."""
    text = resources.files("kg.data").joinpath(FIRST_NAMES_FILE).read_text(encoding="utf-8")
    genders = {}
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            name, _, gender = line.strip().partition("\t")
            genders[name] = gender if gender in ("f", "m") else ""
    return genders


@functools.lru_cache(maxsize=1)
def load_first_names() -> frozenset[str]:
    """Lower-case first names (``data/first_names.txt``)."""
    return frozenset(load_name_genders())
