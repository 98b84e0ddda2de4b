"""The ``ascc-model`` command: answers from a shell, and exports.

Exit codes: 0 success, 1 a data or look-up error (nothing matches, the
data is invalid, a file cannot be written), 2 a usage error. Errors go to
standard error on one line.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import sys
import warnings
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

from . import _api
from ._errors import AmbiguousKeyError, DataError, UnknownKeyError
from ._export import to_csv, to_dot, to_json, to_jsonld, to_mermaid
from ._model import REPORTING_KINDS, Agency, Body, Pillar, Plan, Sector
from ._registry import normalize
from ._search import search

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable, Sequence

    from ._registry import Registry

__all__ = ["main"]

PROG = "ascc-model"
EXIT_OK, EXIT_ERROR, EXIT_USAGE = 0, 1, 2
_FORMATS = ("json", "jsonld", "csv", "dot", "mermaid")
_TABLES = ("sectors", "bodies", "relations", "plans", "plan_items")


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


# -- output -------------------------------------------------------------------------


def _write(text: str) -> None:
    sys.stdout.write(text if text.endswith("\n") else text + "\n")


def _emit(text: str) -> None:
    """An export on standard output: UTF-8 bytes whatever the locale, line ends as made."""
    sys.stdout.flush()
    data = memoryview(text.encode("utf-8"))
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


def _name(record: Any, lang: str) -> str:
    names = record.title if isinstance(record, Plan) else record.names
    return " ".join(names.best(lang).split())


def _label(record: Any, lang: str) -> str:
    acronym = getattr(record, "acronym", None)
    return acronym or _name(record, lang)


# -- finding a record of any kind ---------------------------------------------------


def _resolve(reg: Registry, key: str, kinds: Sequence[str]) -> tuple[str, Any]:
    """The one record of ``kinds`` that ``key`` names; a failure lists the candidates."""
    getters: dict[str, Callable[[str], Any]] = {
        "sector": reg.get_sector,
        "body": reg.get_body,
        "agency": reg.get_agency,
        "plan": reg.get_plan,
        "pillar": lambda k: _get_pillar(reg, k),
    }
    found: list[tuple[str, Any]] = []
    candidates: list[str] = []
    suggestions: list[str] = []
    for kind in kinds:
        try:
            found.append((kind, getters[kind](key)))
        except AmbiguousKeyError as exc:
            candidates.extend(f"{kind} {c!r}" for c in exc.candidates)
        except UnknownKeyError as exc:
            suggestions.extend(s for s in exc.suggestions if s not in suggestions)
    for kind, record in found:
        if record.id == key:
            return kind, record
    if len(found) == 1 and not candidates:
        return found[0]
    candidates = [f"{kind} {record.id!r}" for kind, record in found] + candidates
    if candidates:
        message = f"{key!r} matches {len(candidates)} records: {', '.join(candidates)}"
        raise _UserError(message)
    raise _UserError(_not_found(reg, key, kinds, suggestions))


def _get_pillar(reg: Registry, key: str) -> Pillar:
    wanted = normalize(key)
    for pillar in reg.pillars():
        if wanted in {normalize(k) for k in (pillar.id, pillar.acronym, *pillar.names)}:
            return pillar
    raise UnknownKeyError("pillar", key)


def _not_found(reg: Registry, key: str, kinds: Sequence[str], suggestions: list[str]) -> str:
    """The "no ... matches" message, with close matches: the ranked search's, then the library's."""
    what = ", ".join(kinds[:-1]) + f" or {kinds[-1]}" if len(kinds) > 1 else kinds[0]
    message = f"no {what} matches {key!r}"
    offered = [repr(s) for s in suggestions]
    if normalize(key):
        hits = [h for h in search(reg, key, limit=None) if h.kind in kinds][:4]
        shown = {normalize(_label(h.record, "en")) for h in hits}
        offered = [
            *(f"{h.record.id!r} ({_label(h.record, 'en')})" for h in hits),  # type: ignore[attr-defined]
            *(repr(s) for s in suggestions if normalize(s) not in shown),
        ]
    if offered:
        message += "; did you mean " + ", ".join(offered[:5]) + "?"
    return message


# -- commands -----------------------------------------------------------------------


def _cmd_sectors(reg: Registry, args: argparse.Namespace) -> int:
    if args.json:
        _json_out([_plain(s) for s in reg.sectors()])
    else:
        sys.stdout.write(_columns([s.id, _name(s, args.lang)] for s in reg.sectors()))
    return EXIT_OK


def _fields(pairs: Iterable[tuple[str, object]]) -> str:
    rows: list[tuple[str, str]] = []
    for label, value in pairs:
        if value is None or value in ("", ()):
            continue
        if isinstance(value, (list, tuple)):
            rows.extend((label if i == 0 else "", str(v)) for i, v in enumerate(value))
        else:
            rows.append((label, str(value)))
    width = max((len(label) for label, _v in rows), default=0) + 1
    return "".join(f"{(label + ':') if label else '':<{width}}  {value}\n" for label, value in rows)


def _bodies_line(bodies: Iterable[Body], lang: str) -> list[str]:
    return [f"{b.id} ({_label(b, lang)})" for b in bodies]


def _show_body(reg: Registry, body: Body, lang: str) -> tuple[str, dict[str, Any]]:
    relations = reg.relations(subject=body) + tuple(
        r for r in reg.relations(object=body) if r.subject != body.id
    )
    names = {b.id: b for b in reg.bodies()}
    up: list[str] = []
    down: list[str] = []
    other: list[str] = []
    for r in relations:
        words = r.kind.value.replace("_", " ")
        note = f"; {r.note}" if r.note else ""
        if r.kind in REPORTING_KINDS and r.subject == body.id:
            up.append(f"{r.object} ({_label(names[r.object], lang)}; {words}{note})")
        elif r.kind in REPORTING_KINDS:
            down.append(f"{r.subject} ({_label(names[r.subject], lang)}; {words}{note})")
        elif r.subject == body.id:
            other.append(f"{words} {r.object} ({_label(names[r.object], lang)}{note})")
        else:
            other.append(f"{r.subject} ({_label(names[r.subject], lang)}{note}) {words} it")
    plans = reg.plans(holder=body)
    meets = None
    if body.meets is not None:
        meets = str(body.meets) + (f" ({body.meets.note})" if body.meets.note else "")
    text = _fields(
        [
            ("id", body.id),
            ("kind", body.kind.value),
            ("name (en)", body.names.en),
            ("name (id)", body.names.id),
            ("acronym", body.acronym),
            ("aliases", body.aliases),
            ("sectors", body.sectors),
            ("pillar", body.pillar),
            ("established", None if body.established is None else body.established.display()),
            ("meets", meets),
            ("chair", body.chair),
            ("composition", body.composition),
            ("description", body.description),
            ("base", body.base),
            ("partners", body.partners),
            ("reports to", up),
            ("reported to by", down),
            ("reporting note", body.reporting_note),
            ("other lines", other),
            ("plans", [f"{p.id} ({_name(p, lang)})" for p in plans]),
            ("sources", [", ".join(str(c) for c in body.sources)]),
        ]
    )
    extra = {
        "relations": [_plain(r) for r in relations],
        "plans": [p.id for p in plans],
    }
    return text, extra


def _parents(reg: Registry, body: Body) -> list[Body]:
    return [
        reg.get_body(r.object) for r in reg.relations(subject=body) if r.kind in REPORTING_KINDS
    ]


def _show_sector(reg: Registry, sector: Sector, lang: str) -> tuple[str, dict[str, Any]]:
    point = reg.focal_point_for(sector)
    bodies = reg.bodies(sector=sector)
    plans = reg.plans(holder=sector)
    text = _fields(
        [
            ("id", sector.id),
            ("name (en)", sector.names.en),
            ("name (id)", sector.names.id),
            ("summary", sector.summary),
            ("focal point", [_agency_line(a, lang) for a in point] or [point.note]),
            ("bodies", _bodies_line(bodies, lang)),
            ("plans", [f"{p.id} ({_name(p, lang)})" for p in plans]),
            ("reference", sector.reference_url),
            ("sources", [", ".join(str(c) for c in sector.sources)]),
        ]
    )
    extra = {
        "focal_point": [_plain(a) for a in point],
        "bodies": [b.id for b in bodies],
        "plans": [p.id for p in plans],
    }
    return text, extra


def _show_agency(reg: Registry, agency: Agency, _lang: str) -> tuple[str, dict[str, Any]]:
    sectors = [s for s in reg.sectors() if agency.id in s.focal_point.agencies]
    text = _fields(
        [
            ("id", agency.id),
            ("name (id)", agency.names.id),
            ("name (en)", agency.names.en),
            ("acronym", agency.acronym),
            ("country", agency.country),
            ("as of", None if agency.as_of is None else agency.as_of.display()),
            ("note", agency.note),
            ("focal point for", [s.id for s in sectors]),
            ("sources", [", ".join(str(c) for c in agency.sources)]),
        ]
    )
    return text, {"focal_point_for": [s.id for s in sectors]}


def _show_plan(_reg: Registry, plan: Plan, lang: str) -> tuple[str, dict[str, Any]]:
    items = [f"{n}. {item.best(lang)}" for n, item in enumerate(plan.items, start=1)]
    text = _fields(
        [
            ("id", plan.id),
            ("kind", plan.kind.value),
            ("title (en)", plan.title.en),
            ("title (id)", plan.title.id),
            ("acronym", plan.acronym),
            ("holders", plan.holders),
            ("period", None if plan.period is None else str(plan.period)),
            ("adopted", None if plan.adopted is None else plan.adopted.display()),
            ("items", items),
            ("item count", plan.item_count),
            ("items note", plan.items_note),
            ("supersedes", plan.supersedes),
            ("retains", plan.retains),
            ("description", plan.description),
            ("sources", [", ".join(str(c) for c in plan.sources)]),
        ]
    )
    return text, {}


def _show_pillar(_reg: Registry, pillar: Pillar, lang: str) -> tuple[str, dict[str, Any]]:
    text = _fields(
        [
            ("id", pillar.id),
            ("name (en)", pillar.names.en),
            ("name (id)", pillar.names.id),
            ("acronym", pillar.acronym),
            ("summary", pillar.summary),
            ("characteristics", [c.best(lang) for c in pillar.characteristics]),
            ("coordinated by", pillar.coordinating_bodies),
            ("blueprint", pillar.blueprint),
            ("sources", [", ".join(str(c) for c in pillar.sources)]),
        ]
    )
    return text, {}


_SHOW: dict[str, Callable[[Registry, Any, str], tuple[str, dict[str, Any]]]] = {
    "sector": _show_sector,
    "body": _show_body,
    "agency": _show_agency,
    "plan": _show_plan,
    "pillar": _show_pillar,
}


def _cmd_show(reg: Registry, args: argparse.Namespace) -> int:
    kind, record = _resolve(reg, args.key, ("sector", "body", "agency", "plan", "pillar"))
    text, extra = _SHOW[kind](reg, record, args.lang)
    if args.json:
        _json_out({"kind": kind, "record": _plain(record), **extra})
    else:
        label, name = _label(record, args.lang), _name(record, args.lang)
        _write(f"{kind} {label}" + (f": {name}" if name != label else "") + f"\n{text}")
    return EXIT_OK


def _tree_roots(reg: Registry, key: str | None) -> list[Body]:
    """The bodies at the top: of every hierarchy, of a body's subtree, or of a sector."""
    if key is None:
        return [b for b in reg.bodies() if reg.bodies_reporting_to(b) and not _parents(reg, b)]
    kind, record = _resolve(reg, key, ("body", "sector"))
    if kind == "body":
        return [record]
    members = {b.id for b in reg.bodies(sector=record)}
    return [
        b for b in reg.bodies(sector=record) if not any(p.id in members for p in _parents(reg, b))
    ]


def _cmd_tree(reg: Registry, args: argparse.Namespace) -> int:
    kinds: dict[tuple[str, str], str] = {}
    for r in reg.relations():
        if r.kind in REPORTING_KINDS:
            kinds.setdefault((r.subject, r.object), r.kind.value)
    roots = _tree_roots(reg, args.key)

    def node(body: Body, parent: str | None) -> dict[str, Any]:
        return {
            "id": body.id,
            "label": _label(body, args.lang),
            "name": _name(body, args.lang),
            "line": None if parent is None else kinds[body.id, parent],
            "children": [node(c, body.id) for c in reg.bodies_reporting_to(body)],
        }

    trees = [node(r, None) for r in roots]
    if args.json:
        _json_out(trees)
        return EXIT_OK
    out: list[str] = []

    def draw(tree: dict[str, Any], depth: int) -> None:
        line = (
            f" [{tree['line'].replace('_', ' ')}]"
            if tree["line"] not in (None, "reports_to")
            else ""
        )
        name = f"  {tree['name']}" if tree["name"] != tree["label"] else ""
        out.append(f"{'  ' * depth}{tree['label']}{name}{line}")
        for child in tree["children"]:
            draw(child, depth + 1)

    for tree in trees:
        draw(tree, 0)
    if out:
        _write("\n".join(out))
    return EXIT_OK


def _cmd_reports_to(reg: Registry, args: argparse.Namespace) -> int:
    _kind, body = _resolve(reg, args.key, ("body",))
    if args.up:
        found = reg.reporting_chain(body) if args.transitive else tuple(_parents(reg, body))
    else:
        found = reg.bodies_reporting_to(body, transitive=args.transitive)
    if args.json:
        _json_out([_plain(b) for b in found])
    elif found:
        sys.stdout.write(_columns([_label(b, args.lang), _name(b, args.lang)] for b in found))
    else:
        above = ", ".join(_label(b, args.lang) for b in _parents(reg, body))
        hint = f"; it reports to {above} (see --up)" if above and not args.up else ""
        what = "reports to no body" if args.up else "has no body reporting to it"
        sys.stderr.write(f"{PROG}: {_label(body, args.lang)} {what}{hint}\n")
    return EXIT_OK


def _agency_line(agency: Agency, lang: str) -> str:
    first = agency.names.best(lang)
    other = agency.names.best("id" if lang == "en" else "en")
    acronym = f" ({agency.acronym})" if agency.acronym and agency.acronym != first else ""
    return f"{first}{acronym}" + (f" — {other}" if other != first else "")


def _cmd_focal_point(reg: Registry, args: argparse.Namespace) -> int:
    point = reg.focal_point_for(_resolve(reg, args.sector, ("sector",))[1])
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
    holder = None if args.holder is None else _resolve(reg, args.holder, ("body", "sector"))[1]
    found = reg.plans(holder=holder, year=args.year)
    if not found and not args.json:
        sys.stderr.write(f"{PROG}: no plan matches these filters\n")
    if args.json:
        _json_out([_plain(p) for p in found])
    else:
        rows = [
            [p.id, "" if p.period is None else str(p.period), _name(p, args.lang)] for p in found
        ]
        sys.stdout.write(_columns(rows))
    return EXIT_OK


def _cmd_search(reg: Registry, args: argparse.Namespace) -> int:
    text = " ".join(args.text)
    if not normalize(text):
        raise _UserError("search needs some text to look for", EXIT_USAGE)
    hits = search(reg, text, limit=args.limit)
    if not hits:
        raise _UserError(f"nothing matches {text!r}")
    if args.json:
        _json_out(
            [
                {
                    "kind": h.kind,
                    "id": h.record.id,  # type: ignore[attr-defined]
                    "label": _label(h.record, args.lang),
                    "name": _name(h.record, args.lang),
                    "matched": h.key,
                    "match": h.match,
                    "score": h.score,
                }
                for h in hits
            ]
        )
    else:
        rows = [
            [h.kind, h.record.id, _label(h.record, args.lang), _name(h.record, args.lang)]  # type: ignore[attr-defined]
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
    fmt = args.format
    if args.table is not None and fmt != "csv":
        raise _UserError("--table applies to --format csv only", EXIT_USAGE)
    if fmt not in ("dot", "mermaid") and (args.reporting_only or args.lang != "en"):
        raise _UserError("--reporting-only and --lang apply to dot and mermaid only", EXIT_USAGE)
    sector = None if args.sector is None else _resolve(reg, args.sector, ("sector",))[1]
    if fmt == "csv":
        _export_csv(to_csv(reg, sector=sector), args.table, args.output)
        return EXIT_OK
    if fmt == "json":
        text = to_json(reg, sector=sector)
    elif fmt == "jsonld":
        text = to_jsonld(reg, sector=sector)
    elif fmt == "dot":
        text = to_dot(reg, sector=sector, lang=args.lang, reporting_only=args.reporting_only)
    else:
        text = to_mermaid(reg, sector=sector, lang=args.lang, reporting_only=args.reporting_only)
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
    problems: list[str] = []
    readable = []
    # The loader stops at the first file it cannot read; check them all first.
    for name in args.files:
        try:
            Path(name).read_bytes()
        except OSError as exc:
            problems.append(f"{name}: cannot read file: {exc.strerror or exc}")
        else:
            readable.append(name)
    loaded = None
    if readable:
        try:
            loaded = _api.load(*readable)
        except DataError as exc:
            problems.extend(" ".join(str(p).splitlines()) for p in exc.problems)
    if problems or loaded is None:
        for line in problems:
            sys.stderr.write(line + "\n")
        count = len(problems)
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
    files = len(args.files)
    _write(f"ok: {files} file{'s' if files != 1 else ''}, {counts}")
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
    sub = add("show", "everything known about a sector, body, agency or plan", _cmd_show)
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
    sub.add_argument("--table", choices=_TABLES, help="csv: one table")
    sub.add_argument("--lang", choices=("en", "id"), default="en", help="dot, mermaid: names")
    sub.add_argument("--reporting-only", action="store_true", help="dot, mermaid: no other lines")
    sub = add(
        "validate", "check YAML files with the library's loader", _cmd_validate, parents=False
    )
    sub.add_argument("files", nargs="+", metavar="FILE")
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
    return handler(_api.registry(), args)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line with ``argv`` (default: ``sys.argv[1:]``); return the exit code."""
    for stream in (sys.stdout, sys.stderr):
        # Names that the terminal's encoding cannot show are escaped, not a crash.
        if isinstance(stream, io.TextIOWrapper):
            stream.reconfigure(errors="backslashreplace")
    args = _parser().parse_args(argv)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", DeprecationWarning)
        try:
            code = _run(args)
            sys.stdout.flush()  # a closed pipe shows here, not at exit
        except _UserError as exc:
            sys.stderr.write(f"{PROG}: error: {exc.message}\n")
            code = exc.code
        except (UnknownKeyError, AmbiguousKeyError) as exc:
            sys.stderr.write(f"{PROG}: error: {exc}\n")
            code = EXIT_ERROR
        except DataError as exc:
            first = exc.problems[0] if exc.problems else exc
            sys.stderr.write(f"{PROG}: error: {first}\n")
            code = EXIT_ERROR
        except BrokenPipeError:
            # The reader went away (| head): stop quietly, without a traceback at exit.
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
            return EXIT_ERROR
        except KeyboardInterrupt:
            return 130
        except OSError as exc:  # a full disk, an unwritable -o file: one line, no traceback
            sys.stderr.write(f"{PROG}: error: {exc.strerror or exc}\n")
            return EXIT_ERROR
    for warning in caught:
        sys.stderr.write(f"{PROG}: warning: {warning.message}\n")
    return code
