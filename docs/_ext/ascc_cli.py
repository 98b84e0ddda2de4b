"""The command-line reference, read from the parser of ``ascc-model``.

Every command of :func:`ascc_model._cli.parser`, in its order: its description,
its usage line, a table of its arguments (with their choices, defaults and
whether they are required) and the examples its ``--help`` ends with. Nothing
here names a command or an option: a new one appears on the page, and a test
checks that every command of the parser does. No Sphinx import here.
"""

from __future__ import annotations

import argparse
import re
from typing import TYPE_CHECKING

from ascc_pages import md, table

from ascc_model._cli import parser

if TYPE_CHECKING:
    from collections.abc import Iterator

#: The width the usage lines are wrapped at, whatever the terminal of the build.
USAGE_WIDTH = 88


def commands(top: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    """The parser's commands, by name, in the order of its ``--help``."""
    for action in top._actions:  # noqa: SLF001 - argparse keeps its subparsers there
        if isinstance(action, argparse._SubParsersAction):  # noqa: SLF001
            return dict(action.choices)
    return {}


def usage(command: argparse.ArgumentParser) -> str:
    """The usage line of a parser, wrapped at :data:`USAGE_WIDTH`."""
    formatter = argparse.HelpFormatter(command.prog, width=USAGE_WIDTH)
    formatter.add_usage(
        command.usage,
        command._actions,  # noqa: SLF001
        command._mutually_exclusive_groups,  # noqa: SLF001
        prefix="",
    )
    return formatter.format_help().strip()


def examples(command: argparse.ArgumentParser) -> list[str]:
    """The example command lines of a parser's epilog (``  $ ascc-model ...``)."""
    return re.findall(r"^\s+\$ (.+)$", command.epilog or "", flags=re.MULTILINE)


def epilog_notes(command: argparse.ArgumentParser) -> list[str]:
    """The paragraphs of an epilog that are not its examples (exit codes, ...)."""
    paragraphs = (command.epilog or "").split("\n\n")
    return [" ".join(p.split()) for p in paragraphs if p.strip() and "$ " not in p]


def _name(action: argparse.Action) -> str:
    if not action.option_strings:
        name = str(action.metavar or action.dest)
        return {"?": f"[{name}]", "+": f"{name} ...", "*": f"[{name} ...]"}.get(
            str(action.nargs), name
        )
    takes_value = action.nargs != 0
    value = ""
    if takes_value:
        value = " " + (
            str(action.metavar)
            if action.metavar
            else ("{" + ",".join(map(str, action.choices)) + "}")
            if action.choices
            else action.dest.upper()
        )
    return ", ".join(f"{flag}{value}" for flag in action.option_strings)


def _arguments(command: argparse.ArgumentParser) -> Iterator[list[str]]:
    # Positional arguments first, then the options, each in the parser's order.
    actions = sorted(command._actions, key=lambda a: bool(a.option_strings))  # noqa: SLF001
    for action in actions:
        if isinstance(action, (argparse._HelpAction, argparse._SubParsersAction)):  # noqa: SLF001
            continue
        default = action.default
        shown_default = (
            f"`{default}`"
            if default not in (None, False, argparse.SUPPRESS) and action.nargs != 0
            else ""
        )
        needed = "yes" if action.required else ""
        if isinstance(action, argparse._VersionAction):  # noqa: SLF001
            meaning = "print the version of the library and of its data, and exit"
        else:
            meaning = action.help or ""
        yield [
            f"`{_name(action)}`",
            md(meaning),
            ", ".join(f"`{c}`" for c in action.choices) if action.choices else "",
            shown_default,
            needed,
        ]


def _section(command: argparse.ArgumentParser, heading: str) -> list[str]:
    out = [heading, ""]
    if command.description:
        text = command.description[:1].upper() + command.description[1:]
        out += [md(text if text.endswith((".", "!", "?")) else text + "."), ""]
    out += ["```text", usage(command), "```", ""]
    rows = list(_arguments(command))
    if rows:
        out.append(table(["Argument", "What it does", "Choices", "Default", "Required"], rows))
    found = examples(command)
    if found:
        out += ["Examples:", "", "```console", *(f"$ {line}" for line in found), "```", ""]
    out += [md(note) + "\n" for note in epilog_notes(command)]
    return out


def cli_markdown() -> str:
    """The reference of every command, as MyST Markdown (headings from level 2)."""
    top = parser()
    found = commands(top)
    out = [
        (
            f"`{top.prog}` has {len(found)} commands: "
            + ", ".join(f"{{ref}}`{name} <command-{name}>`" for name in found)
            + ". `--help` (or `-h`) after any of them prints what this page says of it."
        ),
        "",
    ]
    out += _section(top, f"## `{top.prog}`")
    for name, command in found.items():
        out += [f"(command-{name})=", *_section(command, f"## `{top.prog} {name}`")]
    return "\n".join(out)
