"""The ``ascc-model`` command line: its parser, shell completion, and the run of a command.

Exit codes: 0 success (an empty answer too), 1 a data or look-up error
(nothing matches, the data is invalid, a file cannot be written), 2 a usage
error. Errors go to standard error on one line, with any control characters
from the data or a user's file escaped. The commands are in
:mod:`ascc_model._commands`.
"""

from __future__ import annotations

import argparse
import os
import sys
import warnings
from typing import TYPE_CHECKING, Any, NoReturn

from . import _commands as commands
from . import _default
from ._commands import EXIT_ERROR, EXIT_OK, EXIT_USAGE, PROG, printable
from ._errors import AmbiguousKeyError, DataError, UnknownKeyError

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

    from ._registry import Registry

__all__ = ["main", "parser"]


class _Parser(argparse.ArgumentParser):
    """argparse with one-line usage errors (exit 2) and help that keeps its examples' lines."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", argparse.RawDescriptionHelpFormatter)
        super().__init__(*args, **kwargs)

    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_USAGE, f"{self.prog}: error: {message} (see '{self.prog} --help')\n")


#: Each command: its handler, what it does, and the examples its --help ends with.
COMMANDS: dict[str, tuple[Callable[..., int] | None, str, tuple[str, ...]]] = {
    "sectors": (
        commands.sectors,
        "list the sectors, in the order of the source",
        ("ascc-model sectors", "ascc-model sectors --lang id --json"),
    ),
    "show": (
        commands.show,
        "everything known about a sector, body, agency, plan, ...",
        (
            "ascc-model show ACWC",
            "ascc-model show 'Kerja Sama Kesehatan ASEAN'",
            "ascc-model show bnpb --json",
        ),
    ),
    "tree": (
        commands.tree,
        "reporting lines as an indented tree",
        ("ascc-model tree AMME", "ascc-model tree environment", "ascc-model tree --json"),
    ),
    "reports-to": (
        commands.reports_to,
        "the bodies that report to a body (or, with --up, that it reports to)",
        (
            "ascc-model reports-to AMMSWD",
            "ascc-model reports-to AMME --transitive",
            "ascc-model reports-to AWGCC --up --transitive",
        ),
    ),
    "focal-point": (
        commands.focal_point,
        "Indonesia's focal-point agencies for a sector, and what changed since",
        ("ascc-model focal-point health", "ascc-model focal-point education --lang id"),
    ),
    "plans": (
        commands.plans,
        "work plans, strategic plans, roadmaps, ...",
        (
            "ascc-model plans --holder ACW --year 2023",
            "ascc-model plans --holder health",
            "ascc-model plans --json",
        ),
    ),
    "search": (
        commands.search,
        "ranked look-up over acronyms, names and aliases",
        (
            "ascc-model search helth",
            "ascc-model search kabut asap --limit 3",
            "ascc-model search ACW --json",
        ),
    ),
    "export": (
        commands.export,
        "the data as JSON, JSON-LD, RDF, CSV (with a data package), DOT or Mermaid",
        (
            "ascc-model export --format json -o ascc.json",
            "ascc-model export --format csv -o tables/",
            "ascc-model export --format turtle --sector health",
            "ascc-model export --format dot --reporting-only | dot -Tsvg -o lines.svg",
        ),
    ),
    "validate": (
        commands.validate,
        "check YAML or JSON files with the library's loader, with the packaged data",
        (
            "ascc-model validate my-plans-2026.yaml",
            "ascc-model validate --alone mine.yaml",
            "cat mine.yaml | ascc-model validate -",
        ),
    ),
    "schema": (
        commands.schema,
        "print the JSON Schema of the data files (for editors), or the SHACL shapes",
        ("ascc-model schema > ascc-model.schema.json", "ascc-model schema --shacl"),
    ),
    "completion": (
        None,  # set below: it needs the parser it completes
        "print a shell completion script (bash, zsh or fish)",
        (
            "ascc-model completion bash > ~/.local/share/bash-completion/completions/ascc-model",
            "ascc-model completion zsh > ~/.zfunc/_ascc-model",
            "ascc-model completion fish > ~/.config/fish/completions/ascc-model.fish",
        ),
    ),
}


def _examples(lines: Sequence[str]) -> str:
    return "examples:\n" + "\n".join(f"  $ {line}" for line in lines)


def parser() -> argparse.ArgumentParser:
    """The parser of ``ascc-model``, every command with its options and examples."""
    top = _Parser(
        prog=PROG,
        description="Answers about the ASEAN Socio-Cultural Community pillar, and exports.",
        epilog=_examples(
            [
                "ascc-model focal-point health",
                "ascc-model show ACWC",
                "ascc-model search kabut asap",
                "ascc-model export --format csv -o tables/",
            ]
        )
        + "\n\nExit codes: 0 success (an empty answer too), 1 data or look-up error, "
        "2 usage error.",
    )
    top.add_argument("--version", action="version", version=f"%(prog)s {_version()}")
    query = _Parser(add_help=False)
    query.add_argument("--lang", choices=("en", "id"), default="en", help="language of names")
    query.add_argument("--json", action="store_true", help="print JSON for scripts")
    subs = top.add_subparsers(title="commands", dest="command", metavar="COMMAND")
    plain = {"export", "validate", "schema", "completion"}

    def add(name: str) -> Any:
        handler, help_text, examples = COMMANDS[name]
        sub = subs.add_parser(
            name,
            help=help_text,
            description=help_text,
            epilog=_examples(examples),
            parents=[] if name in plain else [query],
            formatter_class=argparse.RawDescriptionHelpFormatter,
        )
        sub.set_defaults(handler=handler, command=name)
        return sub

    add("sectors")
    add("show").add_argument("key", help="an id, acronym or name (English or Indonesian)")
    add("tree").add_argument("key", nargs="?", help="a body (its subtree) or a sector (its bodies)")
    sub = add("reports-to")
    sub.add_argument("key", help="a body: id, acronym, name or alias")
    sub.add_argument("--transitive", action="store_true", help="the whole subtree (or chain)")
    sub.add_argument("--up", action="store_true", help="the bodies it reports to instead")
    sub.add_argument("--stated-only", action="store_true", help="only lines a source states")
    add("focal-point").add_argument("sector", help="a sector: id or name (English or Indonesian)")
    sub = add("plans")
    sub.add_argument("--holder", help="a body or sector (a sector includes its bodies' plans)")
    sub.add_argument("--year", type=int, help="only plans in force in this year")
    sub = add("search")
    sub.add_argument("text", nargs="+", help="what to look for (typos are forgiven)")
    sub.add_argument("--limit", type=_positive, default=20, help="at most this many (20)")
    sub = add("export")
    sub.add_argument(
        "--format", required=True, choices=commands.FORMATS, help="the format to write"
    )
    sub.add_argument("--sector", help="only this sector and what it refers to")
    sub.add_argument("-o", "--output", metavar="PATH", help="a file (for csv: a directory)")
    sub.add_argument("--table", metavar="NAME", help="csv: one table (bodies, plans, ...)")
    sub.add_argument(
        "--raw", action="store_true", help="csv: keep cells that look like formulas as they are"
    )
    sub.add_argument("--lang", choices=("en", "id"), default="en", help="dot, mermaid: names")
    sub.add_argument("--reporting-only", action="store_true", help="dot, mermaid: no other lines")
    sub = add("validate")
    sub.add_argument("files", nargs="+", metavar="FILE", help="YAML or JSON files; - for stdin")
    sub.add_argument(
        "--alone", action="store_true", help="check the files without the packaged data"
    )
    add("schema").add_argument(
        "--shacl", action="store_true", help="the SHACL shapes of the RDF export instead"
    )
    sub = add("completion")
    sub.add_argument("shell", choices=("bash", "zsh", "fish"))
    sub.set_defaults(handler=lambda _reg, args: commands.completion(top, args))
    return top


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

    from ._data_version import DATA_VERSION  # noqa: PLC0415

    version: str = getattr(ascc_model, "__version__", "unknown")
    return f"{version} (data: {DATA_VERSION})"


#: The commands that do not need the packaged data.
_WITHOUT_DATA = {"validate", "schema", "completion"}


def _run(args: argparse.Namespace) -> int:
    handler: Callable[[Registry | None, argparse.Namespace], int] = args.handler
    if args.command in _WITHOUT_DATA:
        return handler(None, args)
    return handler(_default.registry(), args)


def main(argv: Sequence[str] | None = None) -> int:  # noqa: C901 - one branch per failure
    """Run the command line with ``argv`` (default: ``sys.argv[1:]``); return the exit code."""
    for stream in (sys.stdout, sys.stderr):
        # Names that the terminal's encoding cannot show are escaped, not a crash.
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(errors="backslashreplace")
    top = parser()
    args = top.parse_args(argv)
    if args.command is None:  # a bare `ascc-model`: what it can do
        top.print_help()
        return EXIT_OK
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", DeprecationWarning)
        try:
            code = _run(args)
            sys.stdout.flush()  # a closed pipe or a full disk shows here, not at exit
        except commands.UserError as exc:
            sys.stderr.write(f"{PROG}: error: {printable(exc.message)}\n")
            code = exc.code
        except (UnknownKeyError, AmbiguousKeyError) as exc:
            sys.stderr.write(f"{PROG}: error: {printable(str(exc))}\n")
            code = EXIT_ERROR
        except DataError as exc:
            first = exc.problems[0] if exc.problems else exc
            sys.stderr.write(f"{PROG}: error: {printable(str(first))}\n")
            code = EXIT_ERROR
        except ModuleNotFoundError as exc:  # an optional extra that is not installed
            sys.stderr.write(f"{PROG}: error: {printable(str(exc))}\n")
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
