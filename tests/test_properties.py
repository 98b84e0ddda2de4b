"""Property tests of the invariants: valid data loads and round-trips; each violation is caught."""

from __future__ import annotations

import copy
from typing import Any

import pytest
import yaml
from hypothesis import given
from hypothesis import strategies as st

import ascc_model
from ascc_model import DataError
from ascc_model._convert import to_plain
from strategies import registries


def dump(doc: dict[str, Any]) -> str:
    return yaml.safe_dump(doc, allow_unicode=True, sort_keys=False)


@given(registries())
def test_valid_registries_load_and_round_trip(doc: dict[str, Any]) -> None:
    first = ascc_model.load_text(dump(doc), include_packaged=False)
    assert len(first.bodies()) == len(doc["bodies"])
    again = ascc_model.load_text(dump(to_plain(first.records)), include_packaged=False)
    assert again == first
    assert to_plain(again.records) == to_plain(first.records)


def _reject(doc: dict[str, Any], *expected: str) -> DataError:
    with pytest.raises(DataError) as caught:
        ascc_model.load_text(dump(doc), name="mutated.yaml", include_packaged=False)
    message = str(caught.value)
    for part in expected:
        assert part in message, (part, message)
    assert all(p.file == "mutated.yaml" and p.line is not None for p in caught.value.problems)
    return caught.value


@given(registries())
def test_duplicate_id_is_rejected(doc: dict[str, Any]) -> None:
    body = copy.deepcopy(doc["bodies"][0])
    body["names"]["en"] += " (copy)"
    doc["bodies"].append(body)
    _reject(doc, f"bodies[{len(doc['bodies']) - 1}].id", "duplicate id")


@given(registries(), st.sampled_from(["object", "subject"]))
def test_dangling_relation_is_rejected(doc: dict[str, Any], end: str) -> None:
    subject = doc["bodies"][0]["id"]
    relation = {
        "subject": subject,
        "kind": "advises",
        "object": "no-such-body",
        "sources": ["src:1"],
    }
    if end == "subject":
        relation["subject"], relation["object"] = "no-such-body", subject
    doc["relations"].append(relation)
    _reject(doc, f"relations[{len(doc['relations']) - 1}].{end}", "unknown body 'no-such-body'")


@given(registries())
def test_reporting_cycle_is_rejected(doc: dict[str, Any]) -> None:
    line = next(
        (r for r in doc["relations"] if r["kind"] in {"reports_to", "assists", "subsidiary_of"}),
        None,
    )
    if line is None:
        first = doc["bodies"][0]["id"]
        doc["relations"].append(
            {"subject": first, "kind": "reports_to", "object": first, "sources": ["src:1"]}
        )
        _reject(doc, "cannot reports_to itself")
        return
    doc["relations"].append(
        {
            "subject": line["object"],
            "kind": "reports_to",
            "object": line["subject"],
            "sources": ["src:2"],
        }
    )
    _reject(doc, "reporting cycle")


@given(registries(), st.sampled_from(["kind", "names", "sources", "id"]))
def test_missing_field_is_rejected(doc: dict[str, Any], field: str) -> None:
    del doc["bodies"][0][field]
    _reject(doc, f"bodies[0].{field}", "required field missing")


@given(registries())
def test_unknown_field_is_rejected(doc: dict[str, Any]) -> None:
    doc["bodies"][0]["colour"] = "blue"
    _reject(doc, "bodies[0].colour", "unknown field 'colour'")


@given(registries(), st.sampled_from([True, 12, 1.5, None, ["x"], {"a": "b"}]))
def test_wrong_type_for_a_string_is_rejected(doc: dict[str, Any], value: object) -> None:
    doc["sectors"][0]["summary"] = value
    message = "expected a string" if value is not None else "expected a string, got null"
    _reject(doc, "sectors[0].summary", message)


@given(registries())
def test_unreported_working_group_is_rejected(doc: dict[str, Any]) -> None:
    doc["bodies"].append(
        {
            "id": "lonely-wg",
            "names": {"en": "Lonely group"},
            "kind": "working_group",
            "sources": ["src:3"],
        }
    )
    _reject(doc, "body 'lonely-wg'", "must report to another body")


@given(registries(), st.integers(1951, 2030))
def test_backwards_period_is_rejected(doc: dict[str, Any], start: int) -> None:
    doc["plans"].append(
        {
            "id": "backwards",
            "title": {"en": "Backwards"},
            "kind": "work_plan",
            "holders": [doc["bodies"][0]["id"]],
            "period": f"{start}-{start - 1}",
            "sources": ["src:4"],
        }
    )
    _reject(doc, f"plans[{len(doc['plans']) - 1}].period", "ends")


@given(registries())
def test_repeated_acronym_and_name_is_rejected(doc: dict[str, Any]) -> None:
    twin = copy.deepcopy(doc["bodies"][0])
    twin["id"] = "twin-body"
    twin["acronym"] = "TWIN"
    twin.pop("base", None)
    twin.pop("partners", None)
    twin["kind"] = "ministerial"
    doc["bodies"][0]["acronym"] = "TWIN"
    doc["bodies"].append(twin)
    _reject(doc, "acronym 'TWIN'", "must differ in name")


@given(registries())
def test_record_without_source_is_rejected(doc: dict[str, Any]) -> None:
    doc["bodies"][0]["sources"] = []
    _reject(doc, "bodies[0].sources", "at least one source")


@given(registries())
def test_plus_format_without_partners_is_rejected(doc: dict[str, Any]) -> None:
    # Partners without a base are allowed (a dialogue's partners); a base needs partners.
    base = doc["bodies"][0]
    doc["bodies"].append(
        {
            "id": "plus-format-x",
            "names": {"en": "X plus"},
            "kind": base["kind"],
            "sources": ["src:1"],
            "base": base["id"],
        }
    )
    _reject(doc, f"bodies[{len(doc['bodies']) - 1}].partners", "must list its partners")


YAML_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=10),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=20,
)


@given(st.one_of(YAML_VALUES.map(dump), st.text(max_size=200)))
def test_arbitrary_yaml_raises_only_data_error(text: str) -> None:
    try:
        registry = ascc_model.load_text(text, include_packaged=False)
    except DataError as exc:
        assert exc.problems  # noqa: PT017 - either outcome is fine; only the type matters
    else:
        assert isinstance(registry, ascc_model.Registry)


@given(registries(), st.data())
def test_arbitrary_field_values_raise_only_data_error(
    doc: dict[str, Any], data: st.DataObject
) -> None:
    collection = data.draw(st.sampled_from([c for c in ("bodies", "sectors", "plans") if doc[c]]))
    record = data.draw(st.sampled_from(doc[collection]))
    key = data.draw(st.sampled_from(sorted(record)))
    record[key] = data.draw(YAML_VALUES)
    try:
        ascc_model.load_text(dump(doc), include_packaged=False)
    except DataError as exc:
        assert exc.problems  # noqa: PT017 - either outcome is fine; only the type matters


#: One registry queried across all examples, so that its kept answers pile up.
KEPT = ascc_model.load_text("schema_version: 1\n")


#: Acronyms that name their body alone (a few are shared: a look-up by them is ambiguous).
def _names_one(body: ascc_model.Body) -> bool:
    try:
        return KEPT.get_body(body.acronym or "") is body
    except (ascc_model.AmbiguousKeyError, ascc_model.UnknownKeyError):
        return False


UNIQUE_ACRONYMS = {b.acronym for b in KEPT.bodies() if b.acronym and _names_one(b)}


def walk(ident: str, *, down: bool, transitive: bool, stated: bool) -> list[str]:
    """The reporting walk written out plainly, breadth first, from the relations."""
    lines = [
        (r.subject, r.object)
        for r in KEPT.relations()
        if r.kind in ascc_model.REPORTING_KINDS and (r.stated or not stated)
    ]
    order: list[str] = []
    frontier = [ident]
    while frontier:
        step = [a if down else b for a, b in lines if (b if down else a) in frontier]
        new = [i for i in dict.fromkeys(step) if i not in order and i != ident]
        order += new
        frontier = new if transitive else []
    return order


@given(
    ident=st.sampled_from([b.id for b in ascc_model.bodies()]),
    spelling=st.sampled_from(["id", "acronym", "upper", "spaced", "record"]),
    down=st.booleans(),
    transitive=st.booleans(),
    stated=st.booleans(),
)
def test_kept_reporting_answers_equal_a_plain_walk(
    *, ident: str, spelling: str, down: bool, transitive: bool, stated: bool
) -> None:
    """Answers the registry keeps, by id or by key as given, are those of a plain walk."""
    body = KEPT.get_body(ident)
    key: str | ascc_model.Body = {
        "id": ident,
        "acronym": body.acronym if body.acronym in UNIQUE_ACRONYMS else ident,
        "upper": ident.upper(),
        "spaced": f"  {ident} ",
        "record": body,
    }[spelling]
    query = KEPT.bodies_reporting_to if down else KEPT.reporting_chain
    expected = walk(ident, down=down, transitive=transitive, stated=stated)
    for _ in range(2):  # computed, then kept
        assert [b.id for b in query(key, transitive=transitive, stated_only=stated)] == expected
