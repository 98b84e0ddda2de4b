"""The records of the model: frozen, slotted attrs classes holding only tuples.

Every record that states a fact carries ``sources``: one or more
:class:`Citation` values pointing at the line of the source document where the
fact stands.
"""

from __future__ import annotations

import enum
import re
from typing import TYPE_CHECKING, ClassVar

from attrs import field, frozen

if TYPE_CHECKING:
    from collections.abc import Iterator

__all__ = [
    "Agency",
    "Body",
    "BodyKind",
    "Citation",
    "Erratum",
    "Figure",
    "FocalPoint",
    "Frequency",
    "Instrument",
    "InstrumentKind",
    "Names",
    "PartialDate",
    "Period",
    "Pillar",
    "Plan",
    "PlanKind",
    "Programme",
    "Relation",
    "RelationKind",
    "Rename",
    "Sector",
    "Source",
]

_PARTIAL_DATE = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")
_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
_DAYS_IN_MONTH = (31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


@frozen(order=True)
class PartialDate:
    """A date known to the year, the month or the day, such as "September 2013".

    Written in the data as ISO 8601 text: ``"1981"``, ``"2013-09"`` or
    ``"2002-06-10"``.

    >>> PartialDate.parse("2013-09")
    PartialDate('2013-09')
    >>> str(PartialDate.parse("2002-06-10")), PartialDate.parse("2013-09").display()
    ('2002-06-10', 'September 2013')
    """

    year: int
    month: int | None = None
    day: int | None = None

    def __attrs_post_init__(self) -> None:
        if not 1 <= self.year <= 9999:  # noqa: PLR2004 - ISO 8601 four-digit years
            msg = f"year out of range: {self.year!r}"
            raise ValueError(msg)
        if self.month is None:
            if self.day is not None:
                msg = "a day needs a month"
                raise ValueError(msg)
            return
        if not 1 <= self.month <= 12:  # noqa: PLR2004
            msg = f"month out of range: {self.month!r}"
            raise ValueError(msg)
        if self.day is not None and not 1 <= self.day <= self._last_day():
            msg = f"day out of range: {self.day!r}"
            raise ValueError(msg)

    def _last_day(self) -> int:
        assert self.month is not None  # noqa: S101 - only called with a month
        if self.month == 2 and not (  # noqa: PLR2004
            self.year % 4 == 0 and (self.year % 100 != 0 or self.year % 400 == 0)
        ):
            return 28
        return _DAYS_IN_MONTH[self.month - 1]

    @classmethod
    def parse(cls, text: str) -> PartialDate:
        """Read ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``.

        Raises:
            ValueError: the text is not one of those forms, or not a real date.

        >>> PartialDate.parse("20215")
        Traceback (most recent call last):
        ...
        ValueError: not a partial date (YYYY, YYYY-MM or YYYY-MM-DD): '20215'
        """
        match = _PARTIAL_DATE.fullmatch(text)
        if match is None:
            msg = f"not a partial date (YYYY, YYYY-MM or YYYY-MM-DD): {text!r}"
            raise ValueError(msg)
        year, month, day = match.groups()
        return cls(
            int(year),
            None if month is None else int(month),
            None if day is None else int(day),
        )

    def __str__(self) -> str:
        text = f"{self.year:04d}"
        if self.month is not None:
            text += f"-{self.month:02d}"
        if self.day is not None:
            text += f"-{self.day:02d}"
        return text

    def __repr__(self) -> str:
        return f"PartialDate({str(self)!r})"

    def display(self) -> str:
        """The date in words, as a reader would write it: "10 June 2002".

        >>> PartialDate(2002, 6, 10).display(), PartialDate(1981).display()
        ('10 June 2002', '1981')
        """
        if self.month is None:
            return str(self.year)
        month = _MONTHS[self.month - 1]
        if self.day is None:
            return f"{month} {self.year}"
        return f"{self.day} {month} {self.year}"


def _check_period(instance: Period, _attribute: object, end: int) -> None:
    if end < instance.start:
        msg = f"period ends ({end}) before it starts ({instance.start})"
        raise ValueError(msg)


@frozen(order=True)
class Period:
    """A span of whole years, both ends included: ``Period(2021, 2025)``.

    >>> Period(2021, 2025).contains(2023), str(Period(2016, 2025))
    (True, '2016-2025')
    """

    start: int
    end: int = field(validator=_check_period)

    def contains(self, year: int) -> bool:
        """Whether ``year`` falls within the period.

        >>> Period(2021, 2025).contains(2025), Period(2021, 2025).contains(2026)
        (True, False)
        """
        return self.start <= year <= self.end

    def __str__(self) -> str:
        return f"{self.start}-{self.end}"


@frozen
class Names:
    """A name in English (``en``) and in Indonesian (``id``); at least one is given.

    >>> Names(en="ASEAN Committee on Women").best("id")
    'ASEAN Committee on Women'
    """

    en: str | None = None
    id: str | None = None

    def __attrs_post_init__(self) -> None:
        if self.en is None and self.id is None:
            msg = "a name needs at least one of en or id"
            raise ValueError(msg)

    def best(self, lang: str = "en") -> str:
        """The name in ``lang`` (``"en"`` or ``"id"``), else in the other language.

        >>> import ascc_model
        >>> ascc_model.get_sector("health").names.best("id")
        'Kerja Sama Kesehatan ASEAN'
        >>> Names(id="Program Kerja AADMER").best("en")
        'Program Kerja AADMER'
        """
        first, second = (self.id, self.en) if lang == "id" else (self.en, self.id)
        result = first if first is not None else second
        assert result is not None  # noqa: S101 - guaranteed by __attrs_post_init__
        return result

    def __iter__(self) -> Iterator[str]:
        """The names given, English first."""
        return iter([n for n in (self.en, self.id) if n is not None])


@frozen
class Citation:
    """Where a fact stands: a source document and a line number in it (1-based).

    >>> import ascc_model
    >>> str(Citation("ascc-sectors", 32))
    'ascc-sectors:32'
    >>> Citation("ascc-sectors", 32) in ascc_model.get_body("ACWC").sources
    True
    """

    source: str
    line: int

    def __str__(self) -> str:
        return f"{self.source}:{self.line}"


@frozen
class Source:
    """A document the data is taken from.

    ``date`` is ``None`` when the document is undated; ``note`` then says what
    is known about when it was written.

    >>> import ascc_model
    >>> source = ascc_model.get_body("ACWC").sources[0].source
    >>> next(s for s in ascc_model.registry().sources() if s.id == source)
    Source(id='ascc-sectors', title='Kerja Sama Masyarakat Sosial Budaya ASEAN ...', language='id',
           date=None, note='Undated Indonesian overview of ASCC cooperation, ...', url=None)
    """

    id: str
    title: str
    language: str
    date: PartialDate | None = None
    note: str | None = None
    url: str | None = None


class BodyKind(enum.StrEnum):
    """What kind of body a :class:`Body` is.

    >>> import ascc_model
    >>> BodyKind("working_group")
    <BodyKind.WORKING_GROUP: 'working_group'>
    >>> ascc_model.get_body("SCC").kind
    <BodyKind.SUB_COMMITTEE: 'sub_committee'>
    """

    SUMMIT = "summit"
    COUNCIL = "council"
    MINISTERIAL = "ministerial"
    CONFERENCE_OF_PARTIES = "conference_of_parties"
    SENIOR_OFFICIALS = "senior_officials"
    COMMITTEE = "committee"
    SUB_COMMITTEE = "sub_committee"
    COMMISSION = "commission"
    WORKING_GROUP = "working_group"
    TASK_FORCE = "task_force"
    NETWORK = "network"
    CLUSTER = "cluster"
    CENTRE = "centre"
    FOUNDATION = "foundation"
    FORUM = "forum"
    PLATFORM = "platform"
    DIALOGUE = "dialogue"
    CONSORTIUM = "consortium"
    AWARD = "award"
    FUND = "fund"
    OFFICE = "office"
    SECRETARIAT_DIVISION = "secretariat_division"
    NATIONAL_ORGANISATION = "national_organisation"


#: Body kinds that must report to (or assist, or be a subsidiary of) another body.
MUST_REPORT: frozenset[BodyKind] = frozenset(
    {
        BodyKind.SENIOR_OFFICIALS,
        BodyKind.WORKING_GROUP,
        BodyKind.SUB_COMMITTEE,
        BodyKind.TASK_FORCE,
    }
)


@frozen
class Frequency:
    """How often a body meets: an ISO 8601 period such as ``P1Y`` or ``P2Y``.

    ``at_least`` is true where the source says "at least"; ``note`` holds any
    qualifier the period cannot carry ("back-to-back before the COP").

    >>> str(Frequency("P1Y", at_least=True))
    'at least every year'
    """

    period: str = field()
    at_least: bool = False
    note: str | None = None

    _WORDS: ClassVar[dict[str, str]] = {
        "P1Y": "every year",
        "P2Y": "every two years",
        "P3Y": "every three years",
    }

    @period.validator
    def _check(self, _attribute: object, value: str) -> None:
        if re.fullmatch(r"P[1-9]\d*[YMWD]", value) is None:
            msg = f"not an ISO 8601 period such as P1Y or P6M: {value!r}"
            raise ValueError(msg)

    def __str__(self) -> str:
        words = self._WORDS.get(self.period, self.period)
        return f"at least {words}" if self.at_least else words


@frozen
class Body:
    """An intergovernmental body: a meeting, committee, working group, centre, ...

    ``sectors`` is empty and ``pillar`` is ``None`` for bodies outside the ASCC
    sectors that the source names as partners or members. ``base`` and
    ``partners`` describe a plus-format body (``AMCA+3`` is AMCA with China,
    Japan and the Republic of Korea).

    >>> import ascc_model
    >>> amme = ascc_model.get_body("AMME")
    >>> amme.kind, amme.established, str(amme.meets)
    (<BodyKind.MINISTERIAL: 'ministerial'>, PartialDate('1981'), 'every two years')
    >>> amca3 = ascc_model.get_body("AMCA+3")
    >>> amca3.base, amca3.partners
    ('amca', ('China', 'Japan', 'Republic of Korea'))
    """

    id: str
    names: Names = field(repr=lambda n: repr(n.best()))
    kind: BodyKind = field(repr=False)
    sources: tuple[Citation, ...] = field(repr=False)
    acronym: str | None = field(default=None, repr=False)
    aliases: tuple[str, ...] = field(default=(), repr=False)
    sectors: tuple[str, ...] = field(default=(), repr=False)
    pillar: str | None = field(default=None, repr=False)
    established: PartialDate | None = field(default=None, repr=False)
    meets: Frequency | None = field(default=None, repr=False)
    chair: str | None = field(default=None, repr=False)
    composition: str | None = field(default=None, repr=False)
    description: str | None = field(default=None, repr=False)
    base: str | None = field(default=None, repr=False)
    partners: tuple[str, ...] = field(default=(), repr=False)
    reporting_note: str | None = field(default=None, repr=False)

    @property
    def label(self) -> str:
        """The acronym if there is one, else the English name.

        >>> import ascc_model
        >>> ascc_model.get_body("acwc").label
        'ACWC'
        >>> ascc_model.get_body("asean-centre-for-biodiversity").label
        'ASEAN Centre for Biodiversity'
        """
        return self.acronym if self.acronym is not None else self.names.best()


class RelationKind(enum.StrEnum):
    """The kinds of line between two bodies.

    The first three (:data:`REPORTING_KINDS`) are the reporting lines that
    :func:`ascc_model.bodies_reporting_to` and :func:`ascc_model.reporting_chain`
    follow.

    >>> RelationKind("assists") in REPORTING_KINDS, RelationKind.SUPPORTS in REPORTING_KINDS
    (True, False)
    """

    REPORTS_TO = "reports_to"
    """The subject reports to the object ("melapor kepada")."""
    ASSISTS = "assists"
    """The subject assists the object, its parent ("dibantu oleh", "membantu")."""
    SUBSIDIARY_OF = "subsidiary_of"
    """The subject works under the direction of the object ("di bawah arahan")."""
    SUPPORTS = "supports"
    """The subject supports or facilitates the object's work, without reporting to it."""
    ADVISES = "advises"
    """The subject gives advice to the object."""
    CO_CHAIRS = "co_chairs"
    """The subject is one of the co-chairs of the object."""
    MEMBER_OF = "member_of"
    """The subject (or its chair, see the note) is a member of the object."""
    BOARD_OF = "board_of"
    """The subject (or its focal points) serves as the governing board of the object."""
    FUNDS = "funds"
    """The subject funds projects of the object."""
    COORDINATES_WITH = "coordinates_with"
    """The subject coordinates its work with others through the object."""


REPORTING_KINDS: frozenset[RelationKind] = frozenset(
    {RelationKind.REPORTS_TO, RelationKind.ASSISTS, RelationKind.SUBSIDIARY_OF}
)
"""The relation kinds that form the reporting hierarchy.

>>> sorted(kind.value for kind in REPORTING_KINDS)
['assists', 'reports_to', 'subsidiary_of']
"""


@frozen
class Relation:
    """A line between two bodies: ``subject`` *kind* ``object``.

    >>> import ascc_model
    >>> line = ascc_model.relations(subject="ACWC", object="AMMSWD")[0]
    >>> line.kind, line.note
    (<RelationKind.REPORTS_TO: 'reports_to'>, 'reports to and supports')
    """

    subject: str
    kind: RelationKind
    object: str
    sources: tuple[Citation, ...] = field(repr=False)
    note: str | None = field(default=None, repr=False)


@frozen
class Agency:
    """A national focal-point agency, with its name as the source gives it.

    ``names.id`` is the Indonesian name exactly as the source gives it;
    ``names.en`` renders it in English for readers. ``as_of`` is the date the
    name is known to be valid, ``None`` where the only date is that of the
    (undated) source: ministries are renamed, so check before relying on a name.

    >>> import ascc_model
    >>> bpom = ascc_model.get_agency("bpom")
    >>> bpom.names.en, bpom.country
    ('National Agency of Drug and Food Control', 'IDN')
    """

    id: str
    names: Names = field(repr=lambda n: repr(n.best("id")))
    country: str = field(repr=False)
    sources: tuple[Citation, ...] = field(repr=False)
    acronym: str | None = field(default=None, repr=False)
    as_of: PartialDate | None = field(default=None, repr=False)
    note: str | None = field(default=None, repr=False)


@frozen
class FocalPoint:
    """A sector's national focal point: its agencies in source order, or a note.

    ``agencies`` is empty exactly when the source names none; ``note`` then
    says so.

    >>> import ascc_model
    >>> ascc_model.get_sector("health").focal_point.agencies
    ('kemenkes', 'bpom')
    >>> ascc_model.get_sector("foundation").focal_point.note
    'The source names no national focal point for the ASEAN Foundation.'
    """

    agencies: tuple[str, ...]
    sources: tuple[Citation, ...] = field(repr=False)
    note: str | None = None


@frozen
class Sector:
    """A cooperation area of the pillar: one section of the source.

    >>> import ascc_model
    >>> health = ascc_model.get_sector("health")
    >>> health.names
    Names(en='ASEAN Health Cooperation', id='Kerja Sama Kesehatan ASEAN')
    >>> health.focal_point.agencies
    ('kemenkes', 'bpom')
    """

    id: str
    names: Names = field(repr=lambda n: repr(n.best()))
    summary: str = field(repr=False)
    focal_point: FocalPoint = field(repr=False)
    sources: tuple[Citation, ...] = field(repr=False)
    reference_url: str | None = field(default=None, repr=False)


@frozen
class Pillar:
    """The ASEAN Socio-Cultural Community pillar itself.

    >>> import ascc_model
    >>> ascc = ascc_model.registry().pillar
    >>> ascc.acronym, ascc.coordinating_bodies, ascc.blueprint
    ('ASCC', ('ascc-council', 'soc-com'), 'ascc-blueprint-2025')
    """

    id: str
    names: Names = field(repr=lambda n: repr(n.best()))
    acronym: str = field(repr=False)
    summary: str = field(repr=False)
    characteristics: tuple[Names, ...] = field(repr=False)
    coordinating_bodies: tuple[str, ...] = field(repr=False)
    blueprint: str | None = field(repr=False)
    sources: tuple[Citation, ...] = field(repr=False)


class PlanKind(enum.StrEnum):
    """What kind of document a :class:`Plan` is.

    >>> import ascc_model
    >>> PlanKind("roadmap")
    <PlanKind.ROADMAP: 'roadmap'>
    >>> ascc_model.get_plan("haze-roadmap-2016").kind
    <PlanKind.ROADMAP: 'roadmap'>
    """

    WORK_PLAN = "work_plan"
    STRATEGIC_PLAN = "strategic_plan"
    WORK_PROGRAMME = "work_programme"
    ROADMAP = "roadmap"
    INDEX = "index"
    BLUEPRINT = "blueprint"
    VISION = "vision"
    AGENDA = "agenda"
    ACTION_PLAN = "action_plan"
    STRATEGY = "strategy"
    PRIORITIES = "priorities"


@frozen
class Plan:
    """A work plan, strategic plan, roadmap, index or similar, with its items in order.

    ``item_count`` is the number of items the source announces; where the
    source announces items it does not list, ``items`` is empty and
    ``items_note`` says so. ``retains`` names an earlier plan whose items this
    one keeps.

    >>> import ascc_model
    >>> plan = ascc_model.get_plan("ACW Work Plan 2021-2025")
    >>> plan.holders, str(plan.period), plan.items[0].en
    (('acw',), '2021-2025', 'Gender data and statistics')
    >>> later = ascc_model.get_plan("accsm-work-plan-2021-2025")
    >>> later.items, later.retains
    ((), 'accsm-work-plan-2016-2020')
    """

    id: str
    title: Names = field(repr=lambda n: repr(n.best()))
    kind: PlanKind = field(repr=False)
    holders: tuple[str, ...] = field(repr=False)
    sources: tuple[Citation, ...] = field(repr=False)
    acronym: str | None = field(default=None, repr=False)
    period: Period | None = field(default=None, repr=False)
    adopted: PartialDate | None = field(default=None, repr=False)
    items: tuple[Names, ...] = field(default=(), repr=False)
    item_count: int | None = field(default=None, repr=False)
    items_note: str | None = field(default=None, repr=False)
    supersedes: str | None = field(default=None, repr=False)
    retains: str | None = field(default=None, repr=False)
    description: str | None = field(default=None, repr=False)

    def in_force(self, year: int) -> bool:
        """Whether the plan's period includes ``year`` (``False`` without a period).

        >>> import ascc_model
        >>> hanoi = ascc_model.get_plan("Hanoi Plan of Action")
        >>> str(hanoi.period), hanoi.in_force(2000), hanoi.in_force(2005)
        ('1999-2004', True, False)
        >>> ascc_model.get_plan("haze-roadmap-2016").in_force(2016)
        False
        """
        return self.period is not None and self.period.contains(year)


class InstrumentKind(enum.StrEnum):
    """What kind of document an :class:`Instrument` is.

    >>> InstrumentKind("convention")
    <InstrumentKind.CONVENTION: 'convention'>
    """

    AGREEMENT = "agreement"
    CHARTER = "charter"
    CONVENTION = "convention"
    DECLARATION = "declaration"
    FRAMEWORK = "framework"
    MEMORANDUM = "memorandum"
    RULES = "rules"
    GOALS = "goals"


@frozen
class Instrument:
    """An agreement, convention, declaration, charter or similar document.

    >>> import ascc_model
    >>> aathp = next(i for i in ascc_model.registry().instruments() if i.acronym == "AATHP")
    >>> aathp.kind, aathp.signed.display(), aathp.place
    (<InstrumentKind.AGREEMENT: 'agreement'>, '10 June 2002', 'Kuala Lumpur, Malaysia')
    """

    id: str
    names: Names = field(repr=lambda n: repr(n.best()))
    kind: InstrumentKind = field(repr=False)
    sources: tuple[Citation, ...] = field(repr=False)
    acronym: str | None = field(default=None, repr=False)
    sectors: tuple[str, ...] = field(default=(), repr=False)
    signed: PartialDate | None = field(default=None, repr=False)
    place: str | None = field(default=None, repr=False)
    description: str | None = field(default=None, repr=False)


@frozen
class Programme:
    """A programme or project run with partners.

    >>> import ascc_model
    >>> supa = next(p for p in ascc_model.registry().programmes() if p.acronym == "SUPA")
    >>> supa.names.en, supa.partners, supa.sectors
    ('ASEAN-EU Sustainable Use of Peatlands and Haze Mitigation in ASEAN', ('EU',), ('haze',))
    """

    id: str
    names: Names = field(repr=lambda n: repr(n.best()))
    sources: tuple[Citation, ...] = field(repr=False)
    acronym: str | None = field(default=None, repr=False)
    sectors: tuple[str, ...] = field(default=(), repr=False)
    partners: tuple[str, ...] = field(default=(), repr=False)
    period: Period | None = field(default=None, repr=False)
    description: str | None = field(default=None, repr=False)


@frozen
class Figure:
    """A number the source states: its value, unit, year and what it measures.

    ``approximate`` is true where the source hedges ("kurang lebih").

    >>> import ascc_model
    >>> figures = {f.id: f for f in ascc_model.registry().figures()}
    >>> affected = figures["disaster-people-affected-2022"]
    >>> affected.value, affected.unit, affected.year, affected.approximate
    (5600000.0, 'people', 2022, False)
    """

    id: str
    measure: str
    value: float
    unit: str = field(repr=False)
    sources: tuple[Citation, ...] = field(repr=False)
    sector: str | None = field(default=None, repr=False)
    year: int | None = field(default=None, repr=False)
    approximate: bool = field(default=False, repr=False)


@frozen
class Erratum:
    """A slip in the source, and the correction the data holds instead.

    ``records`` names the records the correction applies to.

    >>> import ascc_model
    >>> errata = {e.id: e for e in ascc_model.registry().errata()}
    >>> cedaw = errata["erratum-cedaw-expansion"]
    >>> cedaw.correction, cedaw.records
    ('Convention on the Elimination of All Forms of Discrimination against Women (CEDAW)',
     ('cedaw',))
    """

    id: str
    slip: str
    correction: str
    explanation: str = field(repr=False)
    sources: tuple[Citation, ...] = field(repr=False)
    records: tuple[str, ...] = field(default=(), repr=False)


@frozen
class Rename:
    """An id that was renamed: ``old`` still resolves, with a ``DeprecationWarning``.

    ``since`` is the release that renamed it. Ids are never reused: ``old``
    cannot be the id of any record.

    >>> Rename(old="amm-x", new="ammx", since="0.2.0")
    Rename(old='amm-x', new='ammx', since='0.2.0', note=None)
    """

    old: str
    new: str
    since: str
    note: str | None = None
