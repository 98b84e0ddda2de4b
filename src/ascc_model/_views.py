"""The registry's collections, in data order: read-only views of its records.

:class:`Collections` is the part of :class:`~ascc_model.Registry` that hands out
each kind of record as a tuple; the registry adds the look-ups and the queries.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ._model import BodyKind

if TYPE_CHECKING:
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
        Programme,
        Rename,
        Sector,
        Source,
    )
    from ._records import Records

__all__ = ["Collections"]


class Collections:
    """Every collection of a registry's records, as tuples in data order."""

    __slots__ = ()
    _records: Records
    _by_id: dict[str, object]

    if TYPE_CHECKING:  # the registry's own look-up, which `bodies(sector=...)` uses

        def get_sector(self, key: str | Sector) -> Sector: ...

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

        Args:
            sector: Only the bodies of this sector (an id, a name or the record).
            kind: Only this kind (a value of the enum, or its text).

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
        ['BNPB', 'Kominfo', 'BPOM', 'Kemenko PMK', 'Komdigi', 'KLH']
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
