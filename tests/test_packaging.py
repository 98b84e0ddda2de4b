"""Versions, the changelog's shape, and the release checks' own logic.

The full round trip (build, local index, fresh install, downstream mypy) is
``scripts/release_check.py``, run by ``.ci/run``; these tests are the quick part.
"""

from __future__ import annotations

import importlib.metadata
import importlib.util
import os
import re
from pathlib import Path
from types import ModuleType

import pytest

import ascc_model

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
    (source,) = ascc_model.registry().sources()
    assert ascc_model.DATA_VERSION.source == source.id
    assert ascc_model.DATA_VERSION.source_date == source.date
    assert ascc_model.DATA_VERSION.source_date is None  # the source is undated
    assert "Undated" in (source.note or "")


def test_data_revision_counts_the_releases_that_changed_the_data() -> None:
    with_data = [
        version
        for version, parts in changelog_sections().items()
        if re.search(r"^- ", parts.get("Data", ""), flags=re.MULTILINE)
    ]
    assert "0.1.0" in with_data
    assert ascc_model.DATA_VERSION.revision == len(with_data), (
        f"sections with data changes: {with_data}; bump DATA_VERSION.revision "
        "in src/ascc_model/_version.py once per release that changes the data"
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


def test_the_downstream_script_passes_on_this_install() -> None:
    use_api = load_module(ROOT / "tests/downstream/use_api.py")
    report = use_api.main([ascc_model.__version__])
    assert report[0].startswith(f"ascc_model {ascc_model.__version__} from ")
    assert any(line.startswith("ACWC: ") for line in report)


# -- the release checks' own logic ---------------------------------------------------

SOURCE = {
    "ascc_model/__init__.py": b"init",
    "ascc_model/py.typed": b"",
    "ascc_model/data/pillar.yaml": b"pillar",
    "ascc_model/data/sectors/01-a.yaml": b"sector",
}
INFO = "ascc_model-1.2.3.dist-info/"
WHEEL = {
    **SOURCE,
    f"{INFO}METADATA": b"",
    f"{INFO}WHEEL": b"",
    f"{INFO}RECORD": b"",
    f"{INFO}licenses/LICENSE": b"",
}


def test_a_complete_wheel_passes() -> None:
    assert release_check.wheel_problems(WHEEL, "1.2.3", SOURCE) == []
    compiled = {**WHEEL, "ascc_model/data/compiled.marshal": b"derived by the build hook"}
    assert release_check.wheel_problems(compiled, "1.2.3", SOURCE) == []


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
        ({"tests/test_api.py": b""}, ["unexpected file in the wheel: tests/test_api.py"]),
        (
            {"ascc_model/__pycache__/x.pyc": b""},
            ["junk in the wheel: ascc_model/__pycache__/x.pyc"],
        ),
        ({"ascc_model/data/notes.txt": b""}, ["junk in the wheel: ascc_model/data/notes.txt"]),
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


def test_the_wheel_check_expects_every_packaged_yaml() -> None:
    if not (ROOT / "src").is_dir():
        pytest.skip("no source tree here (the run against the installed wheel)")
    expected = release_check.source_files()
    yaml = [n for n in expected if n.endswith(".yaml")]
    assert len(yaml) == len(list((ROOT / "src/ascc_model/data").rglob("*.yaml"))) >= 18
    assert "ascc_model/py.typed" in expected
    assert not [n for n in expected if "__pycache__" in n]


def test_a_faulty_sdist_is_refused() -> None:
    top = "ascc_model-1.2.3/"
    names = [f"{top}pyproject.toml", f"{top}.venv/bin/python", f"{top}src/ascc_model/x.pyc"]
    problems = release_check.sdist_problems(names, "1.2.3")
    assert "junk in the sdist: .venv/bin/python" in problems
    assert "junk in the sdist: src/ascc_model/x.pyc" in problems
    assert "missing from the sdist: tests/test_ids.py" in problems


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
