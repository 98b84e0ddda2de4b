"""The invariants every registry satisfies, checked once when it is built.

:func:`findings` takes the :class:`~ascc_model._records.Records` and returns
what is wrong, each finding pointing at a record and a field path within it;
the loader turns those into file, line and field path, and a registry built in
Python into problems without a file. References are checked from the fields'
declared roles: a new reference field is checked with no code here.
"""

from __future__ import annotations

import math
import re
from typing import TYPE_CHECKING, Any

from attrs import frozen

from ._errors import Problem, format_path
from ._graph import ReportingGraph
from ._model import MUST_REPORT, REPORTING_KINDS, VERBS, Body, Citation, Plan, SourceKind
from ._records import KINDS, kind_of
from ._schema import ANY_RECORD, references

if TYPE_CHECKING:
    from collections.abc import Iterator

    from ._records import Records

__all__ = ["Finding", "findings", "problems"]

_ID = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
_COUNTRY = re.compile(r"[A-Z]{3}")

Steps = tuple[str | int, ...]


@frozen
class Finding:
    """One broken invariant: the record, the field path within it, and what is wrong.

    ``related`` is another record the finding is about (the first holder of a
    repeated id), so that the loader can say where that one is.
    """

    record: object
    steps: Steps
    message: str
    related: object = None

    def problem(self) -> Problem:
        """The finding as a :class:`~ascc_model.Problem` without a file."""
        return Problem(self.labelled(), format_path(self.steps))

    def labelled(self) -> str:
        """The message, preceded by the record's kind and id."""
        ident = getattr(self.record, "id", None)
        kind = kind_of(self.record)
        label = f"{kind} {ident!r}" if ident is not None else kind
        return f"{label}: {self.message}"


def problems(records: Records) -> list[Problem]:
    """Every invariant ``records`` break, as problems without a file."""
    return [f.problem() for f in findings(records)]


def findings(records: Records) -> list[Finding]:
    """Every invariant ``records`` break."""
    found: list[Finding] = []
    for check in (
        _ids,
        _renames,
        _sources,
        _references,
        _values,
        _acronyms,
        _must_report,
        _plans,
        _cycles,
        _citations,
        _verbs,
        _dates,
        _disagreements,
        _leaves,
    ):
        found.extend(check(records))
    return found


def _ids(records: Records) -> Iterator[Finding]:
    seen: dict[str, object] = {}
    for record in records.identified():
        ident: str = record.id
        if _ID.fullmatch(ident) is None:
            yield Finding(record, ("id",), "ids are lowercase slugs (a-z, 0-9, single hyphens)")
        first = seen.setdefault(ident, record)
        if first is not record:
            other = kind_of(first)
            yield Finding(record, ("id",), f"duplicate id: already used by a {other}", first)


def _renames(records: Records) -> Iterator[Finding]:
    ids = {r.id for r in records.identified()}
    seen: set[str] = set()
    for rename in records.renamed:
        if rename.old in ids:
            yield Finding(
                rename, ("old",), f"{rename.old!r} is still a record's id: ids are never reused"
            )
        if rename.old in seen:
            yield Finding(rename, ("old",), f"{rename.old!r} is renamed twice")
        seen.add(rename.old)


def _with_sources(records: Records) -> Iterator[Any]:
    yield from records.identified()
    yield from records.relations


def _sources(records: Records) -> Iterator[Finding]:
    for record in _with_sources(records):
        if hasattr(record, "sources") and not record.sources:
            yield Finding(record, ("sources",), "every record needs at least one source")
    for sector in records.sectors:
        if not sector.focal_point.sources:
            yield Finding(sector, ("focal_point", "sources"), "the focal point needs a source")


def _references(records: Records) -> Iterator[Finding]:
    ids: dict[str, set[str]] = {name: set() for name in KINDS}
    for record in records.identified():
        ids[kind_of(record)].add(record.id)
    every = set().union(*ids.values())
    ids[ANY_RECORD] = every
    every_record: tuple[object, ...] = (*records.identified(), *records.relations, *records.renamed)
    for item in every_record:
        for steps, kinds, value in references(item):
            if not any(value in ids[kind] for kind in kinds):
                yield Finding(item, steps, f"unknown {_either(kinds)} {value!r}")


def _either(kinds: tuple[str, ...]) -> str:
    words = ["record" if k == ANY_RECORD else k for k in kinds]
    return words[0] if len(words) == 1 else ", ".join(words[:-1]) + " or " + words[-1]


def _values(records: Records) -> Iterator[Finding]:  # noqa: C901 - one short rule each
    for sector in records.sectors:
        point = sector.focal_point
        if not point.agencies and point.note is None:
            yield Finding(
                sector,
                ("focal_point", "note"),
                "a focal point without agencies must say why in a note",
            )
    for agency in records.agencies:
        if _COUNTRY.fullmatch(agency.country) is None:
            yield Finding(
                agency, ("country",), f"expected an ISO 3166 alpha-3 code, got {agency.country!r}"
            )
    bodies = {b.id: b for b in records.bodies}
    for body in records.bodies:
        yield from _plus_format(body, bodies)
    for relation in records.relations:
        if relation.subject == relation.object:
            yield Finding(
                relation, ("object",), f"{relation.subject!r} cannot {relation.kind} itself"
            )
    for plan in records.plans:
        for name in ("supersedes", "retains"):
            if getattr(plan, name) == plan.id:
                yield Finding(plan, (name,), f"a plan cannot name itself: {plan.id!r}")


def _plus_format(body: Body, bodies: dict[str, Body]) -> Iterator[Finding]:
    # Partners without a base are the partners a body meets or works with (0.2), not a
    # plus format; a base without partners is not a plus format either.
    if body.base is None:
        return
    base = bodies.get(body.base)
    if base is body:
        yield Finding(body, ("base",), f"a body cannot be its own base: {body.base!r}")
    elif base is not None and base.base is not None:
        yield Finding(body, ("base",), f"base {base.id!r} is itself a plus-format body")
    if not body.partners:
        yield Finding(body, ("partners",), "a plus-format body must list its partners")


def _acronyms(records: Records) -> Iterator[Finding]:
    seen: dict[tuple[str, str], Body] = {}
    for body in records.bodies:
        if body.acronym is None:
            continue
        key = (body.acronym.casefold(), body.names.best().casefold())
        first = seen.setdefault(key, body)
        if first is not body:
            yield Finding(
                body,
                ("acronym",),
                f"acronym {body.acronym!r} and name repeat body {first.id!r}: "
                "bodies sharing an acronym must differ in name",
            )


def _must_report(records: Records) -> Iterator[Finding]:
    reporting = {r.subject for r in records.relations if r.kind in REPORTING_KINDS}
    for body in records.bodies:
        if body.kind in MUST_REPORT and body.id not in reporting and body.reporting_note is None:
            yield Finding(
                body,
                ("kind",),
                f"a {body.kind} body must report to another body "
                "(or say in reporting_note that the source does not name one)",
            )


def _plans(records: Records) -> Iterator[Finding]:
    for plan in records.plans:
        yield from _plan(plan)


def _plan(plan: Plan) -> Iterator[Finding]:
    if plan.item_count is not None and plan.item_count < 0:
        yield Finding(plan, ("item_count",), "a count cannot be negative")
    if plan.items and plan.item_count is not None and plan.item_count != len(plan.items):
        yield Finding(
            plan,
            ("item_count",),
            f"item_count {plan.item_count} does not match the {len(plan.items)} items listed",
        )
    if not plan.items and plan.item_count and plan.items_note is None:
        yield Finding(plan, ("items_note",), "items announced but not listed need an items_note")


def _cycles(records: Records) -> Iterator[Finding]:
    for relation, chain in ReportingGraph(records.relations).cycles():
        yield Finding(relation, ("object",), "reporting cycle: " + " -> ".join(chain))


_SHA256 = re.compile(r"[0-9a-f]{64}")


def _citations(records: Records) -> Iterator[Finding]:
    """Line citations stay within a text of known length; a seed is described fully."""
    lines = {s.id: s.line_count for s in records.sources}
    for source in records.sources:
        if source.kind is SourceKind.SEED and (source.line_count is None or source.sha256 is None):
            yield Finding(source, ("kind",), "a seed text needs its line_count and sha256")
        if source.sha256 is not None and _SHA256.fullmatch(source.sha256) is None:
            yield Finding(source, ("sha256",), "expected 64 lowercase hexadecimal digits")
    for item in (*records.identified(), *records.relations):
        for steps, citation in _cited(item, ()):
            if citation.line is None or citation.source not in lines:
                continue
            count = lines[citation.source]
            if count is not None and citation.line > count:
                yield Finding(
                    item,
                    steps,
                    f"line {citation.line} is past the end of {citation.source!r} ({count} lines)",
                )


def _cited(value: object, steps: Steps) -> Iterator[tuple[Steps, Citation]]:
    """Every citation a record holds, nested values and lists included."""
    from ._schema import declares_roles, fields_of  # noqa: PLC0415 - the schema, once

    if isinstance(value, Citation):
        yield steps, value
    elif isinstance(value, tuple):
        for index, item in enumerate(value):
            yield from _cited(item, (*steps, index))
    elif declares_roles(type(value)):
        for field, _role in fields_of(type(value)):
            yield from _cited(getattr(value, field.name), (*steps, field.name))


def _verbs(records: Records) -> Iterator[Finding]:
    """A line's verb is a row of the verb table, of its kind; a suggesting verb says why."""
    for relation in records.relations:
        if relation.verb is None:
            continue
        row = VERBS.get(relation.verb)
        if row is None:
            yield Finding(relation, ("verb",), f"{relation.verb!r} is not in the verb table")
        elif row.kind is not relation.kind:
            yield Finding(
                relation,
                ("kind",),
                f"the verb {relation.verb!r} means {row.kind.value}, not {relation.kind.value}",
            )
        elif not row.stated and relation.inferred is None:
            yield Finding(
                relation,
                ("inferred",),
                f"{relation.verb!r} does not state a line: say why it is inferred",
            )


def _dates(records: Records) -> Iterator[Finding]:
    for agency in records.agencies:
        start, end = agency.valid_from, agency.valid_until
        if start is not None and end is not None and str(end) < str(start):
            yield Finding(agency, ("valid_until",), f"ends ({end}) before it starts ({start})")
    for source in records.sources:
        after, before = source.written_after, source.written_before
        if after is not None and before is not None and str(before.date) < str(after.date):
            yield Finding(source, ("written_before",), "the bounds leave no date")
    for change in records.changes:
        if not change.original or not change.resulting:
            yield Finding(
                change, ("resulting",), "a change needs original and resulting organisations"
            )


def _disagreements(records: Records) -> Iterator[Finding]:
    for disagreement in records.disagreements:
        values = [c.value for c in disagreement.claims]
        if len(values) < 2:  # noqa: PLR2004 - a disagreement has two sides at least
            yield Finding(disagreement, ("claims",), "a disagreement needs two claims or more")
        if disagreement.follows not in values:
            yield Finding(
                disagreement, ("follows",), "the value followed must be one of the claims"
            )
        for index, claim in enumerate(disagreement.claims):
            if not claim.sources:
                yield Finding(disagreement, ("claims", index, "sources"), "a claim needs a source")


def _leaves(records: Records) -> Iterator[Finding]:
    """Every text, number and address holds what the data may hold (as the loader demands).

    A record built in Python meets the same rules as one read from a file: no
    control characters, lone surrogates or noncharacters in any text, integers
    within the bound, finite numbers, web addresses that are absolute http(s) URLs.
    """
    for record in (*records.identified(), *records.relations, *records.renamed):
        for steps, value, declared in _walk(record, ()):
            message = _leaf_problem(value, declared)
            if message is not None:
                yield Finding(record, steps, message)


def _walk(value: object, steps: Steps, declared: Any = None) -> Iterator[tuple[Steps, object, Any]]:
    from ._schema import declares_roles, fields_of  # noqa: PLC0415 - the schema, once

    if isinstance(value, tuple):
        for index, item in enumerate(value):
            yield from _walk(item, (*steps, index), declared)
    elif declares_roles(type(value)):
        for field, role in fields_of(type(value)):
            yield from _walk(getattr(value, field.name), (*steps, field.name), role)
    elif value is not None:
        yield steps, value, declared


def _leaf_problem(value: object, declared: Any) -> str | None:
    from ._yaml import FORBIDDEN, MAX_INTEGER  # noqa: PLC0415 - the reader's own rules

    if isinstance(value, str):
        bad = FORBIDDEN.search(value)
        if bad is not None:
            return f"the character U+{ord(bad[0]):04X} is not allowed in the data"
        if declared is not None and declared.iri and not _web_address(value):
            return f"expected an absolute http(s) URL, got {value!r}"
    elif isinstance(value, bool):
        return None
    elif isinstance(value, int) and abs(value) > MAX_INTEGER:
        return f"the integer {value:,} is beyond the bound of {MAX_INTEGER:,}"
    elif isinstance(value, float) and not math.isfinite(value):
        return f"expected a finite number, got {value!r}"
    return None


_URL = re.compile(r"https?://[^\s<>\"{}|\\^`/?#]+(?:[/?#][^\s<>\"{}|\\^`]*)?")


def _web_address(text: str) -> bool:
    """Whether ``text`` is an absolute http(s) URL an IRI can be made of (no spaces, no <>)."""
    return _URL.fullmatch(text) is not None
