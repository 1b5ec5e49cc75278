"""A made-up graph of the size and shape a NewsArticles build has (no spaCy needed), for the viewer's
scale tests.

Measured on real builds (kg build of the corpus's political articles, and of the whole corpus): most
entities have no relation at all (mentioned, never linked), the linked ones form one big component
around a few hubs (states and heads of state, degree in the tens to hundreds) plus many small pieces,
and relations carry one or a few evidence sentences, dates at day, month or year precision (most of
them a publication date), outlets, and now and then a contested claim. :func:`corpus_like_graph`
builds that shape, deterministically from its seed, with names of realistic lengths.
"""
from __future__ import annotations

import random

import networkx as nx
import pycountry

from kg.records import RELATION_TYPES, STATUSES

FIRST = ["Anna", "Boris", "Carlos", "Dmitri", "Elena", "Fatima", "Gerhard", "Hiroshi", "Ingrid", "Jamal", "Kofi",
         "Li", "Maria", "Nikolai", "Olga", "Pedro", "Qasim", "Rania", "Sergei", "Tomas", "Ursula", "Viktor",
         "Wang", "Xavier", "Yusuf", "Zhang", "Ahmed", "Beatriz", "Chen", "Dario", "Emine", "Farid", "Giorgia",
         "Hassan", "Irina", "Jean-Marc", "Kenji", "Lars", "Mehmet", "Nadia"]
LAST = ["Abe", "Bauer", "Castillo", "Dubois", "Erdem", "Fischer", "Garcia", "Haddad", "Ivanov", "Jensen",
        "Kowalski", "Lopez", "Moreau", "Nakamura", "Okafor", "Petrov", "Quintero", "Rossi", "Schmidt",
        "Tanaka", "Usmanov", "Volkov", "Weber", "Xu", "Yilmaz", "Zhou", "Al-Sayed", "Barzani", "Costa",
        "Demir", "Eriksson", "Fontaine", "Gonzalez", "Hoffmann", "Iqbal", "Jovanovic", "Kim", "Lindqvist"]
ORG_WORDS = ["National", "Federal", "United", "Central", "People's", "Democratic", "Energy", "Security", "Trade",
             "Defence", "Foreign", "Economic", "Islamic", "Liberal", "Green", "Workers'", "Atlantic", "Pacific"]
ORG_KINDS = ["Party", "Council", "Ministry", "Agency", "Front", "Union", "Bank", "Commission", "Alliance", "Court",
             "Committee", "News Agency", "Army", "Assembly"]
EVENTS = ["summit", "talks", "election", "referendum", "parade", "conference", "missile test", "visit", "protest",
          "ceasefire talks", "military exercises", "state funeral"]
OUTLETS = ["Reuters", "Al Jazeera", "BBC", "Xinhua", "TASS", "AP", "AFP", "DW", "CNN", "Yonhap", "Anadolu",
           "The Guardian", "Kyodo", "Le Monde"]
SYLLABLES = ["ka", "ber", "lin", "mos", "to", "ra", "vi", "do", "nes", "pol", "gra", "sk", "an", "ur", "mi", "zo"]
# How labels, statuses and types are shared out among a build's entities and relations, roughly.
LABEL_SHARES = {"Person": 0.32, "Organization": 0.31, "Location": 0.17, "Event": 0.12, "State": 0.08}
STATUS_SHARES = {"asserted": 0.89, "reported": 0.05, "negated": 0.05, "alleged": 0.005, "denied": 0.005}
TYPE_SHARES = {"MEMBER_OF": 23, "LEADER_OF": 22, "MINISTER_OF": 9, "MET": 8, "VISITED": 6, "ORGANIZED": 5, "ACCUSED": 5,
               "COOPERATES_WITH": 5, "PART_OF": 4, "ATTENDED": 4, "CRITICIZED": 3, "SUPPORTS": 2, "ATTACKED": 2,
               "ALLIED_WITH": 1, "RIVAL_OF": 1}


def _names(label: str, rng: random.Random, used: set[str]):
    states = [c.name for c in pycountry.countries]
    while True:
        if label == "Person":
            name = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
        elif label == "State":
            name = rng.choice(states)
        elif label == "Organization":
            name = f"{rng.choice(ORG_WORDS)} {rng.choice(ORG_WORDS)} {rng.choice(ORG_KINDS)}"
        elif label == "Event":
            name = f"{''.join(rng.choices(SYLLABLES, k=3)).title()} {rng.choice(EVENTS)}"
        else:
            name = "".join(rng.choices(SYLLABLES, k=rng.randint(2, 4))).title()
        if name in used:
            name = f"{name} {len(used)}"   # pools run out at corpus size: keep names unique
        used.add(name)
        yield name


def _date(rng: random.Random) -> tuple[str, str, str]:
    """(date, precision, basis): mostly publication days of 2016-2017, some stated months and years."""
    year = rng.choice([2016, 2017, 2017, 2017])
    month, day = rng.randint(1, 12), rng.randint(1, 28)
    roll = rng.random()
    if roll < 0.1:
        return "", "", ""
    if roll < 0.85:
        return f"{year}-{month:02d}-{day:02d}", "day", "published"
    if roll < 0.95:
        return f"{year}-{month:02d}", "month", "stated"
    return str(rng.choice([1950, 1991, 2003, 2014, 2015, year])), "year", "stated"


def _hub_tree(size: int, rng: random.Random) -> list[tuple[int, int]]:
    """A tree on ``size`` nodes grown by preferential attachment, where a few hubs (0-3: the United
    States, Russia, the US president, China) also take a share of every newcomer, as they do in news."""
    edges, ends = [], [0]
    for new in range(1, size):
        if new > 4 and rng.random() < 0.12:
            old = rng.choices(range(4), weights=[4, 3, 2, 1.5])[0]
        else:
            old = rng.choice(ends)
        edges.append((old, new))
        ends += [old, new]
    return edges


def corpus_like_graph(*, entities: int, relations: int, documents: int, seed: int = 1) -> nx.MultiDiGraph:
    """A graph with about ``relations`` relations among ``entities`` entities from ``documents`` articles."""
    rng = random.Random(seed)
    docs = [{"id": f"news_{i:04d}.txt", "title": f"Article {i} on {rng.choice(EVENTS)}", "date": "", "source": rng.choice(OUTLETS),
             "url": "", "path": f"NewsArticles.zip/news_{i:04d}.txt"} for i in range(documents)]
    graph = nx.MultiDiGraph(documents=docs)
    labels = rng.choices(list(LABEL_SHARES), weights=list(LABEL_SHARES.values()), k=entities)
    used: set[str] = set()
    pools = {label: _names(label, rng, used) for label in LABEL_SHARES}
    ids = []
    for i, label in enumerate(labels):
        node = f"{label.lower()}-{i:06x}"
        name = next(pools[label])
        graph.add_node(node, label=label, name=name, aliases=[name.split()[-1]] if label == "Person" else [],
                       mention_count=1 + int(rng.paretovariate(1.3)), documents=sorted({rng.choice(docs)["id"] for _ in range(2)}))
        ids.append(node)
    # The linked part: one preferential-attachment tree (hubs emerge) and small pieces beside it.
    linked = rng.sample(ids, min(len(ids), relations))
    hubs_first = sorted(linked, key=lambda n: (graph.nodes[n]["label"] != "State", n))   # hubs are states
    core = _hub_tree(len(hubs_first) * 3 // 5, rng)
    pairs = [(hubs_first[a], hubs_first[b]) for a, b in core]
    rest = hubs_first[len(core) + 1:]
    while len(rest) > 1 and len(pairs) < relations:
        piece = [rest.pop() for _ in range(min(len(rest), rng.choice([2, 2, 2, 3, 4])))]
        pairs += [(piece[0], other) for other in piece[1:]]
    while len(pairs) < relations:
        pairs.append(tuple(rng.sample(hubs_first[:len(core) + 1], 2)))
    types = rng.choices(list(TYPE_SHARES), weights=list(TYPE_SHARES.values()), k=len(pairs))
    statuses = rng.choices(list(STATUS_SHARES), weights=list(STATUS_SHARES.values()), k=len(pairs))
    for k, ((a, b), kind, status) in enumerate(zip(pairs, types, statuses)):
        if rng.random() < 0.5:
            a, b = b, a
        evidence = []
        for _ in range(int(rng.paretovariate(2.0))):   # 1 sentence mostly, a few many
            doc = rng.choice(docs)
            date, precision, basis = _date(rng)
            sentence = (f"{graph.nodes[a]['name']} and {graph.nodes[b]['name']} were named in a report on the "
                        f"{rng.choice(EVENTS)}, officials said on {rng.choice(['Monday', 'Tuesday', 'Friday'])}.")
            evidence.append({"doc_id": doc["id"], "sentence": sentence, "start": 0, "end": len(sentence), "rule": f"{kind.lower()}.verb",
                             "status": status, "attributed_to": [], "denied_by": [], "modality": "", "date": date,
                             "date_precision": precision, "date_basis": basis, "date_since": False, "source": doc["source"]})
        dated = sorted((ev["date"] for ev in evidence if ev["date"]), key=lambda d: (d + "-01-01")[:10])
        sources = sorted({ev["source"] for ev in evidence})
        contested = rng.random() < 0.02
        docs_of = sorted({ev["doc_id"] for ev in evidence})
        graph.add_edge(a, b, key=f"rel-{k:06x}", id=f"rel-{k:06x}", type=kind if kind in RELATION_TYPES else "MET",
                       status=status if status in STATUSES else "asserted", attributed_to=[], denied_by=[], role="",
                       modality="", rule=evidence[0]["rule"], rules=[evidence[0]["rule"]], evidence=evidence,
                       first_date=dated[0] if dated else "", last_date=dated[-1] if dated else "", sources=sources,
                       source_count=len(sources), contested=contested, affirmed_in=docs_of[:1] if contested else docs_of,
                       disputed_in=docs_of[1:2] if contested else [])
    return graph
