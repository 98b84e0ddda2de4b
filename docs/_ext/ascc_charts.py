"""Org charts of the pillar's reporting lines, as Graphviz DOT and inline SVG.

Bodies are placed in rows (levels) by kind: leaders and councils, ministers,
senior officials and committees, the working level, then centres, funds and
other bodies. A body that reports to another is always at least one row below
it, so every reporting line points up. Nodes are labelled with acronyms; the
full name is the node's SVG ``<title>`` (shown on hover) and the chart's
legend table. No Sphinx import here: the module is tested on its own.
"""

from __future__ import annotations

import html
import itertools
import re
import shutil
import subprocess
import textwrap
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ascc_model import REPORTING_KINDS, Body, BodyKind, Relation, RelationKind

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable

    from ascc_model import Registry, Sector

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
    (
        "Centres, funds, platforms, offices and other bodies",
        frozenset(
            {
                BodyKind.CENTRE,
                BodyKind.FOUNDATION,
                BodyKind.FORUM,
                BodyKind.PLATFORM,
                BodyKind.DIALOGUE,
                BodyKind.CONSORTIUM,
                BodyKind.AWARD,
                BodyKind.FUND,
                BodyKind.OFFICE,
                BodyKind.SECRETARIAT_DIVISION,
                BodyKind.NATIONAL_ORGANISATION,
            }
        ),
    ),
)
#: Fill and text colour of each group (a blue ramp, darkest at the top; grey for the rest).
COLOURS: tuple[tuple[str, str], ...] = (
    ("#16325c", "#ffffff"),
    ("#2f5da8", "#ffffff"),
    ("#a8c5ee", "#0b1a33"),
    ("#dce8f8", "#0b1a33"),
    ("#ececec", "#1a1a1a"),
)
OUTSIDE_FILL = "#ffffff"
_FONT = "Helvetica,Arial,sans-serif"
_LABEL_WIDTH = 18
_CLUSTER_LABEL_WIDTH = 30


def group_of(kind: BodyKind) -> int:
    """The row group of a body kind (0 at the top)."""
    for index, (_name, kinds) in enumerate(GROUPS):
        if kind in kinds:
            return index
    return len(GROUPS) - 1


def kind_words(kind: BodyKind | RelationKind) -> str:
    """A kind as words: ``senior_officials`` is "senior officials"."""
    return kind.value.replace("co_", "co-").replace("_", " ")


@dataclass
class Chart:
    """A chart ready to render: its DOT source, and the text of each SVG ``<title>``."""

    dot: str
    titles: dict[str, str] = field(default_factory=dict)
    nodes: list[Body] = field(default_factory=list)
    outside: set[str] = field(default_factory=set)

    def svg(self, *, standalone: bool = False) -> str:
        """The chart as an inline ``<svg>`` element, or a file (needs Graphviz's ``dot``)."""
        return render_svg(self.dot, self.titles, standalone=standalone)


def levels(bodies: Iterable[Body], lines: Iterable[tuple[str, str]]) -> dict[str, int]:
    """The row of each body: its kind's group, pushed below every body it reports to.

    Bodies of the last group (centres, funds, offices, ...) that report to
    another body sit just below it instead.

    ``lines`` holds (child id, parent id) pairs. A cycle cannot push a body
    down forever: rows stop at the number of bodies.
    """
    bodies = list(bodies)
    lines = list(lines)
    children = {c for c, _p in lines}
    last = len(GROUPS) - 1
    # Kinds outside the hierarchy (centres, offices, ...) sit just below what they
    # report to; with no reporting line they go to the bottom row.
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


def _quote(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _label(body: Body) -> str:
    return "\n".join(textwrap.wrap(body.label, _LABEL_WIDTH)) or body.id


def spelled_name(body: Body, registry: Registry | None = None) -> str:
    """A body's name, spelled out for a plus-format body named only by its acronym.

    ``AMCA+3`` becomes its base body's name with its partners, when ``registry``
    is given.
    """
    name = body.names.best()
    if registry is not None and body.base and name == body.acronym:
        base = registry.get_body(body.base).names.best()
        name = f"{base} with {', '.join(body.partners)}" if body.partners else base
    return name


def full_name(body: Body, registry: Registry | None = None) -> str:
    """What a node's tooltip says: the (spelled-out) name, the acronym and the kind."""
    name = spelled_name(body, registry)
    if body.acronym and body.acronym != name:
        name = f"{name} ({body.acronym})"
    return f"{name}: {kind_words(body.kind)}"


def _node_id(body_id: str) -> str:
    return "n_" + body_id.replace("-", "_")


def _attrs(**values: str | float) -> str:
    return ", ".join(
        f"{k}={_quote(v) if isinstance(v, str) else v}" for k, v in values.items() if v != ""
    )


def _node(body: Body, *, outside: bool, url: str, tooltip: str) -> str:
    fill, ink = COLOURS[group_of(body.kind)]
    style = "rounded,filled"
    if outside:
        fill, ink, style = OUTSIDE_FILL, "#1a1a1a", "rounded,filled,dashed"
    return (
        f"  {_node_id(body.id)} ["
        + _attrs(
            label=_label(body),
            id=_node_id(body.id),
            tooltip=tooltip,
            URL=url,
            target="_top",
            style=style,
            fillcolor=fill,
            fontcolor=ink,
            color="#4a4a4a" if outside else fill,
        )
        + "];"
    )


def _graph_header(name: str, *, rankdir: str) -> list[str]:
    return [
        f"digraph {_quote(name)} {{",
        "  graph ["
        + _attrs(
            rankdir=rankdir,
            newrank="true",
            nodesep=0.18 if rankdir == "LR" else 0.22,
            ranksep=0.35 if rankdir == "LR" else 0.5,
            fontname=_FONT,
            bgcolor="transparent",
            pad=0.2,
            tooltip=name,
        )
        + "];",
        "  node ["
        + _attrs(shape="box", fontname=_FONT, fontsize=12, margin="0.1,0.05", penwidth=1.2)
        + "];",
        "  edge [" + _attrs(fontname=_FONT, fontsize=9, color="#333333", arrowsize=0.7) + "];",
    ]


def _ranks(level: dict[str, int], members: Iterable[str]) -> list[str]:
    """Rows of equal rank, held in order by an invisible spine of one node per row."""
    rows: dict[int, list[str]] = {}
    for body_id in members:
        rows.setdefault(level[body_id], []).append(_node_id(body_id))
    lines = []
    spine = [f"row_{row}" for row in sorted(rows)]
    for name, (_row, ids) in zip(spine, sorted(rows.items()), strict=True):
        lines.append(f"  {name} [" + _attrs(style="invis", label="", width=0.01) + "];")
        lines.append("  { rank=same; " + "; ".join([name, *ids]) + "; }")
    lines += [f"  {a} -> {b} [style=invis];" for a, b in itertools.pairwise(spine)]
    return lines


def sector_chart(registry: Registry, sector: Sector, url: Callable[[Body], str]) -> Chart:
    """The chart of one sector: its bodies and reporting lines.

    Bodies beyond the sector at the other end of a reporting line are drawn too,
    with a dashed outline.
    """
    own = registry.bodies(sector=sector)
    own_ids = {b.id for b in own}
    by_id = {b.id: b for b in registry.bodies()}
    reporting = [
        r
        for r in registry.relations()
        if r.kind in REPORTING_KINDS and (r.subject in own_ids or r.object in own_ids)
    ]
    extra = [
        by_id[i]
        for i in dict.fromkeys(x for r in reporting for x in (r.subject, r.object))
        if i not in own_ids
    ]
    nodes = [*own, *extra]
    chart = Chart("", nodes=nodes, outside={b.id for b in extra})
    level = levels(nodes, [(r.subject, r.object) for r in reporting])
    lines = _graph_header(sector.names.best(), rankdir="TB")
    chart.titles.update({_node_id(b.id): full_name(b, registry) for b in nodes})
    lines += [
        _node(b, outside=b.id in chart.outside, url=url(b), tooltip=chart.titles[_node_id(b.id)])
        for b in nodes
    ]
    lines += _ranks(level, (b.id for b in nodes))
    lines += _edges(chart, by_id, reporting)
    lines.append("}")
    chart.dot = "\n".join(lines) + "\n"
    return chart


def pillar_chart(
    registry: Registry, url: Callable[[Body], str], sector_url: Callable[[Sector], str]
) -> Chart:
    """The chart of the whole pillar: every body of its sectors, one box per sector.

    Every reporting line is drawn, and the bodies beyond the sectors that the
    pillar's bodies report to, in a dashed box of their own.
    """
    by_id = {b.id: b for b in registry.bodies()}
    reporting = [r for r in registry.relations() if r.kind in REPORTING_KINDS]
    home: dict[str, str] = {}
    for body in registry.bodies():
        if body.sectors:
            home[body.id] = body.sectors[0]
    linked = dict.fromkeys(x for r in reporting for x in (r.subject, r.object))
    extra = [by_id[i] for i in linked if i not in home]
    nodes = [b for b in registry.bodies() if b.id in home] + extra
    chart = Chart("", nodes=nodes, outside={b.id for b in extra})
    level = levels(nodes, [(r.subject, r.object) for r in reporting])
    pillar = registry.pillar
    title = pillar.names.best() if pillar is not None else "The pillar"
    lines = _graph_header(title, rankdir="LR")
    # In a left-to-right layout dot stacks clusters bottom-up in declaration order.
    for index, sector in reversed(list(enumerate(registry.sectors()))):
        members = [b for b in nodes if home.get(b.id) == sector.id]
        lines.append(f"  subgraph cluster_{index} {{")
        lines.append(
            "    graph ["
            + _attrs(
                label="\n".join(textwrap.wrap(sector.names.best(), _CLUSTER_LABEL_WIDTH)),
                URL=sector_url(sector),
                target="_top",
                tooltip=sector.names.best(),
                style="rounded",
                color="#9aa7b8",
                fontsize=13,
                labeljust="l",
            )
            + "];"
        )
        lines += [
            "  " + _node(b, outside=False, url=url(b), tooltip=full_name(b, registry))
            for b in members
        ]
        lines.append("  }")
    if extra:
        lines.append("  subgraph cluster_outside {")
        lines.append(
            "    graph ["
            + _attrs(
                label="Beyond the pillar's\nsectors",
                style="rounded,dashed",
                color="#9aa7b8",
                fontsize=13,
                labeljust="l",
            )
            + "];"
        )
        lines += [
            "  " + _node(b, outside=True, url=url(b), tooltip=full_name(b, registry)) for b in extra
        ]
        lines.append("  }")
    lines += _ranks(level, (b.id for b in nodes))
    lines += _edges(chart, by_id, reporting)
    lines.append("}")
    chart.dot = "\n".join(lines) + "\n"
    chart.titles.update({_node_id(b.id): full_name(b, registry) for b in nodes})
    return chart


def _edges(chart: Chart, by_id: dict[str, Body], reporting: Iterable[Relation]) -> list[str]:
    lines = []
    for index, relation in enumerate(reporting):
        edge_id = f"e_{index}"
        child, parent = by_id[relation.subject], by_id[relation.object]
        # Drawn parent -> child so the parent ranks above; the arrow points at the parent.
        lines.append(
            f"  {_node_id(parent.id)} -> {_node_id(child.id)} ["
            + _attrs(id=edge_id, dir="back", arrowtail="normal", penwidth=1.3)
            + "];"
        )
        chart.titles[edge_id] = f"{child.label} {kind_words(relation.kind)} {parent.label}"
    return lines


class GraphvizError(RuntimeError):
    """``dot`` is missing, failed, or warned."""


_TITLE = re.compile(r'(<g id="([a-z0-9_]+)" class="(?:node|edge|graph)">\s*<title>)(.*?)(</title>)')


def render_svg(dot: str, titles: dict[str, str], *, standalone: bool = False) -> str:
    """Run ``dot -Tsvg`` and return an ``<svg>`` element to inline in HTML.

    Each node's and edge's ``<title>`` (shown on hover) becomes its full
    text. The XML prologue is dropped unless ``standalone`` (a file of its own).

    Raises:
        GraphvizError: ``dot`` is not installed, fails, or prints a warning.
    """
    executable = shutil.which("dot")
    if executable is None:
        msg = (
            "Graphviz's `dot` is needed to draw the org charts: install Graphviz "
            "(Debian/Ubuntu: apt-get install graphviz; macOS: brew install graphviz)"
        )
        raise GraphvizError(msg)
    done = subprocess.run(  # noqa: S603 - a fixed executable, our own DOT text on stdin
        [executable, "-Tsvg"], input=dot, capture_output=True, text=True, check=False
    )
    if done.returncode != 0 or done.stderr.strip():
        msg = f"dot failed ({done.returncode}): {done.stderr.strip()}"
        raise GraphvizError(msg)
    svg = done.stdout if standalone else done.stdout[done.stdout.index("<svg") :]
    svg = re.sub(r"<!--.*?-->\n?", "", svg, flags=re.DOTALL)

    def retitle(match: re.Match[str]) -> str:
        text = titles.get(match[2])
        if text is None:
            return match[0]
        return match[1] + html.escape(text, quote=False) + match[4]

    svg = _TITLE.sub(retitle, svg)
    return svg.strip() + "\n"
