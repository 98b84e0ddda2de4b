"""Hypothesis strategies: valid registries in plain (YAML-ready) form, and mutations of them."""

from __future__ import annotations

import itertools
from typing import Any

from hypothesis import strategies as st

from ascc_model import BodyKind, InstrumentKind, PlanKind, RelationKind
from ascc_model._model import MUST_REPORT, REPORTING_KINDS

# Text as people write it, minus what YAML cannot carry or folds (line and
# paragraph separators, control characters, surrogates).
TEXT = (
    st.text(
        alphabet=st.characters(
            codec="utf-8", exclude_categories=("Cs", "Cc", "Zl", "Zp"), exclude_characters="\x85"
        ),
        min_size=1,
        max_size=30,
    )
    .map(str.strip)
    .filter(bool)
)
ACRONYM = st.sampled_from(["AB", "ABC", "SOM", "WG", "APT EMM", "AMM+3"])


def _citations() -> st.SearchStrategy[list[str]]:
    return st.lists(st.integers(1, 999).map(lambda n: f"src:{n}"), min_size=1, max_size=3)


@st.composite
def partial_dates(draw: st.DrawFn) -> str:
    year = draw(st.integers(1, 9999))
    text = f"{year:04d}"
    if draw(st.booleans()):
        month = draw(st.integers(1, 12))
        text += f"-{month:02d}"
        if draw(st.booleans()):
            text += f"-{draw(st.integers(1, 28)):02d}"
    return text


def _names(draw: st.DrawFn, unique: str) -> dict[str, str]:
    # The unique suffix keeps names apart, so acronym collisions stay legal.
    names = {"en": f"{draw(TEXT)} {unique}"}
    if draw(st.booleans()):
        names["id"] = draw(TEXT)
    return names


def _maybe(
    draw: st.DrawFn, record: dict[str, Any], key: str, strategy: st.SearchStrategy[Any]
) -> None:
    if draw(st.booleans()):
        record[key] = draw(strategy)


@st.composite
def registries(draw: st.DrawFn) -> dict[str, Any]:  # noqa: C901, PLR0912, PLR0915 - a block per kind
    """A valid registry as one plain document: every invariant holds."""
    # Ids are slugs unique across kinds; their shape is tested elsewhere, so keep them cheap.
    ids = iter(f"{draw(st.sampled_from(['a', 'x-1', 'rec']))}-{n}" for n in itertools.count())
    doc: dict[str, Any] = {
        "schema_version": 1,
        "sources": [{"id": "src", "title": draw(TEXT), "language": "id"}],
    }
    agencies = []
    for _ in range(draw(st.integers(0, 3))):
        agency: dict[str, Any] = {
            "id": next(ids),
            "names": {"id": draw(TEXT)},
            "country": draw(st.sampled_from(["IDN", "MYS"])),
            "sources": draw(_citations()),
        }
        _maybe(draw, agency, "acronym", ACRONYM)
        _maybe(draw, agency, "as_of", partial_dates())
        agencies.append(agency)
    sectors = []
    for _ in range(draw(st.integers(1, 3))):
        chosen = (
            draw(st.lists(st.sampled_from([a["id"] for a in agencies]), unique=True))
            if agencies
            else []
        )
        point: dict[str, Any] = {"agencies": chosen, "sources": draw(_citations())}
        if not chosen:
            point["note"] = draw(TEXT)
        sector = {
            "id": next(ids),
            "names": _names(draw, "sector"),
            "summary": draw(TEXT),
            "focal_point": point,
            "sources": draw(_citations()),
        }
        _maybe(draw, sector, "reference_url", st.just("https://example.org/x"))
        sectors.append(sector)
    sector_ids = [s["id"] for s in sectors]
    bodies: list[dict[str, Any]] = []
    relations: list[dict[str, Any]] = []
    for index in range(draw(st.integers(1, 8))):
        body: dict[str, Any] = {
            "id": next(ids),
            "names": _names(draw, f"b{index}"),
            "kind": draw(st.sampled_from(list(BodyKind))).value,
            "sources": draw(_citations()),
        }
        _maybe(draw, body, "acronym", ACRONYM)
        _maybe(draw, body, "sectors", st.lists(st.sampled_from(sector_ids), unique=True))
        _maybe(draw, body, "aliases", st.lists(TEXT, max_size=2))
        _maybe(draw, body, "established", partial_dates())
        _maybe(
            draw,
            body,
            "meets",
            st.fixed_dictionaries(
                {"period": st.sampled_from(["P1Y", "P2Y", "P3Y", "P6M"])},
                optional={"at_least": st.booleans(), "note": TEXT},
            ),
        )
        _maybe(draw, body, "description", TEXT)
        plain = [b for b in bodies if "base" not in b]
        if plain and draw(st.booleans()):
            body["base"] = draw(st.sampled_from(plain))["id"]
            body["partners"] = draw(st.lists(TEXT, min_size=1, max_size=3))
        # Reporting lines point only to earlier bodies: the graph has no cycle.
        if bodies and draw(st.booleans()):
            relations.append(
                {
                    "subject": body["id"],
                    "kind": draw(st.sampled_from(sorted(REPORTING_KINDS))).value,
                    "object": draw(st.sampled_from(bodies))["id"],
                    "sources": draw(_citations()),
                }
            )
        elif BodyKind(body["kind"]) in MUST_REPORT:
            body["reporting_note"] = draw(TEXT)
        bodies.append(body)
    body_ids = [b["id"] for b in bodies]
    if len(bodies) > 1:
        others = sorted(set(RelationKind) - REPORTING_KINDS)
        for _ in range(draw(st.integers(0, 3))):
            subject, obj = draw(
                st.lists(st.sampled_from(body_ids), min_size=2, max_size=2, unique=True)
            )
            relation = {
                "subject": subject,
                "kind": draw(st.sampled_from(others)).value,
                "object": obj,
                "sources": draw(_citations()),
            }
            _maybe(draw, relation, "note", TEXT)
            relations.append(relation)
    plans: list[dict[str, Any]] = []
    for index in range(draw(st.integers(0, 3))):
        plan: dict[str, Any] = {
            "id": next(ids),
            "title": _names(draw, f"p{index}"),
            "kind": draw(st.sampled_from(list(PlanKind))).value,
            "holders": draw(
                st.lists(st.sampled_from(body_ids + sector_ids), min_size=1, unique=True)
            ),
            "sources": draw(_citations()),
        }
        start = draw(st.integers(1950, 2030))
        _maybe(draw, plan, "period", st.integers(0, 10).map(lambda n, s=start: f"{s}-{s + n}"))
        items = draw(st.lists(st.builds(lambda t: {"id": t}, TEXT), max_size=5))
        plan["items"] = items
        if draw(st.booleans()):
            plan["item_count"] = len(items) if items else draw(st.integers(1, 9))
            if not items:
                plan["items_note"] = draw(TEXT)
        if plans and draw(st.booleans()):
            plan["supersedes"] = draw(st.sampled_from(plans))["id"]
        plans.append(plan)
    instruments = [
        {
            "id": next(ids),
            "names": _names(draw, "i"),
            "kind": draw(st.sampled_from(list(InstrumentKind))).value,
            "sources": draw(_citations()),
            **draw(st.fixed_dictionaries({}, optional={"signed": partial_dates(), "place": TEXT})),
        }
        for _ in range(draw(st.integers(0, 2)))
    ]
    figures = [
        {
            "id": next(ids),
            "measure": draw(TEXT),
            "value": draw(st.floats(allow_nan=False, allow_infinity=False)),
            "unit": draw(TEXT),
            "sources": draw(_citations()),
            **draw(
                st.fixed_dictionaries(
                    {}, optional={"year": st.integers(1900, 2100), "approximate": st.booleans()}
                )
            ),
        }
        for _ in range(draw(st.integers(0, 2)))
    ]
    every = [r["id"] for r in (*agencies, *sectors, *bodies, *plans, *instruments, *figures)]
    errata = [
        {
            "id": next(ids),
            "slip": draw(TEXT),
            "correction": draw(TEXT),
            "explanation": draw(TEXT),
            "records": draw(st.lists(st.sampled_from(every), max_size=2, unique=True)),
            "sources": draw(_citations()),
        }
        for _ in range(draw(st.integers(0, 2)))
    ]
    doc |= {
        "agencies": agencies,
        "sectors": sectors,
        "bodies": bodies,
        "relations": relations,
        "plans": plans,
        "instruments": instruments,
        "figures": figures,
        "errata": errata,
    }
    return doc
