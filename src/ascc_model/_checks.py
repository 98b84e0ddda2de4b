"""The invariants every registry satisfies, checked once when it is built.

Each check yields problems that point at a record and a field within it; the
loader turns those into file, line and field path.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from ._errors import Problem, format_path
from ._model import (
    MUST_REPORT,
    REPORTING_KINDS,
    Body,
    Citation,
    Plan,
    Relation,
)

if TYPE_CHECKING:
    from collections.abc import Collection, Iterator, Sequence

    from ._registry import Registry

_ID = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
_COUNTRY = re.compile(r"[A-Z]{3}")


def _problem(
    record: object, steps: tuple[str | int, ...], message: str, related: object = None
) -> Problem:
    kind = type(record).__name__.lower()
    ident = getattr(record, "id", None)
    label = f"{kind} {ident!r}" if ident is not None else kind
    path = format_path(steps)
    return Problem(f"{label}: {message}", path, record=record, steps=steps, related=related)


def problems(registry: Registry) -> list[Problem]:
    """Every invariant broken by ``registry``'s records."""
    found: list[Problem] = []
    for check in (_ids, _renames, _sources, _references, _acronyms, _must_report, _plans, _cycles):
        found.extend(check(registry))
    return found


def _records(registry: Registry) -> Iterator[Any]:
    return registry._identified()


def _ids(registry: Registry) -> Iterator[Problem]:
    seen: dict[str, object] = {}
    for record in _records(registry):
        ident: str = record.id
        if _ID.fullmatch(ident) is None:
            yield _problem(record, ("id",), "ids are lowercase slugs (a-z, 0-9, single hyphens)")
        first = seen.setdefault(ident, record)
        if first is not record:
            other = type(first).__name__.lower()
            yield _problem(record, ("id",), f"duplicate id: already used by a {other}", first)


def _renames(registry: Registry) -> Iterator[Problem]:
    ids = {r.id for r in _records(registry)}
    seen: set[str] = set()
    for rename in registry._renamed:
        if rename.old in ids:
            yield _problem(
                rename, ("old",), f"{rename.old!r} is still a record's id: ids are never reused"
            )
        if rename.old in seen:
            yield _problem(rename, ("old",), f"{rename.old!r} is renamed twice")
        seen.add(rename.old)
        if rename.new not in ids:
            yield _problem(rename, ("new",), f"unknown id {rename.new!r}")


def _sources(registry: Registry) -> Iterator[Problem]:
    known = {s.id for s in registry._sources}
    for record in [*_records(registry), *registry._relations]:
        citations: Sequence[Citation] = getattr(record, "sources", None) or ()
        if hasattr(record, "sources") and not citations:
            yield _problem(record, ("sources",), "every record needs at least one source")
        for index, citation in enumerate(citations):
            if citation.source not in known:
                yield _problem(record, ("sources", index), f"unknown source {citation.source!r}")
    for sector in registry._sectors:
        point = sector.focal_point
        if not point.sources:
            yield _problem(sector, ("focal_point", "sources"), "the focal point needs a source")
        for index, citation in enumerate(point.sources):
            if citation.source not in known:
                yield _problem(
                    sector, ("focal_point", "sources", index), f"unknown source {citation.source!r}"
                )


def _refs(
    record: object,
    steps: tuple[str | int, ...],
    values: Sequence[str],
    known: Collection[str],
    what: str,
) -> Iterator[Problem]:
    for index, value in enumerate(values):
        if value not in known:
            yield _problem(record, (*steps, index), f"unknown {what} {value!r}")


def _references(registry: Registry) -> Iterator[Problem]:  # noqa: C901, PLR0912
    bodies = {b.id: b for b in registry._bodies}
    sectors = {s.id for s in registry._sectors}
    agencies = {a.id for a in registry._agencies}
    plans = {p.id for p in registry._plans}
    pillars = {p.id for p in registry._pillars}
    every = {r.id for r in _records(registry)}
    for pillar in registry._pillars:
        yield from _refs(
            pillar, ("coordinating_bodies",), pillar.coordinating_bodies, bodies, "body"
        )
        if pillar.blueprint is not None and pillar.blueprint not in plans:
            yield _problem(pillar, ("blueprint",), f"unknown plan {pillar.blueprint!r}")
    for sector in registry._sectors:
        point = sector.focal_point
        yield from _refs(sector, ("focal_point", "agencies"), point.agencies, agencies, "agency")
        if not point.agencies and point.note is None:
            yield _problem(
                sector,
                ("focal_point", "note"),
                "a focal point without agencies must say why in a note",
            )
    for agency in registry._agencies:
        if _COUNTRY.fullmatch(agency.country) is None:
            yield _problem(
                agency, ("country",), f"expected an ISO 3166 alpha-3 code, got {agency.country!r}"
            )
    for body in registry._bodies:
        yield from _refs(body, ("sectors",), body.sectors, sectors, "sector")
        if body.pillar is not None and body.pillar not in pillars:
            yield _problem(body, ("pillar",), f"unknown pillar {body.pillar!r}")
        yield from _plus_format(body, bodies)
    for relation in registry._relations:
        for end in ("subject", "object"):
            value = getattr(relation, end)
            if value not in bodies:
                yield _problem(relation, (end,), f"unknown body {value!r}")
        if relation.subject == relation.object:
            yield _problem(
                relation, ("object",), f"{relation.subject!r} cannot {relation.kind} itself"
            )
    holders = sectors | pillars | bodies.keys()  # once: per plan it is quadratic
    for plan in registry._plans:
        yield from _refs(plan, ("holders",), plan.holders, holders, "body, sector or pillar")
        for name in ("supersedes", "retains"):
            value = getattr(plan, name)
            if value is not None and (value not in plans or value == plan.id):
                yield _problem(plan, (name,), f"unknown or self-referencing plan {value!r}")
    for record in registry._instruments:
        yield from _refs(record, ("sectors",), record.sectors, sectors, "sector")
    for programme in registry._programmes:
        yield from _refs(programme, ("sectors",), programme.sectors, sectors, "sector")
    for figure in registry._figures:
        if figure.sector is not None and figure.sector not in sectors:
            yield _problem(figure, ("sector",), f"unknown sector {figure.sector!r}")
    for erratum in registry._errata:
        yield from _refs(erratum, ("records",), erratum.records, every, "record")


def _plus_format(body: Body, bodies: dict[str, Body]) -> Iterator[Problem]:
    if body.partners and body.base is None:
        yield _problem(
            body, ("base",), "a plus-format body (with partners) must name its base body"
        )
    if body.base is None:
        return
    base = bodies.get(body.base)
    if base is None or base is body:
        yield _problem(body, ("base",), f"unknown base body {body.base!r}")
    elif base.base is not None:
        yield _problem(body, ("base",), f"base {base.id!r} is itself a plus-format body")
    if not body.partners:
        yield _problem(body, ("partners",), "a plus-format body must list its partners")


def _acronyms(registry: Registry) -> Iterator[Problem]:
    seen: dict[tuple[str, str], Body] = {}
    for body in registry._bodies:
        if body.acronym is None:
            continue
        key = (body.acronym.casefold(), body.names.best().casefold())
        first = seen.setdefault(key, body)
        if first is not body:
            yield _problem(
                body,
                ("acronym",),
                f"acronym {body.acronym!r} and name repeat body {first.id!r}: "
                "bodies sharing an acronym must differ in name",
            )


def _must_report(registry: Registry) -> Iterator[Problem]:
    reporting = {r.subject for r in registry._relations if r.kind in REPORTING_KINDS}
    for body in registry._bodies:
        if body.kind in MUST_REPORT and body.id not in reporting and body.reporting_note is None:
            yield _problem(
                body,
                ("kind",),
                f"a {body.kind} body must report to another body "
                "(or say in reporting_note that the source does not name one)",
            )


def _plans(registry: Registry) -> Iterator[Problem]:
    for plan in registry._plans:
        yield from _plan(plan)


def _plan(plan: Plan) -> Iterator[Problem]:
    if plan.item_count is not None and plan.item_count < 0:
        yield _problem(plan, ("item_count",), "a count cannot be negative")
    if plan.items and plan.item_count is not None and plan.item_count != len(plan.items):
        yield _problem(
            plan,
            ("item_count",),
            f"item_count {plan.item_count} does not match the {len(plan.items)} items listed",
        )
    if not plan.items and plan.item_count and plan.items_note is None:
        yield _problem(plan, ("items_note",), "items announced but not listed need an items_note")


def _cycles(registry: Registry) -> Iterator[Problem]:
    parents: dict[str, list[Relation]] = {}
    for relation in registry._relations:
        if relation.kind in REPORTING_KINDS:
            parents.setdefault(relation.subject, []).append(relation)
    done: set[str] = set()
    for start in parents:
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
                    chain = [*path[path.index(node) :], node]
                    relation = next(r for r in parents[path[-1]] if r.object == node)
                    yield _problem(relation, ("object",), "reporting cycle: " + " -> ".join(chain))
                    continue
                if node in done:
                    continue
                path.append(node)
                on_path.add(node)
            edges = parents.get(node, [])
            if index < len(edges):
                stack.append((node, index + 1))
                stack.append((edges[index].object, 0))
            else:
                done.add(node)
                on_path.discard(node)
                path.pop()
