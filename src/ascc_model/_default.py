"""The default registry of the packaged data, built lazily, once; the module-level queries.

Each query function is the method of the same name on :func:`registry`. The
registry comes from the records compiled into the wheel when it was built
(``ascc_model/_packaged.py``, see :mod:`ascc_model._compile`); an editable
install or a checkout, which has no compiled records, reads the packaged YAML.
Nothing is ever written at run time.
"""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING

from ._registry import LOOKUP_KINDS, Registry

if TYPE_CHECKING:
    from collections.abc import Iterable

    from ._model import Agency, Body, BodyKind, Pillar, Plan, Relation, RelationKind, Sector
    from ._records import Record
    from ._registry import FocalPoints
    from ._search import Hit

__all__ = [
    "agencies",
    "bodies",
    "bodies_reporting_to",
    "find_bodies",
    "focal_point_for",
    "get_agency",
    "get_body",
    "get_plan",
    "get_record",
    "get_sector",
    "lookup",
    "plans",
    "registry",
    "relations",
    "reporting_chain",
    "search",
    "sectors",
]

_lock = threading.Lock()
_default: Registry | None = None


def registry() -> Registry:
    """The default registry, built from the packaged data on first use, once, thread-safely.

    >>> registry() is registry()
    True
    """
    global _default  # noqa: PLW0603 - the lazily built default
    if _default is None:
        with _lock:
            if _default is None:
                _default = _packaged()
    return _default


def _packaged() -> Registry:
    try:
        from . import _packaged  # type: ignore[attr-defined]  # noqa: PLC0415 - only in wheels
    except ImportError:  # an editable install or a checkout: the YAML is the data
        return _from_yaml()
    from ._compile import decode  # noqa: PLC0415 - only the compiled path needs it

    try:
        records = decode(_packaged)
    except ValueError:  # pragma: no cover - a wheel built by another version of the code
        return _from_yaml()
    return Registry._checked(records)  # noqa: SLF001 - checked when the wheel was built


def _from_yaml() -> Registry:
    from ._load import load  # noqa: PLC0415 - the YAML machinery is imported on first load

    return load()


def compiled() -> bool:
    """Whether this installation carries compiled records (a wheel) or reads the YAML."""
    try:
        from . import _packaged  # type: ignore[attr-defined]  # noqa: F401, PLC0415
    except ImportError:
        return False
    return True


def get_sector(key: str | Sector) -> Sector:
    """The sector with this id or name, from the default registry.

    See :meth:`Registry.get_sector` for the keys it accepts and the errors it raises.

    Args:
        key: An id, acronym, name (English or Indonesian) or alias, in any case.

    >>> get_sector("Kerja Sama Kesehatan ASEAN").id
    'health'
    """
    return registry().get_sector(key)


def sectors() -> tuple[Sector, ...]:
    """Every sector of the default registry, in the order of the source.

    See :meth:`Registry.sectors`.

    >>> [s.id for s in sectors()][:3]
    ['women-children', 'youth', 'education']
    """
    return registry().sectors()


def agencies() -> tuple[Agency, ...]:
    """Every focal-point agency of the default registry.

    See :meth:`Registry.agencies`.

    >>> [a.id for a in agencies()][:2]
    ['kemenpppa', 'kemenpora']
    """
    return registry().agencies()


def get_body(key: str | Body) -> Body:
    """The body with this id, acronym, name or alias, from the default registry.

    See :meth:`Registry.get_body` for the keys it accepts and the errors it raises.

    Args:
        key: An id, acronym, name (English or Indonesian) or alias, in any case.

    >>> get_body("ASEAN Committee on Women").acronym
    'ACW'
    """
    return registry().get_body(key)


def get_agency(key: str | Agency) -> Agency:
    """The focal-point agency with this id, acronym or name, from the default registry.

    See :meth:`Registry.get_agency`.

    Args:
        key: An id, acronym, name (English or Indonesian) or alias, in any case.

    >>> get_agency("Kementerian Kesehatan").names.en
    'Ministry of Health'
    """
    return registry().get_agency(key)


def get_plan(key: str | Plan) -> Plan:
    """The plan with this id, acronym or title, from the default registry.

    See :meth:`Registry.get_plan`.

    Args:
        key: An id, acronym, name (English or Indonesian) or alias, in any case.

    >>> get_plan("ACW Work Plan 2021-2025").period
    Period(start=2021, end=2025)
    """
    return registry().get_plan(key)


def get_record(ident: str) -> Record:
    """The record of any kind with this id, in the packaged data.

    See :meth:`Registry.get_record`.

    Args:
        ident: A record's id (a renamed id resolves, with a ``DeprecationWarning``).

    >>> get_record("aathp").signed.display()
    '10 June 2002'
    """
    return registry().get_record(ident)


def lookup(key: str, *, kinds: Iterable[str] = LOOKUP_KINDS) -> Record:
    """The one record of any kind that ``key`` names, in the packaged data.

    See :meth:`Registry.lookup`.

    Args:
        key: An id, acronym, name (English or Indonesian) or alias, in any case.
        kinds: The kinds of record to look through (``"sector"``, ``"body"``, ...).

    >>> lookup("Kemenko PMK").id
    'kemenko-pmk'
    """
    return registry().lookup(key, kinds=kinds)


def search(
    text: str, *, kinds: Iterable[str] | None = None, limit: int | None = 20
) -> tuple[Hit, ...]:
    """Records of the packaged data matching ``text``, best first.

    See :meth:`Registry.search`.

    Args:
        text: What to look for: one or several words, in English or Indonesian.
        kinds: The kinds of record to look through (``"sector"``, ``"body"``, ...).
        limit: At most this many hits; ``None`` for all.

    >>> [h.record.id for h in search("kabut asap")][:1]
    ['haze']
    """
    return registry().search(text, kinds=kinds, limit=limit)


def find_bodies(text: str) -> tuple[Body, ...]:
    """Every body of the default registry that :func:`search` finds, best first.

    See :meth:`Registry.find_bodies`.

    Args:
        text: What to look for: one or several words, in English or Indonesian.

    >>> [b.acronym for b in find_bodies("amca")][:2]
    ['AMCA', 'AMCA+3']
    """
    return registry().find_bodies(text)


def bodies(
    *, sector: str | Sector | None = None, kind: BodyKind | str | None = None
) -> tuple[Body, ...]:
    """Bodies of the default registry in data order, optionally of a sector and/or a kind.

    See :meth:`Registry.bodies`.

    Args:
        sector: Only this sector (its id, name or record) and what its records refer to.
        kind: Only this kind (a value of the enum, or its text).

    >>> [b.acronym for b in bodies(sector="environment", kind="working_group")][:2]
    ['AWGNCB', 'AWGCME']
    """
    return registry().bodies(sector=sector, kind=kind)


def bodies_reporting_to(
    body: str | Body, *, transitive: bool = False, stated_only: bool = False
) -> tuple[Body, ...]:
    """The bodies that report to ``body`` in the default registry, directly or all below.

    See :meth:`Registry.bodies_reporting_to`.

    Args:
        body: A body: an id, acronym, name or alias, or the record.
        transitive: Follow the lines all the way (the subtree or the chain).
        stated_only: Follow only lines a source states, not those the data infers.

    >>> [b.acronym for b in bodies_reporting_to("AMME")]
    ['ASOEN']
    >>> [b.acronym for b in bodies_reporting_to("AMME", transitive=True)][:2]
    ['ASOEN', 'AWGNCB']
    """
    return registry().bodies_reporting_to(body, transitive=transitive, stated_only=stated_only)


def reporting_chain(
    body: str | Body, *, transitive: bool = True, stated_only: bool = False
) -> tuple[Body, ...]:
    """The bodies above ``body`` in the default registry, nearest first.

    See :meth:`Registry.reporting_chain`.

    Args:
        body: A body: an id, acronym, name or alias, or the record.
        transitive: Follow the lines all the way (the subtree or the chain).
        stated_only: Follow only lines a source states, not those the data infers.

    >>> [b.acronym for b in reporting_chain("AWGCC")]
    ['ASOEN', 'AMME']
    """
    return registry().reporting_chain(body, transitive=transitive, stated_only=stated_only)


def relations(
    *,
    subject: str | Body | None = None,
    kind: RelationKind | str | None = None,
    object: str | Body | None = None,  # noqa: A002 - mirrors Relation.object
) -> tuple[Relation, ...]:
    """Relations of the default registry in data order, by subject, kind and/or object.

    See :meth:`Registry.relations`.

    Args:
        subject: Only lines from this body.
        kind: Only this kind (a value of the enum, or its text).
        object: Only lines to this body.

    >>> [r.subject for r in relations(kind="reports_to", object="AMMSWD")]
    ['acwc', 'somswd']
    """
    return registry().relations(subject=subject, kind=kind, object=object)


def focal_point_for(sector: str | Sector) -> FocalPoints:
    """Indonesia's focal-point agencies for a sector, from the default registry.

    See :meth:`Registry.focal_point_for`.

    Args:
        sector: Only this sector (its id, name or record) and what its records refer to.

    >>> print(focal_point_for("disaster-management"))
    Badan Nasional Penanggulangan Bencana
    """
    return registry().focal_point_for(sector)


def plans(
    *, holder: str | Body | Sector | Pillar | None = None, year: int | None = None
) -> tuple[Plan, ...]:
    """Plans of the default registry in data order, by holder and/or year in force.

    See :meth:`Registry.plans`.

    Args:
        holder: Only plans of this body, sector or pillar (a sector's includes its bodies').
        year: Only plans in force in this year.

    >>> [p.id for p in plans(holder="ACCSM")]
    ['accsm-work-plan-2016-2020', 'accsm-work-plan-2021-2025']
    """
    return registry().plans(holder=holder, year=year)
