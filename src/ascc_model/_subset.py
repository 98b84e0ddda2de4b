"""The records of one sector and everything they refer to: a registry that stands alone."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ._model import Body, Relation, Rename, Source
from ._records import Records
from ._schema import references

if TYPE_CHECKING:
    from ._model import Sector
    from ._registry import Registry

__all__ = ["subset"]


def subset(registry: Registry, sector: Sector) -> Records:
    """The records :meth:`~ascc_model.Registry.subset` keeps, in data order."""
    records = registry.records
    by_id: dict[str, Any] = {r.id: r for r in records.identified()}
    wanted = _closure(registry, by_id, _seeds(registry, sector))
    return Records(
        **{
            name: tuple(r for r in collection if _keep(r, wanted))
            for name, collection in records.collections().items()
        }
    )


def _seeds(registry: Registry, sector: Sector) -> set[str]:
    """The ids of the sector and of the records that belong to it.

    Every line to or from one of the sector's bodies belongs to the sector, so the
    body at its other end comes too. Records that name the sector belong to it.
    """
    members = {b.id for b in registry.bodies(sector=sector)}
    wanted = {sector.id, *members}
    for relation in registry.relations():
        if relation.subject in members or relation.object in members:
            wanted.update((relation.subject, relation.object))
    wanted.update(p.id for p in registry.plans(holder=sector))
    for record in registry.records.identified():
        named = (value for _steps, kinds, value in references(record) if "sector" in kinds)
        if sector.id in named:
            wanted.add(record.id)
    return wanted


def _closure(registry: Registry, by_id: dict[str, Any], wanted: set[str]) -> set[str]:
    """``wanted``, every record they refer to, the bodies above, and the errata about them."""
    wanted = set(wanted)
    queue = list(wanted)
    while queue:
        while queue:
            ident = queue.pop()
            record = by_id[ident]
            found = [value for _steps, _kinds, value in references(record)]
            if isinstance(record, Body):
                found.extend(b.id for b in registry.reporting_chain(ident, transitive=False))
            fresh = [i for i in found if i in by_id and i not in wanted]
            wanted.update(fresh)
            queue.extend(fresh)
        fresh = [
            e.id for e in registry.errata() if e.id not in wanted and wanted.intersection(e.records)
        ]
        wanted.update(fresh)
        queue.extend(fresh)
    return wanted


def _keep(record: object, wanted: set[str]) -> bool:
    if isinstance(record, Relation):
        return record.subject in wanted and record.object in wanted
    if isinstance(record, Rename):  # a renamed id follows its record
        return record.new in wanted
    if isinstance(record, Source):  # kept whole: every record cites them
        return True
    return getattr(record, "id", None) in wanted
