"""The registry: every record, indexed once, with the queries as methods.

A :class:`Registry` wraps one :class:`~ascc_model._records.Records` value. Look-ups
go through a :class:`~ascc_model._keys.KeyIndex` per kind, reporting lines
through one :class:`~ascc_model._graph.ReportingGraph`; the search, a sector's
subset and the cross-kind look-up are built on those.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, TypeVar

from attrs.exceptions import FrozenInstanceError

from ._focal import FocalPoints, focal_points
from ._graph import Reporting, ReportingGraph
from ._keys import KeyIndex, across, by_id
from ._model import (
    Agency,
    Body,
    Pillar,
    Plan,
    Sector,
)
from ._records import KINDS, Records, kind_of
from ._views import Collections

if TYPE_CHECKING:
    from collections.abc import Iterable

    from ._model import Rename
    from ._records import Record
    from ._search import Hit

__all__ = ["FocalPoints", "Registry"]

R = TypeVar("R")

#: The kinds :meth:`Registry.lookup` looks through by default.
LOOKUP_KINDS = ("sector", "body", "agency", "plan", "pillar", "instrument", "programme")


class Registry(Collections, Reporting):
    """Every record of the pillar, immutable, indexed at construction.

    Build one with :func:`ascc_model.load` (from YAML files) or from records,
    ``Registry(bodies=[...], sources=[...])`` or ``Registry(records)``;
    construction checks every invariant and raises :class:`~ascc_model.DataError`
    if one is broken. The default registry, from the packaged data, is
    :func:`ascc_model.registry`.

    >>> import ascc_model
    >>> ascc_model.registry()
    <Registry (16 sectors, ... bodies)>
    """

    __slots__ = (
        "_by_id",
        "_focal",
        "_graph",
        "_indexes",
        "_records",
        "_renames",
        "_search",
        "_stated",
        "_walks",
    )
    _by_id: dict[str, Any]
    _focal: dict[str, FocalPoints]
    _graph: ReportingGraph
    _stated: ReportingGraph
    _indexes: dict[str, KeyIndex[Any]]
    _records: Records
    _renames: dict[str, Rename]
    _search: list[Any] | None

    def __init__(self, records: Records | None = None, /, **collections: Iterable[Any]) -> None:
        if records is None:
            given: dict[str, Any] = collections
            records = Records(**given)
        elif collections:
            msg = "give a Records value or collections by name, not both"
            raise TypeError(msg)
        from ._checks import problems  # noqa: PLC0415 - the packaged data skips the checks

        found = problems(records)
        if found:
            from ._errors import DataError  # noqa: PLC0415 - only a failure needs it

            raise DataError(found)
        self._index(records)

    @classmethod
    def _checked(cls, records: Records) -> Registry:
        """A registry of records that have passed the checks (the loader, the packaged data)."""
        registry = cls.__new__(cls)
        registry._index(records)  # noqa: SLF001 - the other half of __init__
        return registry

    def _index(self, records: Records) -> None:
        init = object.__setattr__
        init(self, "_records", records)
        by_id: dict[str, object] = {r.id: r for r in records.identified()}
        init(self, "_by_id", by_id)
        init(self, "_renames", {r.old: r for r in records.renamed})
        init(self, "_indexes", {})
        init(self, "_graph", ReportingGraph(records.relations))
        init(self, "_stated", ReportingGraph(r for r in records.relations if r.stated))
        init(self, "_search", None)
        init(self, "_walks", {})
        init(self, "_focal", {s.id: focal_points(s, records, by_id) for s in records.sectors})

    def __setattr__(self, name: str, value: object) -> None:
        raise FrozenInstanceError

    def __delattr__(self, name: str) -> None:
        raise FrozenInstanceError

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Registry):
            return NotImplemented
        return bool(self._records == other._records)

    def __hash__(self) -> int:
        return hash(self._records)

    def __reduce__(self) -> tuple[type[Registry], tuple[Records]]:
        return (Registry, (self._records,))

    def __repr__(self) -> str:
        records = self._records
        return f"<Registry ({len(records.sectors)} sectors, {len(records.bodies)} bodies)>"

    @property
    def records(self) -> Records:
        """Every record, collection by collection: ``Registry(r.records) == r``.

        >>> import ascc_model
        >>> len(ascc_model.registry().records.sectors)
        16
        """
        return self._records

    def _keys(self, kind: str) -> KeyIndex[Any]:
        index = self._indexes.get(kind)
        if index is None:  # built on first use: most programs look up one or two kinds
            spec = KINDS[kind]
            records = getattr(self._records, spec.plural)
            index = KeyIndex(
                kind, spec.plural, spec.cls, records, by_id=self._by_id, renames=self._renames
            )
            self._indexes[kind] = index
        return index

    # -- the pillar and look-ups by key ---------------------------------------------

    def get_pillar(self, key: str | Pillar) -> Pillar:
        """The pillar with this id, acronym or name.

        Args:
            key: An id, acronym, name (English or Indonesian) or alias, in any case.

        >>> import ascc_model
        >>> ascc_model.registry().get_pillar("ASCC").names.id
        'Masyarakat Sosial Budaya ASEAN'
        """
        index: KeyIndex[Pillar] = self._keys("pillar")
        return index.resolve(key)

    def get_sector(self, key: str | Sector) -> Sector:
        """The sector with this id or name (English or Indonesian), or the sector itself.

        Args:
            key: An id, acronym, name (English or Indonesian) or alias, in any case.

        Raises:
            UnknownKeyError: nothing matches (the error suggests close matches).
            AmbiguousKeyError: several sectors match.

        >>> import ascc_model
        >>> ascc_model.get_sector("health").names.id
        'Kerja Sama Kesehatan ASEAN'
        """
        index: KeyIndex[Sector] = self._keys("sector")
        return index.resolve(key)

    def get_body(self, key: str | Body) -> Body:
        """The body with this id, acronym, name or alias (case- and accent-insensitive).

        Args:
            key: An id, acronym, name (English or Indonesian) or alias, in any case.

        Raises:
            UnknownKeyError: nothing matches (the error suggests close matches).
            AmbiguousKeyError: several bodies match, as ``"APT EMM"`` does.

        >>> import ascc_model
        >>> ascc_model.get_body("acwc").acronym
        'ACWC'
        """
        index: KeyIndex[Body] = self._keys("body")
        return index.resolve(key)

    def get_agency(self, key: str | Agency) -> Agency:
        """The focal-point agency with this id, acronym or name.

        Args:
            key: An id, acronym, name (English or Indonesian) or alias, in any case.

        >>> import ascc_model
        >>> ascc_model.get_agency("BNPB").names.id
        'Badan Nasional Penanggulangan Bencana'
        """
        index: KeyIndex[Agency] = self._keys("agency")
        return index.resolve(key)

    def get_plan(self, key: str | Plan) -> Plan:
        """The plan with this id, acronym or title (English or Indonesian), or the plan itself.

        Args:
            key: An id, acronym, name (English or Indonesian) or alias, in any case.

        Raises:
            UnknownKeyError: nothing matches (the error suggests close matches).
            AmbiguousKeyError: several plans match.

        >>> import ascc_model
        >>> ascc_model.registry().get_plan("Program Kerja AADMER").acronym
        'AWP'
        """
        index: KeyIndex[Plan] = self._keys("plan")
        return index.resolve(key)

    def get_record(self, ident: str) -> Record:
        """The record of any kind with this id; a renamed id resolves, with a warning.

        Ids only: names and acronyms, which may be shared, are looked up per kind
        (:meth:`get_body` and the other getters) or across kinds (:meth:`lookup`).

        Args:
            ident: A record's id (a renamed id resolves, with a ``DeprecationWarning``).

        Raises:
            UnknownKeyError: no record has this id (the error suggests close ids).

        >>> import ascc_model
        >>> ascc_model.registry().get_record("cedaw").acronym
        'CEDAW'
        >>> ascc_model.registry().get_record("acwc")
        <Body acwc 'ASEAN Commission on the Promotion and Protection of the Rights of ...'>
        """
        return by_id(self._by_id, self._renames, ident)  # type: ignore[no-any-return]

    def lookup(self, key: str, *, kinds: Iterable[str] = LOOKUP_KINDS) -> Record:
        """The one record of any of ``kinds`` that ``key`` names (id, acronym, name, alias).

        An id wins over other keys; otherwise a key that names records of several
        kinds is ambiguous. Kinds are ``"sector"``, ``"body"``, ``"agency"``,
        ``"plan"``, ``"pillar"``, ``"instrument"`` and ``"programme"``.

        Args:
            key: An id, acronym, name (English or Indonesian) or alias, in any case.
            kinds: The kinds of record to look through (``"sector"``, ``"body"``, ...).

        Raises:
            UnknownKeyError: nothing matches; its suggestions are the ids of the best
                matches of :meth:`search`.
            AmbiguousKeyError: several records match; ``candidates`` holds their ids.

        >>> import ascc_model
        >>> ascc_model.registry().lookup("BNPB")
        <Agency bnpb 'National Disaster Management Agency'>
        >>> ascc_model.registry().lookup("health")
        <Sector health 'ASEAN Health Cooperation'>
        """
        indexes = {kind: self._keys(kind) for kind in kinds}

        def suggest(text: str) -> list[str]:
            from ._search import SEARCHED  # noqa: PLC0415 - only when a key is unknown

            searched = [k for k in indexes if k in SEARCHED]
            return [h.record.id for h in self.search(text, kinds=searched, limit=4)]

        return across(self._by_id, indexes, key, suggest)  # type: ignore[no-any-return]

    def search(
        self, text: str, *, kinds: Iterable[str] | None = None, limit: int | None = 20
    ) -> tuple[Hit, ...]:
        """Records whose keys match ``text``, best first: exact, then close, then fuzzy.

        Keys are ids, acronyms, names in English and Indonesian, aliases and plan
        titles. Several words match in any order; each word forgives a small typo
        (from four letters on). Records whose summary or description holds every
        word come last. ``kinds`` limits the search to some kinds of record
        (``"sector"``, ``"body"``, ``"agency"``, ``"plan"``, ``"pillar"``,
        ``"instrument"``, ``"programme"``); ``limit=None`` gives every match.

        Args:
            text: What to look for: one or several words, in English or Indonesian.
            kinds: The kinds of record to look through (``"sector"``, ``"body"``, ...).
            limit: At most this many hits; ``None`` for all.

        Raises:
            ValueError: ``text`` is empty or only spaces.

        >>> import ascc_model
        >>> reg = ascc_model.registry()
        >>> [(h.kind, h.record.id, h.match) for h in reg.search("helth")][:1]
        [('sector', 'health', 'fuzzy')]
        >>> reg.search("kabut asap")[0].record.id
        'haze'
        >>> [(h.record.id, h.match) for h in reg.search("acwc", limit=2)]
        [('acwc', 'exact'), ('acwc-work-plan-2021-2025', 'prefix')]
        """
        from ._search import entries, search  # noqa: PLC0415 - not on the fast path

        pool = self._search
        if pool is None:
            pool = entries(self._records)
            object.__setattr__(self, "_search", pool)
        return search(pool, text, kinds=kinds, limit=limit)

    def find_bodies(self, text: str) -> tuple[Body, ...]:
        """Every body that :meth:`search` finds for ``text``, best first.

        Args:
            text: What to look for: one or several words, in English or Indonesian.

        Raises:
            ValueError: ``text`` is empty or only spaces.

        >>> import ascc_model
        >>> [b.id for b in ascc_model.find_bodies("APT EMM")][:2]
        ['apt-emm-education', 'apt-emm-environment']
        >>> [b.id for b in ascc_model.find_bodies("helth")][:2]
        ['asean-health-clusters', 'ahmm']
        """
        return tuple(h.record for h in self.search(text, kinds=("body",), limit=None))

    # -- focal points, plans and sectors -----------------------------------------------

    def focal_point_for(self, sector: str | Sector) -> FocalPoints:
        """Indonesia's focal-point agencies for a sector, in source order.

        Args:
            sector: A sector: an id, a name (English or Indonesian) or the record.

        >>> import ascc_model
        >>> [a.acronym for a in ascc_model.focal_point_for("health")]
        [None, 'BPOM']
        >>> print(ascc_model.focal_point_for("foundation"))
        The source names no national focal point for the ASEAN Foundation.
        """
        return self._focal[self.get_sector(sector).id]

    def sectors_of_agency(self, agency: str | Agency) -> tuple[Sector, ...]:
        """The sectors an agency is the focal point for, in source order.

        Args:
            agency: An agency: an id, acronym or name, or the record.

        >>> import ascc_model
        >>> [s.id for s in ascc_model.registry().sectors_of_agency("kemenpora")]
        ['youth', 'sports']
        """
        found = self.get_agency(agency)
        return tuple(s for s in self._records.sectors if found.id in s.focal_point.agencies)

    def plans(
        self, *, holder: str | Body | Sector | Pillar | None = None, year: int | None = None
    ) -> tuple[Plan, ...]:
        """Plans in data order, filtered by holder and/or the year they are in force.

        A sector as ``holder`` selects the plans of the sector and of its bodies.

        Args:
            holder: Only plans of this body, sector or pillar (a sector's includes its bodies').
            year: Only plans in force in this year.

        >>> import ascc_model
        >>> [p.id for p in ascc_model.plans(holder="ACW", year=2023)]
        ['acw-work-plan-2021-2025']
        """
        holders: set[str] | None = None
        if holder is not None:
            holders = self._holder_ids(holder)
        if year is not None and (isinstance(year, bool) or not isinstance(year, int)):
            msg = f"year must be an int, not {type(year).__name__}"
            raise TypeError(msg)
        return tuple(
            p
            for p in self._records.plans
            if (holders is None or holders.intersection(p.holders))
            and (year is None or p.in_force(year))
        )

    def _holder_ids(self, holder: str | Body | Sector | Pillar) -> set[str]:
        if isinstance(holder, (Body, Sector, Pillar)):
            found: Any = self._keys(kind_of(holder)).resolve(holder)
        else:
            found = self.lookup(holder, kinds=("body", "sector", "pillar"))
        if isinstance(found, Sector):
            return {found.id, *(b.id for b in self.bodies(sector=found))}
        return {found.id}

    def subset(self, sector: str | Sector) -> Registry:
        """The records of one sector, with everything they refer to, as a registry of its own.

        It holds the sector, its bodies, the lines to and from them (and the
        bodies at their other end), the bodies above them up to the top, its
        plans, instruments, programmes and figures, the records those name, the
        errata about any of them, and every source.

        Args:
            sector: The sector: an id, a name (English or Indonesian) or the record.

        >>> import ascc_model
        >>> health = ascc_model.registry().subset("health")
        >>> [b.acronym for b in health.bodies(sector="health")]
        ['AHMM', 'SOMHD', None]
        >>> len(health.bodies()) < len(ascc_model.bodies())
        True
        """
        from ._subset import subset  # noqa: PLC0415 - only exports and docs need it

        return Registry(subset(self, self.get_sector(sector)))
