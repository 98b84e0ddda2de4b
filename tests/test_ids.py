"""The stable-id contract: an id of a released version never disappears silently.

``ids/<version>.txt`` lists every public id of a release with the kind of record it
names. Every one must still be an id of the packaged data, of the same kind, or an old
id in the data's ``renamed:`` list (which resolves with a ``DeprecationWarning``), or,
after a major release, be listed in ``ids/removed.txt``.
"""

from __future__ import annotations

import importlib.util
import re
from importlib.resources import files
from pathlib import Path
from typing import TYPE_CHECKING, cast

import pytest

import ascc_model

if TYPE_CHECKING:
    from collections.abc import Callable

ROOT = Path(__file__).resolve().parent.parent
IDS = ROOT / "ids"
MANIFESTS = sorted(
    (p for p in IDS.glob("*.txt") if p.name != "removed.txt"),
    key=lambda p: tuple(int(n) for n in p.stem.split(".")),
)
KINDS = {
    "source",
    "pillar",
    "sector",
    "agency",
    "body",
    "plan",
    "instrument",
    "programme",
    "figure",
    "erratum",
    "event",
    "change",
    "assignment",
    "disagreement",
}


def _load_script() -> Callable[[ascc_model.Registry], dict[str, str]]:
    spec = importlib.util.spec_from_file_location("id_manifest", ROOT / "scripts/id_manifest.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return cast("Callable[[ascc_model.Registry], dict[str, str]]", module.kinds)


kinds = _load_script()


def version(text: str) -> tuple[int, int, int]:
    major, minor, patch = (int(n) for n in text.split("."))
    return major, minor, patch


def read_manifest(path: Path) -> dict[str, str]:
    """The manifest's ids with their kinds, checking its shape on the way."""
    found: dict[str, str] = {}
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if line.startswith("#"):
            continue
        kind, _, ident = line.partition(" ")
        assert kind in KINDS, f"{path.name}:{number}: unknown kind {kind!r}"
        assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", ident), f"{path.name}:{number}: {ident!r}"
        assert ident not in found, f"{path.name}:{number}: {ident!r} listed twice"
        found[ident] = kind
    return found


def read_removed(path: Path = IDS / "removed.txt") -> dict[str, str]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return dict(line.split() for line in lines if line.strip() and not line.startswith("#"))


def broken_promises(
    released: dict[str, str],
    released_as: str,
    registry: ascc_model.Registry,
    *,
    removed: dict[str, str],
    package_version: str,
) -> list[str]:
    """What a release of ``registry`` would break for users of ``released_as``."""
    now = kinds(registry)
    broken = []
    for ident, kind in released.items():
        if ident in now:
            if now[ident] != kind:
                broken.append(f"{ident!r} was a {kind} in {released_as}, now a {now[ident]}")
            continue
        gone_in = removed.get(ident)
        if gone_in is None:
            broken.append(
                f"{kind} {ident!r} of {released_as} is gone: keep it, or list it in the data's "
                f"`renamed:` ({{old: {ident}, new: <new id>, since: <release>}})"
            )
        elif version(gone_in)[0] <= version(released_as)[0]:
            broken.append(f"{ident!r} of {released_as} removed in {gone_in}, not a major release")
        elif version(gone_in) > version(package_version):
            broken.append(f"{ident!r} removed in {gone_in}, but this is {package_version}")
    return broken


# -- the contract, on the packaged data ------------------------------------------


@pytest.mark.parametrize("path", MANIFESTS, ids=[p.stem for p in MANIFESTS])
def test_the_packaged_data_keeps_every_released_id(path: Path) -> None:
    released = read_manifest(path)
    assert len(released) >= 200  # 0.1.0 had 200; manifests only grow
    broken = broken_promises(
        released,
        path.stem,
        ascc_model.registry(),
        removed=read_removed(),
        package_version=ascc_model.__version__,
    )
    assert broken == []


def test_every_release_in_the_changelog_has_a_manifest() -> None:
    changelog = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    released = re.findall(r"^## \[(\d+\.\d+\.\d+)\]", changelog, flags=re.MULTILINE)
    assert "0.1.0" in released
    assert sorted(released, key=version) == [p.stem for p in MANIFESTS]


def test_the_manifest_lists_every_public_id() -> None:
    registry = ascc_model.registry()
    assert list(kinds(registry)) != []
    assert set(kinds(registry)) == set(registry.ids())
    assert kinds(registry)["acwc"] == "body"
    assert kinds(registry)["acw-work-plan-2021-2025"] == "plan"


def test_removed_ids_are_listed_well() -> None:
    for ident, release in read_removed().items():
        assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", ident)
        assert version(release)[1:] == (0, 0), f"{ident} removed in {release}, not a major"


# -- the contract breaks, and holds, on scratch copies of the data -----------------

RELEASED = read_manifest(MANIFESTS[0])
RELEASED_AS = MANIFESTS[0].stem


def packaged_texts() -> list[str]:
    """The packaged YAML, in load order: a scratch copy to change."""
    root = files("ascc_model").joinpath("data")
    shared = sorted((f for f in root.iterdir() if f.name.endswith(".yaml")), key=lambda f: f.name)
    sectors = sorted(root.joinpath("sectors").iterdir(), key=lambda f: f.name)
    return [f.read_text(encoding="utf-8") for f in [*shared, *sectors] if f.name.endswith(".yaml")]


def renamed_copy(old: str, new: str, *, alias: bool) -> ascc_model.Registry:
    """The packaged data with id ``old`` (and every reference to it) changed to ``new``."""
    pattern = re.compile(rf"(?<![\w-]){re.escape(old)}(?![\w-])")
    texts = [pattern.sub(new, text) for text in packaged_texts()]
    if alias:
        texts.append(f"schema_version: 1\nrenamed:\n  - {{old: {old}, new: {new}, since: 9.9.9}}\n")
    registry = ascc_model.load_text(*texts, include_packaged=False)
    assert (old in registry.ids()) == alias  # a record's id no more; an alias if asked
    assert kinds(registry)[new] == RELEASED[old]
    return registry


GETTERS: dict[str, Callable[[ascc_model.Registry, str], object]] = {
    "sector": ascc_model.Registry.get_sector,
    "body": ascc_model.Registry.get_body,
    "agency": ascc_model.Registry.get_agency,
    "plan": ascc_model.Registry.get_plan,
}
# Released ids of each kind with a look-up (one also a word of prose, one with a hyphen),
# as long as they are still records' ids: one renamed since is the contract test's business.
RECORD_IDS = set(ascc_model.registry().ids()) - {r.old for r in ascc_model.registry().renamed()}
SAMPLES = [
    ident
    for ident in ("haze", "acwc", "som-ed", "bnpb", "acw-work-plan-2021-2025")
    if ident in RECORD_IDS
]


def new_breaks(registry: ascc_model.Registry) -> list[str]:
    """What ``registry`` breaks of the first release beyond what the packaged data does.

    (The packaged data breaks nothing, or the contract test above fails on its own.)
    """
    already = broken_promises(
        RELEASED, RELEASED_AS, ascc_model.registry(), removed={}, package_version="0.0.0"
    )
    broken = broken_promises(
        RELEASED, RELEASED_AS, registry, removed={}, package_version=ascc_model.__version__
    )
    return [b for b in broken if b not in already]


@pytest.mark.parametrize("old", SAMPLES)
def test_an_id_gone_without_an_alias_breaks_the_contract(old: str) -> None:
    broken = new_breaks(renamed_copy(old, f"{old}-x", alias=False))
    expected = (
        f"{RELEASED[old]} {old!r} of {RELEASED_AS} is gone: keep it, or list it in the data's "
        f"`renamed:` ({{old: {old}, new: <new id>, since: <release>}})"
    )
    assert broken == [expected]


@pytest.mark.parametrize("old", SAMPLES)
def test_a_renamed_id_keeps_the_contract_and_resolves_with_a_warning(old: str) -> None:
    new = f"{old}-x"
    registry = renamed_copy(old, new, alias=True)
    assert new_breaks(registry) == []
    get = GETTERS[RELEASED[old]]
    with pytest.warns(DeprecationWarning, match=rf"'{old}' was renamed '{new}' in 9\.9\.9"):
        record = get(registry, old)
    assert record == get(registry, new)
    assert getattr(record, "id", None) == new


def test_a_released_id_keeps_its_kind() -> None:
    assert broken_promises(
        {"acwc": "plan", "haze": "sector"},
        "0.1.0",
        ascc_model.registry(),
        removed={},
        package_version="0.1.0",
    ) == ["'acwc' was a plan in 0.1.0, now a body"]


@pytest.mark.parametrize(
    ("removed_in", "package_version", "expected"),
    [
        ("1.0.0", "1.0.0", []),
        ("1.0.0", "1.2.3", []),
        ("1.0.0", "0.9.0", ["'gone' removed in 1.0.0, but this is 0.9.0"]),
        ("0.2.0", "0.2.0", ["'gone' of 0.1.0 removed in 0.2.0, not a major release"]),
    ],
)
def test_an_id_may_be_removed_only_in_a_later_major_release(
    removed_in: str, package_version: str, expected: list[str]
) -> None:
    registry = ascc_model.load_text(
        "schema_version: 1\nsources: [{id: kept, title: T, language: en}]\n", include_packaged=False
    )
    broken = broken_promises(
        {"kept": "source", "gone": "body"},
        "0.1.0",
        registry,
        removed={"gone": removed_in},
        package_version=package_version,
    )
    assert broken == expected


def test_read_removed_reads_id_and_release(tmp_path: Path) -> None:
    path = tmp_path / "removed.txt"
    path.write_text("# comment\n\nold-body 1.0.0\n", encoding="utf-8")
    assert read_removed(path) == {"old-body": "1.0.0"}
