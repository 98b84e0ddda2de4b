"""The module map of the architecture page, read from the package's files when the docs build.

Each module of ``ascc_model`` with the first line of its docstring and its
length in lines, so that the table cannot go stale. The files are parsed, not
imported. No Sphinx import here: the module is tested on its own.
"""

from __future__ import annotations

import ast
from pathlib import Path
from typing import NamedTuple

from ascc_markup import summary

import ascc_model

#: The package's folder: ``src/ascc_model`` in a checkout or an editable install.
PACKAGE = Path(ascc_model.__file__).resolve().parent


class Module(NamedTuple):
    """One module: its file name, what it holds (its docstring's summary) and its lines."""

    name: str
    summary: str
    lines: int


def modules(package: Path = PACKAGE) -> list[Module]:
    """Every module of the package, ``__init__`` and ``__main__`` first, then by name.

    Raises:
        ValueError: a module has no docstring (every module says what it holds).
    """
    found = []
    for path in sorted(package.glob("*.py"), key=lambda p: (not p.name.startswith("__"), p.name)):
        text = path.read_text(encoding="utf-8")
        doc = ast.get_docstring(ast.parse(text, filename=str(path)))
        if not doc:
            msg = f"{path.name} has no module docstring to say what it holds"
            raise ValueError(msg)
        found.append(Module(path.name, summary(doc.split("\n", 1)[0]), len(text.splitlines())))
    return found


def _cell(text: str) -> str:
    return text.replace("|", "\\|")


def module_table(package: Path = PACKAGE) -> str:
    """The module map as a Markdown table, with the total line count under it."""
    found = modules(package)
    rows = ["| Module | What it holds | Lines |", "| --- | --- | ---: |"]
    rows += [f"| `{m.name}` | {_cell(m.summary)} | {m.lines:,} |" for m in found]
    total = sum(m.lines for m in found)
    return "\n".join(rows) + f"\n\n{len(found)} modules, {total:,} lines in all.\n"
