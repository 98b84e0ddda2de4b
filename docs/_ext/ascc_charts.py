"""The data pages' org charts: the library's chart and DOT, rendered to inline SVG.

Which bodies a chart holds, their rows, colours, labels and titles are the
library's (:func:`ascc_model._charts.chart`), and so is its DOT text
(:func:`ascc_model._diagrams.dot_source`, what ``ascc-model export --format dot``
writes), without its key: the pages draw the key in HTML. This module runs
``dot -Tsvg`` and puts each box's and line's full title into its SVG
``<title>`` (what a browser shows on hover); in the whole pillar's chart it also
links each sector's box to the sector's page. No Sphinx import here: the module
is tested on its own.
"""

from __future__ import annotations

import html
import re
import shutil
import subprocess
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ascc_model._charts import Chart, chart
from ascc_model._diagrams import dot_source, node_id

if TYPE_CHECKING:
    from collections.abc import Callable

    from ascc_model import Body, Registry, Sector


class GraphvizError(RuntimeError):
    """``dot`` is missing, failed, or warned."""


@dataclass(frozen=True)
class Drawn:
    """A chart with its DOT text, ready to render; ``cluster_urls`` links sector boxes."""

    chart: Chart
    dot: str
    cluster_urls: tuple[str, ...] = ()

    def titles(self) -> dict[str, str]:
        """The full title of each SVG element by its ``id``: boxes, then lines."""
        found = {node_id(n.body.id): n.title for n in self.chart.nodes}
        found |= {f"e_{index}": edge.title for index, edge in enumerate(self.chart.edges)}
        return found

    def svg(self, *, standalone: bool = False) -> str:
        """The chart as an inline ``<svg>`` element, or as a file (needs Graphviz's ``dot``)."""
        return render_svg(
            self.dot,
            self.titles(),
            clusters=tuple(
                zip(self.cluster_urls, (t for _i, t in self.chart.clusters), strict=True)
            ),
            standalone=standalone,
        )


def sector_chart(registry: Registry, sector: Sector, url: Callable[[Body], str]) -> Drawn:
    """The chart of one sector's reporting lines, each box linked to ``url(body)``.

    Bodies beyond the sector at the other end of a line are drawn dashed.
    """
    drawn = chart(registry, sector=sector, reporting_only=True)
    return Drawn(drawn, dot_source(drawn, url=url, key=False))


def pillar_chart(
    registry: Registry, url: Callable[[Body], str], sector_url: Callable[[str], str]
) -> Drawn:
    """The chart of every body and reporting line, one box per sector, linked to its page.

    ``sector_url`` takes the id of a cluster (a sector's id, or ``"beyond"`` for the
    bodies of no sector) and gives its link, or ``""`` for none.
    """
    drawn = chart(registry, reporting_only=True)
    urls = tuple(sector_url(ident) for ident, _title in drawn.clusters)
    return Drawn(drawn, dot_source(drawn, url=url, key=False), urls)


_TITLE = re.compile(r'(<g id="([a-z0-9_]+)" class="(?:node|edge)">\s*<title>)(.*?)(</title>)')
# A cluster's group: its title (cluster_N, N its place in Chart.clusters), then its link.
_CLUSTER = re.compile(
    r'(<g id="clust\d+" class="cluster">\s*<title>)cluster_(\d+)(</title>\s*<g id="a_clust\d+">)'
    r'<a xlink:title="[^"]*">'
)


def render_svg(
    dot: str,
    titles: dict[str, str],
    *,
    clusters: tuple[tuple[str, str], ...] = (),
    standalone: bool = False,
) -> str:
    """Run ``dot -Tsvg`` and return an ``<svg>`` element to inline in HTML.

    Each node's and edge's ``<title>`` (shown on hover) becomes its entry in
    ``titles``, by element id; cluster ``N`` gets the link and title
    ``clusters[N]`` (no link where the link is ``""``). The XML prologue is
    dropped unless ``standalone`` (a file of its own).

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
    done = subprocess.run(  # noqa: S603 - a fixed executable, the library's DOT text on stdin
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

    def relink(match: re.Match[str]) -> str:
        index = int(match[2])
        if index >= len(clusters):
            return match[0]
        url, title = clusters[index]
        link = f' xlink:href="{html.escape(url)}" target="_top"' if url else ""
        return (
            match[1]
            + html.escape(title, quote=False)
            + match[3]
            + f'<a{link} xlink:title="{html.escape(title)}">'
        )

    svg = _CLUSTER.sub(relink, _TITLE.sub(retitle, svg))
    return svg.strip() + "\n"
