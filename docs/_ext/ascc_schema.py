"""The YAML schema reference, generated from the attrs classes so it cannot drift.

Field names, types, defaults and the list of collections come from the code
(``attrs.fields`` and the loader's ``Document``). Only the one-line
descriptions are written here, and :func:`schema_markdown` fails if a field
has none or a description names a field that does not exist. No Sphinx
import here: the module is tested on its own.
"""

from __future__ import annotations

import enum
import types
import typing
from typing import Any

import attrs

import ascc_model
from ascc_model import (
    Citation,
    FocalPoint,
    Frequency,
    Names,
    PartialDate,
    Period,
)
from ascc_model._convert import SCHEMA_VERSION, Document

#: What each field means, by class and field. Types and defaults come from the code.
DESCRIPTIONS: dict[str, dict[str, str]] = {
    "Document": {
        "schema_version": f"The schema version; must be `{SCHEMA_VERSION}`.",
        "replaces": (
            "Ids of records loaded earlier (from the packaged data or an earlier file) that "
            "this file's records of the same ids replace, in place. An id that replaces "
            "nothing is an error."
        ),
    },
    "Rename": {
        "old": "The id as it was; it still resolves, with a `DeprecationWarning`. "
        "Never the id of a record.",
        "new": "The id it became.",
        "since": "The release that renamed it.",
        "note": "Why it was renamed.",
    },
    "Source": {
        "id": "Short id that citations use before the colon (`ascc-sectors`).",
        "title": "Title of the document.",
        "language": "Language code of the document (`id`: Indonesian, `en`: English).",
        "date": "Date of the document; left out when it is undated.",
        "note": "What is known about the document, such as when an undated one was written.",
        "url": "Where the document can be read.",
    },
    "Pillar": {
        "id": "Short id of the pillar (`ascc`).",
        "names": "The pillar's name in English and Indonesian.",
        "acronym": "The pillar's acronym (`ASCC`).",
        "summary": "A short summary, in our own words.",
        "characteristics": "The pillar's characteristics, each in English and Indonesian.",
        "coordinating_bodies": "Ids of the bodies that coordinate the pillar.",
        "blueprint": "Id of the pillar's blueprint plan, or `null`.",
        "sources": "Citations of the lines the record's facts stand on.",
    },
    "Sector": {
        "id": "Short English slug (`health`, `women-children`).",
        "names": "The sector's name in English and Indonesian.",
        "summary": "A short summary, in our own words.",
        "focal_point": "Indonesia's national focal point for the sector.",
        "sources": "Citations of the lines the record's facts stand on.",
        "reference_url": "A web page on the sector's cooperation that the source gives.",
    },
    "FocalPoint": {
        "agencies": (
            "Ids of the focal-point agencies, in source order; empty when the source names none."
        ),
        "sources": "Citations of the lines naming the focal point.",
        "note": "Says so where the source names no agency.",
    },
    "Agency": {
        "id": "Short slug of the agency (`bnpb`).",
        "names": "`id`: the Indonesian name as the source gives it; `en`: an English rendering.",
        "country": "Country code, ISO 3166-1 alpha-3 (`IDN`).",
        "sources": "Citations of the lines the record's facts stand on.",
        "acronym": "The agency's acronym, where the source gives one.",
        "as_of": "Date the name is known to be valid; left out where the only date is the "
        "undated source's.",
        "note": "Anything a reader must know about the name.",
    },
    "Body": {
        "id": "Lowercase slug, unique across all records (`acwc`, `som-ed`, `amca-plus-3`).",
        "names": "The body's name in English and/or Indonesian.",
        "kind": "What kind of body it is.",
        "sources": "Citations of the lines the record's facts stand on.",
        "acronym": "The acronym, as the source writes it.",
        "aliases": "Other names look-ups accept.",
        "sectors": (
            "Ids of the sectors the body belongs to; empty for bodies beyond the pillar's sectors."
        ),
        "pillar": "`ascc` for bodies of the pillar's sectors; left out for others.",
        "established": "When the body was established.",
        "meets": "How often the body meets.",
        "chair": "Who chairs it, in our own words.",
        "composition": "Who sits on it, in our own words.",
        "description": "What it does, in our own words.",
        "base": "For a plus-format body (`AMCA+3`), the id of the ASEAN body (`amca`).",
        "partners": "For a plus-format body, the partner countries in English.",
        "reporting_note": "Says the source names no parent, for a body that must have one.",
    },
    "Relation": {
        "subject": "Id of the body the line starts from.",
        "kind": "What the line means: *subject* reports to, assists, ... *object*.",
        "object": "Id of the body the line goes to.",
        "sources": "Citations of the lines the record's facts stand on.",
        "note": "The source's qualifier (`supports and reports to`).",
    },
    "Plan": {
        "id": "Holder and title with the period (`acw-work-plan-2021-2025`).",
        "title": "The title in English and/or Indonesian.",
        "kind": "What kind of document it is.",
        "holders": "Ids of the bodies, sectors or pillar that hold the plan.",
        "sources": "Citations of the lines the record's facts stand on.",
        "acronym": "The plan's acronym, where it has one.",
        "period": "The years the plan covers, both included.",
        "adopted": "When the plan was adopted.",
        "items": "The items in source order, each `{id: ..., en: ...}`.",
        "item_count": "The number of items the source announces.",
        "items_note": "Says so where the source announces items it does not list.",
        "supersedes": "Id of the plan this one replaces.",
        "retains": "Id of an earlier plan whose items this one keeps.",
        "description": "What the plan is, in our own words.",
    },
    "Instrument": {
        "id": "Short slug (`aadmer`, `asean-charter`).",
        "names": "The name in English and/or Indonesian.",
        "kind": "What kind of document it is.",
        "sources": "Citations of the lines the record's facts stand on.",
        "acronym": "The acronym, where it has one.",
        "sectors": "Ids of the sectors it belongs to; empty for the whole of ASEAN.",
        "signed": "When it was signed.",
        "place": "Where it was signed.",
        "description": "What it is, in our own words.",
    },
    "Programme": {
        "id": "Short slug (`supa`).",
        "names": "The name in English and/or Indonesian.",
        "sources": "Citations of the lines the record's facts stand on.",
        "acronym": "The acronym, where it has one.",
        "sectors": "Ids of the sectors it belongs to.",
        "partners": "The partners that run it with ASEAN.",
        "period": "The years it runs, both included.",
        "description": "What it is, in our own words.",
    },
    "Figure": {
        "id": "Short slug (`disaster-losses-2022`).",
        "measure": "What the number measures.",
        "value": "The number.",
        "unit": "The unit of the number (`people`, `fraction of the population`).",
        "sources": "Citations of the lines the record's facts stand on.",
        "sector": "Id of the sector it belongs to.",
        "year": "The year the number is for.",
        "approximate": "`true` where the source hedges (*kurang lebih*, about).",
    },
    "Erratum": {
        "id": "`erratum-<what>`.",
        "slip": "The source's words, as written.",
        "correction": "What the data holds instead.",
        "explanation": "Why the source's words are a slip.",
        "sources": "Citations of the lines where the slip stands.",
        "records": "Ids of the records the correction applies to.",
    },
    "Names": {
        "en": "The name in English.",
        "id": "The name in Indonesian.",
    },
    "Frequency": {
        "period": "An ISO 8601 period: `P1Y` (every year), `P2Y`, `P3Y`, `P6M`.",
        "at_least": "`true` where the source says *setidaknya* (at least).",
        "note": "What a period cannot say (`back-to-back before the COP`).",
    },
}

#: Value types that are mappings in YAML, each with a table of its own.
NESTED: tuple[type[Any], ...] = (Names, FocalPoint, Frequency)

_SCALARS: dict[object, str] = {
    str: "string",
    int: "integer",
    float: "number",
    bool: "`true` or `false`",
    PartialDate: 'date: `"1981"`, `"2013-09"` or `"2002-06-10"`',
    Period: 'years: `"2021-2025"`',
    Citation: 'citation `"SOURCE:LINE"`: `"ascc-sectors:18"`',
}


class SchemaDriftError(RuntimeError):
    """A field has no description, or a description names no field."""


def _hints(cls: type[Any]) -> dict[str, Any]:
    module = __import__(cls.__module__, fromlist=["_"])
    return typing.get_type_hints(cls, vars(module))


def _optional(tp: Any) -> tuple[Any, bool]:
    if typing.get_origin(tp) in (typing.Union, types.UnionType):
        args = [a for a in typing.get_args(tp) if a is not type(None)]
        if len(args) == 1:
            return args[0], True
    return tp, False


def yaml_type(tp: Any) -> str:
    """How a field of type ``tp`` is written in YAML, as Markdown."""
    tp, _nullable = _optional(tp)
    if typing.get_origin(tp) is tuple:
        return "list of " + yaml_type(typing.get_args(tp)[0])
    if tp in _SCALARS:
        return _SCALARS[tp]
    if isinstance(tp, type) and issubclass(tp, enum.Enum):
        values = ", ".join(f"`{m.value}`" for m in tp)
        return f"one of the {{py:class}}`~ascc_model.{tp.__name__}` values: {values}"
    if attrs.has(tp):
        return f"mapping: [{tp.__name__}](#schema-{tp.__name__.lower()})"
    msg = f"no YAML rendering for the type {tp!r}"
    raise SchemaDriftError(msg)


def _default(field: attrs.Attribute[Any], tp: Any) -> str:
    default = field.default
    if default is attrs.NOTHING:
        return "required" + (", may be `null`" if _optional(tp)[1] else "")
    if default is None:
        return "optional"
    if default == ():
        return "optional, default `[]`"
    if isinstance(default, bool):
        return f"optional, default `{str(default).lower()}`"
    return f"optional, default `{default!r}`"


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def field_table(cls: type[Any]) -> str:
    """A Markdown table of the fields of an attrs class: name, YAML type, need, meaning."""
    described = DESCRIPTIONS.get(cls.__name__)
    if described is None:
        msg = f"no descriptions for {cls.__name__} in docs/_ext/ascc_schema.py"
        raise SchemaDriftError(msg)
    hints = _hints(cls)
    fields = [f for f in attrs.fields(cls) if f.init]
    names = [f.alias or f.name for f in fields]
    missing = [n for n in names if n not in described]
    extra = [n for n in described if n not in names]
    if missing or extra:
        msg = (
            f"{cls.__name__}: fields without a description {missing}, "
            f"descriptions without a field {extra} (docs/_ext/ascc_schema.py)"
        )
        raise SchemaDriftError(msg)
    rows = [
        "| Field | Written as | Required | Meaning |",
        "| --- | --- | --- | --- |",
    ]
    for field, name in zip(fields, names, strict=True):
        tp = hints[field.name]
        rows.append(
            f"| `{name}` | {_cell(yaml_type(tp))} | {_default(field, tp)} "
            f"| {_cell(described[name])} |"
        )
    return "\n".join(rows) + "\n"


def schema_markdown() -> str:
    """The whole schema reference: the top level, each collection, each nested mapping."""
    hints = _hints(Document)
    top_described = DESCRIPTIONS["Document"]
    parts = [
        "(schema-document)=",
        "## A file",
        "",
        (
            "Every file is one YAML mapping with `schema_version` and any of these keys; "
            "the loader merges the files' collections in the order the files are given."
        ),
        "",
        "| Key | Written as | Required | Meaning |",
        "| --- | --- | --- | --- |",
    ]
    collections: list[tuple[str, type[Any]]] = []
    plain: list[str] = []
    for field in attrs.fields(Document):
        tp = hints[field.name]
        args = [a for a in typing.get_args(tp) if a is not Ellipsis]
        if typing.get_origin(tp) is tuple and len(args) == 1 and attrs.has(args[0]):
            item = args[0]
            collections.append((field.name, item))
            record = (
                f"{{py:class}}`ascc_model.{item.__name__}`"
                if hasattr(ascc_model, item.__name__)
                else f"`{item.__name__}`"
            )
            meaning = top_described.get(field.name, f"Records of {record}.")
            written = f"list of [{item.__name__}](#schema-{item.__name__.lower()})"
        else:
            plain.append(field.name)
            if field.name not in top_described:
                msg = f"Document.{field.name} has no description (docs/_ext/ascc_schema.py)"
                raise SchemaDriftError(msg)
            meaning = top_described[field.name]
            written = yaml_type(tp)
        parts.append(
            f"| `{field.name}` | {_cell(written)} | {_default(field, tp)} | {_cell(meaning)} |"
        )
    stale = sorted(set(top_described) - {f.name for f in attrs.fields(Document)})
    if stale:
        msg = f"descriptions of Document keys that do not exist: {stale}"
        raise SchemaDriftError(msg)
    parts.append("")
    for name, item in collections:
        public = hasattr(ascc_model, item.__name__)
        loads_as = (
            f"loads as {{py:class}}`ascc_model.{item.__name__}`"
            if public
            else f"loads as `{item.__name__}`"
        )
        parts += [
            f"(schema-{item.__name__.lower()})=",
            f"## `{name}`: {item.__name__}",
            "",
            f"Each item is a mapping that {loads_as}.",
            "",
            field_table(item),
        ]
    parts += ["## Nested mappings", ""]
    for cls in NESTED:
        parts += [
            f"(schema-{cls.__name__.lower()})=",
            f"### {cls.__name__}",
            "",
            f"Loads as {{py:class}}`ascc_model.{cls.__name__}`.",
            "",
            field_table(cls),
        ]
    documented = {c.__name__ for _n, c in collections} | {c.__name__ for c in NESTED}
    stale_classes = sorted(set(DESCRIPTIONS) - documented - {"Document"})
    if stale_classes:
        msg = f"descriptions of classes the schema no longer uses: {stale_classes}"
        raise SchemaDriftError(msg)
    return "\n".join(parts) + "\n"
