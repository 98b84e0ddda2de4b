"""The registry: every record, indexed once, with the queries as methods.

A :class:`Registry` wraps one :class:`~ascc_model._records.Records` value. Look-ups
go through a :class:`~ascc_model._keys.KeyIndex` per kind, reporting lines
through one :class:`~ascc_model._graph.ReportingGraph`; the search, a sector's
subset and the cross-kind look-up are built on those.
"""

from __future__ import annotations

import warnings
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import frozen
from attrs.exceptions import FrozenInstanceError

from ._graph import ReportingGraph
from ._keys import KeyIndex, normalize, stacklevel
from ._model import (
    Agency,
    Body,
    BodyKind,
    Instrument,
    Pillar,
    Plan,
    Programme,
    Relation,
    RelationKind,
    Sector,
)
from ._records import KINDS, Records, kind_of

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator

    from ._model import Assignment, Change, Disagreement, Erratum, Event, Figure, Rename, Source
    from ._records import Record
    from ._search import Hit

__all__ = ["FocalPoints", "Registry"]

R = TypeVar("R")

#: The kinds :meth:`Registry.lookup` looks through by default.
LOOKUP_KINDS = ("sector", "body", "agency", "plan", "pillar", "instrument", "programme")


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


class Registry:
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
        init(self, "_focal", {s.id: self._focal_points(s) for s in records.sectors})

    def _focal_points(self, sector: Sector) -> FocalPoints:
        by_id, records = self._by_id, self._records
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

    @property
    def pillar(self) -> Pillar | None:
        """The first pillar of the data (the ASCC for the packaged data).

        >>> import ascc_model
        >>> ascc_model.registry().pillar
        <Pillar ascc 'ASEAN Socio-Cultural Community'>
        """
        pillars = self._records.pillars
        return pillars[0] if pillars else None

    def pillars(self) -> tuple[Pillar, ...]:
        """Every pillar of the data.

        >>> import ascc_model
        >>> ascc_model.registry().pillars()[0] is ascc_model.registry().pillar
        True
        """
        return self._records.pillars

    def get_pillar(self, key: str | Pillar) -> Pillar:
        """The pillar with this id, acronym or name.

        >>> import ascc_model
        >>> ascc_model.registry().get_pillar("ASCC").names.id
        'Masyarakat Sosial Budaya ASEAN'
        """
        index: KeyIndex[Pillar] = self._keys("pillar")
        return index.resolve(key)

    def get_sector(self, key: str | Sector) -> Sector:
        """The sector with this id or name (English or Indonesian), or the sector itself.

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

        >>> import ascc_model
        >>> ascc_model.get_agency("BNPB").names.id
        'Badan Nasional Penanggulangan Bencana'
        """
        index: KeyIndex[Agency] = self._keys("agency")
        return index.resolve(key)

    def get_plan(self, key: str | Plan) -> Plan:
        """The plan with this id, acronym or title (English or Indonesian), or the plan itself.

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

        Raises:
            UnknownKeyError: no record has this id (the error suggests close ids).

        >>> import ascc_model
        >>> ascc_model.registry().get_record("cedaw").acronym
        'CEDAW'
        >>> ascc_model.registry().get_record("acwc")
        <Body acwc 'ASEAN Commission on the Promotion and Protection of the Rights of ...'>
        """
        if not isinstance(ident, str):
            msg = f"an id must be a string, not {type(ident).__name__}"
            raise TypeError(msg)
        found = self._by_id.get(ident)
        if found is None:
            rename = self._renames.get(ident)
            if rename is not None:
                warnings.warn(
                    f"id {ident!r} was renamed {rename.new!r} in {rename.since}; use the new id",
                    DeprecationWarning,
                    stacklevel=stacklevel(),
                )
                found = self._by_id[rename.new]
        if found is None:
            from ._errors import UnknownKeyError  # noqa: PLC0415 - only a failure needs it

            close: list[str] = []
            if len(ident) <= 200:  # noqa: PLR2004 - a longer id is close to nothing
                import difflib  # noqa: PLC0415 - only a failed look-up needs it

                close = difflib.get_close_matches(ident, self._by_id, n=4, cutoff=0.6)
            raise UnknownKeyError("record", ident, close)
        return found  # type: ignore[no-any-return]

    def lookup(self, key: str, *, kinds: Iterable[str] = LOOKUP_KINDS) -> Record:
        """The one record of any of ``kinds`` that ``key`` names (id, acronym, name, alias).

        An id wins over other keys; otherwise a key that names records of several
        kinds is ambiguous. Kinds are ``"sector"``, ``"body"``, ``"agency"``,
        ``"plan"``, ``"pillar"``, ``"instrument"`` and ``"programme"``.

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
        from ._errors import AmbiguousKeyError, UnknownKeyError  # noqa: PLC0415

        kinds = tuple(kinds)
        exact = self._by_id.get(key) if isinstance(key, str) else None
        if exact is not None and kind_of(exact) in kinds:
            return exact  # type: ignore[no-any-return]
        found: dict[str, Any] = {}
        for kind in kinds:
            try:
                record = self._keys(kind).resolve(key)
            except AmbiguousKeyError as exc:
                found.update(dict.fromkeys(exc.candidates))
            except UnknownKeyError:
                continue
            else:
                found[record.id] = record
        if len(found) == 1:
            (record,) = found.values()
            if record is not None:
                return record  # type: ignore[no-any-return]
        what = _either(kinds)
        if found:
            raise AmbiguousKeyError("records", key, list(found))
        raise UnknownKeyError(what, key, self._suggest(key, kinds))

    def _suggest(self, key: str, kinds: tuple[str, ...]) -> list[str]:
        from ._search import SEARCHED  # noqa: PLC0415 - only a failed look-up needs it

        if not normalize(key) or len(key) > 200:  # noqa: PLR2004 - no key is close to a huge one
            return []
        searched = [k for k in kinds if k in SEARCHED]
        hits = self.search(key, kinds=searched, limit=4) if searched else ()
        return list(dict.fromkeys(hit.record.id for hit in hits))

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

        Raises:
            ValueError: ``text`` is empty or only spaces.

        >>> import ascc_model
        >>> [b.id for b in ascc_model.find_bodies("APT EMM")][:2]
        ['apt-emm-education', 'apt-emm-environment']
        >>> [b.id for b in ascc_model.find_bodies("helth")][:2]
        ['asean-health-clusters', 'ahmm']
        """
        return tuple(h.record for h in self.search(text, kinds=("body",), limit=None))

    # -- collections -----------------------------------------------------------------

    def sectors(self) -> tuple[Sector, ...]:
        """Every sector, in the order of the source.

        >>> import ascc_model
        >>> ascc_model.registry().sectors()[0].names.en
        "ASEAN Cooperation on Women's Empowerment and Child Protection"
        """
        return self._records.sectors

    def bodies(
        self, *, sector: str | Sector | None = None, kind: BodyKind | str | None = None
    ) -> tuple[Body, ...]:
        """Bodies in data order, optionally only those of a sector and/or of a kind.

        >>> import ascc_model
        >>> [b.acronym for b in ascc_model.bodies(sector="sports")][:2]
        ['AMMS', 'SOMS']
        """
        sector_id = None if sector is None else self.get_sector(sector).id
        wanted = None if kind is None else BodyKind(kind)
        return tuple(
            b
            for b in self._records.bodies
            if (sector_id is None or sector_id in b.sectors)
            and (wanted is None or b.kind == wanted)
        )

    def agencies(self) -> tuple[Agency, ...]:
        """Every focal-point agency.

        >>> import ascc_model
        >>> [a.acronym for a in ascc_model.agencies() if a.acronym]
        ['BNPB', 'BPOM', 'Kemenko PMK']
        """
        return self._records.agencies

    def instruments(self) -> tuple[Instrument, ...]:
        """Every agreement, convention, declaration and charter.

        >>> import ascc_model
        >>> charter = ascc_model.get_record("asean-charter")
        >>> charter.names.id, charter.signed
        ('Piagam ASEAN', PartialDate('2007-11-20'))
        """
        return self._records.instruments

    def programmes(self) -> tuple[Programme, ...]:
        """Every programme and project.

        >>> import ascc_model
        >>> [p.partners for p in ascc_model.registry().programmes() if p.acronym == "MAHFSA"]
        [('IFAD',)]
        """
        return self._records.programmes

    def figures(self) -> tuple[Figure, ...]:
        """Every figure the source states.

        >>> import ascc_model
        >>> peak = next(f for f in ascc_model.registry().figures() if f.year == 2038)
        >>> peak.measure, peak.value, peak.approximate
        ('Projected peak of the youth population in the ASEAN region', 220000000.0, True)
        """
        return self._records.figures

    def errata(self) -> tuple[Erratum, ...]:
        """Every slip found in the source, with its correction.

        >>> import ascc_model
        >>> [e.id for e in ascc_model.registry().errata() if "atfp" in e.records]
        ['erratum-atfp-assists-com']
        """
        return self._records.errata

    def events(self) -> tuple[Event, ...]:
        """Every dated event: first and numbered meetings, signings, adoptions.

        >>> import ascc_model
        >>> first = ascc_model.get_record("first-almm")
        >>> first.date.display(), first.place
        ('April 1975', 'Jakarta, Indonesia')
        """
        return self._records.events

    def changes(self) -> tuple[Change, ...]:
        """Every change of organisations (renamed, split, merged), in date order.

        >>> import ascc_model
        >>> [c.id for c in ascc_model.registry().changes()][:1]
        ['change-kominfo-2024']
        """
        return self._records.changes

    def assignments(self) -> tuple[Assignment, ...]:
        """Every later statement of a focal point by an official source.

        >>> import ascc_model
        >>> [a.agency for a in ascc_model.registry().assignments()]
        ['klh']
        """
        return self._records.assignments

    def disagreements(self) -> tuple[Disagreement, ...]:
        """Every fact on which sources disagree, with each side and the one the data follows.

        >>> import ascc_model
        >>> "disagreement-soca-name" in [d.id for d in ascc_model.registry().disagreements()]
        True
        """
        return self._records.disagreements

    def sources(self) -> tuple[Source, ...]:
        """The documents the data comes from.

        >>> import ascc_model
        >>> [(s.id, s.language) for s in ascc_model.registry().sources()][:1]
        [('ascc-sectors', 'id')]
        """
        return self._records.sources

    def renamed(self) -> tuple[Rename, ...]:
        """Every renamed id; the old ids still resolve, with a ``DeprecationWarning``.

        >>> import ascc_model, warnings
        >>> reg = ascc_model.load_text('''
        ... schema_version: 1
        ... sources: [{id: notes, title: My notes, language: en}]
        ... bodies:
        ...   - {id: ammx, names: {en: Ministers on X}, kind: ministerial, sources: ["notes:1"]}
        ... renamed: [{old: amm-x, new: ammx, since: 0.2.0}]
        ... ''', include_packaged=False)
        >>> reg.renamed()
        (Rename(old='amm-x', new='ammx', since='0.2.0', note=None),)
        >>> with warnings.catch_warnings(record=True) as caught:
        ...     warnings.simplefilter("always")
        ...     reg.get_body("amm-x").id
        'ammx'
        >>> print(caught[0].message)
        body id 'amm-x' was renamed 'ammx' in 0.2.0; use the new id
        """
        return self._records.renamed

    def ids(self) -> tuple[str, ...]:
        """Every public id: records, then renamed (deprecated) ids, in data order.

        Ids are unique across every kind of record.

        >>> import ascc_model
        >>> ids = ascc_model.registry().ids()
        >>> "acwc" in ids, "health" in ids, len(set(ids)) == len(ids)
        (True, True, True)
        """
        return (*self._by_id, *(r.old for r in self._records.renamed))

    # -- reporting lines -------------------------------------------------------------

    def _bodies(self, ids: Iterable[str]) -> tuple[Body, ...]:
        by_id = self._by_id
        return tuple(by_id[i] for i in ids)

    def bodies_reporting_to(
        self, body: str | Body, *, transitive: bool = False, stated_only: bool = False
    ) -> tuple[Body, ...]:
        """The bodies that report to ``body``: direct reports, or the whole subtree.

        The lines followed are :data:`~ascc_model.REPORTING_KINDS`: reports to,
        assists and subsidiary of; with ``stated_only``, only lines a source
        states (not those the data infers, see :attr:`~ascc_model.Relation.inferred`).
        The subtree is in breadth-first order, each body once, siblings in data order.

        >>> import ascc_model
        >>> [b.acronym for b in ascc_model.bodies_reporting_to("AMMSWD")]
        ['ACWC', 'SOMSWD']
        >>> [b.acronym for b in ascc_model.bodies_reporting_to("SOMRI")]
        ['SOMRI WG-ADB', 'SOMRI WG-IMT', 'SOMRI WG-CP']
        >>> ascc_model.bodies_reporting_to("SOMRI", stated_only=True)
        ()
        """
        start = self.get_body(body)
        graph = self._stated if stated_only else self._graph
        return self._bodies(graph.below(start.id, transitive=transitive))

    def reporting_chain(
        self, body: str | Body, *, transitive: bool = True, stated_only: bool = False
    ) -> tuple[Body, ...]:
        """The bodies above ``body``, nearest first: the whole chain, or only its parents.

        A body may report to several (ACDM reports to AMMDM and to the COP to
        AADMER); all of them are in the chain, breadth-first, each once.

        >>> import ascc_model
        >>> [b.acronym for b in ascc_model.reporting_chain("AWGCC")]
        ['ASOEN', 'AMME']
        >>> [b.acronym for b in ascc_model.reporting_chain("AWGCC", transitive=False)]
        ['ASOEN']
        """
        start = self.get_body(body)
        graph = self._stated if stated_only else self._graph
        return self._bodies(graph.above(start.id, transitive=transitive))

    def reporting_line(self, body: str | Body, parent: str | Body) -> Relation:
        """The relation by which ``body`` reports to ``parent`` (directly).

        Raises:
            KeyError: ``body`` does not report to ``parent`` directly.

        >>> import ascc_model
        >>> ascc_model.registry().reporting_line("SCC", "COCI").kind
        <RelationKind.SUBSIDIARY_OF: 'subsidiary_of'>
        """
        child, above = self.get_body(body), self.get_body(parent)
        try:
            return self._graph.line(child.id, above.id)
        except KeyError:
            msg = f"{child.id!r} does not report to {above.id!r}"
            raise KeyError(msg) from None

    def reporting_tops(self, sector: str | Sector | None = None) -> tuple[Body, ...]:
        """The bodies at the top of the reporting lines: of every hierarchy, or of a sector.

        Without a sector: every body that others report to and that reports to
        none. With one: the sector's bodies that report to no body of the sector.

        >>> import ascc_model
        >>> [b.acronym for b in ascc_model.registry().reporting_tops("environment")][:1]
        ['AMME']
        """
        if sector is None:
            return self._bodies(self._graph.roots(self._by_id))
        members = [b.id for b in self.bodies(sector=sector)]
        return self._bodies(self._graph.tops(members))

    def relations(
        self,
        *,
        subject: str | Body | None = None,
        kind: RelationKind | str | None = None,
        object: str | Body | None = None,  # noqa: A002 - the field's name
    ) -> tuple[Relation, ...]:
        """Relations in data order, filtered by subject, kind and/or object.

        ``subject`` and ``object`` are looked up as :meth:`get_body` does; ``kind``
        is a :class:`~ascc_model.RelationKind` or its value.

        >>> import ascc_model
        >>> ascc_model.registry().relations(subject="ASOEN", kind="assists")
        (<Relation asoen assists amme>,)
        """
        subject_id = None if subject is None else self.get_body(subject).id
        object_id = None if object is None else self.get_body(object).id
        wanted = None if kind is None else RelationKind(kind)
        return tuple(
            r
            for r in self._records.relations
            if (subject_id is None or r.subject == subject_id)
            and (object_id is None or r.object == object_id)
            and (wanted is None or r.kind == wanted)
        )

    # -- focal points, plans and sectors -----------------------------------------------

    def focal_point_for(self, sector: str | Sector) -> FocalPoints:
        """Indonesia's focal-point agencies for a sector, in source order.

        >>> import ascc_model
        >>> [a.acronym for a in ascc_model.focal_point_for("health")]
        [None, 'BPOM']
        >>> print(ascc_model.focal_point_for("foundation"))
        The source names no national focal point for the ASEAN Foundation.
        """
        return self._focal[self.get_sector(sector).id]

    def sectors_of_agency(self, agency: str | Agency) -> tuple[Sector, ...]:
        """The sectors an agency is the focal point for, in source order.

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

        >>> import ascc_model
        >>> health = ascc_model.registry().subset("health")
        >>> [b.acronym for b in health.bodies(sector="health")]
        ['AHMM', 'SOMHD', None]
        >>> len(health.bodies()) < len(ascc_model.bodies())
        True
        """
        from ._subset import subset  # noqa: PLC0415 - only exports and docs need it

        return Registry(subset(self, self.get_sector(sector)))


def _either(kinds: tuple[str, ...]) -> str:
    return kinds[0] if len(kinds) == 1 else ", ".join(kinds[:-1]) + " or " + kinds[-1]
