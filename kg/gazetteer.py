"""The gazetteer of states: pycountry's ISO 3166-1 and 3166-3 lists plus the reviewed additions in ``data/states.toml``.

It answers three questions for the NER corrections and the resolver: is this string the name of a
state (and which), is it a demonym of one ("Russian" -> Russia), and what is the state's canonical
name. Territories (ISO entries that are not sovereign states) are known too, as places.
"""
from __future__ import annotations

import functools
import tomllib
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

import pycountry

from kg.errors import DataFileError

DATA_FILE = "states.toml"


@dataclass(frozen=True)
class Gazetteer:
    """Lookup tables built once from pycountry and the data file (see :func:`load_gazetteer`)."""

    canonical: dict[str, str] = field(default_factory=dict)      # code -> canonical name
    names: dict[str, str] = field(default_factory=dict)          # surface form -> code
    demonyms: dict[str, str] = field(default_factory=dict)       # demonym -> code
    territories: frozenset[str] = frozenset()                    # codes that are places, not states
    capitals: dict[str, str] = field(default_factory=dict)       # capital city -> code
    seats: dict[str, str] = field(default_factory=dict)          # seat of a head of state or government -> code

    def state_code(self, text: str) -> str | None:
        """Code of the sovereign state this exact surface form names (case-sensitive), else None."""
        code = self.names.get(_strip_the(text))
        return code if code and code not in self.territories else None

    def demonym_code(self, text: str) -> str | None:
        return self.demonyms.get(text)

    def is_territory(self, text: str) -> bool:
        return self.names.get(_strip_the(text)) in self.territories

    def state_name(self, text: str) -> str | None:
        """Canonical name of the state named by ``text`` or by it as a demonym."""
        code = self.state_code(text) or self.demonym_code(text)
        return self.canonical[code] if code else None

    def capital_code(self, text: str) -> str | None:
        """Code of the state whose capital (or seat of government) this place name is."""
        return self.capitals.get(text)

    def seat_code(self, text: str) -> str | None:
        """Code of the state whose head's seat this name is ("White House", "Kremlin")."""
        return self.seats.get(_strip_the(text))

    def is_state_name(self, name: str) -> bool:
        return name in self._canonical_names

    @functools.cached_property
    def _canonical_names(self) -> frozenset[str]:
        return frozenset(self.canonical[c] for c in self.canonical if c not in self.territories)


def _strip_the(text: str) -> str:
    return text[4:] if text.startswith(("the ", "The ")) else text


def _pycountry_names(country) -> list[str]:
    names = [country.name, getattr(country, "common_name", None), getattr(country, "official_name", None)]
    return [n for n in names if n and "," not in n and "(" not in n]


@functools.lru_cache(maxsize=4)
def load_gazetteer(path: str | None = None) -> Gazetteer:
    """Build the gazetteer; ``path`` overrides the packaged data file (for users extending it)."""
    text = Path(path).read_text(encoding="utf-8") if path else resources.files("kg.data").joinpath(DATA_FILE).read_text(encoding="utf-8")
    source = path or f"kg/data/{DATA_FILE}"
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise DataFileError(f"{source}: not valid TOML ({exc})") from None

    known = {c.alpha_3: c for c in pycountry.countries}
    historic = {c.alpha_3: c for c in pycountry.historic_countries if c.alpha_3 not in known}
    extra = data.get("extra", {})

    def check(code: str, section: str) -> None:
        if code not in known and code not in historic and code not in extra:
            raise DataFileError(f"{source}: [{section}] {code!r} is not an ISO 3166-1 alpha-3 code nor an [extra] state")

    canonical: dict[str, str] = {}
    names: dict[str, str] = {}
    for code, country in known.items():
        canonical[code] = getattr(country, "common_name", None) or country.name
        for name in _pycountry_names(country):
            names.setdefault(name, code)
    for code, country in historic.items():
        canonical[code] = country.name.split(",")[0]
        names.setdefault(country.name.split(",")[0], code)
    for code, entry in extra.items():
        if not isinstance(entry, dict) or not isinstance(entry.get("name"), str):
            raise DataFileError(f"{source}: [extra.{code}] needs a string 'name': {entry!r}")
        canonical[code] = entry["name"]
        for name in [entry["name"], *entry.get("names", [])]:
            names[name] = code
    for code, name in data.get("canonical", {}).items():
        check(code, "canonical")
        canonical[code] = name
        names[name] = code
    for code, forms in data.get("names", {}).items():
        check(code, "names")
        for form in forms:
            names[_strip_the(form)] = code
    demonyms: dict[str, str] = {}
    for code, forms in data.get("demonyms", {}).items():
        check(code, "demonyms")
        for form in forms:
            demonyms[form] = code
    for code, entry in extra.items():
        for form in entry.get("demonyms", []):
            demonyms[form] = code
    territories = frozenset(data.get("not_sovereign", {}).get("codes", []))
    for code in territories:
        check(code, "not_sovereign")
    capitals: dict[str, str] = {}
    for code, cities in data.get("capitals", {}).items():
        check(code, "capitals")
        for city in cities:
            capitals[city] = code
    seats: dict[str, str] = {}
    for code, places in data.get("seats", {}).items():
        check(code, "seats")
        for place in places:
            seats[place] = code
    return Gazetteer(canonical=canonical, names=names, demonyms=demonyms, territories=territories, capitals=capitals,
                     seats=seats)
