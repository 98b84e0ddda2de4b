"""Versions, the changelog's shape, the compiled records, and the release checks' own logic.

The full round trip (build, local index, fresh install, downstream mypy) is
``scripts/release_check.py``, run by ``.ci/run``; these tests are the quick part. The
tests marked for the installed wheel run only in that script's run of the suite.
"""

from __future__ import annotations

import ast
import importlib.metadata
import importlib.util
import os
import re
from pathlib import Path
from types import ModuleType

import pytest

import ascc_model
from ascc_model import _compile, _default, _load

ROOT = Path(__file__).resolve().parent.parent
HEADINGS = {"API", "Data", "Docs", "Tooling"}


def load_module(path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location(path.stem, path)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


release_check = load_module(ROOT / "scripts/release_check.py")


def changelog_sections() -> dict[str, dict[str, str]]:
    """Each ``## [version]`` section's ``### heading`` subsections, with their text."""
    text = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    sections: dict[str, dict[str, str]] = {}
    for chunk in re.split(r"^## ", text, flags=re.MULTILINE)[1:]:
        title, _, body = chunk.partition("\n")
        name = re.fullmatch(r"\[([^\]]+)\].*", title)
        assert name is not None, title
        parts = re.split(r"^### (.+)\n", body, flags=re.MULTILINE)
        sections[name.group(1)] = dict(zip(parts[1::2], parts[2::2], strict=True))
    return sections


# -- versions ---------------------------------------------------------------------


def test_version_is_the_package_metadata() -> None:
    assert ascc_model.__version__ == importlib.metadata.version("ascc-model")
    assert re.fullmatch(r"\d+\.\d+\.\d+", ascc_model.__version__)
    assert "__version__" in dir(ascc_model)
    with pytest.raises(AttributeError, match="no attribute 'version'"):
        _ = ascc_model.version


def test_data_version_names_the_packaged_source_and_its_date() -> None:
    sources = ascc_model.registry().sources()
    (source,) = [s for s in sources if s.kind == "seed"]  # the others are cited for one fact
    assert ascc_model.DATA_VERSION.source == source.id
    assert ascc_model.DATA_VERSION.source_date == source.date
    assert ascc_model.DATA_VERSION.source_date is None  # the source is undated
    assert "undated" in (source.note or "").lower()


def test_data_revision_counts_the_releases_that_changed_the_data() -> None:
    with_data = [
        version
        for version, parts in changelog_sections().items()
        if re.search(r"^- ", parts.get("Data", ""), flags=re.MULTILINE)
    ]
    assert "0.1.0" in with_data
    assert ascc_model.DATA_VERSION.revision == len(with_data), (
        f"sections with data changes: {with_data}; bump DATA_VERSION.revision "
        "in src/ascc_model/_data_version.py once per release that changes the data"
    )


def test_changelog_keeps_data_apart_from_api() -> None:
    sections = changelog_sections()
    assert next(iter(sections)) == "Unreleased"
    for version, parts in sections.items():
        assert set(parts) <= HEADINGS, f"{version}: {sorted(parts)}"
        if version != "Unreleased":
            assert re.fullmatch(r"\d+\.\d+\.\d+", version)


# -- the installed-wheel run ------------------------------------------------------


def test_the_suite_imports_the_installed_package() -> None:
    installed = os.environ.get("ASCC_MODEL_INSTALLED_AT")
    if installed is None:
        pytest.skip("only in scripts/release_check.py's run against the installed wheel")
    package = Path(ascc_model.__file__).resolve().parent
    assert package == Path(installed).resolve()
    assert "site-packages" in package.parts
    assert not (package.parent.parent / "pyproject.toml").exists()  # not a source tree
    assert (package / "py.typed").is_file()
    assert len(ascc_model.registry().sectors()) == 16


def test_the_installed_wheel_has_compiled_records_equal_to_the_yaml() -> None:
    if os.environ.get("ASCC_MODEL_INSTALLED_AT") is None:
        pytest.skip("only in scripts/release_check.py's run against the installed wheel")
    assert _default.compiled()
    from ascc_model import _packaged  # type: ignore[attr-defined]

    assert Path(_packaged.__file__).parent == Path(ascc_model.__file__).parent
    # The default registry comes from the compiled records; a fresh load reads the YAML.
    assert _load.load().records == ascc_model.registry().records


def test_the_downstream_script_passes_on_this_install() -> None:
    use_api = load_module(ROOT / "tests/downstream/use_api.py")
    report = use_api.main([ascc_model.__version__])
    assert report[0].startswith(f"ascc_model {ascc_model.__version__} from ")
    assert any(line.startswith("ACWC: ") for line in report)


# -- the compiled records (what the build hook writes into the wheel) --------------------


def compiled_module(text: str, **changes: object) -> ModuleType:
    """``text`` executed as a module, as the wheel's ``_packaged.py`` is imported."""
    module = ModuleType("_packaged")
    exec(compile(text, "_packaged.py", "exec"), module.__dict__)  # noqa: S102 - our own output
    for name, value in changes.items():
        setattr(module, name, value)
    return module


@pytest.fixture(scope="module")
def packaged_source() -> str:
    return _compile.source(_load.load().records)


def test_compiled_records_decode_to_the_yaml_records(packaged_source: str) -> None:
    records = _load.load().records
    decoded = _compile.decode(compiled_module(packaged_source))
    assert decoded == records
    assert [type(r) for r in decoded.identified()] == [type(r) for r in records.identified()]
    assert release_check.compiled_problems(packaged_source.encode()) == []


def test_the_compiled_module_holds_only_literals(packaged_source: str) -> None:
    docstring, *statements = ast.parse(packaged_source).body
    assert isinstance(docstring, ast.Expr)
    names = []
    for statement in statements:  # each a name bound to a literal: nothing runs on import
        assert isinstance(statement, ast.Assign)
        (target,) = statement.targets
        assert isinstance(target, ast.Name)
        names.append(target.id)
        ast.literal_eval(statement.value)
    assert names == ["FORMAT", "CLASSES", "NESTED", "RECORDS"]
    assert compiled_module(packaged_source).FORMAT == _compile.FORMAT


def test_decode_refuses_another_format(packaged_source: str) -> None:
    other = compiled_module(packaged_source, FORMAT=_compile.FORMAT + 1)
    with pytest.raises(ValueError, match="compiled data of format"):
        _compile.decode(other)
    with pytest.raises(ValueError, match="compiled data of format"):
        _compile.decode(ModuleType("empty"))


def test_decode_refuses_changed_classes_or_fields(packaged_source: str) -> None:
    classes = compiled_module(packaged_source).CLASSES
    index = next(i for i, (_, fields) in enumerate(classes) if len(fields) > 1)
    name, fields = classes[index]
    swapped = (*classes[:index], (name, (*fields[:-1], "renamed")), *classes[index + 1 :])
    with pytest.raises(ValueError, match=f"the fields of {name} have changed"):
        _compile.decode(compiled_module(packaged_source, CLASSES=swapped))
    fewer = (*classes[:index], (name, fields[:-1]), *classes[index + 1 :])
    with pytest.raises(ValueError, match=f"the fields of {name} have changed"):
        _compile.decode(compiled_module(packaged_source, CLASSES=fewer))
    unknown = (*classes[:index], ("NoSuchRecord", fields), *classes[index + 1 :])
    with pytest.raises(ValueError, match="not a class of the model: NoSuchRecord"):
        _compile.decode(compiled_module(packaged_source, CLASSES=unknown))


# -- the release checks' own logic ---------------------------------------------------

SOURCE = {
    "ascc_model/__init__.py": b"init",
    "ascc_model/py.typed": b"",
    "ascc_model/data/pillar.yaml": b"pillar",
    "ascc_model/data/sectors/01-a.yaml": b"sector",
}
INFO = "ascc_model-1.2.3.dist-info/"
COMPILED = (
    b'"""The packaged records, compiled from the YAML when this wheel was built. Do not edit."""\n'
    b"FORMAT = 1\nCLASSES = ()\nNESTED = ()\nRECORDS = {}\n"
)
WHEEL = {
    **SOURCE,
    "ascc_model/_packaged.py": COMPILED,
    f"{INFO}METADATA": b"",
    f"{INFO}WHEEL": b"",
    f"{INFO}RECORD": b"",
    f"{INFO}licenses/LICENSE": b"",
}


def test_a_complete_wheel_passes() -> None:
    assert release_check.wheel_problems(WHEEL, "1.2.3", SOURCE) == []
    assert release_check.modules(WHEEL) == ["__init__.py", "_packaged.py"]


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (
            {"ascc_model/data/sectors/01-a.yaml": None},
            [
                "missing from the wheel: ascc_model/data/sectors/01-a.yaml",
                "no sector data in the wheel",
            ],
        ),
        ({"ascc_model/py.typed": None}, ["missing from the wheel: ascc_model/py.typed"]),
        (
            {"ascc_model/_packaged.py": None},
            ["missing from the wheel: ascc_model/_packaged.py"],
        ),
        (
            {"ascc_model/_packaged.py": b"RECORDS = {}\n"},
            ["not the build hook's output: ascc_model/_packaged.py"],
        ),
        (
            {"ascc_model/_packaged.py": COMPILED.replace(b"NESTED = ()\n", b"")},
            ["ascc_model/_packaged.py defines no NESTED"],
        ),
        ({"ascc_model/_cache.py": b""}, ["unexpected file in the wheel: ascc_model/_cache.py"]),
        (
            {"ascc_model/data/old.yaml": b""},
            ["unexpected file in the wheel: ascc_model/data/old.yaml"],
        ),
        ({"tests/test_api.py": b""}, ["unexpected file in the wheel: tests/test_api.py"]),
        (
            {"ascc_model/__pycache__/x.pyc": b""},
            ["junk in the wheel: ascc_model/__pycache__/x.pyc"],
        ),
        (
            {"ascc_model/data/notes.txt": b""},
            ["unexpected file in the wheel: ascc_model/data/notes.txt"],
        ),
        ({"ascc_model/x.py~": b""}, ["junk in the wheel: ascc_model/x.py~"]),
        (
            {"ascc_model/data/pillar.yaml": b"old"},
            ["differs from the source tree: ascc_model/data/pillar.yaml"],
        ),
        ({f"{INFO}extra.txt": b""}, [f"unexpected file in the wheel: {INFO}extra.txt"]),
    ],
)
def test_a_faulty_wheel_is_refused(change: dict[str, bytes | None], expected: list[str]) -> None:
    members = {**WHEEL, **change}
    members = {name: data for name, data in members.items() if data is not None}
    assert release_check.wheel_problems(members, "1.2.3", SOURCE) == expected


def test_the_wheel_check_expects_every_packaged_yaml_and_module() -> None:
    if not (ROOT / "src").is_dir():
        pytest.skip("no source tree here (the run against the installed wheel)")
    expected = release_check.source_files()
    yaml = [n for n in expected if n.endswith(".yaml")]
    assert len(yaml) == len(list((ROOT / "src/ascc_model/data").rglob("*.yaml"))) >= 18
    assert "ascc_model/py.typed" in expected
    assert not [n for n in expected if "__pycache__" in n]
    src = sorted(p.name for p in (ROOT / "src/ascc_model").glob("*.py") if p.name != "_packaged.py")
    assert release_check.modules(expected) == src
    assert {"_compile.py", "_default.py", "_data_version.py", "_json.py"} <= set(src)
    assert not {"_cache.py", "_api.py", "_version.py", "_export.py"} & set(src)


def test_the_wheel_check_ignores_a_stray_compiled_module_in_src(tmp_path: Path) -> None:
    package = tmp_path / "ascc_model"
    package.mkdir()
    (package / "__init__.py").write_text("")
    (package / "_packaged.py").write_text("RECORDS = {}\n")
    assert release_check.source_files(tmp_path) == {"ascc_model/__init__.py": b""}


def test_a_compiled_module_that_does_not_compile_is_refused() -> None:
    (problem,) = release_check.compiled_problems(COMPILED + b"RECORDS = {\n")
    assert problem.startswith("not valid Python: ascc_model/_packaged.py: ")


def test_a_faulty_sdist_is_refused() -> None:
    top = "ascc_model-1.2.3/"
    names = [f"{top}pyproject.toml", f"{top}.venv/bin/python", f"{top}src/ascc_model/x.pyc"]
    names.append(f"{top}src/ascc_model/_packaged.py")
    problems = release_check.sdist_problems(names, "1.2.3")
    assert "junk in the sdist: .venv/bin/python" in problems
    assert "junk in the sdist: src/ascc_model/x.pyc" in problems
    assert "generated file in the sdist: src/ascc_model/_packaged.py" in problems
    assert "missing from the sdist: tests/test_ids.py" in problems
    assert "missing from the sdist: hatch_build.py" in problems


def test_metadata_must_name_the_version_and_runtime_dependencies() -> None:
    good = (
        "Metadata-Version: 2.4\nName: ascc-model\nVersion: 1.2.3\nRequires-Python: >=3.11\n"
        "Requires-Dist: attrs>=23.1\nRequires-Dist: cattrs>=23.2\nRequires-Dist: pyyaml>=6.0\n"
        "Requires-Dist: pytest>=8; extra == 'test'\n"
    )
    assert release_check.check_metadata(good, "1.2.3") == []
    bad = good.replace("Version: 1.2.3", "Version: 1.2.4") + "Requires-Dist: numpy\n"
    problems = release_check.check_metadata(bad, "1.2.3")
    assert problems[0] == "Version is '1.2.4', pyproject says '1.2.3'"
    assert problems[1].startswith("runtime dependencies are ")
