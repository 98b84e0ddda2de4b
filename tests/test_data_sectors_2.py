"""The packaged data for sectors 09-16 of the source, checked fact by fact.

Each expected value below is a fact of the source document (``ascc-sectors.id.txt``),
written into the test by hand with the source line it comes from; the tests never read
the source itself. Sections: information and media (lines 394-496), the ASEAN Foundation
(498-520), civil service (522-555), labour (557-600), health (602-624), ASCC coordination
(626-656), social welfare and development (658-700), rural development and poverty
eradication (702-736).
"""

from __future__ import annotations

import pytest

import ascc_model
from ascc_model import (
    Citation,
    Erratum,
    Figure,
    Frequency,
    Instrument,
    Names,
    PartialDate,
    Period,
    RelationKind,
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


@pytest.mark.parametrize(
    "body", ["AMRI", "SOMRI", "SCI", "ACCSM", "ACMW", "ALICOM", "ASCC Council", "SOCA"]
)
def test_no_rhythm_where_the_source_gives_none(body: str) -> None:
    assert ascc_model.get_body(body).meets is None


@pytest.mark.parametrize(
    ("body", "year", "line"),
    [
        ("AHMM", 1980, 604),  # dibentuk tahun 1980
        ("AMMRDPE", 1988, 708),  # didirikan sejak tahun 1988
        ("ALICOM", 2021, 588),  # baru dibentuk pada 2021
        ("ASEAN Foundation", 1997, 500),
    ],
)
def test_founding_year(body: str, year: int, line: int) -> None:
    found = ascc_model.get_body(body)
    assert found.established == PartialDate(year)
    assert line in lines(found.sources)


@pytest.mark.parametrize("body", ["AMRI", "SOMRI", "ALMM", "SLOM", "SOMHD", "AMMSWD", "SOMRDPE"])
def test_no_founding_date_where_the_source_gives_none(body: str) -> None:
    assert ascc_model.get_body(body).established is None


def test_the_first_almm_april_1975_jakarta() -> None:
    found = ascc_model.get_body("ALMM")
    assert found.description is not None
    assert "April 1975" in found.description
    assert "Jakarta" in found.description
    assert 563 in lines(found.sources)


def test_somrdpe_names_its_partners() -> None:
    # Line 716.
    description = ascc_model.get_body("SOMRDPE").description
    assert description is not None
    for partner in (
        "SOMRDPE+3",
        "European Union",
        "UNDP",
        "World Bank",
        "ADB",
        "AsiaDHRRA",
        "FAO",
        "WFP",
        "IFAD",
    ):
        assert partner in description, partner


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
    assert plan.title == Names(en="Priority Areas", id="Area Prioritas")
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
    assert plan.adopted == PartialDate(2015)  # line 267
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
        ("hanoi-plan-of-action", Period(1999, 2004), PartialDate(1998)),  # see the erratum
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
    ("ident", "en", "id_"),
    [
        ("cebu-declaration", "Cebu Declaration", "Deklarasi Cebu"),
        ("asean-consensus", "ASEAN Consensus", "ASEAN Konsensus"),
    ],
)
def test_labour_instruments_named_by_the_acmw(ident: str, en: str, id_: str) -> None:
    found = instrument(ident)
    assert found.names == Names(en=en, id=id_)
    assert found.sectors == ("labour",)
    assert lines(found.sources) == {580}


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
            ("asean-foreign-ministers-meeting",),
        ),
        (
            "erratum-foundation-mou-place",
            "KTT Informal II ASEAN di Selangor, Malaysia",
            "KTT Informal II ASEAN di Kuala Lumpur, Malaysia",
            ("asean-foundation-mou",),
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
            ("asean-charter", "asean-foundation"),
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
    ],
)
def test_erratum(ident: str, slip: str, correction: str, records: tuple[str, ...]) -> None:
    found = erratum(ident)
    assert found.slip == slip
    assert found.correction == correction
    assert found.records == records
    assert found.explanation


@pytest.mark.parametrize(
    ("ident", "evidence"),
    [
        ("erratum-foundation-ministers-meeting-number", "Joint Communique"),
        ("erratum-foundation-mou-place", "Revised Memorandum of Understanding"),
        ("erratum-hanoi-plan-of-action-period", "Hanoi Plan of Action's own introduction"),
        ("erratum-asean-charter-date", "Charter's own text"),
    ],
)
def test_corrections_from_outside_the_source_say_so_and_name_their_evidence(
    ident: str, evidence: str
) -> None:
    explanation = erratum(ident).explanation
    assert explanation.startswith("Corrected from outside the source")
    assert evidence in explanation


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
    description = ascc_model.get_body("asean-foreign-ministers-meeting").description
    assert description is not None
    assert "30th" in description
    assert "Subang Jaya" in description
    assert "24-25 July 1997" in description


def test_somri_composition_reads_ministries_and_or_agencies() -> None:
    composition = ascc_model.get_body("SOMRI").composition
    assert composition is not None
    assert "ministries and/or agencies" in composition
