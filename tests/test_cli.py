"""The command line, driven as a user drives it: a subprocess, its output and its exit code."""

from __future__ import annotations

import csv
import json
import os
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import ascc_model
from ascc_model._convert import unstructure


def run(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "ascc_model", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=False,
        cwd=cwd,
        timeout=120,
    )


def ok(*args: str) -> str:
    done = run(*args)
    assert (done.returncode, done.stderr) == (0, ""), done.stderr
    return done.stdout


def fails(code: int, *args: str) -> str:
    """The one-line error of a command that must fail with ``code``."""
    done = run(*args)
    assert done.returncode == code, (done.stdout, done.stderr)
    assert done.stdout == ""
    assert "Traceback" not in done.stderr
    lines = done.stderr.splitlines()
    assert len(lines) == 1, done.stderr
    assert lines[0].startswith("ascc-model")
    return lines[0]


# -- answers --------------------------------------------------------------------------


def test_focal_point_answers_in_english_and_indonesian() -> None:
    assert ok("focal-point", "health").splitlines() == [
        "Ministry of Health — Kementerian Kesehatan",
        "National Agency of Drug and Food Control (BPOM) — Badan Pengawas Obat dan Makanan",
    ]
    first = ok("focal-point", "Kerja Sama Kesehatan ASEAN", "--lang", "id").splitlines()[0]
    assert first == "Kementerian Kesehatan — Ministry of Health"


def test_focal_point_json_and_a_sector_without_one() -> None:
    answer = json.loads(ok("focal-point", "health", "--json"))
    assert [a["id"] for a in answer["agencies"]] == ["kemenkes", "bpom"]
    assert answer["agencies"][1] == to_plain_record(ascc_model.get_agency("bpom"))
    assert ok("focal-point", "foundation") == f"{ascc_model.focal_point_for('foundation')}\n"


def to_plain_record(record: object) -> object:
    return unstructure(record)


def test_sectors_in_source_order() -> None:
    lines = ok("sectors").splitlines()
    assert [line.split()[0] for line in lines] == [s.id for s in ascc_model.sectors()]
    assert lines[12].split(maxsplit=1)[1] == "ASEAN Health Cooperation"
    as_json = json.loads(ok("sectors", "--json", "--lang", "id"))
    assert as_json == [to_plain_record(s) for s in ascc_model.sectors()]


def test_show_a_body_with_its_lines_plans_and_sources() -> None:
    text = ok("show", "acwc")
    assert text.startswith("body ACWC: ASEAN Commission on the Promotion and Protection")
    assert "reports to:" in text
    assert "ammswd (AMMSWD; reports to" in text
    assert "acwc-work-plan-2021-2025" in text
    assert "ascc-sectors:" in text
    shown = json.loads(ok("show", "ACWC", "--json"))
    assert shown["kind"] == "body"
    assert shown["record"] == to_plain_record(ascc_model.get_body("acwc"))
    assert shown["plans"] == [p.id for p in ascc_model.plans(holder="acwc")]


def test_show_finds_every_kind_of_record() -> None:
    assert json.loads(ok("show", "Kerja Sama Kesehatan ASEAN", "--json"))["kind"] == "sector"
    assert json.loads(ok("show", "bnpb", "--json"))["kind"] == "agency"
    plan = json.loads(ok("show", "acw-work-plan-2021-2025", "--json"))
    assert plan["kind"] == "plan"
    assert plan["record"]["items"] == [
        {k: v for k, v in (("en", i.en), ("id", i.id), ("translated", i.translated)) if v}
        for i in ascc_model.get_plan("acw-work-plan-2021-2025").items
    ]
    assert ok("show", "ascc").startswith("pillar ASCC: ASEAN Socio-Cultural Community")
    assert "focal point agencies:  kemenkes (Ministry of Health)" in ok("show", "health")


def test_tree_indents_the_reporting_lines() -> None:
    assert ok("tree", "AMMSWD").splitlines() == [
        "AMMSWD  ASEAN Ministerial Meeting on Social Welfare and Development",
        (
            "  ACWC  ASEAN Commission on the Promotion and Protection of the Rights of Women"
            " and Children"
        ),
        "  SOMSWD  Senior Officials Meeting on Social Welfare and Development",
    ]
    whole = json.loads(ok("tree", "--json"))
    ids = {t["id"] for t in whole}
    assert "amme" in ids
    amme = next(t for t in whole if t["id"] == "amme")
    asoen = amme["children"][0]
    assert (asoen["id"], asoen["line"]) == ("asoen", "assists")
    assert [c["id"] for c in asoen["children"]] == [
        b.id for b in ascc_model.bodies_reporting_to("asoen")
    ]
    lines = ok("tree", "environment").splitlines()
    assert lines[0].startswith("AMME")
    assert "    AWGCC  ASEAN Working Group on Climate Change [subsidiary of]" in lines


def test_reports_to_down_up_and_transitive() -> None:
    assert [line.split()[0] for line in ok("reports-to", "AMMSWD").splitlines()] == [
        "ACWC",
        "SOMSWD",
    ]
    below = json.loads(ok("reports-to", "AMME", "--transitive", "--json"))
    assert [b["id"] for b in below] == [
        b.id for b in ascc_model.bodies_reporting_to("AMME", transitive=True)
    ]
    assert len(below) > 2
    assert ok("reports-to", "SCC", "--up").split()[0] == "COCI"
    above = json.loads(ok("reports-to", "AWGCC", "--up", "--transitive", "--json"))
    assert [b["id"] for b in above] == ["asoen", "amme"]
    # Nothing reports to ACWC: an empty answer, and a hint on stderr.
    done = run("reports-to", "ACWC")
    assert (done.returncode, done.stdout) == (0, "")
    assert "reports to AMMSWD (see --up)" in done.stderr


def test_plans_by_holder_and_year() -> None:
    assert ok("plans", "--holder", "ACW", "--year", "2023").split()[0] == "acw-work-plan-2021-2025"
    everything = json.loads(ok("plans", "--json"))
    assert [p["id"] for p in everything] == [p.id for p in ascc_model.plans()]
    in_health = ok("plans", "--holder", "health").splitlines()
    assert [line.split()[0] for line in in_health] == [
        p.id for p in ascc_model.plans(holder="health")
    ]
    none = run("plans", "--year", "1900")
    assert (none.returncode, none.stdout) == (0, "")
    assert none.stderr == "ascc-model: no plan matches these filters\n"


def test_search_ranks_exact_matches_first_and_forgives_typos() -> None:
    first = json.loads(ok("search", "ACW", "--json"))
    assert (first[0]["id"], first[0]["match"]) == ("acw", "exact")
    assert first[1]["id"] == "acwc"
    assert ok("search", "helth").split()[:2] == ["sector", "health"]
    assert ok("search", "Kementrian", "Kesehatan").split()[:2] == ["agency", "kemenkes"]
    assert ok("search", "olahraga", "--limit", "1").split()[:2] == ["sector", "sports"]
    accents = json.loads(ok("search", "ÀCWC", "--json"))
    assert accents[0]["id"] == "acwc"


# -- errors -----------------------------------------------------------------------------


def test_an_ambiguous_key_lists_the_candidates() -> None:
    line = fails(1, "show", "APT EMM")
    assert "'apt-emm-education'" in line
    assert "'apt-emm-environment'" in line


def test_an_unknown_key_suggests_close_matches() -> None:
    line = fails(1, "show", "ACWW")
    assert "did you mean" in line
    assert "'acw'" in line
    line = fails(1, "focal-point", "kesehatan")
    assert line.endswith("did you mean 'health'?")
    fails(1, "reports-to", "no such body")
    fails(1, "plans", "--holder", "nobody")
    fails(1, "export", "--format", "json", "--sector", "nowhere")
    # Nothing found is an empty answer, not an error: one line on stderr, exit 0.
    done = run("search", "qqqqzzzz")
    assert (done.returncode, done.stdout) == (0, "")
    assert done.stderr == "ascc-model: nothing matches 'qqqqzzzz'\n"


@pytest.mark.parametrize(
    "args",
    [
        ("frobnicate",),
        ("search", ""),
        ("search", "   "),
        ("plans", "--year", "twenty"),
        ("search", "x", "--limit", "0"),
        ("show",),
        ("focal-point", "health", "--lang", "fr"),
        ("export",),
        ("export", "--format", "xml"),
        ("export", "--format", "csv"),
        ("export", "--format", "json", "--table", "bodies"),
        ("export", "--format", "json", "--reporting-only"),
    ],
)
def test_usage_errors_exit_2_on_one_line(args: tuple[str, ...]) -> None:
    fails(2, *args)


def test_help_and_version() -> None:
    assert "focal-point" in ok("--help")
    version = ok("--version").strip()
    assert version == f"ascc-model {ascc_model.__version__} (data: {ascc_model.DATA_VERSION})"


def test_a_bare_command_prints_the_commands() -> None:
    text = ok()
    assert text.startswith("usage: ascc-model")
    for command in ("sectors", "show", "export", "validate", "schema", "completion"):
        assert command in text
    assert "examples:" in text


@pytest.mark.parametrize(
    "command",
    [
        "sectors",
        "show",
        "tree",
        "reports-to",
        "focal-point",
        "plans",
        "search",
        "export",
        "validate",
        "schema",
        "completion",
    ],
)
def test_every_help_ends_with_examples_that_run(command: str) -> None:
    text = ok(command, "--help")
    examples = text.split("examples:\n", 1)[1].splitlines()
    assert examples
    assert all(
        line.startswith(f"  $ ascc-model {command}") or "| ascc-model" in line for line in examples
    )
    first = shlex.split(examples[0].removeprefix("  $ ").split(" > ")[0].split(" | ")[0])
    if command not in ("validate", "export"):  # these two write or read files
        ok(*first[1:])


@pytest.mark.parametrize("shell", ["bash", "zsh", "fish"])
def test_completion_scripts_name_every_command(shell: str, tmp_path: Path) -> None:
    text = ok("completion", shell)
    for command in ("sectors", "focal-point", "export", "completion"):
        assert command in text
    assert "turtle" in text  # the choices of --format
    program = {"bash": "bash", "zsh": "zsh", "fish": "fish"}[shell]
    if shutil.which(program) is None:
        pytest.skip(f"{program} is not installed")
    script = tmp_path / f"completion.{shell}"
    script.write_text(text, encoding="utf-8")
    check = ["-n", str(script)] if shell != "fish" else ["--no-execute", str(script)]
    done = subprocess.run([program, *check], capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr


def test_empty_answers_are_one_line_and_exit_0_in_every_command() -> None:
    for args in (
        ("plans", "--year", "1900"),
        ("search", "qqqqzzzz"),
        ("reports-to", "ACWC"),
        ("reports-to", "AMMSWD", "--up"),
    ):
        done = run(*args)
        assert (done.returncode, done.stdout) == (0, ""), args
        assert len(done.stderr.splitlines()) == 1, args
        assert done.stderr.startswith("ascc-model: "), args


def test_schema_prints_the_json_schema_and_the_shacl_shapes() -> None:
    schema = json.loads(ok("schema"))
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert "Body" in schema["$defs"]
    assert ok("schema", "--shacl").startswith("@prefix sh: <http://www.w3.org/ns/shacl#> .")


def test_focal_point_tells_what_changed_since_the_source() -> None:
    done = run("focal-point", "haze")
    assert done.returncode == 0
    assert done.stdout.startswith("Ministry of Environment and Forestry")
    assert "since the source: split on 21 October 2024" in done.stderr
    assert "a source names Kementerian Lingkungan Hidup for COP AATHP" in done.stderr
    answer = json.loads(ok("focal-point", "haze", "--json"))
    assert [c["id"] for c in answer["changes"]] == ["change-klhk-2024"]
    assert [a["agency"] for a in answer["later"]] == ["klh"]


def test_the_console_script_is_installed() -> None:
    script = Path(sys.executable).with_name("ascc-model")
    done = subprocess.run(
        [str(script), "focal-point", "health"], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0
    assert "Kementerian Kesehatan" in done.stdout


def test_a_closed_pipe_ends_quietly() -> None:
    # As `ascc-model export --format json | head -1`: the reader goes away early.
    fcntl = pytest.importorskip("fcntl")
    with subprocess.Popen(
        [sys.executable, "-m", "ascc_model", "export", "--format", "json"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    ) as proc:
        assert proc.stdout is not None
        assert proc.stderr is not None
        # A small pipe (the command takes a while to start), so the export cannot fit in it.
        fcntl.fcntl(proc.stdout.fileno(), fcntl.F_SETPIPE_SZ, 4096)
        assert os.read(proc.stdout.fileno(), 2) == b"{\n"
        proc.stdout.close()
        proc.wait(timeout=120)
        assert proc.stderr.read() == b""
    assert proc.returncode == 1


def test_an_output_error_is_one_line(tmp_path: Path) -> None:
    # Writing to a folder is refused by the OS: one line on stderr, exit 1, no traceback.
    done = run("export", "--format", "json", "-o", str(tmp_path))
    assert done.returncode == 1
    assert done.stderr.startswith("ascc-model: error: ")
    assert done.stderr.count("\n") == 1
    assert "Traceback" not in done.stderr


# -- exports ------------------------------------------------------------------------------


def test_export_json_loads_back_equal() -> None:
    text = ok("export", "--format", "json")
    assert ascc_model.load_text(text, include_packaged=False) == ascc_model.registry()


def test_export_to_files(tmp_path: Path) -> None:
    for fmt in ("json", "jsonld", "dot", "mermaid"):
        target = tmp_path / f"health.{fmt}"
        assert ok("export", "--format", fmt, "--sector", "health", "-o", str(target)) == ""
        written = target.read_text(encoding="utf-8")
        assert written == getattr(ascc_model, f"to_{fmt}")(sector="health"), fmt
    assert json.loads((tmp_path / "health.jsonld").read_text(encoding="utf-8"))["@graph"]
    line = fails(1, "export", "--format", "json", "-o", str(tmp_path / "missing" / "x.json"))
    assert "cannot write" in line


def test_export_csv_files_carry_a_byte_order_mark(tmp_path: Path) -> None:
    assert ok("export", "--format", "csv", "-o", str(tmp_path / "tables")) == ""
    tables = ascc_model.to_csv()
    assert sorted(p.name for p in (tmp_path / "tables").iterdir()) == sorted(
        [*(f"{name}.csv" for name in tables), "datapackage.json"]
    )
    for name, text in tables.items():
        raw = (tmp_path / "tables" / f"{name}.csv").read_bytes()
        assert raw.startswith(b"\xef\xbb\xbf")
        assert raw[3:].decode("utf-8") == text
    with (tmp_path / "tables" / "bodies.csv").open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert [r["id"] for r in rows] == [b.id for b in ascc_model.bodies()]
    one = tmp_path / "relations.csv"
    ok("export", "--format", "csv", "--table", "relations", "-o", str(one))
    assert one.read_bytes()[3:].decode("utf-8") == tables["relations"]
    # Standard output gets no byte-order mark: it is for pipes.
    assert ok("export", "--format", "csv", "--table", "plans") == tables["plans"].replace(
        "\r\n", "\n"
    )
    fails(1, "export", "--format", "csv", "-o", str(one))  # a file, not a directory


# -- validate --------------------------------------------------------------------------------

GOOD = """\
schema_version: 1
sources: [{id: notes, title: My notes, language: en}]
bodies:
  - {id: ammx, names: {en: Ministers on X}, kind: ministerial, sources: ["notes:1"]}
  - {id: somx, names: {en: Officials on X}, kind: senior_officials, sources: ["notes:2"]}
relations:
  - {subject: somx, kind: assists, object: ammx, sources: ["notes:3"]}
"""


def test_validate_accepts_good_files(tmp_path: Path) -> None:
    good = tmp_path / "good.yaml"
    good.write_text(GOOD, encoding="utf-8")
    assert ok("validate", "--alone", str(good)).startswith(
        "ok: 1 file, 0 sectors, 2 bodies, 1 relations"
    )
    packaged = len(ascc_model.bodies())
    assert ok("validate", str(good)).startswith(
        f"ok: 1 file with the packaged data, 16 sectors, {packaged + 2} bodies"
    )


def test_validate_lists_each_problem_as_file_line_path_message(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text(GOOD.replace("object: ammx", "object: nobody").replace("notes:1", "x"), "utf-8")
    worse = tmp_path / "worse.yaml"
    worse.write_text("schema_version: 1\nbodies: NO\n", encoding="utf-8")
    done = run("validate", str(bad), str(worse), str(tmp_path / "missing.yaml"))
    assert done.returncode == 1
    assert done.stdout == ""
    lines = done.stderr.splitlines()
    assert f"{tmp_path / 'missing.yaml'}: cannot read file: No such file or directory" in lines
    assert f"{worse}:2: bodies: expected a list, got bool NO" in lines
    assert any(line.startswith(f"{bad}:4: bodies[0].sources[0]: ") for line in lines), lines
    assert lines[-1] == "ascc-model: 3 problems found"
    assert "Traceback" not in done.stderr


# -- the README ------------------------------------------------------------------------------


def test_the_readme_command_line_examples_print_what_they_show() -> None:
    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
    block = readme.split("```console\n", 1)[1].split("\n```", 1)[0]
    sessions = [s for s in block.split("$ ") if s]
    assert len(sessions) >= 3
    for session in sessions:
        command, _newline, shown = session.partition("\n")
        words = shlex.split(command)
        assert words[0] == "ascc-model"
        assert ok(*words[1:]).rstrip("\n") == shown.rstrip("\n"), command
