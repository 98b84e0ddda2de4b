"""The schema is declared once: every field of every record reaches every output.

For each field of each kind of record, a registry is built whose record of that
kind holds a distinctive value in that field; the value must then appear in the
JSON, the JSON-LD (read by a real processor), the CSV tables and ``show``. A
subclass that adds a field shows that a new field needs no other code.
"""

from __future__ import annotations

import copy
import csv
import enum
import io
import json
import pickle
from concurrent.futures import ProcessPoolExecutor
from typing import Any

import attrs
import pytest
from attrs import frozen
from pyld import jsonld  # type: ignore[import-untyped]

import ascc_model
from ascc_model import (
    AmbiguousKeyError,
    Body,
    Citation,
    DataError,
    Names,
    Problem,
    Registry,
    UnknownKeyError,
    _default,
)
from ascc_model._describe import describe
from ascc_model._records import KINDS, Records
from ascc_model._schema import declares_roles, fact, fields_of, role

#: A value no record of the packaged data holds, to find in every output.
MARK = "Zqx marker 7"


def _records_with(kind: str, field: str) -> tuple[Registry, Any] | None:
    """The packaged data with one record of ``kind`` holding a marked value in ``field``."""
    base = ascc_model.registry().records
    collection = KINDS[kind].plural
    records = getattr(base, collection)
    for record in records:
        marked = _marked(record, field)
        if marked is None:
            continue
        changed = tuple(marked if r is record else r for r in records)
        try:
            registry = Registry(attrs.evolve(base, **{collection: changed}))
        except DataError:
            continue
        return registry, marked
    return None


def _marked(record: Any, name: str) -> Any:  # noqa: PLR0911 - one return per shape
    """``record`` with a marked value in field ``name``, or ``None`` if no plain text fits."""
    value = getattr(record, name)
    if isinstance(value, enum.Enum):
        return None
    if isinstance(value, str) and not role(attrs.fields_dict(type(record))[name]).refs:
        if name in ("id", "url", "reference_url", "sha256") or "date" in name:
            return None
        return attrs.evolve(record, **{name: MARK})
    if value is None:
        return None
    if isinstance(value, Names):
        return attrs.evolve(record, **{name: Names(en=MARK, id=value.id)})
    if declares_roles(type(value)) and not isinstance(value, Citation):
        for inner, _role in fields_of(type(value)):
            try:
                marked = _marked(value, inner.name)
            except ValueError:  # the field holds a code (an ISO 8601 period), not text
                continue
            if marked is not None:
                return attrs.evolve(record, **{name: marked})
    return None


TEXT_FIELDS = [
    (kind, field.name)
    for kind, spec in KINDS.items()
    for field, _role in fields_of(spec.cls)
    if field.name != "id"
]


def _outputs(registry: Registry, record: Any) -> dict[str, str]:
    csv_text = "".join(ascc_model.to_csv(registry, raw=True).values())
    expanded = jsonld.expand(json.loads(ascc_model.to_jsonld(registry)))
    shown = "\n".join(" ".join(row.values) for row in describe(registry, record) if row.values)
    return {
        "json": ascc_model.to_json(registry),
        "jsonld": json.dumps(expanded, ensure_ascii=False),
        "csv": csv_text,
        "show": shown,
    }


@pytest.mark.parametrize(("kind", "field"), TEXT_FIELDS)
def test_every_text_field_reaches_json_jsonld_csv_and_show(kind: str, field: str) -> None:
    built = _records_with(kind, field)
    if built is None:
        pytest.skip(f"no {kind} record takes a plain text in {field}")
    registry, record = built
    for output, text in _outputs(registry, record).items():
        if kind in ("relation", "rename") and output == "show":
            continue  # `show` shows records with ids; a line is shown with its bodies
        assert MARK in text, (kind, field, output)


def test_the_text_fields_marked_are_most_of_the_text_fields() -> None:
    # Ids, references, dates, numbers, flags and codes cannot hold the marker: the test
    # below checks that every field, whatever it holds, reaches every output.
    markable = [kf for kf in TEXT_FIELDS if _records_with(*kf) is not None]
    assert len(markable) >= 40


def _set(value: object) -> bool:
    return value is not None and value != () and value is not False


def _node_properties(value: object) -> set[str]:
    found: set[str] = set()
    if isinstance(value, dict):
        for key, inner in value.items():
            found.add(key)
            found |= _node_properties(inner)
    elif isinstance(value, list):
        for inner in value:
            found |= _node_properties(inner)
    return found


@pytest.fixture(scope="module")
def outputs() -> dict[str, Any]:
    registry = ascc_model.registry()
    expanded = jsonld.expand(json.loads(ascc_model.to_jsonld(registry)))
    by_id = {node["@id"]: node for node in expanded if "@id" in node}
    return {
        "json": json.loads(ascc_model.to_json(registry)),
        "jsonld": by_id,
        "properties": _node_properties(expanded),
        "csv": {
            name: list(csv.DictReader(io.StringIO(text)))
            for name, text in ascc_model.to_csv(registry, raw=True).items()
        },
    }


ALL_FIELDS = [(k, f.name) for k, spec in KINDS.items() for f, _r in fields_of(spec.cls)]


@pytest.mark.parametrize(("kind", "field"), ALL_FIELDS)
def test_every_field_reaches_every_output(kind: str, field: str, outputs: dict[str, Any]) -> None:
    from ascc_model._jsonld import PREFIXES, _camel  # the export's own naming rule

    spec = KINDS[kind]
    records = getattr(ascc_model.registry().records, spec.plural)
    record = next((r for r in records if _set(getattr(r, field))), None)
    if record is None:
        pytest.skip(f"no {kind} of the packaged data sets {field}")
    index = records.index(record)
    # JSON: the field, by its name, in the record's object.
    assert field in outputs["json"][spec.plural][index]
    # JSON-LD: the field's property in the record's node (or, for nested values and
    # records without ids, somewhere in the graph).
    declared = role(attrs.fields_dict(spec.cls)[field])
    if field != "id" and "jsonld" not in declared.hidden:
        term = declared.term or f"ascc:{_camel(field)}"
        prefix, local = term.split(":")
        iri = PREFIXES[prefix] + local
        node = outputs["jsonld"].get(f"urn:ascc-model:id:{getattr(record, 'id', '')}")
        assert iri in (node if node is not None else outputs["properties"]), (kind, field)
    # CSV: a column of the field, holding a value in the record's row (or its own table).
    rows = outputs["csv"][spec.plural]
    column = declared.column if declared.column is not None else field
    names = [c for c in rows[0] if c.startswith(column.removesuffix("s") or field)]
    child = f"{kind}_{field}"
    assert names or child in outputs["csv"], (kind, field)
    if names and not isinstance(getattr(record, field), bool):
        assert any(rows[index][c] for c in names), (kind, field, names)
    # show: a row for the field (records with ids only).
    if "id" in attrs.fields_dict(spec.cls) and field != "sources":
        labels = {r.label for r in describe(ascc_model.registry(), record)}
        words = (declared.label or field.replace("_", " ")).removesuffix("s")
        assert any(label.startswith(words) or words in label for label in labels), (
            kind,
            field,
            labels,
        )


@frozen(repr=False)
class _Body(Body):
    """A body with one more field, as a contributor would add it."""

    motto: str | None = fact("A motto, to show a new field reaching every output.", default=None)


def test_a_new_field_reaches_every_output_with_no_other_code() -> None:
    base = ascc_model.registry().records
    acwc = next(b for b in base.bodies if b.id == "acwc")
    extended = _Body(**{f.name: getattr(acwc, f.name) for f in attrs.fields(Body)}, motto=MARK)
    bodies = tuple(extended if b is acwc else b for b in base.bodies)
    registry = Registry(attrs.evolve(base, bodies=bodies))
    outputs = _outputs(registry, extended)
    for output in ("jsonld", "csv", "show"):
        assert MARK in outputs[output], output
    rows = list(csv.DictReader(io.StringIO(ascc_model.to_csv(registry)["bodies"])))
    assert next(r for r in rows if r["id"] == "acwc")["motto"] == MARK
    assert json.loads(ascc_model.to_json(registry))["bodies"][2]["motto"] == MARK


def test_every_field_declares_a_role_with_a_description() -> None:
    classes = {spec.cls for spec in KINDS.values()}
    nested = {
        attrs.resolve_types(cls) and shape
        for cls in classes
        for field, _role in fields_of(cls)
        if declares_roles(shape := _item(field))
    }
    for cls in classes | nested:
        for field, declared in fields_of(cls):
            assert declared.doc.strip(), (cls.__name__, field.name)
            assert declared.doc.endswith("."), (cls.__name__, field.name)


def _item(field: attrs.Attribute[Any]) -> Any:
    import typing

    hint = field.type
    for arg in typing.get_args(hint) or (hint,):
        inner = typing.get_args(arg)
        candidate = inner[0] if inner else arg
        if isinstance(candidate, type):
            return candidate
    return hint


def test_records_group_every_collection_once() -> None:
    records = ascc_model.registry().records
    assert Records(**records.collections()) == records
    assert ascc_model.Registry(records) == ascc_model.registry()
    assert sorted(KINDS) == sorted(
        {"source", "pillar", "sector", "agency", "body", "relation", "plan", "instrument"}
        | {"programme", "figure", "erratum", "event", "change", "assignment", "disagreement"}
        | {"rename"}
    )


# -- errors are values ------------------------------------------------------------------

ERRORS = [
    UnknownKeyError("body", "ACWW", ("ACW", "ACWC")),
    AmbiguousKeyError("bodies", "APT EMM", ("apt-emm-education", "apt-emm-environment")),
    DataError([Problem("unknown body 'x'", "relations[0].object", "mine.yaml", 3)]),
]


@pytest.mark.parametrize("error", ERRORS, ids=lambda e: type(e).__name__)
def test_errors_pickle_copy_and_compare_by_value(error: Exception) -> None:
    for again in (pickle.loads(pickle.dumps(error)), copy.copy(error), copy.deepcopy(error)):  # noqa: S301 - our own bytes
        assert again == error
        assert str(again) == str(error)
        assert type(again) is type(error)
        assert hash(again) == hash(error)
    assert error != type(error)(*([*error.__reduce__()[1][:-1], ("other",)]))


def test_a_problem_pickles_and_compares() -> None:
    problem = Problem("bad", "bodies[0].names", "a.yaml", 4)
    assert pickle.loads(pickle.dumps(problem)) == problem  # noqa: S301
    assert str(problem) == "a.yaml:4: bodies[0].names: bad"


def _look_up(key: str) -> str:
    return ascc_model.get_body(key).id


def test_a_failed_look_up_in_a_process_pool_reaches_the_caller_as_the_same_error() -> None:
    with ProcessPoolExecutor(max_workers=1) as pool:
        assert pool.submit(_look_up, "ACWC").result() == "acwc"
        with pytest.raises(UnknownKeyError) as caught:
            pool.submit(_look_up, "ACWW").result()
        with pytest.raises(AmbiguousKeyError) as ambiguous:
            pool.submit(_look_up, "APT EMM").result()
    with pytest.raises(UnknownKeyError) as here:
        ascc_model.get_body("ACWW")
    assert caught.value == here.value
    assert ambiguous.value.candidates == ("apt-emm-education", "apt-emm-environment")


# -- the module functions are the default registry's methods ---------------------------


@pytest.mark.parametrize("name", [n for n in _default.__all__ if n != "registry"])
def test_each_module_function_answers_as_the_default_registry(name: str) -> None:
    function = getattr(ascc_model, name)
    method = getattr(ascc_model.registry(), name)
    samples: dict[str, tuple[tuple[Any, ...], dict[str, Any]]] = {
        "get_sector": (("health",), {}),
        "get_body": (("ACWC",), {}),
        "get_agency": (("BNPB",), {}),
        "get_plan": (("ACW Work Plan 2021-2025",), {}),
        "get_record": (("aathp",), {}),
        "lookup": (("Kemenko PMK",), {}),
        "search": (("kabut asap",), {"limit": 5}),
        "find_bodies": (("amca",), {}),
        "bodies": ((), {"sector": "environment"}),
        "bodies_reporting_to": (("AMME",), {"transitive": True}),
        "reporting_chain": (("AWGCC",), {}),
        "relations": ((), {"object": "AMMSWD"}),
        "focal_point_for": (("haze",), {}),
        "plans": ((), {"year": 2023}),
        "sectors": ((), {}),
        "agencies": ((), {}),
    }
    args, kwargs = samples[name]
    assert function(*args, **kwargs) == method(*args, **kwargs)
    assert function.__doc__
    assert f":meth:`Registry.{name}`" in function.__doc__
