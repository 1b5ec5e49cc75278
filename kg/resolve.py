"""Resolution stage (inside one document): mentions -> entities, and each mention's entity.

Decisions, in order:

1. **Type voting.** Mentions with the same normalised name are one group; the group's label is the
   majority of its mentions' labels (the gazetteer's State always wins). A one-word name that is a
   word of a multi-word person name in the same document is a Person ("Shoigu", tagged GPE twice);
   so is a one-word capitalised name the model tagged a person even once ("Trump", tagged ORG
   three times and PERSON once: the small model often calls surnames organizations, hardly ever
   the other way round).
2. **Short names of people.** "Kim" -> "Kim Jong Un", "Shoigu" -> "Sergei Shoigu": a person name
   whose words all occur in a longer person name of the document is that person; with several
   candidates, the one named most often before it, the last named of those (else the first named
   after it): "Kim Jong-nam ... the half-brother of Kim Jong-un ... Kim's body" is Jong-nam's. A title or honorific before
   the short name narrows a family sharing it: "Mr Fillon" is no Penelope Fillon, "Prime Minister
   Abe" the Abe the article titles so.
3. **Short names of organizations.** An acronym matching the initials of a longer name ("KCNA" ->
   "Korean Central News Agency"), or a name that is the first or last words of exactly one longer
   name ("Politburo" -> "Chinese Politburo", "Wagner" -> "Wagner Group").
4. **Unnamed events** sharing a head noun are one event ("the parade" -> "military parade"); they
   never join named events.
5. **Canonical names**: states from the gazetteer; people their longest full name; others the
   most frequent form (ties: the longest).
6. **Doubtful people are left out.** A person known only by one word that is never titled, never a
   given name, never a clause's subject nor a possessor (mentions marked
   :data:`kg.mentions.LONE_PERSON`) is as often a platform, a fund or a word the model mis-typed
   ("wrote on Twitter", "the US fund Cerberus"): no entity, so no relation rests on it.
"""
from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field

from kg.mentions import LONE_PERSON, NAMED_PLACE
from kg.names import acronym_letters, initials, name_words, norm, spelled_out
from kg.records import Entity, Mention, Ref
from kg.rules import Lexicon, load_name_genders

#: Label preference when votes tie.
_LABEL_PRIORITY = ("State", "Person", "Organization", "Event", "Location")


@dataclass
class _Group:
    key: str
    label: str
    mentions: list[int] = field(default_factory=list)
    canonical: str = ""
    generic: bool = False


@dataclass(frozen=True)
class Resolution:
    """The entities of one document and, for each mention (by index), its entity reference."""

    entities: tuple[Entity, ...]
    refs: tuple[Ref | None, ...]


def resolve_document(mentions: list[Mention], *, doc_id: str, lexicon: Lexicon,
                     titles: dict[int, str] | None = None) -> Resolution:
    """Group the mentions of one document into entities (see the module docstring); ``titles`` holds
    the title or honorific right before a mention, by index ("president", "mr")."""
    groups = _vote(mentions)
    parent: dict[str, str] = {}            # group key -> the group it belongs to
    mention_parent: dict[int, str] = {}    # mention index -> group, where a group's mentions split
    _attach_people(mentions, groups, parent, mention_parent, titles or {}, lexicon)
    _attach_organizations(mentions, groups, parent, lexicon)

    def root(key: str) -> str:
        while key in parent:
            key = parent[key]
        return key

    members: dict[str, list[int]] = defaultdict(list)
    for key, group in groups.items():
        for i in group.mentions:
            members[root(mention_parent.get(i, key))].append(i)

    refs: list[Ref | None] = [None] * len(mentions)
    entities = []
    for key in sorted(members):
        group = groups[key]
        indices = sorted(members[key])
        if group.label == "Person" and all(mentions[i].source == LONE_PERSON for i in indices):
            continue   # "Twitter", "Cerberus": one word and no sign of a person (doc point 6)
        name = _canonical(group, [mentions[i] for i in indices])
        ref = Ref(group.label, name)
        for i in indices:
            refs[i] = ref
        aliases = sorted({mentions[i].text for i in indices} | {mentions[i].name for i in indices} - {name})
        entities.append(Entity(
            label=group.label, name=name, aliases=tuple(a for a in aliases if a != name),
            mention_count=len(indices), documents=(doc_id,), generic=group.generic,
        ))
    entities = _merge_same_ref(entities)
    return Resolution(entities=tuple(entities), refs=tuple(refs))


def _vote(mentions: list[Mention]) -> dict[str, _Group]:
    person_words = {
        w for m in mentions if m.label == "Person" and len(name_words(m.name)) > 1 for w in name_words(m.name)
    }
    votes: dict[str, Counter] = defaultdict(Counter)
    index: dict[str, list[int]] = defaultdict(list)
    generic: dict[str, bool] = {}
    for i, m in enumerate(mentions):
        if m.source == "event-noun":
            key = "event:" + name_words(m.name)[-1]
            generic[key] = True
        else:
            key = "name:" + norm(m.canonical or m.name)
        index[key].append(i)
        label = m.label
        if m.source in ("gazetteer", "demonym", "gazetteer-nested"):
            label = "State"
        elif len(name_words(m.name)) == 1 and name_words(m.name)[0] in person_words and label in ("Location", "Organization") \
                and not m.name.isupper():   # "UN" is not the "Un" of "Kim Jong Un"
            label = "Person"
        votes[key][label] += 10 if label == "State" and m.canonical or m.source == NAMED_PLACE else 1
    groups = {}
    for key, counter in votes.items():
        placed = any(mentions[i].source == NAMED_PLACE for i in index[key])   # "the town of al-Bab"
        if counter["Person"] and counter["Organization"] + counter["Location"] and not placed \
                and _surname_like(mentions, index[key]):
            counter["Person"] += counter["Organization"] + counter["Location"]   # the model rarely calls an organization a person
        best = max(counter, key=lambda lab: (counter[lab], -_LABEL_PRIORITY.index(lab)))
        groups[key] = _Group(key=key, label=best, mentions=index[key], generic=generic.get(key, False))
    return groups


def _surname_like(mentions: list[Mention], indices: list[int]) -> bool:
    """A single capitalised word, not an acronym ("Trump", "Harward"), tagged a person at least once."""
    name = mentions[indices[0]].name
    return len(name.split()) == 1 and name[:1].isupper() and not name.isupper() and name.isalpha()


def _attach_people(mentions: list[Mention], groups: dict[str, _Group], parent: dict[str, str],
                   mention_parent: dict[int, str], titles: dict[int, str], lexicon: Lexicon) -> None:
    people = [g for g in groups.values() if g.label == "Person"]
    full = [g for g in people if len(name_words(mentions[g.mentions[0]].name)) > 1]
    for group in people:
        if mentions[group.mentions[0]].name.isupper():
            continue
        words = name_words(mentions[group.mentions[0]].name)
        candidates = [
            f for f in full
            if f.key != group.key and len(name_words(mentions[f.mentions[0]].name)) > len(words)
            and _contains(name_words(mentions[f.mentions[0]].name), words)
        ]
        if candidates:
            candidates = _fitting_titles(mentions, group, candidates, titles, lexicon)
        if not candidates:
            continue
        if len({c.key for c in candidates}) == 1:
            parent[group.key] = candidates[0].key
            continue
        for i in group.mentions:  # several people share the word: the one named most before it, else after
            before = [(j, c.key) for c in candidates for j in c.mentions if mentions[j].start < mentions[i].start]
            after = [(j, c.key) for c in candidates for j in c.mentions if mentions[j].start > mentions[i].start]
            if before:
                named = Counter(key for _, key in before)
                chosen = max(before, key=lambda pair: (named[pair[1]], pair[0]))[1]
            else:
                chosen = min(after)[1]
            mention_parent[i] = chosen


def _fitting_titles(mentions: list[Mention], group: _Group, candidates: list[_Group], titles: dict[int, str],
                    lexicon: Lexicon) -> list[_Group]:
    """The full names a titled surname can be, where a family shares it: "Mr Fillon" is no Penelope
    Fillon (a given name's gender; lexicon ``male_honorifics``, ``female_honorifics``); "Prime
    Minister Abe" is the Abe the article titles so, not his wife named nearer. Rows
    resolve-shared-surname*."""
    genders = load_name_genders()
    said = {titles[i] for i in group.mentions if i in titles}
    gender = {"m" for t in said if t in lexicon.male_honorifics} | {"f" for t in said if t in lexicon.female_honorifics}
    if len(gender) == 1:
        other = "f" if gender == {"m"} else "m"
        candidates = [c for c in candidates
                      if genders.get(name_words(mentions[c.mentions[0]].name)[0].lower(), "") != other]
    heads = said & lexicon.heads_of_state
    titled = [c for c in candidates if any(titles.get(j) in heads for j in c.mentions)] if heads else []
    return titled if titled and len({c.key for c in candidates}) > 1 else candidates


def _contains(longer: list[str], shorter: list[str]) -> bool:
    """All words of the short name occur in the long one, in order (surname, given name, or both)."""
    it = iter(longer)
    return all(word in it for word in shorter)


def _attach_organizations(mentions: list[Mention], groups: dict[str, _Group], parent: dict[str, str],
                          lexicon: Lexicon) -> None:
    orgs = [g for g in groups.values() if g.label == "Organization" and g.key not in parent]
    for group in orgs:
        name = mentions[group.mentions[0]].name
        words = name_words(name)
        candidates = []
        for other in orgs:
            if other.key == group.key:
                continue
            other_name = mentions[other.mentions[0]].name
            other_words = name_words(other_name)
            if len(other_words) <= len(words):
                continue
            if _is_acronym_of(name, other_name):
                candidates.append(other)
            elif (other_words[: len(words)] == words or other_words[-len(words):] == words) \
                    and not (len(words) == 1 and name.title() in lexicon.organization_name_endings) \
                    and not (other_words[: len(words)] == words and named_body(other_words[len(words):], lexicon)):
                candidates.append(other)   # "Wagner" -> "Wagner Group"; but a bare "House" is not the White House,
                # and "UN" is not the "UN Human Rights Committee" (a body of it, relations.named_parts)
        if len(candidates) == 1:
            parent[group.key] = candidates[0].key


def named_body(rest: list[str], lexicon: Lexicon) -> bool:
    """The (lower-case) words after a shorter organization name make a body of its own: name words,
    then a body noun (lexicon ``body_heads``: "Security Council", "Human Rights Committee" after
    "UN"); not the kind of body the name already is ("Court of Appeals" after "9th Circuit") nor a
    company's legal form ("Communications Corp")."""
    return len(rest) > 1 and rest[0] not in lexicon.body_heads and any(w in lexicon.body_heads for w in rest[1:])


def _is_acronym_of(short: str, long: str) -> bool:
    letters = acronym_letters(short)
    return bool(letters) and spelled_out(long) and letters in (initials(long), initials(long, with_small_words=True))


def _canonical(group: _Group, mentions: list[Mention]) -> str:
    canonical = [m.canonical for m in mentions if m.canonical]
    if canonical:
        return Counter(canonical).most_common(1)[0][0]
    names = Counter(m.name for m in mentions)
    if group.label == "Person":
        return max(names, key=lambda n: (len(name_words(n)), names[n], len(n), n))
    if group.generic:
        multi = {n: c for n, c in names.items() if len(n.split()) > 1}
        pool = Counter(multi) if multi else names
        return max(pool, key=lambda n: (pool[n], -len(n), n))
    return max(names, key=lambda n: (names[n], len(n), n))


def _merge_same_ref(entities: list[Entity]) -> list[Entity]:
    """Two groups that ended with the same (label, name) are one entity."""
    merged: dict[tuple[str, str, bool], Entity] = {}
    for e in entities:
        key = (e.label, e.name, e.generic)
        if key in merged:
            old = merged[key]
            merged[key] = Entity(e.label, e.name, tuple(sorted(set(old.aliases) | set(e.aliases))),
                                 old.mention_count + e.mention_count, old.documents, e.generic)
        else:
            merged[key] = e
    return list(merged.values())
