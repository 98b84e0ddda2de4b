"""The ``ascc-model`` command: it parses arguments, asks the library, and prints.

Exit codes: 0 success (an empty answer too), 1 a data or look-up error
(nothing matches, the data is invalid, a file cannot be written), 2 a usage
error. Errors go to standard error on one line, with any control characters
from the data or a user's file escaped.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import warnings
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

from . import _default, _describe
from ._errors import AmbiguousKeyError, DataError, UnknownKeyError
from ._model import Body, Sector

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable, Sequence

    from ._model import Agency
    from ._registry import Registry

__all__ = ["main"]

PROG = "ascc-model"
EXIT_OK, EXIT_ERROR, EXIT_USAGE = 0, 1, 2
_FORMATS = ("json", "jsonld", "csv", "dot", "mermaid")


class _UserError(Exception):
    """A one-line error for the user, with its exit code."""

    def __init__(self, message: str, code: int = EXIT_ERROR) -> None:
        super().__init__(message)
        self.message = message
        self.code = code


class _Parser(argparse.ArgumentParser):
    """argparse with one-line usage errors (exit 2)."""

    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_USAGE, f"{self.prog}: error: {message} (see '{self.prog} --help')\n")


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


def _cmd_sectors(reg: Registry, args: argparse.Namespace) -> int:
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


def _cmd_show(reg: Registry, args: argparse.Namespace) -> int:
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


def _cmd_tree(reg: Registry, args: argparse.Namespace) -> int:
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


def _cmd_reports_to(reg: Registry, args: argparse.Namespace) -> int:
    body = _body(reg, args.key)
    if args.up:
        found = reg.reporting_chain(body, transitive=args.transitive)
    else:
        found = reg.bodies_reporting_to(body, transitive=args.transitive)
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


def _cmd_focal_point(reg: Registry, args: argparse.Namespace) -> int:
    point = reg.focal_point_for(_sector(reg, args.sector))
    if args.json:
        _json_out(
            {
                "sector": point.sector.id,
                "agencies": [_plain(a) for a in point],
                "note": point.note,
            }
        )
    elif point.agencies:
        _write("\n".join(_agency_line(a, args.lang) for a in point))
    else:
        _write(str(point))
    return EXIT_OK


def _cmd_plans(reg: Registry, args: argparse.Namespace) -> int:
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


def _cmd_search(reg: Registry, args: argparse.Namespace) -> int:
    text = " ".join(args.text)
    try:
        hits = reg.search(text, limit=args.limit)
    except ValueError as exc:
        raise _UserError(str(exc), EXIT_USAGE) from None
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
        raise _UserError(f"cannot write {path}: {exc.strerror or exc}") from None


def _cmd_export(reg: Registry, args: argparse.Namespace) -> int:
    from . import _csv, _diagrams, _json, _jsonld  # noqa: PLC0415 - only exports need them

    fmt = args.format
    if args.table is not None and fmt != "csv":
        raise _UserError("--table applies to --format csv only", EXIT_USAGE)
    if args.raw and fmt != "csv":
        raise _UserError("--raw applies to --format csv only", EXIT_USAGE)
    if fmt not in ("dot", "mermaid") and (args.reporting_only or args.lang != "en"):
        raise _UserError("--reporting-only and --lang apply to dot and mermaid only", EXIT_USAGE)
    sector = None if args.sector is None else _sector(reg, args.sector)
    if fmt == "csv":
        tables = _csv.to_csv(reg, sector=sector, raw=args.raw)
        if args.table is not None and args.table not in tables:
            known = ", ".join(sorted(tables))
            raise _UserError(f"no table {args.table!r}; the tables are {known}", EXIT_USAGE)
        _export_csv(tables, args.table, args.output)
        return EXIT_OK
    if fmt == "json":
        text = _json.to_json(reg, sector=sector)
    elif fmt == "jsonld":
        text = _jsonld.to_jsonld(reg, sector=sector)
    else:
        draw = _diagrams.to_dot if fmt == "dot" else _diagrams.to_mermaid
        text = draw(reg, sector=sector, lang=args.lang, reporting_only=args.reporting_only)
    if args.output is None:
        _emit(text)
    else:
        _write_file(Path(args.output), text)
    return EXIT_OK


def _export_csv(tables: dict[str, str], table: str | None, output: str | None) -> None:
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
        raise _UserError(msg, EXIT_USAGE)
    folder = Path(output)
    if folder.exists() and not folder.is_dir():
        raise _UserError(f"{folder} is not a directory (give --table NAME to write one file)")
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise _UserError(f"cannot create {folder}: {exc.strerror or exc}") from None
    for name, text in tables.items():
        _write_file(folder / f"{name}.csv", text, "utf-8-sig")


def _cmd_validate(_reg: Registry | None, args: argparse.Namespace) -> int:
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


# -- the parser ---------------------------------------------------------------------


def _parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog=PROG,
        description="Answers about the ASEAN Socio-Cultural Community pillar, and exports.",
        epilog="Exit codes: 0 success, 1 data or look-up error, 2 usage error.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {_version()}")
    query = _Parser(add_help=False)
    query.add_argument("--lang", choices=("en", "id"), default="en", help="language of names")
    query.add_argument("--json", action="store_true", help="print JSON for scripts")
    commands = parser.add_subparsers(title="commands", dest="command", metavar="COMMAND")
    commands.required = True

    def add(name: str, help_text: str, handler: object, *, parents: bool = True) -> Any:
        sub = commands.add_parser(
            name, help=help_text, description=help_text, parents=[query] if parents else []
        )
        sub.set_defaults(handler=handler)
        return sub

    add("sectors", "list the sectors, in the order of the source", _cmd_sectors)
    sub = add("show", "everything known about a sector, body, agency, plan, ...", _cmd_show)
    sub.add_argument("key", help="an id, acronym or name (English or Indonesian)")
    sub = add("tree", "reporting lines as an indented tree", _cmd_tree)
    sub.add_argument("key", nargs="?", help="a body (its subtree) or a sector (its bodies)")
    sub = add("reports-to", "the bodies that report to a body", _cmd_reports_to)
    sub.add_argument("key", help="a body: id, acronym, name or alias")
    sub.add_argument("--transitive", action="store_true", help="the whole subtree (or chain)")
    sub.add_argument("--up", action="store_true", help="the bodies it reports to instead")
    sub = add("focal-point", "Indonesia's focal-point agencies for a sector", _cmd_focal_point)
    sub.add_argument("sector", help="a sector: id or name (English or Indonesian)")
    sub = add("plans", "work plans, strategic plans, roadmaps, ...", _cmd_plans)
    sub.add_argument("--holder", help="a body or sector (a sector includes its bodies' plans)")
    sub.add_argument("--year", type=int, help="only plans in force in this year")
    sub = add("search", "ranked look-up over acronyms, names and aliases", _cmd_search)
    sub.add_argument("text", nargs="+", help="what to look for (typos are forgiven)")
    sub.add_argument("--limit", type=_positive, default=20, help="at most this many (20)")
    sub = add(
        "export", "the data as JSON, JSON-LD, CSV, DOT or Mermaid", _cmd_export, parents=False
    )
    sub.add_argument("--format", required=True, choices=_FORMATS)
    sub.add_argument("--sector", help="only this sector and what it refers to")
    sub.add_argument("-o", "--output", metavar="PATH", help="a file (for csv: a directory)")
    sub.add_argument("--table", metavar="NAME", help="csv: one table (bodies, plans, ...)")
    sub.add_argument(
        "--raw", action="store_true", help="csv: keep cells that look like formulas as they are"
    )
    sub.add_argument("--lang", choices=("en", "id"), default="en", help="dot, mermaid: names")
    sub.add_argument("--reporting-only", action="store_true", help="dot, mermaid: no other lines")
    sub = add(
        "validate",
        "check YAML files with the library's loader, with the packaged data",
        _cmd_validate,
        parents=False,
    )
    sub.add_argument("files", nargs="+", metavar="FILE", help="YAML or JSON files; - for stdin")
    sub.add_argument(
        "--alone", action="store_true", help="check the files without the packaged data"
    )
    return parser


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value < 1:
        msg = f"expected a positive whole number, got {text!r}"
        raise argparse.ArgumentTypeError(msg)
    return value


def _version() -> str:
    import ascc_model  # noqa: PLC0415 - the package reads (and keeps) its own version

    version: str = getattr(ascc_model, "__version__", "unknown")
    return version


def _run(args: argparse.Namespace) -> int:
    handler: Callable[[Registry | None, argparse.Namespace], int] = args.handler
    if args.command == "validate":
        return handler(None, args)
    return handler(_default.registry(), args)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line with ``argv`` (default: ``sys.argv[1:]``); return the exit code."""
    for stream in (sys.stdout, sys.stderr):
        # Names that the terminal's encoding cannot show are escaped, not a crash.
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(errors="backslashreplace")
    args = _parser().parse_args(argv)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", DeprecationWarning)
        try:
            code = _run(args)
            sys.stdout.flush()  # a closed pipe or a full disk shows here, not at exit
        except _UserError as exc:
            sys.stderr.write(f"{PROG}: error: {printable(exc.message)}\n")
            code = exc.code
        except (UnknownKeyError, AmbiguousKeyError) as exc:
            sys.stderr.write(f"{PROG}: error: {printable(str(exc))}\n")
            code = EXIT_ERROR
        except DataError as exc:
            first = exc.problems[0] if exc.problems else exc
            sys.stderr.write(f"{PROG}: error: {printable(str(first))}\n")
            code = EXIT_ERROR
        except BrokenPipeError:
            # The reader went away (| head): stop quietly, without a traceback at exit.
            _silence_stdout()
            return EXIT_ERROR
        except KeyboardInterrupt:
            return 130
        except OSError as exc:  # a full disk, an unwritable -o file: one line, no traceback
            _silence_stdout()
            sys.stderr.write(f"{PROG}: error: {exc.strerror or exc}\n")
            return EXIT_ERROR
    for warning in caught:
        sys.stderr.write(f"{PROG}: warning: {printable(str(warning.message))}\n")
    return code


def _silence_stdout() -> None:
    """Point standard output at the null device, so nothing more is written at exit."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):  # pragma: no cover - no file descriptor to redirect
        pass
