"""The exports are faithful: each reads back, in the tool it is meant for, as the registry."""

from __future__ import annotations

import csv
import json
import os
import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from typing import Any

import pytest
import yaml
from hypothesis import given
from pyld import jsonld  # type: ignore[import-untyped]

import ascc_model
from ascc_model import REPORTING_KINDS, Registry, RelationKind
from ascc_model._convert import to_plain
from ascc_model._diagrams import mermaid_id
from ascc_model._jsonld import citation_iri, context, record_iri
from strategies import registries

ORG = "http://www.w3.org/ns/org#"
SKOS = "http://www.w3.org/2004/02/skos/core#"
SCHEMA = "http://schema.org/"
DCTERMS = "http://purl.org/dc/terms/"
RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
XSD = "http://www.w3.org/2001/XMLSchema#"


@pytest.fixture(scope="module")
def reg() -> Registry:
    return ascc_model.registry()


def _load(doc: dict[str, Any]) -> Registry:
    return ascc_model.load_text(
        yaml.safe_dump(doc, allow_unicode=True, sort_keys=False), include_packaged=False
    )


# -- JSON ---------------------------------------------------------------------------


def test_json_loads_back_into_an_equal_registry(reg: Registry) -> None:
    text = ascc_model.to_json()
    assert json.loads(text) == to_plain(reg.records)
    assert ascc_model.load_text(text, include_packaged=False) == reg


def test_json_numbers_and_characters_survive_a_yaml_reader() -> None:
    # json.dumps writes 1e+16, which YAML 1.1 reads as a string; U+2028 and U+2029 are
    # line breaks to YAML and U+FEFF a byte-order mark: all must come back as they were.
    # (Control characters such as U+0085 are refused: tests/test_hostile_2.py.)
    odd = "a\u2029b\u2028c\ufeffd\u00a0e\tf"
    doc = {
        "schema_version": 1,
        "sources": [{"id": "src", "title": odd, "language": "en"}],
        "figures": [
            {"id": f"f{n}", "measure": "m", "value": v, "unit": "u", "sources": ["src:1"]}
            for n, v in enumerate([1e16, 5e-324, -0.0, 1.5e300, 220000000.0, 0.1])
        ],
    }
    first = _load(doc)
    assert first.sources()[0].title == odd
    text = ascc_model.to_json(first)
    assert "1.0e+16" in text
    assert "\\u2028" in text
    again = ascc_model.load_text(text, include_packaged=False)
    assert again == first
    assert [f.value for f in again.figures()] == [1e16, 5e-324, -0.0, 1.5e300, 220000000.0, 0.1]


def test_every_sector_exports_a_registry_that_stands_alone(reg: Registry) -> None:
    for sector in reg.sectors():
        part = ascc_model.load_text(ascc_model.to_json(sector=sector.id), include_packaged=False)
        assert part.get_sector(sector.id) == sector
        ids = {b.id for b in part.bodies()}
        assert {b.id for b in reg.bodies(sector=sector)} <= ids
        assert {p.id for p in reg.plans(holder=sector)} <= {p.id for p in part.plans()}
        for body in part.bodies():
            # Every reporting line up from a kept body is kept, with the body above.
            assert part.reporting_chain(body.id) == reg.reporting_chain(body.id)
        expected = tuple(r for r in reg.relations() if r.subject in ids and r.object in ids)
        assert part.relations() == expected
        # Every line to or from one of the sector's bodies is kept.
        members = {b.id for b in reg.bodies(sector=sector)}
        touching = {r for r in reg.relations() if members & {r.subject, r.object}}
        assert touching <= set(part.relations())
        # Nothing is made up: every record is the registry's own.
        assert set(part.bodies()) <= set(reg.bodies())
        assert set(part.errata()) <= set(reg.errata())


def test_a_sector_keeps_what_its_records_refer_to(reg: Registry) -> None:
    part = reg.subset("women-children")
    assert "ammswd" in {b.id for b in part.bodies()}  # ACWC reports to it, in another sector
    assert part.pillar == reg.pillar
    agencies = {a.id for a in part.agencies()}
    assert set(reg.get_sector("women-children").focal_point.agencies) <= agencies
    # Other sectors come only as what kept records name, without their own bodies.
    for sector in part.sectors():
        assert set(sector.focal_point.agencies) <= agencies
    assert not set(reg.bodies(sector="sports")) & set(part.bodies())


def test_an_unknown_sector_is_a_key_error() -> None:
    with pytest.raises(ascc_model.UnknownKeyError):
        ascc_model.to_json(sector="no-such-sector")


# -- JSON-LD --------------------------------------------------------------------------


def _no_remote(url: str, _options: object = None) -> None:
    msg = f"the JSON-LD must not need a remote document: {url}"
    raise AssertionError(msg)


def _term(node: dict[str, str]) -> Any:
    if node["type"] in ("IRI", "blank node"):
        return node["value"]
    return (node["value"], node.get("language") or node.get("datatype"))


def _triples(text: str) -> set[tuple[Any, Any, Any]]:
    dataset = jsonld.to_rdf(json.loads(text), {"documentLoader": _no_remote})
    return {
        (_term(t["subject"]), _term(t["predicate"]), _term(t["object"]))
        for t in dataset["@default"]
    }


@pytest.fixture(scope="module")
def triples() -> set[tuple[Any, Any, Any]]:
    return _triples(ascc_model.to_jsonld())


def _objects(triples: set[tuple[Any, Any, Any]], subject: str, predicate: str) -> set[Any]:
    return {o for s, p, o in triples if s == subject and p == predicate}


def _rdf_list(triples: set[tuple[Any, Any, Any]], head: str) -> list[Any]:
    items = []
    while head != RDF + "nil":
        (first,) = _objects(triples, head, RDF + "first")
        items.append(first)
        (head,) = _objects(triples, head, RDF + "rest")
    return items


def test_jsonld_states_the_reporting_line_of_acwc(triples: set[tuple[Any, Any, Any]]) -> None:
    acwc, ammswd = record_iri("acwc"), record_iri("ammswd")
    assert (acwc, ORG + "reportsTo", ammswd) in triples
    assert (acwc, RDF + "type", ORG + "Organization") in triples
    name = "ASEAN Commission on the Promotion and Protection of the Rights of Women and Children"
    assert (acwc, SKOS + "prefLabel", (name, "en")) in triples
    assert (acwc, SKOS + "altLabel", ("ACWC", XSD + "string")) in triples
    assert (acwc, ORG + "purpose", record_iri("women-children")) in triples


def test_jsonld_states_every_line_and_invents_none(
    reg: Registry, triples: set[tuple[Any, Any, Any]]
) -> None:
    expected: dict[str, set[tuple[str, str]]] = {}
    for relation in reg.relations():
        # Every reporting line is org:reportsTo (what `?x org:reportsTo+ ?top` follows);
        # a subsidiary is also org:subOrganizationOf.
        props = {
            RelationKind.SUBSIDIARY_OF: ("reportsTo", "subOrganizationOf"),
            RelationKind.MEMBER_OF: ("memberOf",),
        }.get(relation.kind, ("reportsTo",) if relation.kind in REPORTING_KINDS else ("linkedTo",))
        for prop in props:
            expected.setdefault(prop, set()).add(
                (record_iri(relation.subject), record_iri(relation.object))
            )
    for prop in ("reportsTo", "subOrganizationOf", "memberOf", "linkedTo"):
        stated = {(s, o) for s, p, o in triples if p == ORG + prop}
        assert stated == expected.get(prop, set()), prop
    # Each line is also a statement that keeps its kind, note and sources.
    statements = {s for s, p, o in triples if (p, o) == (RDF + "type", RDF + "Statement")}
    assert len(statements) == len(reg.relations())
    for relation in reg.relations():
        matching = [
            s
            for s in statements
            if _objects(triples, s, RDF + "subject") == {record_iri(relation.subject)}
            and _objects(triples, s, RDF + "object") == {record_iri(relation.object)}
            and _objects(triples, s, "urn:ascc-model:vocab:kind")
            == {(relation.kind.value, XSD + "string")}
        ]
        assert len(matching) == 1, relation
        cited = _objects(triples, matching[0], DCTERMS + "source")
        assert len(cited) == len(set(relation.sources))
        if relation.note:
            assert _objects(triples, matching[0], SKOS + "note") == {
                (relation.note, XSD + "string")
            }


def test_jsonld_keeps_every_body_name_date_sector_and_citation(
    reg: Registry, triples: set[tuple[Any, Any, Any]]
) -> None:
    datatypes = {1: "gYear", 2: "gYearMonth", 3: "date"}
    for body in reg.bodies():
        iri = record_iri(body.id)
        assert (iri, RDF + "type", ORG + "Organization") in triples
        labels = _objects(triples, iri, SKOS + "prefLabel")
        assert labels == {
            (n, lang) for n, lang in ((body.names.en, "en"), (body.names.id, "id")) if n
        }
        alt = {text for text, _type in _objects(triples, iri, SKOS + "altLabel")}
        assert alt == {*body.aliases, *([body.acronym] if body.acronym else [])}
        assert _objects(triples, iri, ORG + "purpose") == {record_iri(s) for s in body.sectors}
        founded = _objects(triples, iri, SCHEMA + "foundingDate")
        if body.established is None:
            assert not founded
        else:
            precision = (
                1 + (body.established.month is not None) + (body.established.day is not None)
            )
            assert founded == {(str(body.established), XSD + datatypes[precision])}
        cited = _objects(triples, iri, DCTERMS + "source")
        assert cited == {citation_iri(c) for c in body.sources}
        for c in body.sources:
            if c.line is not None:
                assert citation_iri(c) == f"urn:ascc-model:id:{c.source}#line={c.line - 1},{c.line}"


def test_jsonld_keeps_focal_points_and_plan_items_in_order(
    reg: Registry, triples: set[tuple[Any, Any, Any]]
) -> None:
    for sector in reg.sectors():
        iri = record_iri(sector.id)
        assert (iri, RDF + "type", SKOS + "Concept") in triples
        (point,) = _objects(triples, iri, "urn:ascc-model:vocab:focalPoint")
        (head,) = _objects(triples, point, "urn:ascc-model:vocab:agency")
        assert _rdf_list(triples, head) == [record_iri(a) for a in sector.focal_point.agencies]
    for plan in reg.plans():
        heads = _objects(triples, record_iri(plan.id), "urn:ascc-model:vocab:item")
        if not plan.items:
            assert not heads
            continue
        (head,) = heads
        nodes = _rdf_list(triples, head)
        labels = [_objects(triples, n, SKOS + "prefLabel") for n in nodes]
        assert labels == [
            {(t, lang) for t, lang in ((i.en, "en"), (i.id, "id")) if t} for i in plan.items
        ]


JSONLD_CONTEXT = context()


def _language_map(key: str) -> bool:
    definition = JSONLD_CONTEXT.get(key)
    return isinstance(definition, dict) and definition.get("@container") == "@language"


def _keys(value: object) -> set[str]:
    """Every key of the JSON, but the language tags of language maps and value objects."""
    found: set[str] = set()
    if isinstance(value, dict) and "@value" not in value:
        for key, inner in value.items():
            found.add(key)
            if not _language_map(key):
                found |= _keys(inner)
    elif isinstance(value, list):
        for inner in value:
            found |= _keys(inner)
    return found


def test_jsonld_uses_only_terms_of_its_context() -> None:
    # A JSON-LD processor silently drops a key its context does not define.
    graph = json.loads(ascc_model.to_jsonld())["@graph"]
    unknown = {k for k in _keys(graph) if not k.startswith("@") and k not in JSONLD_CONTEXT}
    assert not unknown


@given(registries())
def test_any_valid_registry_exports_faithfully(doc: dict[str, Any]) -> None:
    # One generated registry serves three checks: generating and loading is the cost.
    whole = _load(doc)
    text = ascc_model.to_json(whole)
    assert json.loads(text) == to_plain(whole.records)
    assert ascc_model.load_text(text, include_packaged=False) == whole
    for sector in whole.sectors():
        part = ascc_model.load_text(
            ascc_model.to_json(whole, sector=sector.id), include_packaged=False
        )
        assert part.get_sector(sector.id) == sector
        assert set(part.bodies()) >= set(whole.bodies(sector=sector))
        members = {b.id for b in whole.bodies(sector=sector)}
        assert {r for r in whole.relations() if members & {r.subject, r.object}} <= set(
            part.relations()
        )
    triples = _triples(ascc_model.to_jsonld(whole))
    for relation in whole.relations():
        if relation.kind in REPORTING_KINDS:
            prop = (
                "subOrganizationOf" if relation.kind is RelationKind.SUBSIDIARY_OF else "reportsTo"
            )
            assert (
                record_iri(relation.subject),
                ORG + prop,
                record_iri(relation.object),
            ) in triples
    for body in whole.bodies():
        assert (record_iri(body.id), SKOS + "prefLabel", (body.names.en, "en")) in triples


# -- CSV ----------------------------------------------------------------------------


def _rows(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(text.splitlines(keepends=True)))


def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return str(value).lower()
    return str(value)


def test_csv_bodies_match_the_registry(reg: Registry) -> None:
    rows = _rows(ascc_model.to_csv()["bodies"])
    assert [r["id"] for r in rows] == [b.id for b in reg.bodies()]
    for row, body in zip(rows, reg.bodies(), strict=True):
        assert row["acronym"] == _cell(body.acronym)
        assert (row["name_en"], row["name_id"]) == (_cell(body.names.en), _cell(body.names.id))
        assert row["kind"] == body.kind.value
        assert row["sectors"] == "; ".join(body.sectors)
        assert row["established"] == _cell(body.established)
        meets = body.meets
        assert row["meets"] == ("" if meets is None else meets.period)
        assert row["meets_at_least"] == ("" if meets is None else _cell(meets.at_least))
        assert row["meets_note"] == ("" if meets is None else _cell(meets.note))
        for field in ("pillar", "chair", "composition", "description", "base", "reporting_note"):
            assert row[field] == _cell(getattr(body, field)), field
        assert row["aliases"].split("\n") == list(body.aliases) or (
            row["aliases"],
            body.aliases,
        ) == ("", ())
        assert row["partners"] == "\n".join(body.partners)
        assert row["sources"] == "; ".join(str(c) for c in body.sources)


def test_csv_relations_plans_items_and_sectors_match_the_registry(reg: Registry) -> None:
    tables = ascc_model.to_csv()
    relations = _rows(tables["relations"])
    assert [(r["subject"], r["kind"], r["object"], r["note"]) for r in relations] == [
        (r.subject, r.kind.value, r.object, _cell(r.note)) for r in reg.relations()
    ]
    assert relations[0]["subject_label"] == reg.get_body(relations[0]["subject"]).label
    plans = _rows(tables["plans"])
    assert [p["id"] for p in plans] == [p.id for p in reg.plans()]
    for row, plan in zip(plans, reg.plans(), strict=True):
        assert (row["title_en"], row["title_id"]) == (_cell(plan.title.en), _cell(plan.title.id))
        assert row["holders"] == "; ".join(plan.holders)
        period = plan.period
        assert (row["period_start"], row["period_end"]) == (
            ("", "") if period is None else (str(period.start), str(period.end))
        )
        assert row["item_count"] == _cell(plan.item_count)
        assert row["items_listed"] == str(len(plan.items))
    items = _rows(tables["plan_items"])
    assert [(i["plan"], int(i["number"]), i["en"], i["id"]) for i in items] == [
        (p.id, n, _cell(item.en), _cell(item.id))
        for p in reg.plans()
        for n, item in enumerate(p.items, start=1)
    ]
    sectors = _rows(tables["sectors"])
    for row, sector in zip(sectors, reg.sectors(), strict=True):
        point = ascc_model.focal_point_for(sector)
        assert row["focal_point_agencies"] == "; ".join(a.id for a in point)
        assert row["focal_point_names"] == "\n".join(a.names.best("id") for a in point)
        assert row["focal_point_note"] == _cell(point.note)


def test_csv_uses_rfc_4180_line_ends_and_quotes() -> None:
    text = ascc_model.to_csv()["bodies"]
    assert text.startswith("id,acronym,name_en,")
    assert text.endswith("\r\n")
    assert '"' in text  # names with commas are quoted, not split


# -- diagrams -----------------------------------------------------------------------

NASTY = """
schema_version: 1
sources: [{id: src, title: T, language: en}]
bodies:
  - {id: end, names: {en: 'The "End" \\ <b>#1</b> & co'}, acronym: 'A"B', kind: ministerial, sources: ["src:1"]}
  - {id: wg-2, names: {en: "Working\\nGroup; {x}"}, kind: working_group, sources: ["src:2"]}
  - {id: sub, names: {en: Sub}, kind: sub_committee, sources: ["src:3"]}
relations:
  - {subject: wg-2, kind: assists, object: end, sources: ["src:4"]}
  - {subject: sub, kind: subsidiary_of, object: wg-2, sources: ["src:5"]}
  - {subject: sub, kind: advises, object: end, note: 'says "hi"', sources: ["src:6"]}
"""


def _svg(dot_text: str) -> ET.Element:
    if shutil.which("dot") is None:
        if os.environ.get("CI") == "true":
            pytest.fail("Graphviz dot is missing in CI (.ci/run installs it)")
        pytest.skip("Graphviz dot is not installed")
    done = subprocess.run(
        ["dot", "-Tsvg"], input=dot_text, capture_output=True, text=True, check=False, timeout=120
    )
    assert done.returncode == 0, done.stderr
    # No warnings either (a missing font is the machine's business, not the DOT's).
    warnings = [line for line in done.stderr.splitlines() if "font" not in line.lower()]
    assert not warnings, done.stderr
    return ET.fromstring(done.stdout)  # noqa: S314 - our own dot's output


SVG = "{http://www.w3.org/2000/svg}"
XLINK = "{http://www.w3.org/1999/xlink}"


def _svg_parts(svg: ET.Element, kind: str) -> dict[str, str]:
    """Each node's or edge's title (its DOT id) with its tooltip."""
    parts = {}
    for group in svg.iter(SVG + "g"):
        if group.get("class") != kind:
            continue
        title = group.find(SVG + "title")
        assert title is not None
        link = group.find(f".//{SVG}a")
        parts[title.text or ""] = "" if link is None else link.get(XLINK + "title", "")
    return parts


def _drawn(parts: dict[str, str]) -> dict[str, str]:
    """The parts that draw the data: not the invisible rows nor the key."""
    return {k: v for k, v in parts.items() if not re.search(r"(^|->)(row|key)_", k)}


def test_dot_renders_every_body_and_line(reg: Registry) -> None:
    svg = _svg(ascc_model.to_dot())
    nodes = _drawn(_svg_parts(svg, "node"))
    assert set(nodes) == {b.id for b in reg.bodies()}
    assert nodes["acwc"] == f"{reg.get_body('acwc').names.en} (ACWC): commission"
    # Every label is drawn as written (Graphviz 2.43 garbled some with pack=true).
    labels = " ".join(t.text or "" for t in svg.iter(SVG + "text"))
    for body in reg.bodies():
        assert (body.acronym or body.names.en).split()[0] in labels, body.id
    edges = _drawn(_svg_parts(svg, "edge"))
    drawn = [
        g
        for g in svg.iter(SVG + "g")
        if g.get("class") == "edge"
        and not re.search(r"(row|key)_", g.findtext(SVG + "title") or "")
    ]
    assert len(drawn) == len(reg.relations())
    # Reporting lines are drawn from the parent, so that it ranks above; the arrow is reversed.
    assert edges["ammswd->acwc"] == "ACWC reports to AMMSWD (reports to and supports)"
    assert edges["acw->adrp"] == "ACW member of ADRP (represented by its chair)"
    # The whole pillar is a block, not a strip (it was 15,000 x 336 px in 0.1.0).
    width, height = (float(svg.get(d, "0").removesuffix("pt")) for d in ("width", "height"))
    assert max(width, height) / min(width, height) < 5
    # The key names each level's colour.
    assert {"key_0", "key_1", "key_2"} <= set(_svg_parts(svg, "node"))
    assert "Ministers" in labels


def test_dot_escapes_quotes_backslashes_and_line_breaks() -> None:
    small = ascc_model.load_text(NASTY, include_packaged=False)
    text = ascc_model.to_dot(small)
    svg = _svg(text)
    nodes = _drawn(_svg_parts(svg, "node"))
    assert set(nodes) == {"end", "wg-2", "sub"}
    assert nodes["end"] == 'The "End" \\ <b>#1</b> & co (A"B): ministerial'
    labels = {t.text for t in svg.iter(SVG + "text")}
    assert 'A"B' in labels
    assert "Working Group; {x}" in labels  # one line: the line break does not break the label
    only = ascc_model.to_dot(small, reporting_only=True)
    assert "advises" not in only
    assert "advises" in text


MERMAID_LINE = re.compile(
    r"flowchart BT"
    r"|( {2}| {4})%% [a-z0-9-]+: [^\n%{}]*"
    r'|( {2}| {4})n_[a-z0-9_]+\["[^"\n]*"\]'
    r'|  subgraph s_[0-9]+\["[^"\n]*"\]|  end'
    r"|  n_[a-z0-9_]+ (-->|-\.->)(\|[a-z -]+\|)? n_[a-z0-9_]+"
    r"|  classDef [a-z0-9]+ [^\n]*|  class [a-z0-9_,]+ [a-z0-9]+"
)


def _check_mermaid(text: str, registry: Registry) -> None:
    lines = text.splitlines()
    assert lines[0] == "flowchart BT"
    for line in lines:
        assert MERMAID_LINE.fullmatch(line), line
    declared = [
        line.split("[")[0].strip() for line in lines if '["' in line and "subgraph" not in line
    ]
    assert sorted(declared) == sorted(mermaid_id(b.id) for b in registry.bodies())
    assert len(set(declared)) == len(declared)
    edges = [line.split() for line in lines if "->" in line]
    assert [(e[0], e[-1]) for e in edges] == [
        (mermaid_id(r.subject), mermaid_id(r.object)) for r in registry.relations()
    ]


def test_mermaid_is_a_flowchart_of_every_body_and_line(reg: Registry) -> None:
    text = ascc_model.to_mermaid()
    _check_mermaid(text, reg)
    assert "  n_acwc --> n_ammswd" in text.splitlines()
    assert len(text) < 50_000  # Mermaid's default maxTextSize


def test_mermaid_escapes_ids_and_labels() -> None:
    small = ascc_model.load_text(NASTY, include_packaged=False)
    text = ascc_model.to_mermaid(small)
    _check_mermaid(text, small)
    lines = [line.strip() for line in text.splitlines()]
    assert 'n_end["A#quot;B"]' in lines  # `end` alone would close a subgraph
    assert "n_wg_2 -->|assists| n_end" in lines
    assert "n_sub -.->|advises| n_end" in lines
    assert "%% wg-2: Working Group; #123;x#125;: working group" in text  # one line, no directive
