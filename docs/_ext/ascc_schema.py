"""The YAML schema reference, generated from the model's declarations so it cannot drift.

Everything on the page comes from the code: the collections of a file from
``ascc_model._records`` (``Document``, ``COLLECTIONS``, ``KINDS``), each field's
meaning and role from the :class:`~ascc_model._schema.Role` it was declared with
(``fact()``, ``prose()``, ``ref()``), its type and default from attrs, and the
nested mappings from the field types. Only the way a few value types are written
in YAML is said here (:data:`WRITTEN_AS`). :func:`schema_markdown` raises
:class:`SchemaDriftError` if a field has no description. No Sphinx import here:
the module is tested on its own.
"""

from __future__ import annotations

import enum
import inspect
import typing
from typing import Any

import attrs
from ascc_markup import lower_first, summary

import ascc_model
from ascc_model import Citation, PartialDate, Period
from ascc_model._records import COLLECTIONS, KINDS, Document, Kind
from ascc_model._schema import ANY_RECORD, Role, atomic, declares_roles, field_shape, role

#: How a value type that is not a mapping is written in YAML, as Markdown.
WRITTEN_AS: dict[object, str] = {
    str: "string",
    int: "integer",
    float: "number",
    bool: "`true` or `false`",
    PartialDate: 'date: `"1981"`, `"2013-09"` or `"2002-06-10"`',
    Period: 'years: `"2021-2025"`',
    Citation: (
        'citation `"SOURCE:LINE"` or `"SOURCE#SECTION"`: `"ascc-sectors:18"`, '
        '`"asean-labour#Overview"`'
    ),
}

#: What the Role column says, for the paragraph above the tables.
ROLES_EXPLAINED = (
    "The *Role* column comes from the field's declaration in the model: **key** where "
    "look-ups and the search match the value (ids, acronyms, names, aliases), **prose** "
    "for a summary in our own words rather than a fact of the source, and *names ...* "
    "for a field that refers to other records by id, of the kinds it lists (every id "
    "must resolve); the rest are facts."
)


class SchemaDriftError(RuntimeError):
    """A field has no description, or the page cannot say how a type is written."""


def collections() -> list[tuple[str, Kind]]:
    """Each collection of a file, in load order, with the kind of record it holds."""
    by_plural = {kind.plural: kind for kind in KINDS.values()}
    found = []
    for name in COLLECTIONS:
        kind = by_plural.get(name)
        if kind is None:
            msg = f"the collection {name!r} holds no kind of KINDS"
            raise SchemaDriftError(msg)
        found.append((name, kind))
    return found


def _field_types(cls: type[Any]) -> list[Any]:
    return [field_shape(cls, f).item for f in attrs.fields(cls)]


def _is_mapping(tp: Any) -> bool:
    return (
        isinstance(tp, type)
        and tp not in WRITTEN_AS
        and declares_roles(tp)
        and not atomic(tp)
        and not issubclass(tp, enum.Enum)
    )


def nested_classes() -> list[type[Any]]:
    """The mappings nested in records (``Names``, ``FocalPoint``, ``Frequency``), first seen first.

    The classes that declare roles, appear as a field's type, and are written as a
    mapping rather than as one string.
    """
    records = {kind.cls for _name, kind in collections()}
    found: list[type[Any]] = []
    todo = [kind.cls for _name, kind in collections()]
    while todo:
        for tp in _field_types(todo.pop(0)):
            if _is_mapping(tp) and tp not in records and tp not in found:
                found.append(tp)
                todo.append(tp)
    return found


def _anchor(cls: type[Any]) -> str:
    return f"schema-{cls.__name__.lower()}"


def yaml_type(cls: type[Any], field: attrs.Attribute[Any]) -> str:
    """How a field is written in YAML, as Markdown."""
    shape = field_shape(cls, field)
    tp = shape.item
    if tp in WRITTEN_AS:
        one = WRITTEN_AS[tp]
    elif isinstance(tp, type) and issubclass(tp, enum.Enum):
        values = ", ".join(f"`{m.value}`" for m in tp)
        one = f"one of the {_class_ref(tp, short=True)} values: {values}"
    elif _is_mapping(tp):
        one = f"mapping: [{tp.__name__}](#{_anchor(tp)})"
    else:
        msg = f"{cls.__name__}.{field.name}: no YAML rendering for the type {tp!r}"
        raise SchemaDriftError(msg)
    return f"list of {one}" if shape.many else one


def _kind_link(kind: str) -> str:
    if kind == ANY_RECORD:
        return "any record"
    found = KINDS.get(kind)
    if found is None:
        msg = f"a field refers to the kind {kind!r}, which KINDS does not hold"
        raise SchemaDriftError(msg)
    return f"[{found.cls.__name__}](#{_anchor(found.cls)})"


def role_words(declared: Role) -> str:
    """What the Role column says of a field: key, prose, the kinds it names, or fact."""
    words = []
    if declared.refs:
        words.append("names " + " or ".join(_kind_link(k) for k in declared.refs))
    if declared.key:
        words.append("**key**")
    if declared.prose:
        words.append("**prose**")
    return ", ".join(words) or "fact"


def _need(field: attrs.Attribute[Any], *, optional: bool) -> str:
    default = field.default
    if default is attrs.NOTHING:
        return "required" + (", may be `null`" if optional else "")
    if default is None:
        return "optional"
    if default == ():
        return "optional, default `[]`"
    if isinstance(default, bool):
        return f"optional, default `{str(default).lower()}`"
    if isinstance(default, enum.Enum):
        return f"optional, default `{default.value}`"
    return f"optional, default `{default!r}`"


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def _name(field: attrs.Attribute[Any]) -> str:
    return field.alias or field.name


def field_table(cls: type[Any]) -> str:
    """A Markdown table of a class's fields: name, YAML type, need, role, meaning.

    Raises:
        SchemaDriftError: a field was declared with an empty description.
    """
    rows = [
        "| Field | Written as | Required | Role | Meaning |",
        "| --- | --- | --- | --- | --- |",
    ]
    for field in attrs.fields(cls):
        if not field.init:
            continue
        declared = role(field)
        if not declared.doc.strip():
            msg = (
                f"{cls.__name__}.{field.name} has no description: give it one where it is "
                f"declared ({cls.__module__})"
            )
            raise SchemaDriftError(msg)
        need = _need(field, optional=field_shape(cls, field).optional)
        rows.append(
            f"| `{_name(field)}` | {_cell(yaml_type(cls, field))} | {need} "
            f"| {_cell(role_words(declared))} | {_cell(declared.doc.strip())} |"
        )
    return "\n".join(rows) + "\n"


def _summary(cls: type[Any]) -> str:
    return lower_first(summary(inspect.getdoc(cls)))


def _class_ref(cls: type[Any], *, short: bool = False) -> str:
    """A link to a public class's entry in the API reference; a private class's name."""
    if getattr(ascc_model, cls.__name__, None) is not cls:
        return f"`{cls.__name__}`"
    return f"{{py:class}}`{'~' if short else ''}ascc_model.{cls.__name__}`"


def _file_table() -> list[str]:
    rows = [
        "| Key | Written as | Required | Meaning |",
        "| --- | --- | --- | --- |",
    ]
    for name, kind in collections():
        written = f"list of [{kind.cls.__name__}](#{_anchor(kind.cls)})"
        meaning = f"Records of {_class_ref(kind.cls)}: {_summary(kind.cls)}"
        rows.append(f"| `{name}` | {written} | optional, default `[]` | {_cell(meaning)} |")
    own = [f for f in attrs.fields(Document) if f.name not in COLLECTIONS]
    for field in own:
        declared = field.metadata.get("ascc_model")
        meaning = declared.doc.strip() if declared is not None else ""
        if not meaning:
            msg = f"Document.{field.name} has no description: declare it with fact() or ref()"
            raise SchemaDriftError(msg)
        tp = typing.get_type_hints(Document)[field.name]
        many = typing.get_origin(tp) is tuple
        item = typing.get_args(tp)[0] if many else tp
        written = ("list of " if many else "") + WRITTEN_AS[item]
        need = _need(field, optional=False)
        rows.append(f"| `{field.name}` | {written} | {need} | {_cell(meaning)} |")
    return rows


def schema_markdown() -> str:
    """The whole schema reference: the top level, each collection, each nested mapping."""
    parts = [
        "(schema-document)=",
        "## A file",
        "",
        (
            "Every file is one YAML mapping with `schema_version` and any of these keys; "
            "the loader merges the files' collections in the order the files are given."
        ),
        "",
        *_file_table(),
        "",
        ROLES_EXPLAINED,
        "",
    ]
    for name, kind in collections():
        cls = kind.cls
        parts += [
            f"({_anchor(cls)})=",
            f"## `{name}`: {cls.__name__}",
            "",
            f"Each item is a mapping that loads as {_class_ref(cls)}: {_summary(cls)}",
            "",
            field_table(cls),
        ]
    parts += ["## Nested mappings", ""]
    for cls in nested_classes():
        parts += [
            f"({_anchor(cls)})=",
            f"### {cls.__name__}",
            "",
            f"Loads as {_class_ref(cls)}: {_summary(cls)}",
            "",
            field_table(cls),
        ]
    return "\n".join(parts) + "\n"
