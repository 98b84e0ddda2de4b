"""Users' own YAML on top of the packaged data, and renamed ids."""

from __future__ import annotations

import textwrap
import warnings
from pathlib import Path

import pytest

import ascc_model
from ascc_model import DataError

NEW_PLAN = """\
schema_version: 1
sources: [{id: my-notes, title: Notes on the 2026-2030 plans, language: en}]
plans:
  - id: acw-work-plan-2026-2030
    title: {en: ACW Work Plan 2026-2030}
    kind: work_plan
    holders: [acw]
    period: "2026-2030"
    supersedes: acw-work-plan-2021-2025
    sources: ["my-notes:1"]
"""


def overlay(text: str) -> ascc_model.Registry:
    return ascc_model.load_text(textwrap.dedent(text), name="mine.yaml", include_packaged=True)


def test_an_overlay_extends_the_packaged_data() -> None:
    registry = overlay(NEW_PLAN)
    assert [p.id for p in registry.plans(holder="ACW", year=2027)] == ["acw-work-plan-2026-2030"]
    assert registry.get_body("ACWC") == ascc_model.get_body("ACWC")
    assert ascc_model.plans(holder="ACW", year=2027) == ()  # the default registry is untouched


def test_load_with_include_packaged_reads_files(tmp_path: Path) -> None:
    path = tmp_path / "plans.yaml"
    path.write_text(NEW_PLAN, encoding="utf-8")
    registry = ascc_model.load(path, include_packaged=True)
    assert registry.get_plan("acw-work-plan-2026-2030").period == ascc_model.Period(2026, 2030)
    assert len(registry.sectors()) == len(ascc_model.sectors())


def test_redefining_a_packaged_id_names_both_places() -> None:
    with pytest.raises(DataError) as caught:
        overlay(
            """\
            schema_version: 1
            sources: [{id: my-notes, title: Notes, language: en}]
            bodies:
              - {id: acw, names: {en: My ACW}, kind: committee, sources: ["my-notes:1"]}
            """
        )
    (found,) = caught.value.problems
    assert (found.file, found.line, found.path) == ("mine.yaml", 4, "bodies[0].id")
    assert "duplicate id" in found.message
    assert "first defined at " in found.message
    assert "01-women-children.yaml:" in found.message


def test_replaces_swaps_a_packaged_record_in_place() -> None:
    registry = overlay(
        """\
        schema_version: 1
        replaces: [acw]
        sources: [{id: my-notes, title: Notes, language: en}]
        bodies:
          - {id: acw, acronym: ACW, names: {en: ASEAN Committee on Women}, kind: committee,
             sectors: [women-children], pillar: ascc, established: "1976", sources: ["my-notes:1"]}
        """
    )
    assert registry.get_body("ACW").established == ascc_model.PartialDate(1976)
    assert [b.id for b in registry.bodies()] == [b.id for b in ascc_model.bodies()]
    assert ascc_model.get_body("ACW").established is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "schema_version: 1\nreplaces: [acw]\n",
            "replaces 'acw', but this file defines no record with that id",
        ),
        (
            "schema_version: 1\nreplaces: [mine]\nsources: [{id: mine, title: T, language: en}]\n",
            "replaces 'mine', but no earlier file has a record of that kind",
        ),
    ],
)
def test_replaces_must_replace_something(text: str, expected: str) -> None:
    with pytest.raises(DataError) as caught:
        overlay(text)
    (found,) = caught.value.problems
    assert expected in found.message
    assert (found.line, found.path) == (2, "replaces[0]")


def test_an_overlay_that_breaks_an_invariant_returns_nothing() -> None:
    with pytest.raises(DataError, match="reporting cycle"):
        overlay(
            """\
            schema_version: 1
            sources: [{id: my-notes, title: Notes, language: en}]
            relations:
              - {subject: ammw, kind: reports_to, object: acw, sources: ["my-notes:1"]}
            """
        )


RENAMED = """\
schema_version: 1
sources: [{id: notes, title: Notes, language: en}]
bodies:
  - {id: ministers-x, acronym: AMMX, names: {en: Ministers on X}, kind: ministerial, sources: ["notes:1"]}
renamed:
  - {old: ammx-old, new: ministers-x, since: 0.2.0}
"""


def test_a_renamed_id_resolves_with_a_deprecation_warning() -> None:
    registry = ascc_model.load_text(RENAMED, include_packaged=False)
    with pytest.warns(DeprecationWarning, match=r"'ammx-old' was renamed 'ministers-x' in 0\.2\.0"):
        body = registry.get_body("ammx-old")
    assert body.id == "ministers-x"
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert registry.get_body("ministers-x") is body
    assert registry.ids()[-1] == "ammx-old"


def test_a_renamed_id_warns_at_every_reporting_query() -> None:
    """The reporting queries keep their answers; a renamed id must still warn each time."""
    registry = ascc_model.load_text(
        RENAMED.replace(
            "renamed:",
            "  - {id: wg-x, acronym: WGX, names: {en: Working Group on X}, kind: working_group,"
            ' sources: ["notes:2"]}\nrelations:\n'
            '  - {subject: wg-x, kind: reports_to, object: ministers-x, sources: ["notes:2"]}\n'
            "renamed:",
        ),
        include_packaged=False,
    )
    for _ in range(3):
        with pytest.warns(DeprecationWarning, match="'ammx-old' was renamed"):
            assert [b.id for b in registry.bodies_reporting_to("ammx-old")] == ["wg-x"]
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert [b.id for b in registry.bodies_reporting_to("AMMX")] == ["wg-x"]
        assert [b.id for b in registry.reporting_chain("WGX")] == ["ministers-x"]


@pytest.mark.parametrize(
    ("rename", "expected"),
    [
        ("{old: ministers-x, new: ministers-x, since: 0.2.0}", "ids are never reused"),
        ("{old: gone, new: nowhere, since: 0.2.0}", "unknown record 'nowhere'"),
    ],
)
def test_bad_renames_are_refused(rename: str, expected: str) -> None:
    text = RENAMED.replace("{old: ammx-old, new: ministers-x, since: 0.2.0}", rename)
    with pytest.raises(DataError) as caught:
        ascc_model.load_text(text, include_packaged=False)
    (found,) = caught.value.problems
    assert expected in found.message
    assert found.line == 6


def test_the_rename_warning_points_at_the_callers_line() -> None:
    registry = ascc_model.load_text(RENAMED, include_packaged=False)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        registry.get_body("ammx-old")
        registry.plans(holder="ammx-old")
    assert [(w.filename, w.category) for w in caught] == [(__file__, DeprecationWarning)] * 2


def test_registry_collections_are_copied_into_tuples() -> None:
    bodies = list(ascc_model.load_text(RENAMED, include_packaged=False).bodies())
    registry = ascc_model.Registry(
        sources=list(ascc_model.load_text(RENAMED, include_packaged=False).sources()), bodies=bodies
    )
    bodies.clear()
    assert [b.id for b in registry.bodies()] == ["ministers-x"]
    assert isinstance(registry.bodies(), tuple)


def test_an_unknown_plan_holder_is_neither_body_nor_sector() -> None:
    with pytest.raises(
        ascc_model.UnknownKeyError, match="no body, sector or pillar matches 'helth'"
    ):
        ascc_model.plans(holder="helth")


def test_get_record_resolves_any_kind_and_renamed_ids_of_any_kind() -> None:
    get = ascc_model.load_text(
        RENAMED
        + "instruments:\n"
        + "  - {id: charter-x, names: {en: Charter X}, kind: charter, sources: ['notes:2']}\n"
        + "  # an instrument renamed: get_record is how such an id still resolves\n"
        + "figures: []\n",
        name="renamed.yaml",
        include_packaged=False,
    ).get_record
    assert type(get("charter-x")).__name__ == "Instrument"
    assert type(get("notes")).__name__ == "Source"
    with pytest.warns(DeprecationWarning, match="'ammx-old' was renamed 'ministers-x'"):
        assert get("ammx-old").id == "ministers-x"
    with pytest.raises(ascc_model.UnknownKeyError, match="did you mean 'charter-x'"):
        get("charter-y")
    with pytest.raises(TypeError, match="an id must be a string"):
        get(3)  # type: ignore[arg-type]


def test_get_record_on_the_packaged_data() -> None:
    assert ascc_model.get_record("cedaw").acronym == "CEDAW"
    assert ascc_model.get_record("acwc") is ascc_model.get_body("ACWC")
    assert ascc_model.get_record("health") is ascc_model.get_sector("health")
