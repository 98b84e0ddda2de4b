"""Hostile input, round 2: bounded reads, a clean error for every bad value, exports that
cannot be injected, a command line that fails cleanly. Each case of the review is a test;
each family also has a Hypothesis fuzz test that reads the output with its real reader.
"""

from __future__ import annotations

import csv
import io
import json
import os
import re
import shutil
import subprocess
import sys
import time
import tracemalloc
import warnings
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import ascc_model
from ascc_model import DataError, Registry
from ascc_model._csv import FORMULA_STARTS
from ascc_model._yaml import MAX_FILE_BYTES, MAX_INTEGER

HEAD = "schema_version: 1\nsources: [{id: notes, title: Notes, language: en}]\n"


def body(**fields: object) -> str:
    """One body of a small file, with these fields (as JSON, which is YAML)."""
    record = {
        "id": "ammx",
        "names": {"en": "Ministers on X"},
        "kind": "ministerial",
        "sources": ["notes:1"],
        **fields,
    }
    return HEAD + "bodies:\n  - " + json.dumps(record, ensure_ascii=False) + "\n"


def load(text: str) -> Registry:
    return ascc_model.load_text(text, name="hostile.yaml", include_packaged=False)


def refused(text: str, *words: str) -> ascc_model.Problem:
    """The one problem of a text that must be refused, which names its file and line."""
    with pytest.raises(DataError) as caught:
        load(text)
    problem = caught.value.problems[0]
    assert problem.file == "hostile.yaml"
    assert problem.line is not None, problem
    for word in words:
        assert word in str(problem), (word, str(problem))
    return problem


# -- reads are bounded before they happen ------------------------------------------------


def test_a_sparse_file_larger_than_the_limit_is_refused_before_reading(tmp_path: Path) -> None:
    big = tmp_path / "sparse.yaml"
    with big.open("wb") as handle:
        handle.truncate(1 << 30)  # 1 GiB of nothing: no disk, but a size
    tracemalloc.start()
    start = time.perf_counter()
    with pytest.raises(DataError, match="larger than the limit"):
        ascc_model.load(big, include_packaged=False)
    elapsed = time.perf_counter() - start
    _now, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert peak < 5_000_000  # nothing was read
    assert elapsed < 1


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="no /dev/zero")
def test_devices_and_fifos_are_refused(tmp_path: Path) -> None:
    with pytest.raises(DataError, match="not a regular file"):
        ascc_model.load("/dev/zero", include_packaged=False)
    fifo = tmp_path / "fifo.yaml"
    os.mkfifo(fifo)
    start = time.perf_counter()
    with pytest.raises(DataError, match="not a regular file"):
        ascc_model.load(fifo, include_packaged=False)
    assert time.perf_counter() - start < 1  # no writer needed: it does not block
    with pytest.raises(DataError, match="a directory"):
        ascc_model.load(tmp_path, include_packaged=False)


def test_never_more_than_the_limit_and_one_byte_is_read() -> None:
    from ascc_model import _load

    class Endless(io.RawIOBase):
        served = 0

        def readable(self) -> bool:
            return True

        def readinto(self, buffer: Any) -> int:
            view = memoryview(buffer)
            view[:] = b"a" * len(view)
            self.served += len(view)
            return len(view)

    endless = Endless()
    with pytest.raises(DataError, match="larger than the limit"):
        _load._bounded(io.BufferedReader(endless), "<endless>")
    assert endless.served <= MAX_FILE_BYTES + 1 + io.DEFAULT_BUFFER_SIZE


def _bad_bodies(count: int) -> tuple[float, int, DataError]:
    rows = "".join(
        f'  - {{id: b{i}, names: {{en: "B {i}"}}, kind: ministerial, sources: [x]}}\n'
        for i in range(count)
    )
    tracemalloc.start()
    start = time.perf_counter()
    with pytest.raises(DataError) as caught:
        load(HEAD + "bodies:\n" + rows)
    elapsed = time.perf_counter() - start
    _now, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return elapsed, peak, caught.value


def test_error_lines_are_found_in_linear_time_and_memory() -> None:
    # Every record has a bad field: as many lines to find as records. Doubling the file
    # doubles the cost (it used to grow faster: 27 s and 1.6 GB for 10 MB).
    small_time, small_peak, _error = _bad_bodies(5_000)
    big_time, big_peak, error = _bad_bodies(10_000)
    assert len(error.problems) == 10_000
    assert error.problems[-1].line == 10_003
    assert big_peak < 2.6 * small_peak
    assert big_time < 3.5 * small_time + 0.5


# -- every bad value is a DataError with file, line and field ------------------------------


@pytest.mark.parametrize(
    ("value", "words"),
    [
        ("9" * 5000, ("5,000 digits", "beyond the bound")),
        ("0x" + "f" * 20000, ("digits", "beyond the bound")),
        (str(MAX_INTEGER + 1), ("beyond the bound",)),
        ("-" + str(MAX_INTEGER + 1), ("beyond the bound",)),
    ],
)
def test_integers_beyond_the_bound(value: str, words: tuple[str, ...]) -> None:
    text = HEAD + (
        "figures:\n"
        f"  - {{id: f, measure: m, value: 1.0, unit: u, year: {value}, sources: [notes:1]}}\n"
    )
    refused(text, *words)


def test_an_integer_within_the_bound_loads() -> None:
    text = HEAD + (
        f"figures:\n  - {{id: f, measure: m, value: {MAX_INTEGER}, unit: u, sources: [notes:1]}}\n"
    )
    assert load(text).figures()[0].value == float(MAX_INTEGER)


@pytest.mark.parametrize(
    ("written", "code"),
    [
        ("a\x07b", "U+0007"),
        ("a\x1b[2Jb", "U+001B"),
        ("a\x7fb", "U+007F"),
        ("a\x85b", "U+0085"),
        ("a\x00b", "U+0000"),
    ],
)
def test_raw_control_characters_name_their_line(written: str, code: str) -> None:
    text = (
        HEAD
        + f'bodies:\n  - {{id: ammx, names: {{en: "{written}"}}, kind: ministerial, sources: [notes:1]}}\n'
    )
    problem = refused(text, code)
    assert problem.line == 4


@pytest.mark.parametrize(
    ("escape", "code"),
    [("\\0", "U+0000"), ("\\e", "U+001B"), ("\\uFFFE", "U+FFFE"), ("\\a", "U+0007")],
)
def test_escaped_control_characters_are_refused_with_their_field(escape: str, code: str) -> None:
    text = (
        HEAD
        + f'bodies:\n  - {{id: ammx, names: {{en: "A{escape}B"}}, kind: ministerial, sources: [notes:1]}}\n'
    )
    problem = refused(text, code)
    assert problem.path == "bodies[0].names.en"


def test_a_lone_surrogate_in_a_text_is_a_data_error() -> None:
    problem = refused(body(names={"en": "A\ud800B"}), "U+D800")
    assert problem.line == 4


def test_json_surrogate_pairs_are_the_characters_they_encode() -> None:
    text = json.dumps(
        {
            "schema_version": 1,
            "sources": [{"id": "notes", "title": "Notes \U0001f600", "language": "en"}],
        }
    )
    assert "\\ud83d\\ude00" in text
    assert load(text).sources()[0].title == "Notes \U0001f600"


def test_a_lone_surrogate_escape_in_json_is_refused() -> None:
    text = json.dumps(
        {"schema_version": 1, "sources": [{"id": "s", "title": "\ud800", "language": "en"}]}
    )
    refused(text)


def test_json_numbers_with_exponents_are_numbers() -> None:
    text = json.dumps(
        {
            "schema_version": 1,
            "sources": [{"id": "notes", "title": "Notes", "language": "en"}],
            "figures": [
                {"id": "f", "measure": "m", "value": 1e16, "unit": "u", "sources": ["notes:1"]},
                {"id": "g", "measure": "m", "value": 2.5e-7, "unit": "u", "sources": ["notes:1"]},
            ],
        }
    )
    assert "1e+16" in text
    assert [f.value for f in load(text).figures()] == [1e16, 2.5e-7]


@pytest.mark.parametrize(
    "url",
    [
        "asean.org/health",
        "/health",
        "https://asean.org/a b",
        "http://x/<a>",
        "_:b0",
        "ftp://x/y",
        "",
    ],
)
def test_urls_that_are_not_absolute_http_urls_are_refused(url: str) -> None:
    text = HEAD + (
        "sectors:\n"
        "  - {id: s, names: {en: S}, summary: S, reference_url: " + json.dumps(url) + ",\n"
        "     focal_point: {agencies: [], note: none, sources: [notes:1]}, sources: [notes:1]}\n"
    )
    if url == "":
        refused(text, "non-empty")
    else:
        refused(text, "absolute http(s) URL")


def test_a_record_built_in_python_meets_the_same_rules() -> None:
    records = ascc_model.registry().records
    acwc = next(b for b in records.bodies if b.id == "acwc")
    for bad, words in [
        (attrs.evolve(acwc, description="x\x1b]0;t\x07"), "U+001B"),
        (attrs.evolve(acwc, description="x\ud800"), "U+D800"),
    ]:
        bodies = tuple(bad if b is acwc else b for b in records.bodies)
        with pytest.raises(DataError, match=re.escape(words)):
            Registry(attrs.evolve(records, bodies=bodies))
    sector = records.sectors[0]
    for url in ("relative/page", "http://x/<a>"):
        sectors = (attrs.evolve(sector, reference_url=url), *records.sectors[1:])
        with pytest.raises(DataError, match="absolute http"):
            Registry(attrs.evolve(records, sectors=sectors))
    figure = records.figures[0]
    figures = (
        attrs.evolve(figure, year=16**20000 if False else MAX_INTEGER * 4),
        *records.figures[1:],
    )
    with pytest.raises(DataError, match="beyond the bound"):
        Registry(attrs.evolve(records, figures=figures))


# -- exports that users' data cannot inject ------------------------------------------------

FORMULAS = ['=HYPERLINK("http://x","y")', "+cmd|' /C calc'!A0", "-1+1", "@SUM(A1:A2)", "\tx"]


@pytest.mark.parametrize("formula", FORMULAS)
def test_csv_cells_that_look_like_formulas_are_neutralised(formula: str) -> None:
    registry = load(body(names={"en": formula}, description=formula, aliases=[formula]))
    tables = ascc_model.to_csv(registry)
    row = next(csv.DictReader(io.StringIO(tables["bodies"])))
    for column in ("name_en", "description", "aliases"):
        assert row[column] == "'" + formula, column
        assert not row[column].startswith(FORMULA_STARTS)
    raw = next(csv.DictReader(io.StringIO(ascc_model.to_csv(registry, raw=True)["bodies"])))
    assert raw["name_en"] == formula


MERMAID_ATTACKS = [
    "%%{init: {'theme':'dark'}}%%",
    'x"] ; click n_ammx "javascript:alert(1)"',
    "a\nend\nflowchart LR",
    "`**markdown**`",
    "<script>alert(1)</script>",
    "A | B --> C",
]


@pytest.mark.parametrize("name", MERMAID_ATTACKS)
def test_mermaid_text_cannot_open_a_directive_comment_or_click_nor_break_a_node(name: str) -> None:
    registry = load(body(names={"en": name}, acronym=name.replace("\n", " ")))
    text = ascc_model.to_mermaid(registry)
    lines = text.splitlines()
    assert lines[0] == "flowchart BT"
    assert "%%{" not in text
    # No line begins a statement of its own but the chart's: a name opens no click or end.
    assert not any(line.lstrip().startswith(("click", "flowchart")) for line in lines[1:])
    for line in lines:
        stripped = line.strip()
        if stripped.startswith("%%"):
            assert not set("%{}") & set(stripped[2:])
        elif stripped.startswith("n_ammx["):
            assert re.fullmatch(r'n_ammx\["[^"\n`<>%{}|]*"\]', stripped), stripped
    assert sum(1 for line in lines if line.strip() == "end") == 1  # only the subgraph's


MERMAID = Path(__file__).resolve().parent / "mermaid"


def mermaid_parse(text: str) -> dict[str, Any]:
    """What Mermaid's own parser (tests/mermaid, run by Node) makes of a chart."""
    node = shutil.which("node")
    if node is None or not (MERMAID / "node_modules" / "mermaid").exists():
        if os.environ.get("CI") == "true":
            pytest.fail("Mermaid's parser is missing in CI (.ci/run installs it with npm ci)")
        pytest.skip("Node.js or tests/mermaid's packages are not installed (npm ci there)")
    done = subprocess.run(
        [node, str(MERMAID / "parse.mjs")],
        input=text,
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    result: dict[str, Any] = json.loads(done.stdout)
    return result


def test_mermaids_parser_reads_every_body_and_line() -> None:
    registry = ascc_model.registry()
    parsed = mermaid_parse(ascc_model.to_mermaid())
    assert parsed["ok"], parsed
    assert (parsed["type"], parsed["nodes"], parsed["edges"]) == (
        "flowchart-v2",
        len(registry.bodies()),
        len(registry.relations()),
    )
    sector = mermaid_parse(ascc_model.to_mermaid(sector="health", reporting_only=True))
    assert sector["ok"], sector


@pytest.mark.parametrize("name", MERMAID_ATTACKS)
def test_mermaids_parser_sees_one_node_and_no_configuration(name: str) -> None:
    registry = load(body(names={"en": name}, acronym=name.replace("\n", " ")))
    parsed = mermaid_parse(ascc_model.to_mermaid(registry))
    assert parsed["ok"], parsed
    assert (parsed["nodes"], parsed["edges"], parsed["config"]) == (1, 0, {})


def _svg(dot_text: str) -> ET.Element:
    if shutil.which("dot") is None:
        if os.environ.get("CI") == "true":
            pytest.fail("Graphviz dot is missing in CI (.ci/run installs it)")
        pytest.skip("Graphviz dot is not installed")
    done = subprocess.run(
        ["dot", "-Tsvg"], input=dot_text.encode(), capture_output=True, check=False, timeout=120
    )
    assert done.returncode == 0, done.stderr
    return ET.fromstring(done.stdout)  # noqa: S314 - well-formed XML is what is tested


@pytest.mark.parametrize(
    "name",
    ['q"uote\\ back', "<b>html</b> & <i>", "a\nb\tc", "x" * 20_000, "é ü 漢字 \U0001f600"],
)
def test_dot_always_renders_to_well_formed_svg(name: str) -> None:
    registry = load(body(names={"en": name}))
    svg = _svg(ascc_model.to_dot(registry))
    titles = [
        a.get("{http://www.w3.org/1999/xlink}title")
        for a in svg.iter("{http://www.w3.org/2000/svg}a")
    ]
    assert any(t and t.startswith(name.replace("\n", " ")[:50].split()[0]) for t in titles if t)
    labels = [t.text or "" for t in svg.iter("{http://www.w3.org/2000/svg}text")]
    assert all(len(label) <= 130 for label in labels)  # long labels shortened, tooltip kept


def test_jsonld_is_read_alike_by_pyld_and_rdflib() -> None:
    rdflib = pytest.importorskip("rdflib")
    from pyld import jsonld  # type: ignore[import-untyped]

    registry = ascc_model.registry().subset("haze")
    text = ascc_model.to_jsonld(registry)
    nquads = jsonld.to_rdf(json.loads(text), {"format": "application/n-quads"})
    with warnings.catch_warnings():  # rdflib's own nquads parser warns of its own API
        warnings.simplefilter("ignore", DeprecationWarning)
        graph = rdflib.Graph().parse(data=nquads, format="nt")
        other = rdflib.Graph().parse(data=text, format="json-ld")
    assert len(graph) == len(other) > 100
    from rdflib.compare import isomorphic

    assert isomorphic(graph, other)


def test_every_export_is_valid_utf8() -> None:
    registry = load(body(names={"en": "Ünïcødé \U0001f600 漢"}))
    for text in (
        ascc_model.to_json(registry),
        ascc_model.to_jsonld(registry),
        ascc_model.to_dot(registry),
        ascc_model.to_mermaid(registry),
        *ascc_model.to_csv(registry).values(),
    ):
        assert text.encode("utf-8").decode("utf-8") == text


# -- the command line fails cleanly ----------------------------------------------------------


def cli(
    *args: str, stdin: bytes | None = None, stdout: Any = subprocess.PIPE
) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "ascc_model", *args],
        input=stdin,
        stdout=stdout,
        stderr=subprocess.PIPE,
        check=False,
        timeout=120,
    )


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="no /dev/full")
def test_a_full_disk_is_one_line_and_exit_1() -> None:
    with Path("/dev/full").open("wb") as full:
        done = cli("sectors", stdout=full)
    assert done.returncode == 1
    assert done.stderr.decode().splitlines() == ["ascc-model: error: No space left on device"]


def test_control_characters_of_a_users_file_are_escaped_in_messages(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text(
        HEAD
        + 'bodies: [{id: ammx, names: {en: "x\\e]0;owned\\a"}, kind: ministerial, sources: [notes:1]}]\n',
        encoding="utf-8",
    )
    done = cli("validate", "--alone", str(bad))
    assert done.returncode == 1
    assert not {0x1B, 0x07} & set(done.stderr)
    evil = tmp_path / "evil\x1b[2J.yaml"
    evil.write_text("schema_version: 2\n", encoding="utf-8")
    done = cli("validate", "--alone", str(evil))
    assert b"\x1b" not in done.stderr
    assert b"\\x1b[2J" in done.stderr


@pytest.mark.parametrize("name", ["-", "/dev/stdin"])
def test_validate_reads_standard_input_once(name: str) -> None:
    if name == "/dev/stdin" and not Path("/dev/stdin").exists():
        pytest.skip("no /dev/stdin")
    good = body().encode()
    done = cli("validate", "--alone", name, stdin=good)
    assert done.returncode == 0, done.stderr
    assert done.stdout.decode().startswith("ok: 1 file, 0 sectors, 1 bodies")


@pytest.mark.parametrize("command", ["show", "search", "focal-point", "reports-to"])
def test_any_key_however_long_is_answered_in_under_a_second(command: str) -> None:
    registry = ascc_model.registry()
    key = "Kementerian " * 10_000
    start = time.perf_counter()
    if command == "search":
        registry.search(key)
    else:
        with pytest.raises(ascc_model.UnknownKeyError):
            registry.lookup(key, kinds=("body",) if command == "reports-to" else ("sector", "body"))
    assert time.perf_counter() - start < 1


# -- fuzzing: each family read back by its real reader -------------------------------------

TEXTS = st.text(
    st.characters(codec="utf-8", exclude_categories=("Cs",)), min_size=1, max_size=40
).filter(lambda t: t.strip())


@settings(max_examples=40)
@given(st.binary(max_size=400))
def test_any_bytes_load_or_fail_as_a_data_error(data: bytes) -> None:
    from ascc_model import _load, _yaml

    try:
        text = _yaml.decode("fuzz.yaml", data)
        _load.build([("fuzz.yaml", text)])
    except DataError as error:
        assert all(p.file == "fuzz.yaml" for p in error.problems)  # noqa: PT017 - any or none


@settings(max_examples=40)
@given(TEXTS)
def test_any_text_in_a_field_is_refused_or_exported_faithfully(name: str) -> None:
    try:
        registry = load(body(names={"en": name}, description=name))
    except DataError as error:
        assert error.problems[0].line is not None  # noqa: PT017 - refused, or exported
        return
    assert registry.get_body("ammx").names.en == name
    again = ascc_model.load_text(ascc_model.to_json(registry), include_packaged=False)
    assert again == registry
    row = next(csv.DictReader(io.StringIO(ascc_model.to_csv(registry, raw=True)["bodies"])))
    assert row["name_en"] == name
    from pyld import jsonld

    jsonld.expand(json.loads(ascc_model.to_jsonld(registry)))
    mermaid = ascc_model.to_mermaid(registry)
    assert "%%{" not in mermaid
    assert all(line.count('"') in (0, 2) for line in mermaid.splitlines())


@settings(max_examples=15, deadline=None)
@given(TEXTS)
def test_any_name_draws_with_dot(name: str) -> None:
    try:
        registry = load(body(names={"en": name}))
    except DataError:
        return
    _svg(ascc_model.to_dot(registry))
