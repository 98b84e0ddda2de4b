"""RDF exports (Turtle, N-Triples) of the JSON-LD, read and written by rdflib (the ``rdf`` extra).

The graph is the JSON-LD export's (:mod:`ascc_model._jsonld`), so the two agree
triple for triple: every reporting line is ``org:reportsTo``, so that the SPARQL
path ``?x org:reportsTo+ ?top`` finds exactly what
:meth:`~ascc_model.Registry.bodies_reporting_to` finds with ``transitive=True``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

from ._json import chosen
from ._jsonld import PREFIXES, _camel, document
from ._records import KINDS
from ._schema import fields_of

if TYPE_CHECKING:
    from ._model import Sector
    from ._registry import Registry

__all__ = ["FORMATS", "rdf_graph", "shacl_shapes", "to_rdf"]

#: The RDF formats :func:`to_rdf` writes, by name (as the command line's ``--format``).
FORMATS = {"turtle": "turtle", "ntriples": "nt"}


def rdf_graph(registry: Registry | None = None, *, sector: str | Sector | None = None) -> Any:
    """The registry as an :class:`rdflib.Graph` (needs the ``rdf`` extra: rdflib).

    Raises:
        ModuleNotFoundError: rdflib is not installed (``pip install 'ascc-model[rdf]'``).
    """
    try:
        import rdflib  # noqa: PLC0415 - an optional extra, imported only here
    except ModuleNotFoundError as exc:
        msg = "RDF exports need rdflib: pip install 'ascc-model[rdf]'"
        raise ModuleNotFoundError(msg, name=exc.name) from None
    import json  # noqa: PLC0415
    import warnings  # noqa: PLC0415

    graph = rdflib.Graph()
    data = json.dumps(document(chosen(registry, sector).records), ensure_ascii=False)
    with warnings.catch_warnings():
        # rdflib's JSON-LD reader uses its own deprecated ConjunctiveGraph inside.
        warnings.simplefilter("ignore", DeprecationWarning)
        graph.parse(data=data, format="json-ld")
    for prefix, namespace in PREFIXES.items():
        graph.bind(prefix, rdflib.Namespace(namespace), override=True, replace=True)
    return graph


def to_rdf(
    registry: Registry | None = None,
    *,
    sector: str | Sector | None = None,
    format: str = "turtle",  # noqa: A002
) -> str:
    """The registry as RDF text: ``format="turtle"`` or ``"ntriples"`` (needs rdflib).

    The triples are the JSON-LD export's, in W3C ORG, SKOS, schema.org and Dublin
    Core terms.

    Args:
        registry: A registry to export; the packaged data's when ``None``.
        sector: Only this sector (its id, name or record) and what its records refer to.
        format: ``"turtle"`` or ``"ntriples"``.

    Raises:
        ValueError: an unknown format.
        ModuleNotFoundError: rdflib is not installed (``pip install 'ascc-model[rdf]'``).

    >>> import ascc_model
    >>> text = ascc_model.to_rdf(sector="women-children", format="ntriples")
    >>> line = "<urn:ascc-model:id:acwc> <http://www.w3.org/ns/org#reportsTo> "
    >>> line + "<urn:ascc-model:id:ammswd> ." in text.splitlines()
    True
    """
    if format not in FORMATS:
        msg = f"format must be one of {', '.join(FORMATS)}, not {format!r}"
        raise ValueError(msg)
    text: str = rdf_graph(registry, sector=sector).serialize(format=FORMATS[format])
    if format == "ntriples":  # one triple a line, in a stable order
        text = "\n".join(sorted(line for line in text.splitlines() if line)) + "\n"
    return text


def shacl_shapes() -> str:  # noqa: C901 - one pass per property rule
    """SHACL shapes (Turtle) of the export, generated from the field roles.

    One node shape per RDF class of the records: each property a field states,
    IRIs where the field names records or holds a web address, and at least one
    value where every class of that type requires the field. pySHACL checks the
    export against them in the tests.

    >>> print(shacl_shapes().splitlines()[0])
    @prefix sh: <http://www.w3.org/ns/shacl#> .
    """
    by_type: dict[str, list[type[Any]]] = {}
    for kind in KINDS.values():
        by_type.setdefault(kind.cls.__rdf_type__, []).append(kind.cls)
    lines = ["@prefix sh: <http://www.w3.org/ns/shacl#> ."]
    lines += [f"@prefix {p}: <{n}> ." for p, n in PREFIXES.items()]
    lines.append("")
    for rdf_type, classes in sorted(by_type.items()):
        name = rdf_type.split(":")[1]
        lines.append(f"ascc:{name}Shape a sh:NodeShape ;")
        lines.append(f"    sh:targetClass {rdf_type} ;")
        properties: dict[str, tuple[bool, bool]] = {}  # term -> (an IRI, required by all)
        for cls in classes:
            for field, role in fields_of(cls):
                if field.name in ("id", "old") or "jsonld" in role.hidden:
                    continue
                term = role.term or f"ascc:{_camel(field.name)}"
                iri = bool(role.refs) or role.iri or field.name == "sources"
                required = field.default is attrs.NOTHING
                seen = properties.get(term)
                properties[term] = (iri, required if seen is None else seen[1] and required)
        for cls in classes:  # a field some classes of the type lack is required by none
            declared = {r.term or f"ascc:{_camel(f.name)}" for f, r in fields_of(cls)}
            for term in properties:
                if term not in declared:
                    properties[term] = (properties[term][0], False)
        parts = []
        for term, (iri, required) in sorted(properties.items()):
            constraint = [f"sh:path {term}"]
            if iri:
                constraint.append("sh:nodeKind sh:IRI")
            if required and term not in ("ascc:agency", "ascc:characteristic", "ascc:item"):
                constraint.append("sh:minCount 1")
            parts.append("    sh:property [ " + " ; ".join(constraint) + " ]")
        lines.append(" ;\n".join(parts) + " .")
        lines.append("")
    return "\n".join(lines)
