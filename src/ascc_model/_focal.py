"""A sector's focal points: the seed's agencies, and what changed since (without assuming).

The seed names each sector's national focal-point agencies as they were when it
was written. Organisations change (a reorganisation renames or splits a
ministry: :class:`~ascc_model.Change`), and later official statements may name
another agency (:class:`~ascc_model.Assignment`). :class:`FocalPoints` keeps the
seed's answer and tells both, never turning a change into an assignment.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import frozen

if TYPE_CHECKING:
    from collections.abc import Iterator, Mapping

    from ._model import Agency, Assignment, Change, Sector
    from ._records import Records

__all__ = ["FocalPoints", "focal_points"]


@frozen
class FocalPoints:
    """A sector's national focal-point agencies as the seed names them, and what changed since.

    Iterating gives the agencies, in the seed's order; where the seed names none,
    there are none and ``note`` says so. ``changes`` holds the reorganisations
    that renamed, split or merged one of these agencies since (with the
    agencies that resulted); ``later`` the statements of official sources that
    name a focal point after the seed. No focal point is ever inferred from a
    change: a split ministry's successors are candidates, not assignments.

    >>> import ascc_model
    >>> health = ascc_model.focal_point_for("health")
    >>> health.sector.id, len(health), [a.id for a in health], health.changed
    ('health', 2, ['kemenkes', 'bpom'], False)
    >>> print(health)
    Kementerian Kesehatan; Badan Pengawas Obat dan Makanan
    >>> culture = ascc_model.focal_point_for("culture")
    >>> culture.changed, [c.id for c in culture.changes]
    (True, ['change-kemendikbudristek-2024'])
    >>> [a.id for a in culture.successors()]
    ['kemendikdasmen', 'kemdiktisaintek', 'kemenbud']
    """

    sector: Sector
    agencies: tuple[Agency, ...]
    note: str | None
    changes: tuple[Change, ...] = ()
    later: tuple[Assignment, ...] = ()
    successor_agencies: tuple[Agency, ...] = ()

    @property
    def changed(self) -> bool:
        """Whether any of the seed's agencies has been renamed, split or merged since."""
        return bool(self.changes)

    def successors(self) -> tuple[Agency, ...]:
        """The agencies the seed's agencies became, in the order of the changes."""
        return self.successor_agencies

    def __iter__(self) -> Iterator[Agency]:
        return iter(self.agencies)

    def __len__(self) -> int:
        return len(self.agencies)

    def __bool__(self) -> bool:
        # Even a focal point without agencies says something (its note).
        return True

    def __str__(self) -> str:
        if not self.agencies:
            return self.note or "none"
        return "; ".join(a.names.best("id") for a in self.agencies)


def focal_points(sector: Sector, records: Records, by_id: Mapping[str, Any]) -> FocalPoints:
    """The focal points of ``sector``: the seed's agencies, the changes since, later statements."""
    point = sector.focal_point
    agencies = tuple(by_id[a] for a in point.agencies)
    changes: list[Change] = []
    seen = set(point.agencies)
    for change in records.changes:  # in data order: a later change follows an earlier one
        if seen.intersection(change.original):
            changes.append(change)
            seen.update(change.resulting)
    successors = tuple(
        dict.fromkeys(by_id[r] for c in changes for r in c.resulting if r not in point.agencies)
    )
    later = tuple(a for a in records.assignments if a.sector == sector.id)
    return FocalPoints(sector, agencies, point.note, tuple(changes), later, successors)
