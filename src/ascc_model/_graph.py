"""The reporting hierarchy: the lines of :data:`~ascc_model.REPORTING_KINDS` between bodies.

One :class:`ReportingGraph` serves the registry's queries (down, up), the
checks (cycles), a sector's subset (everything above its bodies), the command
line's tree and the charts (levels). It works on ids; the registry maps them to
bodies.
"""

from __future__ import annotations

from collections import deque
from typing import TYPE_CHECKING

from ._model import REPORTING_KINDS

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator

    from ._model import Relation

__all__ = ["ReportingGraph"]


class ReportingGraph:
    """Parents and children of each body id, each line once, in data order."""

    __slots__ = ("_children", "_lines", "_parents")

    def __init__(self, relations: Iterable[Relation]) -> None:
        children: dict[str, dict[str, None]] = {}
        parents: dict[str, dict[str, None]] = {}
        self._lines: dict[tuple[str, str], Relation] = {}
        for relation in relations:
            if relation.kind not in REPORTING_KINDS:
                continue
            child, parent = relation.subject, relation.object
            children.setdefault(parent, {})[child] = None
            parents.setdefault(child, {})[parent] = None
            self._lines.setdefault((child, parent), relation)
        self._children = {k: tuple(v) for k, v in children.items()}
        self._parents = {k: tuple(v) for k, v in parents.items()}

    def children(self, ident: str) -> tuple[str, ...]:
        """The bodies that report to ``ident`` directly."""
        return self._children.get(ident, ())

    def parents(self, ident: str) -> tuple[str, ...]:
        """The bodies ``ident`` reports to directly."""
        return self._parents.get(ident, ())

    def line(self, child: str, parent: str) -> Relation:
        """The first relation that makes ``child`` report to ``parent``.

        Raises:
            KeyError: there is no such line.
        """
        return self._lines[child, parent]

    def below(self, ident: str, *, transitive: bool = False) -> tuple[str, ...]:
        """The bodies below ``ident``: direct reports, or the subtree breadth-first."""
        return self._walk(ident, self._children, transitive=transitive)

    def above(self, ident: str, *, transitive: bool = True) -> tuple[str, ...]:
        """The bodies above ``ident``, nearest first: its parents, or the whole chain."""
        return self._walk(ident, self._parents, transitive=transitive)

    @staticmethod
    def _walk(
        start: str, edges: dict[str, tuple[str, ...]], *, transitive: bool
    ) -> tuple[str, ...]:
        if not transitive:
            return edges.get(start, ())
        seen = {start}
        order: list[str] = []
        queue = deque([start])
        while queue:
            for nxt in edges.get(queue.popleft(), ()):
                if nxt not in seen:
                    seen.add(nxt)
                    order.append(nxt)
                    queue.append(nxt)
        return tuple(order)

    def roots(self, idents: Iterable[str]) -> tuple[str, ...]:
        """Those of ``idents`` that head a hierarchy: with reports, without a parent."""
        return tuple(i for i in idents if i in self._children and i not in self._parents)

    def tops(self, idents: Iterable[str]) -> tuple[str, ...]:
        """Those of ``idents`` with no parent among ``idents`` (the tops of a sector)."""
        members = dict.fromkeys(idents)
        return tuple(i for i in members if not any(p in members for p in self.parents(i)))

    def cycles(self) -> Iterator[tuple[Relation, tuple[str, ...]]]:
        """Each line that closes a reporting cycle, with the cycle's ids."""
        done: set[str] = set()
        for start in self._parents:
            if start in done:
                continue
            # Iterative depth-first search; `path` holds the current chain.
            path: list[str] = []
            on_path: set[str] = set()
            stack: list[tuple[str, int]] = [(start, 0)]
            while stack:
                node, index = stack.pop()
                if index == 0:
                    if node in on_path:
                        chain = (*path[path.index(node) :], node)
                        yield self._lines[path[-1], node], chain
                        continue
                    if node in done:
                        continue
                    path.append(node)
                    on_path.add(node)
                edges = self._parents.get(node, ())
                if index < len(edges):
                    stack.append((node, index + 1))
                    stack.append((edges[index], 0))
                else:
                    done.add(node)
                    on_path.discard(node)
                    path.pop()
