"""What users reach for, read by the real readers: rdflib and SPARQL, pySHACL, jsonschema,
frictionless, pandas and networkx. Each export must mean to its reader what the library says.
"""

from __future__ import annotations

import csv
import io
import json
import warnings
from importlib.resources import files
from pathlib import Path
from typing import Any

import pytest
import yaml

import ascc_model
from ascc_model import REPORTING_KINDS
from ascc_model._jsonschema import schema_text
from ascc_model._load import packaged_files
from ascc_model._rdf import shacl_shapes

rdflib = pytest.importorskip("rdflib")
ORG = "http://www.w3.org/ns/org#"


def _graph(text: str, fmt: str) -> Any:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)  # rdflib's own internals
        return rdflib.Graph().parse(data=text, format=fmt)


@pytest.fixture(scope="module")
def graph() -> Any:
    return _graph(ascc_model.to_rdf(format="turtle"), "turtle")


# -- RDF and SPARQL ----------------------------------------------------------------------


def test_turtle_ntriples_and_jsonld_are_the_same_graph(graph: Any) -> None:
    from rdflib.compare import isomorphic

    ntriples = _graph(ascc_model.to_rdf(format="ntriples"), "nt")
    jsonld = _graph(ascc_model.to_jsonld(), "json-ld")
    assert len(graph) == len(ntriples) == len(jsonld) > 5000
    assert isomorphic(ntriples, jsonld)  # N-Triples keeps every literal as written
    # Turtle writes numbers in its short forms: the same values, other lexical forms.
    assert {(s, p) for s, p, _o in graph if not isinstance(s, rdflib.BNode)} == {
        (s, p) for s, p, _o in ntriples if not isinstance(s, rdflib.BNode)
    }


def test_sparql_reports_to_plus_is_exactly_bodies_reporting_to(graph: Any) -> None:
    query = f"SELECT ?x WHERE {{ ?x <{ORG}reportsTo>+ ?top }}"
    reg = ascc_model.registry()
    tops = {r.object for r in reg.relations() if r.kind in REPORTING_KINDS}
    assert len(tops) > 20
    for top in tops:
        iri = rdflib.URIRef(f"urn:ascc-model:id:{top}")
        found = {
            str(row.x).rsplit(":", 1)[1] for row in graph.query(query, initBindings={"top": iri})
        }
        expected = {b.id for b in reg.bodies_reporting_to(top, transitive=True)}
        assert found == expected, top


def test_sparql_answers_the_common_questions(graph: Any) -> None:
    # Which bodies work on health? (the query the docs show)
    health = graph.query(
        """
        PREFIX org: <http://www.w3.org/ns/org#>
        SELECT ?body WHERE { ?body org:purpose <urn:ascc-model:id:health> }
        """
    )
    assert {str(r.body).rsplit(":", 1)[1] for r in health} == {
        b.id for b in ascc_model.bodies(sector="health")
    }
    # What did Kominfo become?
    changed = graph.query(
        """
        PREFIX org: <http://www.w3.org/ns/org#>
        SELECT ?new WHERE {
          ?change org:originalOrganization <urn:ascc-model:id:kominfo> ;
                  org:resultingOrganization ?new .
        }
        """
    )
    assert [str(r.new) for r in changed] == ["urn:ascc-model:id:komdigi"]


def test_the_shipped_shacl_shapes_are_the_generated_ones_and_the_export_conforms(
    graph: Any,
) -> None:
    pyshacl = pytest.importorskip("pyshacl")
    shipped = files("ascc_model").joinpath("shapes.ttl").read_text(encoding="utf-8")
    assert shipped == shacl_shapes()
    shapes = _graph(shipped, "turtle")
    conforms, _report, text = pyshacl.validate(graph, shacl_graph=shapes)
    assert conforms, text
    # The shapes can fail: a body without a name does not conform.
    broken = _graph(ascc_model.to_rdf(format="turtle"), "turtle")
    acwc = rdflib.URIRef("urn:ascc-model:id:acwc")
    broken.remove((acwc, rdflib.URIRef("http://www.w3.org/2004/02/skos/core#prefLabel"), None))
    conforms, _report, text = pyshacl.validate(broken, shacl_graph=shapes)
    assert not conforms
    assert "acwc" in text


# -- JSON Schema -------------------------------------------------------------------------


@pytest.fixture(scope="module")
def validator() -> Any:
    jsonschema = pytest.importorskip("jsonschema")
    shipped = json.loads(files("ascc_model").joinpath("schema.json").read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(shipped)
    return jsonschema.Draft202012Validator(shipped)


def test_the_shipped_json_schema_is_the_generated_one() -> None:
    assert files("ascc_model").joinpath("schema.json").read_text(encoding="utf-8") == schema_text()


def test_every_packaged_file_and_the_json_export_validate(validator: Any) -> None:
    for path in packaged_files():
        document = yaml.safe_load(path.read_text(encoding="utf-8"))
        errors = [e.message for e in validator.iter_errors(document)]
        assert not errors, (path.name, errors[:3])
    assert not list(validator.iter_errors(json.loads(ascc_model.to_json())))


@pytest.mark.parametrize(
    ("change", "words"),
    [
        (lambda d: d["bodies"][0].update(motto="x"), "Additional properties"),
        (lambda d: d["bodies"][0].update(kind="club"), "is not one of"),
        (lambda d: d["bodies"][0].update(established=1981), "is not valid under any"),
        (lambda d: d["bodies"][0].pop("names"), "'names' is a required property"),
        (lambda d: d["bodies"][0]["sources"].append("ascc-sectors:x"), "does not match"),
        (lambda d: d.update(schema_version=2), "1 was expected"),
        (lambda d: d.update(agencies="x"), "is not of type 'array'"),
    ],
)
def test_the_json_schema_refuses_what_the_loader_refuses(
    validator: Any, change: Any, words: str
) -> None:
    document = {
        "schema_version": 1,
        "bodies": [
            {
                "id": "ammx",
                "names": {"en": "Ministers on X"},
                "kind": "ministerial",
                "sources": ["ascc-sectors:1"],
            }
        ],
    }
    assert not list(validator.iter_errors(document))
    change(document)
    messages = [e.message for e in validator.iter_errors(document)]
    assert any(words in m for m in messages), messages
    with pytest.raises(ascc_model.DataError):
        ascc_model.load_text(json.dumps(document))


# -- the CSV tables as a data package ----------------------------------------------------------


def _write_package(folder: Path, tables: dict[str, str], descriptor: str) -> Path:
    for name, text in tables.items():
        (folder / f"{name}.csv").write_text(text, encoding="utf-8-sig")
    path = folder / "datapackage.json"
    path.write_text(descriptor, encoding="utf-8")
    return path


def test_the_data_package_is_valid_with_every_join(tmp_path: Path) -> None:
    frictionless = pytest.importorskip("frictionless")
    tables = ascc_model.to_csv()
    descriptor = ascc_model.to_datapackage()
    report = frictionless.validate(str(_write_package(tmp_path, tables, descriptor)))
    assert report.valid, report.flatten(["rowNumber", "fieldName", "type", "note"])[:5]
    package = json.loads(descriptor)
    assert {r["path"] for r in package["resources"]} == {f"{n}.csv" for n in tables}
    keys = {
        (r["name"], k["fields"], k["reference"]["resource"])
        for r in package["resources"]
        for k in r["schema"].get("foreignKeys", ())
    }
    assert ("relations", "subject", "bodies") in keys
    assert ("body-sectors", "sector", "sectors") in keys
    assert len(keys) >= 25


def test_the_data_package_finds_a_broken_join(tmp_path: Path) -> None:
    frictionless = pytest.importorskip("frictionless")
    tables = dict(ascc_model.to_csv())
    rows = tables["relations"].split("\r\n")
    rows[1] = rows[1].replace(rows[1].split(",")[0], "no-such-body", 1)
    tables["relations"] = "\r\n".join(rows)
    report = frictionless.validate(
        str(_write_package(tmp_path, tables, ascc_model.to_datapackage()))
    )
    assert not report.valid
    assert "foreign-key" in {e.type for task in report.tasks for e in task.errors}


# -- pandas and networkx ------------------------------------------------------------------------


def test_the_dataframes_are_the_csv_tables() -> None:
    pytest.importorskip("pandas")
    frames = ascc_model.to_dataframes()
    tables = ascc_model.to_csv(raw=True)
    assert list(frames) == list(tables)
    for name, text in tables.items():
        rows = list(csv.DictReader(io.StringIO(text)))
        frame = frames[name]
        header = next(csv.reader(io.StringIO(text)))
        assert list(frame.columns) == header, name
        assert len(frame) == len(rows), name
    bodies = frames["bodies"].set_index("id")
    assert bodies.loc["amme", "established"] == "1981"
    figures = frames["figures"].set_index("id")
    assert figures.loc["youth-population-peak-2038", "year"] == 2038


def test_the_networkx_graph_walks_as_the_library_does() -> None:
    networkx = pytest.importorskip("networkx")
    graph = ascc_model.to_networkx()
    reg = ascc_model.registry()
    reporting = graph.edge_subgraph(e for e in graph.edges if graph.edges[e].get("reporting"))
    tops = {r.object for r in reg.relations() if r.kind in REPORTING_KINDS}
    assert {"amme", "ammswd", "slom", "coci"} <= tops
    for top in tops:
        assert set(networkx.ancestors(reporting, top)) == {
            b.id for b in reg.bodies_reporting_to(top, transitive=True)
        }, top
    assert graph.nodes["kemenkes"]["kind"] == "agency"
    assert graph.edges["kemenkes", "health"]["kind"] == "focal_point_for"
    assert graph.edges["kominfo", "komdigi"]["kind"] == "renamed"


def test_import_stays_cheap_the_extras_load_only_when_called() -> None:
    import subprocess
    import sys

    code = (
        "import sys, ascc_model\n"
        "heavy = ('yaml', 'cattrs', 'rdflib', 'pandas', 'networkx', 'pyld', 'ascc_model._load')\n"
        "print(sorted(m for m in heavy if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
