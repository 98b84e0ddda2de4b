"""The CSV export: one table per kind of record, its columns derived from the field roles.

A field becomes one column; names become one column per language
(``name_en``, ``name_id``); a nested value (a focal point, a meeting frequency,
a period) one column per field of it (``focal_point_agencies``,
``meets_at_least``, ``period_start``); a list of names (a plan's items) a
table of its own (``plan_items``), with the count in the record's table. A few
columns are added for readers: the labels at both ends of a relation and the
names of a sector's focal-point agencies. Every column knows its type and the
kinds of record it refers to, for the data package descriptor.
"""

from __future__ import annotations

import csv
import enum
import io
from typing import TYPE_CHECKING, Any

from attrs import frozen

from ._json import chosen
from ._model import Names
from ._records import COLLECTIONS, KINDS
from ._schema import atomic, declares_roles, field_shape, fields_of

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable

    from ._model import Sector
    from ._records import Records
    from ._registry import Registry

__all__ = ["ID_SEPARATOR", "TEXT_SEPARATOR", "Column", "Table", "tables", "to_csv"]

#: Separator of several ids or citations in one cell (ids and citations hold no ``;``).
ID_SEPARATOR = "; "
#: Separator of several free-text values (aliases, partners, names) in one cell.
TEXT_SEPARATOR = "\n"
#: The languages names are given in, one column each.
LANGS = ("en", "id")
#: Cells that begin with one of these are read as formulas by spreadsheets (OWASP).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


@frozen
class Column:
    """One column of a table: its name, how to read it from a record, its type and targets.

    ``type`` is a Table Schema type (``string``, ``integer``, ``number``,
    ``boolean``); ``refs`` the kinds of record its ids name; ``separator`` joins
    several values in one cell.
    """

    name: str
    get: Callable[[Any], object]
    type: str = "string"
    refs: tuple[str, ...] = ()
    separator: str | None = None
    doc: str = ""


@frozen
class Table:
    """A table: its name, columns, the collection its rows come from, and its key."""

    name: str
    columns: tuple[Column, ...]
    rows: Callable[[Records], Iterable[Any]]
    primary_key: tuple[str, ...]


def _columns(
    cls: type[Any], prefix: str = "", get: Callable[[Any], Any] = lambda r: r
) -> list[Column]:
    columns: list[Column] = []
    # The id and acronym first, citations last, the rest as declared.
    place = {"id": -2, "acronym": -1, "sources": 1}
    ordered = sorted(fields_of(cls), key=lambda pair: place.get(pair[0].name, 0))
    for field, role in ordered:
        if "csv" in role.hidden:
            continue
        suffix = role.column if role.column is not None else field.name
        name = f"{prefix}_{suffix}" if prefix and suffix else (prefix or suffix)

        def value(record: Any, f: str = field.name, g: Callable[[Any], Any] = get) -> Any:
            inner = g(record)
            # A subclass's own field is absent from the base class's records.
            return None if inner is None else getattr(inner, f, None)

        shape = field_shape(cls, field)
        if shape.item is Names and not shape.many:
            base = name.removesuffix("s")
            columns += [
                Column(f"{base}_{lang}", _lang(value, lang), doc=role.doc) for lang in LANGS
            ]
        elif shape.item is Names:
            columns.append(Column(f"{name}_listed", _count(value), "integer", doc=role.doc))
        elif declares_roles(shape.item) and not atomic(shape.item) and not shape.many:
            columns.extend(_columns(shape.item, name, value))
        elif shape.many:
            separator = ID_SEPARATOR if role.refs or atomic(shape.item) else TEXT_SEPARATOR
            columns.append(Column(name, value, refs=role.refs, separator=separator, doc=role.doc))
        else:
            columns.append(Column(name, value, shape.table_type, refs=role.refs, doc=role.doc))
    return columns


def _count(value: Callable[[Any], Any]) -> Callable[[Any], object]:
    return lambda record: len(value(record))


def _lang(value: Callable[[Any], Any], lang: str) -> Callable[[Any], object]:
    def get(record: Any) -> object:
        names = value(record)
        return None if names is None else getattr(names, lang)

    return get


def _child_tables(cls: type[Any], kind: str, collection: str) -> list[Table]:
    found = []
    for field, role in fields_of(cls):
        if field.name not in ("items", "characteristics") or "csv" in role.hidden:
            continue
        name = f"{kind}_{field.name}"

        def rows(records: Records, c: str = collection, f: str = field.name) -> list[Any]:
            return [
                (record.id, number, item)
                for record in getattr(records, c)
                for number, item in enumerate(getattr(record, f), start=1)
            ]

        columns = (
            Column(kind, lambda row: row[0], refs=(kind,), doc=f"Id of the {kind}."),
            Column("number", lambda row: row[1], "integer", doc="Its place in the list, from 1."),
            Column("en", lambda row: row[2].en, doc="The item in English."),
            Column("id", lambda row: row[2].id, doc="The item in Indonesian."),
        )
        found.append(Table(name, columns, rows, (kind, "number")))
    return found


def _extras(collection: str, records: Records) -> list[tuple[str, Column]]:
    """Columns for readers, each after the column it explains."""
    if collection == "relations":
        labels = {b.id: b.label for b in records.bodies}
        return [
            ("subject", Column("subject_label", lambda r: labels.get(r.subject), doc="Its label.")),
            ("object", Column("object_label", lambda r: labels.get(r.object), doc="Its label.")),
        ]
    if collection == "sectors":
        names = {a.id: a.names.best("id") for a in records.agencies}
        return [
            (
                "focal_point_agencies",
                Column(
                    "focal_point_names",
                    lambda s: tuple(names.get(a, a) for a in s.focal_point.agencies),
                    separator=TEXT_SEPARATOR,
                    doc="The agencies' names, in Indonesian.",
                ),
            )
        ]
    return []


def _rows_of(collection: str) -> Callable[[Records], Iterable[Any]]:
    def rows(records: Records) -> Iterable[Any]:
        found: Iterable[Any] = getattr(records, collection)
        return found

    return rows


def tables(records: Records) -> list[Table]:
    """Every table of ``records``: one per collection, and one per list of names."""
    found: list[Table] = []
    for collection in COLLECTIONS:
        kind = next(k for k in KINDS.values() if k.plural == collection)
        rows: list[Any] = list(getattr(records, collection))
        classes = [
            kind.cls,
            *(c for c in dict.fromkeys(type(r) for r in rows) if c is not kind.cls),
        ]
        columns: list[Column] = []
        for cls in classes:  # a subclass's own fields join the table, after its base's
            for column in _columns(cls):
                if all(c.name != column.name for c in columns):
                    columns.append(column)
        for after, extra in _extras(collection, records):
            place = next(i for i, c in enumerate(columns) if c.name == after)
            columns.insert(place + 1, extra)
        has_id = any(c.name == "id" for c in columns)
        key = ("id",) if has_id else ("old",) if collection == "renamed" else ()
        found.append(Table(collection, tuple(columns), _rows_of(collection), key))
        found.extend(_child_tables(kind.cls, kind.name, collection))
    return found


def cell(value: object, separator: str | None = None, *, raw: bool = False) -> str:
    """One value as the text of a CSV cell."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, enum.Enum):
        value = value.value
    if isinstance(value, tuple):
        text = (separator or ID_SEPARATOR).join(cell(v, raw=True) for v in value)
    else:
        text = str(value)
    if not raw and text.startswith(FORMULA_STARTS):
        return "'" + text  # shown as text by spreadsheets, not evaluated
    return text


def _text(table: Table, records: Records, *, raw: bool) -> str:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow([c.name for c in table.columns])
    for row in table.rows(records):
        writer.writerow([cell(c.get(row), c.separator, raw=raw) for c in table.columns])
    return out.getvalue()


def to_csv(
    registry: Registry | None = None,
    *,
    sector: str | Sector | None = None,
    raw: bool = False,
) -> dict[str, str]:
    """The registry as CSV tables, one per kind of record, by table name.

    Each value is the text of one table (RFC 4180: comma-separated, CRLF line
    ends, quoted where needed), with a header row. An empty cell means the source
    is silent. Several ids or citations in a cell are joined by ``"; "``; several
    free-text values (aliases, partners, agency names) by a line break, which
    spreadsheets show inside the cell. A cell that a spreadsheet would run as a
    formula (it begins with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return)
    starts with a ``'`` instead, as OWASP advises; ``raw=True`` keeps every value
    as it is. Write the texts as UTF-8; the command line adds a byte-order mark so
    that Excel reads them as UTF-8.

    >>> import csv, ascc_model
    >>> tables = ascc_model.to_csv(sector="health")
    >>> sorted(tables)[:5]
    ['agencies', 'bodies', 'errata', 'figures', 'instruments']
    >>> rows = {row["id"]: row for row in csv.DictReader(tables["sectors"].splitlines())}
    >>> rows["health"]["focal_point_agencies"]
    'kemenkes; bpom'
    """
    records = chosen(registry, sector).records
    return {t.name: _text(t, records, raw=raw) for t in tables(records)}
