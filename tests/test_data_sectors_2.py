"""The packaged data for sectors 09-16 of the source, checked fact by fact.

Each expected value below is a fact of the source document (``ascc-sectors.id.txt``),
written into the test by hand with the source line it comes from; the tests never read
the source itself. Sections: information and media (lines 394-496), the ASEAN Foundation
(498-520), civil service (522-555), labour (557-600), health (602-624), ASCC coordination
(626-656), social welfare and development (658-700), rural development and poverty
eradication (702-738), and the pillar (lines 1-13). Facts that official pages add or
correct (events, disagreements, outside corrections, English names) are written in the tests
with the page they come from.
"""

from __future__ import annotations

import pytest

import ascc_model
from ascc_model import (
    Citation,
    Disagreement,
    Erratum,
    Event,
    EventKind,
    Figure,
    Frequency,
    Instrument,
    Names,
    PartialDate,
    Period,
    PlanKind,
    RelationKind,
    Source,
    SourceKind,
)

CJK = ("China", "Japan", "Republic of Korea")


def ids(records: object) -> list[str]:
    return [r.id for r in records]  # type: ignore[attr-defined]


def instrument(ident: str) -> Instrument:
    found = {i.id: i for i in ascc_model.registry().instruments()}
    return found[ident]


def figure(ident: str) -> Figure:
    found = {f.id: f for f in ascc_model.registry().figures()}
    return found[ident]


def erratum(ident: str) -> Erratum:
    found = {e.id: e for e in ascc_model.registry().errata()}
    return found[ident]


def event(ident: str) -> Event:
    found = ascc_model.get_record(ident)
    assert isinstance(found, Event)
    return found


def disagreement(ident: str) -> Disagreement:
    found = ascc_model.get_record(ident)
    assert isinstance(found, Disagreement)
    return found


def source(ident: str) -> Source:
    found = ascc_model.get_record(ident)
    assert isinstance(found, Source)
    return found


OFFICIAL = (SourceKind.OFFICIAL_ASEAN, SourceKind.INDONESIAN_GOVERNMENT)


def pages(cited: tuple[Citation, ...]) -> set[str]:
    """The ids of the pages (not the seed) among the citations."""
    return {c.source for c in cited if c.source != "ascc-sectors"}


def official(cited: tuple[Citation, ...]) -> set[str]:
    """The ids of the official pages (ASEAN or Indonesian government) among the citations."""
    return {page for page in pages(cited) if source(page).kind in OFFICIAL}


def lines(cited: tuple[Citation, ...]) -> set[int]:
    """The seed's lines among the citations (records may cite outside pages too)."""
    assert "ascc-sectors" in {c.source for c in cited}
    return {c.line for c in cited if c.source == "ascc-sectors" and c.line is not None}


# -- sectors: names, focal points, reference URLs -------------------------------------

SECTIONS = {
    # sector id: (first line, last line, Indonesian heading as written)
    "information": (394, 496, "Kerja Sama Media dan Informasi ASEAN"),
    "foundation": (498, 520, "Yayasan ASEAN/ASEAN Foundation"),
    "civil-service": (522, 555, "Kerja Sama Pegawai Negeri ASEAN"),
    "labour": (557, 600, "Kerja Sama Ketenagakerjaan ASEAN"),
    "health": (602, 624, "Kerja Sama Kesehatan ASEAN"),
    "coordination": (626, 656, "Kerja Sama Masyarakat Sosial Budaya ASEAN"),
    "social-welfare": (658, 700, "Kerja Sama Pembangunan Kesejahteraan Sosial"),
    "rural-development": (
        702,
        736,
        "Kerja Sama Pembangunan Pedesaan dan Pengentasan Kemiskinan",
    ),
}


def test_the_eight_sections_follow_the_first_eight_in_source_order() -> None:
    assert ids(ascc_model.sectors())[8:] == list(SECTIONS)


@pytest.mark.parametrize("sector", list(SECTIONS))
def test_sector_heading_is_the_source_heading(sector: str) -> None:
    first, _last, heading = SECTIONS[sector]
    found = ascc_model.get_sector(sector)
    assert found.names.id == heading
    assert first in lines(found.sources)
    assert ascc_model.get_sector(heading) is found


@pytest.mark.parametrize(
    ("sector", "agencies", "line"),
    [
        ("information", ["Kementerian Komunikasi dan Informatika"], 496),
        ("civil-service", ["Badan Kepegawaian Negara"], 547),
        ("labour", ["Kementerian Ketenagakerjaan"], 592),
        ("health", ["Kementerian Kesehatan", "Badan Pengawas Obat dan Makanan"], 618),
        (
            "coordination",
            ["Kementerian Koordinator Bidang Pembangunan Manusia dan Kebudayaan"],
            656,
        ),
        ("social-welfare", ["Kementerian Sosial"], 692),
        (
            "rural-development",
            ["Kementerian Desa, Pembangunan Daerah Tertinggal, dan Transmigrasi"],
            730,
        ),
    ],
)
def test_focal_point_agencies_in_source_order(sector: str, agencies: list[str], line: int) -> None:
    point = ascc_model.focal_point_for(sector)
    assert [a.names.id for a in point] == agencies
    assert point.note is None
    assert str(point) == "; ".join(agencies)
    assert line in lines(ascc_model.get_sector(sector).focal_point.sources)
    for agency in point:
        assert agency.country == "IDN"
        assert line in lines(agency.sources)


def test_health_has_two_focal_points_the_ministry_then_bpom() -> None:
    first, second = ascc_model.focal_point_for("health")
    assert first.names.id == "Kementerian Kesehatan"
    assert first.acronym is None
    assert second.names.id == "Badan Pengawas Obat dan Makanan"
    assert second.acronym == "BPOM"
    assert ascc_model.get_agency("BPOM") == second


def test_coordination_focal_point_is_given_by_the_seed_only_as_kemenko_pmk() -> None:
    (agency,) = ascc_model.focal_point_for("coordination")
    assert agency.acronym == "Kemenko PMK"
    # The full name is the ministry's own page's; the seed gives only the abbreviation.
    assert agency.names.id == "Kementerian Koordinator Bidang Pembangunan Manusia dan Kebudayaan"
    assert "kemenkopmk-isu-prioritas-2022" in {c.source for c in agency.sources}
    assert ascc_model.get_agency("Kemenko PMK") is agency


def test_the_foundation_has_no_focal_point_and_says_so() -> None:
    point = ascc_model.focal_point_for("foundation")
    assert list(point) == []
    assert point.note == "The source names no national focal point for the ASEAN Foundation."
    assert str(point) == "The source names no national focal point for the ASEAN Foundation."


@pytest.mark.parametrize(
    ("sector", "url"),
    [
        ("information", None),
        ("foundation", "https://www.aseanfoundation.org/"),
        (
            "civil-service",
            "https://asean.org/our-communities/asean-socio-cultural-community/civil-service/",
        ),
        ("labour", "https://asean.org/our-communities/asean-socio-cultural-community/labour/"),
        ("health", "https://asean.org/our-communities/asean-socio-cultural-community/health/"),
        ("coordination", None),
        (
            "social-welfare",
            # sic: "walfare", and no closing slash (line 698)
            "https://asean.org/our-communities/asean-socio-cultural-community/social-walfare-and-development",
        ),
        (
            "rural-development",
            # sic: "eradiction" (line 736)
            "https://asean.org/our-communities/asean-socio-cultural-community/rural-development-and-poverty-eradiction/",
        ),
    ],
)
def test_reference_url_exactly_as_written(sector: str, url: str | None) -> None:
    assert ascc_model.get_sector(sector).reference_url == url


# -- bodies: names, sectors, citations ----------------------------------------------------

SECTOR_BODIES = {
    "information": {
        "amri",
        "amri-plus-3",
        "somri",
        "somri-plus-3",
        "somri-plus-japan",
        "somri-wg-adb",
        "somri-wg-imt",
        "somri-wg-cp",
        "coci",
        "acf",
        "sci",
    },
    "foundation": {"asean-foundation"},
    "civil-service": {"accsm"},
    "labour": {"almm", "slom", "slom-wg", "acmw", "asean-oshnet", "alicom"},
    "health": {"ahmm", "somhd", "asean-health-clusters"},
    "coordination": {"ascc-council", "soca", "soc-com"},
    "social-welfare": {
        "ammswd",
        "somswd",
        "somswd-plus-three",
        "ammswd-plus-three",
        "asean-go-ngo-forum",
        "aoswada",
        "aswc",
    },
    "rural-development": {"ammrdpe", "somrdpe", "somrdpe-plus-3"},
}


@pytest.mark.parametrize("sector", list(SECTOR_BODIES))
def test_bodies_of_each_sector(sector: str) -> None:
    assert set(ids(ascc_model.bodies(sector=sector))) == SECTOR_BODIES[sector]


@pytest.mark.parametrize("sector", list(SECTOR_BODIES))
def test_every_body_of_a_sector_cites_a_line_of_its_section(sector: str) -> None:
    first, last, _heading = SECTIONS[sector]
    for body in ascc_model.bodies(sector=sector):
        assert any(first <= line <= last for line in lines(body.sources)), body.id
        assert body.pillar == "ascc"


@pytest.mark.parametrize(
    ("key", "acronym", "name", "line"),
    [
        ("amri", "AMRI", "ASEAN Ministers Responsible for Information", 424),
        ("somri", "SOMRI", "Senior Officials\u2019 Meeting Responsible for Information", 436),
        ("somri-wg-adb", "SOMRI WG-ADB", "SOMRI Working Group on ASEAN Digital Broadcasting", 452),
        (
            "somri-wg-imt",
            "SOMRI WG-IMT",
            "SOMRI Working Group on Information, Media and Training",
            466,
        ),
        ("somri-wg-cp", "SOMRI WG-CP", "SOMRI Working Group on Content and Production", 472),
        ("coci", "COCI", "ASEAN Committee on Culture and Information", 486),
        ("sci", "SCI", "ASEAN Sub-Committee on Information", 490),
        ("accsm", "ACCSM", "ASEAN Cooperation on Civil Service Matters", 528),
        ("almm", "ALMM", "ASEAN Labour Ministers Meeting", 559),
        ("slom", "SLOM", "Senior Labour Officials Meeting", 559),
        (
            "slom-wg",
            "SLOM-WG",
            (
                "Senior Labour Officials Meeting Working Group on Progressive Labour Practices"
                " to Enhance the Competitiveness of ASEAN"
            ),
            569,
        ),
        (
            "acmw",
            "ACMW",
            (
                "ASEAN Committee on the Implementation of the ASEAN Declaration on the Protection"
                " and Promotion of the Rights of Migrant Workers"
            ),
            570,
        ),
        ("asean-oshnet", "ASEAN-OSHNET", "ASEAN Occupational Safety and Health Network", 571),
        ("alicom", "ALICOM", "ASEAN Labour Inspection Committee", 572),
        ("ahmm", "AHMM", "ASEAN Health Ministers\u2019 Meeting", 604),
        ("somhd", "SOMHD", "Senior Officials\u2019 Meeting on Health Development", 608),
        ("ascc-council", "ASCC Council", "ASEAN Socio Cultural Community Council", 652),
        ("soca", "SOCA", "Senior Officials Meeting on the ASCC", 652),
        ("soc-com", "SOC-COM", "Coordinating Conference on the ASCC", 652),
        (
            "ammswd",
            "AMMSWD",
            "ASEAN Ministerial Meeting on Social Welfare and Development",
            682,
        ),
        ("somswd", "SOMSWD", "Senior Officials Meeting on Social Welfare and Development", 683),
        (
            "asean-go-ngo-forum",
            None,
            "ASEAN Government-Non-Government (GO-NGO) Forum on Social Welfare and Development",
            686,
        ),
        ("aoswada", "AOSWADA", "ASEAN Outstanding Social Welfare and Development Awards", 687),
        ("aswc", "ASWC", "ASEAN Social Work Consortium", 688),
        (
            "ammrdpe",
            "AMMRDPE",
            "ASEAN Ministers Meeting on Rural Development and Poverty Eradication",
            708,
        ),
        (
            "somrdpe",
            "SOMRDPE",
            "Senior Officials Meeting on Rural Development and Poverty Eradication",
            712,
        ),
    ],
)
def test_body_name_and_acronym_as_written(
    key: str, acronym: str | None, name: str, line: int
) -> None:
    body = ascc_model.get_body(key)
    assert body.acronym == acronym
    assert body.names.en == name
    assert line in lines(body.sources)
    assert ascc_model.get_body(name) is body
    if acronym is not None:
        assert ascc_model.get_body(acronym) is body


@pytest.mark.parametrize(
    ("alias", "body"),
    [
        # line 349 (the ADRP's members), in the disaster-management section
        ("ASEAN Senior Officials\u2019 Meeting Responsible for Information", "somri"),
        ("ASEAN Senior Officials\u2019 Meeting on Health Development", "somhd"),
        ("ASEAN Senior Officials\u2019 Meeting on Social Welfare Development", "somswd"),
        # the source's own spellings of corrected names
        ("Senior Labor Officials Meeting", "slom"),
        ("asean senior officials' meeting on health development", "somhd"),
    ],
)
def test_the_sources_other_spellings_find_the_body(alias: str, body: str) -> None:
    assert ascc_model.get_body(alias).id == body


@pytest.mark.parametrize(
    ("body", "base", "partners"),
    [
        ("AMRI + 3", "amri", CJK),  # line 430
        ("SOMRI + 3", "somri", CJK),  # line 440
        ("SOMRI + Japan", "somri", ("Japan",)),  # line 442
        ("SOMSWD Plus Three", "somswd", CJK),  # line 684
        ("AMMSWD Plus Three", "ammswd", CJK),  # line 685
        ("SOMRDPE+3", "somrdpe", CJK),  # line 716: RRT, Jepang, dan Republik Korea
    ],
)
def test_plus_format_bodies(body: str, base: str, partners: tuple[str, ...]) -> None:
    found = ascc_model.get_body(body)
    assert found.base == base
    assert found.partners == partners


def test_foundation_and_its_charter_partners_are_outside_the_sectors() -> None:
    for key in (
        "asean-secretary-general",
        "asean-summit",
        "asean-coordinating-council",
        "asean-foreign-ministers-meeting",
    ):
        body = ascc_model.get_body(key)
        assert body.sectors == ()
        assert body.pillar is None
        assert lines(body.sources) <= set(range(498, 521))
    assert ascc_model.get_body("Yayasan ASEAN").id == "asean-foundation"
    assert ascc_model.get_body("Sekretaris Jenderal ASEAN").id == "asean-secretary-general"
    assert ascc_model.get_body("Dewan Koordinasi ASEAN").id == "asean-coordinating-council"


def test_coci_serves_culture_and_information_and_the_acf_funds_it() -> None:
    assert ascc_model.get_body("COCI").sectors == ("culture", "information")
    (funds,) = ascc_model.relations(kind="funds", object="COCI")
    assert funds.subject == "acf"
    assert 488 in lines(funds.sources)


# -- reporting lines -------------------------------------------------------------------

R = RelationKind


@pytest.mark.parametrize(
    ("subject", "kind", "obj", "line"),
    [
        ("sci", R.SUBSIDIARY_OF, "coci", 492),  # di bawah arahan dan persetujuan COCI
        ("somri-wg-adb", R.SUBSIDIARY_OF, "somri", 452),
        ("somri-wg-imt", R.SUBSIDIARY_OF, "somri", 466),
        ("somri-wg-cp", R.SUBSIDIARY_OF, "somri", 472),
        ("asean-foundation", R.SUPPORTS, "asean-secretary-general", 513),  # Article 15(1)
        ("asean-foundation", R.REPORTS_TO, "asean-secretary-general", 515),  # Article 15(2)
        ("asean-secretary-general", R.REPORTS_TO, "asean-summit", 515),
        ("slom", R.ASSISTS, "almm", 559),  # didukung oleh SLOM
        ("slom-wg", R.SUBSIDIARY_OF, "slom", 567),  # empat Badan Subsider
        ("acmw", R.SUBSIDIARY_OF, "slom", 567),
        ("asean-oshnet", R.SUBSIDIARY_OF, "slom", 567),
        ("alicom", R.SUBSIDIARY_OF, "slom", 567),
        ("asean-health-clusters", R.ASSISTS, "somhd", 608),
        ("soca", R.ASSISTS, "ascc-council", 652),  # didukung oleh SOCA
        ("somswd", R.REPORTS_TO, "ammswd", 672),  # mendukung dan melapor pada
        ("somrdpe", R.ASSISTS, "ammrdpe", 712),  # dibantu oleh
    ],
)
def test_relation_stated_by_the_source(
    subject: str, kind: RelationKind, obj: str, line: int
) -> None:
    (relation,) = ascc_model.relations(subject=subject, kind=kind, object=obj)
    assert line in lines(relation.sources)


def test_somswd_supports_and_reports_to_ammswd() -> None:
    (relation,) = ascc_model.relations(subject="SOMSWD", object="AMMSWD")
    assert relation.kind is RelationKind.REPORTS_TO
    assert relation.note == "supports and reports to"


def test_slom_has_its_four_subsidiary_bodies_in_source_order() -> None:
    assert ids(ascc_model.bodies_reporting_to("SLOM")) == [
        "slom-wg",
        "acmw",
        "asean-oshnet",
        "alicom",
    ]
    assert ids(ascc_model.bodies_reporting_to("ALMM", transitive=True)) == [
        "slom",
        "slom-wg",
        "acmw",
        "asean-oshnet",
        "alicom",
    ]


def test_somri_has_its_three_working_groups_and_coci_its_two_sub_committees() -> None:
    assert ids(ascc_model.bodies_reporting_to("SOMRI")) == [
        "somri-wg-adb",
        "somri-wg-imt",
        "somri-wg-cp",
    ]
    assert ids(ascc_model.bodies_reporting_to("COCI")) == ["scc", "sci"]


@pytest.mark.parametrize(
    ("body", "chain"),
    [
        ("SCI", ["coci"]),
        ("SOMRI WG-ADB", ["somri"]),
        ("ALICOM", ["slom", "almm"]),
        ("ACMW", ["slom", "almm"]),
        ("SOCA", ["ascc-council"]),
        ("SOMSWD", ["ammswd"]),
        ("SOMRDPE", ["ammrdpe"]),
        ("ASEAN Foundation", ["asean-secretary-general", "asean-summit"]),
    ],
)
def test_reporting_chain(body: str, chain: list[str]) -> None:
    assert ids(ascc_model.reporting_chain(body)) == chain


@pytest.mark.parametrize(
    "body",
    ["SOMRI", "SOMRI + 3", "SOMRI + Japan", "SOMHD", "SOMSWD Plus Three", "SOMRDPE+3"],
)
def test_senior_officials_without_a_named_parent_say_so(body: str) -> None:
    found = ascc_model.get_body(body)
    assert ascc_model.reporting_chain(found) == ()
    assert found.reporting_note is not None
    assert "does not" in found.reporting_note


def test_somri_is_not_tied_to_amri_because_the_source_does_not_tie_it() -> None:
    # Line 416: the ASEAN leaders identify priorities through SOMRI; AMRI is not named there.
    assert ascc_model.relations(subject="SOMRI", object="AMRI") == ()
    note = ascc_model.get_body("SOMRI").reporting_note
    assert note is not None
    assert "AMRI" in note


@pytest.mark.parametrize(
    "body",
    ["AMRI", "ACCSM", "ALMM", "AHMM", "ASCC Council", "SOC-COM", "AMMSWD", "AMMRDPE"],
)
def test_top_bodies_report_to_no_one(body: str) -> None:
    assert ascc_model.reporting_chain(body) == ()


# -- meeting rhythms and founding dates ----------------------------------------------------


@pytest.mark.parametrize(
    ("body", "period", "words", "line"),
    [
        ("ALMM", "P2Y", "every two years", 559),  # setiap dua tahun sekali
        ("SLOM", "P1Y", "every year", 559),  # setiap tahun
        ("AHMM", "P2Y", "every two years", 604),
        ("SOMHD", "P1Y", "every year", 608),
        ("SOMSWD", "P1Y", "every year", 672),  # setiap satu tahun sekali
        ("AMMSWD", "P3Y", "every three years", 672),  # setiap tiga tahun sekali
        ("AMMRDPE", "P2Y", "every two years", 708),
        ("SOMRDPE", "P1Y", "every year", 712),
    ],
)
def test_meeting_rhythm(body: str, period: str, words: str, line: int) -> None:
    found = ascc_model.get_body(body)
    assert found.meets == Frequency(period)
    assert str(found.meets) == words
    assert line in lines(found.sources)


@pytest.mark.parametrize("body", ["AMRI", "SOMRI", "SCI", "ACCSM", "ACMW", "ALICOM", "SOCA"])
def test_no_rhythm_where_no_source_gives_one(body: str) -> None:
    assert ascc_model.get_body(body).meets is None


@pytest.mark.parametrize(
    ("body", "meets", "page"),
    [
        # "The ASCC Council meets twice a year" (the ARISE Plus overview of the pillar)
        ("ASCC Council", Frequency("P6M", note="twice a year"), "ariseplus-ascc-overview"),
        # "held at least twice annually" (asean.org's page on the Council)
        (
            "ASEAN Coordinating Council",
            Frequency("P6M", at_least=True, note="at least twice a year"),
            "asean-org-asean-coordinating-council",
        ),
    ],
)
def test_councils_meet_twice_a_year_as_official_pages_say(
    body: str, meets: Frequency, page: str
) -> None:
    found = ascc_model.get_body(body)
    assert found.meets == meets
    assert page in official(found.sources)


@pytest.mark.parametrize(
    ("body", "established", "line"),
    [
        ("AHMM", "1980", 604),  # dibentuk tahun 1980
        ("ALICOM", "2021", 588),  # baru dibentuk pada 2021
        # the seed's "1988" is corrected (erratum-ammrdpe-founding-year)
        ("AMMRDPE", "1997-10", 708),
        # 1997 (line 500); the day is the Foundation's own page's
        ("ASEAN Foundation", "1997-12-15", 500),
    ],
)
def test_founding_date(body: str, established: str, line: int) -> None:
    found = ascc_model.get_body(body)
    assert found.established == PartialDate.parse(established)
    assert line in lines(found.sources)


@pytest.mark.parametrize(
    ("body", "established", "page"),
    [
        ("ACCSM", "1981", "asean-org-accsm-overview"),
        ("SLOM-WG", "2006", "asean-org-almm-overview"),
        ("ASEAN Coordinating Council", "2008", "asean-org-asean-coordinating-council"),
    ],
)
def test_founding_dates_the_seed_does_not_give_come_from_official_pages(
    body: str, established: str, page: str
) -> None:
    found = ascc_model.get_body(body)
    assert found.established == PartialDate.parse(established)
    assert page in official(found.sources)


@pytest.mark.parametrize("body", ["AMRI", "SOMRI", "ALMM", "SLOM", "SOMHD", "AMMSWD", "SOMRDPE"])
def test_no_founding_date_where_the_source_gives_none(body: str) -> None:
    assert ascc_model.get_body(body).established is None


def test_the_first_almm_april_1975_jakarta() -> None:
    first = event("first-almm")
    assert first.kind is EventKind.FIRST_MEETING
    assert (first.date, first.place, first.number) == (
        PartialDate(1975, 4),
        "Jakarta, Indonesia",
        1,
    )
    assert first.bodies == ("almm",)
    assert first.names.id == "ALMM pertama"  # line 563
    assert 563 in lines(first.sources)
    assert "asean-org-almm-overview" in official(first.sources)
    assert ascc_model.get_body("ALMM").established is None  # a first meeting, not a founding


def test_somrdpe_partners_are_in_the_field() -> None:
    # Line 716: "Uni Eropa, UNDP, World Bank, ADB, AsiaDHRRA, FAO, WFP and IFAD"; the
    # dialogue partners China, Japan and the Republic of Korea are SOMRDPE+3's.
    somrdpe = ascc_model.get_body("SOMRDPE")
    assert somrdpe.partners == (
        "European Union",
        "UNDP",
        "World Bank",
        "ADB",
        "AsiaDHRRA",
        "FAO",
        "WFP",
        "IFAD",
    )
    assert somrdpe.base is None
    assert 716 in lines(somrdpe.sources)
    assert ascc_model.get_body("SOMRDPE+3").partners == CJK


# -- plans ----------------------------------------------------------------------------


def item_ids(plan: str) -> list[str | None]:
    return [item.id for item in ascc_model.get_plan(plan).items]


def test_information_strategic_plan_five_priorities() -> None:
    plan = ascc_model.get_plan("Strategic Plan for Information and Media 2016-2025")
    assert plan.period == Period(2016, 2025)
    assert plan.holders == ("information",)
    assert item_ids(plan.id) == [
        "Mempromosikan akses informasi yang terkait dengan ASEAN",
        "Mempromosikan identitas dan komunitas regional",
        "Memanfaatkan penggunaan teknologi informasi dan komunikasi untuk menjangkau khalayak luas",
        "Mengembangkan konten multimedia yang terkait dengan ASEAN",
        (
            "Meminimalisir dampak negatif dari misinformasi dan berita palsu di era digital"
            " sekaligus memperoleh manfaat dari kemajuan teknologi"
        ),
    ]
    assert lines(plan.sources) >= set(range(402, 407))


ACCSM_AREAS = [
    "Meningkatkan kompetensi dan standar tenaga kerja di sektor publik",
    "Membangun kapasitas kelembagaan",
    "Kepemimpinan transformatif",
    "Memperkuat Pusat Sumber Daya ASEAN",
    "Reformasi dan modernisasi sektor publik",
]


def test_accsm_2016_2020_work_plan_five_priority_areas() -> None:
    plan = ascc_model.get_plan("accsm-work-plan-2016-2020")
    assert plan.period == Period(2016, 2020)
    assert plan.holders == ("accsm",)
    assert plan.item_count == 5  # lima bidang prioritas (line 528)
    assert item_ids(plan.id) == ACCSM_AREAS
    assert lines(plan.sources) >= {528, *range(530, 535)}


def test_accsm_2021_2025_work_plan_retains_the_five_areas() -> None:
    plan = ascc_model.get_plan("Rencana Kerja ACCSM 2021-2025")
    assert plan.period == Period(2021, 2025)
    assert plan.retains == "accsm-work-plan-2016-2020"
    assert item_ids(plan.retains) == ACCSM_AREAS
    assert plan.item_count == 5  # semua Lima Area Prioritas (line 539)
    assert plan.items == ()
    assert plan.items_note is not None
    assert plan.description is not None
    assert "digitalisation" in plan.description
    assert lines(plan.sources) == {537, 539}


def test_aphda_announces_four_work_programmes_and_lists_none() -> None:
    plan = ascc_model.get_plan("APHDA")
    assert plan.title.en == "ASEAN Post-2015 Health Development Agenda"
    assert plan.item_count == 4  # 4 (empat) Work Programmes (line 612)
    assert plan.items == ()
    assert plan.items_note is not None
    assert "lists none" in plan.items_note
    assert plan.period is None
    assert plan.holders == ("asean-health-clusters",)


def test_rural_development_five_priority_areas() -> None:
    plan = ascc_model.get_plan("rural-development-priority-areas")
    assert plan.title == Names(en="Priority Areas", id="Area Prioritas", translated="en")
    assert plan.holders == ("rural-development",)
    assert item_ids(plan.id) == [
        "Mempercepat pertumbuhan ekonomi",
        "Memastikan akses pendidikan, kesehatan dan sosial",
        "Menciptakan komunitas tahan bencana dan tanggap perubahan iklim",
        "Membangun tata kelola pemerintahan yang baik",
        "Menciptakan sebuah lingkungan yang inklusif",
    ]
    assert lines(plan.sources) >= set(range(722, 727))


def test_somswd_work_plan_title_as_written() -> None:
    plan = ascc_model.get_plan("somswd-work-plan-2021-2025")
    assert plan.title.en == "SOMSWD Work Plan 2021 - 2025"
    assert plan.period == Period(2021, 2025)
    assert plan.holders == ("somswd",)
    assert lines(plan.sources) == {676}


def test_ascc_blueprint_2025_and_its_five_characteristics() -> None:
    plan = ascc_model.get_plan("ASCC Blueprint 2025")
    assert plan.title.id == "Cetak Biru Masyarakat Sosial Budaya ASEAN 2025"
    # 2015 (line 267); the day is the ARISE Plus overview's: the 27th ASEAN Summit
    assert plan.adopted == PartialDate(2015, 11, 22)
    assert plan.period is None
    assert item_ids(plan.id) == [
        "Mengikutsertakan dan Bermanfaat bagi Masyarakat",
        "Inklusif",
        "Berkelanjutan",
        "Berdaya Tahan",
        "Dinamis",
    ]
    assert 648 in lines(plan.sources)


@pytest.mark.parametrize(
    ("plan", "period", "adopted"),
    [
        # 1998 (line 509); the period is corrected (erratum), the day is asean.or.id's
        ("hanoi-plan-of-action", Period(1999, 2004), PartialDate(1998, 12, 15)),
        ("vientiane-action-programme", Period(2004, 2010), PartialDate(2004, 11)),
    ],
)
def test_foundation_action_plans(plan: str, period: Period, adopted: PartialDate) -> None:
    found = ascc_model.get_plan(plan)
    assert found.period == period
    assert found.adopted == adopted
    assert found.holders == ("asean-summit",)


@pytest.mark.parametrize(
    ("sector", "in_force"),
    [
        ("information", ["information-media-strategic-plan-2016-2025"]),
        ("foundation", []),
        ("civil-service", ["accsm-work-plan-2021-2025"]),
        ("labour", []),
        ("health", []),
        ("coordination", []),
        ("social-welfare", ["somswd-work-plan-2021-2025"]),
        ("rural-development", []),
    ],
)
def test_plans_in_force_in_2023(sector: str, in_force: list[str]) -> None:
    assert ids(ascc_model.plans(holder=sector, year=2023)) == in_force


def test_accsm_plans_in_force_by_year() -> None:
    assert ids(ascc_model.plans(holder="ACCSM", year=2018)) == ["accsm-work-plan-2016-2020"]
    assert ids(ascc_model.plans(holder="ACCSM", year=2021)) == ["accsm-work-plan-2021-2025"]
    assert ids(ascc_model.plans(holder="ACCSM", year=2026)) == []


# -- instruments and figures ------------------------------------------------------------


def test_foundation_mou_signed_15_december_1997_in_kuala_lumpur() -> None:
    mou = instrument("asean-foundation-mou")
    assert mou.names.en == (
        "Memorandum of Understanding on the Establishment of the ASEAN Foundation"
    )
    assert mou.names.id == "MoU tentang Pendirian Yayasan ASEAN"
    assert mou.signed == PartialDate(1997, 12, 15)
    assert mou.place == "Kuala Lumpur, Malaysia"  # the source's "Selangor": see the erratum
    assert mou.sectors == ("foundation",)
    assert lines(mou.sources) == {500}


def test_asean_charter_signed_20_november_2007() -> None:
    charter = instrument("asean-charter")
    assert charter.signed == PartialDate(2007, 11, 20)
    assert 511 in lines(charter.sources)
    description = ascc_model.get_body("asean-foundation").description
    assert description is not None
    assert "Article 15" in description
    assert "20 November 2007" in description
    assert "27 November" not in description


@pytest.mark.parametrize(
    ("ident", "en", "id_", "signed", "page"),
    [
        (
            "cebu-declaration",
            "ASEAN Declaration on the Protection and Promotion of the Rights of Migrant Workers",
            "Deklarasi Cebu",
            PartialDate(2007, 1, 13),
            "asean-org-almm",
        ),
        (
            "asean-consensus",
            "ASEAN Consensus on the Protection and Promotion of the Rights of Migrant Workers",
            "ASEAN Konsensus",
            PartialDate(2017, 11, 14),
            "rappler-asean-consensus-2017",
        ),
    ],
)
def test_labour_instruments_named_by_the_acmw(
    ident: str, en: str, id_: str, signed: PartialDate, page: str
) -> None:
    # Line 580 names them "Deklarasi Cebu" and "ASEAN Konsensus"; the English titles and
    # the dates are the pages'.
    found = instrument(ident)
    assert found.names == Names(en=en, id=id_)
    assert found.signed == signed
    assert found.sectors == ("labour",)
    assert lines(found.sources) == {580}
    assert page in pages(found.sources)


def test_the_cebu_declaration_was_signed_in_cebu() -> None:
    assert instrument("cebu-declaration").place == "Cebu, Philippines"
    assert instrument("asean-consensus").place is None  # no page found says where


def test_seventy_percent_of_aseans_population_live_in_villages() -> None:
    found = figure("asean-population-in-villages")
    assert found.value == 70
    assert found.unit == "percent"
    assert found.sector == "rural-development"
    assert found.year is None
    assert found.approximate is False
    assert lines(found.sources) == {704}


# -- errata ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("ident", "slip", "correction", "records"),
    [
        (
            "erratum-somri-composition",
            "pejabat i dan/atau Lembaga",
            "pejabat Kementerian dan/atau Lembaga",
            ("somri",),
        ),
        (
            "erratum-foundation-ministers-meeting-number",
            "pertemuan ke-31 di Subang Jaya, Malaysia, 24-25 Juli 1997",
            (
                "pertemuan ke-30 di Subang Jaya, Malaysia, 24-25 Juli 1997"
                " (the 30th ASEAN Ministerial Meeting)"
            ),
            ("asean-foreign-ministers-meeting", "amm-30"),
        ),
        (
            "erratum-foundation-mou-place",
            "KTT Informal II ASEAN di Selangor, Malaysia",
            "KTT Informal II ASEAN di Kuala Lumpur, Malaysia",
            ("asean-foundation-mou", "signing-asean-foundation-mou"),
        ),
        (
            "erratum-hanoi-plan-of-action-period",
            "Hanoi Plan of Action (1998-2004)",
            "Hanoi Plan of Action (1999-2004)",
            ("hanoi-plan-of-action",),
        ),
        (
            "erratum-asean-charter-date",
            "Piagam ASEAN yang ditandatangani para pemimpin ASEAN pada tanggal 27 November 2007",
            "Piagam ASEAN yang ditandatangani para pemimpin ASEAN pada tanggal 20 November 2007",
            ("asean-charter", "asean-foundation", "signing-asean-charter"),
        ),
        (
            "erratum-slom-name-spelling",
            "Senior Labor Officials Meeting (SLOM)",
            "Senior Labour Officials Meeting (SLOM)",
            ("slom",),
        ),
        (
            "erratum-alicom-name",
            "ASEAN Labour Inspection Committe (ALICOM)",
            "ASEAN Labour Inspection Committee (ALICOM)",
            ("alicom",),
        ),
        (
            "erratum-health-work-programmes-not-listed",
            (
                "Berdasarkan APHDA, ASEAN Health Clusters memiliki 4 (empat) Work Programmes"
                " terdiri dari:"
            ),
            (
                "The four work programmes are announced but not listed; the data records the count"
                " (4) and no items."
            ),
            ("aphda",),
        ),
        (
            "erratum-ascc-council-name",
            "ASEAN Socio Cultural Commmunity (ASCC) Council",
            "ASEAN Socio Cultural Community (ASCC) Council",
            ("ascc-council",),
        ),
        (
            "erratum-somswd-name-adrp",
            "ASEAN Senior Officials\u2019 Meeting on Social Welfare Development (SOMSWD)",
            "Senior Officials Meeting on Social Welfare and Development (SOMSWD)",
            ("somswd",),
        ),
        (
            "erratum-ammrdpe-founding-year",
            "didirikan sejak tahun 1988",
            (
                "didirikan sejak tahun 1997 (the ministers' inaugural meeting, Subang Jaya,"
                " 23 October 1997)"
            ),
            ("ammrdpe",),
        ),
        (
            "erratum-almm-sentence",
            (
                "dipimpin oleh ASEAN Labour Ministers Meeting (ALMM) bertemu setiap dua tahun"
                " sekali dan didukung oleh Senior Labor Officials Meeting (SLOM)"
            ),
            (
                "dipimpin oleh ASEAN Labour Ministers Meeting (ALMM) yang bertemu setiap dua"
                " tahun sekali dan didukung oleh Senior Labor Officials Meeting (SLOM)"
            ),
            ("slom", "almm"),
        ),
        (
            "erratum-civil-service-bodies-not-listed",
            "Badan Sektor/Komite terkait",
            (
                "The heading announces the sector's bodies and committees but lists none; the"
                " data records ACCSM, which the section names only in the titles of its work"
                " plans."
            ),
            ("civil-service", "accsm"),
        ),
        (
            "erratum-civil-service-memberikan-berkontribusi",
            "memberikan berkontribusi",
            "memberikan kontribusi",
            ("civil-service",),
        ),
        (
            "erratum-rural-development-pada-pada",
            "perhatian besar pada pada isu",
            "perhatian besar pada isu",
            ("rural-development",),
        ),
    ],
)
def test_erratum(ident: str, slip: str, correction: str, records: tuple[str, ...]) -> None:
    found = erratum(ident)
    assert found.slip == slip
    assert found.correction == correction
    assert found.records == records
    assert found.explanation


@pytest.mark.parametrize(
    ("ident", "evidence", "corrected_by"),
    [
        (
            "erratum-foundation-ministers-meeting-number",
            "closing statement",
            ["asean-org-amm-30-closing-statement", "asean-or-id-asean-in-1999"],
        ),
        (
            "erratum-foundation-mou-place",
            "Hanoi Plan of Action's introduction",
            [
                "asean-org-foundation-1997",
                "asean-or-id-hanoi-plan-of-action",
                "aseanfoundation-who-we-are",
            ],
        ),
        (
            "erratum-hanoi-plan-of-action-period",
            "Hanoi Plan of Action's own introduction",
            ["asean-or-id-hanoi-plan-of-action", "asean-or-id-socially-cohesive-asean"],
        ),
        ("erratum-asean-charter-date", "Antara reports", ["antara-piagam-asean-2008"]),
        (
            "erratum-ammrdpe-founding-year",
            "inaugural meeting",
            [
                "asean-or-id-amrdpe-inaugural-communique",
                "asean-or-id-socially-cohesive-asean",
                "asean-org-amrdpe-overview",
                "asean-or-id-amrdpe-informal-1998",
            ],
        ),
    ],
)
def test_corrections_from_outside_the_source_say_so_and_cite_their_evidence(
    ident: str, evidence: str, corrected_by: list[str]
) -> None:
    found = erratum(ident)
    assert found.explanation.startswith("Corrected from outside the source")
    assert evidence in found.explanation
    assert [c.source for c in found.corrected_by] == corrected_by
    assert all(c.section for c in found.corrected_by)


@pytest.mark.parametrize(
    ("ident", "corrected_by"),
    [
        ("erratum-slom-name-spelling", ["asean-org-almm-overview"]),
        ("erratum-almm-sentence", ["asean-org-almm-overview"]),
        ("erratum-somswd-name-adrp", ["asean-org-swd-sectoral-bodies"]),
        ("erratum-alicom-name", []),
        ("erratum-somri-composition", []),
        ("erratum-ascc-council-name", []),
        ("erratum-health-work-programmes-not-listed", []),
    ],
)
def test_inside_corrections_cite_the_official_page_that_confirms_them(
    ident: str, corrected_by: list[str]
) -> None:
    found = erratum(ident)
    assert not found.explanation.startswith("Corrected from outside the source")
    assert [c.source for c in found.corrected_by] == corrected_by


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("ALICOM", "ASEAN Labour Inspection Committee"),
        ("ASCC Council", "ASEAN Socio Cultural Community Council"),
        ("SLOM", "Senior Labour Officials Meeting"),
        ("SOMSWD", "Senior Officials Meeting on Social Welfare and Development"),
    ],
)
def test_corrected_names_are_what_the_data_holds(body: str, name: str) -> None:
    assert ascc_model.get_body(body).names.en == name


def test_the_30th_meeting_is_what_the_data_holds() -> None:
    meeting = event("amm-30")
    assert meeting.names.en == "30th ASEAN Ministerial Meeting"
    assert meeting.number == 30  # the seed's "ke-31": see the erratum
    assert meeting.date == PartialDate(1997, 7, 24)  # 24-25 Juli 1997 (line 500)
    assert meeting.place == "Subang Jaya, Malaysia"  # the seed's
    assert meeting.bodies == ("asean-foreign-ministers-meeting",)
    assert meeting.records == ("asean-foundation",)
    assert lines(meeting.sources) == {500}
    assert "asean-org-amm-30-closing-statement" in official(meeting.sources)
    description = ascc_model.get_body("asean-foreign-ministers-meeting").description
    assert description is not None
    assert "30th" in description
    assert "31st" not in description


def test_somri_composition_reads_ministries_and_or_agencies() -> None:
    composition = ascc_model.get_body("SOMRI").composition
    assert composition is not None
    assert "ministries and/or agencies" in composition


# -- official pages: which records cite which ----------------------------------------------


@pytest.mark.parametrize(
    ("sector", "official_pages"),
    [
        ("information", {"ariseplus-information-media"}),
        ("foundation", {"aseanfoundation-about", "aseanfoundation-who-we-are"}),
        ("civil-service", {"asean-org-civil-service-priority-areas"}),
        ("labour", {"asean-org-almm-overview"}),
        ("health", {"asean-org-ahmm-overview"}),
        ("coordination", {"ariseplus-ascc-overview"}),
        ("social-welfare", {"ariseplus-social-welfare", "asean-org-swd-sectoral-bodies"}),
        ("rural-development", {"asean-org-amrdpe-overview", "ariseplus-rural-development"}),
    ],
)
def test_every_sector_cites_an_official_page(sector: str, official_pages: set[str]) -> None:
    assert official(ascc_model.get_sector(sector).sources) == official_pages


BODIES_ON_OFFICIAL_PAGES = {
    # body: an official page that names it
    "amri": "asean-org-amri-10-statement",
    "amri-plus-3": "apt-amri-plus-3-1-statement",
    "somri": "asean-org-amri",
    "somri-plus-3": "apt-somri-plus-3-1",
    "somri-wg-adb": "asean-org-amri",
    "somri-wg-imt": "asean-org-amri",
    "somri-wg-cp": "asean-org-amri",
    "asean-foundation": "aseanfoundation-about",
    "asean-foreign-ministers-meeting": "asean-org-amm-30-closing-statement",
    "asean-summit": "asean-or-id-hanoi-plan-of-action",
    "asean-secretary-general": "asean-org-sg-almm-28",
    "asean-coordinating-council": "asean-org-asean-coordinating-council",
    "accsm": "bkn-accsm-brief-description",
    "almm": "asean-org-almm-overview",
    "slom": "asean-org-almm-overview",
    "slom-wg": "asean-org-almm-overview",
    "acmw": "asean-org-almm",
    "ahmm": "asean-org-ahmm-7-statement",
    "somhd": "apt-somhd-plus-three",
    "asean-health-clusters": "kemkes-health-cluster-1-2017",
    "ascc-council": "ariseplus-ascc-overview",
    "soca": "asean-org-ascc-monitoring",
    "soc-com": "kemenkopmk-soc-com-21",
    "ammswd": "asean-org-swd-sectoral-bodies",
    "somswd": "asean-org-swd-sectoral-bodies",
    "aswc": "asean-org-aswc-manila-statement",
    "ammrdpe": "asean-org-amrdpe-7-statement",
    "somrdpe": "asean-org-amrdpe-7-statement",
    "somrdpe-plus-3": "asean-org-amrdpe-7-statement",
}


@pytest.mark.parametrize(("body", "page"), sorted(BODIES_ON_OFFICIAL_PAGES.items()))
def test_body_cites_an_official_page(body: str, page: str) -> None:
    assert page in official(ascc_model.get_body(body).sources)


def test_which_bodies_of_these_sections_no_official_page_names() -> None:
    # The bodies these sections define (COCI and the ACF are the culture section's).
    defined = {b.id for sector in SECTOR_BODIES for b in ascc_model.bodies(sector=sector)} | {
        "asean-foreign-ministers-meeting",
        "asean-summit",
        "asean-secretary-general",
        "asean-coordinating-council",
    }
    defined -= {"coci", "acf"}
    unofficial = {b for b in defined if not official(ascc_model.get_body(b).sources)}
    assert unofficial == {
        "somri-plus-japan",  # a news report only
        "sci",  # news reports only
        "asean-oshnet",  # a news report only
        "alicom",
        "somswd-plus-three",  # a news report only
        "ammswd-plus-three",  # a news report only
        "asean-go-ngo-forum",  # news reports only
        "aoswada",
    }
    assert defined - unofficial == set(BODIES_ON_OFFICIAL_PAGES)


@pytest.mark.parametrize(
    ("relation", "page"),
    [
        (("slom", "almm"), "asean-org-almm-overview"),  # "is supported by the SLOM"
        (("slom-wg", "slom"), "asean-org-almm-overview"),  # "a permanent body under SLOM"
        (("somswd", "ammswd"), "asean-org-swd-sectoral-bodies"),  # "supports and reports to"
        (("soca", "ascc-council"), "ariseplus-ascc-overview"),  # "supported by ... SOCA"
    ],
)
def test_stated_lines_cite_the_official_page_that_states_them_too(
    relation: tuple[str, str], page: str
) -> None:
    subject, obj = relation
    (line,) = ascc_model.relations(subject=subject, object=obj)
    assert line.stated
    assert line.verb is not None
    assert page in official(line.sources)


def test_somri_working_groups_stay_inferred_though_the_amri_page_names_them() -> None:
    for wg in ("somri-wg-adb", "somri-wg-imt", "somri-wg-cp"):
        (line,) = ascc_model.relations(subject=wg, object="somri")
        assert not line.stated
        assert line.inferred is not None
        assert "no source states the line" in line.inferred
        assert "asean-org-amri" in pages(line.sources)
    assert ascc_model.registry().bodies_reporting_to("SOMRI", stated_only=True) == ()


@pytest.mark.parametrize(
    ("sector", "page", "kind"),
    [
        ("civil-service", "bkn-accsm-dua-mandat", SourceKind.INDONESIAN_GOVERNMENT),
        ("coordination", "kemenkopmk-isu-prioritas-2022", SourceKind.INDONESIAN_GOVERNMENT),
        ("coordination", "kemenkopmk-soca-33", SourceKind.INDONESIAN_GOVERNMENT),
        ("social-welfare", "suara-ammswd-10-2019", SourceKind.NEWS),
        ("rural-development", "jpnn-jejaring-desa-asean-2023", SourceKind.NEWS),
    ],
)
def test_focal_points_corroborated_by_a_page(sector: str, page: str, kind: SourceKind) -> None:
    point = ascc_model.get_sector(sector).focal_point
    assert page in pages(point.sources)
    assert source(page).kind is kind


@pytest.mark.parametrize(
    ("ident", "kind", "publisher", "language", "url"),
    [
        (
            "asean-org-almm-overview",
            SourceKind.OFFICIAL_ASEAN,
            "ASEAN Secretariat",
            "en",
            "https://asean.org/asean-socio-cultural/asean-labour-ministers-meeting-almm/overview/",
        ),
        (
            "asean-or-id-hanoi-plan-of-action",
            SourceKind.OFFICIAL_ASEAN,
            "ASEAN Secretariat",
            "en",
            "http://asean.or.id/summit/6th/prg_hpoa.htm",
        ),
        (
            "aseanfoundation-about",
            SourceKind.OFFICIAL_ASEAN,
            "ASEAN Foundation",
            "en",
            "http://oldweb.aseanfoundation.org/who-we-are/about-asean-foundation",
        ),
        (
            "bkn-accsm-brief-description",
            SourceKind.INDONESIAN_GOVERNMENT,
            "Badan Kepegawaian Negara",
            "en",
            "http://accsm-indonesia.bkn.go.id/en/deskripsi.php",
        ),
        (
            "setnasasean-somrdpe-15-2018",
            SourceKind.INDONESIAN_GOVERNMENT,
            "Direktorat Kerja Sama Sosial Budaya ASEAN, Kementerian Luar Negeri",
            "id",
            "https://setnasasean.id/siaran-pers/read/asean-perkuat-komitmen-majukan-upaya-pembangunan-desa-dan-pengentasan-kemiskinan",
        ),
        (
            "antara-piagam-asean-2008",
            SourceKind.NEWS,
            "Antara",
            "id",
            "https://otomotif.antaranews.com/berita/93984/para-menlu-diskusikan-pelaksanaan-piagam-asean",
        ),
    ],
)
def test_page_sources_are_described(
    ident: str, kind: SourceKind, publisher: str, language: str, url: str
) -> None:
    page = source(ident)
    assert (page.kind, page.publisher, page.language, page.url) == (kind, publisher, language, url)


def test_pages_outside_the_listed_domains_say_why_they_count() -> None:
    note = source("setnasasean-somrdpe-15-2018").note
    assert note is not None
    assert "Indonesian government site outside" in note
    for ident in (
        "asean-or-id-hanoi-plan-of-action",
        "asean-or-id-mou-foundation",
        "asean-or-id-socially-cohesive-asean",
        "asean-or-id-asean-in-1999",
        "asean-or-id-amrdpe-informal-1998",
    ):
        note = source(ident).note
        assert note is not None
        assert "the ASEAN Secretariat's former domain" in note, ident


def test_every_page_these_files_cite_is_a_declared_source() -> None:
    records = [
        *(ascc_model.get_sector(s) for s in SECTIONS),
        *(b for s in SECTIONS for b in ascc_model.bodies(sector=s)),
    ]
    for record in records:
        for page in pages(record.sources):
            assert source(page).url is not None, (record.id, page)


# -- translations marked on the record -----------------------------------------------


@pytest.mark.parametrize(
    ("sector", "translated"),
    [
        ("information", "en"),
        ("foundation", None),  # the heading itself is "Yayasan ASEAN/ASEAN Foundation"
        ("civil-service", "en"),
        ("labour", "en"),
        ("health", None),  # "the ASEAN Health Cooperation" (asean-org-ahmm-overview)
        ("coordination", "en"),
        ("social-welfare", "en"),
        ("rural-development", "en"),
    ],
)
def test_sector_english_names_are_marked_where_they_are_ours(
    sector: str, translated: str | None
) -> None:
    assert ascc_model.get_sector(sector).names.translated == translated


def test_no_body_name_of_these_sections_is_our_translation() -> None:
    # The seed writes these names in English, or an official page does (the ASEAN
    # Foreign Ministers, the Secretary-General of ASEAN, the ASEAN Coordinating Council).
    for sector in SECTIONS:
        for body in ascc_model.bodies(sector=sector):
            assert body.names.translated is None, body.id
    for key in (
        "asean-foreign-ministers-meeting",
        "asean-secretary-general",
        "asean-coordinating-council",
    ):
        assert ascc_model.get_body(key).names.translated is None


def test_information_plan_english_is_the_pages_except_the_fifth() -> None:
    items = ascc_model.get_plan("information-media-strategic-plan-2016-2025").items
    assert [i.en for i in items[:4]] == [
        "promoting access to information about ASEAN",
        "promote a sense of regional identity and community",
        "harness the use of information and communication technologies to reach wider audiences",
        "develop ASEAN-relevant multi-media content",
    ]
    assert [i.translated for i in items] == [None, None, None, None, "en"]


def test_accsm_priority_areas_in_the_official_english() -> None:
    plan = ascc_model.get_plan("accsm-work-plan-2016-2020")
    assert [i.en for i in plan.items] == [
        "Enhancing workforce competencies and standards in the public sectors",
        "Building institutional capacities",
        "Transformative leadership",
        "Strengthening ASEAN Resource Centres",
        "Public sector reform and modernisation",
    ]
    assert {i.translated for i in plan.items} == {None}
    assert plan.title.translated is None
    assert "asean-org-civil-service-priority-areas" in official(plan.sources)


def test_rural_priority_areas_are_our_translation() -> None:
    plan = ascc_model.get_plan("rural-development-priority-areas")
    assert {i.translated for i in plan.items} == {"en"}
    assert pages(plan.sources) == set()


CHARACTERISTICS = [
    # the ASEAN Secretariat's English (asean-org-ascc-monitoring), the seed's Indonesian
    ("Engages and Benefits the People", "Mengikutsertakan dan Bermanfaat bagi Masyarakat"),
    ("Inclusive", "Inklusif"),
    ("Sustainable", "Berkelanjutan"),
    ("Resilient", "Berdaya Tahan"),
    ("Dynamic", "Dinamis"),
]


def test_the_pillars_characteristics_in_official_english() -> None:
    pillar = ascc_model.registry().pillar
    assert pillar is not None
    assert [(c.en, c.id, c.translated) for c in pillar.characteristics] == [
        (en, id_, None) for en, id_ in CHARACTERISTICS
    ]
    assert "asean-org-ascc-monitoring" in official(pillar.sources)
    # the characteristics stand on lines 9-13; 267 and 648 restate them
    assert lines(pillar.sources) >= {1, 3, 7, 9, 10, 11, 12, 13, 267, 628, 648, 652}
    blueprint = ascc_model.get_plan("ascc-blueprint-2025")
    assert [(i.en, i.id, i.translated) for i in blueprint.items] == [
        (en, id_, None) for en, id_ in CHARACTERISTICS
    ]


@pytest.mark.parametrize(
    ("ident", "translated"),
    [
        ("first-almm", "en"),  # "ALMM pertama" (line 563)
        ("amm-30", None),  # "this 30th ASEAN Ministerial Meeting" (the closing statement)
        ("amri-10", None),
        ("somri-plus-3-1", None),
        ("signing-asean-foundation-mou", "en"),
        ("adoption-vientiane-action-programme", "en"),
        ("signing-asean-charter", "en"),
        ("adoption-ascc-blueprint-2025", "en"),
        ("ahmm-13", "en"),  # its only page is Indonesian (kemkes-ahmm-13)
    ],
)
def test_event_names_we_wrote_are_marked(ident: str, translated: str | None) -> None:
    assert event(ident).names.translated == translated


@pytest.mark.parametrize(
    ("alias", "body"),
    [
        # official forms of names the data holds as the seed gives them
        ("Senior Officials Committee for the ASEAN Socio-Cultural Community", "soca"),
        ("Senior Officials\u2019 Committee for ASCC", "soca"),
        ("Dewan Pejabat Tinggi Pilar Sosial Budaya ASEAN", "soca"),
        ("ASEAN Socio-Cultural Community Council", "ascc-council"),
        ("Dewan Menteri Pilar Sosial Budaya ASEAN", "ascc-council"),
        ("Coordinating Conference on the ASEAN Socio-Cultural Community", "soc-com"),
        ("AMRDPE", "ammrdpe"),
        ("ASEAN Ministerial Meeting on Rural Development and Poverty Eradication", "ammrdpe"),
        ("ASEAN Senior Officials Meeting on Rural Development and Poverty Eradication", "somrdpe"),
        ("ASEAN Ministerial Meeting for Social Welfare and Development", "ammswd"),
        ("ASEAN Health Ministers Meeting", "ahmm"),
        ("Senior Officials Meeting on Health Development", "somhd"),
        ("ASEAN Sub-Committee of Information", "sci"),
        ("ASEAN Conference on Civil Service Matters", "accsm"),
        ("AMRI+3", "amri-plus-3"),
        ("SOMRI+Japan", "somri-plus-japan"),
    ],
)
def test_official_forms_of_names_find_the_body(alias: str, body: str) -> None:
    assert ascc_model.get_body(alias).id == body


@pytest.mark.parametrize(
    ("body", "name"),
    [
        # the seed gives only the acronym; the full names are the ASEAN Secretariat's
        ("AMRI + 3", "ASEAN Plus Three Ministers Responsible for Information"),
        (
            "SOMRDPE+3",
            (
                "ASEAN Plus Three Senior Officials Meeting on Rural Development and Poverty"
                " Eradication"
            ),
        ),
    ],
)
def test_plus_three_bodies_take_their_official_names(body: str, name: str) -> None:
    assert ascc_model.get_body(body).names.en == name


def test_accsm_is_the_heads_of_civil_service_forum_as_bkn_says() -> None:
    accsm = ascc_model.get_body("ACCSM")
    assert accsm.kind.value == "forum"  # "the highest cooperation forum" (BKN)
    assert accsm.composition == "The heads of the civil services of the ASEAN Member States."
    assert {"asean-org-accsm-overview", "bkn-accsm-brief-description"} <= official(accsm.sources)
    assert 539 in lines(accsm.sources)


# -- dated events --------------------------------------------------------------------------


EVENTS = [
    # id, kind, date, place, bodies, number, a page it stands on
    ("first-almm", "first_meeting", "1975-04", "Jakarta, Indonesia", ("almm",), 1, None),
    (
        "amm-30",
        "meeting",
        "1997-07-24",
        "Subang Jaya, Malaysia",
        ("asean-foreign-ministers-meeting",),
        30,
        "asean-org-amm-30-closing-statement",
    ),
    (
        "signing-asean-foundation-mou",
        "signing",
        "1997-12-15",
        "Kuala Lumpur, Malaysia",
        ("asean-foreign-ministers-meeting", "asean-summit"),
        None,
        "asean-or-id-hanoi-plan-of-action",
    ),
    (
        "adoption-hanoi-plan-of-action",
        "adoption",
        "1998-12-15",
        "Ha Noi, Viet Nam",
        ("asean-summit",),
        None,
        "asean-or-id-socially-cohesive-asean",
    ),
    (
        "adoption-vientiane-action-programme",
        "adoption",
        "2004-11",
        None,
        ("asean-summit",),
        None,
        None,
    ),
    (
        "signing-asean-charter",
        "signing",
        "2007-11-20",
        "Singapore",
        ("asean-summit",),
        None,
        "antara-piagam-asean-2008",
    ),
    (
        "amri-10",
        "meeting",
        "2009-11-05",
        "Vientiane, Lao PDR",
        ("amri",),
        10,
        "asean-org-amri-10-statement",
    ),
    (
        "somri-plus-3-1",
        "first_meeting",
        "2009-11-04",
        "Vientiane, Laos",
        ("somri-plus-3",),
        1,
        "apt-somri-plus-3-1",
    ),
    (
        "amri-plus-3-1",
        "first_meeting",
        "2009-11-06",
        "Vientiane, Lao PDR",
        ("amri-plus-3",),
        1,
        "apt-amri-plus-3-1-statement",
    ),
    (
        "accsm-18",
        "meeting",
        "2016-11-17",
        "Manila, Philippines",
        ("accsm",),
        18,
        "asean-org-accsm-overview",
    ),
    (
        "adoption-accsm-work-plan-2021-2025",
        "adoption",
        "2020-11-18",
        None,
        ("accsm",),
        None,
        "asean-org-heads-civil-service-2020",
    ),
    ("first-acmw", "first_meeting", "2008-09", None, ("acmw",), 1, "asean-org-almm"),
    (
        "ahmm-5",
        "meeting",
        "2000-04",
        "Yogyakarta, Indonesia",
        ("ahmm",),
        5,
        "asean-org-ahmm-10-statement",
    ),
    ("ahmm-6", "meeting", "2002-03", None, ("ahmm",), 6, "asean-org-ahmm-7-statement"),
    (
        "ahmm-7",
        "meeting",
        "2004-04-22",
        "Penang, Malaysia",
        ("ahmm",),
        7,
        "asean-org-ahmm-7-statement",
    ),
    ("ahmm-10", "meeting", "2010-07-22", "Singapore", ("ahmm",), 10, "asean-org-ahmm-10-statement"),
    (
        "ahmm-13",
        "meeting",
        "2017-09-06",
        "Bandar Seri Begawan, Brunei Darussalam",
        ("ahmm",),
        13,
        "kemkes-ahmm-13",
    ),
    (
        "ahmm-15",
        "meeting",
        "2022-05",
        "Nusa Dua, Bali, Indonesia",
        ("ahmm",),
        15,
        "kemkes-radio-ahmm-15",
    ),
    (
        "somhd-12",
        "meeting",
        "2017-04-18",
        "Brunei Darussalam",
        ("somhd",),
        12,
        "kemkes-health-cluster-1-2017",
    ),
    (
        "adoption-ascc-blueprint-2025",
        "adoption",
        "2015-11-22",
        "Kuala Lumpur, Malaysia",
        ("asean-summit",),
        None,
        "ariseplus-ascc-overview",
    ),
    (
        "adoption-ascc-strategic-plan",
        "adoption",
        "2025-05-26",
        None,
        ("asean-summit",),
        None,
        "asean-magazine-asean-2045",
    ),
    (
        "soc-com-21",
        "meeting",
        "2025-09-24",
        "Terengganu, Malaysia",
        ("soc-com",),
        21,
        "kemenkopmk-soc-com-21",
    ),
    (
        "ammswd-5",
        "meeting",
        "2004-12-16",
        "Bangkok, Thailand",
        ("ammswd",),
        5,
        "asean-org-ammswd-5-communique",
    ),
    (
        "somswd-7",
        "meeting",
        "2011-09",
        "Bangkok, Thailand",
        ("somswd",),
        7,
        "asean-org-somswd-7-press-release",
    ),
    (
        "aswc-conference-1",
        "first_meeting",
        "2011-03-01",
        "Manila, Philippines",
        ("aswc",),
        1,
        "asean-org-aswc-manila-statement",
    ),
    (
        "go-ngo-forum-14",
        "meeting",
        "2019-11",
        "Vientiane, Lao PDR",
        ("asean-go-ngo-forum",),
        14,
        None,
    ),
    (
        "go-ngo-forum-18",
        "meeting",
        "2023-11",
        "Quang Ninh, Viet Nam",
        ("asean-go-ngo-forum",),
        18,
        None,
    ),
    (
        "amrdpe-inaugural-meeting",
        "first_meeting",
        "1997-10-23",  # its own communiqué (disagreement-amrdpe-inaugural-place)
        "Subang Jaya, Malaysia",
        ("ammrdpe",),
        1,
        "asean-or-id-amrdpe-inaugural-communique",
    ),
    (
        "amrdpe-informal-1998",
        "meeting",
        "1998-12-07",
        "Jakarta, Indonesia",
        ("ammrdpe",),
        None,
        "asean-or-id-amrdpe-informal-1998",
    ),
    (
        "amrdpe-2",
        "meeting",
        "2000-02-19",
        "Manila, Philippines",
        ("ammrdpe",),
        2,
        "asean-org-amrdpe-2-communique",
    ),
    (
        "amrdpe-4",
        "meeting",
        "2004-10-07",
        "Singapore",
        ("ammrdpe",),
        4,
        "asean-org-amrdpe-4-communique",
    ),
    (
        "amrdpe-7",
        "meeting",
        "2011-11-02",
        "Bandar Seri Begawan, Brunei Darussalam",
        ("ammrdpe",),
        7,
        "asean-org-amrdpe-7-statement",
    ),
]


@pytest.mark.parametrize("row", EVENTS, ids=[row[0] for row in EVENTS])
def test_event(
    row: tuple[str, str, str, str | None, tuple[str, ...], int | None, str | None],
) -> None:
    ident, kind, date, place, bodies, number, page = row
    found = event(ident)
    assert found.kind is EventKind(kind)
    assert found.date == PartialDate.parse(date)
    assert found.place == place
    assert found.bodies == bodies
    assert found.number == number
    if page is not None:
        assert page in pages(found.sources)


def test_seed_events_cite_their_lines() -> None:
    assert 563 in lines(event("first-almm").sources)
    assert 500 in lines(event("signing-asean-foundation-mou").sources)
    assert 509 in lines(event("adoption-hanoi-plan-of-action").sources)
    assert lines(event("adoption-vientiane-action-programme").sources) == {511}
    assert 511 in lines(event("signing-asean-charter").sources)
    assert 267 in lines(event("adoption-ascc-blueprint-2025").sources)


def test_events_name_what_they_brought_about() -> None:
    assert event("signing-asean-foundation-mou").records == (
        "asean-foundation-mou",
        "asean-foundation",
    )
    assert event("signing-asean-charter").records == ("asean-charter",)
    assert event("adoption-ascc-strategic-plan").records == ("ascc-strategic-plan",)
    assert event("amrdpe-inaugural-meeting").records == ("ministerial-understanding-rdpe",)


def test_the_ministers_understanding_of_1997() -> None:
    understanding = instrument("ministerial-understanding-rdpe")
    assert understanding.names.en == (
        "Ministerial Understanding on ASEAN Cooperation in Rural Development and Poverty"
        " Eradication"
    )
    assert understanding.sectors == ("rural-development",)
    assert official(understanding.sources) == {
        "asean-org-amrdpe-overview",
        "asean-or-id-amrdpe-inaugural-communique",
        "asean-or-id-socially-cohesive-asean",
    }


# -- disagreements ---------------------------------------------------------------------------


DISAGREEMENTS = [
    # id, about, field, the values claimed, the value followed
    (
        "disagreement-soca-name",
        ("soca",),
        "names.en",
        [
            "Senior Officials Meeting on the ASCC",
            "Senior Officials Committee for the ASEAN Socio-Cultural Community",
            "Senior Officials\u2019 Committee for ASCC",
        ],
        "Senior Officials Meeting on the ASCC",
    ),
    (
        "disagreement-slom-subsidiary-bodies",
        ("slom", "alicom"),
        "relations: subsidiary_of slom",
        ["four: SLOM-WG, ACMW, ASEAN-OSHNET and ALICOM", "three"],
        "four: SLOM-WG, ACMW, ASEAN-OSHNET and ALICOM",
    ),
    (
        "disagreement-information-plan-title",
        ("information-media-strategic-plan-2016-2025",),
        "title.en",
        [
            "Strategic Plan for Information and Media 2016-2025",
            "ASEAN Strategic Plan for Information and Media 2016-2025",
        ],
        "Strategic Plan for Information and Media 2016-2025",
    ),
    (
        "disagreement-information-plan-items",
        ("information-media-strategic-plan-2016-2025",),
        "items",
        ["five priorities, the fifth on misinformation and fake news", "four aims"],
        "five priorities, the fifth on misinformation and fake news",
    ),
    (
        "disagreement-sci-name",
        ("sci",),
        "names.en",
        ["ASEAN Sub-Committee on Information", "ASEAN Sub-Committee of Information"],
        "ASEAN Sub-Committee on Information",
    ),
    (
        "disagreement-foundation-founding-decision",
        ("asean-foundation", "amm-30"),
        "description",
        [
            "agreed by the ASEAN Foreign Ministers at their meeting of 24-25 July 1997",
            (
                "agreed by the ASEAN Heads of Government at their First Informal Summit,"
                " Jakarta, November 1996"
            ),
            "agreed by the ASEAN Leaders on 15 December 1997 in Kuala Lumpur",
        ],
        "agreed by the ASEAN Foreign Ministers at their meeting of 24-25 July 1997",
    ),
    (
        "disagreement-accsm-2021-2025-priority-areas",
        ("accsm-work-plan-2021-2025",),
        "retains",
        [
            "the five priority areas of the 2016-2020 plan, unchanged",
            (
                "the five areas, the second worded 'Building institutional capacities and"
                " inter-agency coordination'"
            ),
        ],
        "the five priority areas of the 2016-2020 plan, unchanged",
    ),
    ("disagreement-accsm-established", ("accsm",), "established", ["1981", "1987"], "1981"),
    (
        "disagreement-ascc-strategic-plan-title",
        ("ascc-strategic-plan",),
        "title.en",
        ["ASCC Strategic Plan", "ASCC Post-2025 Strategic Plan"],
        "ASCC Strategic Plan",
    ),
    (
        "disagreement-ammswd-name",
        ("ammswd",),
        "names.en",
        [
            "ASEAN Ministerial Meeting on Social Welfare and Development",
            "ASEAN Ministerial Meeting for Social Welfare and Development",
        ],
        "ASEAN Ministerial Meeting on Social Welfare and Development",
    ),
    (
        "disagreement-ammrdpe-established",
        ("ammrdpe",),
        "established",
        ["1988", "1997-10", "1998"],
        "1997-10",
    ),
    ("disagreement-ammrdpe-acronym", ("ammrdpe",), "acronym", ["AMMRDPE", "AMRDPE"], "AMMRDPE"),
    (
        "disagreement-somrdpe-name",
        ("somrdpe",),
        "names.en",
        [
            "Senior Officials Meeting on Rural Development and Poverty Eradication",
            "ASEAN Senior Officials Meeting on Rural Development and Poverty Alleviation",
        ],
        "Senior Officials Meeting on Rural Development and Poverty Eradication",
    ),
]


@pytest.mark.parametrize(
    ("ident", "about", "field", "values", "follows"),
    DISAGREEMENTS,
    ids=[row[0] for row in DISAGREEMENTS],
)
def test_disagreement(
    ident: str, about: tuple[str, ...], field: str, values: list[str], follows: str
) -> None:
    found = disagreement(ident)
    assert found.about == about
    assert found.field == field
    assert [c.value for c in found.claims] == values
    assert found.follows == follows
    assert found.why
    # every side cites something, and the record cites every side's sources
    cited = set(found.sources)
    for claim in found.claims:
        assert claim.sources
        assert set(claim.sources) <= cited


def test_each_disagreement_has_an_official_or_seed_side_and_another_page() -> None:
    for ident, *_ in DISAGREEMENTS:
        found = disagreement(ident)
        assert len(pages(found.sources)) >= 1, ident


@pytest.mark.parametrize(
    ("ident", "record", "value"),
    [
        # the data holds the followed value, in the field named
        ("disagreement-soca-name", "soca", "Senior Officials Meeting on the ASCC"),
        ("disagreement-sci-name", "sci", "ASEAN Sub-Committee on Information"),
        (
            "disagreement-ammswd-name",
            "ammswd",
            "ASEAN Ministerial Meeting on Social Welfare and Development",
        ),
        (
            "disagreement-somrdpe-name",
            "somrdpe",
            "Senior Officials Meeting on Rural Development and Poverty Eradication",
        ),
    ],
)
def test_the_followed_name_is_the_one_held(ident: str, record: str, value: str) -> None:
    assert disagreement(ident).follows == value
    assert ascc_model.get_body(record).names.en == value


def test_the_followed_values_are_held() -> None:
    assert ascc_model.get_body("AMMRDPE").acronym == "AMMRDPE"
    assert str(ascc_model.get_body("AMMRDPE").established) == "1997-10"
    assert str(ascc_model.get_body("ACCSM").established) == "1981"
    assert ascc_model.get_plan("information-media-strategic-plan-2016-2025").title.en == (
        "Strategic Plan for Information and Media 2016-2025"
    )
    assert len(ascc_model.get_plan("information-media-strategic-plan-2016-2025").items) == 5
    assert ids(ascc_model.bodies_reporting_to("SLOM")) == [
        "slom-wg",
        "acmw",
        "asean-oshnet",
        "alicom",
    ]
    assert ascc_model.get_plan("ascc-strategic-plan").title.en == "ASCC Strategic Plan"


# -- the ASCC Strategic Plan under ASEAN 2045 ----------------------------------------------


def test_the_ascc_strategic_plan_succeeds_the_blueprint() -> None:
    plan = ascc_model.get_plan("ASCC Strategic Plan")
    assert plan.id == "ascc-strategic-plan"
    assert plan.kind is PlanKind.STRATEGIC_PLAN
    assert plan.holders == ("ascc",)
    assert plan.adopted == PartialDate(2025, 5, 26)
    assert plan.supersedes == "ascc-blueprint-2025"
    # no counted source states its years: the period is left out, the description says so
    assert plan.period is None
    assert plan.description is not None
    assert "20 tahun ke depan" in plan.description
    assert "46th ASEAN Summit" in plan.description
    assert plan.item_count == 12  # strategic goals (Bernama)
    assert plan.items == ()
    assert plan.items_note is not None
    assert pages(plan.sources) >= {
        "jaif-ascc-strategic-plan",
        "asean-magazine-asean-2045",
        "thesun-kl-declaration-2045",
        "kemenkopmk-asean-2045-drafting",
    }
    assert "ascc-sectors" not in {c.source for c in plan.sources}  # beyond the seed


def test_plans_of_the_pillar() -> None:
    assert ids(ascc_model.plans(holder="ascc")) == ["ascc-blueprint-2025", "ascc-strategic-plan"]
    assert ids(ascc_model.plans(holder="ascc", year=2030)) == []  # neither has a period
