"""Hostile input: every case is a DataError with file and line, quickly, in bounded memory.

The time bound here is a guard against hangs, not a speed target (those live in
benchmarks/): a case that took seconds would mean quadratic or exponential work.
"""

from __future__ import annotations

import time
import tracemalloc
from pathlib import Path

import pytest

import ascc_model
from ascc_model import DataError

OK = """\
schema_version: 1
sources: [{id: notes, title: Notes, language: en}]
bodies:
  - id: ammx
    names: {en: Ministers on X}
    kind: ministerial
    sources: ["notes:1"]
"""
LAUGHS = "schema_version: 1\na0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n" + "".join(
    f"a{i}: &a{i} [{', '.join([f'*a{i - 1}'] * 9)}]\n" for i in range(1, 10)
)

# name -> (file content, text expected in the message, expected line)
CASES: dict[str, tuple[bytes, str, int]] = {
    "syntax error": (b"schema_version: 1\nbodies: [\n", "YAML syntax", 3),
    "tab indentation": (b"schema_version: 1\nbodies:\n\t- id: x\n", "YAML syntax", 3),
    "duplicate key": (
        OK.replace("    kind:", "    kind: committee\n    kind:").encode(),
        "duplicate key 'kind'",
        7,
    ),
    "NO as a string": (OK.replace("Ministers on X", "NO").encode(), "got bool NO", 5),
    "yes as a string": (OK.replace("Ministers on X", "yes").encode(), "got bool yes", 5),
    "on as a string": (OK.replace("Ministers on X", "on").encode(), "got bool on", 5),
    "1.10 as a string": (OK.replace("Ministers on X", "1.10").encode(), "got number 1.10", 5),
    "012 as a string": (OK.replace("Ministers on X", "012").encode(), "got integer 012", 5),
    "bare date": ((OK + "    established: 2002-06-10\n").encode(), "unquoted timestamp", 8),
    "python tag": (
        b"schema_version: 1\nbodies: !!python/object/apply:os.system [ls]\n",
        "explicit tags",
        2,
    ),
    "python name tag": (b"schema_version: 1\nx: !!python/name:os.system ''\n", "explicit tags", 2),
    "alias": (b"schema_version: 1\nbodies: &b []\nplans: *b\n", "anchors and aliases", 2),
    "billion laughs": (LAUGHS.encode(), "anchors and aliases", 2),
    "merge key": (b"schema_version: 1\nbase: {a: 1}\nbodies: [{<<: {id: x}}]\n", "merge keys", 3),
    "nesting 50,000 deep": (
        b"schema_version: 1\nx: " + b"[" * 50_000 + b"]" * 50_000,
        "nesting",
        2,
    ),
    "30 MB scalar": (b"schema_version: 1\nx: '" + b"a" * 30_000_000 + b"'\n", "over the limit", 2),
    "several documents": (
        b"schema_version: 1\n---\nschema_version: 1\n",
        "several YAML documents",
        2,
    ),
    "not UTF-8": (b"schema_version: 1\nx: caf\xe9\n", "not UTF-8", 2),
    "NUL byte": (b"schema_version: 1\nx: a\x00b\n", "NUL byte", 2),
    ".nan as a number": (
        (
            b"schema_version: 1\nsources: [{id: n, title: N, language: en}]\n"
            b"figures: [{id: f, measure: m, value: .nan, unit: u, sources: ['n:1']}]\n"
        ),
        "finite number",
        3,
    ),
    "empty file": (b"", "empty file", 1),
    "top-level list": (b"- schema_version: 1\n", "got a list", 1),
    "top-level scalar": (b"42\n", "got a int", 1),
    "unknown field": ((OK + "    colour: blue\n").encode(), "unknown field 'colour'", 8),
    "missing id": (
        OK.replace("  - id: ammx\n    names", "  - names").encode(),
        "required field missing",
        4,
    ),
    "dangling reference": (
        (
            OK
            + "relations: [{subject: ammx, kind: advises, object: nobody, sources: ['notes:1']}]\n"
        ).encode(),
        "unknown body 'nobody'",
        8,
    ),
    "self-report": (
        (
            OK
            + "relations: [{subject: ammx, kind: reports_to, object: ammx, sources: ['notes:1']}]\n"
        ).encode(),
        "cannot reports_to itself",
        8,
    ),
    "cycle": (
        (
            OK
            + "  - {id: somx, names: {en: Officials on X}, kind: senior_officials, sources: ['notes:2']}\n"
            "relations:\n"
            "  - {subject: somx, kind: assists, object: ammx, sources: ['notes:3']}\n"
            "  - {subject: ammx, kind: reports_to, object: somx, sources: ['notes:4']}\n"
        ).encode(),
        "reporting cycle",
        11,
    ),
    "self-reference in a plan": (
        (
            OK + "plans: [{id: p, title: {en: P}, kind: work_plan, holders: [ammx],"
            " supersedes: p, sources: ['notes:1']}]\n"
        ).encode(),
        "a plan cannot name itself",
        8,
    ),
}


@pytest.fixture(scope="module", autouse=True)
def _warm() -> None:
    # The first load imports PyYAML and cattrs and generates the structuring code: a
    # one-time cost that would otherwise be charged, under tracemalloc, to the first case.
    ascc_model.load_text(OK, include_packaged=False)


@pytest.mark.parametrize("case", sorted(CASES))
def test_hostile_input_is_a_data_error(case: str, tmp_path: Path) -> None:
    content, expected, line = CASES[case]
    path = tmp_path / "hostile.yaml"
    path.write_bytes(content)
    tracemalloc.start()
    started = time.perf_counter()
    try:
        with pytest.raises(DataError) as caught:
            ascc_model.load(path, include_packaged=False)
    finally:
        elapsed = time.perf_counter() - started
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
    problem = caught.value.problems[0]
    assert expected in problem.message, problem
    assert (problem.file, problem.line) == (str(path), line)
    assert elapsed < 5, f"{case} took {elapsed:.2f} s"
    # Decoding keeps a copy of the text; anything past a few copies is a blow-up.
    assert peak < 4 * len(content) + 20_000_000, f"{case} peaked at {peak:,} bytes"


def test_duplicate_ids_across_files_name_both(tmp_path: Path) -> None:
    first, second = tmp_path / "a.yaml", tmp_path / "b.yaml"
    first.write_text(OK, encoding="utf-8")
    # The same id for another record (an equal record would be the same one, kept once).
    again = "schema_version: 1\nbodies:\n" + OK.split("bodies:\n")[1]
    second.write_text(again.replace("names: {en:", "names: {id: Lain, en:", 1), encoding="utf-8")
    with pytest.raises(DataError) as caught:
        ascc_model.load(first, second, include_packaged=False)
    (problem,) = caught.value.problems
    assert (problem.file, problem.line) == (str(second), 3)
    assert f"first defined at {first}:4" in problem.message


def test_an_oversized_file_is_refused_before_parsing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from ascc_model import _load

    monkeypatch.setattr(_load, "MAX_FILE_BYTES", 1000)
    path = tmp_path / "big.yaml"
    path.write_text(OK + "# " + "x" * 2000 + "\n", encoding="utf-8")
    with pytest.raises(DataError, match="larger than the limit of 1,000"):
        ascc_model.load(path, include_packaged=False)


def test_many_problems_in_one_file_are_located_in_one_pass(tmp_path: Path) -> None:
    # Each problem's line once cost a fresh parse of the file: 500 problems took 35 s.
    bodies = "".join(
        f"  - {{id: b{i}, names: {{en: B {i}}}, kind: committe, sources: ['notes:1']}}\n"
        for i in range(500)
    )
    path = tmp_path / "many.yaml"
    path.write_text(OK.split("bodies:", maxsplit=1)[0] + "bodies:\n" + bodies, encoding="utf-8")
    started = time.perf_counter()
    with pytest.raises(DataError) as caught:
        ascc_model.load(path, include_packaged=False)
    elapsed = time.perf_counter() - started
    assert [p.line for p in caught.value.problems] == list(range(4, 504))
    assert all(p.message.endswith("got 'committe'") for p in caught.value.problems)
    assert elapsed < 5, f"500 problems took {elapsed:.2f} s"
