"""Downstream-style typed code: ``mypy --strict`` must pass on it against the installed wheel.

scripts/release_check.py copies this file to an empty folder and runs mypy there with
the fresh environment's interpreter (``--python-executable``), so ``ascc_model`` can
only come from the installed wheel: without its ``py.typed`` mypy would refuse the
import, and the ``assert_type`` calls fail if a type reached the user as ``Any``.
"""

from __future__ import annotations

from typing import assert_type

import ascc_model
from ascc_model import Agency, Body, DataVersion, FocalPoints, Plan, Registry, Sector


def reporting_lines(registry: Registry, acronym: str) -> dict[str, tuple[str, ...]]:
    """Each body under ``acronym`` mapped to the ids of the bodies it reports to."""
    top = registry.get_body(acronym)
    assert_type(top, Body)
    below = registry.bodies_reporting_to(top, transitive=True)
    assert_type(below, tuple[Body, ...])
    return {b.id: tuple(p.id for p in registry.reporting_chain(b)) for b in below}


def focal_agencies(sector: str | Sector) -> list[str]:
    """The Indonesian names of a sector's focal-point agencies."""
    points = ascc_model.focal_point_for(sector)
    assert_type(points, FocalPoints)
    agencies: list[Agency] = list(points)
    return [a.names.best("id") for a in agencies]


def plans_in_force(holder: str, year: int) -> list[tuple[str, int | None]]:
    """The plans of ``holder`` in force in ``year``, with the year each ends."""
    found = ascc_model.plans(holder=holder, year=year)
    assert_type(found, tuple[Plan, ...])
    return [(p.id, p.period.end if p.period else None) for p in found]


def describe() -> str:
    """The package and data versions, typed."""
    version = ascc_model.__version__
    assert_type(version, str)
    data = ascc_model.DATA_VERSION
    assert_type(data, DataVersion)
    revision: int = data.revision
    return f"{version} / {data.source} r{revision}"


def lookup(key: str) -> Body | None:
    """A body, or ``None`` when the key matches nothing or several bodies."""
    try:
        return ascc_model.get_body(key)
    except ascc_model.UnknownKeyError as exc:
        assert_type(exc, ascc_model.UnknownKeyError)
        return None
    except ascc_model.AmbiguousKeyError:
        return None
