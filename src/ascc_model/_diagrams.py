"""Graphviz DOT and Mermaid flowchart text of an org chart (:mod:`ascc_model._charts`).

Both draw the same chart: boxes in rows by level, coloured by row group, with
a key; reporting lines solid and pointing up to the body reported to, other
lines dashed and labelled with their kind. Text from the data is escaped so
that it cannot change the diagram: DOT strings are quoted (never HTML-like),
control characters dropped and long labels shortened (the full text stays in
the tooltip); Mermaid labels use entity codes for everything Mermaid reads as
syntax, and comments cannot open a directive.
"""

from __future__ import annotations

import itertools
import re
import textwrap
from typing import TYPE_CHECKING

from ._charts import COLOURS, GROUPS, OUTSIDE_FILL, Chart, chart
from ._json import chosen
from ._model import RelationKind

if TYPE_CHECKING:
    from collections.abc import Callable

    from ._charts import Node
    from ._model import Body, Sector
    from ._registry import Registry

__all__ = ["dot_source", "mermaid_id", "to_dot", "to_mermaid"]

_FONT = "Helvetica,Arial,sans-serif"
#: A box's label is shortened to this many characters (with "…"); the tooltip keeps more.
MAX_LABEL_CHARS = 120
#: A tooltip is shortened to this many characters: Graphviz refuses a string of over 16,384.
MAX_TOOLTIP_CHARS = 8_000
# What XML 1.0 (and so SVG) cannot hold, and what would move the cursor in a terminal.
_UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ufffe\uffff\ud800-\udfff]")


def clean(text: str) -> str:
    """Text with the characters no diagram should carry replaced by U+FFFD."""
    return _UNSAFE.sub("\ufffd", text.replace("\r\n", "\n").replace("\r", "\n"))


def _quote(text: str) -> str:
    escaped = clean(text).replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
    return f'"{escaped}"'


def _shorten(text: str, limit: int = MAX_LABEL_CHARS) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "\u2026"


def _attrs(**values: str | float) -> str:
    return ", ".join(
        f"{k}={_quote(v) if isinstance(v, str) else v}" for k, v in values.items() if v != ""
    )


def node_id(body_id: str) -> str:
    """The ``id`` attribute of a body's box, as the SVG shows it: ``n_`` and the id."""
    return "n_" + "".join(c if c.isascii() and c.isalnum() else "_" for c in body_id)


def _node(node: Node, url: str, indent: str) -> str:
    fill, ink = COLOURS[node.group]
    style = "rounded,filled"
    if node.outside:
        fill, ink, style = OUTSIDE_FILL, "#1a1a1a", "rounded,filled,dashed"
    return (
        f"{indent}{_quote(node.body.id)} ["
        + _attrs(
            id=node_id(node.body.id),
            label=_shorten(node.label),
            tooltip=_shorten(node.title, MAX_TOOLTIP_CHARS),
            URL=url,
            target="_top" if url else "",
            style=style,
            fillcolor=fill,
            fontcolor=ink,
            color="#4a4a4a" if node.outside else fill,
        )
        + "];"
    )


def dot_source(drawn: Chart, *, url: Callable[[Body], str] | None = None, key: bool = True) -> str:
    """The DOT text of a chart; ``url`` links each box, ``key`` adds the colour key."""
    whole = bool(drawn.clusters)
    rankdir = "LR" if whole else "TB"  # a whole chart: sectors stacked, levels left to right
    lines = [
        f"digraph {_quote(drawn.title)} {{",
        "  graph ["
        + _attrs(
            rankdir=rankdir,
            newrank="true",
            nodesep=0.18 if whole else 0.22,
            ranksep=0.35 if whole else 0.5,
            fontname=_FONT,
            bgcolor="transparent",
            pad=0.2,
            tooltip=drawn.title,
        )
        + "];",
        "  node ["
        + _attrs(shape="box", fontname=_FONT, fontsize=12, margin="0.1,0.05", penwidth=1.2)
        + "];",
        "  edge [" + _attrs(fontname=_FONT, fontsize=9, color="#333333", arrowsize=0.7) + "];",
    ]

    def link(node: Node) -> str:
        return "" if url is None else url(node.body)

    if whole:
        for index, (ident, title) in enumerate(drawn.clusters):
            members = [n for n in drawn.nodes if n.cluster == ident]
            if not members:
                continue
            lines.append(f"  subgraph cluster_{index} {{")
            lines.append(
                "    graph ["
                + _attrs(label=title, style="rounded", color="#9aa7b8", fontsize=13, labeljust="l")
                + "];"
            )
            lines += [_node(n, link(n), "    ") for n in members]
            lines.append("  }")
    else:
        lines += [_node(n, link(n), "  ") for n in drawn.nodes]
    lines += _ranks(drawn)
    lines += _edges(drawn)
    if key:
        lines += _key(drawn)
    lines.append("}")
    return "\n".join(lines) + "\n"


def _ranks(drawn: Chart) -> list[str]:
    """Rows of equal rank, held in order by an invisible spine of one node per row."""
    rows: dict[int, list[str]] = {}
    for node in drawn.nodes:
        rows.setdefault(node.level, []).append(_quote(node.body.id))
    lines = []
    spine = [f"row_{row}" for row in sorted(rows)]
    for name, (_row, ids) in zip(spine, sorted(rows.items()), strict=True):
        lines.append(f"  {name} [" + _attrs(style="invis", label="", width=0.01) + "];")
        lines.append("  { rank=same; " + "; ".join([name, *ids]) + "; }")
    lines += [f"  {a} -> {b} [style=invis];" for a, b in itertools.pairwise(spine)]
    return lines


def _edges(drawn: Chart) -> list[str]:
    lines = []
    for index, edge in enumerate(drawn.edges):
        relation = edge.relation
        child, other = _quote(relation.subject), _quote(relation.object)
        if edge.reporting:
            # Drawn parent -> child so the parent ranks above; the arrow points at the parent.
            attributes = _attrs(
                id=f"e_{index}",
                dir="back",
                arrowtail="normal",
                penwidth=1.3,
                label="" if relation.kind is RelationKind.REPORTS_TO else relation.kind.words,
                tooltip=_shorten(edge.title, MAX_TOOLTIP_CHARS),
            )
            lines.append(f"  {other} -> {child} [{attributes}];")
        else:
            attributes = _attrs(
                id=f"e_{index}",
                # An external label: a flat edge (both ends on one row) with a label of its
                # own makes Graphviz 2.43 lose the edge ("Pshortestpath failed").
                xlabel=relation.kind.words,
                style="dashed",
                color="gray45",
                fontcolor="gray45",
                constraint="false",
                tooltip=_shorten(edge.title, MAX_TOOLTIP_CHARS),
            )
            lines.append(f"  {child} -> {other} [{attributes}];")
    return lines


def _key(drawn: Chart) -> list[str]:
    """A key of the colours, one box per group drawn, stacked in a cluster of its own."""
    entries = [
        (f"key_{g}", GROUPS[g][0], COLOURS[g][0], COLOURS[g][1], "rounded,filled")
        for g in drawn.groups()
    ]
    if any(n.outside for n in drawn.nodes):
        entries.append(
            ("key_outside", "a body beyond this sector", OUTSIDE_FILL, "#1a1a1a", "rounded,dashed")
        )
    lines = ["  subgraph cluster_key {"]
    lines.append("    graph [" + _attrs(label="Key", style="rounded", color="#9aa7b8") + "];")
    for name, label, fill, ink, style in entries:
        outline = "#4a4a4a" if "dashed" in style else fill
        attributes = _attrs(
            label="\n".join(textwrap.wrap(label, 28)),
            style=style,
            fillcolor=fill,
            fontcolor=ink,
            color=outline,
            fontsize=10,
        )
        lines.append(f"    {name} [{attributes}];")
    names = [e[0] for e in entries]
    if drawn.clusters:  # levels run left to right: one column is one rank
        lines.append("    { rank=same; " + "; ".join(names) + "; }")
    else:
        lines += [f"    {a} -> {b} [style=invis];" for a, b in itertools.pairwise(names)]
    lines.append("  }")
    return lines


def to_dot(
    registry: Registry | None = None,
    *,
    sector: str | Sector | None = None,
    lang: str = "en",
    reporting_only: bool = False,
) -> str:
    """Graphviz DOT of the bodies and the lines between them, parents above, with a key.

    Boxes are labelled with acronyms (the name where there is none), coloured by
    level (ministers, senior officials, working level, ...) and carry the full
    name, in ``lang``, as a tooltip. Reporting lines are solid arrows pointing up
    to the body reported to (``assists`` and ``subsidiary of`` are labelled); the
    other lines are dashed, grey, labelled with their kind and do not shape the
    hierarchy. The whole registry is drawn one box of bodies per sector, levels
    from left to right; a sector top to bottom. Render with ``dot -Tsvg``.

    Args:
        registry: A registry to export; the packaged data's when ``None``.
        sector: Only this sector (its id, name or record) and what its records refer to.
        lang: The language of names: ``"en"`` or ``"id"``.
        reporting_only: Draw only reporting lines (reports to, assists, subsidiary of).

    >>> import ascc_model
    >>> print(ascc_model.to_dot(sector="women-children"), end="")
    digraph "ASEAN Cooperation on Women's Empowerment and Child Protection" {
    ...
      "acwc" [id="n_acwc", label="ACWC", tooltip="ASEAN Commission on the Promotion ...", ...];
    ...
      "ammswd" -> "acwc" [id="e_1", dir="back", ..., tooltip="ACWC reports to AMMSWD (...)"];
    ...
    }
    """
    reg = chosen(registry, None)
    drawn = chart(reg, sector=sector, reporting_only=reporting_only, lang=lang)
    return dot_source(drawn)


def mermaid_id(ident: str) -> str:
    """A Mermaid node id for a record id: ``n_`` and the id with ``-`` as ``_``.

    Ids are slugs (``a-z``, ``0-9``, ``-``), so this is one-to-one, and the
    prefix keeps ids such as ``end`` from clashing with Mermaid keywords.

    >>> mermaid_id("som-ed")
    'n_som_ed'
    """
    return node_id(ident)


_MERMAID_CODES = {
    '"': "#quot;",
    "#": "#35;",
    "<": "#lt;",
    ">": "#gt;",
    "&": "#amp;",
    "`": "#96;",
    "%": "#37;",
    "{": "#123;",
    "}": "#125;",
    "|": "#124;",
}


def _mermaid_text(text: str) -> str:
    # Entity codes for what Mermaid would read as syntax, HTML, markdown or a directive.
    flat = " ".join(clean(text).split())
    return "".join(_MERMAID_CODES.get(c, c) for c in flat)


def to_mermaid(
    registry: Registry | None = None,
    *,
    sector: str | Sector | None = None,
    lang: str = "en",
    reporting_only: bool = False,
) -> str:
    """Mermaid flowchart text of the bodies and the lines between them, parents above.

    Boxes are labelled with acronyms (the name where there is none) and coloured
    by level, as in :func:`to_dot`; a comment before each box gives its id and
    full name in ``lang`` (Mermaid has no tooltip without a click action).
    Reporting lines are solid arrows (``assists`` and ``subsidiary of``
    labelled), the others dotted and labelled with their kind. The whole
    registry is drawn one subgraph per sector.

    Args:
        registry: A registry to export; the packaged data's when ``None``.
        sector: Only this sector (its id, name or record) and what its records refer to.
        lang: The language of names: ``"en"`` or ``"id"``.
        reporting_only: Draw only reporting lines (reports to, assists, subsidiary of).

    >>> import ascc_model
    >>> print(ascc_model.to_mermaid(sector="women-children"), end="")
    flowchart BT
    ...
      %% acwc: ASEAN Commission on the Promotion and Protection of the Rights of ...
      n_acwc["ACWC"]
    ...
      n_acwc --> n_ammswd
      n_acw -.->|member of| n_adrp
    ...
    """
    reg = chosen(registry, None)
    drawn = chart(reg, sector=sector, reporting_only=reporting_only, lang=lang)
    lines = ["flowchart BT"]

    def box(node: Node, indent: str) -> list[str]:
        return [
            f"{indent}%% {node.body.id}: {_mermaid_text(node.title)}",
            f'{indent}{mermaid_id(node.body.id)}["{_mermaid_text(_shorten(node.label))}"]',
        ]

    if drawn.clusters:
        for index, (ident, title) in enumerate(drawn.clusters):
            members = [n for n in drawn.nodes if n.cluster == ident]
            if members:
                lines.append(f'  subgraph s_{index}["{_mermaid_text(title)}"]')
                for node in members:
                    lines += box(node, "    ")
                lines.append("  end")
    else:
        for node in drawn.nodes:
            lines += box(node, "  ")
    for edge in drawn.edges:
        relation = edge.relation
        arrow = "-->" if edge.reporting else "-.->"
        if relation.kind is not RelationKind.REPORTS_TO:
            arrow += f"|{relation.kind.words}|"
        lines.append(f"  {mermaid_id(relation.subject)} {arrow} {mermaid_id(relation.object)}")
    lines += _mermaid_classes(drawn)
    return "\n".join(lines) + "\n"


def _mermaid_classes(drawn: Chart) -> list[str]:
    """The colours of the boxes, as in DOT: one class per row group, and one for outsiders."""
    lines = []
    for group in sorted({n.group for n in drawn.nodes}):
        fill, ink = COLOURS[group]
        lines.append(f"  classDef g{group} fill:{fill},color:{ink},stroke:{fill}")
        ids = [mermaid_id(n.body.id) for n in drawn.nodes if n.group == group and not n.outside]
        if ids:
            lines.append(f"  class {','.join(ids)} g{group}")
    outside = [mermaid_id(n.body.id) for n in drawn.nodes if n.outside]
    if outside:
        lines.append(f"  classDef beyond fill:{OUTSIDE_FILL},stroke-dasharray:4 3")
        lines.append(f"  class {','.join(outside)} beyond")
    return lines
