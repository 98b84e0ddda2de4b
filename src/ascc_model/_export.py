"""Exports of a registry: JSON, JSON-LD, CSV, Graphviz DOT and Mermaid flowchart text.

Each export takes a registry (the default one when ``None``) and optionally a
sector. With a sector, the export holds the sector, its bodies, the lines to
and from them, its plans, instruments, programmes and figures, and everything
those refer to (the bodies at the other end of the lines; the bodies they
report to, up to the top; the sectors, agencies and plans they name; the
errata about them), so that it stands alone: the JSON of a sector loads as a
registry of its own.
"""

from __future__ import annotations

import csv
import io
import json
import math
from typing import TYPE_CHECKING, Any

from ._model import (
    REPORTING_KINDS,
    Body,
    Citation,
    Erratum,
    Names,
    PartialDate,
    Relation,
    RelationKind,
    Sector,
)
from ._registry import collections

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator

    from ._registry import Registry

__all__ = [
    "to_csv",
    "to_dot",
    "to_json",
    "to_jsonld",
    "to_mermaid",
]

#: Every IRI the JSON-LD export mints starts with this. It is a URN, not a web address:
#: the project owns no domain, so it claims none. ``urn:ascc-model:id:<id>`` names a
#: record (ids are unique across kinds and never reused), ``urn:ascc-model:relation:...``
#: a relation and ``urn:ascc-model:vocab:<term>`` a term no standard vocabulary has.
IRI_PREFIX = "urn:ascc-model:"
_ID = IRI_PREFIX + "id:"
_RELATION = IRI_PREFIX + "relation:"
_VOCAB = IRI_PREFIX + "vocab:"

_ORG = "http://www.w3.org/ns/org#"
_RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"

#: The JSON-LD context: W3C ORG, SKOS, schema.org, Dublin Core terms, and the
#: project's own terms under ``urn:ascc-model:vocab:``.
JSONLD_CONTEXT: dict[str, Any] = {
    "org": _ORG,
    "skos": "http://www.w3.org/2004/02/skos/core#",
    # schema.org's own JSON-LD context maps to the http namespace; so do we.
    "schema": "http://schema.org/",
    "dcterms": "http://purl.org/dc/terms/",
    "rdf": _RDF,
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "ascc": _VOCAB,
    "names": {"@id": "skos:prefLabel", "@container": "@language"},
    "title": {"@id": "dcterms:title", "@container": "@language"},
    "acronym": "skos:altLabel",
    "aliases": "skos:altLabel",
    "kind": "ascc:kind",
    "sources": {"@id": "dcterms:source", "@type": "@id"},
    "sectors": {"@id": "org:purpose", "@type": "@id"},
    "subjects": {"@id": "dcterms:subject", "@type": "@id"},
    "pillar": {"@id": "ascc:pillar", "@type": "@id"},
    "established": "schema:foundingDate",
    "meets": "ascc:meets",
    "every": {"@id": "ascc:every", "@type": "xsd:duration"},
    "atLeast": "ascc:atLeast",
    "chair": "ascc:chair",
    "composition": "ascc:composition",
    "description": "dcterms:description",
    "summary": "dcterms:abstract",
    "note": "skos:note",
    "base": {"@id": "ascc:base", "@type": "@id"},
    "partners": "ascc:partner",
    "reportingNote": "ascc:reportingNote",
    "reportsTo": {"@id": "org:reportsTo", "@type": "@id"},
    "subOrganizationOf": {"@id": "org:subOrganizationOf", "@type": "@id"},
    "memberOf": {"@id": "org:memberOf", "@type": "@id"},
    "linkedTo": {"@id": "org:linkedTo", "@type": "@id"},
    "statementSubject": {"@id": "rdf:subject", "@type": "@id"},
    "statementPredicate": {"@id": "rdf:predicate", "@type": "@id"},
    "statementObject": {"@id": "rdf:object", "@type": "@id"},
    "focalPoint": "ascc:focalPoint",
    "agencies": {"@id": "ascc:agency", "@type": "@id", "@container": "@list"},
    "referenceUrl": {"@id": "rdfs:seeAlso", "@type": "@id"},
    "country": "ascc:country",
    "asOf": "ascc:asOf",
    "characteristics": {"@id": "ascc:characteristic", "@container": "@list"},
    "coordinatingBodies": {"@id": "ascc:coordinatingBody", "@type": "@id"},
    "blueprint": {"@id": "ascc:blueprint", "@type": "@id"},
    "holders": {"@id": "ascc:holder", "@type": "@id"},
    "temporalCoverage": "schema:temporalCoverage",
    "adopted": "dcterms:dateAccepted",
    "items": {"@id": "ascc:item", "@container": "@list"},
    "itemCount": "ascc:itemCount",
    "itemsNote": "ascc:itemsNote",
    "supersedes": {"@id": "dcterms:replaces", "@type": "@id"},
    "retains": {"@id": "ascc:retains", "@type": "@id"},
    "signed": "ascc:signed",
    "place": "ascc:place",
    "measure": "ascc:measure",
    "value": "schema:value",
    "unit": "schema:unitText",
    "year": {"@id": "ascc:year", "@type": "xsd:gYear"},
    "approximate": "ascc:approximate",
    "slip": "ascc:slip",
    "correction": "ascc:correction",
    "explanation": "ascc:explanation",
    "records": {"@id": "ascc:appliesTo", "@type": "@id"},
    "language": "dcterms:language",
    "date": "dcterms:date",
    "url": {"@id": "schema:url", "@type": "@id"},
}

#: The W3C ORG property each relation kind is stated with; the kind, note and
#: sources are kept on an ``rdf:Statement`` about it.
RELATION_PROPERTIES: dict[RelationKind, str] = {
    RelationKind.REPORTS_TO: "reportsTo",
    RelationKind.ASSISTS: "reportsTo",
    RelationKind.SUBSIDIARY_OF: "subOrganizationOf",
    RelationKind.MEMBER_OF: "memberOf",
}
_PROPERTY_IRIS = {
    "reportsTo": _ORG + "reportsTo",
    "subOrganizationOf": _ORG + "subOrganizationOf",
    "memberOf": _ORG + "memberOf",
    "linkedTo": _ORG + "linkedTo",
}


def _registry(registry: Registry | None, sector: str | Sector | None) -> Registry:
    if registry is None:
        from ._api import registry as default  # noqa: PLC0415 - avoids an import cycle

        registry = default()
    return registry if sector is None else _subset(registry, sector)


# -- the records of one sector ------------------------------------------------------

_REFERENCE_FIELDS = (
    "sectors",
    "sector",
    "pillar",
    "base",
    "holders",
    "supersedes",
    "retains",
    "coordinating_bodies",
    "blueprint",
    "records",
)


def _references(record: object) -> Iterator[str]:
    for name in _REFERENCE_FIELDS:
        value = getattr(record, name, None)
        if isinstance(value, str):
            yield value
        elif isinstance(value, tuple):
            yield from (v for v in value if isinstance(v, str))
    if isinstance(record, Sector):
        yield from record.focal_point.agencies


def _subset(registry: Registry, key: str | Sector) -> Registry:
    sector = registry.get_sector(key)
    records: dict[str, object] = {}
    for collection in collections(registry).values():
        for record in collection:
            ident = getattr(record, "id", None)
            if isinstance(ident, str):
                records[ident] = record
    wanted = _closure(registry, records, _seeds(registry, sector))
    chosen: dict[str, tuple[Any, ...]] = {}
    for name, collection in collections(registry).items():
        chosen[name] = tuple(r for r in collection if _keep(r, wanted))
    return type(registry)(**chosen)


def _seeds(registry: Registry, sector: Sector) -> set[str]:
    """The ids of the sector and of the records that belong to it.

    Every line to or from one of the sector's bodies belongs to the sector, so the
    body at its other end comes too.
    """
    wanted = {sector.id}
    members = {b.id for b in registry.bodies(sector=sector)}
    wanted.update(members)
    for relation in registry.relations():
        if relation.subject in members or relation.object in members:
            wanted.update((relation.subject, relation.object))
    wanted.update(p.id for p in registry.plans(holder=sector))
    wanted.update(i.id for i in registry.instruments() if sector.id in i.sectors)
    wanted.update(p.id for p in registry.programmes() if sector.id in p.sectors)
    wanted.update(f.id for f in registry.figures() if f.sector == sector.id)
    return wanted


def _closure(registry: Registry, records: dict[str, object], wanted: set[str]) -> set[str]:
    """``wanted`` and every record they refer to, and the errata about any of them."""
    parents: dict[str, list[str]] = {}
    for relation in registry.relations():
        if relation.kind in REPORTING_KINDS:
            parents.setdefault(relation.subject, []).append(relation.object)
    wanted = set(wanted)
    queue = list(wanted)
    while queue:
        while queue:
            record = records[queue.pop()]
            found = [*_references(record)]
            if isinstance(record, Body):
                found.extend(parents.get(record.id, ()))
            fresh = [ref for ref in found if ref in records and ref not in wanted]
            wanted.update(fresh)
            queue.extend(fresh)
        fresh = [
            e.id for e in registry.errata() if e.id not in wanted and wanted.intersection(e.records)
        ]
        wanted.update(fresh)
        queue.extend(fresh)
    return wanted


def _keep(record: object, wanted: set[str]) -> bool:
    if isinstance(record, Relation):
        return record.subject in wanted and record.object in wanted
    ident = getattr(record, "id", None)
    if isinstance(ident, str):
        # Sources are kept whole: every record cites them.
        return ident in wanted or type(record).__name__ == "Source"
    new = getattr(record, "new", None)  # a renamed id follows its record
    return not isinstance(new, str) or new in wanted


# -- JSON ---------------------------------------------------------------------------


def to_json(registry: Registry | None = None, *, sector: str | Sector | None = None) -> str:
    """The registry as one JSON document, in the schema of the YAML data.

    JSON is YAML, so :func:`ascc_model.load_text` reads it back into an equal
    registry. Numbers are written so that a YAML 1.1 reader sees them as numbers
    (``1.0e+16``, never ``1e+16``); characters YAML cannot hold raw are escaped.

    >>> import ascc_model
    >>> text = ascc_model.to_json(sector="health")
    >>> ascc_model.load_text(text).get_sector("health").names.en
    'ASEAN Health Cooperation'
    """
    from ._convert import to_plain  # noqa: PLC0415 - cattrs is imported on first use

    return _json(to_plain(_registry(registry, sector)), "") + "\n"


def _yaml_safe(char: str) -> bool:
    # What a YAML reader accepts raw inside a double-quoted string and keeps as is.
    code = ord(char)
    return (
        0x20 <= code <= 0x7E  # noqa: PLR2004
        or 0xA0 <= code <= 0xD7FF  # noqa: PLR2004
        or (0xE000 <= code <= 0xFFFD and code != 0xFEFF)  # noqa: PLR2004
        or code >= 0x10000  # noqa: PLR2004
    ) and char not in "\u2028\u2029"


def _json_string(text: str) -> str:
    dumped = json.dumps(text, ensure_ascii=False)
    if all(_yaml_safe(c) for c in dumped):
        return dumped
    return "".join(c if _yaml_safe(c) else f"\\u{ord(c):04x}" for c in dumped)


def _json_float(value: float) -> str:
    if not math.isfinite(value):
        msg = f"JSON has no {value!r}"
        raise ValueError(msg)
    text = repr(value)
    if "e" in text and "." not in text:
        mantissa, exponent = text.split("e")
        text = f"{mantissa}.0e{exponent}"
    return text


def _json(value: object, indent: str) -> str:  # noqa: PLR0911 - one return per JSON type
    inner = indent + "  "
    if value is None or isinstance(value, bool):
        return json.dumps(value)
    if isinstance(value, str):
        return _json_string(value)
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return _json_float(value)
    if isinstance(value, dict):
        if not value:
            return "{}"
        items = (f"{inner}{_json_string(str(k))}: {_json(v, inner)}" for k, v in value.items())
        return "{\n" + ",\n".join(items) + f"\n{indent}}}"
    if isinstance(value, (list, tuple)):
        if not value:
            return "[]"
        return "[\n" + ",\n".join(inner + _json(v, inner) for v in value) + f"\n{indent}]"
    msg = f"cannot write a {type(value).__name__} as JSON"
    raise TypeError(msg)


# -- JSON-LD ------------------------------------------------------------------------


def record_iri(ident: str) -> str:
    """The IRI of the record with this id in the JSON-LD export.

    >>> record_iri("acwc")
    'urn:ascc-model:id:acwc'
    """
    return _ID + ident


def _citation_iri(citation: Citation) -> str:
    # RFC 5147 fragment: positions count from 0, so line N is the range N-1 to N.
    return f"{_ID}{citation.source}#line={citation.line - 1},{citation.line}"


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


def _put(node: dict[str, Any], key: str, value: object) -> None:
    if value is not None and value != ():
        node[key] = value


def _iris(ids: Iterable[str]) -> list[str]:
    return [record_iri(i) for i in ids]


def _base_node(record: Any, types: str) -> dict[str, Any]:
    return {"@id": record_iri(record.id), "@type": types}


def _sources(node: dict[str, Any], citations: tuple[Citation, ...]) -> None:
    node["sources"] = [_citation_iri(c) for c in citations]


def _body_node(body: Body, relations: Iterable[Relation]) -> dict[str, Any]:
    node = _base_node(body, "org:Organization")
    node["names"] = _names(body.names)
    _put(node, "acronym", body.acronym)
    _put(node, "aliases", list(body.aliases))
    node["kind"] = body.kind.value
    _put(node, "sectors", _iris(body.sectors))
    _put(node, "pillar", None if body.pillar is None else record_iri(body.pillar))
    _put(node, "established", None if body.established is None else _date(body.established))
    if body.meets is not None:
        meets: dict[str, Any] = {"every": body.meets.period, "atLeast": body.meets.at_least}
        _put(meets, "note", body.meets.note)
        node["meets"] = meets
    _put(node, "chair", body.chair)
    _put(node, "composition", body.composition)
    _put(node, "description", body.description)
    _put(node, "base", None if body.base is None else record_iri(body.base))
    _put(node, "partners", list(body.partners))
    _put(node, "reportingNote", body.reporting_note)
    for relation in relations:
        key = RELATION_PROPERTIES.get(relation.kind, "linkedTo")
        targets: list[str] = node.setdefault(key, [])
        if record_iri(relation.object) not in targets:
            targets.append(record_iri(relation.object))
    _sources(node, body.sources)
    return node


def _relation_nodes(relations: tuple[Relation, ...]) -> Iterator[dict[str, Any]]:
    seen: dict[str, int] = {}
    for relation in relations:
        iri = f"{_RELATION}{relation.subject}:{relation.kind.value}:{relation.object}"
        seen[iri] = seen.get(iri, 0) + 1
        if seen[iri] > 1:
            iri += f":{seen[iri]}"
        node: dict[str, Any] = {
            "@id": iri,
            "@type": "rdf:Statement",
            "statementSubject": record_iri(relation.subject),
            "statementPredicate": _PROPERTY_IRIS[
                RELATION_PROPERTIES.get(relation.kind, "linkedTo")
            ],
            "statementObject": record_iri(relation.object),
            "kind": relation.kind.value,
        }
        _put(node, "note", relation.note)
        _sources(node, relation.sources)
        yield node


def _sector_node(sector: Sector) -> dict[str, Any]:
    node = _base_node(sector, "skos:Concept")
    node["names"] = _names(sector.names)
    node["summary"] = sector.summary
    point = sector.focal_point
    focal: dict[str, Any] = {"agencies": _iris(point.agencies)}
    _put(focal, "note", point.note)
    _sources(focal, point.sources)
    node["focalPoint"] = focal
    _put(node, "referenceUrl", sector.reference_url)
    _sources(node, sector.sources)
    return node


def _plan_node(plan: Any) -> dict[str, Any]:
    node = _base_node(plan, "ascc:Plan")
    node["title"] = _names(plan.title)
    node["kind"] = plan.kind.value
    node["holders"] = _iris(plan.holders)
    _put(node, "acronym", plan.acronym)
    if plan.period is not None:
        node["temporalCoverage"] = f"{plan.period.start}/{plan.period.end}"
    _put(node, "adopted", None if plan.adopted is None else _date(plan.adopted))
    if plan.items:
        node["items"] = [{"names": _names(item)} for item in plan.items]
    _put(node, "itemCount", plan.item_count)
    _put(node, "itemsNote", plan.items_note)
    _put(node, "supersedes", None if plan.supersedes is None else record_iri(plan.supersedes))
    _put(node, "retains", None if plan.retains is None else record_iri(plan.retains))
    _put(node, "description", plan.description)
    _sources(node, plan.sources)
    return node


def _nodes(registry: Registry) -> Iterator[dict[str, Any]]:  # noqa: C901, PLR0915 - a block per kind
    for source in registry.sources():
        node: dict[str, Any] = {
            "@id": record_iri(source.id),
            "@type": "dcterms:BibliographicResource",
            "title": source.title,
            "language": source.language,
        }
        _put(node, "date", None if source.date is None else _date(source.date))
        _put(node, "note", source.note)
        _put(node, "url", source.url)
        yield node
    for pillar in registry.pillars():
        node = _base_node(pillar, "ascc:Pillar")
        node["names"] = _names(pillar.names)
        node["acronym"] = pillar.acronym
        node["summary"] = pillar.summary
        node["characteristics"] = [{"names": _names(c)} for c in pillar.characteristics]
        node["coordinatingBodies"] = _iris(pillar.coordinating_bodies)
        _put(node, "blueprint", None if pillar.blueprint is None else record_iri(pillar.blueprint))
        _sources(node, pillar.sources)
        yield node
    yield from (_sector_node(s) for s in registry.sectors())
    for agency in registry.agencies():
        node = _base_node(agency, "org:Organization")
        node["names"] = _names(agency.names)
        node["country"] = agency.country
        _put(node, "acronym", agency.acronym)
        _put(node, "asOf", None if agency.as_of is None else _date(agency.as_of))
        _put(node, "note", agency.note)
        _sources(node, agency.sources)
        yield node
    by_subject: dict[str, list[Relation]] = {}
    for relation in registry.relations():
        by_subject.setdefault(relation.subject, []).append(relation)
    for body in registry.bodies():
        yield _body_node(body, by_subject.get(body.id, ()))
    yield from _relation_nodes(registry.relations())
    yield from (_plan_node(p) for p in registry.plans())
    for instrument in registry.instruments():
        node = _base_node(instrument, "ascc:Instrument")
        node["names"] = _names(instrument.names)
        node["kind"] = instrument.kind.value
        _put(node, "acronym", instrument.acronym)
        _put(node, "subjects", _iris(instrument.sectors))
        _put(node, "signed", None if instrument.signed is None else _date(instrument.signed))
        _put(node, "place", instrument.place)
        _put(node, "description", instrument.description)
        _sources(node, instrument.sources)
        yield node
    for programme in registry.programmes():
        node = _base_node(programme, "ascc:Programme")
        node["names"] = _names(programme.names)
        _put(node, "acronym", programme.acronym)
        _put(node, "subjects", _iris(programme.sectors))
        _put(node, "partners", list(programme.partners))
        if programme.period is not None:
            node["temporalCoverage"] = f"{programme.period.start}/{programme.period.end}"
        _put(node, "description", programme.description)
        _sources(node, programme.sources)
        yield node
    for figure in registry.figures():
        node = _base_node(figure, "ascc:Figure")
        node["measure"] = figure.measure
        node["value"] = figure.value
        node["unit"] = figure.unit
        _put(node, "subjects", None if figure.sector is None else [record_iri(figure.sector)])
        _put(node, "year", None if figure.year is None else f"{figure.year:04d}")
        node["approximate"] = figure.approximate
        _sources(node, figure.sources)
        yield node
    for erratum in registry.errata():
        yield _erratum_node(erratum)


def _erratum_node(erratum: Erratum) -> dict[str, Any]:
    node = _base_node(erratum, "ascc:Erratum")
    node["slip"] = erratum.slip
    node["correction"] = erratum.correction
    node["explanation"] = erratum.explanation
    _put(node, "records", _iris(erratum.records))
    _sources(node, erratum.sources)
    return node


def to_jsonld(registry: Registry | None = None, *, sector: str | Sector | None = None) -> str:
    """The registry as JSON-LD: W3C ORG, SKOS, schema.org and Dublin Core terms.

    Bodies and agencies are ``org:Organization``; reporting lines (reports to,
    assists) are ``org:reportsTo``, subsidiaries ``org:subOrganizationOf``,
    membership ``org:memberOf`` and every other line ``org:linkedTo``; each line
    is also an ``rdf:Statement`` carrying its kind, note and sources. Sectors are
    ``skos:Concept`` and a body's sectors its ``org:purpose``; names are
    ``skos:prefLabel`` tagged ``en`` and ``id``, acronyms and aliases
    ``skos:altLabel``; founding dates ``schema:foundingDate`` (typed ``xsd:gYear``,
    ``xsd:gYearMonth`` or ``xsd:date`` by precision); citations ``dcterms:source``
    IRIs with an RFC 5147 line fragment. Records are named ``urn:ascc-model:id:<id>``
    (see :data:`IRI_PREFIX`).

    >>> import json, ascc_model
    >>> doc = json.loads(ascc_model.to_jsonld(sector="women-children"))
    >>> acwc = next(n for n in doc["@graph"] if n["@id"] == "urn:ascc-model:id:acwc")
    >>> acwc["@type"], acwc["reportsTo"]
    ('org:Organization', ['urn:ascc-model:id:ammswd'])
    """
    document = {"@context": JSONLD_CONTEXT, "@graph": list(_nodes(_registry(registry, sector)))}
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


# -- CSV ----------------------------------------------------------------------------

#: Separator of several ids or citations in one cell (ids and citations hold no ``;``).
ID_SEPARATOR = "; "
#: Separator of several free-text values (aliases, partners, names) in one cell.
TEXT_SEPARATOR = "\n"


def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def _ids(values: Iterable[object]) -> str:
    return ID_SEPARATOR.join(str(v) for v in values)


def _table(header: list[str], rows: Iterable[list[object]]) -> str:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(header)
    writer.writerows([_cell(c) for c in row] for row in rows)
    return out.getvalue()


def to_csv(
    registry: Registry | None = None, *, sector: str | Sector | None = None
) -> dict[str, str]:
    """The registry as CSV tables: sectors, bodies, relations, plans and plan_items.

    Each value is the text of one table (RFC 4180: comma-separated, CRLF line
    ends, quoted where needed), with a header row. An empty cell means the source
    is silent. Several ids or citations in a cell are joined by ``"; "``; several
    free-text values (aliases, partners, agency names) by a line break, which
    spreadsheets show inside the cell. Write the texts as UTF-8; the command line
    adds a byte-order mark so that Excel reads them as UTF-8.

    >>> import csv, ascc_model
    >>> tables = ascc_model.to_csv(sector="health")
    >>> sorted(tables)
    ['bodies', 'plan_items', 'plans', 'relations', 'sectors']
    >>> rows = {row["id"]: row for row in csv.DictReader(tables["sectors"].splitlines())}
    >>> rows["health"]["focal_point_agencies"]
    'kemenkes; bpom'
    """
    reg = _registry(registry, sector)
    labels = {b.id: b.label for b in reg.bodies()}
    agencies = {a.id: a for a in reg.agencies()}
    return {
        "sectors": _table(
            [
                "id",
                "name_en",
                "name_id",
                "summary",
                "focal_point_agencies",
                "focal_point_names",
                "focal_point_note",
                "reference_url",
                "sources",
            ],
            (
                [
                    s.id,
                    s.names.en,
                    s.names.id,
                    s.summary,
                    _ids(s.focal_point.agencies),
                    TEXT_SEPARATOR.join(
                        agencies[a].names.best("id") for a in s.focal_point.agencies
                    ),
                    s.focal_point.note,
                    s.reference_url,
                    _ids(s.sources),
                ]
                for s in reg.sectors()
            ),
        ),
        "bodies": _table(
            [
                "id",
                "acronym",
                "name_en",
                "name_id",
                "kind",
                "sectors",
                "pillar",
                "established",
                "meets",
                "meets_at_least",
                "meets_note",
                "chair",
                "composition",
                "description",
                "base",
                "partners",
                "aliases",
                "reporting_note",
                "sources",
            ],
            (
                [
                    b.id,
                    b.acronym,
                    b.names.en,
                    b.names.id,
                    b.kind.value,
                    _ids(b.sectors),
                    b.pillar,
                    b.established,
                    None if b.meets is None else b.meets.period,
                    None if b.meets is None else b.meets.at_least,
                    None if b.meets is None else b.meets.note,
                    b.chair,
                    b.composition,
                    b.description,
                    b.base,
                    TEXT_SEPARATOR.join(b.partners),
                    TEXT_SEPARATOR.join(b.aliases),
                    b.reporting_note,
                    _ids(b.sources),
                ]
                for b in reg.bodies()
            ),
        ),
        "relations": _table(
            ["subject", "subject_label", "kind", "object", "object_label", "note", "sources"],
            (
                [
                    r.subject,
                    labels[r.subject],
                    r.kind.value,
                    r.object,
                    labels[r.object],
                    r.note,
                    _ids(r.sources),
                ]
                for r in reg.relations()
            ),
        ),
        "plans": _table(
            [
                "id",
                "acronym",
                "title_en",
                "title_id",
                "kind",
                "holders",
                "period_start",
                "period_end",
                "adopted",
                "item_count",
                "items_listed",
                "items_note",
                "supersedes",
                "retains",
                "description",
                "sources",
            ],
            (
                [
                    p.id,
                    p.acronym,
                    p.title.en,
                    p.title.id,
                    p.kind.value,
                    _ids(p.holders),
                    None if p.period is None else p.period.start,
                    None if p.period is None else p.period.end,
                    p.adopted,
                    p.item_count,
                    len(p.items),
                    p.items_note,
                    p.supersedes,
                    p.retains,
                    p.description,
                    _ids(p.sources),
                ]
                for p in reg.plans()
            ),
        ),
        "plan_items": _table(
            ["plan", "number", "en", "id"],
            (
                [p.id, number, item.en, item.id]
                for p in reg.plans()
                for number, item in enumerate(p.items, start=1)
            ),
        ),
    }


# -- diagrams -----------------------------------------------------------------------

#: How each kind of line is drawn: reporting lines solid, the others dashed and grey.
_EDGE_WORDS = {kind: kind.value.replace("_", " ") for kind in RelationKind}


def _drawn(reg: Registry, *, reporting_only: bool) -> tuple[Relation, ...]:
    return tuple(r for r in reg.relations() if not reporting_only or r.kind in REPORTING_KINDS)


def _dot_string(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace('"', '\\"')
    escaped = escaped.replace("\r\n", "\n").replace("\r", "\n").replace("\n", "\\n")
    return f'"{escaped}"'


def to_dot(
    registry: Registry | None = None,
    *,
    sector: str | Sector | None = None,
    lang: str = "en",
    reporting_only: bool = False,
) -> str:
    """Graphviz DOT of the bodies and the lines between them, parents above.

    Nodes are labelled with acronyms (the name where there is none) and carry
    the full name, in ``lang``, as a tooltip. Reporting lines are solid arrows
    from a body to the body above it (``assists`` and ``subsidiary of`` are
    labelled); the other lines are dashed, grey, labelled with their kind and do
    not shape the hierarchy. Render with ``dot -Tsvg``.

    >>> import ascc_model
    >>> print(ascc_model.to_dot(sector="women-children"), end="")
    digraph "ascc-model" {
    ...
      "acwc" [label="ACWC", tooltip="ASEAN Commission on the Promotion and Protection ..."];
    ...
      "acwc" -> "ammswd" [tooltip="ACWC reports to AMMSWD (reports to and supports)"];
      "acw" -> "adrp" [label="member of", style=dashed, ...];
    }
    """
    reg = _registry(registry, sector)
    lines = [
        'digraph "ascc-model" {',
        # Not pack=true, though it would set the many small hierarchies in a block rather
        # than one long row: Graphviz 2.43's dot then garbles a label now and then.
        "  graph [rankdir=BT, fontname=Helvetica];",
        "  node [shape=box, style=rounded, fontname=Helvetica];",
        "  edge [fontname=Helvetica, fontsize=10];",
    ]
    for body in reg.bodies():
        label = body.acronym or body.names.best(lang)
        lines.append(
            f"  {_dot_string(body.id)} [label={_dot_string(label)}, "
            f"tooltip={_dot_string(body.names.best(lang))}];"
        )
    labels = {b.id: b.acronym or b.names.best(lang) for b in reg.bodies()}
    for relation in _drawn(reg, reporting_only=reporting_only):
        words = _EDGE_WORDS[relation.kind]
        tooltip = f"{labels[relation.subject]} {words} {labels[relation.object]}"
        if relation.note:
            tooltip += f" ({relation.note})"
        attributes = []
        if relation.kind is not RelationKind.REPORTS_TO:
            attributes.append(f"label={_dot_string(words)}")
        if relation.kind not in REPORTING_KINDS:
            attributes.append("style=dashed, color=gray45, fontcolor=gray45, constraint=false")
        attributes.append(f"tooltip={_dot_string(tooltip)}")
        lines.append(
            f"  {_dot_string(relation.subject)} -> {_dot_string(relation.object)} "
            f"[{', '.join(attributes)}];"
        )
    lines.append("}")
    return "\n".join(lines) + "\n"


def mermaid_id(ident: str) -> str:
    """A Mermaid node id for a record id: ``n_`` and the id with ``-`` as ``_``.

    Ids are slugs (``a-z``, ``0-9``, ``-``), so this is one-to-one, and the
    prefix keeps ids such as ``end`` from clashing with Mermaid keywords.

    >>> mermaid_id("som-ed")
    'n_som_ed'
    """
    return "n_" + "".join(c if c.isascii() and c.isalnum() else "_" for c in ident)


def _mermaid_text(text: str) -> str:
    # Inside a quoted label: entity codes for what Mermaid would read as syntax or HTML.
    codes = {'"': "#quot;", "#": "#35;", "<": "#lt;", ">": "#gt;", "&": "#amp;"}
    flat = " ".join(text.split())
    return "".join(codes.get(c, c) for c in flat)


def to_mermaid(
    registry: Registry | None = None,
    *,
    sector: str | Sector | None = None,
    lang: str = "en",
    reporting_only: bool = False,
) -> str:
    """Mermaid flowchart text of the bodies and the lines between them, parents above.

    Nodes are labelled with acronyms (the name where there is none); a comment
    before each node gives its id and full name in ``lang`` (Mermaid has no
    tooltip without a click action). Reporting lines are solid arrows
    (``assists`` and ``subsidiary of`` labelled), the others dotted and
    labelled with their kind.

    >>> import ascc_model
    >>> print(ascc_model.to_mermaid(sector="women-children"), end="")
    flowchart BT
    ...
      %% acwc: ASEAN Commission on the Promotion and Protection of the Rights of ...
      n_acwc["ACWC"]
    ...
      n_acwc --> n_ammswd
      n_acw -.->|member of| n_adrp
    """
    reg = _registry(registry, sector)
    lines = ["flowchart BT"]
    for body in reg.bodies():
        label = body.acronym or body.names.best(lang)
        lines.append(f"  %% {body.id}: {' '.join(body.names.best(lang).split())}")
        lines.append(f'  {mermaid_id(body.id)}["{_mermaid_text(label)}"]')
    for relation in _drawn(reg, reporting_only=reporting_only):
        arrow = "-->" if relation.kind in REPORTING_KINDS else "-.->"
        if relation.kind is not RelationKind.REPORTS_TO:
            arrow += f"|{_EDGE_WORDS[relation.kind]}|"
        lines.append(f"  {mermaid_id(relation.subject)} {arrow} {mermaid_id(relation.object)}")
    return "\n".join(lines) + "\n"
