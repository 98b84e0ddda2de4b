"""A JSON Schema (draft 2020-12) of the data files, generated from the model's declarations.

Editors that read YAML through a JSON Schema (VS Code's YAML extension, JetBrains
IDEs) complete and check a file that starts with
``# yaml-language-server: $schema=<path or URL of the schema>``. The schema
says what the loader says about shapes and types: a file is a mapping with
``schema_version`` and any of the collections; each record a mapping of known
fields (no others), the required ones required; dates, periods, citations and
meeting periods as the patterns the loader accepts; enumerations as their
values. What it cannot say (references resolve, ids are unique, lines stay
within a text) the loader still checks.
"""

from __future__ import annotations

import enum
import json
from typing import Any

import attrs

from ._model import Citation, Names, PartialDate, Period
from ._records import KINDS, SCHEMA_VERSION, Document
from ._schema import declares_roles, field_shape, fields_of

__all__ = ["SCHEMA_ID", "json_schema", "schema_text"]

#: The schema's ``$id``: a URN, as the project owns no web domain (see the JSON-LD export).
SCHEMA_ID = "urn:ascc-model:schema:data-file"

_PATTERNS: dict[type[Any], tuple[str, str]] = {
    PartialDate: (r"^\d{4}(-\d{2}(-\d{2})?)?$", 'a date: "1981", "2013-09" or "2002-06-10"'),
    Period: (r"^\d{4}-\d{4}$", 'years, both included: "2021-2025"'),
    Citation: (
        r"^[a-z0-9][a-z0-9-]*(:[1-9][0-9]*|#\S.*)$",
        'a citation: "SOURCE:LINE" ("ascc-sectors:18") or "SOURCE#SECTION"',
    ),
}
_SCALARS: dict[type[Any], dict[str, Any]] = {
    str: {"type": "string", "minLength": 1},
    int: {"type": "integer"},
    float: {"type": "number"},
}


def _name(cls: type[Any]) -> str:
    return cls.__name__


def _value(item: Any, definitions: dict[str, Any]) -> dict[str, Any]:
    if item in _PATTERNS:
        pattern, words = _PATTERNS[item]
        return {"type": "string", "pattern": pattern, "description": words}
    if isinstance(item, type) and issubclass(item, enum.Enum):
        return {"enum": [m.value for m in item]}
    if item is bool:
        return {"type": "boolean"}
    if item in _SCALARS:
        return dict(_SCALARS[item])
    if declares_roles(item):
        _define(item, definitions)
        return {"$ref": f"#/$defs/{_name(item)}"}
    msg = f"no JSON Schema for {item!r}"
    raise TypeError(msg)


def _define(cls: type[Any], definitions: dict[str, Any]) -> None:
    if _name(cls) in definitions:
        return
    definitions[_name(cls)] = {}  # placeholder: a class may refer to itself
    properties: dict[str, Any] = {}
    required: list[str] = []
    for field, declared in fields_of(cls):
        shape = field_shape(cls, field)
        value = _value(shape.item, definitions)
        if shape.many:
            value = {"type": "array", "items": value}
        if shape.optional:
            value = {"anyOf": [value, {"type": "null"}]}
        value = {"description": declared.doc, **value}
        properties[field.alias or field.name] = value
        if field.default is attrs.NOTHING:
            required.append(field.alias or field.name)
    definition: dict[str, Any] = {
        "type": "object",
        "description": (cls.__doc__ or "").strip().split("\n", 1)[0],
        "properties": properties,
        "additionalProperties": False,
    }
    if required:
        definition["required"] = required
    if cls is Names:
        definition["anyOf"] = [{"required": ["en"]}, {"required": ["id"]}]
    definitions[_name(cls)] = definition


def json_schema() -> dict[str, Any]:
    """The JSON Schema of a data file, as a plain value.

    >>> schema = json_schema()
    >>> schema["$schema"], schema["properties"]["schema_version"]["const"]
    ('https://json-schema.org/draft/2020-12/schema', 1)
    >>> schema["$defs"]["Body"]["additionalProperties"]
    False
    """
    definitions: dict[str, Any] = {}
    properties: dict[str, Any] = {
        "schema_version": {
            "description": f"The schema version; must be {SCHEMA_VERSION}.",
            "const": SCHEMA_VERSION,
        }
    }
    for field in attrs.fields(Document):
        if field.name == "schema_version":
            continue
        if field.name == "replaces":
            properties["replaces"] = {
                "description": (
                    "Ids of records loaded earlier that this file's records of the same ids "
                    "replace, in place."
                ),
                "type": "array",
                "items": {"type": "string"},
            }
            continue
        kind = next(k for k in KINDS.values() if k.plural == field.name)
        properties[field.name] = {
            "description": f"The {kind.plural} of the file.",
            "type": "array",
            "items": _value(kind.cls, definitions),
        }
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": SCHEMA_ID,
        "title": "An ascc-model data file",
        "description": (
            "A YAML (or JSON) file of ascc-model records. The loader checks more than this "
            "schema can say: that references resolve, ids are unique and lines stay in a text."
        ),
        "type": "object",
        "properties": properties,
        "required": ["schema_version"],
        "additionalProperties": False,
        "$defs": dict(sorted(definitions.items())),
    }


def schema_text() -> str:
    """The JSON Schema as the text ``ascc-model schema`` prints and the package ships."""
    return json.dumps(json_schema(), ensure_ascii=False, indent=2) + "\n"
