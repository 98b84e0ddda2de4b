"""The JSON-LD export: W3C ORG, SKOS, schema.org and Dublin Core terms, from the field roles.

Every record becomes a node of its class's RDF type (``__rdf_type__`` in the
model) and every field a property: the term its role declares, or
``ascc:<field>`` in the project's own vocabulary. The JSON key of a property is
its term's local name (``prefLabel``), or the compact IRI where two terms share
a local name. Values follow their types: ids become record IRIs, names language
maps, dates typed literals, citations IRIs with an RFC 5147 line fragment, and
nested values (a focal point, a meeting frequency) blank nodes. The context is
built from the same roles, so a new field needs no code here.
"""

from __future__ import annotations

import enum
import json
from typing import TYPE_CHECKING, Any

import attrs

from ._json import chosen
from ._model import Citation, Names, PartialDate, Period, RelationKind
from ._records import COLLECTIONS
from ._schema import declares_roles, fields_of

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator

    from ._model import Relation, Sector
    from ._records import Records
    from ._registry import Registry
    from ._schema import Role

__all__ = ["IRI_PREFIX", "PREFIXES", "context", "record_iri", "to_jsonld"]

#: Every IRI the JSON-LD export mints starts with this. It is a URN, not a web address:
#: the project owns no domain, so it claims none. ``urn:ascc-model:id:<id>`` names a
#: record (ids are unique across kinds and never reused), ``urn:ascc-model:relation:...``
#: a relation and ``urn:ascc-model:vocab:<term>`` a term no standard vocabulary has.
IRI_PREFIX = "urn:ascc-model:"
_ID = IRI_PREFIX + "id:"
_RELATION = IRI_PREFIX + "relation:"

#: The vocabularies the export uses, by prefix.
PREFIXES: dict[str, str] = {
    "org": "http://www.w3.org/ns/org#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    # schema.org's own JSON-LD context maps to the http namespace; so do we.
    "schema": "http://schema.org/",
    "dcterms": "http://purl.org/dc/terms/",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "ascc": IRI_PREFIX + "vocab:",
}

#: The W3C ORG property of each kind of line, stated on the subject body beside the
#: line's ``rdf:Statement``. Every reporting line is also ``org:reportsTo``, so that
#: ``?x org:reportsTo+ ?top`` follows exactly what ``bodies_reporting_to`` follows.
RELATION_PROPERTIES: dict[RelationKind, tuple[str, ...]] = {
    RelationKind.REPORTS_TO: ("org:reportsTo",),
    RelationKind.ASSISTS: ("org:reportsTo",),
    RelationKind.SUBSIDIARY_OF: ("org:reportsTo", "org:subOrganizationOf"),
    RelationKind.MEMBER_OF: ("org:memberOf",),
}
_OTHER_LINE = ("org:linkedTo",)
#: Properties the export states that are not fields of any record.
_EXTRA_TERMS = (
    "org:reportsTo",
    "org:subOrganizationOf",
    "org:memberOf",
    "org:linkedTo",
    "rdf:predicate",
)


def record_iri(ident: str) -> str:
    """The IRI of the record with this id in the JSON-LD export.

    >>> record_iri("acwc")
    'urn:ascc-model:id:acwc'
    """
    return _ID + ident


def citation_iri(citation: Citation) -> str:
    """The IRI of a citation: its source's IRI with a fragment for the line or section.

    A line is an RFC 5147 line range (positions count from 0, so line N is the
    range N-1 to N); a section is percent-encoded.

    >>> citation_iri(Citation("ascc-sectors", 32))
    'urn:ascc-model:id:ascc-sectors#line=31,32'
    >>> citation_iri(Citation("asean-labour", section="Key documents"))
    'urn:ascc-model:id:asean-labour#section=Key%20documents'
    """
    if citation.line is not None:
        return f"{_ID}{citation.source}#line={citation.line - 1},{citation.line}"
    from urllib.parse import quote  # noqa: PLC0415 - only section citations need it

    return f"{_ID}{citation.source}#section={quote(citation.section or '', safe='')}"


def _required(field: attrs.Attribute[Any]) -> bool:
    return field.default is attrs.NOTHING


def _camel(name: str) -> str:
    head, *rest = name.split("_")
    return head + "".join(word.capitalize() for word in rest)


def _term(field: attrs.Attribute[Any], role: Role) -> str:
    return role.term or f"ascc:{_camel(field.name)}"


class _Context:
    """Term definitions, each IRI under one JSON key, built as the nodes are."""

    def __init__(self) -> None:
        self.definitions: dict[str, dict[str, str]] = {}  # compact IRI -> definition
        self.single: set[str] = set()  # terms given one value, which a list container breaks

    def define(self, term: str, **definition: str) -> str:
        known = self.definitions.setdefault(term, {"@id": term})
        for key, value in definition.items():
            if known.get(key, value) != value:
                msg = f"the JSON-LD term {term} is used with {key} {known[key]!r} and {value!r}"
                raise ValueError(msg)
            known[key] = value
        return term

    def document(self) -> dict[str, Any]:
        """The ``@context``: the prefixes, then each term under its key."""
        locals_: dict[str, set[str]] = {}
        for term in self.definitions:
            locals_.setdefault(term.split(":", 1)[1], set()).add(term)
        result: dict[str, Any] = dict(PREFIXES)
        self.keys = {}
        for term, definition in sorted(self.definitions.items()):
            local = term.split(":", 1)[1]
            key = local if len(locals_[local]) == 1 and local not in PREFIXES else term
            self.keys[term] = key
            result[key] = definition if len(definition) > 1 else term
        return result

    keys: dict[str, str]


def _literal(value: object, role: Role) -> object:
    if isinstance(value, enum.Enum):
        value = value.value
    if role.datatype is not None:
        text = f"{value:04d}" if role.datatype == "xsd:gYear" and isinstance(value, int) else value
        return {"@value": str(text), "@type": role.datatype}
    return value


def _date(date: PartialDate) -> dict[str, str]:
    if date.month is None:
        datatype = "xsd:gYear"
    elif date.day is None:
        datatype = "xsd:gYearMonth"
    else:
        datatype = "xsd:date"
    return {"@value": str(date), "@type": datatype}


def _names(names: Names) -> dict[str, str]:
    return {lang: text for lang, text in (("en", names.en), ("id", names.id)) if text is not None}


class _Writer:
    def __init__(self) -> None:
        self.context = _Context()

    def value(self, term: str, value: object, role: Role) -> object:
        """One field's value in JSON-LD; defines the term's coercion as it goes.

        Raises:
            ValueError: two fields share a term, one a list in order and one not.
        """
        clash = f"the JSON-LD term {term} holds a list in one field and one value in another"
        if isinstance(value, tuple):
            items = [self.item(term, v, role) for v in value]
            if role.ordered:
                if term in self.context.single:
                    raise ValueError(clash)
                self.context.define(term, **{"@container": "@list"})
            return items
        if self.context.definitions.get(term, {}).get("@container") == "@list":
            raise ValueError(clash)
        self.context.single.add(term)
        return self.item(term, value, role)

    def item(self, term: str, value: object, role: Role) -> object:  # noqa: PLR0911
        if role.refs and isinstance(value, str):
            self.context.define(term, **{"@type": "@id"})
            return record_iri(value)
        if isinstance(value, Citation):
            self.context.define(term, **{"@type": "@id"})
            return citation_iri(value)
        if role.iri:
            self.context.define(term, **{"@type": "@id"})
            return value
        if isinstance(value, Names):
            if role.ordered or isinstance(value, tuple):
                return self.node_of(value)
            self.context.define(term, **{"@container": "@language"})
            return _names(value)
        if isinstance(value, PartialDate):
            return _date(value)
        if isinstance(value, Period):
            return f"{value.start}/{value.end}"
        if declares_roles(type(value)):
            return self.node_of(value)
        self.context.define(term)
        return _literal(value, role)

    def node_of(self, value: object) -> dict[str, Any]:
        """A nested value (or one item of a list of names) as a blank node."""
        if isinstance(value, Names):
            term = self.context.define("skos:prefLabel", **{"@container": "@language"})
            return {term: _names(value)}
        return self.fields(value, {})

    def fields(self, record: object, node: dict[str, Any]) -> dict[str, Any]:
        for field, role in fields_of(type(record)):
            if "jsonld" in role.hidden or ("@id" in node and field.name == "id"):
                continue
            value = getattr(record, field.name)
            if value is None or (value == () and not (role.ordered and _required(field))):
                continue  # an empty required list is said (rdf:nil): "the source names none"
            term = self.context.define(_term(field, role))
            encoded = self.value(term, value, role)
            if term in node:  # two fields, one property (an acronym and aliases: altLabel)
                before = node[term] if isinstance(node[term], list) else [node[term]]
                encoded = [*before, *(encoded if isinstance(encoded, list) else [encoded])]
            node[term] = encoded
        return node

    def record(self, record: Any) -> dict[str, Any]:
        ident = getattr(record, "id", None) or getattr(record, "old", None)
        node: dict[str, Any] = {}
        if isinstance(ident, str):
            node["@id"] = record_iri(ident)
        node["@type"] = type(record).__rdf_type__
        return self.fields(record, node)


def _lines(node: dict[str, Any], relations: Iterable[Relation], writer: _Writer) -> None:
    for relation in relations:
        for prop in RELATION_PROPERTIES.get(relation.kind, _OTHER_LINE):
            term = writer.context.define(prop, **{"@type": "@id"})
            targets: list[str] = node.setdefault(term, [])
            if record_iri(relation.object) not in targets:
                targets.append(record_iri(relation.object))


def _statement(
    node: dict[str, Any], relation: Relation, seen: dict[str, int], writer: _Writer
) -> None:
    iri = f"{_RELATION}{relation.subject}:{relation.kind.value}:{relation.object}"
    seen[iri] = seen.get(iri, 0) + 1
    if seen[iri] > 1:
        iri += f":{seen[iri]}"
    node["@id"] = iri
    prop = RELATION_PROPERTIES.get(relation.kind, _OTHER_LINE)[-1]
    term = writer.context.define("rdf:predicate", **{"@type": "@id"})
    prefix, local = prop.split(":")
    node[term] = PREFIXES[prefix] + local


def nodes(records: Records, writer: _Writer) -> Iterator[dict[str, Any]]:
    """Every record as a node, collection by collection."""
    by_subject: dict[str, list[Relation]] = {}
    for relation in records.relations:
        by_subject.setdefault(relation.subject, []).append(relation)
    seen: dict[str, int] = {}
    for name in COLLECTIONS:
        for record in getattr(records, name):
            node = writer.record(record)
            if name == "bodies":
                _lines(node, by_subject.get(record.id, ()), writer)
            elif name == "relations":
                _statement(node, record, seen, writer)
            yield node


def _rekey(value: Any, keys: dict[str, str]) -> Any:
    if isinstance(value, dict):
        return {keys.get(k, k): _rekey(v, keys) for k, v in value.items()}
    if isinstance(value, list):
        return [_rekey(v, keys) for v in value]
    return value


def document(records: Records) -> dict[str, Any]:
    """The JSON-LD document of ``records``: its context and graph."""
    writer = _Writer()
    for term in _EXTRA_TERMS:  # defined even where no record states them, for queries
        writer.context.define(term, **{"@type": "@id"})
    graph = list(nodes(records, writer))
    context = writer.context.document()
    return {"@context": context, "@graph": _rekey(graph, writer.context.keys)}


def context() -> dict[str, Any]:
    """The JSON-LD context of the packaged data's export.

    >>> context()["prefLabel"]
    {'@id': 'skos:prefLabel', '@container': '@language'}
    """
    from ._default import registry  # noqa: PLC0415 - the default data, only when asked

    return document(registry().records)["@context"]  # type: ignore[no-any-return]


def to_jsonld(registry: Registry | None = None, *, sector: str | Sector | None = None) -> str:
    """The registry as JSON-LD: W3C ORG, SKOS, schema.org and Dublin Core terms.

    Bodies and agencies are ``org:Organization``; every reporting line (reports
    to, assists, subsidiary of) is ``org:reportsTo``, a subsidiary also
    ``org:subOrganizationOf``, membership ``org:memberOf`` and every other line
    ``org:linkedTo``; each line is also an ``rdf:Statement`` carrying its kind,
    note and sources. Sectors are ``skos:Concept`` and a body's sectors its
    ``org:purpose``; names are ``skos:prefLabel`` tagged ``en`` and ``id``,
    acronyms and aliases ``skos:altLabel``; founding dates ``schema:foundingDate``
    (typed ``xsd:gYear``, ``xsd:gYearMonth`` or ``xsd:date`` by precision);
    citations ``dcterms:source`` IRIs with an RFC 5147 line fragment. Records are
    named ``urn:ascc-model:id:<id>`` (see :data:`IRI_PREFIX`).

    Args:
        registry: A registry to export; the packaged data's when ``None``.
        sector: Only this sector (its id, name or record) and what its records refer to.

    >>> import json, ascc_model
    >>> doc = json.loads(ascc_model.to_jsonld(sector="women-children"))
    >>> acwc = next(n for n in doc["@graph"] if n["@id"] == "urn:ascc-model:id:acwc")
    >>> acwc["@type"], acwc["reportsTo"]
    ('org:Organization', ['urn:ascc-model:id:ammswd'])
    """
    doc = document(chosen(registry, sector).records)
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"
