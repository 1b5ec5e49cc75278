"""The alias table: a user-editable TSV file mapping (label, alias) to a canonical name.

Format, one entry per line (``#`` starts a comment); a fourth column names the canonical's label
when it differs, the only way two labels are ever merged (NER typed "Trump" as an organization)::

    Organization<TAB>EU<TAB>European Union
    Organization<TAB>Trump<TAB>Donald Trump<TAB>Person

The packaged table (``kg/data/aliases.tsv``) is loaded first; a user's file (``--aliases``) is
loaded over it, so the user's lines win: over the packaged lines, and over every automatic decision
of the linker (:mod:`kg.link`). A line mapping a name to itself keeps that name apart from others
(``Person<TAB>Kim<TAB>Kim``). Lookups compare normalised names (:func:`kg.names.norm`).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

from kg.errors import DataFileError
from kg.names import norm
from kg.records import LABELS, Ref

PACKAGED = "aliases.tsv"
PACKAGED_SOURCE = f"kg/data/{PACKAGED}"


@dataclass
class AliasTable:
    entries: dict[tuple[str, str], Ref] = field(default_factory=dict)   # (label, norm(alias)) -> canonical
    sources: dict[tuple[str, str], str] = field(default_factory=dict)   # where each entry came from

    def canonical(self, ref: Ref) -> Ref:
        return self.entries.get((ref.label, norm(ref.name)), ref)

    def source_of(self, ref: Ref) -> str | None:
        return self.sources.get((ref.label, norm(ref.name)))

    def load_text(self, text: str, source: str) -> None:
        """Add a table's lines; its canonical names, then its aliases, replace what earlier tables said."""
        canonicals: dict[tuple[str, str], tuple[Ref, str]] = {}
        aliases: dict[tuple[str, str], tuple[Ref, str]] = {}
        for number, line in enumerate(text.splitlines(), 1):
            body = line.split("#", 1)[0] if line.lstrip().startswith("#") else line
            if not body.strip():
                continue
            parts = [p.strip() for p in body.split("\t")]
            if len(parts) not in (3, 4) or not all(parts):
                raise DataFileError(f"{source}:{number}: expected 'label<TAB>alias<TAB>canonical[<TAB>label]', got {line!r}")
            label, alias, name, *other = parts
            for given in (label, *other):
                if given not in LABELS:
                    raise DataFileError(f"{source}:{number}: unknown label {given!r} (one of {', '.join(LABELS)})")
            canonical = Ref(other[0] if other else label, name)
            aliases[(label, norm(alias))] = (canonical, f"{source}:{number}")
            canonicals.setdefault((canonical.label, norm(name)), (canonical, f"{source}:{number}"))
        for key, (canonical, where) in [*canonicals.items(), *aliases.items()]:
            self.entries[key] = canonical
            self.sources[key] = where

    def is_packaged(self, source: str) -> bool:
        """Whether an entry's source (``file:line``) is the packaged table rather than the user's."""
        return source.startswith(PACKAGED_SOURCE + ":")


def load_aliases(path: str | Path | None = None) -> AliasTable:
    """The packaged table, then the user's file over it (missing user file: an error naming it)."""
    table = AliasTable()
    table.load_text(resources.files("kg.data").joinpath(PACKAGED).read_text(encoding="utf-8"), PACKAGED_SOURCE)
    if path is not None:
        try:
            text = Path(path).read_text(encoding="utf-8")
        except FileNotFoundError:
            raise DataFileError(f"{path}: alias table not found") from None
        except UnicodeDecodeError:
            raise DataFileError(f"{path}: alias table is not UTF-8 text") from None
        table.load_text(text, str(path))
    return table
