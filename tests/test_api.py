"""The query API's behaviour, on a small registry written here and on the packaged data."""

from __future__ import annotations

import pytest

import ascc_model
from ascc_model import AmbiguousKeyError, BodyKind, RelationKind, UnknownKeyError

TREE = """\
schema_version: 1
sources: [{id: n, title: Notes, language: en}]
sectors:
  - {id: s1, names: {en: Sector One, id: Sektor Satu}, summary: One., sources: ["n:1"],
     focal_point: {agencies: [], note: None named., sources: ["n:1"]}}
  - {id: s2, names: {en: Sector Two}, summary: Two., sources: ["n:1"],
     focal_point: {agencies: [a1, a2], sources: ["n:1"]}}
agencies:
  - {id: a1, names: {id: Kementerian Satu}, country: IDN, sources: ["n:1"]}
  - {id: a2, names: {id: Badan Dua}, acronym: BD, country: IDN, sources: ["n:1"]}
bodies:
  - {id: top, acronym: TOP, names: {en: Top Ministers}, kind: ministerial, sectors: [s1], sources: ["n:1"]}
  - {id: other-top, acronym: OTP, names: {en: Other Top}, kind: ministerial, sectors: [s2], sources: ["n:1"]}
  - {id: som, acronym: SOM, names: {en: Senior Officials}, kind: senior_officials, sectors: [s1], sources: ["n:1"]}
  - {id: wg-b, acronym: WGB, names: {en: Working Group B}, kind: working_group, sectors: [s1], sources: ["n:1"]}
  - {id: wg-a, acronym: WGA, names: {en: Working Group A}, kind: working_group, sectors: [s1], sources: ["n:1"]}
  - {id: task, acronym: TF, names: {en: Task Force, id: Gugus Tugas Économie}, kind: task_force, sectors: [s1], sources: ["n:1"]}
  - {id: emm-1, acronym: EMM, names: {en: Education Ministers}, kind: ministerial, sectors: [s1], sources: ["n:1"]}
  - {id: emm-2, acronym: EMM, names: {en: Environment Ministers}, kind: ministerial, sectors: [s2], sources: ["n:1"]}
relations:
  - {subject: som, kind: assists, object: top, sources: ["n:2"]}
  - {subject: wg-b, kind: subsidiary_of, object: som, sources: ["n:3"]}
  - {subject: wg-a, kind: subsidiary_of, object: som, sources: ["n:3"]}
  - {subject: task, kind: reports_to, object: wg-a, sources: ["n:4"]}
  - {subject: task, kind: reports_to, object: other-top, sources: ["n:4"]}
  - {subject: emm-1, kind: advises, object: top, sources: ["n:5"]}
plans:
  - {id: p-old, title: {en: Old Plan}, kind: work_plan, holders: [som], period: "2016-2020", sources: ["n:6"]}
  - {id: p-new, title: {en: New Plan}, kind: work_plan, holders: [som], period: "2021-2025", retains: p-old, sources: ["n:6"]}
  - {id: p-sector, title: {en: Sector Priorities}, kind: priorities, holders: [s1], sources: ["n:7"]}
  - {id: p-other, title: {en: Other Plan}, kind: work_plan, holders: [other-top], period: "2020-2030", sources: ["n:8"]}
"""


@pytest.fixture(scope="module")
def registry() -> ascc_model.Registry:
    return ascc_model.load_text(TREE, include_packaged=False)


def ids(records: tuple[object, ...]) -> list[str]:
    return [r.id for r in records]  # type: ignore[attr-defined]


def test_direct_reports_follow_only_reporting_kinds(registry: ascc_model.Registry) -> None:
    # emm-1 advises top: advice is not a reporting line.
    assert ids(registry.bodies_reporting_to("TOP")) == ["som"]


def test_transitive_reports_are_breadth_first_in_data_order(registry: ascc_model.Registry) -> None:
    assert ids(registry.bodies_reporting_to("top", transitive=True)) == [
        "som",
        "wg-b",
        "wg-a",
        "task",
    ]


def test_reporting_chain_goes_up_every_line(registry: ascc_model.Registry) -> None:
    assert ids(registry.reporting_chain("task")) == ["wg-a", "other-top", "som", "top"]
    assert registry.reporting_chain("top") == ()


@pytest.mark.parametrize("key", ["som", "SOM", "  senior   officials ", "Senior Officials", "sOm"])
def test_bodies_resolve_by_id_acronym_and_name(registry: ascc_model.Registry, key: str) -> None:
    assert registry.get_body(key).id == "som"


def test_accents_and_indonesian_names_resolve(registry: ascc_model.Registry) -> None:
    assert registry.get_body("gugus tugas economie").id == "task"
    assert registry.get_sector("SEKTOR SATU").id == "s1"


def test_a_record_is_its_own_key(registry: ascc_model.Registry) -> None:
    body = registry.get_body("som")
    assert registry.get_body(body) is body
    stranger = ascc_model.load_text(
        TREE.replace("Senior Officials", "Seniors"), include_packaged=False
    ).get_body("som")
    with pytest.raises(UnknownKeyError):
        registry.get_body(stranger)


def test_a_shared_acronym_is_ambiguous(registry: ascc_model.Registry) -> None:
    with pytest.raises(AmbiguousKeyError) as caught:
        registry.get_body("EMM")
    assert caught.value.candidates == ("emm-1", "emm-2")
    assert isinstance(caught.value, LookupError)
    assert [b.id for b in registry.find_bodies("emm")] == ["emm-1", "emm-2"]


def test_unknown_keys_suggest_close_matches(registry: ascc_model.Registry) -> None:
    with pytest.raises(UnknownKeyError) as caught:
        registry.get_body("WGC")
    assert isinstance(caught.value, KeyError)
    assert set(caught.value.suggestions) <= {"WGA", "WGB", "EMM", "SOM", "TOP", "OTP"}
    assert {"WGA", "WGB"} <= set(caught.value.suggestions)
    with pytest.raises(UnknownKeyError) as nothing_close:
        registry.get_body("zzzzzzzz")
    assert nothing_close.value.suggestions == ()


def test_keys_of_the_wrong_type_are_type_errors(registry: ascc_model.Registry) -> None:
    with pytest.raises(TypeError, match="not int"):
        registry.get_body(3)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="year must be an int"):
        registry.plans(year="2023")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="year must be an int"):
        registry.plans(year=True)


def test_find_bodies_puts_exact_matches_first(registry: ascc_model.Registry) -> None:
    assert ids(registry.find_bodies("working group")) == ["wg-b", "wg-a"]
    assert ids(registry.find_bodies("top"))[0] == "top"
    with pytest.raises(ValueError, match="needs some text"):
        registry.find_bodies("   ")


def test_bodies_filter_by_sector_and_kind(registry: ascc_model.Registry) -> None:
    assert ids(registry.bodies(sector="Sector Two")) == ["other-top", "emm-2"]
    assert ids(registry.bodies(kind=BodyKind.WORKING_GROUP)) == ["wg-b", "wg-a"]
    assert ids(registry.bodies(sector="s1", kind="ministerial")) == ["top", "emm-1"]
    with pytest.raises(ValueError, match="not a valid BodyKind"):
        registry.bodies(kind="ministry")


def test_relations_filter(registry: ascc_model.Registry) -> None:
    assert [(r.subject, r.object) for r in registry.relations(subject="task")] == [
        ("task", "wg-a"),
        ("task", "other-top"),
    ]
    assert [r.subject for r in registry.relations(kind=RelationKind.ADVISES)] == ["emm-1"]
    assert [r.subject for r in registry.relations(object="SOM")] == ["wg-b", "wg-a"]


def test_plans_by_holder_and_year(registry: ascc_model.Registry) -> None:
    assert ids(registry.plans(holder="SOM")) == ["p-old", "p-new"]
    assert ids(registry.plans(year=2023)) == ["p-new", "p-other"]
    assert ids(registry.plans(holder="s1")) == ["p-old", "p-new", "p-sector"]
    assert ids(registry.plans(holder="s1", year=2018)) == ["p-old"]
    assert ids(registry.plans(holder=registry.get_sector("s2"))) == ["p-other"]
    assert registry.get_plan("New Plan").retains == "p-old"


def test_focal_points_in_source_order_or_a_note(registry: ascc_model.Registry) -> None:
    two = registry.focal_point_for("Sector Two")
    assert [a.names.id for a in two] == ["Kementerian Satu", "Badan Dua"]
    assert len(two) == 2
    assert str(two) == "Kementerian Satu; Badan Dua"
    none = registry.focal_point_for("s1")
    assert (tuple(none), none.note, str(none)) == ((), "None named.", "None named.")


def test_the_registry_summary_repr(registry: ascc_model.Registry) -> None:
    assert repr(registry) == "<Registry (2 sectors, 8 bodies)>"
    assert repr(registry.get_body("som")) == "<Body som 'Senior Officials'>"


def test_module_functions_use_the_default_registry() -> None:
    assert ascc_model.registry() is ascc_model.registry()
    assert ascc_model.get_body("ACWC") is ascc_model.registry().get_body("ACWC")
    assert ascc_model.sectors() == ascc_model.registry().sectors()
    assert ascc_model.registry().pillar is not None
    assert ascc_model.registry().pillar.acronym == "ASCC"


def test_the_packaged_acronym_collisions_are_ambiguous() -> None:
    for acronym, expected in (
        ("APT EMM", ("apt-emm-education", "apt-emm-environment")),
        ("EAS EMM", ("eas-emm-education", "eas-emm-environment")),
    ):
        with pytest.raises(AmbiguousKeyError) as caught:
            ascc_model.get_body(acronym)
        assert caught.value.candidates == expected


def test_dir_lists_the_public_names() -> None:
    assert "__version__" in dir(ascc_model)
    assert set(ascc_model.__all__) <= set(dir(ascc_model))
    assert len(set(ascc_model.__all__)) == len(ascc_model.__all__)
    with pytest.raises(AttributeError):
        ascc_model.no_such_name  # noqa: B018
