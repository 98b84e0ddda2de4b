"""The packaged data of the source's first eight sections, checked fact by fact.

Sections: the pillar's introduction (lines 1-13), women and children (14-53), youth
(55-95), education (97-179), culture (180-261), environment (263-298), transboundary haze
(300-316), disaster management (318-365) and sports (367-392) of ``ascc-sectors.id.txt``.
The facts are written here as the source states them (the tests never read the source);
a test fails when a fact in the data changes, goes missing or is added without a source.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs
import pytest

import ascc_model
from ascc_model import (
    REPORTING_KINDS,
    AmbiguousKeyError,
    BodyKind,
    InstrumentKind,
    PartialDate,
    Period,
    PlanKind,
    RelationKind,
)

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator, Sequence

    from ascc_model import Erratum, Figure, Instrument, Programme

MY_SECTORS = (
    "women-children",
    "youth",
    "education",
    "culture",
    "environment",
    "haze",
    "disaster-management",
    "sports",
)
LAST_LINE = 392  # the last line of the sports section

#: The lines of the source each section spans (information is shared through COCI).
SECTION_LINES = {
    "women-children": range(14, 54),
    "youth": range(55, 96),
    "education": range(97, 180),
    "culture": range(180, 262),
    "environment": range(263, 299),
    "haze": range(300, 317),
    "disaster-management": range(318, 366),
    "sports": range(367, 393),
    "information": range(394, 498),
}
#: Lines outside a record's own section that records of these sections may cite.
CROSS_REFERENCES = {
    349: "the ADRP's members: the only mention of SOMY, and ASOEN's longer name",
    430: "ROK spelled out as the Republic of Korea",
    684: "Plus Three spelled out as China, Japan and the Republic of Korea",
}


def lines(record: Any) -> set[int]:
    """The seed's lines a record cites (it may cite outside pages too)."""
    return {c.line for c in record.sources if c.source == "ascc-sectors"}


def ids(records: Iterable[Any]) -> list[str]:
    return [r.id for r in records]


def _one(records: Iterable[Any], ident: str) -> Any:
    found = [r for r in records if r.id == ident]
    assert len(found) == 1, ident
    return found[0]


def instrument(ident: str) -> Instrument:
    return _one(ascc_model.registry().instruments(), ident)  # type: ignore[no-any-return]


def programme(ident: str) -> Programme:
    return _one(ascc_model.registry().programmes(), ident)  # type: ignore[no-any-return]


def figure(ident: str) -> Figure:
    return _one(ascc_model.registry().figures(), ident)  # type: ignore[no-any-return]


def erratum(ident: str) -> Erratum:
    return _one(ascc_model.registry().errata(), ident)  # type: ignore[no-any-return]


def texts(value: object) -> Iterator[str]:
    """Every string held in a record, however deeply nested."""
    if isinstance(value, str):
        yield value
    elif attrs.has(cls := type(value)):
        for field in attrs.fields(cls):
            yield from texts(getattr(value, field.name))
    elif isinstance(value, tuple):
        for item in value:
            yield from texts(item)


# -- the pillar (lines 1-13) and the focal-point agencies ------------------------------


def test_pillar() -> None:
    pillar = ascc_model.registry().pillar
    assert pillar is not None
    assert (pillar.id, pillar.acronym) == ("ascc", "ASCC")
    assert pillar.names.id == "Masyarakat Sosial Budaya ASEAN"
    assert pillar.names.en == "ASEAN Socio-Cultural Community"
    # "lima karakteristik" (line 7), listed at lines 9-13; "dan" dropped from line 12.
    assert [c.id for c in pillar.characteristics] == [
        "Mengikutsertakan dan Bermanfaat bagi Masyarakat",
        "Inklusif",
        "Berkelanjutan",
        "Berdaya Tahan",
        "Dinamis",
    ]
    assert pillar.blueprint == "ascc-blueprint-2025"
    assert list(pillar.coordinating_bodies) == ["ascc-council", "soc-com"]
    # 1 and 3: what the pillar is and aims at; 7: the characteristics and the Blueprint;
    # 648: the Blueprint as guidelines; 652: the two coordinating platforms.
    assert lines(pillar) == {1, 3, 7, 628, 648, 652}


AGENCIES = [
    # id, Indonesian name exactly as the source gives it, acronym, cited lines
    ("kemenpppa", "Kementerian Pemberdayaan Perempuan dan Perlindungan Anak", None, {45}),
    ("kemenpora", "Kementerian Pemuda dan Olahraga", None, {87, 388}),
    (
        "kemendikbudristek",
        "Kementerian Pendidikan, Kebudayaan, Riset, dan Teknologi",
        None,
        {179, 261},
    ),
    (
        "klhk",
        "Kementerian Lingkungan Hidup dan Kehutanan Republik Indonesia",
        None,
        {296, 316},
    ),
    ("bnpb", "Badan Nasional Penanggulangan Bencana", "BNPB", {365}),
    ("kominfo", "Kementerian Komunikasi dan Informatika", "Kominfo", {496}),
    ("bkn", "Badan Kepegawaian Negara", None, {547}),
    ("kemnaker", "Kementerian Ketenagakerjaan", None, {592}),
    ("kemenkes", "Kementerian Kesehatan", None, {618}),
    ("bpom", "Badan Pengawas Obat dan Makanan", "BPOM", {618}),
    (
        "kemenko-pmk",
        "Kementerian Koordinator Bidang Pembangunan Manusia dan Kebudayaan",
        "Kemenko PMK",
        {656},
    ),
    ("kemensos", "Kementerian Sosial", None, {692}),
    (
        "kemendesa",
        "Kementerian Desa, Pembangunan Daerah Tertinggal, dan Transmigrasi",
        None,
        {730},
    ),
]


#: The agencies the reorganisation of 21 October 2024 made of the seed's (Perpres 139/2024).
SUCCESSORS = {
    "kominfo": ("renamed", ["komdigi"]),
    "kemendikbudristek": ("split", ["kemendikdasmen", "kemdiktisaintek", "kemenbud"]),
    "klhk": ("split", ["klh", "kemenhut"]),
    "kemendesa": ("split", ["kemendes-pdt", "kementrans"]),
    "kemenko-pmk": ("split", ["kemenko-pmk", "kemenko-pm"]),
}


def test_the_agencies_are_the_seeds_then_those_it_changed_into() -> None:
    seed = [a[0] for a in AGENCIES]
    later = list(dict.fromkeys(r for _k, new in SUCCESSORS.values() for r in new if r not in seed))
    assert ids(ascc_model.agencies()) == seed + later


@pytest.mark.parametrize(("ident", "name", "acronym", "cited"), AGENCIES)
def test_agency(ident: str, name: str, acronym: str | None, cited: set[int]) -> None:
    agency = ascc_model.get_agency(ident)
    assert agency.names.id == name
    assert agency.acronym == acronym
    assert agency.country == "IDN"
    assert agency.valid_from is None  # the seed's agencies: since when, it does not say
    assert lines(agency) == cited
    assert ascc_model.get_agency(name) is agency


@pytest.mark.parametrize("ident", list(SUCCESSORS))
def test_the_agencies_changed_on_21_october_2024(ident: str) -> None:
    kind, resulting = SUCCESSORS[ident]
    (change,) = [c for c in ascc_model.registry().changes() if ident in c.original]
    assert (change.kind.value, list(change.resulting), str(change.date)) == (
        kind,
        resulting,
        "2024-10-21",
    )
    assert change.basis is not None
    assert change.basis.startswith("Peraturan Presiden Nomor 139 Tahun 2024")
    old = ascc_model.get_agency(ident)
    if ident not in resulting:
        assert str(old.valid_until) == "2024-10-21"
    for new in resulting:
        if new != ident:
            assert str(ascc_model.get_agency(new).valid_from) == "2024-10-21"


def test_the_focal_points_tell_what_changed_but_assign_nothing_unstated() -> None:
    education = ascc_model.focal_point_for("education")
    assert [a.id for a in education] == ["kemendikbudristek"]  # what the seed says
    assert education.changed
    assert [a.id for a in education.successors()] == [
        "kemendikdasmen",
        "kemdiktisaintek",
        "kemenbud",
    ]
    assert education.later == ()  # no source names the focal point after the split
    haze = ascc_model.focal_point_for("haze")
    (later,) = haze.later
    assert (later.agency, later.bodies, str(later.as_of)) == ("klh", ("cop-aathp",), "2024-12-23")
    assert {c.source for c in later.sources} == {"ditjenppi-cop-aathp-19"}
    assert not ascc_model.focal_point_for("labour").changed


# -- sectors -----------------------------------------------------------------------------

SECTORS = [
    # id, Indonesian heading, its line, reference URL and its line, focal points, their line
    (
        "women-children",
        "Kerja Sama Pemberdayaan Perempuan dan Pelindungan Anak ASEAN",
        14,
        "https://asean.org/our-communities/asean-socio-cultural-community/gender-rights-of-women-and-children/",
        51,
        ["Kementerian Pemberdayaan Perempuan dan Perlindungan Anak"],
        45,
    ),
    (
        "youth",
        "Kerja Sama Kepemudaan ASEAN",
        55,
        "https://asean.org/our-communities/asean-socio-cultural-community/education-youth/",
        93,
        ["Kementerian Pemuda dan Olahraga"],
        87,
    ),
    (
        "education",
        "Kerja Sama Pendidikan ASEAN",
        97,
        None,
        None,
        ["Kementerian Pendidikan, Kebudayaan, Riset, dan Teknologi"],
        179,
    ),
    (
        "culture",
        "Kerja Sama Kebudayaan ASEAN",
        180,
        None,
        None,
        ["Kementerian Pendidikan, Kebudayaan, Riset, dan Teknologi"],
        261,
    ),
    (
        "environment",
        "Kerja Sama Lingkungan Hidup ASEAN",
        263,
        "https://asean.org/our-communities/asean-socio-cultural-community/environment/",
        298,
        ["Kementerian Lingkungan Hidup dan Kehutanan Republik Indonesia"],
        296,
    ),
    (
        "haze",
        "Kerja Sama Penanggulangan Asap Lintas Batas ASEAN",
        300,
        None,
        None,
        ["Kementerian Lingkungan Hidup dan Kehutanan Republik Indonesia"],
        316,
    ),
    (
        "disaster-management",
        "Kerja Sama Penanggulangan Bencana",
        318,
        None,
        None,
        ["Badan Nasional Penanggulangan Bencana"],
        365,
    ),
    (
        "sports",
        "Kerja Sama Olahraga ASEAN",
        367,
        "https://asean.org/our-communities/asean-socio-cultural-community/sports/",
        391,
        ["Kementerian Pemuda dan Olahraga"],
        388,
    ),
]


def test_the_first_eight_sectors_in_source_order() -> None:
    assert ids(ascc_model.sectors())[:8] == list(MY_SECTORS)


@pytest.mark.parametrize(
    ("ident", "heading", "heading_line", "url", "url_line", "focal_points", "focal_line"),
    SECTORS,
)
def test_sector(  # noqa: PLR0913, PLR0917 - one parameter per column of the table
    ident: str,
    heading: str,
    heading_line: int,
    url: str | None,
    url_line: int | None,
    focal_points: list[str],
    focal_line: int,
) -> None:
    sector = ascc_model.get_sector(ident)
    assert sector.names.id == heading
    assert ascc_model.get_sector(heading) is sector
    assert heading_line in lines(sector)
    assert sector.reference_url == url
    if url_line is not None:
        assert url_line in lines(sector)
    found = ascc_model.focal_point_for(ident)
    assert [a.names.id for a in found] == focal_points
    assert found.note is None
    assert focal_line in lines(sector.focal_point)


def test_bnpb_is_named_with_its_acronym() -> None:
    # Line 365: "Badan Nasional Penanggulangan Bencana (BNPB)".
    assert [a.acronym for a in ascc_model.focal_point_for("disaster-management")] == ["BNPB"]


# -- bodies ------------------------------------------------------------------------------

ST = BodyKind.SENIOR_OFFICIALS
WG = BodyKind.WORKING_GROUP
MIN = BodyKind.MINISTERIAL
PLUS_THREE = ("China", "Japan", "Republic of Korea")

BODIES: dict[str, list[tuple[str, str | None, str, BodyKind, int]]] = {
    # sector: [(id, acronym, English name as written, kind, a line that names it)]
    "women-children": [
        ("ammw", "AMMW", "ASEAN Ministerial Meeting on Women", MIN, 18),
        ("acw", "ACW", "ASEAN Committee on Women", BodyKind.COMMITTEE, 16),
        (
            "acwc",
            "ACWC",
            "ASEAN Commission on the Promotion and Protection of the Rights of Women and Children",
            BodyKind.COMMISSION,
            30,
        ),
    ],
    "youth": [
        (
            "somy",
            "SOMY",
            "ASEAN Senior Officials\N{RIGHT SINGLE QUOTATION MARK} Meeting on Youth",
            ST,
            349,
        ),
    ],
    "education": [
        ("ased", "ASED", "ASEAN Education Ministers Meeting", MIN, 122),
        ("apt-emm-education", "APT EMM", "ASEAN Plus Three Education Ministers Meeting", MIN, 141),
        ("eas-emm-education", "EAS EMM", "East Asia Summit Education Ministers Meeting", MIN, 142),
        ("som-ed", "SOM-ED", "ASEAN Senior Officials Meeting on Education", ST, 150),
        (
            "som-ed-plus-3",
            "SOM-ED+3",
            "ASEAN Plus Three Senior Officials Meeting on Education",
            ST,
            151,
        ),
        (
            "eas-som-ed",
            "EAS SOM-ED",
            "East Asia Summit Senior Officials Meeting on Education",
            ST,
            152,
        ),
        (
            "ooscy",
            "OOSCY",
            "ASEAN Working Group on Strengthening Education for Out-of-School Children and Youth",
            WG,
            166,
        ),
        (
            "ad-hoc-wg-asean-higher-education-mobility",
            None,
            "Ad Hoc Working Group on ASEAN Higher Education Mobility",
            WG,
            167,
        ),
        (
            "aptwg",
            "APTWG",
            (
                "Working Group on Student Mobility and Quality Assurance of Higher Education among "
                "ASEAN Plus Three Countries"
            ),
            WG,
            168,
        ),
        ("arwge", "ARWGE", "ASEAN Russia Working Group on Education", WG, 169),
    ],
    "culture": [
        ("amca", "AMCA", "ASEAN Ministers Responsible for Culture and Arts", MIN, 205),
        ("amca-plus-3", "AMCA+3", "AMCA+3", MIN, 221),
        ("amca-plus-china", "AMCA+China", "AMCA+China", MIN, 222),
        ("amca-plus-japan", "AMCA+Japan", "AMCA+Japan", MIN, 223),
        ("amca-plus-rok", "AMCA+ROK", "AMCA+ROK", MIN, 224),
        ("somca", "SOMCA", "Senior Officials Meeting on Culture and Arts", ST, 207),
        ("somca-plus-3", "SOMCA+3", "SOMCA+3", ST, 236),
        ("somca-plus-china", "SOMCA+China", "SOMCA+China", ST, 237),
        ("somca-plus-japan", "SOMCA+Japan", "SOMCA+Japan", ST, 238),
        ("somca-plus-rok", "SOMCA+ROK", "SOMCA+ROK", ST, 239),
        ("coci", "COCI", "ASEAN Committee on Culture and Information", BodyKind.COMMITTEE, 251),
        ("acf", "ACF", "ASEAN Cultural Fund", BodyKind.FUND, 253),
        ("scc", "SCC", "ASEAN Sub-Committee on Culture", BodyKind.SUB_COMMITTEE, 255),
    ],
    "environment": [
        ("amme", "AMME", "ASEAN Ministerial Meeting on Environment", MIN, 280),
        ("asoen", "ASOEN", "ASEAN Senior Officials on Environment", ST, 282),
        (
            "awgncb",
            "AWGNCB",
            "ASEAN Working Group on Nature Conservation and Biodiversity",
            WG,
            286,
        ),
        ("awgcme", "AWGCME", "ASEAN Working Group on Coastal and Marine Environment", WG, 287),
        ("awgwrm", "AWGWRM", "ASEAN Working Group on Water Resources Management", WG, 288),
        ("awgesc", "AWGESC", "ASEAN Working Group on Environmentally Sustainable Cities", WG, 289),
        ("awgcc", "AWGCC", "ASEAN Working Group on Climate Change", WG, 290),
        ("awgcw", "AWGCW", "ASEAN Working Group on Chemicals and Waste", WG, 291),
        ("awgee", "AWGEE", "ASEAN Working Group on Environmental Education", WG, 292),
        (
            "asean-centre-for-biodiversity",
            None,
            "ASEAN Centre for Biodiversity",
            BodyKind.CENTRE,
            269,
        ),
        (
            "ajdec",
            "AJDEC",
            "ASEAN-Japan Dialogue on Environmental Cooperation",
            BodyKind.DIALOGUE,
            294,
        ),
        (
            "asean-eu-high-level-dialogue-environment-climate-change",
            None,
            "ASEAN-EU High-Level Dialogue on Environment and Climate Change",
            BodyKind.DIALOGUE,
            294,
        ),
        ("apt-some", "APT SOME", "ASEAN Plus Three Senior Officials Meeting", ST, 294),
        (
            "apt-emm-environment",
            "APT EMM",
            "ASEAN Plus Three Environment Ministers Meeting",
            MIN,
            294,
        ),
        (
            "eas-emm-environment",
            "EAS EMM",
            "East Asia Summit Environment Ministers Meeting",
            MIN,
            294,
        ),
    ],
    "haze": [
        (
            "cop-aathp",
            "COP AATHP",
            "Conference of the Parties to AATHP",
            BodyKind.CONFERENCE_OF_PARTIES,
            308,
        ),
        (
            "com-aathp",
            "COM AATHP",
            "Committee under the Conference of the Parties to AATHP",
            BodyKind.COMMITTEE,
            312,
        ),
        ("atfp", "ATFP", "ASEAN Task Force on Peatlands", BodyKind.TASK_FORCE, 314),
        (
            "asean-haze-fund",
            None,
            "ASEAN Transboundary Haze Pollution Control Fund",
            BodyKind.FUND,
            312,
        ),
    ],
    "disaster-management": [
        ("acdm", "ACDM", "ASEAN Committee on Disaster Management", BodyKind.COMMITTEE, 326),
        (
            "ndmo",
            "NDMO",
            "National Disaster Management Organization",
            BodyKind.NATIONAL_ORGANISATION,
            326,
        ),
        ("acdm-wg-prevention-mitigation", None, "Prevention and Mitigation", WG, 335),
        (
            "acdm-wg-preparedness-response-recovery",
            None,
            "Preparedness, Response and Recovery",
            WG,
            337,
        ),
        ("acdm-wg-global-leadership", None, "Global Leadership", WG, 339),
        ("adrp", "ADRP", "ASEAN Disaster Resilience Platform", BodyKind.PLATFORM, 349),
        (
            "aha-centre",
            "AHA Centre",
            "ASEAN Coordinating Centre for Humanitarian Assistance on disaster management",
            BodyKind.CENTRE,
            349,
        ),
        ("ammdm", "AMMDM", "ASEAN Ministerial Meeting on Disaster Management", MIN, 355),
        (
            "cop-aadmer",
            "COP",
            "Conference of the Parties to AADMER",
            BodyKind.CONFERENCE_OF_PARTIES,
            355,
        ),
        (
            "dmha",
            "DMHA",
            "Disaster Management and Humanitarian Assistance",
            BodyKind.SECRETARIAT_DIVISION,
            357,
        ),
    ],
    "sports": [
        ("amms", "AMMS", "ASEAN Ministerial Meeting on Sports", MIN, 379),
        ("soms", "SOMS", "ASEAN Senior Officials Meeting on Sports", ST, 380),
        (
            "amms-plus-japan",
            "AMMS+Japan",
            "ASEAN Plus Japan Ministerial Meeting on Sports",
            MIN,
            381,
        ),
        (
            "soms-plus-japan",
            "SOMS+Japan",
            "ASEAN Plus Japan Senior Officials Meeting on Sports",
            ST,
            382,
        ),
    ],
}

#: Bodies of other pillars or of ASEAN as a whole, named in these sections as partners.
OUTSIDE_BODIES = [
    (
        "asean-som",
        "ASEAN SOM",
        "ASEAN Senior Officials\N{RIGHT SINGLE QUOTATION MARK} Meeting",
        ST,
        349,
    ),
    ("seom", "SEOM", "Senior Economic Officials\N{RIGHT SINGLE QUOTATION MARK} Meeting", ST, 349),
    (
        "adsom",
        "ADSOM",
        "ASEAN Defence Senior Officials\N{RIGHT SINGLE QUOTATION MARK} Meeting",
        ST,
        349,
    ),
    (
        "costi",
        "COSTI",
        "Committee on Science, Technology and Innovation",
        BodyKind.COMMITTEE,
        349,
    ),
    ("afdm", "AFDM", "ASEAN Finance Deputies Meeting", ST, 349),
    (
        "adgsom",
        "ADGSOM",
        "ASEAN Digital Senior Officials\N{RIGHT SINGLE QUOTATION MARK} Meeting",
        ST,
        349,
    ),
    ("asean-secretariat", None, "ASEAN Secretariat", BodyKind.OFFICE, 357),
]

ALL_BODIES = [
    *((sector, *row) for sector, rows in BODIES.items() for row in rows),
    *((None, *row) for row in OUTSIDE_BODIES),
]


@pytest.mark.parametrize("sector", MY_SECTORS)
def test_the_bodies_of_each_sector_in_source_order(sector: str) -> None:
    assert ids(ascc_model.bodies(sector=sector)) == [row[0] for row in BODIES[sector]]


@pytest.mark.parametrize(("sector", "ident", "acronym", "name", "kind", "line"), ALL_BODIES)
def test_body(  # noqa: PLR0913, PLR0917 - one parameter per column of the table
    sector: str | None, ident: str, acronym: str | None, name: str, kind: BodyKind, line: int
) -> None:
    body = ascc_model.get_body(ident)
    assert body.acronym == acronym
    assert body.names.en == name
    assert body.kind is kind
    assert line in lines(body)
    if sector is None:
        assert body.sectors == ()
        assert body.pillar is None
    else:
        assert sector in body.sectors
    # Shared acronyms: two bodies each; the haze COP is also called plain "COP" (line 310).
    if acronym not in {None, "APT EMM", "EAS EMM", "COP"}:
        assert ascc_model.get_body(acronym) is body
    assert ascc_model.get_body(name) is body


def test_bodies_of_these_sectors_are_of_the_pillar_except_the_platform_and_ndmos() -> None:
    # The source places neither the ADRP (co-chaired across pillars) nor the national
    # disaster management organisations in the ASCC.
    outside = {b.id for s in MY_SECTORS for b in ascc_model.bodies(sector=s) if b.pillar != "ascc"}
    assert outside == {"adrp", "ndmo"}


def test_cop_names_both_conferences_of_the_parties() -> None:
    with pytest.raises(ascc_model.AmbiguousKeyError) as caught:
        ascc_model.get_body("COP")
    assert caught.value.candidates == ("cop-aathp", "cop-aadmer")
    assert ascc_model.get_body("COM").id == "com-aathp"


def test_coci_is_shared_by_culture_and_information() -> None:
    coci = ascc_model.get_body("COCI")
    assert coci.sectors == ("culture", "information")
    assert coci in ascc_model.bodies(sector="culture")
    assert coci in ascc_model.bodies(sector="information")
    # Lines 251-253 and 486-488 state the same remit: projects funded by the ACF.
    assert {251, 253, 486, 488} <= lines(coci)
    assert ascc_model.get_body("ACF").sectors == ("culture", "information")


@pytest.mark.parametrize(
    ("key", "ident"),
    [
        # Other names the source gives the same body.
        ("ASEAN Senior Officials\N{RIGHT SINGLE QUOTATION MARK} Meeting on Environment", "asoen"),
        ("AMMS+Jepang", "amms-plus-japan"),
        ("SOMS+Jepang", "soms-plus-japan"),
        ("Dana Asap ASEAN", "asean-haze-fund"),
        ("Dana Pengendalian Polusi Asap Lintas Batas ASEAN", "asean-haze-fund"),
        ("Pusat Koordinasi Bantuan Kemanusiaan ASEAN untuk manajemen bencana", "aha-centre"),
        ("Konferensi Para Pihak kepada AADMER", "cop-aadmer"),
        ("COP hingga AADMER", "cop-aadmer"),  # line 360's slip still finds the body
        ("Sekretariat ASEAN", "asean-secretariat"),
    ],
)
def test_other_names_find_the_body(key: str, ident: str) -> None:
    assert ascc_model.get_body(key).id == ident


@pytest.mark.parametrize(
    ("acronym", "expected"),
    [
        # Lines 128/141 (education) and 294 (environment) use the same acronyms.
        ("APT EMM", ("apt-emm-education", "apt-emm-environment")),
        ("EAS EMM", ("eas-emm-education", "eas-emm-environment")),
    ],
)
def test_acronyms_shared_by_education_and_environment_are_ambiguous(
    acronym: str, expected: tuple[str, str]
) -> None:
    with pytest.raises(AmbiguousKeyError) as caught:
        ascc_model.get_body(acronym)
    assert caught.value.candidates == expected
    assert ids(ascc_model.find_bodies(acronym))[:2] == list(expected)
    education, environment = (ascc_model.get_body(i) for i in expected)
    assert education.sectors == ("education",)
    assert environment.sectors == ("environment",)


@pytest.mark.parametrize(
    ("ident", "base", "partners"),
    [
        ("apt-emm-education", "ased", PLUS_THREE),
        ("som-ed-plus-3", "som-ed", PLUS_THREE),
        ("amca-plus-3", "amca", PLUS_THREE),
        ("amca-plus-china", "amca", ("China",)),
        ("amca-plus-japan", "amca", ("Japan",)),
        ("amca-plus-rok", "amca", ("Republic of Korea",)),
        ("somca-plus-3", "somca", PLUS_THREE),
        ("somca-plus-china", "somca", ("China",)),
        ("somca-plus-japan", "somca", ("Japan",)),
        ("somca-plus-rok", "somca", ("Republic of Korea",)),
        ("apt-some", "asoen", PLUS_THREE),
        ("apt-emm-environment", "amme", PLUS_THREE),
        ("amms-plus-japan", "amms", ("Japan",)),
        ("soms-plus-japan", "soms", ("Japan",)),
    ],
)
def test_plus_format_bodies(ident: str, base: str, partners: tuple[str, ...]) -> None:
    body = ascc_model.get_body(ident)
    assert (body.base, body.partners) == (base, partners)


def test_only_the_plus_format_bodies_have_partners() -> None:
    # The East Asia Summit formats and the working groups with partners in their names
    # (APTWG, ARWGE) are not plus-format bodies: the source lists no members for them.
    with_partners = {
        b.id for s in MY_SECTORS for b in ascc_model.bodies(sector=s) if b.partners or b.base
    }
    assert with_partners == {
        "apt-emm-education",
        "som-ed-plus-3",
        "amca-plus-3",
        "amca-plus-china",
        "amca-plus-japan",
        "amca-plus-rok",
        "somca-plus-3",
        "somca-plus-china",
        "somca-plus-japan",
        "somca-plus-rok",
        "apt-some",
        "apt-emm-environment",
        "amms-plus-japan",
        "soms-plus-japan",
    }


# -- founding dates, meetings and chairs --------------------------------------------------


def test_founding_dates() -> None:
    established = {
        b.id: str(b.established)
        for s in MY_SECTORS
        for b in ascc_model.bodies(sector=s)
        if b.established is not None
    }
    assert established == {
        "amme": "1981",  # line 280: "Didirikan pada tahun 1981"
        "atfp": "2013-09",  # line 314: "dibentuk pada September 2013"
        "acdm": "2003",  # line 326: "pertama kali dibentuk pada tahun 2003"
        "amms-plus-japan": "2017",  # line 373: "pada tahun 2017 AMMS membentuk ..."
        "soms-plus-japan": "2017",
    }
    assert ascc_model.get_body("ATFP").established == PartialDate(2013, 9)
    assert PartialDate(2013, 9).display() == "September 2013"


@pytest.mark.parametrize(
    ("ident", "period", "at_least", "words", "line"),
    [
        ("amme", "P2Y", False, "every two years", 280),  # "setiap dua tahun sekali"
        ("asoen", "P1Y", False, "every year", 282),  # "bertemu setiap tahun"
        ("cop-aathp", "P1Y", True, "at least every year", 310),  # "setidaknya satu tahun sekali"
        ("com-aathp", "P1Y", True, "at least every year", 312),  # "COP dan COM ... setidaknya"
        ("acdm", "P1Y", True, "at least every year", 326),  # "setidaknya ... sekali dalam setahun"
    ],
)
def test_meeting_rhythm(ident: str, period: str, at_least: bool, words: str, line: int) -> None:  # noqa: FBT001
    body = ascc_model.get_body(ident)
    assert body.meets is not None
    assert (body.meets.period, body.meets.at_least) == (period, at_least)
    assert str(body.meets) == words
    assert line in lines(body)


def test_only_these_bodies_have_a_stated_meeting_rhythm() -> None:
    meets = {b.id for s in MY_SECTORS for b in ascc_model.bodies(sector=s) if b.meets}
    assert meets == {"amme", "asoen", "cop-aathp", "com-aathp", "acdm"}


def test_meeting_notes() -> None:
    com = ascc_model.get_body("COM AATHP").meets
    assert com is not None
    assert com.note is not None
    assert "back-to-back before the COP" in com.note  # line 312
    asoen = ascc_model.get_body("ASOEN").meets
    assert asoen is not None
    assert asoen.note is not None
    assert "chairmanship" in asoen.note  # line 282: hosting follows the ASEAN chair


@pytest.mark.parametrize(
    ("ident", "parts"),
    [
        # Line 282: rotated alphabetically every 3 years.
        ("asoen", ("alphabetical", "three years")),
        # Line 284: chaired by a Member State on its expression of interest, 3-year term.
        *((wg, ("expression of interest", "three-year")) for wg, *_ in BODIES["environment"][2:9]),
        # Line 326: rotated every year, alphabetically.
        ("acdm", ("every year", "alphabetical")),
        # Line 349: co-chaired by ACDM, ASEAN SOM and SEOM.
        ("adrp", ("ACDM", "ASEAN SOM", "SEOM")),
    ],
)
def test_chairs(ident: str, parts: tuple[str, ...]) -> None:
    chair = ascc_model.get_body(ident).chair
    assert chair is not None
    for part in parts:
        assert part in chair


def test_acdm_is_made_up_of_the_national_disaster_management_organisations() -> None:
    composition = ascc_model.get_body("ACDM").composition
    assert composition is not None
    assert "National Disaster Management Organization (NDMO)" in composition
    [member] = ascc_model.relations(kind="member_of", object="ACDM")
    assert member.subject == "ndmo"


def test_adrp_members_are_the_chairs_of_these_bodies() -> None:
    # Line 349, in the source's order; the AHA Centre through its Executive Director.
    members = ascc_model.relations(kind="member_of", object="ADRP")
    assert [(r.subject, r.note) for r in members] == [
        *(
            (b, "represented by its chair")
            for b in (
                "adsom",
                "costi",
                "afdm",
                "adgsom",
                "somhd",
                "somswd",
                "asoen",
                "acw",
                "somy",
                "somri",
            )
        ),
        ("aha-centre", "represented by its Executive Director"),
    ]
    co_chairs = ascc_model.relations(kind="co_chairs", object="ADRP")
    assert [r.subject for r in co_chairs] == ["acdm", "asean-som", "seom"]


# -- relations -----------------------------------------------------------------------------

R = RelationKind
RELATIONS = {
    # (subject, kind, object): the lines that state it
    ("acw", R.REPORTS_TO, "ammw"): {18},
    ("acwc", R.REPORTS_TO, "ammswd"): {32},
    ("som-ed", R.ASSISTS, "ased"): {124, 162},
    ("somca", R.ASSISTS, "amca"): {207, 249},
    ("scc", R.SUBSIDIARY_OF, "coci"): {257},
    ("acf", R.FUNDS, "coci"): {253, 488},
    ("asoen", R.ASSISTS, "amme"): {282},
    ("awgncb", R.SUBSIDIARY_OF, "asoen"): {284, 286},
    ("awgcme", R.SUBSIDIARY_OF, "asoen"): {284, 287},
    ("awgwrm", R.SUBSIDIARY_OF, "asoen"): {284, 288},
    ("awgesc", R.SUBSIDIARY_OF, "asoen"): {284, 289},
    ("awgcc", R.SUBSIDIARY_OF, "asoen"): {284, 290},
    ("awgcw", R.SUBSIDIARY_OF, "asoen"): {284, 291},
    ("awgee", R.SUBSIDIARY_OF, "asoen"): {284, 292},
    ("com-aathp", R.SUBSIDIARY_OF, "cop-aathp"): {312},
    ("com-aathp", R.ADVISES, "cop-aathp"): {312},
    ("atfp", R.ASSISTS, "com-aathp"): {314},
    ("atfp", R.REPORTS_TO, "com-aathp"): {314},
    ("ndmo", R.MEMBER_OF, "acdm"): {326},
    ("acdm-wg-prevention-mitigation", R.ASSISTS, "acdm"): {333, 335},
    ("acdm-wg-preparedness-response-recovery", R.ASSISTS, "acdm"): {333, 337},
    ("acdm-wg-global-leadership", R.ASSISTS, "acdm"): {333, 339},
    ("acdm", R.COORDINATES_WITH, "adrp"): {349},
    ("acdm", R.CO_CHAIRS, "adrp"): {349},
    ("asean-som", R.CO_CHAIRS, "adrp"): {349},
    ("seom", R.CO_CHAIRS, "adrp"): {349},
    ("adsom", R.MEMBER_OF, "adrp"): {349},
    ("costi", R.MEMBER_OF, "adrp"): {349},
    ("afdm", R.MEMBER_OF, "adrp"): {349},
    ("adgsom", R.MEMBER_OF, "adrp"): {349},
    ("somhd", R.MEMBER_OF, "adrp"): {349},
    ("somswd", R.MEMBER_OF, "adrp"): {349},
    ("asoen", R.MEMBER_OF, "adrp"): {349},
    ("acw", R.MEMBER_OF, "adrp"): {349},
    ("somy", R.MEMBER_OF, "adrp"): {349},
    ("somri", R.MEMBER_OF, "adrp"): {349},
    ("aha-centre", R.MEMBER_OF, "adrp"): {349},
    ("acdm", R.BOARD_OF, "aha-centre"): {355},
    ("acdm", R.REPORTS_TO, "ammdm"): {355},
    ("acdm", R.REPORTS_TO, "cop-aadmer"): {355},
    ("dmha", R.SUPPORTS, "acdm"): {360},
    ("dmha", R.SUPPORTS, "ammdm"): {360},
    ("dmha", R.SUPPORTS, "cop-aadmer"): {360},
    ("dmha", R.SUPPORTS, "acdm-wg-prevention-mitigation"): {360},
    ("dmha", R.SUPPORTS, "acdm-wg-preparedness-response-recovery"): {360},
    ("dmha", R.SUPPORTS, "acdm-wg-global-leadership"): {360},
    ("dmha", R.SUPPORTS, "aha-centre"): {363},
    ("soms", R.ASSISTS, "amms"): {373},
}


def test_relations_stated_in_these_sections_are_exactly_these() -> None:
    found = {
        (r.subject, r.kind, r.object): lines(r)
        for r in ascc_model.relations()
        if min(lines(r)) <= LAST_LINE
    }
    assert found == RELATIONS


@pytest.mark.parametrize(
    ("subject", "kind", "obj", "note"),
    [
        ("acw", "reports_to", "ammw", "supports and reports to"),  # "mendukung dan melapor"
        ("acwc", "reports_to", "ammswd", "reports to and supports"),  # "melapor dan mendukung"
        ("scc", "subsidiary_of", "coci", "under the direction and approval of COCI"),
        ("acdm", "reports_to", "ammdm", "reports regularly"),  # "melapor secara berkala"
        ("acdm", "reports_to", "cop-aadmer", "reports regularly"),
    ],
)
def test_relation_notes(subject: str, kind: str, obj: str, note: str) -> None:
    [relation] = ascc_model.relations(subject=subject, kind=kind, object=obj)
    assert relation.note == note


@pytest.mark.parametrize(
    ("body", "chain"),
    [
        ("ACW", ["ammw"]),
        ("SOM-ED", ["ased"]),
        ("SOMCA", ["amca"]),
        ("SCC", ["coci"]),
        ("ASOEN", ["amme"]),
        ("AWGEE", ["asoen", "amme"]),
        ("COM AATHP", ["cop-aathp"]),
        ("ATFP", ["com-aathp", "cop-aathp"]),
        ("ACDM", ["ammdm", "cop-aadmer"]),
        ("acdm-wg-global-leadership", ["acdm", "ammdm", "cop-aadmer"]),
        ("SOMS", ["amms"]),
    ],
)
def test_reporting_chain(body: str, chain: list[str]) -> None:
    assert ids(ascc_model.reporting_chain(body)) == chain


def test_acwc_reports_to_the_social_welfare_ministers() -> None:
    parents = [r.object for r in ascc_model.relations(subject="ACWC") if r.kind in REPORTING_KINDS]
    assert parents == ["ammswd"]
    assert ascc_model.reporting_chain("ACWC")[0].acronym == "AMMSWD"
    assert "acwc" in ids(ascc_model.bodies_reporting_to("AMMSWD"))


ENVIRONMENT_WGS = [row[0] for row in BODIES["environment"][2:9]]
ACDM_WGS = [
    "acdm-wg-prevention-mitigation",
    "acdm-wg-preparedness-response-recovery",
    "acdm-wg-global-leadership",
]


@pytest.mark.parametrize(
    ("body", "transitive", "below"),
    [
        ("AMMW", False, ["acw"]),
        ("ASED", False, ["som-ed"]),
        ("AMCA", False, ["somca"]),
        ("COCI", False, ["scc", "sci"]),  # SCI: line 492, the information section
        ("AMME", False, ["asoen"]),
        ("AMME", True, ["asoen", *ENVIRONMENT_WGS]),
        ("ASOEN", False, ENVIRONMENT_WGS),  # "Di bawah ASOEN, terdapat tujuh Kelompok Kerja"
        ("COP AATHP", False, ["com-aathp"]),
        ("COP AATHP", True, ["com-aathp", "atfp"]),
        ("ACDM", False, ACDM_WGS),  # "didukung oleh tiga (3) Kelompok Kerja ACDM"
        ("AMMDM", True, ["acdm", *ACDM_WGS]),
        ("cop-aadmer", False, ["acdm"]),
        ("AMMS", False, ["soms"]),
    ],
)
def test_bodies_reporting_to(body: str, transitive: bool, below: list[str]) -> None:  # noqa: FBT001
    assert ids(ascc_model.bodies_reporting_to(body, transitive=transitive)) == below


NO_NAMED_PARENT = [
    "somy",
    "som-ed-plus-3",
    "eas-som-ed",
    "ooscy",
    "ad-hoc-wg-asean-higher-education-mobility",
    "aptwg",
    "arwge",
    "somca-plus-3",
    "somca-plus-china",
    "somca-plus-japan",
    "somca-plus-rok",
    "apt-some",
    "soms-plus-japan",
    "asean-som",
    "seom",
    "adsom",
    "afdm",
    "adgsom",
]


@pytest.mark.parametrize("ident", NO_NAMED_PARENT)
def test_bodies_whose_parent_the_source_does_not_name(ident: str) -> None:
    body = ascc_model.get_body(ident)
    assert body.reporting_note is not None
    assert ascc_model.reporting_chain(body) == ()


def test_bodies_with_a_reporting_note_are_exactly_those_without_a_named_parent() -> None:
    bodies = [ascc_model.get_body(row[1]) for row in ALL_BODIES]
    assert {b.id for b in bodies if b.reporting_note is not None} == set(NO_NAMED_PARENT)


# -- plans ---------------------------------------------------------------------------------

ACW_VISIONS = (
    "Data dan Statistik Gender",
    "Pengarusutamaan Gender",
    "Iklim Responsive Gender dan Ketahanan Bencana",
    # Line 25 writes "Perempuan an anak Perempuan"; see erratum-acw-plan-item-4.
    "Pendekatan Gender untuk meningkatkan Keamanan dan Perlindungan Perempuan dan anak Perempuan",
    (
        "Women, Peace and Security: Memperkuat partisipasi perempuan yang berguna dalam "
        "meningkatkan perdamaian dan keamanan di kawasan"
    ),
    "Pemberdayaan Ekonomi Perempuan dan pekerjaan di masa depan",
    "Tata Kelola dan Kepemimpinan yang responsif gender",
)
ACWC_AREAS = (
    "Mempromosikan agenda hak-hak perempuan dan anak",
    "Membangun kemitraan dan platform untuk memajukan hak-hak perempuan dan anak",
    "Memperdalam kesadaran dan melembagakan hak-hak perempuan dan anak",
    "Memperkuat kapasitas kelembagaan dan pemangku kepentingan",
)
YDI_DOMAINS = (
    "Pendidikan",
    "Kesehatan dan Kesejahteraan",
    "Pekerjaan dan Peluang",
    "Partisipasi dan Keterlibatan",
    "Kesadaran, Nilai dan Identitas ASEAN",
)
YDI_2_DOMAINS = (
    "Pendidikan dan Keterampilan",
    "Pekerjaan dan Peluang",
    "Kesehatan dan Kesejahteraan",
    "Partisipasi dan Keterlibatan",
    "Kesetaraan dan Inklusi",
    "Keselamatan dan Keamanan",
    "Identitas ASEAN",
)
YOUTH_PRIORITY = (
    (
        "mempersiapkan generasi mudanya untuk menjadi generasi yang \N{LEFT DOUBLE QUOTATION MARK}"
        "future-ready\N{RIGHT DOUBLE QUOTATION MARK} melalui pengembangan keterampilan dan "
        "meningkatkan partisipasi mereka dalam wacana kebijakan"
    ),
)
EDUCATION_PRIORITIES = (
    (
        "memajukan pendidikan yang bersifat future ready di tingkat pendidikan dasar dan tinggi "
        "serta pendidikan dan pelatihan teknis dan kejuruan"
    ),
    "memastikan pendidikan inklusif",
    "peningkatan kapasitas tenaga kependidikan",
    (
        "memobilisasi sumber daya pendidikan melalui kemitraan dengan berbagai pemangku "
        "kepentingan utama"
    ),
)
EDUCATION_HIGHLIGHTS = (
    (
        "Dukungan untuk transisi pelajar ke dunia kerja melalui kesempatan magang, beasiswa "
        "pendidikan tinggi, dan pengembangan keterampilan yang responsif"
    ),
    "Dukungan untuk guru dan pelatih kejuruan tentang metode dan strategi pengajaran terbaru",
    "Advokasi untuk menjangkau anak-anak dan remaja putus sekolah",
    "Advokasi untuk sekolah yang aman dan tangguh",
)
CULTURE_PRIORITIES = (
    (
        "pendalaman pola pikir dan identitas ASEAN untuk meningkatkan apresiasi terhadap sejarah, "
        "budaya, seni, tradisi, dan nilai-nilai kawasan ASEAN"
    ),
    "mempromosikan keragaman budaya ASEAN untuk mendorong pemahaman antarbudaya",
    "memanfaatkan budaya untuk pembangunan yang inklusif dan berkelanjutan",
    "memanfaatkan pemanfaatan budaya untuk kreativitas, inovasi dan penciptaan mata pencaharian",
    (
        "mempromosikan kerja sama regional untuk meningkatkan kemampuan dalam pengelolaan budaya "
        "dan warisan"
    ),
    "mempromosikan peran budaya bagi ASEAN untuk menjadi anggota masyarakat global yang proaktif",
)
ENVIRONMENT_PRIORITIES = (
    # Line 273 lacks the "dan"; see erratum-environment-priority-item-1.
    "konservasi dan pengelolaan keanekaragaman hayati dan sumber daya alam yang berkelanjutan",
    "promosi kota yang ramah lingkungan",
    "respons terhadap perubahan iklim",
    "konsumsi dan produksi yang berkelanjutan",
)
AWP_PRIORITIES = (
    "Pengawasan dan Penilaian Risiko",
    "Pencegahan dan Mitigasi",
    "Kesiapsiagaan dan Tanggapan",
    "Pemulihan Tangguh",
    "Kepemimpinan Global",
)
DM_VISION_ELEMENTS = (
    "Kelembagaan dan Komunikasi",
    "Keuangan dan Mobilisasi Sumber Daya",
    "Kemitraan dan Inovasi",
)
SPORTS_FOCUS = (
    "program pengembangan keterampilan yang menyasar pelatih dan ofisial olahraga",
    "workshop dan pelatihan manajemen olahraga",
    (
        "pengembangan keterampilan kepemimpinan di antara para pemimpin pemuda ASEAN untuk "
        "memungkinkan mereka mengadvokasi gaya hidup sehat dan mencegah kejahatan pemuda"
    ),
    "promosi peningkatan partisipasi perempuan dalam olahraga",
)

PLANS: dict[str, list[tuple[Any, ...]]] = {
    # sector: [(id, kind, holders, period, adopted, item_count, items, a line stating it)]
    "women-children": [
        (
            "acw-work-plan-2021-2025",
            PlanKind.WORK_PLAN,
            ("acw",),
            "2021-2025",
            None,
            7,
            ACW_VISIONS,
            20,
        ),
        (
            "acwc-work-plan-2021-2025",
            PlanKind.WORK_PLAN,
            ("acwc",),
            "2021-2025",
            None,
            None,
            ACWC_AREAS,
            34,
        ),
    ],
    "youth": [
        ("asean-ydi", PlanKind.INDEX, ("youth",), None, None, 5, YDI_DOMAINS, 65),
        ("asean-ydi-2", PlanKind.INDEX, ("youth",), None, "2022", None, YDI_2_DOMAINS, 73),
        (
            "youth-priorities-2021-2025",
            PlanKind.PRIORITIES,
            ("youth",),
            "2021-2025",
            None,
            None,
            YOUTH_PRIORITY,
            63,
        ),
    ],
    "education": [
        (
            "education-priorities",
            PlanKind.PRIORITIES,
            ("education",),
            None,
            None,
            None,
            EDUCATION_PRIORITIES,
            103,
        ),
        (
            "education-highlights",
            PlanKind.PRIORITIES,
            ("education",),
            None,
            None,
            None,
            EDUCATION_HIGHLIGHTS,
            107,
        ),
    ],
    "culture": [
        (
            "culture-arts-strategic-plan-2016-2025",
            PlanKind.STRATEGIC_PLAN,
            ("culture",),
            "2016-2025",
            None,
            None,
            CULTURE_PRIORITIES,
            186,
        ),
    ],
    "environment": [
        (
            "environment-priority-areas-ascc-blueprint-2025",
            PlanKind.PRIORITIES,
            ("environment",),
            None,
            None,
            None,
            ENVIRONMENT_PRIORITIES,
            271,
        ),
    ],
    "haze": [
        ("haze-roadmap-2016", PlanKind.ROADMAP, ("haze",), None, "2016", 8, (), 304),
        ("apms-2006-2020", PlanKind.STRATEGY, ("haze",), "2006-2020", None, None, (), 314),
    ],
    "disaster-management": [
        (
            "aadmer-work-programme-2021-2025",
            PlanKind.WORK_PROGRAMME,
            ("acdm",),
            "2021-2025",
            None,
            5,
            AWP_PRIORITIES,
            341,
        ),
        (
            "asean-vision-2025-disaster-management",
            PlanKind.VISION,
            ("disaster-management",),
            None,
            None,
            3,
            DM_VISION_ELEMENTS,
            322,
        ),
    ],
    "sports": [
        ("asean-sports-work-plan", PlanKind.WORK_PLAN, ("sports",), None, None, None, (), 373),
        (
            "sports-cooperation-focus",
            PlanKind.PRIORITIES,
            ("sports",),
            None,
            None,
            None,
            SPORTS_FOCUS,
            371,
        ),
    ],
}

#: Plans whose items need a note: eight components announced but not listed (line 304),
#: a work plan named without items (line 373), a list introduced by "antara lain" (271).
ITEMS_NOTED = {
    "haze-roadmap-2016",
    "asean-sports-work-plan",
    "environment-priority-areas-ascc-blueprint-2025",
}


@pytest.mark.parametrize("sector", MY_SECTORS)
def test_the_plans_of_each_sector(sector: str) -> None:
    assert ids(ascc_model.plans(holder=sector)) == [row[0] for row in PLANS[sector]]


@pytest.mark.parametrize(
    ("ident", "kind", "holders", "period", "adopted", "count", "items", "line"),
    [row for rows in PLANS.values() for row in rows],
)
def test_plan(  # noqa: PLR0913, PLR0917 - one parameter per column of the table
    ident: str,
    kind: PlanKind,
    holders: tuple[str, ...],
    period: str | None,
    adopted: str | None,
    count: int | None,
    items: tuple[str, ...],
    line: int,
) -> None:
    plan = ascc_model.get_plan(ident)
    assert plan.kind is kind
    assert plan.holders == holders
    assert (None if plan.period is None else str(plan.period)) == period
    assert (None if plan.adopted is None else str(plan.adopted)) == adopted
    assert plan.item_count == count
    assert tuple(item.id for item in plan.items) == items
    assert all(item.en for item in plan.items)  # every item has a reader's translation
    assert line in lines(plan)
    assert (plan.items_note is not None) == (ident in ITEMS_NOTED)


@pytest.mark.parametrize(
    ("ident", "acronym", "title_en", "title_id"),
    [
        ("asean-ydi", "YDI", "ASEAN Youth Development Index", None),
        ("asean-ydi-2", "YDI", "2nd ASEAN Youth Development Index", None),
        (
            "culture-arts-strategic-plan-2016-2025",
            None,
            "Strategic Plan for Culture and Arts 2016-2025",
            "Rencana Strategis Kebudayaan dan Seni 2016-2025",
        ),
        (
            "haze-roadmap-2016",
            None,
            (
                "Roadmap on ASEAN Cooperation towards Transboundary Haze Pollution Control with "
                "Means of Implementation"
            ),
            (
                "Roadmap on ASEAN Cooperation menuju Pengendalian Pencemaran Asap Lintas Batas "
                "dengan Sarana Implementasi"
            ),
        ),
        (
            "apms-2006-2020",
            "APMS",
            "ASEAN Peatland Management Strategy",
            "Strategi Pengelolaan Lahan Gambut ASEAN",
        ),
        (
            "aadmer-work-programme-2021-2025",
            "AWP",
            # Line 341 writes "Emergeny"; see erratum-aadmer-work-programme-name.
            (
                "ASEAN Agreement on Disaster Management and Emergency Response Work Program "
                "2021 - 2025"
            ),
            "Program Kerja AADMER",
        ),
        (
            "asean-vision-2025-disaster-management",
            None,
            "ASEAN Vision 2025 on Disaster Management",
            "Visi ASEAN tentang Penanggulangan Bencana 2025",
        ),
        ("asean-sports-work-plan", None, "ASEAN Sports Work Plan", "Rencana Kerja Olahraga ASEAN"),
    ],
)
def test_plan_titles(ident: str, acronym: str | None, title_en: str, title_id: str | None) -> None:
    plan = ascc_model.get_plan(ident)
    assert plan.acronym == acronym
    assert (plan.title.en, plan.title.id) == (title_en, title_id)


def test_the_second_ydi_renews_the_first() -> None:
    # Line 73: "Di tahun 2022 terdapat pembaharuan domain untuk 2nd ASEAN YDI".
    assert ascc_model.get_plan("asean-ydi-2").supersedes == "asean-ydi"
    with pytest.raises(AmbiguousKeyError):
        ascc_model.get_plan("YDI")


@pytest.mark.parametrize(
    ("holder", "year", "expected"),
    [
        ("ACW", 2023, ["acw-work-plan-2021-2025"]),
        ("ACW", 2020, []),
        ("women-children", 2021, ["acw-work-plan-2021-2025", "acwc-work-plan-2021-2025"]),
        ("culture", 2016, ["culture-arts-strategic-plan-2016-2025"]),
        ("haze", 2015, ["apms-2006-2020"]),
        ("haze", 2021, []),
        ("ACDM", 2025, ["aadmer-work-programme-2021-2025"]),
        ("disaster-management", 2025, ["aadmer-work-programme-2021-2025"]),
    ],
)
def test_plans_in_force(holder: str, year: int, expected: list[str]) -> None:
    assert ids(ascc_model.plans(holder=holder, year=year)) == expected


# -- instruments, programmes and figures ------------------------------------------------------

INSTRUMENTS = [
    # id, acronym, English name, Indonesian name, kind, sectors, signed, place, a line
    (
        "cedaw",
        "CEDAW",
        # Line 30 expands it as "...Elimination of Violence Against Women"; see the erratum.
        "Convention on the Elimination of All Forms of Discrimination against Women",
        None,
        InstrumentKind.CONVENTION,
        ("women-children",),
        None,
        None,
        30,
    ),
    (
        "crc",
        "CRC",
        "Convention on the Rights of the Child",
        None,
        InstrumentKind.CONVENTION,
        ("women-children",),
        None,
        None,
        30,
    ),
    (
        "asean-charter",
        None,
        "ASEAN Charter",
        "Piagam ASEAN",
        InstrumentKind.CHARTER,
        (),
        "2007-11-20",  # the source's 27 November 2007 corrected: erratum-asean-charter-date
        None,
        280,  # Annex 1 lists the AMME
    ),
    (
        "aathp",
        "AATHP",
        "ASEAN Agreement on Transboundary Haze Pollution",
        "Perjanjian ASEAN tentang Polusi Asap Lintas Batas",
        InstrumentKind.AGREEMENT,
        ("haze",),
        "2002-06-10",
        "Kuala Lumpur, Malaysia",
        304,
    ),
    (
        "cop-aathp-rules-of-procedure",
        None,
        "Rules of Procedure for the Meetings of the COP",
        "Aturan Prosedur Pertemuan COP",
        InstrumentKind.RULES,
        ("haze",),
        None,
        None,
        312,
    ),
    (
        "asean-haze-fund-financial-rules",
        None,
        "Financial rules for the ASEAN Transboundary Haze Pollution Control Fund",
        "aturan keuangan untuk Dana Pengendalian Polusi Asap Lintas Batas ASEAN",
        InstrumentKind.RULES,
        ("haze",),
        None,
        None,
        312,
    ),
    (
        "aadmer",
        "AADMER",
        "ASEAN Agreement on Disaster Management and Emergency Response",
        None,
        InstrumentKind.AGREEMENT,
        ("disaster-management",),
        None,
        None,
        320,
    ),
    (
        "sfdrr",
        "SFDRR",
        "Sendai Framework for Disaster Risk Reduction",
        None,
        InstrumentKind.FRAMEWORK,
        ("disaster-management",),
        None,
        None,
        320,
    ),
    (
        "sdgs",
        None,
        "Sustainable Development Goals",
        None,
        InstrumentKind.GOALS,
        ("disaster-management",),
        None,
        None,
        320,
    ),
    (
        "declaration-one-asean-one-response",
        None,
        "ASEAN Declaration on One ASEAN One Response",
        "Deklarasi ASEAN tentang 'One ASEAN One Response'",
        InstrumentKind.DECLARATION,
        ("disaster-management",),
        None,
        None,
        353,
    ),
]


def test_the_instruments_of_these_sectors_are_exactly_these() -> None:
    found = [i.id for i in ascc_model.registry().instruments() if set(i.sectors) & set(MY_SECTORS)]
    assert found == [row[0] for row in INSTRUMENTS if row[5]]


@pytest.mark.parametrize(
    ("ident", "acronym", "name_en", "name_id", "kind", "sectors", "signed", "place", "line"),
    INSTRUMENTS,
)
def test_instrument(  # noqa: PLR0913, PLR0917 - one parameter per column of the table
    ident: str,
    acronym: str | None,
    name_en: str,
    name_id: str | None,
    kind: InstrumentKind,
    sectors: tuple[str, ...],
    signed: str | None,
    place: str | None,
    line: int,
) -> None:
    record = instrument(ident)
    assert record.acronym == acronym
    assert (record.names.en, record.names.id) == (name_en, name_id)
    assert record.kind is kind
    assert record.sectors == sectors
    assert (None if record.signed is None else str(record.signed)) == signed
    assert record.place == place
    assert line in lines(record)


def test_aathp_signed_on_10_june_2002_in_kuala_lumpur() -> None:
    aathp = instrument("aathp")
    assert aathp.signed is not None
    assert aathp.signed.display() == "10 June 2002"
    assert aathp.place == "Kuala Lumpur, Malaysia"


PROGRAMMES = [
    # id, acronym, name, partners, period, line
    (
        "supa",
        "SUPA",
        "ASEAN-EU Sustainable Use of Peatlands and Haze Mitigation in ASEAN",
        ("EU",),
        None,
        306,
    ),
    (
        "mahfsa",
        "MAHFSA",
        "ASEAN-IFAD Measurable Action for Haze-Free Sustainable Land Management in Southeast Asia",
        ("IFAD",),
        None,
        306,
    ),
    (
        "mekong-peatlands-project",
        None,
        "GEF-6 Project on Sustainable Management of Peatland Ecosystems in Mekong Countries",
        ("GEF",),
        None,
        306,
    ),
    (
        "apsmpe-2014-2020",
        "APSMPE",
        "ASEAN Programme on Sustainable Management of Peatland Ecosystems",
        (),
        Period(2014, 2020),
        314,
    ),
]


def test_the_programmes_of_these_sectors_are_exactly_these() -> None:
    found = [p.id for p in ascc_model.registry().programmes() if set(p.sectors) & set(MY_SECTORS)]
    assert found == [row[0] for row in PROGRAMMES]


@pytest.mark.parametrize(("ident", "acronym", "name", "partners", "period", "line"), PROGRAMMES)
def test_programme(  # noqa: PLR0913, PLR0917 - one parameter per column of the table
    ident: str,
    acronym: str | None,
    name: str,
    partners: tuple[str, ...],
    period: Period | None,
    line: int,
) -> None:
    record = programme(ident)
    assert record.acronym == acronym
    assert record.names.en == name
    assert record.partners == partners
    assert record.period == period
    assert record.sectors == ("haze",)
    assert line in lines(record)


def test_the_mekong_peatlands_project_covers_cambodia_laos_and_myanmar() -> None:
    description = programme("mekong-peatlands-project").description
    assert description is not None
    for part in ("Mekong Peatlands Project", "Cambodia", "Laos", "Myanmar"):
        assert part in description


FIGURES = [
    # id, value, unit, year, approximate, sector, line
    (
        "youth-share-of-asean-population",
        1 / 3,
        "fraction of the population",
        None,
        False,
        "youth",
        57,
    ),
    ("youth-population-peak-2038", 220_000_000, "people", 2038, True, "youth", 57),
    ("environment-known-species-share", 20, "percent", None, False, "environment", 265),
    (
        "disaster-hazards-per-day-2022",
        4,
        "hazards per day",
        2022,
        False,
        "disaster-management",
        320,
    ),
    ("disaster-people-affected-2022", 5_600_000, "people", 2022, False, "disaster-management", 320),
    ("disaster-losses-2022", 21_000_000, "USD", 2022, True, "disaster-management", 320),
]


def test_the_figures_of_these_sectors_are_exactly_these() -> None:
    found = [f.id for f in ascc_model.registry().figures() if f.sector in MY_SECTORS]
    assert found == [row[0] for row in FIGURES]


@pytest.mark.parametrize(
    ("ident", "value", "unit", "year", "approximate", "sector", "line"), FIGURES
)
def test_figure(  # noqa: PLR0913, PLR0917 - one parameter per column of the table
    ident: str,
    value: float,
    unit: str,
    year: int | None,
    approximate: bool,  # noqa: FBT001
    sector: str,
    line: int,
) -> None:
    record = figure(ident)
    assert record.value == pytest.approx(value)
    assert (record.unit, record.year, record.approximate) == (unit, year, approximate)
    assert record.sector == sector
    assert line in lines(record)


# -- errata ----------------------------------------------------------------------------------

ERRATA = [
    # id, slip as written, correction, records, lines
    (
        "erratum-cedaw-expansion",
        "Convention on the Elimination of Violence Against Women (CEDAW)",
        "Convention on the Elimination of All Forms of Discrimination against Women (CEDAW)",
        ("cedaw",),
        {30},
    ),
    (
        "erratum-acw-plan-item-4",
        "Perlindungan Perempuan an anak Perempuan",
        "Perlindungan Perempuan dan anak Perempuan",
        ("acw-work-plan-2021-2025",),
        {25},
    ),
    (
        "erratum-environment-priority-item-1",
        "konservasi pengelolaan keanekaragaman hayati dan sumber daya alam yang berkelanjutan",
        "konservasi dan pengelolaan keanekaragaman hayati dan sumber daya alam yang berkelanjutan",
        ("environment-priority-areas-ascc-blueprint-2025",),
        {267, 273},
    ),
    (
        "erratum-atfp-assists-com",
        "membantu Komite yang bergerak di bawah COM",
        "membantu Komite yang bergerak di bawah COP (COM)",
        ("atfp",),
        {312, 314},
    ),
    (
        "erratum-acdm-working-group-count",
        "tiga lima (3)",
        "tiga (3)",
        tuple(ACDM_WGS),
        {333, 341},
    ),
    (
        "erratum-aadmer-work-programme-name",
        "ASEAN Agreement on Disaster Management and Emergeny Response Work Program",
        "ASEAN Agreement on Disaster Management and Emergency Response Work Program",
        ("aadmer-work-programme-2021-2025",),
        {341},
    ),
    ("erratum-acdm-vision-year", "20215", "2025", ("acdm",), {328}),
    (
        "erratum-cop-aadmer-name",
        "COP hingga AADMER",
        "COP kepada AADMER (Conference of the Parties to AADMER)",
        ("cop-aadmer",),
        {355, 360},
    ),
]


def test_the_errata_of_these_sections_are_exactly_these() -> None:
    found = [e.id for e in ascc_model.registry().errata() if max(lines(e)) <= LAST_LINE]
    assert found == [row[0] for row in ERRATA]


@pytest.mark.parametrize(("ident", "slip", "correction", "records", "cited"), ERRATA)
def test_erratum(
    ident: str, slip: str, correction: str, records: tuple[str, ...], cited: set[int]
) -> None:
    record = erratum(ident)
    assert (record.slip, record.correction) == (slip, correction)
    assert record.records == records
    assert lines(record) == cited
    assert record.explanation


def _record(ident: str) -> object:
    registry = ascc_model.registry()
    for collection in (registry.bodies(), registry.plans(), registry.instruments()):
        for record in collection:
            if record.id == ident:
                return record
    raise AssertionError(ident)


@pytest.mark.parametrize(
    ("ident", "slip", "records"),
    # The COP to AADMER keeps line 360's wording as an alias, so that it is found by it.
    [(row[0], row[1], row[3]) for row in ERRATA if row[0] != "erratum-cop-aadmer-name"],
)
def test_the_corrected_records_do_not_repeat_the_slip(
    ident: str, slip: str, records: Sequence[str]
) -> None:
    for record in records:
        for text in texts(_record(record)):
            assert slip not in text, (ident, record, text)


def test_the_corrections_are_held() -> None:
    assert ascc_model.get_plan("acw-work-plan-2021-2025").items[3].id == ACW_VISIONS[3]
    assert "Discrimination against Women" in (instrument("cedaw").names.en or "")
    title = ascc_model.get_plan("AWP").title.en or ""
    assert "Emergency Response Work Program" in title
    assert "2025" in (ascc_model.get_body("ACDM").description or "")
    assert ids(ascc_model.bodies_reporting_to("ACDM")) == ACDM_WGS  # three, not five
    assert (
        ascc_model.get_plan("environment-priority-areas-ascc-blueprint-2025").items[0].id
        == (ENVIRONMENT_PRIORITIES[0])
    )
    assert "com-aathp" in ids(ascc_model.reporting_chain("ATFP"))


# -- citations --------------------------------------------------------------------------------


def _records_of_these_sectors() -> Iterator[tuple[Any, tuple[str, ...]]]:
    registry = ascc_model.registry()
    for sector in MY_SECTORS:
        yield registry.get_sector(sector), (sector,)
    for _, ident, *_ in ALL_BODIES:
        body = ascc_model.get_body(ident)
        yield body, body.sectors or ("disaster-management",)
    for rows in PLANS.values():
        for row in rows:
            plan = ascc_model.get_plan(row[0])
            yield plan, tuple(s for s in MY_SECTORS if plan in ascc_model.plans(holder=s))
    for row in INSTRUMENTS:
        if row[5]:
            yield instrument(row[0]), row[5]
    for row in PROGRAMMES:
        yield programme(row[0]), ("haze",)
    for row in FIGURES:
        yield figure(row[0]), (row[5],)


def test_records_cite_lines_of_their_own_sections() -> None:
    stray = []
    for record, sectors in _records_of_these_sectors():
        for line in lines(record):
            own = any(line in SECTION_LINES[s] for s in sectors)
            if not own and line not in CROSS_REFERENCES:
                stray.append((record.id, line))
    assert stray == []
