"""Org charts of bodies and the lines between them: one builder for DOT, Mermaid and the docs.

Bodies are placed in rows (levels) by kind: leaders and councils, ministers,
senior officials and committees, the working level, then centres, funds and
other bodies. A body that reports to another is always at least one row below
it, so every reporting line points up. Boxes are labelled with acronyms and
coloured by row group; the full name is each box's title. A chart of the whole
pillar groups the bodies by sector, so that it is a block rather than a strip.
"""

from __future__ import annotations

import textwrap
from typing import TYPE_CHECKING

from attrs import field, frozen

from ._model import REPORTING_KINDS, Body, BodyKind, Relation

if TYPE_CHECKING:
    from collections.abc import Iterable

    from ._model import Sector
    from ._registry import Registry

__all__ = ["COLOURS", "GROUPS", "Chart", "chart", "group_of", "levels", "spelled_name"]

#: Row of each kind, top to bottom, and the name of each row's group in the key.
GROUPS: tuple[tuple[str, frozenset[BodyKind]], ...] = (
    ("Leaders and councils", frozenset({BodyKind.SUMMIT, BodyKind.COUNCIL})),
    ("Ministers", frozenset({BodyKind.MINISTERIAL, BodyKind.CONFERENCE_OF_PARTIES})),
    (
        "Senior officials, committees and commissions",
        frozenset({BodyKind.SENIOR_OFFICIALS, BodyKind.COMMITTEE, BodyKind.COMMISSION}),
    ),
    (
        "Working level: sub-committees, working groups, task forces, networks, clusters",
        frozenset(
            {
                BodyKind.SUB_COMMITTEE,
                BodyKind.WORKING_GROUP,
                BodyKind.TASK_FORCE,
                BodyKind.NETWORK,
                BodyKind.CLUSTER,
            }
        ),
    ),
    ("Centres, funds, platforms, offices and other bodies", frozenset()),
)
#: Fill and text colour of each group (a blue ramp, darkest at the top; grey for the rest).
COLOURS: tuple[tuple[str, str], ...] = (
    ("#16325c", "#ffffff"),
    ("#2f5da8", "#ffffff"),
    ("#a8c5ee", "#0b1a33"),
    ("#dce8f8", "#0b1a33"),
    ("#ececec", "#1a1a1a"),
)
#: Fill of a body drawn beyond the chart's sector (dashed outline).
OUTSIDE_FILL = "#ffffff"
#: Box labels are wrapped at this width, in characters.
LABEL_WIDTH = 18


def group_of(kind: BodyKind) -> int:
    """The row group of a body kind (0 at the top); kinds not listed go to the last group."""
    for index, (_name, kinds) in enumerate(GROUPS):
        if kind in kinds:
            return index
    return len(GROUPS) - 1


def levels(bodies: Iterable[Body], lines: Iterable[tuple[str, str]]) -> dict[str, int]:
    """The row of each body: its kind's group, pushed below every body it reports to.

    Bodies of the last group (centres, funds, offices, ...) that report to
    another body sit just below it instead. ``lines`` holds (child id, parent
    id) pairs. A cycle cannot push a body down forever: rows stop at the number
    of bodies.
    """
    bodies = list(bodies)
    lines = list(lines)
    children = {c for c, _p in lines}
    last = len(GROUPS) - 1
    level = {
        b.id: 0 if group_of(b.kind) == last and b.id in children else group_of(b.kind)
        for b in bodies
    }
    edges = [(c, p) for c, p in lines if c in level and p in level]
    for _ in range(len(level) + 1):
        changed = False
        for child, parent in edges:
            if level[child] <= level[parent]:
                level[child] = level[parent] + 1
                changed = True
        if not changed:
            break
    return level


def spelled_name(body: Body, registry: Registry | None = None, lang: str = "en") -> str:
    """A body's name, spelled out for a plus-format body named only by its acronym.

    ``AMCA+3`` becomes its base body's name with its partners, when ``registry``
    is given.
    """
    name = body.names.best(lang)
    if registry is not None and body.base and name == body.acronym:
        base = registry.get_body(body.base).names.best(lang)
        name = f"{base} with {', '.join(body.partners)}" if body.partners else base
    return name


@frozen
class Node:
    """One box: the body, its row and group, its label and title, and whether it is outside."""

    body: Body
    level: int
    group: int
    label: str
    title: str
    outside: bool = False
    cluster: str | None = None


@frozen
class Edge:
    """One line: the relation, whether it is a reporting line, and its title."""

    relation: Relation
    reporting: bool
    title: str


@frozen
class Chart:
    """A chart ready to draw: boxes, lines, and (for the whole pillar) sector clusters.

    ``clusters`` holds each cluster's id and title in order; a node's
    ``cluster`` names its own.
    """

    title: str
    nodes: tuple[Node, ...]
    edges: tuple[Edge, ...]
    clusters: tuple[tuple[str, str], ...] = field(default=())

    def groups(self) -> tuple[int, ...]:
        """The row groups of the boxes inside the chart's scope, top first."""
        return tuple(sorted({n.group for n in self.nodes if not n.outside}))


def _title(body: Body, registry: Registry, lang: str) -> str:
    name = spelled_name(body, registry, lang)
    if body.acronym and body.acronym != name:
        name = f"{name} ({body.acronym})"
    return f"{name}: {body.kind.words}"


def chart(
    registry: Registry,
    *,
    sector: str | Sector | None = None,
    reporting_only: bool = False,
    lang: str = "en",
) -> Chart:
    """The chart of one sector, or of the whole registry grouped by sector.

    A sector's chart draws its bodies and, dashed, the bodies beyond it at the
    other end of a drawn line. The whole chart draws every body, in one cluster
    per sector (bodies of no sector in a cluster of their own). With
    ``reporting_only`` only reporting lines are drawn.

    >>> import ascc_model
    >>> from ascc_model._charts import chart
    >>> women = chart(ascc_model.registry(), sector="women-children")
    >>> [(n.body.id, n.level, n.outside) for n in women.nodes][:3]
    [('ammw', 1, False), ('acw', 2, False), ('acwc', 2, False)]
    """
    lines = [r for r in registry.relations() if not reporting_only or r.kind in REPORTING_KINDS]
    by_id = {b.id: b for b in registry.bodies()}
    clusters: tuple[tuple[str, str], ...] = ()
    if sector is None:
        bodies = list(registry.bodies())
        title = registry.pillar.names.best(lang) if registry.pillar else "Bodies"
        home = {b.id: (b.sectors[0] if b.sectors else None) for b in bodies}
        clusters = tuple((s.id, s.names.best(lang)) for s in registry.sectors())
        if any(h is None for h in home.values()):
            clusters += (("beyond", "Beyond the pillar's sectors"),)
        outside: set[str] = set()
    else:
        found = registry.get_sector(sector)
        own = registry.bodies(sector=found)
        own_ids = {b.id for b in own}
        lines = [r for r in lines if r.subject in own_ids or r.object in own_ids]
        ends = dict.fromkeys(x for r in lines for x in (r.subject, r.object))
        extra = [by_id[i] for i in ends if i not in own_ids]
        bodies = [*own, *extra]
        outside = {b.id for b in extra}
        title = found.names.best(lang)
        home = {}
    reporting = [(r.subject, r.object) for r in lines if r.kind in REPORTING_KINDS]
    level = levels(bodies, reporting)
    nodes = tuple(
        Node(
            body=b,
            level=level[b.id],
            group=group_of(b.kind),
            label="\n".join(textwrap.wrap(b.acronym or b.names.best(lang), LABEL_WIDTH)) or b.id,
            title=_title(b, registry, lang),
            outside=b.id in outside,
            cluster=(home.get(b.id) or "beyond") if sector is None else None,
        )
        for b in bodies
    )
    edges = tuple(
        Edge(
            r,
            r.kind in REPORTING_KINDS,
            f"{by_id[r.subject].label} {r.kind.words} {by_id[r.object].label}"
            + (f" ({r.note})" if r.note else ""),
        )
        for r in lines
    )
    return Chart(title, nodes, edges, clusters)
