"""The data reference: one Markdown page per sector and one for the pillar, from the registry.

Every fact on these pages is read from the packaged data at build time; the
pages are written into ``docs/data/`` (not committed) before Sphinx reads the
sources. What a record's entry says comes from the library: its facts table is
the rows ``ascc-model show`` prints (:func:`ascc_model._describe.describe`,
labelled and formatted by the fields' roles), its name and label are
:func:`~ascc_model._describe.name_of` and :func:`~ascc_model._describe.label_of`,
kinds are written by their ``words``, and the charts are the library's
(:mod:`ascc_charts`). This module places records on pages, links ids to the
entries they name, and lays the pages out. Every citation is a link: a line of
the seed to the seed's entry on the sources page, a section of a web page to the
page (:meth:`Site.cite_one`). The pages of what no sector holds (sources,
agencies, errata and verbs) are in :mod:`ascc_registers`. No Sphinx import here:
the module is tested on its own.
"""

from __future__ import annotations

import html
import re
from collections import Counter
from typing import TYPE_CHECKING, Any

from ascc_charts import Drawn, pillar_chart, sector_chart

from ascc_model import REPORTING_KINDS, RelationKind
from ascc_model._charts import COLOURS, GROUPS, spelled_name
from ascc_model._describe import Row, describe, label_of, name_of
from ascc_model._records import COLLECTIONS, KINDS, kind_of
from ascc_model._schema import atomic, declares_roles, fields_of, references

if TYPE_CHECKING:
    from collections.abc import Iterable, Sequence

    from ascc_model import (
        Assignment,
        Body,
        Change,
        Citation,
        Disagreement,
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
#: The pages of the records no sector holds: every source; the agencies with their
#: changes and later statements; every erratum, disagreement and the verb table.
SOURCES_PAGE = "sources"
AGENCIES_PAGE = "agencies"
ERRATA_PAGE = "errata"

#: The collections the pages lay out by hand; every other collection (a kind of record
#: added to the model later) gets an entry per record, from :func:`describe`, on the
#: page of the first sector or body it names.
LAID_OUT = (
    "sources",
    "pillars",
    "sectors",
    "agencies",
    "bodies",
    "relations",
    "plans",
    "instruments",
    "programmes",
    "figures",
    "errata",
    "changes",
    "assignments",
    "disagreements",
    "renamed",
)

#: How each kind of change reads between what was and what became.
CHANGE_VERBS = {"renamed": "became", "split": "was split into", "merged": "were merged into"}

#: Kinds of record that have an entry (an anchor) on the page that shows them.
ANCHORED = (
    "body",
    "plan",
    "instrument",
    "programme",
    "figure",
    "source",
    "agency",
    "erratum",
    "change",
    "assignment",
    "disagreement",
)


# -- Markdown helpers -------------------------------------------------------------------


def md(text: str | None) -> str:
    """Plain text made safe for Markdown (inline, one line, inside a table)."""
    if text is None:
        return ""
    escaped = "".join("\\" + c if c in "\\`*_[]<>|#$" else c for c in text)
    return " ".join(escaped.split())


def esc(text: str) -> str:
    """Plain text made safe for raw HTML (inside a Markdown table too: ``|`` escaped)."""
    return html.escape(text, quote=True).replace("|", "&#124;")


#: Characters that Markdown would read as markup in the text of an inline HTML link.
_MARKUP = str.maketrans({c: f"&#{ord(c)};" for c in "\\`*_[]$#"})


def link_text(text: str) -> str:
    """Plain text as the text of an inline HTML link in Markdown: entities, never markup."""
    return " ".join(esc(text).translate(_MARKUP).split())


def citation_rows(record: object) -> dict[str, tuple[Citation, ...]]:
    """The citations of a record's rows (as :func:`describe` labels them), by row label.

    ``sources``, and nested ones such as a source's ``written after evidence``.
    """
    from ascc_model import Citation, Names  # noqa: PLC0415 - the lazy package names

    found: dict[str, tuple[Citation, ...]] = {}

    def walk(value: object, prefix: str) -> None:
        for field, role in fields_of(type(value)):
            inner = getattr(value, field.name)
            if "show" in role.hidden or inner is None or inner == ():
                continue
            label = role.label or field.name.replace("_", " ")
            label = f"{prefix} {label}" if prefix else label
            if isinstance(inner, tuple) and all(isinstance(c, Citation) for c in inner):
                found[label] = inner
            elif (
                not isinstance(inner, (tuple, Names))
                and declares_roles(type(inner))
                and not atomic(type(inner))
                and "__str__" not in vars(type(inner))
            ):
                walk(inner, label)

    walk(record, "")
    return found


def anchor(kind: str, ident: str) -> str:
    """The id of a record's anchor: ``body-acwc``, ``plan-...``; errata keep their ids."""
    return ident if ident.startswith(f"{kind}-") else f"{kind}-{ident}"


def table(header: Sequence[str], rows: Iterable[Sequence[str]]) -> str:
    """A Markdown pipe table; ``rows`` hold cells already formatted."""
    lines = ["| " + " | ".join(header) + " |", "|" + " --- |" * len(header)]
    lines += ["| " + " | ".join(cell or " " for cell in row) + " |" for row in rows]
    return "\n".join(lines) + "\n"


def facts(rows: Iterable[Sequence[Any]]) -> str:
    """A two-column table of labelled facts, without a header row; empty facts left out.

    A value is a cell of Markdown, or a list of them (shown as a bulleted list).
    """
    lines = ["```{list-table}", ":class: ascc-facts", ":align: left", ""]
    for label, value in rows:
        if not value:
            continue
        lines.append(f"* - {label}")
        if isinstance(value, str):
            lines.append(f"  - {value}")
        elif len(value) == 1:
            lines.append(f"  - {value[0]}")
        else:
            lines.append(f"  - - {value[0]}")
            lines += [f"    - {v}" for v in value[1:]]
    return "\n".join([*lines, "```"]) + "\n"


def raw_html(text: str) -> str:
    """A block of raw HTML (shown by the HTML builder only)."""
    return "```{raw} html\n" + text.rstrip("\n") + "\n```\n"


def entry(
    kind: str, ident: str, heading: str, rows: Iterable[Sequence[Any]], level: int = 3
) -> list[str]:
    """A record's entry on a page: its anchor, a heading (Markdown) and its facts."""
    return [
        raw_html(f'<span id="{anchor(kind, ident)}"></span>'),
        f"{'#' * level} {heading}",
        "",
        facts(rows),
    ]


def capital(label: str) -> str:
    """A row label as a table shows it: ``reports to`` becomes ``Reports to``."""
    return label[:1].upper() + label[1:]


_ID = r"[a-z0-9][a-z0-9+-]*"
#: A row value that starts with an id, as :func:`describe` writes one: ``acw (ACW)``,
#: ``coordinates with adrp (ADRP; ...)`` (a line's kind in words, then the id).
_NAMED = re.compile(
    r"(?P<words>(?:"
    + "|".join(sorted((re.escape(k.words) for k in RelationKind), key=len, reverse=True))
    + r") )?(?P<id>"
    + _ID
    + r")(?P<rest> \(.*)?",
    re.DOTALL,
)


class Site:
    """Where each record is shown, and the text of each page."""

    def __init__(self, registry: Registry) -> None:
        self.reg = registry
        self.bodies = {b.id: b for b in registry.bodies()}
        self.sectors = {s.id: s for s in registry.sectors()}
        self.plans = {p.id: p for p in registry.plans()}
        # The source most facts cite: its citations are shown as bare line numbers.
        cited = Counter(c.source for c in self._all_citations())
        self.main_source = cited.most_common(1)[0][0] if cited else ""
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
        for source in registry.sources():
            self.home[source.id] = SOURCES_PAGE
        for record in (*registry.agencies(), *registry.changes(), *registry.assignments()):
            self.home[record.id] = AGENCIES_PAGE
        for record in (*registry.errata(), *registry.records.disagreements):
            self.home[record.id] = ERRATA_PAGE
        self.source_of = {s.id: s for s in registry.sources()}
        #: The standalone SVG of each chart, by file name, to write beside the pages.
        self.standalone: dict[str, str] = {}
        #: The other collections, each with the kind of record it holds.
        self.others = {
            k.plural: k.name
            for k in KINDS.values()
            if k.plural in COLLECTIONS and k.plural not in LAID_OUT
        }
        for collection in self.others:
            for record in getattr(registry.records, collection):
                self.home[record.id] = self._place(record)

    def _place(self, record: object) -> str:
        """The page of a record the pages do not lay out: of the first sector or body it names."""
        for _steps, kinds, ident in references(record):
            if "sector" in kinds and ident in self.sectors:
                return ident
            if "body" in kinds and ident in self.bodies:
                return self.home[ident]
        return PILLAR_PAGE

    def _all_citations(self) -> Iterable[Citation]:
        for record in self.reg.records.identified():
            yield from getattr(record, "sources", ())
        for relation in self.reg.relations():
            yield from relation.sources

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
        disagreements = reg.records.disagreements
        if page == PILLAR_PAGE:
            ids |= {p.id for p in reg.pillars()}
            shown = {i for s in reg.sectors() for i in self._ids_on(s.id)}
            errata = [e for e in reg.errata() if ids & set(e.records) or not shown & set(e.records)]
            disputed = [d for d in disagreements if ids & set(d.about) or not shown & set(d.about)]
        else:
            errata = [e for e in reg.errata() if ids & set(e.records)]
            disputed = [d for d in disagreements if ids & set(d.about)]
        others = {
            collection: [r for r in getattr(reg.records, collection) if self.home.get(r.id) == page]
            for collection in self.others
        }
        return {
            "bodies": bodies,
            "relations": relations,
            "plans": plans,
            "instruments": instruments,
            "programmes": programmes,
            "figures": figures,
            "errata": errata,
            "disagreements": disputed,
            "others": others,
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

    def record_href(self, ident: str, page: str) -> str | None:
        """A link from ``page`` to where the record with this id is shown, if it is."""
        try:
            record = self.reg.get_record(ident)
        except KeyError:
            return None
        kind = kind_of(record)
        if kind == "sector":
            return f"{ident}.html"
        if kind == "pillar":
            return f"{PILLAR_PAGE}.html"
        if (kind in ANCHORED or kind in self.others.values()) and ident in self.home:
            return self.href(kind, ident, page)
        return None

    def body_link(self, body_id: str, page: str) -> str:
        """An HTML link to a body's entry, labelled with its acronym, titled with its name."""
        body = self.bodies[body_id]
        return (
            f'<a href="{esc(self.href("body", body_id, page))}" '
            f'title="{esc(name_of(body))}">{link_text(label_of(body))}</a>'
        )

    def agency_link(self, agency_id: str, page: str) -> str:
        """An HTML link to an agency's entry: its Indonesian name (and acronym)."""
        agency = self.reg.get_agency(agency_id)
        text = agency.names.best("id") + (f" ({agency.acronym})" if agency.acronym else "")
        title = agency.names.en or agency.names.best("id")
        return (
            f'<a href="{esc(self.href("agency", agency_id, page))}" '
            f'title="{esc(title)}">{link_text(text)}</a>'
        )

    def record_link(self, ident: str, page: str) -> str:
        """An HTML link to a record's entry, labelled with its label; an id where it has none."""
        if ident in self.bodies:
            return self.body_link(ident, page)
        target = self.record_href(ident, page)
        try:
            record = self.reg.get_record(ident)
        except KeyError:
            return f"`{ident}`"
        if kind_of(record) == "agency":
            return self.agency_link(ident, page)
        label = label_of(record)
        if target is None:
            return f"`{ident}`"
        return f'<a href="{esc(target)}" title="{esc(ident)}">{link_text(label)}</a>'

    def holder_link(self, holder: str, page: str) -> str:
        """A link to a plan's holder: a body, a sector or the pillar."""
        if holder in self.bodies:
            return self.body_link(holder, page)
        if holder in self.sectors:
            return f"[{md(name_of(self.sectors[holder]))}]({holder}.md)"
        pillar = self.reg.pillar
        if pillar is not None and holder == pillar.id:
            return f"[{md(name_of(pillar))}]({PILLAR_PAGE}.md)"
        return f"`{holder}`"

    def plan_link(self, plan_id: str, page: str) -> str:
        """An HTML link to a plan's entry, labelled with its title."""
        plan = self.plans[plan_id]
        return f'<a href="{esc(self.href("plan", plan_id, page))}">{esc(name_of(plan))}</a>'

    def cite(self, sources: Iterable[Citation]) -> str:
        """Cited places, each a link (see :meth:`cite_one`), joined by commas."""
        return ", ".join(self.cite_one(c) for c in sources)

    def source_href(self, source_id: str) -> str:
        """The link to a source's entry on the sources page."""
        return f"{SOURCES_PAGE}.html#{anchor('source', source_id)}"

    def cite_one(self, citation: Citation) -> str:
        """One cited place as HTML links.

        A line of the main source is its number, linked to the source's entry and
        titled with the line; a line of another text is ``SOURCE:LINE``, linked the
        same way. A section of a page is ``SOURCE#SECTION``: the source's id links
        to its entry, the section to the page itself.
        """
        source = self.source_of.get(citation.source)
        title = source.title if source is not None else citation.source
        entry = esc(self.source_href(citation.source))
        if citation.line is not None:
            text = str(citation.line) if citation.source == self.main_source else str(citation)
            hover = f"{citation.source}, line {citation.line}: {title}"
            return f'<a class="ascc-cite" href="{entry}" title="{esc(hover)}">{link_text(text)}</a>'
        section = citation.section or ""
        if source is None or not source.url:
            return (
                f'<a class="ascc-cite" href="{entry}" title="{esc(title)}">'
                f"{link_text(str(citation))}</a>"
            )
        return (
            f'<a class="ascc-cite" href="{entry}" title="{esc(title)}">'
            f"{link_text(citation.source)}</a>&#35;"
            f'<a class="ascc-cite" href="{esc(source.url)}" '
            f'title="{esc(f"{section}, in: {title}")}">{link_text(section)}</a>'
        )

    # -- a record's facts, from the rows `ascc-model show` prints ------------------------------

    def row_value(self, text: str, page: str, *, linked: bool) -> str:
        """One value of a row as Markdown: an id it starts with linked to its entry."""
        if text.startswith(("http://", "https://")) and " " not in text:
            return f"<{text}>"
        match = _NAMED.fullmatch(text) if linked else None
        target = match and self.record_href(match["id"], page)
        if match is None or not target:
            return md(text)
        words = md(match["words"]) + " " if match["words"] else ""
        rest = " " + md(match["rest"]) if match["rest"] else ""
        return f'{words}<a href="{esc(target)}">{esc(match["id"])}</a>{rest}'

    def fact_rows(
        self, record: Any, page: str, *, skip: Iterable[str] = ()
    ) -> list[tuple[str, Any]]:
        """The rows of :func:`describe` for ``record``, as labels and Markdown values.

        Ids that a value starts with link to their entries, but prose is never
        read for ids; citations of the main source are line numbers; an enum is
        written by its ``words``.
        """
        prose = {
            role.label or field.name.replace("_", " ")
            for field, role in fields_of(type(record))
            if role.prose
        }
        skipped = set(skip)
        return [
            (f"**{md(capital(self._label(row)))}**", self._values(row, record, page, prose))
            for row in describe(self.reg, record)
            if row.label not in skipped
        ]

    def _label(self, row: Row) -> str:
        return row.label

    def _values(self, row: Row, record: Any, page: str, prose: set[str]) -> list[str]:
        cited = citation_rows(record).get(row.label)
        if cited is not None:
            return [self.cite(cited)]
        if row.label == "id":
            return [f"`{row.values[0]}`"]
        words = getattr(getattr(record, row.label, None), "words", None)
        if isinstance(words, str):  # an enum: "sub-committee", not "sub committee"
            return [md(words)]
        return [self.row_value(v, page, linked=row.label not in prose) for v in row.values]

    # -- pages ---------------------------------------------------------------------------------

    def sector_page(self, sector: Sector) -> str:
        """The Markdown page of one sector."""
        page = sector.id
        records = self.page_records(page)
        drawn = sector_chart(self.reg, sector, lambda b: self.href("body", b.id, page))
        # The same chart as a file of its own, opened full size: links name their page.
        full_size = f"{sector.id}-chart.svg"
        self.standalone[full_size] = sector_chart(
            self.reg, sector, lambda b: self.href("body", b.id, "-")
        ).svg(standalone=True)
        out = [
            f"# {md(name_of(sector))}",
            "",
            sector.summary and md(sector.summary),
            "",
            facts(self._sector_facts(sector)),
            "## Organisation chart",
            "",
            self._chart(drawn, page, full_size=full_size),
            "## Bodies",
            "",
            self._bodies(records["bodies"], page) if records["bodies"] else "None recorded.\n",
            "## Reporting lines and other relations",
            "",
            self._relations(records["relations"], page),
        ]
        out += self._common(records, page)
        return "\n".join(out)

    def _sector_facts(self, sector: Sector) -> list[list[Any]]:
        page = sector.id
        focal = self.reg.focal_point_for(sector)
        if focal.agencies:
            agencies = "; ".join(self.agency_link(a.id, page) for a in focal.agencies)
        else:
            agencies = md(focal.note or "The source names none.")
        rows: list[list[Any]] = [
            ["**Id**", f"`{sector.id}`"],
            ["**English name**", md(sector.names.en)],
            ["**Indonesian name**", md(sector.names.id)],
            ["**Focal point, as the seed names it**", agencies],
            ["**Focal point's sources**", self.cite(sector.focal_point.sources)],
        ]
        if focal.changes:
            changed = [self.change_text(c, page) for c in focal.changes]
            changed.append(
                "The seed's answer stands as the seed's statement: a change does not make "
                "the agencies that resulted the focal point, until a source names one."
            )
            rows.append(["**Changed since**", changed])
        if focal.later:
            rows.append(["**Named later**", [self.assignment_text(a, page) for a in focal.later]])
        if sector.reference_url:
            rows.append(["**Reference**", f"<{sector.reference_url}>"])
        rows.append(["**Sources of the section**", self.cite(sector.sources)])
        return rows

    def change_text(self, change: Change, page: str) -> str:
        """A reorganisation in one line: when, what became what, and its sources."""
        verb = CHANGE_VERBS.get(change.kind.value, change.kind.words)
        original = " and ".join(self.record_link(i, page) for i in change.original)
        resulting = ", ".join(self.record_link(i, page) for i in change.resulting)
        entry = esc(self.href("change", change.id, page))
        return (
            f"{md(change.date.display())}: {original} {verb} {resulting} "
            f'(<a href="{entry}">the change</a>; {self.cite(change.sources)})'
        )

    def assignment_text(self, assignment: Assignment, page: str) -> str:
        """A later statement of a focal point in one line: as of when, which agency, for what."""
        bodies = ", ".join(self.record_link(b, page) for b in assignment.bodies)
        entry = esc(self.href("assignment", assignment.id, page))
        return (
            f"{md(assignment.as_of.display())}: {self.agency_link(assignment.agency, page)}"
            + (f", for {bodies}" if bodies else "")
            + (f". {md(assignment.description)}" if assignment.description else "")
            + f' (<a href="{entry}">the statement</a>; {self.cite(assignment.sources)})'
        )

    def pillar_page(self) -> str:
        """The page of the pillar: its record, the whole chart, and what no sector holds."""
        page = PILLAR_PAGE
        reg = self.reg
        pillar = reg.pillar
        records = self.page_records(page)

        def sector_url(cluster: str) -> str:
            return f"{cluster}.html" if cluster in self.sectors else ""

        drawn = pillar_chart(reg, lambda b: self.href("body", b.id, page), sector_url)
        # The same chart as a file of its own, opened full size: links name their page.
        self.standalone["pillar-chart.svg"] = pillar_chart(
            reg, lambda b: self.href("body", b.id, "-"), sector_url
        ).svg(standalone=True)
        out: list[str] = []
        if pillar is not None:
            out += [
                f"# {md(name_of(pillar))} ({md(pillar.acronym)})",
                "",
                md(pillar.summary),
                "",
            ]
            rows = self.fact_rows(pillar, page, skip=("summary", "characteristics"))
            characteristics = [self._both(n) for n in pillar.characteristics]
            rows.insert(-1, ("**Characteristics**", characteristics))
            out.append(facts(rows))
        else:
            out += ["# The pillar", ""]
        out += [
            "## Chart of the whole pillar",
            "",
            (
                "Every body, one box per sector (the bodies of no sector in a box of their "
                "own), with every reporting line. Levels run from left to right; click a "
                "sector's name to open its page, or a body to open its entry."
            ),
            "",
            self._chart(drawn, page, full_size="pillar-chart.svg"),
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
        out += self._common(records, page)
        return "\n".join(out)

    def index_page(self, version: str) -> str:
        """The data reference's index: the toctree and a table of the sectors."""
        reg = self.reg
        rows = []
        for sector in reg.sectors():
            focal = reg.focal_point_for(sector)
            rows.append(
                [
                    f"[{md(name_of(sector))}]({sector.id}.md)",
                    md(sector.names.id),
                    f"`{sector.id}`",
                    str(len(reg.bodies(sector=sector))),
                    (
                        "; ".join(md(a.acronym or a.names.best("id")) for a in focal.agencies)
                        or "none named"
                    )
                    + (
                        f" ([changed since]({AGENCIES_PAGE}.md#changes-since-the-seed))"
                        if focal.changes
                        else ""
                    ),
                ]
            )
        toc = "\n".join(
            [
                PILLAR_PAGE,
                *(s.id for s in reg.sectors()),
                AGENCIES_PAGE,
                SOURCES_PAGE,
                ERRATA_PAGE,
            ]
        )
        return "\n".join(
            [
                "# Data reference",
                "",
                (
                    "Generated when these pages were built, from the data packaged with "
                    f"ascc-model {md(version)}: {len(reg.sectors())} sectors, "
                    f"{len(reg.bodies())} bodies, {len(reg.relations())} relations, "
                    f"{len(reg.plans())} plans, {len(reg.errata())} errata, "
                    f"{len(reg.records.disagreements)} disagreements between sources, "
                    f"{len(reg.sources())} sources. Every fact cites "
                    "the place in a source it stands on; see "
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
                    f"[The pillar]({PILLAR_PAGE}.md) page draws every body and reporting line "
                    "of the pillar in one chart, and lists the bodies, plans and other records "
                    "that belong to no single sector. Each sector's page has its own chart, and "
                    "an entry for each of its bodies with everything the data knows about it "
                    "(what `ascc-model show` prints)."
                ),
                "",
                (
                    f"Three pages gather what no sector holds: [the agencies]({AGENCIES_PAGE}.md), "
                    "Indonesia's focal points with the reorganisation of October 2024 and later "
                    f"statements; [the sources]({SOURCES_PAGE}.md), each with the records it "
                    f"supports; and [errata, disagreements and the verb table]({ERRATA_PAGE}.md), "
                    "how the data reads its sources."
                ),
                "",
                table(
                    ["Sector", "Indonesian name", "Id", "Bodies", "Focal point in Indonesia"],
                    rows,
                ),
            ]
        )

    # -- sections ------------------------------------------------------------------------------

    def _chart(self, drawn: Drawn, page: str, full_size: str | None = None) -> str:
        chart = drawn.chart
        key = "".join(
            f'<span class="ascc-key-item"><span class="ascc-swatch" '
            f'style="background:{COLOURS[g][0]}"></span>{esc(GROUPS[g][0])}</span>'
            for g in chart.groups()
        )
        if any(n.outside for n in chart.nodes):
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
        svg = drawn.svg()
        figure = (
            f'<figure class="ascc-chart" id="chart" style="--ascc-chart-min: {_legible(svg)}px">'
            f"\n{svg}</figure>\n"
            f'<div class="ascc-key">{key}</div>\n{link}'
        )
        legend_rows = []
        for node in chart.nodes:
            body = node.body
            where = ""
            if node.outside:
                home = self.home[body.id]
                where = (
                    f" (in [{md(name_of(self.sectors[home]))}]({home}.md))"
                    if home in self.sectors
                    else " (beyond the pillar's sectors)"
                )
            legend_rows.append(
                [
                    f'<a href="{esc(self.href("body", body.id, page))}">{esc(label_of(body))}</a>',
                    md(spelled_name(body, self.reg)) + where,
                    md(body.kind.words),
                ]
            )
        legend = table(["Box", "Full name", "Kind"], legend_rows)
        return raw_html(figure) + "\n" + "**Legend**\n\n" + legend

    def _both(self, names: Names) -> str:
        if names.en and names.id and names.en != names.id:
            return f"{md(names.en)} (*{md(names.id)}*)"
        return md(names.best())

    def _bodies(self, bodies: Sequence[Body], page: str) -> str:
        """An entry per body: a heading, and what ``ascc-model show`` says of it."""
        out = []
        for body in bodies:
            out += entry("body", body.id, md(label_of(body)), self.fact_rows(body, page))
        return "\n".join(out)

    def _entries(self, records: Sequence[Any], page: str) -> str:
        """An entry per record of a kind the pages do not lay out: its name and facts."""
        out = []
        for record in records:
            name = name_of(record)
            heading = md(name) if name != record.id else f"`{record.id}`"
            out += entry(kind_of(record), record.id, heading, self.fact_rows(record, page))
        return "\n".join(out)

    def _relations(self, relations: Sequence[Relation], page: str) -> str:
        if not relations:
            return "None recorded.\n"
        ordered = sorted(relations, key=lambda r: r.kind not in REPORTING_KINDS)
        rows = [
            [
                self.body_link(r.subject, page),
                ("**" + md(r.kind.words) + "**") if r.kind in REPORTING_KINDS else md(r.kind.words),
                self.body_link(r.object, page),
                md(r.note),
                self.cite(r.sources),
            ]
            for r in ordered
        ]
        return (
            "Reporting lines (in bold) first, then the other relations, each in data order.\n\n"
            + table(["Body", "Relation", "To", "Note", "Sources"], rows)
        )

    def _common(self, records: dict[str, list[Any]], page: str) -> list[str]:
        out = ["## Plans", ""]
        out += [self._plan(p, page) for p in records["plans"]] or ["None recorded.\n"]
        out += ["## Instruments", "", self._instruments(records["instruments"])]
        out += ["## Programmes", "", self._programmes(records["programmes"])]
        out += ["## Figures", "", self._figures(records["figures"])]
        out += ["## Errata", "", self._errata(records["errata"], page)]
        out += ["## Disagreements", "", self._disagreements(records["disagreements"], page)]
        for collection, found in records["others"].items():
            if found:
                out += [f"## {capital(collection)}", "", self._entries(found, page)]
        out += ["## Sources", "", self._sources(records, page)]
        return out

    def _plan(self, plan: Plan, page: str) -> str:
        lines = [
            raw_html(f'<span id="{anchor("plan", plan.id)}"></span>'),
            f"### {md(name_of(plan))}",
            "",
        ]
        if plan.title.id and plan.title.en and plan.title.id != plan.title.en:
            lines += [f"*{md(plan.title.id)}*", ""]
        rows = self.fact_rows(plan, page, skip=("title (en)", "title (id)", "items"))
        lines.append(facts(rows))
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
                md(i.kind.words),
                md(i.signed.display()) if i.signed else "",
                md(i.place),
                self.cite(i.sources),
            ]
            for i in instruments
        ]
        return table(["Instrument", "Kind", "Signed", "Place", "Sources"], rows)

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
        return table(["Programme", "Partners", "Period", "Sources"], rows)

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
        return table(["Measure", "Value", "Unit", "Year", "Sources"], rows)

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
            f"here with its correction (all of them: [Errata]({ERRATA_PAGE}.md)).\n\n"
            + table(["The source writes", "The data holds", "Why", "Applies to", "Sources"], rows)
        )

    def _disagreements(self, disagreements: Sequence[Disagreement], page: str) -> str:
        if not disagreements:
            return "None recorded.\n"
        rows = [
            [
                ", ".join(self.record_link(i, page) for i in d.about),
                f"`{md(d.field)}`",
                md(d.follows),
                str(len(d.claims)),
                f'<a href="{esc(self.href("disagreement", d.id, page))}">every claim, and why</a>',
            ]
            for d in disagreements
        ]
        return (
            "Where sources disagree on a fact of this page, the data follows one value; the "
            f"claims of every side, with their citations, are on [Errata]({ERRATA_PAGE}.md).\n\n"
            + table(["About", "Field", "The data follows", "Claims", "Details"], rows)
        )

    def _sources(self, records: dict[str, list[Any]], page: str) -> str:
        from ascc_model import Citation  # noqa: PLC0415 - the lazy package name

        cited: list[Citation] = []
        for kind in ("bodies", "relations", "plans", "instruments", "programmes", "figures"):
            for record in records[kind]:
                cited += record.sources
        for found in records["others"].values():
            for record in found:
                cited += getattr(record, "sources", ())
        if page in self.sectors:
            sector = self.sectors[page]
            cited += [*sector.sources, *sector.focal_point.sources]
            focal = self.reg.focal_point_for(sector)
            for record in (*focal.changes, *focal.later):
                cited += record.sources
        lines = sorted(
            {c.line for c in cited if c.source == self.main_source and c.line is not None}
        )
        others = sorted(
            {c for c in cited if c.source != self.main_source or c.line is None}, key=str
        )
        seed = f'<a href="{esc(self.source_href(self.main_source))}">`{self.main_source}`</a>'
        text = (
            f"The facts on this page stand on these lines of {seed}: "
            + self.cite(Citation(self.main_source, n) for n in lines)
            + "."
            if lines
            else "No line of the main source is cited on this page."
        )
        if others:
            text += " Other sources cited: " + self.cite(others) + "."
        text += (
            f" Every source, with what it says and the records it supports, is on "
            f"[Sources]({SOURCES_PAGE}.md)."
        )
        return text + "\n"


#: The least a chart is scaled to on a narrow screen, where it scrolls rather than shrink
#: further: its 12-point labels stay about 10 pixels high.
LEGIBLE_SCALE = 0.6


def _legible(svg: str) -> int:
    """The width in pixels below which a chart's labels would be too small to read."""
    found = re.search(r'<svg width="([0-9.]+)pt"', svg)
    points = float(found[1]) if found else 0.0
    return round(points * 4 / 3 * LEGIBLE_SCALE)


def number(value: float) -> str:
    """A figure's value as a reader writes it: ``220,000,000``, ``0.3333``."""
    if value == int(value):
        return f"{int(value):,}"
    return f"{value:.4g}"
