"""Graph -> GraphML for Gephi, yEd and ``networkx.read_graphml``, and back without loss.

GraphML attributes hold scalars only. Convention: an attribute keeps its name, and where it cannot be
a plain GraphML value (some value is a list or a map, its values mix types, or a string holds a
character XML 1.0 cannot carry such as ``\\r`` or a control character), every value of that
attribute in that domain (graph, node or edge) is written as JSON text. The graph attribute
``json_attributes`` says which, as JSON: ``{"edge": ["evidence", ...], "graph": ["documents"],
"node": ["aliases", "documents"]}``. :func:`read_graphml` decodes exactly those, so a plain string
that happens to look like JSON stays a string. Gephi and yEd show the JSON text as is.
"""
from __future__ import annotations

import io
import json
import re
import xml.etree.ElementTree as ET
from collections import defaultdict
from collections.abc import Iterable, Mapping
from pathlib import Path

import networkx as nx

from kg.errors import ExportError, GraphFileError

JSON_ATTRIBUTES = "json_attributes"
DOMAINS = ("graph", "node", "edge")
_SCALARS = frozenset({str, int, float, bool})
# networkx's reader adds these graph attributes to every graph it reads.
_READER_DEFAULTS = ("node_default", "edge_default")
# Characters an XML 1.0 text node cannot carry as they are (\r is read back as \n).
_NOT_XML_TEXT = re.compile("[\x00-\x08\x0b-\x1f\ufffe\uffff\ud800-\udfff]")


def _needs_json(values: set[type], strings: Iterable[str]) -> bool:
    return len(values) > 1 or not values <= _SCALARS or any(_NOT_XML_TEXT.search(s) for s in strings)


def _json_keys(dicts: Iterable[Mapping]) -> list[str]:
    types: dict[str, set[type]] = defaultdict(set)
    strings: dict[str, list[str]] = defaultdict(list)
    for attrs in dicts:
        for key, value in attrs.items():
            types[key].add(type(value))
            if isinstance(value, str):
                strings[key].append(value)
    return sorted(key for key in types if _needs_json(types[key], strings[key]))


def _to_json(value) -> str:
    text = json.dumps(value, ensure_ascii=False, sort_keys=True)
    # json escapes control characters itself; what is left can only sit inside a JSON string
    return _NOT_XML_TEXT.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


def _encode(attrs: Mapping, json_keys: list[str]) -> dict:
    return {key: _to_json(attrs[key]) if key in json_keys else attrs[key] for key in sorted(attrs)}


def _decode(attrs: Mapping, json_keys: list[str]) -> dict:
    return {key: json.loads(value) if key in json_keys else value for key, value in attrs.items()}


def to_data(graph: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """The graph with every attribute GraphML-storable (see the module docstring); same order."""
    if JSON_ATTRIBUTES in graph.graph:
        raise ExportError(f"graph attribute {JSON_ATTRIBUTES!r} is reserved for the GraphML encoding")
    edges = list(graph.edges(keys=True, data=True))
    json_keys = {
        "graph": _json_keys([graph.graph]),
        "node": _json_keys(attrs for _, attrs in graph.nodes(data=True)),
        "edge": _json_keys(attrs for *_, attrs in edges),
    }
    encoded = nx.MultiDiGraph(**_encode(graph.graph, json_keys["graph"]))
    encoded.graph[JSON_ATTRIBUTES] = json.dumps(json_keys, sort_keys=True)
    for node, attrs in graph.nodes(data=True):
        encoded.add_node(node, **_encode(attrs, json_keys["node"]))
    for source, target, key, attrs in edges:
        encoded.add_edge(source, target, key=key, **_encode(attrs, json_keys["edge"]))
    return encoded


def from_data(encoded: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """Inverse of :func:`to_data`: decode the attributes listed in ``json_attributes``."""
    attrs = {k: v for k, v in encoded.graph.items() if k not in (JSON_ATTRIBUTES, *_READER_DEFAULTS)}
    try:
        json_keys = json.loads(encoded.graph.get(JSON_ATTRIBUTES, "{}"))
        graph = nx.MultiDiGraph(**_decode(attrs, json_keys.get("graph", [])))
        for node, node_attrs in encoded.nodes(data=True):
            graph.add_node(node, **_decode(node_attrs, json_keys.get("node", [])))
        for source, target, key, edge_attrs in encoded.edges(keys=True, data=True):
            graph.add_edge(source, target, key=key, **_decode(edge_attrs, json_keys.get("edge", [])))
    except (json.JSONDecodeError, TypeError, AttributeError) as exc:
        raise GraphFileError(f"GraphML attribute is not the JSON its {JSON_ATTRIBUTES} says ({exc})") from None
    return graph


def dumps(graph: nx.MultiDiGraph) -> str:
    """GraphML text of the graph: same graph, same text."""
    buffer = io.BytesIO()
    nx.write_graphml_xml(to_data(graph), buffer, encoding="utf-8", prettyprint=True)
    return buffer.getvalue().decode("utf-8")


def loads(text: str | bytes) -> nx.MultiDiGraph:
    """Inverse of :func:`dumps`."""
    data = text.encode("utf-8") if isinstance(text, str) else text
    try:
        encoded = nx.read_graphml(io.BytesIO(data), force_multigraph=True)
    except (ET.ParseError, nx.NetworkXError) as exc:
        raise GraphFileError(f"not a GraphML graph ({exc})") from None
    return from_data(encoded)


def read_graphml(path: Path) -> nx.MultiDiGraph:
    """Read a file written by ``kg export --format graphml`` back into the graph it was made from."""
    try:
        return loads(Path(path).read_bytes())
    except OSError as exc:
        raise GraphFileError(f"{path}: cannot read ({exc.strerror})") from None
    except GraphFileError as exc:
        raise GraphFileError(f"{path}: {exc}") from None
