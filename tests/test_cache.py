"""The fast paths give exactly what the slow ones give.

The compiled cache of the packaged data equals what the YAML loads to and is used only
when it matches; the loader's shortcuts agree with PyYAML and Unicode folding.
"""

from __future__ import annotations

import marshal
import os
import shutil
import subprocess
import sys
import textwrap
import unicodedata
from pathlib import Path

import pytest
import yaml
from hypothesis import given
from hypothesis import strategies as st

import ascc_model
from ascc_model import DataError, Registry, _api, _cache, _load
from ascc_model._registry import _FOLD, normalize

# -- the loader's and the index's shortcuts ------------------------------------------


def _normalize_slowly(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    folded = "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()
    folded = " ".join(folded.translate(_FOLD).split())
    return folded.replace(" +", "+").replace("+ ", "+")


@given(st.text())
def test_normalize_matches_full_unicode_folding(text: str) -> None:
    assert normalize(text) == _normalize_slowly(text)


@given(st.text(alphabet=st.characters(max_codepoint=127)))
def test_normalize_of_ascii_matches_full_unicode_folding(text: str) -> None:
    assert normalize(text) == _normalize_slowly(text)


_SCALARS = st.one_of(
    st.text(),
    st.sampled_from(
        [
            "",
            "~",
            "null",
            "NO",
            "yes",
            "On",
            "1.10",
            "012",
            "0x1F",
            ".inf",
            "-.5",
            "<<",
            "=",
            "2002-06-10",
            "1_000",
            "+1",
            "committee",
            "P1Y",
            "true",
            "False",
            "9:30",
        ]
    ),
)


@given(_SCALARS)
def test_the_implicit_tag_shortcut_agrees_with_pyyaml(value: str) -> None:
    expected = yaml.resolver.Resolver().resolve(yaml.ScalarNode, value, (True, False))  # type: ignore[no-untyped-call]
    assert _load._tag(value) == expected


# -- the compiled form of the packaged data ---------------------------------------------


@pytest.fixture
def cache_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "cache"
    monkeypatch.setenv("ASCC_MODEL_CACHE", str(folder))
    return folder


@pytest.fixture(scope="module")
def from_yaml() -> Registry:
    return ascc_model.load(*_api.packaged_files())


@pytest.fixture
def package_copy(tmp_path: Path) -> Path:
    """A copy of the installed package's modules and data, to edit."""
    copy = tmp_path / "ascc_model"
    shutil.copytree(_cache.PACKAGE_DIR, copy, ignore=shutil.ignore_patterns("__pycache__"))
    return copy


def test_the_compiled_form_equals_what_the_yaml_loads_to(from_yaml: Registry) -> None:
    blob = _cache.encode(from_yaml, b"stamp")
    decoded = _cache.decode(blob, b"stamp")
    assert decoded is not None
    assert decoded == from_yaml
    assert decoded.ids() == from_yaml.ids()
    for body in from_yaml.bodies():
        assert decoded.get_body(body.id) == body
        assert decoded.bodies_reporting_to(body.id, transitive=True) == (
            from_yaml.bodies_reporting_to(body.id, transitive=True)
        )
    assert marshal.loads(blob)[0] == _cache.FORMAT  # noqa: S302 - our own bytes


def test_the_compiled_form_keeps_every_type(from_yaml: Registry) -> None:
    decoded = _cache.decode(_cache.encode(from_yaml, b""), b"")
    assert decoded is not None
    for mine, theirs in zip(decoded.bodies(), from_yaml.bodies(), strict=True):
        assert type(mine.kind) is type(theirs.kind)
        assert mine.kind is theirs.kind
        assert type(mine.established) is type(theirs.established)
        assert all(type(c) is ascc_model.Citation for c in mine.sources)


def test_the_default_registry_is_stored_then_read_back(
    cache_dir: Path, from_yaml: Registry, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert _cache.load_packaged() is None  # nothing compiled yet
    first = _api._packaged_registry()
    assert first == from_yaml
    written = _cache.cache_file()
    assert written is not None
    assert Path(written).parent == cache_dir
    assert Path(written).is_file()

    def no_yaml(*_args: object, **_kwargs: object) -> Registry:
        raise AssertionError("the YAML was parsed although the compiled form matches")

    monkeypatch.setattr(_api, "load", no_yaml)
    second = _api._packaged_registry()
    assert second == from_yaml
    assert second is not first


@pytest.mark.usefixtures("cache_dir")
def test_a_stale_compiled_form_is_ignored(from_yaml: Registry, package_copy: Path) -> None:
    assert _cache.store(from_yaml, package_dir=str(package_copy)) is not None
    assert _cache.load_packaged(str(package_copy)) == from_yaml
    sector = package_copy / "data" / "sectors" / "13-health.yaml"
    sector.write_bytes(sector.read_bytes() + b"\n# an edit\n")
    assert _cache.load_packaged(str(package_copy)) is None


@pytest.mark.usefixtures("cache_dir")
def test_an_edited_module_makes_the_compiled_form_stale(
    from_yaml: Registry, package_copy: Path
) -> None:
    assert _cache.store(from_yaml, package_dir=str(package_copy)) is not None
    module = package_copy / "_convert.py"
    module.write_text(module.read_text(encoding="utf-8") + "\n# an edit\n", encoding="utf-8")
    assert _cache.load_packaged(str(package_copy)) is None


@pytest.mark.usefixtures("cache_dir")
def test_each_installation_has_its_own_file(package_copy: Path) -> None:
    assert _cache.cache_file() != _cache.cache_file(str(package_copy))


@pytest.mark.parametrize(
    "damage",
    [
        b"",
        b"not marshal at all",
        marshal.dumps((1, 2, 3)),
        marshal.dumps((_cache.FORMAT + 1, b"", (), (), {})),
    ],
)
def test_a_damaged_compiled_form_is_ignored_and_rewritten(
    cache_dir: Path, from_yaml: Registry, damage: bytes
) -> None:
    path = _cache.cache_file()
    assert path is not None
    cache_dir.mkdir()
    Path(path).write_bytes(damage)
    assert _cache.load_packaged() is None
    assert _api._packaged_registry() == from_yaml
    assert _cache.load_packaged() == from_yaml


def test_a_compiled_form_whose_records_break_the_checks_is_ignored(
    cache_dir: Path, from_yaml: Registry
) -> None:
    blob = _cache.encode(from_yaml, _cache.fingerprint())
    form, stamp, classes, nested, payload = marshal.loads(blob)  # noqa: S302 - our own bytes
    payload["bodies"] = (*payload["bodies"], payload["bodies"][0])  # a duplicate id
    path = _cache.cache_file()
    assert path is not None
    cache_dir.mkdir()
    Path(path).write_bytes(marshal.dumps((form, stamp, classes, nested, payload)))
    with pytest.raises(DataError, match="duplicate id"):
        _cache.decode(Path(path).read_bytes(), stamp)
    assert _cache.load_packaged() is None


@pytest.mark.parametrize("value", ["off", "0", "false", "no", ""])
def test_the_cache_can_be_turned_off(
    monkeypatch: pytest.MonkeyPatch, from_yaml: Registry, value: str
) -> None:
    monkeypatch.setenv("ASCC_MODEL_CACHE", value)
    assert _cache.cache_file() is None
    assert _cache.store(from_yaml) is None
    assert _cache.load_packaged() is None
    assert _api._packaged_registry() == from_yaml


def test_an_unwritable_cache_folder_is_left_alone(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, from_yaml: Registry
) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder", encoding="utf-8")
    monkeypatch.setenv("ASCC_MODEL_CACHE", str(blocker / "cache"))
    assert _cache.store(from_yaml) is None
    assert _api._packaged_registry() == from_yaml
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a-file"]


def test_the_default_folder_follows_xdg(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv("ASCC_MODEL_CACHE", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.setattr(sys, "platform", "linux")
    path = _cache.cache_file()
    assert path is not None
    assert Path(path).parent == tmp_path / "ascc-model"


def test_the_compiled_form_lists_the_yaml_in_load_order() -> None:
    assert [Path(p).resolve() for p in _cache.packaged_yaml()] == [
        Path(str(f)).resolve() for f in _api.packaged_files()
    ]


def test_records_of_unknown_types_are_refused() -> None:
    with pytest.raises(TypeError, match="cannot compile a list"):
        _cache._Encoder().value([1])


# -- without libyaml --------------------------------------------------------------------

WITHOUT_LIBYAML = """
import logging, sys
sys.modules["yaml._yaml"] = None  # as if PyYAML were built without libyaml
records = []
handler = logging.Handler()
handler.emit = records.append
logging.getLogger("ascc_model").addHandler(handler)
logging.getLogger("ascc_model").setLevel(logging.DEBUG)
import yaml
import ascc_model
from ascc_model import _api, _load
assert _load._Loader is yaml.SafeLoader, _load._Loader
registry = ascc_model.load(*_api.packaged_files())
ascc_model.load_text("schema_version: 1")
print(len(registry.bodies()), registry.get_body("ACWC").id)
print(sum("libyaml" in r.getMessage() for r in records))
"""


def test_without_libyaml_the_pure_python_parser_loads_the_same_data(
    from_yaml: Registry, tmp_path: Path
) -> None:
    env = {**os.environ, "ASCC_MODEL_CACHE": "off"}
    done = subprocess.run(
        [sys.executable, "-c", WITHOUT_LIBYAML],
        capture_output=True,
        text=True,
        check=False,
        env=env,
        cwd=tmp_path,
    )
    assert done.returncode == 0, done.stderr
    count, acwc, said = done.stdout.split()
    assert (int(count), acwc) == (len(from_yaml.bodies()), "acwc")
    assert said == "1"  # said once, at debug level


# -- importing the package ------------------------------------------------------------


def test_importing_the_package_imports_and_parses_nothing_else(tmp_path: Path) -> None:
    code = "import sys, ascc_model; print(' '.join(sorted(sys.modules)))"
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=tmp_path
    )
    loaded = set(done.stdout.split())
    assert "ascc_model" in loaded
    assert not {m for m in loaded if m.startswith("ascc_model.")}
    assert not loaded & {"yaml", "cattrs", "attrs", "json", "importlib.resources"}


def test_every_export_is_imported_on_first_use() -> None:
    assert set(ascc_model._LAZY) == set(ascc_model.__all__)
    for name, module in ascc_model._LAZY.items():
        value = getattr(ascc_model, name)
        owner = sys.modules[f"ascc_model{module}"]
        assert value is getattr(owner, name), name
        assert name in vars(ascc_model)  # kept: the next look-up is a plain attribute read
    with pytest.raises(AttributeError, match="no attribute 'nothing_here'"):
        _ = ascc_model.nothing_here


# -- remembered look-ups -----------------------------------------------------------------


def test_a_remembered_look_up_gives_what_normalizing_gives() -> None:
    registry = ascc_model.load(*_api.packaged_files())
    for body in registry.bodies():
        for key in (body.acronym, body.names.en, body.names.id, *body.aliases):
            if key is None:
                continue
            try:
                first = registry.get_body(key)
            except ascc_model.AmbiguousKeyError:
                with pytest.raises(ascc_model.AmbiguousKeyError):
                    registry.get_body(key)  # never remembered
                continue
            assert registry.get_body(key) is first
            assert registry.get_body(key.upper()) is first
    assert all(
        registry.get_body(key) is record for key, record in registry._body_keys.found.items()
    )


def test_remembered_look_ups_are_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    from ascc_model import _registry

    monkeypatch.setattr(_registry, "_FOUND", 3)
    registry = ascc_model.load(*_api.packaged_files())
    keys = ["ACWC", "acwc ", " ACW", "AMMSWD", "SOMSWD"]
    found = [registry.get_body(k) for k in keys]
    assert len(registry._body_keys.found) == 3
    assert [registry.get_body(k) for k in keys] == found
    with pytest.raises(ascc_model.UnknownKeyError):
        registry.get_body("no such body")


def test_focal_points_are_built_once_and_stay_right() -> None:
    registry = ascc_model.load(*_api.packaged_files())
    for sector in registry.sectors():
        first = registry.focal_point_for(sector.id)
        point = sector.focal_point
        agencies = tuple(registry.get_agency(a) for a in point.agencies)
        assert first == ascc_model.FocalPoints(sector, agencies, point.note)
        assert registry.focal_point_for(sector.names.best()) is first


def test_kept_transitive_answers_equal_fresh_walks(monkeypatch: pytest.MonkeyPatch) -> None:
    from ascc_model import _registry

    monkeypatch.setattr(_registry, "_WALK_KEPT", 3)
    registry = ascc_model.load(*_api.packaged_files())
    for body in registry.bodies():
        for edges, ask in (
            (registry._children, lambda b: registry.bodies_reporting_to(b, transitive=True)),
            (registry._parents, registry.reporting_chain),
        ):
            fresh = registry._breadth_first(body, edges)
            first = ask(body.id)
            assert first == fresh
            assert ask(body.id) == fresh
            if len(fresh) <= 3:
                assert ask(body.id) is first
    assert all(len(walk) <= 3 for walk in registry._walks.values())
    assert (
        registry.bodies_reporting_to("AMMSWD")
        == registry._breadth_first(registry.get_body("AMMSWD"), registry._children)[:2]
    )


def test_a_body_reporting_twice_to_one_parent_is_listed_once() -> None:
    text = """
    schema_version: 1
    sources: [{id: s, title: S, language: en}]
    bodies:
      - {id: top, names: {en: Top}, kind: ministerial, sources: ["s:1"]}
      - {id: low, names: {en: Low}, kind: committee, sources: ["s:1"]}
    relations:
      - {subject: low, kind: reports_to, object: top, sources: ["s:1"]}
      - {subject: low, kind: assists, object: top, sources: ["s:2"]}
    """
    registry = ascc_model.load_text(textwrap.dedent(text))
    assert [b.id for b in registry.bodies_reporting_to("top")] == ["low"]
    assert [b.id for b in registry.reporting_chain("low")] == ["top"]


def test_only_the_latest_installations_keep_their_files(
    cache_dir: Path, from_yaml: Registry, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(_cache, "KEEP", 2)
    cache_dir.mkdir()
    for age, name in enumerate(["packaged-old1.marshal", "packaged-old2.marshal", "x.txt"]):
        (cache_dir / name).write_bytes(b"")
        os.utime(cache_dir / name, (1_000_000 + age, 1_000_000 + age))
    (cache_dir / "packaged-new.marshal.1.tmp").write_bytes(b"")
    written = _cache.store(from_yaml)
    assert written is not None
    # Another writer's temporary file is neither counted nor removed.
    assert sorted(p.name for p in cache_dir.iterdir()) == sorted(
        [Path(written).name, "packaged-new.marshal.1.tmp", "packaged-old2.marshal", "x.txt"]
    )


@pytest.mark.usefixtures("cache_dir")
def test_a_file_naming_any_other_class_is_refused(from_yaml: Registry) -> None:
    # A crafted file could name os.system as a "class"; only model classes are looked up.
    import marshal

    written = _cache.store(from_yaml)
    assert written is not None
    form, stamp, classes, nested, payload = marshal.loads(Path(written).read_bytes())  # noqa: S302
    crafted = (("os", "system"), *classes[1:])
    Path(written).write_bytes(marshal.dumps((form, stamp, crafted, nested, payload)))
    with pytest.raises(ValueError, match=r"not a class of the model: os\.system"):
        _cache.decode(Path(written).read_bytes(), stamp)
    assert _cache.load_packaged() is None


def test_no_cache_without_plain_files(tmp_path: Path) -> None:
    # Inside a zip (or a frozen app) nothing lists the YAML, so nothing could tell it changed.
    assert _cache.cache_file(str(tmp_path / "no-such-package")) is None
