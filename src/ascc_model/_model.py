"""The records of the model: frozen, slotted attrs classes holding only tuples.

Every record that states a fact carries ``sources``: one or more
:class:`Citation` values pointing at the line of the source document where the
fact stands. Every field is declared with its role (:mod:`ascc_model._schema`):
what it means, which records it names, whether look-ups match it; the checks,
exports, command line and documentation read those declarations.
"""

from __future__ import annotations

import enum
import re
from typing import TYPE_CHECKING, Any, ClassVar

from attrs import frozen

from ._schema import ANY_RECORD, Value, fact, model, prose, ref

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

    __ascc_atomic__: ClassVar[bool] = True  # written as one string: "2013-09"

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

        Args:
            text: The date as the data writes it, to the year, month or day.

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

    start: int = fact("The first year.", repr=True)
    end: int = fact("The last year (never before the first).", validator=_check_period, repr=True)

    def contains(self, year: int) -> bool:
        """Whether ``year`` falls within the period.

        Args:
            year: A year; the period's first and last years are within it.

        >>> Period(2021, 2025).contains(2025), Period(2021, 2025).contains(2026)
        (True, False)
        """
        return self.start <= year <= self.end

    def __str__(self) -> str:
        return f"{self.start}-{self.end}"


@model
class Names(Value):
    """A name in English (``en``) and in Indonesian (``id``); at least one is given.

    >>> Names(en="ASEAN Committee on Women").best("id")
    'ASEAN Committee on Women'
    """

    en: str | None = fact("The name in English.", default=None, repr=True)
    id: str | None = fact("The name in Indonesian.", default=None, repr=True)
    translated: str | None = fact(
        "`en` or `id`: the language whose text is our own translation, which no source "
        "gives; left out where every text is the sources' own.",
        default=None,
        term="ascc:translated",
    )

    def __attrs_post_init__(self) -> None:
        if self.en is None and self.id is None:
            msg = "a name needs at least one of en or id"
            raise ValueError(msg)
        if self.translated is not None and (
            self.translated not in ("en", "id") or getattr(self, self.translated) is None
        ):
            msg = (
                "translated must name a language the name is given in (en or id), "
                f"not {self.translated!r}"
            )
            raise ValueError(msg)

    def __repr__(self) -> str:
        given = [f"{k}={v!r}" for k, v in (("en", self.en), ("id", self.id)) if v is not None]
        if self.translated is not None:
            given.append(f"translated={self.translated!r}")
        return f"Names({', '.join(given)})"

    def best(self, lang: str = "en") -> str:
        """The name in ``lang`` (``"en"`` or ``"id"``), else in the other language.

        Args:
            lang: The language wanted first: ``"en"`` or ``"id"``.

        Raises:
            ValueError: ``lang`` is neither ``"en"`` nor ``"id"``.

        >>> import ascc_model
        >>> ascc_model.get_sector("health").names.best("id")
        'Kerja Sama Kesehatan ASEAN'
        >>> Names(id="Program Kerja AADMER").best("en")
        'Program Kerja AADMER'
        """
        if lang == "en":
            first, second = self.en, self.id
        elif lang == "id":
            first, second = self.id, self.en
        else:
            msg = f"lang must be 'en' or 'id', not {lang!r}"
            raise ValueError(msg)
        result = first if first is not None else second
        assert result is not None  # noqa: S101 - guaranteed by __attrs_post_init__
        return result

    def __iter__(self) -> Iterator[str]:
        """The names given, English first."""
        return iter([n for n in (self.en, self.id) if n is not None])


@model
class Citation(Value):
    """Where a fact stands: a source and a place in it, a line or a section.

    A line (counted from 1) locates a fact in a text such as the seed document,
    written ``"ascc-sectors:32"``; a section, heading or anchor locates it on a web
    page, written ``"asean-labour#Overview"``.

    >>> import ascc_model
    >>> str(Citation("ascc-sectors", 32)), str(Citation("asean-labour", section="Overview"))
    ('ascc-sectors:32', 'asean-labour#Overview')
    >>> Citation("ascc-sectors", 32) in ascc_model.get_body("ACWC").sources
    True
    """

    __ascc_atomic__: ClassVar[bool] = True  # written as one string: "ascc-sectors:32"

    source: str = ref("Id of the source.", "source", repr=True)
    line: int | None = fact("The line the fact stands on, counted from 1.", default=None, repr=True)
    section: str | None = fact(
        "The section, heading or anchor of a page the fact stands in.", default=None, repr=True
    )

    def __attrs_post_init__(self) -> None:
        if (self.line is None) == (self.section is None):
            msg = "a citation names a line or a section of its source, and not both"
            raise ValueError(msg)

    def __str__(self) -> str:
        if self.line is not None:
            return f"{self.source}:{self.line}"
        return f"{self.source}#{self.section}"


class _Record(Value):
    """What every record shares: a summary repr that does not pose as a constructor call."""

    __slots__ = ()

    def __repr__(self) -> str:
        ident = getattr(self, "id", None)
        return f"<{type(self).__name__} {ident} {self._title()!r}>"

    def _title(self) -> str:
        names = getattr(self, "names", None)
        return names.best() if isinstance(names, Names) else type(self).__name__.lower()


_SOURCES_DOC = "Citations of the lines the record's facts stand on."


def _sources(doc: str = _SOURCES_DOC) -> Any:
    return fact(doc, term="dcterms:source")


class SourceKind(enum.StrEnum):
    """What kind of source a :class:`Source` is: the seed text, or a public page of whom.

    >>> import ascc_model
    >>> ascc_model.registry().get_record("ascc-sectors").kind
    <SourceKind.SEED: 'seed'>
    """

    SEED = "seed"
    """The Indonesian overview the data was first written from."""
    OFFICIAL_ASEAN = "official_asean"
    """A page of the ASEAN Secretariat (asean.org and its sub-sites) or of an ASEAN body."""
    INDONESIAN_GOVERNMENT = "indonesian_government"
    """A page of an Indonesian government institution."""
    NEWS = "news"
    """A report of an established news outlet."""

    @property
    def words(self) -> str:
        """The kind in words."""
        return _words(self.value)


@model
class DateBound(Value):
    """A bound on when an undated document was written, and the evidence for it.

    >>> import ascc_model
    >>> seed = ascc_model.registry().get_record("ascc-sectors")
    >>> seed.written_after.date, seed.written_before.date
    (PartialDate('2022'), PartialDate('2024-10-21'))
    """

    date: PartialDate = fact("The bound: written after this (or before it).", repr=True)
    evidence: tuple[Citation, ...] = fact(
        "Citations of the lines (or pages) that prove the bound.", term="dcterms:source"
    )
    note: str | None = prose("How the evidence bounds the date.", default=None, term="skos:note")


@model(repr=False)
class Source(_Record):
    """A source of the data: the seed text, or a public page.

    ``date`` is the date the source was published, ``None`` where it is not
    known; an undated text such as the seed carries bounds inferred from its own
    contents instead (``written_after``, ``written_before``), each with its
    evidence. ``sha256`` and ``line_count`` describe the text that line
    citations point into, so that anyone who holds it can check them.

    >>> import ascc_model
    >>> source = ascc_model.get_body("ACWC").sources[0].source
    >>> seed = ascc_model.registry().get_record(source)
    >>> seed
    <Source ascc-sectors 'Kerja Sama Masyarakat Sosial Budaya ASEAN'>
    >>> seed.language, seed.line_count
    ('id', 738)
    """

    __rdf_type__: ClassVar[str] = "dcterms:BibliographicResource"

    id: str = fact("Short id that citations use before the colon (`ascc-sectors`).", key=True)
    title: str = fact("Title of the document.", key=True, term="dcterms:title")
    language: str = fact(
        "Language code of the document (`id`: Indonesian, `en`: English).",
        term="dcterms:language",
    )
    kind: SourceKind | None = fact("What kind of source it is.", default=None)
    publisher: str | None = fact(
        "Who publishes it (`ASEAN Secretariat`, `Antara`).", default=None, term="dcterms:publisher"
    )
    date: PartialDate | None = fact(
        "When it was published; left out where that is not known.",
        default=None,
        term="dcterms:date",
    )
    url: str | None = fact("Where it can be read.", default=None, term="schema:url", iri=True)
    line_count: int | None = fact(
        "How many lines the text has (for a text that line citations point into).",
        default=None,
        label="line count",
    )
    sha256: str | None = fact(
        "The SHA-256 of the text, in hexadecimal: anyone who holds it can check it is this one.",
        default=None,
        label="SHA-256",
    )
    written_after: DateBound | None = fact(
        "For an undated text: a date it was written after, with the evidence.",
        default=None,
        label="written after",
    )
    written_before: DateBound | None = fact(
        "For an undated text: a date it was written before, with the evidence.",
        default=None,
        label="written before",
    )
    note: str | None = prose(
        "What a reader must know about the source.", default=None, term="skos:note"
    )

    def _title(self) -> str:
        return self.title


class BodyKind(enum.StrEnum):
    """What kind of body a :class:`Body` is.

    >>> import ascc_model
    >>> BodyKind("working_group")
    <BodyKind.WORKING_GROUP: 'working_group'>
    >>> ascc_model.get_body("SCC").kind.words
    'sub-committee'
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

    @property
    def words(self) -> str:
        """The kind in words, for readers: ``senior_officials`` is "senior officials"."""
        return _words(self.value)


def _words(value: str) -> str:
    return value.replace("co_", "co-").replace("sub_", "sub-").replace("_", " ")


#: Body kinds that must report to (or assist, or be a subsidiary of) another body.
MUST_REPORT: frozenset[BodyKind] = frozenset(
    {
        BodyKind.SENIOR_OFFICIALS,
        BodyKind.WORKING_GROUP,
        BodyKind.SUB_COMMITTEE,
        BodyKind.TASK_FORCE,
    }
)


def _check_period_text(_instance: object, _attribute: object, value: str) -> None:
    if re.fullmatch(r"P[1-9]\d*[YMWD]", value) is None:
        msg = f"not an ISO 8601 period such as P1Y or P6M: {value!r}"
        raise ValueError(msg)


@model
class Frequency(Value):
    """How often a body meets: an ISO 8601 period such as ``P1Y`` or ``P2Y``.

    ``at_least`` is true where the source says "at least"; ``note`` holds any
    qualifier the period cannot carry ("back-to-back before the COP").

    >>> str(Frequency("P1Y", at_least=True))
    'at least every year'
    """

    period: str = fact(
        "An ISO 8601 period: `P1Y` (every year), `P2Y`, `P3Y`, `P6M`.",
        validator=_check_period_text,
        term="ascc:every",
        datatype="xsd:duration",
        column="",  # the column is the frequency's own: `meets`
        repr=True,
    )
    at_least: bool = fact(
        "`true` where the source says *setidaknya* (at least).",
        default=False,
        label="at least",
        repr=True,
    )
    note: str | None = prose(
        "What a period cannot say (`back-to-back before the COP`).",
        default=None,
        term="skos:note",
        repr=True,
    )

    _WORDS: ClassVar[dict[str, str]] = {
        "P1Y": "every year",
        "P2Y": "every two years",
        "P3Y": "every three years",
    }

    def __str__(self) -> str:
        words = self._WORDS.get(self.period, self.period)
        return f"at least {words}" if self.at_least else words


class RotationRule(enum.StrEnum):
    """How a chair (or a meeting's host) passes from one member to the next."""

    ALPHABETICAL = "alphabetical"
    """In the alphabetical order of the member states."""
    ASEAN_CHAIRMANSHIP = "asean_chairmanship"
    """As the chairmanship of ASEAN rotates."""
    EXPRESSION_OF_INTEREST = "expression_of_interest"
    """To a member state that expresses its interest."""

    @property
    def words(self) -> str:
        """The rule in words."""
        return _words(self.value)


@model
class Rotation(Value):
    """How a chair or a host rotates: the rule and, where the source gives it, the term.

    >>> import ascc_model
    >>> rotation = ascc_model.get_body("ACDM").chair_rotation
    >>> rotation.rule, rotation.period, str(rotation)
    (<RotationRule.ALPHABETICAL: 'alphabetical'>, 'P1Y', 'alphabetical, every year')
    """

    rule: RotationRule = fact("How it rotates.", repr=True)
    period: str | None = fact(
        "The term, as an ISO 8601 period (`P1Y`, `P3Y`), where the source gives one.",
        default=None,
        validator=lambda i, a, v: None if v is None else _check_period_text(i, a, v),
        datatype="xsd:duration",
        repr=True,
    )
    note: str | None = prose("What the rule and term cannot say.", default=None, term="skos:note")

    def __str__(self) -> str:
        words = self.rule.words
        if self.period is not None:
            words += ", " + Frequency._WORDS.get(self.period, self.period)  # noqa: SLF001
        return words


@model(repr=False)
class Body(_Record):
    """An intergovernmental body: a meeting, committee, working group, centre, ...

    ``sectors`` is empty and ``pillar`` is ``None`` for bodies outside the ASCC
    sectors that the source names as partners or members. ``base`` and
    ``partners`` describe a plus-format body (``AMCA+3`` is AMCA with China,
    Japan and the Republic of Korea).

    >>> import ascc_model
    >>> amme = ascc_model.get_body("AMME")
    >>> amme
    <Body amme 'ASEAN Ministerial Meeting on Environment'>
    >>> amme.kind, amme.established, str(amme.meets)
    (<BodyKind.MINISTERIAL: 'ministerial'>, PartialDate('1981'), 'every two years')
    >>> amca3 = ascc_model.get_body("AMCA+3")
    >>> amca3.base, amca3.partners
    ('amca', ('China', 'Japan', 'Republic of Korea'))
    """

    __rdf_type__: ClassVar[str] = "org:Organization"

    id: str = fact(
        "Lowercase slug, unique across all records (`acwc`, `som-ed`, `amca-plus-3`).", key=True
    )
    names: Names = fact(
        "The body's name in English and/or Indonesian.", key=True, term="skos:prefLabel"
    )
    kind: BodyKind = fact("What kind of body it is.")
    sources: tuple[Citation, ...] = _sources()
    acronym: str | None = fact(
        "The acronym, as the source writes it.", default=None, key=True, term="skos:altLabel"
    )
    aliases: tuple[str, ...] = fact(
        "Other names look-ups accept.", default=(), key=True, term="skos:altLabel"
    )
    sectors: tuple[str, ...] = ref(
        "Ids of the sectors the body belongs to; empty for bodies beyond the pillar's sectors.",
        "sector",
        default=(),
        term="org:purpose",
    )
    pillar: str | None = ref(
        "`ascc` for bodies of the pillar's sectors; left out for others.", "pillar", default=None
    )
    established: PartialDate | None = fact(
        "When the body was established.", default=None, term="schema:foundingDate"
    )
    meets: Frequency | None = fact("How often the body meets.", default=None)
    chair: str | None = prose("Who chairs it, in our own words.", default=None)
    chair_rotation: Rotation | None = fact(
        "How its chair rotates among the members.", default=None, label="chair rotation"
    )
    host_rotation: Rotation | None = fact(
        "How hosting its meetings rotates among the members.",
        default=None,
        label="host rotation",
    )
    composition: str | None = prose("Who sits on it, in our own words.", default=None)
    description: str | None = prose(
        "What it does, in our own words.", default=None, term="dcterms:description"
    )
    base: str | None = ref(
        "For a plus-format body (`AMCA+3`), the id of the ASEAN body (`amca`).",
        "body",
        default=None,
    )
    partners: tuple[str, ...] = fact(
        "The partner countries of a plus-format body, or the partners (countries and "
        "organisations) a body meets or works with, in English.",
        default=(),
        term="ascc:partner",
    )
    reporting_note: str | None = prose(
        "Says the source names no parent, for a body that must have one.",
        default=None,
        label="reporting note",
    )

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
    >>> RelationKind.CO_CHAIRS.words
    'co-chairs'
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

    @property
    def words(self) -> str:
        """The kind in words, as in "ACWC *reports to* AMMSWD"."""
        return _words(self.value)

    @property
    def reporting(self) -> bool:
        """Whether the kind is a reporting line (one of :data:`REPORTING_KINDS`)."""
        return self in REPORTING_KINDS


REPORTING_KINDS: frozenset[RelationKind] = frozenset(
    {RelationKind.REPORTS_TO, RelationKind.ASSISTS, RelationKind.SUBSIDIARY_OF}
)
"""The relation kinds that form the reporting hierarchy.

>>> sorted(kind.value for kind in REPORTING_KINDS)
['assists', 'reports_to', 'subsidiary_of']
"""


@model(repr=False)
class Relation(_Record):
    """A line between two bodies: ``subject`` *kind* ``object``.

    >>> import ascc_model
    >>> line = ascc_model.relations(subject="ACWC", object="AMMSWD")[0]
    >>> line
    <Relation acwc reports_to ammswd>
    >>> line.kind, line.note
    (<RelationKind.REPORTS_TO: 'reports_to'>, 'reports to and supports')
    """

    __rdf_type__: ClassVar[str] = "rdf:Statement"

    subject: str = ref("Id of the body the line starts from.", "body", term="rdf:subject")
    kind: RelationKind = fact("What the line means: *subject* reports to, assists, ... *object*.")
    object: str = ref("Id of the body the line goes to.", "body", term="rdf:object")
    sources: tuple[Citation, ...] = _sources()
    note: str | None = prose(
        "The source's qualifier (`supports and reports to`).", default=None, term="skos:note"
    )
    verb: str | None = fact(
        "The source's own words for the line (`melapor kepada`, `dibantu oleh`), as the "
        "verb table (`VERBS`) lists them.",
        default=None,
    )
    inferred: str | None = fact(
        "Why the line is inferred rather than stated, where it is (from a name, from a "
        "table's layout, from a verb that does not state it).",
        default=None,
    )

    def __repr__(self) -> str:
        return f"<Relation {self.subject} {self.kind.value} {self.object}>"

    @property
    def stated(self) -> bool:
        """Whether a source states the line (rather than the data inferring it)."""
        return self.inferred is None


@model(repr=False)
class Agency(_Record):
    """A national focal-point agency, with its name as the source gives it.

    ``names.id`` is the Indonesian name exactly as the source gives it;
    ``names.en`` renders it in English for readers. ``as_of`` is the date the
    name is known to be valid, ``None`` where the only date is that of the
    (undated) source: ministries are renamed, so check before relying on a name.

    >>> import ascc_model
    >>> bpom = ascc_model.get_agency("bpom")
    >>> bpom
    <Agency bpom 'National Agency of Drug and Food Control'>
    >>> bpom.names.id, bpom.country
    ('Badan Pengawas Obat dan Makanan', 'IDN')
    """

    __rdf_type__: ClassVar[str] = "org:Organization"

    id: str = fact("Short slug of the agency (`bnpb`).", key=True)
    names: Names = fact(
        "`id`: the Indonesian name as the source gives it; `en`: an English rendering.",
        key=True,
        term="skos:prefLabel",
    )
    country: str = fact("Country code, ISO 3166-1 alpha-3 (`IDN`).")
    sources: tuple[Citation, ...] = _sources()
    acronym: str | None = fact(
        "The agency's acronym, where the source gives one.",
        default=None,
        key=True,
        term="skos:altLabel",
    )
    as_of: PartialDate | None = fact(
        "Date the name is known to be valid; left out where the only date is the undated source's.",
        default=None,
        label="as of",
    )
    valid_from: PartialDate | None = fact(
        "When the agency came to exist under this name, where a source says.",
        default=None,
        label="valid from",
        term="schema:foundingDate",
    )
    valid_until: PartialDate | None = fact(
        "When the agency ceased to exist under this name (renamed, split, merged).",
        default=None,
        label="valid until",
        term="schema:dissolutionDate",
    )
    note: str | None = prose(
        "Anything a reader must know about the name.", default=None, term="skos:note"
    )


@model
class FocalPoint(Value):
    """A sector's national focal point: its agencies in source order, or a note.

    ``agencies`` is empty exactly when the source names none; ``note`` then
    says so.

    >>> import ascc_model
    >>> ascc_model.get_sector("health").focal_point.agencies
    ('kemenkes', 'bpom')
    >>> ascc_model.get_sector("foundation").focal_point.note
    'The source names no national focal point for the ASEAN Foundation.'
    """

    agencies: tuple[str, ...] = ref(
        "Ids of the focal-point agencies, in source order; empty when the source names none.",
        "agency",
        term="ascc:agency",
        ordered=True,
        repr=True,
    )
    sources: tuple[Citation, ...] = _sources("Citations of the lines naming the focal point.")
    note: str | None = prose(
        "Says so where the source names no agency.", default=None, term="skos:note", repr=True
    )


@model(repr=False)
class Sector(_Record):
    """A cooperation area of the pillar: one section of the source.

    >>> import ascc_model
    >>> health = ascc_model.get_sector("health")
    >>> health
    <Sector health 'ASEAN Health Cooperation'>
    >>> health.names
    Names(en='ASEAN Health Cooperation', id='Kerja Sama Kesehatan ASEAN')
    >>> health.focal_point.agencies
    ('kemenkes', 'bpom')
    """

    __rdf_type__: ClassVar[str] = "skos:Concept"

    id: str = fact("Short English slug (`health`, `women-children`).", key=True)
    names: Names = fact(
        "The sector's name in English and Indonesian.", key=True, term="skos:prefLabel"
    )
    summary: str = prose("A short summary, in our own words.", term="dcterms:abstract")
    focal_point: FocalPoint = fact(
        "Indonesia's national focal point for the sector.", label="focal point"
    )
    sources: tuple[Citation, ...] = _sources()
    reference_url: str | None = fact(
        "A web page on the sector's cooperation that the source gives.",
        default=None,
        label="reference",
        term="rdfs:seeAlso",
        iri=True,
    )


@model(repr=False)
class Pillar(_Record):
    """The ASEAN Socio-Cultural Community pillar itself.

    >>> import ascc_model
    >>> ascc = ascc_model.registry().pillar
    >>> ascc
    <Pillar ascc 'ASEAN Socio-Cultural Community'>
    >>> ascc.acronym, ascc.coordinating_bodies, ascc.blueprint
    ('ASCC', ('ascc-council', 'soc-com'), 'ascc-blueprint-2025')
    """

    __rdf_type__: ClassVar[str] = "ascc:Pillar"

    id: str = fact("Short id of the pillar (`ascc`).", key=True)
    names: Names = fact(
        "The pillar's name in English and Indonesian.", key=True, term="skos:prefLabel"
    )
    acronym: str = fact("The pillar's acronym (`ASCC`).", key=True, term="skos:altLabel")
    summary: str = prose("A short summary, in our own words.", term="dcterms:abstract")
    characteristics: tuple[Names, ...] = fact(
        "The pillar's characteristics, each in English and Indonesian.",
        term="ascc:characteristic",
        ordered=True,
    )
    coordinating_bodies: tuple[str, ...] = ref(
        "Ids of the bodies that coordinate the pillar.",
        "body",
        label="coordinated by",
        term="ascc:coordinatingBody",
    )
    blueprint: str | None = ref("Id of the pillar's blueprint plan, or `null`.", "plan")
    sources: tuple[Citation, ...] = _sources()


class PlanKind(enum.StrEnum):
    """What kind of document a :class:`Plan` is.

    >>> import ascc_model
    >>> PlanKind("roadmap")
    <PlanKind.ROADMAP: 'roadmap'>
    >>> ascc_model.get_plan("haze-roadmap-2016").kind.words
    'roadmap'
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

    @property
    def words(self) -> str:
        """The kind in words: ``work_plan`` is "work plan"."""
        return _words(self.value)


@model(repr=False)
class Plan(_Record):
    """A work plan, strategic plan, roadmap, index or similar, with its items in order.

    ``item_count`` is the number of items the source announces; where the
    source announces items it does not list, ``items`` is empty and
    ``items_note`` says so. ``retains`` names an earlier plan whose items this
    one keeps.

    >>> import ascc_model
    >>> plan = ascc_model.get_plan("ACW Work Plan 2021-2025")
    >>> plan
    <Plan acw-work-plan-2021-2025 'ACW Work Plan 2021-2025'>
    >>> plan.holders, str(plan.period), plan.items[0].en
    (('acw',), '2021-2025', 'Gender data and statistics')
    >>> later = ascc_model.get_plan("accsm-work-plan-2021-2025")
    >>> later.items, later.retains
    ((), 'accsm-work-plan-2016-2020')
    """

    __rdf_type__: ClassVar[str] = "ascc:Plan"

    id: str = fact("Holder and title with the period (`acw-work-plan-2021-2025`).", key=True)
    title: Names = fact("The title in English and/or Indonesian.", key=True, term="dcterms:title")
    kind: PlanKind = fact("What kind of document it is.")
    holders: tuple[str, ...] = ref(
        "Ids of the bodies, sectors or pillar that hold the plan.",
        "body",
        "sector",
        "pillar",
        term="ascc:holder",
    )
    sources: tuple[Citation, ...] = _sources()
    acronym: str | None = fact(
        "The plan's acronym, where it has one.", default=None, key=True, term="skos:altLabel"
    )
    period: Period | None = fact(
        "The years the plan covers, both included.", default=None, term="schema:temporalCoverage"
    )
    adopted: PartialDate | None = fact(
        "When the plan was adopted.", default=None, term="dcterms:dateAccepted"
    )
    items: tuple[Names, ...] = fact(
        "The items in source order, each `{id: ..., en: ...}`.",
        default=(),
        term="ascc:item",
        ordered=True,
    )
    item_count: int | None = fact(
        "The number of items the source announces.", default=None, label="item count"
    )
    items_note: str | None = prose(
        "Says so where the source announces items it does not list.",
        default=None,
        label="items note",
    )
    supersedes: str | None = ref(
        "Id of the plan this one replaces.", "plan", default=None, term="dcterms:replaces"
    )
    retains: str | None = ref(
        "Id of an earlier plan whose items this one keeps.", "plan", default=None
    )
    description: str | None = prose(
        "What the plan is, in our own words.", default=None, term="dcterms:description"
    )

    def _title(self) -> str:
        return self.title.best()

    def in_force(self, year: int) -> bool:
        """Whether the plan's period includes ``year`` (``False`` without a period).

        Args:
            year: A year; the period's first and last years are within it.

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

    @property
    def words(self) -> str:
        """The kind in words."""
        return _words(self.value)


@model(repr=False)
class Instrument(_Record):
    """An agreement, convention, declaration, charter or similar document.

    >>> import ascc_model
    >>> aathp = ascc_model.get_record("aathp")
    >>> aathp.kind, aathp.signed.display(), aathp.place
    (<InstrumentKind.AGREEMENT: 'agreement'>, '10 June 2002', 'Kuala Lumpur, Malaysia')
    """

    __rdf_type__: ClassVar[str] = "ascc:Instrument"

    id: str = fact("Short slug (`aadmer`, `asean-charter`).", key=True)
    names: Names = fact("The name in English and/or Indonesian.", key=True, term="skos:prefLabel")
    kind: InstrumentKind = fact("What kind of document it is.")
    sources: tuple[Citation, ...] = _sources()
    acronym: str | None = fact(
        "The acronym, where it has one.", default=None, key=True, term="skos:altLabel"
    )
    sectors: tuple[str, ...] = ref(
        "Ids of the sectors it belongs to; empty for the whole of ASEAN.",
        "sector",
        default=(),
        term="dcterms:subject",
    )
    signed: PartialDate | None = fact("When it was signed.", default=None)
    place: str | None = fact("Where it was signed.", default=None)
    description: str | None = prose(
        "What it is, in our own words.", default=None, term="dcterms:description"
    )


@model(repr=False)
class Programme(_Record):
    """A programme or project run with partners.

    >>> import ascc_model
    >>> supa = ascc_model.get_record("supa")
    >>> supa.names.en, supa.partners, supa.sectors
    ('ASEAN-EU Sustainable Use of Peatlands and Haze Mitigation in ASEAN', ('EU',), ('haze',))
    """

    __rdf_type__: ClassVar[str] = "ascc:Programme"

    id: str = fact("Short slug (`supa`).", key=True)
    names: Names = fact("The name in English and/or Indonesian.", key=True, term="skos:prefLabel")
    sources: tuple[Citation, ...] = _sources()
    acronym: str | None = fact(
        "The acronym, where it has one.", default=None, key=True, term="skos:altLabel"
    )
    sectors: tuple[str, ...] = ref(
        "Ids of the sectors it belongs to.", "sector", default=(), term="dcterms:subject"
    )
    partners: tuple[str, ...] = fact(
        "The partners that run it with ASEAN.", default=(), term="ascc:partner"
    )
    period: Period | None = fact(
        "The years it runs, both included.", default=None, term="schema:temporalCoverage"
    )
    description: str | None = prose(
        "What it is, in our own words.", default=None, term="dcterms:description"
    )


@model(repr=False)
class Figure(_Record):
    """A number the source states: its value, unit, year and what it measures.

    ``approximate`` is true where the source hedges ("kurang lebih").

    >>> import ascc_model
    >>> affected = ascc_model.get_record("disaster-people-affected-2022")
    >>> affected.value, affected.unit, affected.year, affected.approximate
    (5600000.0, 'people', 2022, False)
    """

    __rdf_type__: ClassVar[str] = "ascc:Figure"

    id: str = fact("Short slug (`disaster-losses-2022`).", key=True)
    measure: str = fact("What the number measures.")
    value: float = fact("The number.", term="schema:value")
    unit: str = fact(
        "The unit of the number (`people`, `fraction of the population`).", term="schema:unitText"
    )
    sources: tuple[Citation, ...] = _sources()
    sector: str | None = ref(
        "Id of the sector it belongs to.", "sector", default=None, term="dcterms:subject"
    )
    year: int | None = fact("The year the number is for.", default=None, datatype="xsd:gYear")
    approximate: bool = fact(
        "`true` where the source hedges (*kurang lebih*, about).", default=False
    )

    def _title(self) -> str:
        return self.measure


@model(repr=False)
class Erratum(_Record):
    """A slip in the source, and the correction the data holds instead.

    ``records`` names the records the correction applies to.

    >>> import ascc_model
    >>> cedaw = ascc_model.get_record("erratum-cedaw-expansion")
    >>> cedaw.correction, cedaw.records
    ('Convention on the Elimination of All Forms of Discrimination against Women (CEDAW)',
     ('cedaw',))
    """

    __rdf_type__: ClassVar[str] = "ascc:Erratum"

    id: str = fact("`erratum-<what>`.", key=True)
    slip: str = fact("The source's words, as written.")
    correction: str = fact("What the data holds instead.")
    explanation: str = prose("Why the source's words are a slip.")
    sources: tuple[Citation, ...] = _sources("Citations of the lines where the slip stands.")
    records: tuple[str, ...] = ref(
        "Ids of the records the correction applies to.",
        ANY_RECORD,
        default=(),
        term="ascc:appliesTo",
    )

    corrected_by: tuple[Citation, ...] = fact(
        "Where the right value comes from, when not from the source itself.",
        default=(),
        label="corrected by",
    )

    def _title(self) -> str:
        return self.slip


@model
class Rename(Value):
    """An id that was renamed: ``old`` still resolves, with a ``DeprecationWarning``.

    ``since`` is the release that renamed it. Ids are never reused: ``old``
    cannot be the id of any record.

    >>> Rename(old="amm-x", new="ammx", since="0.2.0")
    Rename(old='amm-x', new='ammx', since='0.2.0', note=None)
    """

    __rdf_type__: ClassVar[str] = "ascc:Rename"

    old: str = fact(
        "The id as it was; it still resolves, with a `DeprecationWarning`. "
        "Never the id of a record.",
        hidden=("jsonld",),  # the node's own IRI
        repr=True,
    )
    new: str = ref("The id it became.", ANY_RECORD, term="dcterms:isReplacedBy", repr=True)
    since: str = fact("The release that renamed it.", repr=True)
    note: str | None = prose("Why it was renamed.", default=None, repr=True)


class EventKind(enum.StrEnum):
    """What kind of dated event an :class:`Event` is."""

    FIRST_MEETING = "first_meeting"
    """A body's first meeting."""
    MEETING = "meeting"
    """A numbered or otherwise named meeting of a body."""
    SIGNING = "signing"
    """An instrument was signed."""
    ADOPTION = "adoption"
    """A plan, declaration or rules were adopted."""
    FOUNDING = "founding"
    """A body was founded or agreed on."""

    @property
    def words(self) -> str:
        """The kind in words."""
        return _words(self.value)


@model(repr=False)
class Event(_Record):
    """A dated event the sources state: a first or numbered meeting, a signing, an adoption.

    ``bodies`` names the bodies that met or acted; ``records`` the instruments,
    plans or bodies the event brought about or concerned.

    >>> import ascc_model
    >>> cop1 = ascc_model.get_record("cop-aathp-1")
    >>> cop1.date.display(), cop1.place, cop1.number
    ('11 November 2004', 'Ha Noi, Viet Nam', 1)
    """

    __rdf_type__: ClassVar[str] = "schema:Event"

    id: str = fact("Short slug (`first-almm`, `cop-aathp-1`).", key=True)
    names: Names = fact(
        "What the event was, in English and/or Indonesian.", key=True, term="skos:prefLabel"
    )
    kind: EventKind = fact("What kind of event it was.")
    date: PartialDate = fact("When it took place (its first day).", term="schema:startDate")
    sources: tuple[Citation, ...] = _sources()
    place: str | None = fact("Where it took place.", default=None, term="schema:location")
    bodies: tuple[str, ...] = ref(
        "Ids of the bodies that met or acted.", "body", default=(), term="schema:organizer"
    )
    records: tuple[str, ...] = ref(
        "Ids of the instruments, plans or bodies it brought about or concerned.",
        ANY_RECORD,
        default=(),
        term="schema:about",
    )
    number: int | None = fact("Its number, for a numbered meeting (`1` for COP-1).", default=None)
    description: str | None = prose(
        "What happened, in our own words.", default=None, term="dcterms:description"
    )


class ChangeKind(enum.StrEnum):
    """How an organisation changed, in the terms of W3C ORG's ``org:ChangeEvent``."""

    RENAMED = "renamed"
    """It goes on under another name (one original, one result)."""
    SPLIT = "split"
    """It was divided: its tasks went to several resulting organisations."""
    MERGED = "merged"
    """Several were joined into one."""

    @property
    def words(self) -> str:
        """The kind in words."""
        return _words(self.value)


@model(repr=False)
class Change(_Record):
    """A change of organisations: renamed, split or merged, on a date, by a legal act.

    ``original`` names the agencies (or bodies) as they were, ``resulting`` as
    they became; the records of both stay, with their dates of validity.

    >>> import ascc_model
    >>> change = ascc_model.get_record("change-kominfo-2024")
    >>> change.kind, change.original, change.resulting
    (<ChangeKind.RENAMED: 'renamed'>, ('kominfo',), ('komdigi',))
    """

    __rdf_type__: ClassVar[str] = "org:ChangeEvent"

    id: str = fact("Short slug (`change-kominfo-2024`).", key=True)
    kind: ChangeKind = fact("How the organisations changed.")
    date: PartialDate = fact("When the change took effect.", term="dcterms:date")
    original: tuple[str, ...] = ref(
        "Ids of the organisations as they were.",
        "agency",
        "body",
        term="org:originalOrganization",
    )
    resulting: tuple[str, ...] = ref(
        "Ids of the organisations they became.",
        "agency",
        "body",
        term="org:resultingOrganization",
    )
    sources: tuple[Citation, ...] = _sources()
    basis: str | None = fact(
        "The legal act that made the change, as its text names it.", default=None
    )
    description: str | None = prose(
        "What changed, in our own words.", default=None, term="dcterms:description"
    )

    def _title(self) -> str:
        return f"{self.kind.words}: {', '.join(self.original)} -> {', '.join(self.resulting)}"


@model(repr=False)
class Assignment(_Record):
    """A later statement, by an official source, of an agency as a national focal point.

    The seed's focal points stay as the seed states them (:attr:`Sector.focal_point`);
    an assignment records what a later source says, as of its date, and for which
    body of the sector where it names one.

    >>> import ascc_model
    >>> later = ascc_model.focal_point_for("haze").later
    >>> [(a.agency, a.bodies, str(a.as_of)) for a in later]
    [('klh', ('cop-aathp',), '2024-12-23')]
    """

    __rdf_type__: ClassVar[str] = "ascc:Assignment"

    id: str = fact("Short slug (`assignment-klh-cop-aathp-2024`).", key=True)
    sector: str = ref("Id of the sector.", "sector", term="dcterms:subject")
    agency: str = ref(
        "Id of the agency the source names as focal point.", "agency", term="ascc:focalPointAgency"
    )
    as_of: PartialDate = fact("The date of the statement.", label="as of", term="dcterms:date")
    sources: tuple[Citation, ...] = _sources()
    bodies: tuple[str, ...] = ref(
        "Ids of the sector's bodies the statement is about, where it names them.",
        "body",
        default=(),
    )
    description: str | None = prose(
        "What the source says, in our own words.", default=None, term="dcterms:description"
    )

    def _title(self) -> str:
        return f"{self.agency} for {self.sector}"


@model
class Claim(Value):
    """One side of a disagreement: a value and the citations that state it."""

    value: str = fact("The value, as the source gives it.", repr=True)
    sources: tuple[Citation, ...] = fact("Citations of the sources that state it.", repr=True)


@model(repr=False)
class Disagreement(_Record):
    """Where sources disagree on a fact: every side with its citations, and the one followed.

    >>> import ascc_model
    >>> soca = ascc_model.get_record("disagreement-soca-name")
    >>> [c.value for c in soca.claims][:1], soca.follows
    (['Senior Officials Meeting on the ASCC'], 'Senior Officials Meeting on the ASCC')
    """

    __rdf_type__: ClassVar[str] = "ascc:Disagreement"

    id: str = fact("`disagreement-<what>`.", key=True)
    about: tuple[str, ...] = ref(
        "Ids of the records the disagreement is about.", ANY_RECORD, term="dcterms:subject"
    )
    field: str = fact("The field the sources disagree on (`names.en`, `chair_rotation.period`).")
    claims: tuple[Claim, ...] = fact("Each value the sources give, with its citations.")
    follows: str = fact("The value the data holds.")
    why: str = prose("Why the data follows that value.")
    sources: tuple[Citation, ...] = _sources("Citations of every side (as in ``claims``).")

    def _title(self) -> str:
        return f"{self.field} of {', '.join(self.about)}"


@model
class Verb(Value):
    """One row of the verb table: a phrase of the source and the kind of line it states."""

    kind: RelationKind
    stated: bool
    meaning: str


#: How the sources' words become kinds of line: the one table every relation follows.
#: Each relation's ``verb`` is a row of it and its ``kind`` the row's kind. ``stated`` is
#: false for words that suggest a line without stating it; a relation with such a verb
#: must say why it is inferred. Passive phrases ("dibantu oleh", "is assisted by") are
#: read with the subject and object of the line swapped: "AMME dibantu oleh ASOEN" is
#: ASOEN *assists* AMME.
VERBS: dict[str, Verb] = {
    # reports to
    "melapor kepada": Verb(RelationKind.REPORTS_TO, stated=True, meaning="reports to"),
    "melapor secara berkala kepada": Verb(
        RelationKind.REPORTS_TO, stated=True, meaning="reports regularly to"
    ),
    "mendukung dan melapor kepada": Verb(
        RelationKind.REPORTS_TO, stated=True, meaning="supports and reports to"
    ),
    "mendukung dan melapor pada": Verb(
        RelationKind.REPORTS_TO, stated=True, meaning="supports and reports to"
    ),
    "melapor dan mendukung": Verb(
        RelationKind.REPORTS_TO, stated=True, meaning="reports to and supports"
    ),
    "melaporkan kepada": Verb(
        RelationKind.REPORTS_TO, stated=True, meaning="reports (progress) to"
    ),
    "bertanggung jawab kepada": Verb(
        RelationKind.REPORTS_TO, stated=True, meaning="is responsible to"
    ),
    "menyampaikan laporannya kepada": Verb(
        RelationKind.REPORTS_TO, stated=True, meaning="submits its reports to"
    ),
    "reports to": Verb(RelationKind.REPORTS_TO, stated=True, meaning="reports to"),
    "supports and reports to": Verb(
        RelationKind.REPORTS_TO, stated=True, meaning="supports and reports to"
    ),
    # assists
    "dibantu oleh": Verb(RelationKind.ASSISTS, stated=True, meaning="is assisted by"),
    "didukung oleh": Verb(RelationKind.ASSISTS, stated=True, meaning="is supported by"),
    "didukung oleh kinerja": Verb(
        RelationKind.ASSISTS, stated=True, meaning="is supported by the work of"
    ),
    "membantu": Verb(RelationKind.ASSISTS, stated=True, meaning="assists"),
    "assists": Verb(RelationKind.ASSISTS, stated=True, meaning="assists"),
    "assisted by": Verb(RelationKind.ASSISTS, stated=True, meaning="is assisted by"),
    "supported by": Verb(RelationKind.ASSISTS, stated=True, meaning="is supported by"),
    "melalui": Verb(
        RelationKind.ASSISTS,
        stated=False,
        meaning="through: priorities are identified through the body (suggests a line)",
    ),
    # subsidiary of
    "di bawah": Verb(RelationKind.SUBSIDIARY_OF, stated=True, meaning="under"),
    "di bawah arahan dan persetujuan": Verb(
        RelationKind.SUBSIDIARY_OF, stated=True, meaning="under the direction and approval of"
    ),
    "didukung oleh empat Badan Subsider": Verb(
        RelationKind.SUBSIDIARY_OF, stated=True, meaning="is supported by four subsidiary bodies"
    ),
    "subsidiary bodies": Verb(RelationKind.SUBSIDIARY_OF, stated=True, meaning="subsidiary bodies"),
    # lines that are not reporting lines
    "mendukung dan memfasilitasi": Verb(
        RelationKind.SUPPORTS, stated=True, meaning="supports and facilitates"
    ),
    "mendukung dan memfasilitasi, termasuk": Verb(
        RelationKind.SUPPORTS,
        stated=False,
        meaning="supports and facilitates, including (one reading of a list)",
    ),
    "mendukung peran": Verb(RelationKind.SUPPORTS, stated=True, meaning="supports the role of"),
    "wajib mendukung": Verb(RelationKind.SUPPORTS, stated=True, meaning="shall support"),
    "memberikan saran kepada": Verb(RelationKind.ADVISES, stated=True, meaning="advises"),
    "dipimpin bersama oleh": Verb(RelationKind.CO_CHAIRS, stated=True, meaning="is co-chaired by"),
    "beranggotakan": Verb(RelationKind.MEMBER_OF, stated=True, meaning="has as members"),
    "terdiri dari": Verb(RelationKind.MEMBER_OF, stated=True, meaning="consists of"),
    "bertindak sebagai Dewan Pengurus": Verb(
        RelationKind.BOARD_OF, stated=True, meaning="acts as the governing board of"
    ),
    "untuk pendanaan oleh": Verb(RelationKind.FUNDS, stated=True, meaning="for funding by"),
    "mengoordinasikan kerjanya melalui": Verb(
        RelationKind.COORDINATES_WITH, stated=True, meaning="coordinates its work through"
    ),
}
