"""The registry: every record, indexed once, with the queries as methods."""

from __future__ import annotations

import os
import sys
import unicodedata
import warnings
from collections import deque
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import field, frozen
from attrs import fields as attrs_fields

from ._errors import AmbiguousKeyError, DataError, UnknownKeyError
from ._model import (
    REPORTING_KINDS,
    Agency,
    Body,
    BodyKind,
    Erratum,
    Figure,
    Instrument,
    Pillar,
    Plan,
    Programme,
    Relation,
    RelationKind,
    Rename,
    Sector,
    Source,
)

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable, Iterator

__all__ = ["FocalPoints", "Registry", "normalize"]

R = TypeVar("R", Sector, Body, Agency, Plan)


def normalize(text: str) -> str:
    """Fold case, accents, dashes, quotes and spacing, for forgiving look-ups.

    >>> normalize("  AMRI + 3 ") == normalize("amri+3")
    True
    >>> normalize("Senior Officials\N{RIGHT SINGLE QUOTATION MARK} Meeting") == normalize(
    ...     "senior officials' meeting"
    ... )
    True
    """
    if text.isascii():  # the common case: nothing to decompose, fold or translate
        folded = text.lower()
    else:
        decomposed = unicodedata.normalize("NFKD", text)
        folded = "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()
        folded = folded.translate(_FOLD)
    folded = " ".join(folded.split())
    return folded.replace(" +", "+").replace("+ ", "+")


_FOUND = 4096  # keys remembered per index: enough for any program's own look-ups
_FOUND_KEY = 100  # longer keys are not remembered: a memo must not grow with its input
_WALK_KEPT = 1024  # transitive answers up to this size are kept (at most _FOUND of them)

_FOLD = str.maketrans({"\u2019": "'", "\u2018": "'", "\u2013": "-", "\u2014": "-", "\u2010": "-"})


@frozen
class FocalPoints:
    """A sector's national focal-point agencies, in source order, with the source's note.

    Iterating gives the agencies; where the source names none, there are none
    and ``note`` says so.

    >>> import ascc_model
    >>> health = ascc_model.focal_point_for("health")
    >>> health.sector.id, len(health), [a.id for a in health]
    ('health', 2, ['kemenkes', 'bpom'])
    >>> print(health)
    Kementerian Kesehatan; Badan Pengawas Obat dan Makanan
    """

    sector: Sector
    agencies: tuple[Agency, ...]
    note: str | None

    def __iter__(self) -> Iterator[Agency]:
        return iter(self.agencies)

    def __len__(self) -> int:
        return len(self.agencies)

    def __str__(self) -> str:
        if not self.agencies:
            return self.note or "none"
        return "; ".join(a.names.best("id") for a in self.agencies)


class _Index:
    """Normalized keys to records, keeping each key's first written form.

    ``found`` remembers keys that were looked up and matched one record, as asked,
    so that asking again skips normalizing (it holds at most ``_FOUND`` keys).
    """

    __slots__ = ("display", "found", "records")

    def __init__(self) -> None:
        self.records: dict[str, list[object]] = {}
        self.display: dict[str, str] = {}
        self.found: dict[str, object] = {}

    def add(self, key: str | None, record: object) -> None:
        if key is None:
            return
        norm = normalize(key)
        bucket = self.records.setdefault(norm, [])
        if record not in bucket:
            bucket.append(record)
        self.display.setdefault(norm, key)


def _index(records: Iterable[R], keys: Callable[[R], Iterable[str | None]]) -> _Index:
    index = _Index()
    for record in records:
        for key in keys(record):
            index.add(key, record)
    return index


@frozen(repr=False)
class Registry:
    """Every record of the pillar, immutable, indexed at construction.

    Build one with :func:`ascc_model.load` (from YAML files) or from records;
    construction checks every invariant and raises :class:`~ascc_model.DataError`
    if one is broken. The default registry, from the packaged data, is
    :func:`ascc_model.registry`.

    >>> import ascc_model
    >>> ascc_model.registry()
    <Registry (16 sectors, ... bodies)>
    """

    _sources: tuple[Source, ...] = field(default=(), converter=tuple)
    _pillars: tuple[Pillar, ...] = field(default=(), converter=tuple)
    _sectors: tuple[Sector, ...] = field(default=(), converter=tuple)
    _agencies: tuple[Agency, ...] = field(default=(), converter=tuple)
    _bodies: tuple[Body, ...] = field(default=(), converter=tuple)
    _relations: tuple[Relation, ...] = field(default=(), converter=tuple)
    _plans: tuple[Plan, ...] = field(default=(), converter=tuple)
    _instruments: tuple[Instrument, ...] = field(default=(), converter=tuple)
    _programmes: tuple[Programme, ...] = field(default=(), converter=tuple)
    _figures: tuple[Figure, ...] = field(default=(), converter=tuple)
    _errata: tuple[Erratum, ...] = field(default=(), converter=tuple)
    _renamed: tuple[Rename, ...] = field(default=(), converter=tuple)

    _by_id: dict[str, object] = field(init=False, eq=False)
    _renames: dict[str, Rename] = field(init=False, eq=False)
    _sector_keys: _Index = field(init=False, eq=False)
    _body_keys: _Index = field(init=False, eq=False)
    _agency_keys: _Index = field(init=False, eq=False)
    _plan_keys: _Index = field(init=False, eq=False)
    _children: dict[str, list[Body]] = field(init=False, eq=False)
    _parents: dict[str, list[Body]] = field(init=False, eq=False)
    _focal_points: dict[str, FocalPoints] = field(init=False, eq=False)
    _walks: dict[tuple[bool, str], tuple[Body, ...]] = field(init=False, eq=False)

    def __attrs_post_init__(self) -> None:
        from ._checks import problems  # noqa: PLC0415 - _checks needs this module's type

        found = problems(self)
        if found:
            raise DataError(found)
        init = object.__setattr__
        by_id: dict[str, object] = {}
        by_id.update((r.id, r) for r in self._identified())
        init(self, "_by_id", by_id)
        init(self, "_renames", {r.old: r for r in self._renamed})
        init(self, "_sector_keys", _index(self._sectors, lambda s: (*s.names, s.id)))
        init(
            self,
            "_body_keys",
            _index(self._bodies, lambda b: (b.acronym, *b.names, *b.aliases, b.id)),
        )
        init(self, "_agency_keys", _index(self._agencies, lambda a: (a.acronym, *a.names, a.id)))
        init(self, "_plan_keys", _index(self._plans, lambda p: (p.acronym, *p.title, p.id)))
        # Each line once (by id: ids are unique), keyed by the body's own id string.
        children: dict[str, dict[str, Body]] = {}
        parents: dict[str, dict[str, Body]] = {}
        bodies = {b.id: b for b in self._bodies}
        for relation in self._relations:
            if relation.kind in REPORTING_KINDS:
                child, parent = bodies[relation.subject], bodies[relation.object]
                children.setdefault(parent.id, {}).setdefault(child.id, child)
                parents.setdefault(child.id, {}).setdefault(parent.id, parent)
        init(self, "_children", {k: list(v.values()) for k, v in children.items()})
        init(self, "_parents", {k: list(v.values()) for k, v in parents.items()})
        init(self, "_focal_points", {})
        init(self, "_walks", {})

    def __repr__(self) -> str:
        return f"<Registry ({len(self._sectors)} sectors, {len(self._bodies)} bodies)>"

    # -- the pillar and sources ------------------------------------------------

    @property
    def pillar(self) -> Pillar | None:
        """The first pillar of the data (the ASCC for the packaged data).

        >>> import ascc_model
        >>> ascc_model.registry().pillar
        Pillar(id='ascc', names='ASEAN Socio-Cultural Community')
        """
        return self._pillars[0] if self._pillars else None

    def pillars(self) -> tuple[Pillar, ...]:
        """Every pillar of the data.

        >>> import ascc_model
        >>> ascc_model.registry().pillars()[0] is ascc_model.registry().pillar
        True
        """
        return self._pillars

    # -- look-ups by key ---------------------------------------------------------

    def _resolve(self, key: object, cls: type[R], index: _Index, kind: str, plural: str) -> R:
        if isinstance(key, cls):
            found = self._by_id.get(key.id)
            if found is key or found == key:  # `is` first: comparing every field costs
                return key
            raise UnknownKeyError(kind, key.id, ())
        if not isinstance(key, str):
            msg = f"a {kind} key must be a string or a {cls.__name__}, not {type(key).__name__}"
            raise TypeError(msg)
        exact = self._by_id.get(key)
        if isinstance(exact, cls):
            return exact
        rename = self._renames.get(key)
        if rename is not None and isinstance(self._by_id.get(rename.new), cls):
            warnings.warn(
                f"{kind} id {key!r} was renamed {rename.new!r} in {rename.since}; use the new id",
                DeprecationWarning,
                stacklevel=_stacklevel(),
            )
            return self._by_id[rename.new]  # type: ignore[return-value]
        found = index.found.get(key)
        if found is not None:
            return found  # type: ignore[return-value]
        matches = index.records.get(normalize(key), [])
        if len(matches) == 1:
            if len(index.found) < _FOUND and len(key) <= _FOUND_KEY:
                index.found[key] = matches[0]
            return matches[0]  # type: ignore[return-value]
        if matches:
            raise AmbiguousKeyError(plural, key, [m.id for m in matches])  # type: ignore[attr-defined]
        import difflib  # noqa: PLC0415 - only a failed look-up needs it (saves start-up time)

        close = difflib.get_close_matches(normalize(key), index.display, n=4, cutoff=0.6)
        raise UnknownKeyError(kind, key, list(dict.fromkeys(index.display[c] for c in close)))

    def get_sector(self, key: str | Sector) -> Sector:
        """The sector with this id or name (English or Indonesian), or the sector itself.

        Raises:
            UnknownKeyError: nothing matches (the error suggests close matches).
            AmbiguousKeyError: several sectors match.

        >>> import ascc_model
        >>> ascc_model.get_sector("health").names.id
        'Kerja Sama Kesehatan ASEAN'
        """
        return self._resolve(key, Sector, self._sector_keys, "sector", "sectors")

    def get_body(self, key: str | Body) -> Body:
        """The body with this id, acronym, name or alias (case- and accent-insensitive).

        Raises:
            UnknownKeyError: nothing matches (the error suggests close matches).
            AmbiguousKeyError: several bodies match, as ``"APT EMM"`` does.

        >>> import ascc_model
        >>> ascc_model.get_body("acwc").acronym
        'ACWC'
        """
        return self._resolve(key, Body, self._body_keys, "body", "bodies")

    def get_agency(self, key: str | Agency) -> Agency:
        """The focal-point agency with this id, acronym or name.

        >>> import ascc_model
        >>> ascc_model.get_agency("BNPB").names.id
        'Badan Nasional Penanggulangan Bencana'
        """
        return self._resolve(key, Agency, self._agency_keys, "agency", "agencies")

    def get_plan(self, key: str | Plan) -> Plan:
        """The plan with this id, acronym or title (English or Indonesian), or the plan itself.

        Raises:
            UnknownKeyError: nothing matches (the error suggests close matches).
            AmbiguousKeyError: several plans match.

        >>> import ascc_model
        >>> ascc_model.registry().get_plan("Program Kerja AADMER").acronym
        'AWP'
        """
        return self._resolve(key, Plan, self._plan_keys, "plan", "plans")

    def get_record(
        self, ident: str
    ) -> (
        Source | Pillar | Sector | Agency | Body | Plan | Instrument | Programme | Figure | Erratum
    ):
        """The record of any kind with this id; a renamed id resolves, with a warning.

        Ids only: names and acronyms are looked up per kind (:meth:`get_body` and
        the other getters), since a name may be shared.

        Raises:
            UnknownKeyError: no record has this id (the error suggests close ids).

        >>> import ascc_model
        >>> ascc_model.registry().get_record("cedaw").acronym
        'CEDAW'
        >>> type(ascc_model.registry().get_record("acwc")).__name__
        'Body'
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
                    stacklevel=_stacklevel(),
                )
                found = self._by_id[rename.new]
        if found is None:
            import difflib  # noqa: PLC0415 - only a failed look-up needs it

            close = difflib.get_close_matches(ident, self._by_id, n=4, cutoff=0.6)
            raise UnknownKeyError("record", ident, close)
        return found  # type: ignore[return-value]

    def find_bodies(self, text: str) -> tuple[Body, ...]:
        """Every body whose id, acronym, name or alias contains ``text``, exact matches first.

        Matching ignores case and accents. An empty ``text`` raises ``ValueError``.

        >>> import ascc_model
        >>> [b.id for b in ascc_model.find_bodies("APT EMM")]
        ['apt-emm-education', 'apt-emm-environment']
        """
        needle = normalize(text)
        if not needle:
            msg = "find_bodies needs some text to look for"
            raise ValueError(msg)
        exact: list[Body] = []
        partial: list[Body] = []
        for key, records in self._body_keys.records.items():
            if needle == key:
                target = exact
            elif needle in key:
                target = partial
            else:
                continue
            for record in records:
                target.append(record)  # type: ignore[arg-type]
        seen: set[str] = set()
        ordered = []
        rank = {b.id: i for i, b in enumerate(self._bodies)}
        for group in (exact, partial):
            for body in sorted(group, key=lambda b: rank[b.id]):
                if body.id not in seen:
                    seen.add(body.id)
                    ordered.append(body)
        return tuple(ordered)

    # -- collections -------------------------------------------------------------

    def sectors(self) -> tuple[Sector, ...]:
        """Every sector, in the order of the source.

        >>> import ascc_model
        >>> ascc_model.registry().sectors()[0].names.en
        "ASEAN Cooperation on Women's Empowerment and Child Protection"
        """
        return self._sectors

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
            for b in self._bodies
            if (sector_id is None or sector_id in b.sectors)
            and (wanted is None or b.kind == wanted)
        )

    def agencies(self) -> tuple[Agency, ...]:
        """Every focal-point agency.

        >>> import ascc_model
        >>> agencies = ascc_model.registry().agencies()
        >>> next(a for a in agencies if a.acronym == "BNPB").names.en
        'National Disaster Management Agency'
        """
        return self._agencies

    # -- reporting lines -----------------------------------------------------------

    def bodies_reporting_to(
        self, body: str | Body, *, transitive: bool = False
    ) -> tuple[Body, ...]:
        """The bodies that report to ``body``: direct reports, or the whole subtree.

        The lines followed are :data:`~ascc_model.REPORTING_KINDS`: reports to,
        assists and subsidiary of. The subtree is in breadth-first order, each
        body once, siblings in data order.

        >>> import ascc_model
        >>> [b.acronym for b in ascc_model.bodies_reporting_to("AMMSWD")]
        ['ACWC', 'SOMSWD']
        """
        return self._walk(self.get_body(body), self._children, transitive=transitive)

    def reporting_chain(self, body: str | Body) -> tuple[Body, ...]:
        """The bodies above ``body``, nearest first (breadth-first, each once).

        A body may report to several (ACDM reports to AMMDM and to the COP to
        AADMER); all of them are in the chain.

        >>> import ascc_model
        >>> [b.acronym for b in ascc_model.reporting_chain("SCC")]
        ['COCI']
        """
        return self._walk(self.get_body(body), self._parents, transitive=True)

    def _walk(
        self, start: Body, edges: dict[str, list[Body]], *, transitive: bool
    ) -> tuple[Body, ...]:
        if not transitive:
            return tuple(edges.get(start.id, ()))
        key = (edges is self._children, start.id)
        known = self._walks.get(key)
        if known is None:
            known = self._breadth_first(start, edges)
            if len(known) <= _WALK_KEPT and len(self._walks) < _FOUND:
                self._walks[key] = known  # small answers are kept: asking again is free
        return known

    @staticmethod
    def _breadth_first(start: Body, edges: dict[str, list[Body]]) -> tuple[Body, ...]:
        seen = {start.id}
        order: list[Body] = []
        queue = deque([start])
        while queue:
            for nxt in edges.get(queue.popleft().id, ()):
                if nxt.id not in seen:
                    seen.add(nxt.id)
                    order.append(nxt)
                    queue.append(nxt)
        return tuple(order)

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
        (Relation(subject='asoen', kind=<RelationKind.ASSISTS: 'assists'>, object='amme'),)
        """
        subject_id = None if subject is None else self.get_body(subject).id
        object_id = None if object is None else self.get_body(object).id
        wanted = None if kind is None else RelationKind(kind)
        return tuple(
            r
            for r in self._relations
            if (subject_id is None or r.subject == subject_id)
            and (object_id is None or r.object == object_id)
            and (wanted is None or r.kind == wanted)
        )

    # -- focal points and plans --------------------------------------------------

    def focal_point_for(self, sector: str | Sector) -> FocalPoints:
        """Indonesia's focal-point agencies for a sector, in source order.

        >>> import ascc_model
        >>> [a.acronym for a in ascc_model.focal_point_for("health")]
        [None, 'BPOM']
        >>> print(ascc_model.focal_point_for("foundation"))
        The source names no national focal point for the ASEAN Foundation.
        """
        found = self.get_sector(sector)
        known = self._focal_points.get(found.id)
        if known is None:  # built once per sector: the records never change
            point = found.focal_point
            agencies = tuple(self.get_agency(a) for a in point.agencies)
            known = self._focal_points[found.id] = FocalPoints(found, agencies, point.note)
        return known

    def plans(
        self, *, holder: str | Body | Sector | None = None, year: int | None = None
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
            for p in self._plans
            if (holders is None or holders.intersection(p.holders))
            and (year is None or p.in_force(year))
        )

    def _holder_ids(self, holder: str | Body | Sector) -> set[str]:
        found = self._by_id.get(holder) if isinstance(holder, str) else holder
        if not isinstance(found, Sector | Body) and isinstance(holder, str):
            try:
                found = self.get_body(holder)
            except UnknownKeyError as not_a_body:
                try:
                    found = self.get_sector(holder)
                except UnknownKeyError as not_a_sector:
                    close = (*not_a_body.suggestions, *not_a_sector.suggestions)
                    raise UnknownKeyError("body or sector", holder, close) from None
        if isinstance(found, Sector):
            sector = self.get_sector(found)
            return {sector.id, *(b.id for b in self.bodies(sector=sector))}
        return {self.get_body(found).id}  # type: ignore[arg-type]

    # -- other records -------------------------------------------------------------

    def instruments(self) -> tuple[Instrument, ...]:
        """Every agreement, convention, declaration and charter.

        >>> import ascc_model
        >>> instruments = {i.id: i for i in ascc_model.registry().instruments()}
        >>> instruments["asean-charter"].names.id, instruments["asean-charter"].signed
        ('Piagam ASEAN', PartialDate('2007-11-20'))
        """
        return self._instruments

    def programmes(self) -> tuple[Programme, ...]:
        """Every programme and project.

        >>> import ascc_model
        >>> [p.partners for p in ascc_model.registry().programmes() if p.acronym == "MAHFSA"]
        [('IFAD',)]
        """
        return self._programmes

    def figures(self) -> tuple[Figure, ...]:
        """Every figure the source states.

        >>> import ascc_model
        >>> peak = next(f for f in ascc_model.registry().figures() if f.year == 2038)
        >>> peak.measure, peak.value, peak.approximate
        ('Projected peak of the youth population in the ASEAN region', 220000000.0, True)
        """
        return self._figures

    def errata(self) -> tuple[Erratum, ...]:
        """Every slip found in the source, with its correction.

        >>> import ascc_model
        >>> [e.id for e in ascc_model.registry().errata() if "atfp" in e.records]
        ['erratum-atfp-assists-com']
        """
        return self._errata

    def sources(self) -> tuple[Source, ...]:
        """The documents the data comes from.

        >>> import ascc_model
        >>> [(s.id, s.language, s.date) for s in ascc_model.registry().sources()]
        [('ascc-sectors', 'id', None)]
        """
        return self._sources

    def renamed(self) -> tuple[Rename, ...]:
        """Every renamed id; the old ids still resolve, with a ``DeprecationWarning``.

        >>> import ascc_model, warnings
        >>> reg = ascc_model.load_text('''
        ... schema_version: 1
        ... sources: [{id: notes, title: My notes, language: en}]
        ... bodies:
        ...   - {id: ammx, names: {en: Ministers on X}, kind: ministerial, sources: ["notes:1"]}
        ... renamed: [{old: amm-x, new: ammx, since: 0.2.0}]
        ... ''')
        >>> reg.renamed()
        (Rename(old='amm-x', new='ammx', since='0.2.0', note=None),)
        >>> with warnings.catch_warnings(record=True) as caught:
        ...     warnings.simplefilter("always")
        ...     reg.get_body("amm-x").id
        'ammx'
        >>> print(caught[0].message)
        body id 'amm-x' was renamed 'ammx' in 0.2.0; use the new id
        """
        return self._renamed

    def ids(self) -> tuple[str, ...]:
        """Every public id: records, then renamed (deprecated) ids, in data order.

        Ids are unique across every kind of record.

        >>> import ascc_model
        >>> ids = ascc_model.registry().ids()
        >>> "acwc" in ids, "health" in ids, len(set(ids)) == len(ids)
        (True, True, True)
        """
        return (*(r.id for r in self._identified()), *(r.old for r in self._renamed))

    def _identified(
        self,
    ) -> Iterator[
        Source | Pillar | Sector | Agency | Body | Plan | Instrument | Programme | Figure | Erratum
    ]:
        """Every record that has an id (all but relations), collection by collection."""
        for collection in (
            self._sources,
            self._pillars,
            self._sectors,
            self._agencies,
            self._bodies,
            self._plans,
            self._instruments,
            self._programmes,
            self._figures,
            self._errata,
        ):
            yield from collection


# os.path rather than pathlib: this module is on the import path, kept light.
_PACKAGE_DIR = os.path.dirname(os.path.abspath(__file__)) + os.sep  # noqa: PTH100, PTH120


def _stacklevel() -> int:
    """The ``stacklevel`` that makes a warning point at the first caller outside the package."""
    level = 1
    frame = sys._getframe(1)  # noqa: SLF001 - the cheap, documented way to walk the stack
    while frame.f_back is not None and frame.f_code.co_filename.startswith(_PACKAGE_DIR):
        frame = frame.f_back
        level += 1
    return level


def collections(registry: Registry) -> dict[str, tuple[Any, ...]]:
    """Each record collection of ``registry`` by its constructor keyword, in order.

    ``Registry(**collections(r)) == r``: exports, the compiled cache and dumps all
    take the records from here, so a new collection cannot be left out of one.
    """
    return {f.alias or f.name: getattr(registry, f.name) for f in attrs_fields(Registry) if f.init}
