"""The layout the architecture page promises: small modules and no import cycle."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

import ascc_model

PACKAGE = Path(ascc_model.__file__).parent
MODULES = {p.stem: p for p in PACKAGE.glob("*.py") if p.stem != "_packaged"}
#: The one module allowed past the limit: the declarative record classes.
DECLARATIVE = "_model"
MAX_LINES = 500


def _runtime_imports(path: Path) -> set[str]:
    """The package's modules that ``path`` imports when run: at the top or deferred.

    Imports under ``if TYPE_CHECKING:`` are for type checkers only and do not count.
    """
    found: set[str] = set()

    class Visitor(ast.NodeVisitor):
        def visit_If(self, node: ast.If) -> None:
            test = node.test
            if (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
                isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
            ):
                for child in node.orelse:
                    self.visit(child)
                return
            self.generic_visit(node)

        def visit_ImportFrom(self, node: ast.ImportFrom) -> None:
            if node.level == 1 and node.module:
                found.add(node.module.split(".")[0])
            elif node.level == 1:
                found.update(a.name for a in node.names)
            elif node.module and node.module.startswith("ascc_model."):
                found.add(node.module.split(".")[1])

        def visit_Import(self, node: ast.Import) -> None:
            found.update(
                a.name.split(".")[1] for a in node.names if a.name.startswith("ascc_model.")
            )

    Visitor().visit(ast.parse(path.read_text(encoding="utf-8")))
    return {m for m in found if m in MODULES and m != path.stem}


GRAPH = {name: _runtime_imports(path) for name, path in MODULES.items()}


def _cycle_from(start: str) -> list[str] | None:
    """A path of imports from ``start`` back to itself, if there is one."""
    stack = [(start, [start])]
    seen: set[str] = set()
    while stack:
        node, path = stack.pop()
        for nxt in sorted(GRAPH[node]):
            if nxt == start:
                return [*path, start]
            if nxt not in seen:
                seen.add(nxt)
                stack.append((nxt, [*path, nxt]))
    return None


@pytest.mark.parametrize("module", sorted(m for m in MODULES if m != "__init__"))
def test_no_module_imports_itself_back(module: str) -> None:
    assert _cycle_from(module) is None


def test_the_cycle_check_sees_deferred_imports() -> None:
    # _registry imports _search only inside a method: the graph must still hold it.
    assert "_search" in GRAPH["_registry"]
    assert "_records" not in GRAPH["_graph"]  # a TYPE_CHECKING import does not count


@pytest.mark.parametrize("module", sorted(MODULES))
def test_modules_stay_small(module: str) -> None:
    lines = len(MODULES[module].read_text(encoding="utf-8").splitlines())
    if module == DECLARATIVE:
        pytest.skip(f"{module} is the declarative record classes ({lines} lines)")
    assert lines <= MAX_LINES, f"{module}.py has {lines} lines"
