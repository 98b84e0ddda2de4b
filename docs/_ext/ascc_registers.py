"""The data reference's pages of what no sector holds: sources, agencies, errata and verbs.

- the sources page: every :class:`~ascc_model.Source`, with its kind, publisher,
  date, language and link, the seed's line count, SHA-256 and date bounds with
  their evidence, and the records that cite it;
- the agencies page: Indonesia's focal-point agencies, the changes of
  organisation since the seed (:meth:`~ascc_model.Registry.changes`) and later
  statements of focal points (:meth:`~ascc_model.Registry.assignments`);
- the errata page: every erratum and every disagreement between sources (each
  claim with its citations, the value followed and why), the verb table
  (:data:`ascc_model.VERBS`) with how many relations use each verb, and the
  lines the data infers rather than a source states.

Each function takes the :class:`~ascc_pages.Site` that places records on pages
and links them. No Sphinx import here: the module is tested on its own.
"""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING, Any

import attrs
from ascc_pages import (
    AGENCIES_PAGE,
    CHANGE_VERBS,
    ERRATA_PAGE,
    SOURCES_PAGE,
    anchor,
    entry,
    esc,
    link_text,
    md,
    table,
)

from ascc_model import REPORTING_KINDS, VERBS
from ascc_model._describe import label_of, name_of
from ascc_model._records import kind_of

if TYPE_CHECKING:
    from collections.abc import Iterator

    from ascc_pages import Site

    from ascc_model import Change, Citation, Source

#: The kinds of source in words, in the order the sources page lists them.
SOURCE_KINDS = {
    "seed": ("The seed", "seed"),
    "official_asean": ("Official ASEAN pages", "official ASEAN"),
    "indonesian_government": ("Indonesian government pages", "Indonesian government"),
    "news": ("News reports", "news"),
}
#: Language codes of the sources, in words.
LANGUAGES = {"id": "Indonesian", "en": "English"}
#: A record's group on the sources page, by its kind: the heading of its list.
_GROUPS = {
    "relation": "reporting and other lines",
    "body": "bodies",
    "agency": "agencies",
    "erratum": "errata",
    "disagreement": "disagreements",
    "programme": "programmes",
}
#: More records than this and a source's list of them folds away.
_FOLD_AFTER = 24


def citations_in(value: object) -> Iterator[Citation]:
    """Every citation a record holds, in its fields and in the values nested in them."""
    from ascc_model import Citation  # noqa: PLC0415 - the lazy package name

    if isinstance(value, Citation):
        yield value
    elif isinstance(value, tuple):
        for item in value:
            yield from citations_in(item)
    elif attrs.has(type(value)):
        for field in attrs.fields(type(value)):
            yield from citations_in(getattr(value, field.name))


def supported(site: Site) -> dict[str, list[tuple[str, Any]]]:
    """The records that cite each source, by source id: ``(kind, record)`` in data order."""
    found: dict[str, list[tuple[str, Any]]] = {s.id: [] for s in site.reg.sources()}
    for collection, records in site.reg.records.collections().items():
        for record in records:
            kind = kind_of(record) if collection != "relations" else "relation"
            own = getattr(record, "id", None)
            for source in dict.fromkeys(c.source for c in citations_in(record)):
                if source != own and source in found:
                    found[source].append((kind, record))
    return found


def short_link(site: Site, kind: str, record: Any, page: str) -> str:
    """A record as a short link to its entry: its acronym or id, titled with its name."""
    if kind == "relation":
        subject, target = site.bodies[record.subject], site.bodies[record.object]
        href = site.href("body", record.subject, page)
        title = f"{label_of(subject)} {record.kind.words} {label_of(target)}"
        text = f"{label_of(subject)} → {label_of(target)}"
        return f'<a href="{esc(href)}" title="{esc(title)}">{link_text(text)}</a>'
    if kind == "source":
        href = site.source_href(record.id)
    else:
        href = site.record_href(record.id, page) or ""
    text = getattr(record, "acronym", None) or record.id
    title = name_of(record)
    if not href:
        return f"<code>{esc(text)}</code>"
    return f'<a href="{esc(href)}" title="{esc(title)}">{link_text(text)}</a>'


def _supports(site: Site, cited_by: list[tuple[str, Any]], page: str) -> str:
    """The records a source supports, grouped by kind, as one line of HTML."""
    groups: dict[str, list[str]] = {}
    for kind, record in cited_by:
        name = _GROUPS.get(kind, kind + "s")
        groups.setdefault(name, []).append(short_link(site, kind, record, page))
    parts = [f"{name} ({len(links)}): {', '.join(links)}" for name, links in groups.items()]
    if len(cited_by) > _FOLD_AFTER:
        counts = ", ".join(f"{name} {len(links)}" for name, links in groups.items())
        listed = "".join(f"<p>{part}</p>" for part in parts)
        return (
            f"<details><summary>{len(cited_by)} records ({esc(counts)}): show them</summary>"
            f"{listed}</details>"
        )
    return "; ".join(parts) or "no record cites it"


def _source_rows(site: Site, source: Source, page: str) -> list[tuple[str, Any]]:
    """The facts of a source's entry: its rows, with its language and kind in words."""
    kind = source.kind.value if source.kind is not None else ""
    shown = {
        "**Language**": f"{LANGUAGES.get(source.language, source.language)} (`{source.language}`)",
        "**Kind**": SOURCE_KINDS[kind][1] if kind in SOURCE_KINDS else kind.replace("_", " "),
        "**SHA-256**": f"`{source.sha256}`",
    }
    labels = {"**Url**": "**Link**"}
    return [
        (labels.get(label, label), shown.get(label, value))
        for label, value in site.fact_rows(source, page, skip=("title",))
    ]


def sources_page(site: Site) -> str:
    """Every source: what it is, where it is, and the records that cite it."""
    page = SOURCES_PAGE
    sources = site.reg.sources()
    cited_by = supported(site)
    by_kind: dict[str, list[Source]] = {}
    for source in sources:
        by_kind.setdefault(source.kind.value if source.kind else "", []).append(source)
    counts = ", ".join(
        f"{len(by_kind[k])} {SOURCE_KINDS[k][1]}" for k in SOURCE_KINDS if k in by_kind
    )
    out = [
        "# Sources",
        "",
        (
            f"Every fact of the data cites one or more of these {len(sources)} sources "
            f"({counts}). A citation is a source and a place in it: a line of a text "
            "(the seed's lines are shown as bare numbers on these pages, and link here) or "
            "a section of a web page (`SOURCE#SECTION`: the source's id links here, the "
            "section to the page itself). Each entry ends with the records that cite the "
            "source, each linked to its entry."
        ),
        "",
    ]
    order = [*SOURCE_KINDS, *(k for k in by_kind if k not in SOURCE_KINDS)]
    for kind in order:
        if kind not in by_kind:
            continue
        heading = SOURCE_KINDS.get(kind, ("Other sources", ""))[0]
        out += [f"## {heading}", ""]
        for source in by_kind[kind]:
            rows = _source_rows(site, source, page)
            rows.append(("**Supports**", _supports(site, cited_by[source.id], page)))
            out += entry("source", source.id, md(source.title), rows)
    return "\n".join(out)


# -- agencies ---------------------------------------------------------------------------


def change_title(site: Site, change: Change) -> str:
    """A change in words: ``KLHK was split into KLH, Kemenhut``."""

    def label(ident: str) -> str:
        record = site.reg.get_record(ident)
        return getattr(record, "acronym", None) or name_of(record, "id")

    verb = CHANGE_VERBS.get(change.kind.value, change.kind.words)
    original = " and ".join(label(i) for i in change.original)
    return f"{original} {verb} {', '.join(label(i) for i in change.resulting)}"


def _change_groups(changes: tuple[Change, ...]) -> dict[str, list[Change]]:
    """The changes by the act that made them and its month: one reorganisation each."""
    groups: dict[str, list[Change]] = {}
    for change in changes:
        month = change.date.display().split(" ", 1)[-1] if change.date.month else ""
        when = f"{month}" if month else str(change.date.year)
        title = f"The reorganisation of {when}" if change.basis else f"Changes of {when}"
        groups.setdefault(title, []).append(change)
    return groups


def agencies_page(site: Site) -> str:
    """The focal-point agencies, what changed since the seed, and later statements."""
    page = AGENCIES_PAGE
    reg = site.reg
    seed = reg.get_record(site.main_source) if site.main_source else None
    before = getattr(seed, "written_before", None)
    bound = (
        f" (it was written before {md(before.date.display())}: {site.cite(before.evidence)})"
        if before is not None
        else ""
    )
    out = [
        "# Focal-point agencies in Indonesia",
        "",
        (
            "Each sector has a national focal point: the Indonesian agencies that lead its "
            f"cooperation. The names are the seed's{bound}, and stay its statement. "
            "Organisations change: below are the changes since, each with the act that "
            "made it and its sources, and the later statements of official sources that "
            "name a focal point. A change never makes a focal point: the agencies a "
            "ministry was split into are candidates until a source names one. "
            "`ascc-model focal-point SECTOR` prints both."
        ),
        "",
        "## Changes since the seed",
        "",
    ]
    changes = reg.changes()
    if not changes:
        out += ["None recorded.", ""]
    for title, group in _change_groups(changes).items():
        bases = list(dict.fromkeys(c.basis for c in group if c.basis))
        out += [f"### {md(title)}", ""]
        if bases:
            out += ["By " + "; ".join(md(b) for b in bases) + ".", ""]
        rows = []
        for change in group:
            served = {s.id for a in change.original for s in _served(site, a)}
            rows.append(
                [
                    ", ".join(site.record_link(i, page) for i in change.original),
                    md(change.kind.words),
                    ", ".join(site.record_link(i, page) for i in change.resulting),
                    md(change.date.display()),
                    ", ".join(f"[{md(s)}]({s}.md)" for s in sorted(served)) or "none",
                    f'<a href="#{esc(anchor("change", change.id))}">details</a>',
                ]
            )
        out.append(
            table(["Was", "Change", "Became", "Date", "Focal point for (seed)", "Entry"], rows)
        )
        for change in group:
            heading = md(change_title(site, change))
            out += entry("change", change.id, heading, site.fact_rows(change, page), level=4)
    out += ["## Focal points named later", ""]
    assignments = reg.assignments()
    if not assignments:
        out += ["None recorded.", ""]
    for assignment in assignments:
        sector = site.sectors[assignment.sector]
        heading = f"{md(label_of(reg.get_agency(assignment.agency)))} for {md(name_of(sector))}"
        out += entry("assignment", assignment.id, heading, site.fact_rows(assignment, page))
    out += [
        "## The agencies",
        "",
        (
            "Every agency the data names: the seed's focal points, and the agencies they "
            "became. Names in Indonesian are the sources' own; English names are renderings "
            "for readers where no source gives one."
        ),
        "",
    ]
    for agency in reg.agencies():
        rows = site.fact_rows(agency, page)
        became = [
            f"{md(c.kind.words)} on {md(c.date.display())}: became "
            + ", ".join(site.record_link(i, page) for i in c.resulting if i != agency.id)
            + f' (<a href="#{esc(anchor("change", c.id))}">the change</a>)'
            for c in changes
            if agency.id in c.original
        ]
        came = [
            f"from {', '.join(site.record_link(i, page) for i in c.original if i != agency.id)}"
            f", {md(c.kind.words)} on {md(c.date.display())}"
            f' (<a href="#{esc(anchor("change", c.id))}">the change</a>)'
            for c in changes
            if agency.id in c.resulting and agency.id not in c.original
        ]
        extra = [("**Changed since**", became), ("**Came**", came)]
        rows[-1:-1] = [row for row in extra if row[1]]
        heading = agency.names.best("id") + (f" ({agency.acronym})" if agency.acronym else "")
        out += entry("agency", agency.id, md(heading), rows)
    return "\n".join(out)


def _served(site: Site, agency_id: str) -> tuple[Any, ...]:
    try:
        return site.reg.sectors_of_agency(agency_id)
    except KeyError:  # a body, not an agency
        return ()


# -- errata, disagreements, verbs ----------------------------------------------------------

_ERRATUM_LABELS = {
    "**Slip**": "**The source writes**",
    "**Correction**": "**The data holds**",
    "**Explanation**": "**Why**",
    "**Records**": "**Applies to**",
    "**Sources**": "**Where the slip stands**",
}


def errata_page(site: Site) -> str:
    """Every erratum, every disagreement, the verb table and the inferred lines."""
    page = ERRATA_PAGE
    reg = site.reg
    errata = reg.errata()
    disagreements = reg.records.disagreements
    relations = reg.relations()
    inferred = [r for r in relations if r.inferred]
    out = [
        "# Errata, disagreements and the verb table",
        "",
        (
            "How the data reads its sources: where the seed slips and what the data holds "
            f"instead ({len(errata)} errata), where sources disagree and which value the data "
            f"follows ({len(disagreements)} disagreements), how the sources' verbs become "
            f"kinds of line ({len(VERBS)} phrases), and the {len(inferred)} lines the data "
            "infers rather than a source states."
        ),
        "",
        f"## Errata ({len(errata)})",
        "",
        (
            "Where the source slips (a typo, a wrong expansion, a count that does not match "
            "its list), the data holds the correct fact; each erratum names the slip as "
            "written, the correction, why, and the records it applies to."
        ),
        "",
    ]
    for erratum in errata:
        rows = [
            (_ERRATUM_LABELS.get(label, label), value)
            for label, value in site.fact_rows(erratum, page)
        ]
        out += entry("erratum", erratum.id, md(erratum.slip), rows)
    out += [
        f"## Disagreements ({len(disagreements)})",
        "",
        (
            "Where sources disagree on a fact, the disagreement is a record of its own: every "
            "claim with the citations that state it, the value the data holds, and why."
        ),
        "",
    ]
    for disagreement in disagreements:
        claims = [
            f"{md(c.value)}"
            + (" (**followed**)" if c.value == disagreement.follows else "")
            + f": {site.cite(c.sources)}"
            for c in disagreement.claims
        ]
        rows = [
            ("**The data follows**" if label == "**Follows**" else label, value)
            for label, value in site.fact_rows(disagreement, page, skip=("claims", "sources"))
        ]
        at = next((i for i, (label, _v) in enumerate(rows) if label == "**Field**"), 0) + 1
        rows.insert(at, ("**Claims**", claims))
        about = ", ".join(label_of(reg.get_record(i)) for i in disagreement.about)
        heading = f"{md(about)}: `{md(disagreement.field)}`"
        out += entry("disagreement", disagreement.id, heading, rows)
    out += _verbs(site, page)
    out += [f"## Inferred lines ({len(inferred)})", ""]
    if not inferred:
        out += ["None recorded.", ""]
    else:
        out += [
            (
                "Lines no source states: the data infers them, from a body's name, a table's "
                "layout, or a verb that suggests a line without stating it. Queries can leave "
                "them out (`stated_only=True`, `ascc-model reports-to --stated-only`)."
            ),
            "",
            table(
                ["Body", "Line", "To", "Verb", "Why inferred", "Sources"],
                [
                    [
                        site.body_link(r.subject, page),
                        md(r.kind.words),
                        site.body_link(r.object, page),
                        f"*{md(r.verb)}*" if r.verb else "",
                        md(r.inferred),
                        site.cite(r.sources),
                    ]
                    for r in inferred
                ],
            ),
        ]
    return "\n".join(out)


def _verbs(site: Site, page: str) -> list[str]:
    used = Counter(r.verb for r in site.reg.relations())
    rows = [
        [
            f"*{md(phrase)}*",
            f"**{md(verb.kind.words)}**" if verb.kind in REPORTING_KINDS else md(verb.kind.words),
            "stated" if verb.stated else "only suggests",
            md(verb.meaning),
            str(used.get(phrase, 0)),
        ]
        for phrase, verb in VERBS.items()
    ]
    silent = [r for r in site.reg.relations() if r.verb is None]
    out = [
        "## The verb table",
        "",
        (
            "Every relation keeps the source's own words for its line (its `verb`), and each "
            "verb is a row of this table (`ascc_model.VERBS`), which gives the kind of line "
            "it states. Reporting lines, the kinds that `bodies_reporting_to` and "
            "`reporting_chain` follow, are in bold. A verb that only suggests a line makes "
            "the line inferred. Passive phrases (*dibantu oleh*, *is assisted by*) read with "
            "subject and object swapped: *AMME dibantu oleh ASOEN* is ASOEN assists AMME."
        ),
        "",
        table(["Phrase", "Kind", "States the line?", "Meaning", "Relations"], rows),
    ]
    if silent:
        out += [
            (
                f"{len(silent)} relations record no verb: "
                + ", ".join(short_link(site, "relation", r, page) for r in silent)
                + "."
            ),
            "",
        ]
    return out


def pages(site: Site) -> dict[str, str]:
    """The three pages, by file name."""
    return {
        f"{SOURCES_PAGE}.md": sources_page(site),
        f"{AGENCIES_PAGE}.md": agencies_page(site),
        f"{ERRATA_PAGE}.md": errata_page(site),
    }


__all__ = [
    "agencies_page",
    "citations_in",
    "errata_page",
    "pages",
    "sources_page",
    "supported",
]
