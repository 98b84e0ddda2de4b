"""Nothing a user can reach changes a registry; racing threads build one default registry."""

from __future__ import annotations

import subprocess
import sys
import threading

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import ascc_model
from ascc_model import _default

ALL_RECORDS = [
    *ascc_model.sectors(),
    *ascc_model.bodies(),
    *ascc_model.relations(),
    *ascc_model.plans(),
    *ascc_model.registry().agencies(),
    *ascc_model.registry().instruments(),
    *ascc_model.registry().programmes(),
    *ascc_model.registry().figures(),
    *ascc_model.registry().errata(),
    *ascc_model.registry().sources(),
    *ascc_model.registry().pillars(),
]


@given(st.sampled_from(ALL_RECORDS), st.data())
def test_records_are_frozen_and_hold_no_mutable_values(record: object, data: st.DataObject) -> None:
    field = data.draw(st.sampled_from(attrs.fields(type(record))))
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        setattr(record, field.name, None)
    with pytest.raises(AttributeError):
        record.extra = 1  # type: ignore[attr-defined]  # slotted: no new attributes
    value = getattr(record, field.name)
    assert not isinstance(value, (list, dict, set)), (record, field.name)
    if attrs.has(type(value)):
        with pytest.raises(attrs.exceptions.FrozenInstanceError):
            setattr(value, attrs.fields(type(value))[0].name, None)


def test_the_registry_is_frozen_and_answers_with_tuples() -> None:
    registry = ascc_model.registry()
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        registry._records = ascc_model.Registry().records  # type: ignore[misc]
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        registry.records.bodies = ()  # type: ignore[misc]
    for answer in (
        registry.sectors(),
        registry.bodies(),
        registry.relations(),
        registry.plans(),
        registry.find_bodies("ASEAN"),
        registry.bodies_reporting_to("AMME", transitive=True),
        registry.focal_point_for("health").agencies,
    ):
        assert isinstance(answer, tuple)
    before = registry.bodies()
    assert ascc_model.bodies() == before


def test_racing_threads_build_one_default_registry(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_default, "_default", None)
    built: list[object] = []
    original = _default._packaged

    def counting() -> ascc_model.Registry:
        built.append(None)
        return original()

    monkeypatch.setattr(_default, "_packaged", counting)
    barrier = threading.Barrier(16)
    seen: list[ascc_model.Registry] = []

    def first_use() -> None:
        barrier.wait()
        seen.append(ascc_model.registry())

    threads = [threading.Thread(target=first_use) for _ in range(16)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(seen) == 16
    assert all(r is seen[0] for r in seen)
    assert len(built) == 1


def test_import_parses_nothing() -> None:
    code = (
        "import sys, ascc_model; "
        "print(sorted(m for m in ('yaml', 'cattrs', 'ascc_model._load') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
