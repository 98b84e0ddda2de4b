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

__all__ = [
    "ID_SEPARATOR",
    "TEXT_SEPARATOR",
    "Column",
    "Table",
    "datapackage",
    "tables",
    "to_csv",
    "to_datapackage",
]

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
    # A record's id and acronym first, its citations last, the rest as declared.
    place = {"id": -2, "acronym": -1, "sources": 1} if _is_record(cls) else {}
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
        elif shape.many and declares_roles(shape.item) and not atomic(shape.item):
            # A list of names or values has a table of its own; here, how many.
            columns.append(Column(f"{name}_listed", _count(value), "integer", doc=role.doc))
        elif declares_roles(shape.item) and not atomic(shape.item) and not shape.many:
            columns.extend(_columns(shape.item, name, value))
        elif shape.many:
            separator = ID_SEPARATOR if role.refs or atomic(shape.item) else TEXT_SEPARATOR
            columns.append(Column(name, value, refs=role.refs, separator=separator, doc=role.doc))
        else:
            columns.append(Column(name, value, shape.table_type, refs=role.refs, doc=role.doc))
    return columns


def _is_record(cls: type[Any]) -> bool:
    return any(issubclass(cls, kind.cls) for kind in KINDS.values())


def _count(value: Callable[[Any], Any]) -> Callable[[Any], object]:
    return lambda record: len(value(record))


def _lang(value: Callable[[Any], Any], lang: str) -> Callable[[Any], object]:
    def get(record: Any) -> object:
        names = value(record)
        return None if names is None else getattr(names, lang)

    return get


def _child_tables(cls: type[Any], kind: str, collection: str) -> list[Table]:
    """A table for each list of names (a plan's items) and each list of ids of one kind.

    A list of ids (a body's sectors) is also written in the record's own table,
    joined by ``"; "``; its table of one id a row is what a join needs.
    """
    found = []
    for field, declared in fields_of(cls):
        shape = field_shape(cls, field)
        if not shape.many or "csv" in declared.hidden:
            continue
        one_kind = len(declared.refs) == 1 and declared.refs[0] in KINDS
        nested = declares_roles(shape.item) and not atomic(shape.item)
        if not (nested or one_kind):
            continue
        name = f"{kind}_{field.name}"
        owner = Column(kind, _at(0), refs=(kind,), doc=f"Id of the {kind}.")
        number = Column("number", _at(1), "integer", doc="Its place in the list, from 1.")
        if nested:  # a list of names or of other values: their fields as columns
            columns = (owner, number, *_columns(shape.item, get=_at(2)))
        else:
            target = declared.refs[0]
            column = target if target != kind else f"{target}_named"
            columns = (owner, number, Column(column, _at(2), refs=(target,), doc=declared.doc))
        found.append(Table(name, columns, _list_rows(collection, field.name), (kind, "number")))
    return found


def _at(index: int) -> Callable[[Any], object]:
    return lambda row: row[index]


def _list_rows(collection: str, field: str) -> Callable[[Records], Iterable[Any]]:
    def rows(records: Records) -> list[Any]:
        return [
            (record.id, number, item)
            for record in getattr(records, collection)
            for number, item in enumerate(getattr(record, field), start=1)
        ]

    return rows


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


def datapackage(found: Iterable[Table], *, title: str = "ascc-model") -> dict[str, Any]:
    """A Frictionless Data Package descriptor of CSV tables, as a plain value.

    Each table is a resource (``<name>.csv``, UTF-8 with a byte-order mark, as the
    command line writes them) with a Table Schema: each column's type and
    description, the table's primary key, and a foreign key for every column that
    names records of one kind (the tables of lists give the many-valued joins).
    """
    resources = []
    for table in found:
        fields = [
            {"name": c.name, "type": c.type, "description": c.doc.replace("`", "")}
            for c in table.columns
        ]
        schema: dict[str, Any] = {"fields": fields, "missingValues": [""]}
        if table.primary_key:
            schema["primaryKey"] = list(table.primary_key)
        keys = [
            {"fields": c.name, "reference": {"resource": KINDS[c.refs[0]].plural, "fields": "id"}}
            for c in table.columns
            if len(c.refs) == 1
            and c.refs[0] in KINDS
            and c.separator is None
            and c.refs[0] != "rename"
        ]
        if keys:
            schema["foreignKeys"] = keys
        resources.append(
            {
                "name": table.name.replace("_", "-"),
                "path": f"{table.name}.csv",
                "format": "csv",
                "mediatype": "text/csv",
                "encoding": "utf-8-sig",
                "schema": schema,
            }
        )
    return {
        "name": title,
        "title": "ascc-model: the ASEAN Socio-Cultural Community pillar",
        "licenses": [{"name": "MIT"}],
        "resources": resources,
    }


def to_datapackage(registry: Registry | None = None, *, sector: str | Sector | None = None) -> str:
    """The Frictionless Data Package descriptor (``datapackage.json``) of :func:`to_csv`'s tables.

    Written beside the tables (``ascc-model export --format csv -o DIR`` does), it
    lets a data package reader type each column and check every join.

    Args:
        registry: A registry to export; the packaged data's when ``None``.
        sector: Only this sector (its id, name or record) and what its records refer to.

    >>> import json, ascc_model
    >>> package = json.loads(ascc_model.to_datapackage())
    >>> bodies = next(r for r in package["resources"] if r["name"] == "bodies")
    >>> bodies["schema"]["primaryKey"], bodies["path"]
    (['id'], 'bodies.csv')
    >>> joins = next(r for r in package["resources"] if r["name"] == "body-sectors")
    >>> joins["schema"]["foreignKeys"][1]["reference"]
    {'resource': 'sectors', 'fields': 'id'}
    """
    import json  # noqa: PLC0415 - only the descriptor needs it

    records = chosen(registry, sector).records
    return json.dumps(datapackage(tables(records)), ensure_ascii=False, indent=2) + "\n"


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

    Args:
        registry: A registry to export; the packaged data's when ``None``.
        sector: Only this sector (its id, name or record) and what its records refer to.
        raw: Keep cells that a spreadsheet would run as a formula as they are.

    >>> import csv, ascc_model
    >>> tables = ascc_model.to_csv(sector="health")
    >>> [name for name in tables][:4]
    ['sources', 'pillars', 'pillar_characteristics', 'pillar_coordinating_bodies']
    >>> rows = {row["id"]: row for row in csv.DictReader(tables["sectors"].splitlines())}
    >>> rows["health"]["focal_point_agencies"]
    'kemenkes; bpom'
    """
    records = chosen(registry, sector).records
    return {t.name: _text(t, records, raw=raw) for t in tables(records)}


def to_dataframes(
    registry: Registry | None = None, *, sector: str | Sector | None = None
) -> dict[str, Any]:
    """The CSV tables as pandas DataFrames, by table name, with the same columns.

    Values keep their types (numbers, true/false, empty cells as missing); several
    ids in a cell stay joined by ``"; "``, as in the CSV. Needs the ``pandas``
    extra (``pip install 'ascc-model[pandas]'``).

    Args:
        registry: A registry to export; the packaged data's when ``None``.
        sector: Only this sector (its id, name or record) and what its records refer to.

    Raises:
        ModuleNotFoundError: pandas is not installed.

    >>> import ascc_model
    >>> frames = ascc_model.to_dataframes()
    >>> frames["bodies"].set_index("id").loc["acwc", "acronym"]
    'ACWC'
    >>> list(frames["plan_items"].columns)
    ['plan', 'number', 'en', 'id', 'translated']
    """
    try:
        import pandas as pd  # noqa: PLC0415 - an optional extra, imported only here
    except ModuleNotFoundError as exc:
        msg = "to_dataframes needs pandas: pip install 'ascc-model[pandas]'"
        raise ModuleNotFoundError(msg, name=exc.name) from None
    records = chosen(registry, sector).records
    frames = {}
    for table in tables(records):
        rows = [[_frame_value(c.get(row), c) for c in table.columns] for row in table.rows(records)]
        frame = pd.DataFrame(rows, columns=[c.name for c in table.columns])
        for column in table.columns:
            if column.type == "integer":
                frame[column.name] = frame[column.name].astype("Int64")
            elif column.type == "boolean":
                frame[column.name] = frame[column.name].astype("boolean")
        frames[table.name] = frame
    return frames


def _frame_value(value: object, column: Column) -> object:
    if value is None or value == ():
        return None
    if isinstance(value, (bool, int, float)):
        return value
    return cell(value, column.separator, raw=True)
