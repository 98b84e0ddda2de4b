"""The records of a registry, collection by collection: one value shared by loading and queries.

:class:`Records` declares the collections once: their names (the keys of a
YAML file), their record classes and the kind each holds. The loader builds
one from files, the checks read it, the registry indexes it, the exports and
the compiled data write it. :data:`KINDS` derives the kind names (``"body"``,
``"sector"``, ...) that field roles refer to.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, TypeAlias

import attrs

from ._model import (
    Agency,
    Assignment,
    Body,
    Change,
    Disagreement,
    Erratum,
    Event,
    Figure,
    Instrument,
    Pillar,
    Plan,
    Programme,
    Relation,
    Rename,
    Sector,
    Source,
)
from ._schema import ANY_RECORD, Value, fact, model, ref

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator

__all__ = ["KINDS", "SCHEMA_VERSION", "Document", "Kind", "Record", "Records", "kind_of"]

#: The version of the YAML schema: every file says ``schema_version: 1``.
SCHEMA_VERSION = 1

#: A record that has an id: what :meth:`~ascc_model.Registry.get_record` returns.
Record: TypeAlias = (
    "Source | Pillar | Sector | Agency | Body | Plan | Instrument | Programme | Figure | Erratum"
    " | Event | Change | Assignment | Disagreement"
)

_KIND = "ascc_model.kind"


def _tuple(items: Iterable[Any]) -> tuple[Any, ...]:
    # A function rather than `tuple` itself: attrs inspects a converter's signature,
    # which for a builtin costs a millisecond a field at import.
    return items if type(items) is tuple else tuple(items)


def _collection(kind: str, cls: type[Any], plural: str | None = None) -> Any:
    return attrs.field(
        default=(), converter=_tuple, metadata={_KIND: Kind(kind, plural or f"{kind}s", cls)}
    )


class Kind:
    """A kind of record: its name (``"body"``), plural (``"bodies"``) and class.

    A plain class: it is metadata of the collections, and an attrs class would
    cost its compiling at import (the first query's cold start).
    """

    __slots__ = ("cls", "name", "plural")

    def __init__(self, name: str, plural: str, cls: type[Any]) -> None:
        self.name = name
        self.plural = plural
        self.cls = cls

    def __repr__(self) -> str:
        return f"Kind({self.name!r}, {self.plural!r}, {self.cls.__name__})"


@model
class Records(Value):
    """Every record, collection by collection, in data order (all tuples).

    ``Records(bodies=[...])`` accepts any iterables and keeps tuples. The order
    of the collections is the order files are loaded and checked in.
    """

    sources: tuple[Source, ...] = _collection("source", Source)
    pillars: tuple[Pillar, ...] = _collection("pillar", Pillar)
    sectors: tuple[Sector, ...] = _collection("sector", Sector)
    agencies: tuple[Agency, ...] = _collection("agency", Agency, "agencies")
    bodies: tuple[Body, ...] = _collection("body", Body, "bodies")
    relations: tuple[Relation, ...] = _collection("relation", Relation)
    plans: tuple[Plan, ...] = _collection("plan", Plan)
    instruments: tuple[Instrument, ...] = _collection("instrument", Instrument)
    programmes: tuple[Programme, ...] = _collection("programme", Programme)
    figures: tuple[Figure, ...] = _collection("figure", Figure)
    errata: tuple[Erratum, ...] = _collection("erratum", Erratum, "errata")
    events: tuple[Event, ...] = _collection("event", Event)
    changes: tuple[Change, ...] = _collection("change", Change)
    assignments: tuple[Assignment, ...] = _collection("assignment", Assignment)
    disagreements: tuple[Disagreement, ...] = _collection("disagreement", Disagreement)
    renamed: tuple[Rename, ...] = _collection("rename", Rename, "renamed")

    def collections(self) -> dict[str, tuple[Any, ...]]:
        """Each collection by its name: ``Records(**r.collections()) == r``."""
        return {name: getattr(self, name) for name in COLLECTIONS}

    def identified(self) -> Iterator[Record]:
        """Every record that has an id, collection by collection."""
        for name in IDENTIFIED:
            yield from getattr(self, name)

    def __repr__(self) -> str:
        counts = ", ".join(f"{len(getattr(self, n))} {n}" for n in COLLECTIONS)
        return f"<Records ({counts})>"


#: Every kind of record, by name, in the order of the collections.
KINDS: dict[str, Kind] = {f.metadata[_KIND].name: f.metadata[_KIND] for f in attrs.fields(Records)}
#: The name of each collection, in order.
COLLECTIONS: tuple[str, ...] = tuple(f.name for f in attrs.fields(Records))
#: The collections whose records have ids (all but relations and renames).
IDENTIFIED: tuple[str, ...] = tuple(
    f.name for f in attrs.fields(Records) if "id" in attrs.fields_dict(f.metadata[_KIND].cls)
)
_BY_CLASS: dict[type[Any], Kind] = {k.cls: k for k in KINDS.values()}


def kind_of(record: object) -> str:
    """The kind name of a record (``"body"`` for a :class:`~ascc_model.Body`).

    A subclass of a record class has its base's kind.

    Raises:
        TypeError: ``record`` is not a record of the model.
    """
    for cls in type(record).__mro__:
        kind = _BY_CLASS.get(cls)
        if kind is not None:
            return kind.name
    msg = f"not a record of the model: {type(record).__name__}"
    raise TypeError(msg)


@model(kw_only=True)
class Document(Records):
    """One YAML file: a schema version, any of the collections, and the ids it replaces."""

    schema_version: int = fact(f"The schema version; must be `{SCHEMA_VERSION}`.", repr=True)
    replaces: tuple[str, ...] = ref(
        "Ids of records loaded earlier (from the packaged data or an earlier file) that this "
        "file's records of the same ids replace, in place. An id that replaces nothing is an "
        "error.",
        ANY_RECORD,
        default=(),
        converter=_tuple,
    )

    def records(self) -> Records:
        """The file's records alone."""
        return Records(**self.collections())
