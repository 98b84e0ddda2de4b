"""The commands of ``ascc-model``: each asks the library and prints the answer.

Every command takes the registry and the parsed arguments and returns the exit
code: 0 for an answer (an empty one too, said in one line on standard error),
1 for a data or look-up error. What to print comes from the library
(:mod:`ascc_model._describe` for ``show``); nothing here knows the schema.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from . import _describe
from ._errors import DataError
from ._model import Body, Sector

if TYPE_CHECKING:
    import argparse
    from collections.abc import Iterable, Sequence

    from ._model import Agency
    from ._registry import Registry

PROG = "ascc-model"
EXIT_OK, EXIT_ERROR, EXIT_USAGE = 0, 1, 2
#: The formats of ``export``.
FORMATS = ("json", "jsonld", "turtle", "ntriples", "csv", "dot", "mermaid")


class UserError(Exception):
    """A one-line error for the user, with its exit code."""

    def __init__(self, message: str, code: int = EXIT_ERROR) -> None:
        super().__init__(message)
        self.message = message
        self.code = code


def printable(text: str) -> str:
    r"""Text safe for a terminal: control characters (ESC, BEL, ...) shown escaped.

    >>> printable("a\x1b]0;title\x07b")
    'a\\x1b]0;title\\x07b'
    """
    return "".join(c if c in "\n\t" or c.isprintable() else repr(c)[1:-1] for c in text)


# -- output -------------------------------------------------------------------------


def _write(text: str) -> None:
    sys.stdout.write(text if text.endswith("\n") else text + "\n")


def _emit(text: str) -> None:
    """An export on standard output: UTF-8 bytes whatever the locale, line ends as made."""
    sys.stdout.flush()
    data = memoryview(text.encode("utf-8", "surrogateescape"))
    # A write may be short (a signal, or a reader that went away mid-write): go on
    # until all is written or the error shows.
    while data:
        data = data[sys.stdout.buffer.write(data) :]
    sys.stdout.flush()


def _json_out(value: object) -> None:
    _write(json.dumps(value, ensure_ascii=False, indent=2))


def _plain(record: object) -> Any:
    from ._convert import unstructure  # noqa: PLC0415 - cattrs is imported on first use

    return unstructure(record)


def _columns(rows: Iterable[Sequence[str]]) -> str:
    """Rows as aligned columns (the last column is not padded)."""
    table = [list(r) for r in rows]
    if not table:
        return ""
    widths = [max(len(r[i]) for r in table) for i in range(len(table[0]) - 1)]
    lines = (
        "  ".join([*(c.ljust(w) for c, w in zip(r, widths, strict=False)), r[-1]]) for r in table
    )
    return "\n".join(line.rstrip() for line in lines) + "\n"


def _nothing(what: str) -> int:
    """An empty answer: one line on standard error, exit 0 (as every command does)."""
    sys.stderr.write(f"{PROG}: {what}\n")
    return EXIT_OK


label_of, name_of = _describe.label_of, _describe.name_of


def _sector(reg: Registry, key: str) -> Sector:
    """The sector ``key`` names; a failure suggests from the ranked search."""
    found = reg.lookup(key, kinds=("sector",))
    assert isinstance(found, Sector)  # noqa: S101 - lookup gives records of the kinds asked
    return found


def _body(reg: Registry, key: str) -> Body:
    found = reg.lookup(key, kinds=("body",))
    assert isinstance(found, Body)  # noqa: S101 - as above
    return found


# -- commands -----------------------------------------------------------------------


def sectors(reg: Registry, args: argparse.Namespace) -> int:
    if args.json:
        _json_out([_plain(s) for s in reg.sectors()])
    else:
        sys.stdout.write(_columns([s.id, name_of(s, args.lang)] for s in reg.sectors()))
    return EXIT_OK


def _rows(rows: Iterable[_describe.Row]) -> str:
    pairs = [(r.label if i == 0 else "", v) for r in rows for i, v in enumerate(r.values)]
    width = max((len(label) for label, _v in pairs), default=0) + 1
    return "".join(
        f"{(label + ':') if label else '':<{width}}  {value}\n" for label, value in pairs
    )


def show(reg: Registry, args: argparse.Namespace) -> int:
    record = reg.lookup(args.key)
    kind = _describe.kind(record)
    if args.json:
        extra = _describe.extras(reg, record)
        _json_out({"kind": kind, "record": _plain(record), **extra})
    else:
        label, name = label_of(record, args.lang), name_of(record, args.lang)
        head = f"{kind} {label}" + (f": {name}" if name != label else "")
        _write(f"{head}\n{_rows(_describe.describe(reg, record, args.lang))}")
    return EXIT_OK


def _tree(reg: Registry, body: Body, parent: Body | None, lang: str) -> dict[str, Any]:
    line = None if parent is None else reg.reporting_line(body, parent).kind.value
    return {
        "id": body.id,
        "label": label_of(body, lang),
        "name": name_of(body, lang),
        "line": line,
        "children": [_tree(reg, c, body, lang) for c in reg.bodies_reporting_to(body)],
    }


def tree(reg: Registry, args: argparse.Namespace) -> int:
    if args.key is None:
        roots = reg.reporting_tops()
    else:
        record = reg.lookup(args.key, kinds=("body", "sector"))
        roots = (record,) if _describe.kind(record) == "body" else reg.reporting_tops(record)  # type: ignore[assignment,arg-type]
    trees = [_tree(reg, r, None, args.lang) for r in roots]
    if args.json:
        _json_out(trees)
        return EXIT_OK
    out: list[str] = []

    def draw(tree: dict[str, Any], depth: int) -> None:
        line = tree["line"]
        shown = f" [{line.replace('_', ' ')}]" if line not in (None, "reports_to") else ""
        name = f"  {tree['name']}" if tree["name"] != tree["label"] else ""
        out.append(f"{'  ' * depth}{tree['label']}{name}{shown}")
        for child in tree["children"]:
            draw(child, depth + 1)

    for tree in trees:
        draw(tree, 0)
    if not out:
        return _nothing("no reporting lines to draw")
    _write("\n".join(out))
    return EXIT_OK


def reports_to(reg: Registry, args: argparse.Namespace) -> int:
    body = _body(reg, args.key)
    if args.up:
        found = reg.reporting_chain(body, transitive=args.transitive, stated_only=args.stated_only)
    else:
        found = reg.bodies_reporting_to(
            body, transitive=args.transitive, stated_only=args.stated_only
        )
    if args.json:
        _json_out([_plain(b) for b in found])
    elif found:
        sys.stdout.write(_columns([label_of(b, args.lang), name_of(b, args.lang)] for b in found))
    else:
        above = ", ".join(
            label_of(b, args.lang) for b in reg.reporting_chain(body, transitive=False)
        )
        hint = f"; it reports to {above} (see --up)" if above and not args.up else ""
        what = "reports to no body" if args.up else "has no body reporting to it"
        return _nothing(f"{label_of(body, args.lang)} {what}{hint}")
    return EXIT_OK


def _agency_line(agency: Agency, lang: str) -> str:
    first = agency.names.best(lang)
    other = agency.names.best("id" if lang == "en" else "en")
    acronym = f" ({agency.acronym})" if agency.acronym and agency.acronym != first else ""
    return f"{first}{acronym}" + (f" — {other}" if other != first else "")


def focal_point(reg: Registry, args: argparse.Namespace) -> int:
    """The seed's focal points of a sector; then, on standard error, what changed since."""
    point = reg.focal_point_for(_sector(reg, args.sector))
    if args.json:
        _json_out(
            {
                "sector": point.sector.id,
                "agencies": [_plain(a) for a in point],
                "note": point.note,
                "changes": [_plain(c) for c in point.changes],
                "later": [_plain(a) for a in point.later],
            }
        )
        return EXIT_OK
    if point.agencies:
        _write("\n".join(_agency_line(a, args.lang) for a in point))
    else:
        _write(str(point))
    for change in point.changes:
        names = ", ".join(reg.get_agency(a).names.best("id") for a in change.resulting)
        when = change.date.display()
        sys.stderr.write(f"{PROG}: since the source: {change.kind.words} on {when} into {names}\n")
    for later in point.later:
        agency = reg.get_agency(later.agency).names.best("id")
        bodies = ", ".join(label_of(reg.get_body(b)) for b in later.bodies)
        scope = f" for {bodies}" if bodies else ""
        when = later.as_of.display()
        sys.stderr.write(f"{PROG}: as of {when}, a source names {agency}{scope}\n")
    return EXIT_OK


def plans(reg: Registry, args: argparse.Namespace) -> int:
    holder = None
    if args.holder is not None:
        holder = reg.lookup(args.holder, kinds=("body", "sector", "pillar"))
    found = reg.plans(holder=holder, year=args.year)  # type: ignore[arg-type]
    if args.json:
        _json_out([_plain(p) for p in found])
    if not found:
        return _nothing("no plan matches these filters")
    if not args.json:
        rows = [
            [p.id, "" if p.period is None else str(p.period), name_of(p, args.lang)] for p in found
        ]
        sys.stdout.write(_columns(rows))
    return EXIT_OK


def search(reg: Registry, args: argparse.Namespace) -> int:
    text = " ".join(args.text)
    try:
        hits = reg.search(text, limit=args.limit)
    except ValueError as exc:
        raise UserError(str(exc), EXIT_USAGE) from None
    if args.json:
        _json_out(
            [
                {
                    "kind": h.kind,
                    "id": h.record.id,
                    "label": label_of(h.record, args.lang),
                    "name": name_of(h.record, args.lang),
                    "matched": h.key,
                    "match": h.match,
                    "score": h.score,
                }
                for h in hits
            ]
        )
    if not hits:
        return _nothing(f"nothing matches {text!r}")
    if not args.json:
        rows = [
            [h.kind, h.record.id, label_of(h.record, args.lang), name_of(h.record, args.lang)]
            for h in hits
        ]
        sys.stdout.write(_columns(rows))
    return EXIT_OK


def _write_file(path: Path, text: str, encoding: str = "utf-8") -> None:
    try:
        with path.open("w", encoding=encoding, newline="") as handle:
            handle.write(text)
    except OSError as exc:
        raise UserError(f"cannot write {path}: {exc.strerror or exc}") from None


def export(reg: Registry, args: argparse.Namespace) -> int:
    from . import _csv, _diagrams, _json, _jsonld  # noqa: PLC0415 - only exports need them

    fmt = args.format
    if args.table is not None and fmt != "csv":
        raise UserError("--table applies to --format csv only", EXIT_USAGE)
    if args.raw and fmt != "csv":
        raise UserError("--raw applies to --format csv only", EXIT_USAGE)
    if fmt not in ("dot", "mermaid") and (args.reporting_only or args.lang != "en"):
        raise UserError("--reporting-only and --lang apply to dot and mermaid only", EXIT_USAGE)
    sector = None if args.sector is None else _sector(reg, args.sector)
    if fmt == "csv":
        tables = _csv.to_csv(reg, sector=sector, raw=args.raw)
        if args.table is not None and args.table not in tables:
            known = ", ".join(sorted(tables))
            raise UserError(f"no table {args.table!r}; the tables are {known}", EXIT_USAGE)
        package = None if args.table else _csv.to_datapackage(reg, sector=sector)
        _export_csv(tables, args.table, args.output, package)
        return EXIT_OK
    if fmt == "json":
        text = _json.to_json(reg, sector=sector)
    elif fmt == "jsonld":
        text = _jsonld.to_jsonld(reg, sector=sector)
    elif fmt in ("turtle", "ntriples"):
        from ._rdf import to_rdf  # noqa: PLC0415 - needs the rdf extra

        text = to_rdf(reg, sector=sector, format=fmt)
    else:
        draw = _diagrams.to_dot if fmt == "dot" else _diagrams.to_mermaid
        text = draw(reg, sector=sector, lang=args.lang, reporting_only=args.reporting_only)
    if args.output is None:
        _emit(text)
    else:
        _write_file(Path(args.output), text)
    return EXIT_OK


def _export_csv(
    tables: dict[str, str], table: str | None, output: str | None, package: str | None
) -> None:
    # Files get a byte-order mark, so that Excel reads them as UTF-8 (it reads a CSV
    # without one in the legacy code page); LibreOffice, Google Sheets and Python's
    # "utf-8-sig" take it in their stride. Standard output gets none: it is piped.
    if table is not None:
        if output is None:
            _emit(tables[table])
        else:
            _write_file(Path(output), tables[table], "utf-8-sig")
        return
    if output is None:
        msg = "csv has several tables: give --table NAME, or -o DIR for all of them"
        raise UserError(msg, EXIT_USAGE)
    folder = Path(output)
    if folder.exists() and not folder.is_dir():
        raise UserError(f"{folder} is not a directory (give --table NAME to write one file)")
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise UserError(f"cannot create {folder}: {exc.strerror or exc}") from None
    for name, text in tables.items():
        _write_file(folder / f"{name}.csv", text, "utf-8-sig")
    if package is not None:  # the Frictionless descriptor: types, keys and joins
        _write_file(folder / "datapackage.json", package)


def schema(_reg: Registry | None, args: argparse.Namespace) -> int:
    """Print the JSON Schema of the data files, or the SHACL shapes of the RDF export."""
    if args.shacl:
        from ._rdf import shacl_shapes  # noqa: PLC0415

        _write(shacl_shapes())
    else:
        from ._jsonschema import schema_text  # noqa: PLC0415

        sys.stdout.write(schema_text())
    return EXIT_OK


def completion(top: argparse.ArgumentParser, args: argparse.Namespace) -> int:
    """Print a completion script for a shell, made from the parser's commands and options."""
    from ._completion import script  # noqa: PLC0415 - only this command needs it

    sys.stdout.write(script(top, args.shell))
    return EXIT_OK


def validate(_reg: Registry | None, args: argparse.Namespace) -> int:
    from ._load import STDIN, load  # noqa: PLC0415 - the loader, only to validate

    files = [STDIN if f == "/dev/stdin" else f for f in args.files]
    try:
        loaded = load(*files, include_packaged=not args.alone)
    except DataError as exc:
        for problem in exc.problems:
            sys.stderr.write(printable(" ".join(str(problem).splitlines())) + "\n")
        count = len(exc.problems)
        sys.stderr.write(f"{PROG}: {count} problem{'s' if count != 1 else ''} found\n")
        return EXIT_ERROR
    counts = ", ".join(
        f"{len(records)} {name}"
        for name, records in (
            ("sectors", loaded.sectors()),
            ("bodies", loaded.bodies()),
            ("relations", loaded.relations()),
            ("plans", loaded.plans()),
        )
    )
    with_packaged = "" if args.alone else " with the packaged data"
    count = len(args.files)
    _write(f"ok: {count} file{'s' if count != 1 else ''}{with_packaged}, {counts}")
    return EXIT_OK
