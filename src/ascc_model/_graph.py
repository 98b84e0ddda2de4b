"""The reporting hierarchy: the lines of :data:`~ascc_model.REPORTING_KINDS` between bodies.

One :class:`ReportingGraph` serves the registry's queries (down, up), the
checks (cycles), a sector's subset (everything above its bodies), the command
line's tree and the charts (levels). It works on ids; the registry maps them to
bodies.
"""

from __future__ import annotations

from collections import deque
from typing import TYPE_CHECKING, Any

from ._model import REPORTING_KINDS, RelationKind

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator

    from ._model import Body, Relation, Sector
    from ._records import Records

__all__ = ["Reporting", "ReportingGraph"]


#: How many answers a registry keeps, by id and by key as given.
MAX_WALKS = 4096


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


class Reporting:
    """The reporting queries of :class:`~ascc_model.Registry`: down, up, lines and tops."""

    __slots__ = ()
    _graph: ReportingGraph
    _stated: ReportingGraph
    _records: Records
    _by_id: dict[str, Any]
    #: Answers once computed, by (body id or key as given, downwards, transitive,
    #: stated only): the registry is immutable, so an answer never goes stale.
    _walks: dict[tuple[str, bool, bool, bool], tuple[Body, ...]]
    _renames: dict[str, Any]

    if TYPE_CHECKING:  # the registry's own look-ups

        def get_body(self, key: str | Body) -> Body: ...

        def bodies(self, *, sector: str | Sector | None = None) -> tuple[Body, ...]: ...

    def _bodies(self, ids: Iterable[str]) -> tuple[Body, ...]:
        return tuple(map(self._by_id.__getitem__, ids))

    def _kept_walk(
        self, body: str | Body, *, down: bool, transitive: bool, stated: bool
    ) -> tuple[Body, ...]:
        given = (body, down, transitive, stated) if isinstance(body, str) else None
        found = self._walks.get(given) if given is not None else None
        if found is not None:
            return found
        ident = self.get_body(body).id
        key = (ident, down, transitive, stated)
        found = self._walks.get(key)
        if found is None:
            graph = self._stated if stated else self._graph
            walk = graph.below if down else graph.above
            found = self._walks[key] = self._bodies(walk(ident, transitive=transitive))
        # A key as given is kept too, up to a bound (any number of spellings resolve),
        # but not a renamed id: its every use warns.
        if given is not None and body not in self._renames and len(self._walks) < MAX_WALKS:
            self._walks[given] = found
        return found

    def bodies_reporting_to(
        self, body: str | Body, *, transitive: bool = False, stated_only: bool = False
    ) -> tuple[Body, ...]:
        """The bodies that report to ``body``: direct reports, or the whole subtree.

        The lines followed are :data:`~ascc_model.REPORTING_KINDS`: reports to,
        assists and subsidiary of; with ``stated_only``, only lines a source
        states (not those the data infers, see :attr:`~ascc_model.Relation.inferred`).
        The subtree is in breadth-first order, each body once, siblings in data order.

        Args:
            body: A body: an id, acronym, name or alias, or the record.
            transitive: Follow the lines all the way (the subtree or the chain).
            stated_only: Follow only lines a source states, not those the data infers.

        >>> import ascc_model
        >>> [b.acronym for b in ascc_model.bodies_reporting_to("AMMSWD")]
        ['ACWC', 'SOMSWD']
        >>> [b.acronym for b in ascc_model.bodies_reporting_to("SOMRI")]
        ['SOMRI WG-ADB', 'SOMRI WG-IMT', 'SOMRI WG-CP']
        >>> ascc_model.bodies_reporting_to("SOMRI", stated_only=True)
        ()
        """
        return self._kept_walk(body, down=True, transitive=transitive, stated=stated_only)

    def reporting_chain(
        self, body: str | Body, *, transitive: bool = True, stated_only: bool = False
    ) -> tuple[Body, ...]:
        """The bodies above ``body``, nearest first: the whole chain, or only its parents.

        A body may report to several (ACDM reports to AMMDM and to the COP to
        AADMER); all of them are in the chain, breadth-first, each once.

        Args:
            body: A body: an id, acronym, name or alias, or the record.
            transitive: Follow the lines all the way (the subtree or the chain).
            stated_only: Follow only lines a source states, not those the data infers.

        >>> import ascc_model
        >>> [b.acronym for b in ascc_model.reporting_chain("AWGCC")]
        ['ASOEN', 'AMME']
        >>> [b.acronym for b in ascc_model.reporting_chain("AWGCC", transitive=False)]
        ['ASOEN']
        """
        return self._kept_walk(body, down=False, transitive=transitive, stated=stated_only)

    def reporting_line(self, body: str | Body, parent: str | Body) -> Relation:
        """The relation by which ``body`` reports to ``parent`` (directly).

        Args:
            body: A body: an id, acronym, name or alias, or the record.
            parent: The body above: an id, acronym, name or alias, or the record.

        Raises:
            KeyError: ``body`` does not report to ``parent`` directly.

        >>> import ascc_model
        >>> ascc_model.registry().reporting_line("SCC", "COCI").kind
        <RelationKind.SUBSIDIARY_OF: 'subsidiary_of'>
        """
        child, above = self.get_body(body), self.get_body(parent)
        try:
            return self._graph.line(child.id, above.id)
        except KeyError:
            msg = f"{child.id!r} does not report to {above.id!r}"
            raise KeyError(msg) from None

    def reporting_tops(self, sector: str | Sector | None = None) -> tuple[Body, ...]:
        """The bodies at the top of the reporting lines: of every hierarchy, or of a sector.

        Without a sector: every body that others report to and that reports to
        none. With one: the sector's bodies that report to no body of the sector.

        Args:
            sector: A sector, for the tops of its bodies; every hierarchy's tops without one.

        >>> import ascc_model
        >>> [b.acronym for b in ascc_model.registry().reporting_tops("environment")][:1]
        ['AMME']
        """
        if sector is None:
            return self._bodies(self._graph.roots(self._by_id))
        members = [b.id for b in self.bodies(sector=sector)]
        return self._bodies(self._graph.tops(members))

    def relations(
        self,
        *,
        subject: str | Body | None = None,
        kind: RelationKind | str | None = None,
        object: str | Body | None = None,  # noqa: A002 - the field's name
    ) -> tuple[Relation, ...]:
        """Relations in data order, filtered by subject, kind and/or object.

        ``subject`` and ``object`` are looked up as :meth:`get_body` does; ``kind``
        is a :class:`~ascc_model.RelationKind` or its value.

        Args:
            subject: Only lines from this body.
            kind: Only this kind (a value of the enum, or its text).
            object: Only lines to this body.

        >>> import ascc_model
        >>> ascc_model.registry().relations(subject="ASOEN", kind="assists")
        (<Relation asoen assists amme>,)
        """
        subject_id = None if subject is None else self.get_body(subject).id
        object_id = None if object is None else self.get_body(object).id
        wanted = None if kind is None else RelationKind(kind)
        return tuple(
            r
            for r in self._records.relations
            if (subject_id is None or r.subject == subject_id)
            and (object_id is None or r.object == object_id)
            and (wanted is None or r.kind == wanted)
        )
