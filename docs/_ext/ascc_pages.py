"""The data reference: one Markdown page per sector and one for the pillar, from the registry.

Every fact on these pages is read from the packaged data at build time; the
pages are written into ``docs/data/`` (not committed) before Sphinx reads the
sources. No Sphinx import here: the module is tested on its own.
"""

from __future__ import annotations

import html
from typing import TYPE_CHECKING, Any

from ascc_charts import (
    COLOURS,
    GROUPS,
    Chart,
    group_of,
    kind_words,
    pillar_chart,
    sector_chart,
    spelled_name,
)

from ascc_model import REPORTING_KINDS

if TYPE_CHECKING:
    from collections.abc import Iterable, Sequence

    from ascc_model import (
        Body,
        Citation,
        Erratum,
        Figure,
        Instrument,
        Names,
        Plan,
        Programme,
        Registry,
        Relation,
        Sector,
    )

PILLAR_PAGE = "pillar"


# -- Markdown helpers -------------------------------------------------------------------


def md(text: str | None) -> str:
    """Plain text made safe for Markdown (inline, one line, inside a table)."""
    if text is None:
        return ""
    escaped = "".join("\\" + c if c in "\\`*_[]<>|#$" else c for c in text)
    return " ".join(escaped.split())


def esc(text: str) -> str:
    """Plain text made safe for raw HTML."""
    return html.escape(text, quote=True)


def anchor(kind: str, ident: str) -> str:
    """The id of a record's anchor: ``body-acwc``, ``plan-...``; errata keep their ids."""
    return ident if ident.startswith(f"{kind}-") else f"{kind}-{ident}"


def table(header: Sequence[str], rows: Iterable[Sequence[str]]) -> str:
    """A Markdown pipe table; ``rows`` hold cells already formatted."""
    lines = ["| " + " | ".join(header) + " |", "|" + " --- |" * len(header)]
    lines += ["| " + " | ".join(cell or " " for cell in row) + " |" for row in rows]
    return "\n".join(lines) + "\n"


def facts(rows: Iterable[Sequence[str]]) -> str:
    """A two-column table of labelled facts, without a header row; empty facts left out."""
    lines = ["```{list-table}", ":class: ascc-facts", ":align: left", ""]
    for label, value in rows:
        if value:
            lines += [f"* - {label}", f"  - {value}"]
    return "\n".join([*lines, "```"]) + "\n"


def raw_html(text: str) -> str:
    """A block of raw HTML (shown by the HTML builder only)."""
    return "```{raw} html\n" + text.rstrip("\n") + "\n```\n"


class Site:
    """Where each record is shown, and the text of each page."""

    def __init__(self, registry: Registry) -> None:
        self.reg = registry
        self.pillar_svg_standalone = ""
        self.bodies = {b.id: b for b in registry.bodies()}
        self.sectors = {s.id: s for s in registry.sectors()}
        self.plans = {p.id: p for p in registry.plans()}
        self.single_source = len(registry.sources()) == 1
        # The page of each record id: a sector's id, or the pillar page.
        self.home: dict[str, str] = {}
        for body in registry.bodies():
            self.home[body.id] = body.sectors[0] if body.sectors else PILLAR_PAGE
        for plan in registry.plans():
            pages = self.plan_pages(plan)
            self.home[plan.id] = pages[0] if pages else PILLAR_PAGE
        for record in (*registry.instruments(), *registry.programmes()):
            self.home[record.id] = record.sectors[0] if record.sectors else PILLAR_PAGE
        for figure in registry.figures():
            self.home[figure.id] = figure.sector or PILLAR_PAGE

    # -- which records go on which page -------------------------------------------------

    def plan_pages(self, plan: Plan) -> list[str]:
        """The sector pages a plan belongs on: those of its holders."""
        pages: list[str] = []
        for holder in plan.holders:
            if holder in self.sectors:
                pages.append(holder)
            elif holder in self.bodies:
                pages.extend(self.bodies[holder].sectors)
        return list(dict.fromkeys(pages))

    def page_records(self, page: str) -> dict[str, list[Any]]:
        """The records shown on a page (a sector id or the pillar page), by kind."""
        reg = self.reg
        if page == PILLAR_PAGE:
            bodies = [b for b in reg.bodies() if not b.sectors]
            plans = [p for p in reg.plans() if not self.plan_pages(p)]
            instruments = [i for i in reg.instruments() if not i.sectors]
            programmes = [p for p in reg.programmes() if not p.sectors]
            figures = [f for f in reg.figures() if f.sector is None]
        else:
            bodies = list(reg.bodies(sector=page))
            plans = [p for p in reg.plans() if page in self.plan_pages(p)]
            instruments = [i for i in reg.instruments() if page in i.sectors]
            programmes = [p for p in reg.programmes() if page in p.sectors]
            figures = [f for f in reg.figures() if f.sector == page]
        body_ids = {b.id for b in bodies}
        relations = [r for r in reg.relations() if r.subject in body_ids or r.object in body_ids]
        ids = {page, *body_ids, *(r.id for r in (*plans, *instruments, *programmes, *figures))}
        if page == PILLAR_PAGE:
            ids |= {p.id for p in reg.pillars()}
            shown = {i for s in reg.sectors() for i in self._ids_on(s.id)}
            errata = [e for e in reg.errata() if ids & set(e.records) or not shown & set(e.records)]
        else:
            errata = [e for e in reg.errata() if ids & set(e.records)]
        return {
            "bodies": bodies,
            "relations": relations,
            "plans": plans,
            "instruments": instruments,
            "programmes": programmes,
            "figures": figures,
            "errata": errata,
        }

    def _ids_on(self, sector_id: str) -> set[str]:
        reg = self.reg
        return {
            sector_id,
            *(b.id for b in reg.bodies(sector=sector_id)),
            *(p.id for p in reg.plans() if sector_id in self.plan_pages(p)),
            *(i.id for i in reg.instruments() if sector_id in i.sectors),
            *(p.id for p in reg.programmes() if sector_id in p.sectors),
            *(f.id for f in reg.figures() if f.sector == sector_id),
        }

    # -- links and small pieces -------------------------------------------------------------

    def href(self, kind: str, ident: str, page: str) -> str:
        """A link from ``page`` to a record's anchor (same folder, HTML builder)."""
        target = self.home.get(ident, PILLAR_PAGE)
        fragment = "#" + anchor(kind, ident)
        return fragment if target == page else f"{target}.html{fragment}"

    def body_link(self, body_id: str, page: str) -> str:
        """An HTML link to a body's entry, labelled with its acronym, titled with its name."""
        body = self.bodies[body_id]
        return (
            f'<a href="{esc(self.href("body", body_id, page))}" '
            f'title="{esc(body.names.best())}">{esc(body.label)}</a>'
        )

    def holder_link(self, holder: str, page: str) -> str:
        """A link to a plan's holder: a body, a sector or the pillar."""
        if holder in self.bodies:
            return self.body_link(holder, page)
        if holder in self.sectors:
            return f"[{md(self.sectors[holder].names.best())}]({holder}.md)"
        pillar = self.reg.pillar
        if pillar is not None and holder == pillar.id:
            return f"[{md(pillar.names.best())}]({PILLAR_PAGE}.md)"
        return f"`{holder}`"

    def plan_link(self, plan_id: str, page: str) -> str:
        """An HTML link to a plan's entry, labelled with its title."""
        plan = self.plans[plan_id]
        return f'<a href="{esc(self.href("plan", plan_id, page))}">{esc(plan.title.best())}</a>'

    def cite(self, sources: Iterable[Citation]) -> str:
        """Cited lines: ``18, 20`` (with the source's id where there are several sources)."""
        return ", ".join(str(c.line) if self.single_source else str(c) for c in sources)

    # -- pages ---------------------------------------------------------------------------------

    def sector_page(self, sector: Sector) -> str:
        """The Markdown page of one sector."""
        page = sector.id
        records = self.page_records(page)
        chart = sector_chart(self.reg, sector, lambda b: self.href("body", b.id, page))
        out = [
            f"# {md(sector.names.best())}",
            "",
            sector.summary and md(sector.summary),
            "",
            facts(self._sector_facts(sector)),
            "## Organisation chart",
            "",
            self._chart(chart, page),
            "## Bodies",
            "",
            self._bodies(records["bodies"], page) if records["bodies"] else "None recorded.\n",
            "## Reporting lines and other relations",
            "",
            self._relations(records["relations"], page),
        ]
        out += self._common(records, page)
        return "\n".join(out)

    def _sector_facts(self, sector: Sector) -> list[list[str]]:
        focal = self.reg.focal_point_for(sector)
        if focal.agencies:
            agencies = "; ".join(
                md(a.names.best("id"))
                + (f" ({md(a.acronym)})" if a.acronym else "")
                + (f", *{md(a.names.en)}*" if a.names.en and a.names.en != a.names.id else "")
                for a in focal.agencies
            )
        else:
            agencies = md(focal.note or "The source names none.")
        rows = [
            ["**Id**", f"`{sector.id}`"],
            ["**English name**", md(sector.names.en)],
            ["**Indonesian name**", md(sector.names.id)],
            ["**Focal point in Indonesia**", agencies],
            ["**Focal point's source lines**", self.cite(sector.focal_point.sources)],
        ]
        if sector.reference_url:
            rows.append(["**Reference**", f"<{sector.reference_url}>"])
        rows.append(["**Source lines of the section**", self.cite(sector.sources)])
        return rows

    def pillar_page(self) -> str:
        """The page of the pillar: its record, the whole chart, and what no sector holds."""
        page = PILLAR_PAGE
        reg = self.reg
        pillar = reg.pillar
        records = self.page_records(page)
        chart = pillar_chart(reg, lambda b: self.href("body", b.id, page), lambda s: f"{s.id}.html")
        # The same chart as a file of its own, opened full size: links name their page.
        self.pillar_svg_standalone = pillar_chart(
            reg, lambda b: self.href("body", b.id, "-"), lambda s: f"{s.id}.html"
        ).svg(standalone=True)
        out: list[str] = []
        if pillar is not None:
            out += [
                f"# {md(pillar.names.best())} ({md(pillar.acronym)})",
                "",
                md(pillar.summary),
                "",
            ]
            rows = [
                ["**Id**", f"`{pillar.id}`"],
                ["**English name**", md(pillar.names.en)],
                ["**Indonesian name**", md(pillar.names.id)],
                [
                    "**Characteristics**",
                    "; ".join(self._both(n) for n in pillar.characteristics),
                ],
                [
                    "**Coordinating bodies**",
                    ", ".join(self.body_link(b, page) for b in pillar.coordinating_bodies),
                ],
                [
                    "**Blueprint**",
                    self.plan_link(pillar.blueprint, page) if pillar.blueprint else "",
                ],
                ["**Source lines**", self.cite(pillar.sources)],
            ]
            out.append(facts(rows))
        else:
            out += ["# The pillar", ""]
        out += [
            "## Chart of the whole pillar",
            "",
            (
                "Every body of the pillar's sectors, one box per sector, with every "
                "reporting line; the bodies beyond the sectors that they report to are in "
                "the dashed box. Levels run from left to right."
            ),
            "",
            self._chart(chart, page, full_size="pillar-chart.svg"),
            "## Bodies beyond the pillar's sectors",
            "",
            (
                "Bodies of other pillars or of ASEAN as a whole that the source names as "
                "partners, members or parents of the pillar's bodies."
            ),
            "",
            self._bodies(records["bodies"], page) if records["bodies"] else "None recorded.\n",
            "## Their relations",
            "",
            self._relations(records["relations"], page),
        ]
        out += self._common(records, page, sources=True)
        return "\n".join(out)

    def index_page(self, version: str) -> str:
        """The data reference's index: the toctree and a table of the sectors."""
        reg = self.reg
        rows = []
        for sector in reg.sectors():
            focal = reg.focal_point_for(sector)
            rows.append(
                [
                    f"[{md(sector.names.best())}]({sector.id}.md)",
                    md(sector.names.id),
                    f"`{sector.id}`",
                    str(len(reg.bodies(sector=sector))),
                    "; ".join(md(a.acronym or a.names.best("id")) for a in focal.agencies)
                    or "none named",
                ]
            )
        toc = "\n".join([PILLAR_PAGE, *(s.id for s in reg.sectors())])
        return "\n".join(
            [
                "# Data reference",
                "",
                (
                    "Generated when these pages were built, from the data packaged with "
                    f"ascc-model {md(version)}: {len(reg.sectors())} sectors, "
                    f"{len(reg.bodies())} bodies, {len(reg.relations())} relations, "
                    f"{len(reg.plans())} plans, {len(reg.errata())} errata. Every fact cites "
                    "the line of the source it stands on; see "
                    "{doc}`../explanation/sources-and-errata`."
                ),
                "",
                "```{toctree}",
                ":hidden:",
                "",
                toc,
                "```",
                "",
                (
                    f"[The pillar]({PILLAR_PAGE}.md) page draws every reporting line of the "
                    "pillar in one chart, and lists the bodies, plans and other records that "
                    "belong to no single sector. Each sector's page has its own chart."
                ),
                "",
                table(
                    ["Sector", "Indonesian name", "Id", "Bodies", "Focal point in Indonesia"],
                    rows,
                ),
            ]
        )

    # -- sections ------------------------------------------------------------------------------

    def _chart(self, chart: Chart, page: str, full_size: str | None = None) -> str:
        groups = sorted({group_of(b.kind) for b in chart.nodes if b.id not in chart.outside})
        key = "".join(
            f'<span class="ascc-key-item"><span class="ascc-swatch" '
            f'style="background:{COLOURS[g][0]}"></span>{esc(GROUPS[g][0])}</span>'
            for g in groups
        )
        if chart.outside:
            key += (
                '<span class="ascc-key-item"><span class="ascc-swatch ascc-swatch-outside">'
                "</span>a body of another sector, or beyond the sectors</span>"
            )
        key += (
            '<span class="ascc-key-item"><span class="ascc-arrow">&#8592;</span>'
            "a reporting line: reports to, assists, or works under</span>"
        )
        link = (
            f'<p class="ascc-full-size"><a href="{esc(full_size)}">Open the chart full size</a>'
            " (hover a box for the full name; click it for the body's entry)</p>"
            if full_size
            else ""
        )
        figure = (
            f'<figure class="ascc-chart" id="chart">\n{chart.svg()}</figure>\n'
            f'<div class="ascc-key">{key}</div>\n{link}'
        )
        legend_rows = []
        for body in chart.nodes:
            where = ""
            if body.id in chart.outside:
                home = self.home[body.id]
                where = (
                    f" (in [{md(self.sectors[home].names.best())}]({home}.md))"
                    if home in self.sectors
                    else " (beyond the pillar's sectors)"
                )
            legend_rows.append(
                [
                    f'<a href="{esc(self.href("body", body.id, page))}">{esc(body.label)}</a>',
                    md(spelled_name(body, self.reg)) + where,
                    md(kind_words(body.kind)),
                ]
            )
        legend = table(["Box", "Full name", "Kind"], legend_rows)
        return raw_html(figure) + "\n" + "**Legend**\n\n" + legend

    def _both(self, names: Names) -> str:
        if names.en and names.id and names.en != names.id:
            return f"{md(names.en)} (*{md(names.id)}*)"
        return md(names.best())

    def _bodies(self, bodies: Sequence[Body], page: str) -> str:
        rows = []
        details = []
        for body in bodies:
            name = md(body.names.en) if body.names.en else ""
            if body.names.id and body.names.id != body.names.en:
                name += ("<br>" if name else "") + f"*{md(body.names.id)}*"
            meets = md(str(body.meets)) if body.meets else ""
            if body.meets and body.meets.note:
                meets += f" ({md(body.meets.note)})"
            target = f'<span id="{anchor("body", body.id)}"></span>'
            rows.append(
                [
                    target + (f"**{md(body.acronym)}**" if body.acronym else ""),
                    name,
                    md(kind_words(body.kind)),
                    meets,
                    md(body.established.display()) if body.established else "",
                    self.cite(body.sources),
                ]
            )
            about = self._about(body, page)
            if about:
                details += [f"{self.body_link(body.id, page)}: {md(body.names.best())}"]
                details += [f": {line}" for line in about]
                details.append("")
        out = table(["Acronym", "Name", "Kind", "Meets", "Established", "Lines"], rows)
        if details:
            out += "\n**About them**\n\n" + "\n".join(details)
        return out

    def _about(self, body: Body, page: str) -> list[str]:
        """What the source says of a body beyond the table's columns, one line each."""
        about = []
        if body.base:
            about.append(
                f"The ASEAN body {self.body_link(body.base, page)} with "
                + md(", ".join(body.partners))
                + "."
            )
        elif body.partners:
            about.append("With " + md(", ".join(body.partners)) + ".")
        labelled = (
            ("**Chair:** ", body.chair),
            ("**Members:** ", body.composition),
            ("", body.description),
            ("**Also called:** ", "; ".join(body.aliases) or None),
        )
        about += [label + md(text) for label, text in labelled if text]
        if body.reporting_note:
            about.append("*" + md(body.reporting_note) + "*")
        return about

    def _relations(self, relations: Sequence[Relation], page: str) -> str:
        if not relations:
            return "None recorded.\n"
        ordered = sorted(relations, key=lambda r: r.kind not in REPORTING_KINDS)
        rows = [
            [
                self.body_link(r.subject, page),
                ("**" + md(kind_words(r.kind)) + "**")
                if r.kind in REPORTING_KINDS
                else md(kind_words(r.kind)),
                self.body_link(r.object, page),
                md(r.note),
                self.cite(r.sources),
            ]
            for r in ordered
        ]
        return (
            "Reporting lines (in bold) first, then the other relations, each in data order.\n\n"
            + table(["Body", "Relation", "To", "Note", "Lines"], rows)
        )

    def _common(
        self, records: dict[str, list[Any]], page: str, *, sources: bool = False
    ) -> list[str]:
        out = ["## Plans", ""]
        out += [self._plan(p, page) for p in records["plans"]] or ["None recorded.\n"]
        out += ["## Instruments", "", self._instruments(records["instruments"])]
        out += ["## Programmes", "", self._programmes(records["programmes"])]
        out += ["## Figures", "", self._figures(records["figures"])]
        out += ["## Errata", "", self._errata(records["errata"], page)]
        out += ["## Sources", "", self._sources(records, page, listing=sources)]
        return out

    def _plan(self, plan: Plan, page: str) -> str:
        lines = [
            raw_html(f'<span id="{anchor("plan", plan.id)}"></span>'),
            f"### {md(plan.title.best())}",
            "",
        ]
        if plan.title.id and plan.title.en and plan.title.id != plan.title.en:
            lines += [f"*{md(plan.title.id)}*", ""]
        rows = [
            ["**Id**", f"`{plan.id}`"],
            ["**Kind**", md(kind_words(plan.kind))],
            ["**Held by**", ", ".join(self.holder_link(h, page) for h in plan.holders)],
            ["**Acronym**", md(plan.acronym)],
            ["**Period**", str(plan.period) if plan.period else ""],
            ["**Adopted**", md(plan.adopted.display()) if plan.adopted else ""],
            ["**Supersedes**", self.plan_link(plan.supersedes, page) if plan.supersedes else ""],
            ["**Keeps the items of**", self.plan_link(plan.retains, page) if plan.retains else ""],
            ["**Items announced**", str(plan.item_count) if plan.item_count is not None else ""],
            ["**Source lines**", self.cite(plan.sources)],
        ]
        lines.append(facts(rows))
        if plan.description:
            lines += [md(plan.description), ""]
        if plan.items_note:
            lines += [f"*{md(plan.items_note)}*", ""]
        if plan.items:
            lines += ["Items, in the source's order (English, then the source's words):", ""]
            for number, item in enumerate(plan.items, start=1):
                text = md(item.en) if item.en else ""
                if item.id and item.id != item.en:
                    text += (" — " if text else "") + f"*{md(item.id)}*"
                lines.append(f"{number}. {text}")
            lines.append("")
        return "\n".join(lines)

    def _instruments(self, instruments: Sequence[Instrument]) -> str:
        if not instruments:
            return "None recorded.\n"
        rows = [
            [
                f'<span id="{anchor("instrument", i.id)}"></span>'
                + (f"**{md(i.acronym)}**<br>" if i.acronym else "")
                + self._both(i.names)
                + (f"<br>{md(i.description)}" if i.description else ""),
                md(kind_words(i.kind)),
                md(i.signed.display()) if i.signed else "",
                md(i.place),
                self.cite(i.sources),
            ]
            for i in instruments
        ]
        return table(["Instrument", "Kind", "Signed", "Place", "Lines"], rows)

    def _programmes(self, programmes: Sequence[Programme]) -> str:
        if not programmes:
            return "None recorded.\n"
        rows = [
            [
                f'<span id="{anchor("programme", p.id)}"></span>'
                + (f"**{md(p.acronym)}**<br>" if p.acronym else "")
                + self._both(p.names)
                + (f"<br>{md(p.description)}" if p.description else ""),
                md(", ".join(p.partners)),
                str(p.period) if p.period else "",
                self.cite(p.sources),
            ]
            for p in programmes
        ]
        return table(["Programme", "Partners", "Period", "Lines"], rows)

    def _figures(self, figures: Sequence[Figure]) -> str:
        if not figures:
            return "None recorded.\n"
        rows = [
            [
                f'<span id="{anchor("figure", f.id)}"></span>' + md(f.measure),
                ("about " if f.approximate else "") + number(f.value),
                md(f.unit),
                str(f.year) if f.year is not None else "",
                self.cite(f.sources),
            ]
            for f in figures
        ]
        return table(["Measure", "Value", "Unit", "Year", "Lines"], rows)

    def _errata(self, errata: Sequence[Erratum], page: str) -> str:
        if not errata:
            return "None recorded.\n"
        rows = []
        for e in errata:
            applies = []
            for record in e.records:
                if record in self.bodies:
                    applies.append(self.body_link(record, page))
                elif record in self.plans:
                    applies.append(self.plan_link(record, page))
                else:
                    applies.append(f"`{record}`")
            rows.append(
                [
                    f'<span id="{anchor("erratum", e.id)}"></span>*{md(e.slip)}*',
                    md(e.correction),
                    md(e.explanation),
                    ", ".join(applies),
                    self.cite(e.sources),
                ]
            )
        return (
            "Where the source slips, the data holds the correct fact; each slip is listed "
            "here with its correction.\n\n"
            + table(["The source writes", "The data holds", "Why", "Applies to", "Lines"], rows)
        )

    def _sources(self, records: dict[str, list[Any]], page: str, *, listing: bool) -> str:
        cited: set[int] = set()
        for kind in ("bodies", "relations", "plans", "instruments", "programmes", "figures"):
            for record in records[kind]:
                cited |= {c.line for c in record.sources}
        if page in self.sectors:
            sector = self.sectors[page]
            cited |= {c.line for c in (*sector.sources, *sector.focal_point.sources)}
        out = []
        if listing:
            rows = [
                [
                    f"`{s.id}`",
                    md(s.title),
                    md(s.language),
                    md(s.date.display()) if s.date else "undated",
                    md(s.note) + (f" <{s.url}>" if s.url else ""),
                ]
                for s in self.reg.sources()
            ]
            out.append(table(["Id", "Title", "Language", "Date", "Note"], rows))
        lines = ", ".join(str(n) for n in sorted(cited))
        out.append(
            f"The facts on this page stand on these lines of the source: {lines}.\n"
            if lines
            else "No line of the source is cited on this page.\n"
        )
        return "\n".join(out)


def number(value: float) -> str:
    """A figure's value as a reader writes it: ``220,000,000``, ``0.3333``."""
    if value == int(value):
        return f"{int(value):,}"
    return f"{value:.4g}"
