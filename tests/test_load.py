"""The loader: every kind of bad input is a DataError naming file, line and field."""

from __future__ import annotations

import textwrap
from typing import TYPE_CHECKING

import pytest

import ascc_model
from ascc_model import DataError

if TYPE_CHECKING:
    from pathlib import Path

HEAD = """\
schema_version: 1
sources: [{id: notes, title: My notes, language: en}]
"""
BODY = """\
bodies:
  - id: ammx
    names: {en: Ministers on X}
    kind: ministerial
    sources: ["notes:1"]
"""


def problem(text: str, name: str = "mine.yaml") -> ascc_model.Problem:
    with pytest.raises(DataError) as caught:
        ascc_model.load_text(textwrap.dedent(text), name=name, include_packaged=False)
    assert len(caught.value.problems) >= 1
    return caught.value.problems[0]


def test_a_minimal_file_loads() -> None:
    registry = ascc_model.load_text(HEAD + BODY, include_packaged=False)
    assert registry.get_body("ammx").names.en == "Ministers on X"


@pytest.mark.parametrize(
    ("value", "shown"),
    [
        ("NO", "got bool NO"),
        ("yes", "got bool yes"),
        ("1.10", "got number 1.10"),
        ("012", "got integer 012"),
    ],
)
def test_yaml_11_coercions_are_refused_where_a_string_belongs(value: str, shown: str) -> None:
    found = problem(HEAD + BODY.replace("Ministers on X", value))
    assert found.line == 5
    assert found.path == "bodies[0].names.en"
    assert "expected a string" in found.message
    assert shown in found.message


def test_a_bare_date_is_refused() -> None:
    found = problem(HEAD + BODY + "    established: 2002-06-10\n")
    assert found.line == 8
    assert "quote it" in found.message


def test_a_quoted_date_is_a_partial_date() -> None:
    registry = ascc_model.load_text(
        HEAD + BODY + '    established: "2002-06"\n', include_packaged=False
    )
    assert registry.get_body("ammx").established == ascc_model.PartialDate(2002, 6)


def test_an_impossible_date_is_refused_with_its_field() -> None:
    found = problem(HEAD + BODY + '    established: "2021-02-30"\n')
    assert (found.line, found.path) == (8, "bodies[0].established")
    assert "day out of range" in found.message


def test_the_source_year_20215_is_not_a_date() -> None:
    found = problem(HEAD + BODY + '    established: "20215"\n')
    assert "not a partial date" in found.message


def test_duplicate_keys_are_refused() -> None:
    found = problem(HEAD + BODY + "    kind: committee\n")
    assert found.line == 8
    assert "duplicate key 'kind'" in found.message


def test_unknown_fields_are_refused_at_their_line() -> None:
    found = problem(HEAD + BODY + "    colour: blue\n")
    assert (found.line, found.path) == (8, "bodies[0].colour")
    assert "unknown field 'colour'" in found.message


def test_missing_fields_are_named() -> None:
    found = problem(HEAD + BODY.replace("    kind: ministerial\n", ""))
    assert found.path == "bodies[0].kind"
    assert found.message == "required field missing"
    assert found.line == 4  # the record that lacks it


def test_every_problem_of_a_file_is_reported() -> None:
    with pytest.raises(DataError) as caught:
        ascc_model.load_text(
            HEAD + BODY.replace("ministerial", "ministry") + "    colour: blue\n",
            include_packaged=False,
        )
    paths = sorted(p.path for p in caught.value.problems)
    assert paths == ["bodies[0].colour", "bodies[0].kind"]
    assert "expected one of summit, council, ministerial" in str(caught.value)


def test_malformed_files_are_data_errors() -> None:
    # The full list of hostile inputs is in test_hostile.py; these check the message shape.
    found = problem("schema_version: 1\n? [a]\n: b\n")
    assert (found.file, found.line, found.message) == (
        "mine.yaml",
        2,
        "keys must be strings, not mappings or lists",
    )
    assert str(found) == "mine.yaml:2: keys must be strings, not mappings or lists"


def test_a_long_value_is_refused() -> None:
    found = problem(HEAD + BODY.replace("Ministers on X", "x" * 200_000))
    assert "over the limit" in found.message


def test_files_that_are_not_utf8_or_hold_nul_bytes(tmp_path: Path) -> None:
    latin = tmp_path / "latin.yaml"
    latin.write_bytes(b"schema_version: 1\n# caf\xe9\n")
    nul = tmp_path / "nul.yaml"
    nul.write_bytes(b"schema_version: 1\n\n\x00\n")
    for path, line, text in ((latin, 2, "not UTF-8"), (nul, 3, "NUL byte")):
        with pytest.raises(DataError) as caught:
            ascc_model.load(path, include_packaged=False)
        (found,) = caught.value.problems
        assert (found.file, found.line) == (str(path), line)
        assert text in found.message


def test_a_missing_file_is_a_data_error(tmp_path: Path) -> None:
    with pytest.raises(DataError, match="cannot read file"):
        ascc_model.load(tmp_path / "absent.yaml", include_packaged=False)


def test_invariants_across_files_name_the_right_file(tmp_path: Path) -> None:
    first = tmp_path / "first.yaml"
    first.write_text(HEAD + BODY, encoding="utf-8")
    second = tmp_path / "second.yaml"
    second.write_text(
        "schema_version: 1\n"
        "relations:\n"
        "  - {subject: ammx, kind: reports_to, object: nobody, sources: ['notes:2']}\n",
        encoding="utf-8",
    )
    with pytest.raises(DataError) as caught:
        ascc_model.load(first, second, include_packaged=False)
    (found,) = caught.value.problems
    assert (found.file, found.line, found.path) == (str(second), 3, "relations[0].object")
    assert "unknown body 'nobody'" in found.message


def test_duplicate_ids_across_files_are_refused(tmp_path: Path) -> None:
    first = tmp_path / "a.yaml"
    first.write_text(HEAD + BODY, encoding="utf-8")
    second = tmp_path / "b.yaml"
    second.write_text(
        "schema_version: 1\n" + BODY.replace("Ministers on X", "Other"), encoding="utf-8"
    )
    with pytest.raises(DataError) as caught:
        ascc_model.load(first, second, include_packaged=False)
    (found,) = caught.value.problems
    assert (found.file, found.line) == (str(second), 3)
    assert "duplicate id" in found.message


def test_load_needs_a_file_and_load_text_a_text() -> None:
    with pytest.raises(TypeError, match="at least one file"):
        ascc_model.load(include_packaged=False)
    with pytest.raises(TypeError, match="at least one text"):
        ascc_model.load_text(include_packaged=False)
    # With nothing to add, both give the packaged data.
    assert ascc_model.load() == ascc_model.load_text() == ascc_model.registry()
