"""A ranked look-up over the acronyms, names (English and Indonesian), aliases and ids.

Matching folds case, accents, dashes, quotes and spacing (as the key look-ups
do). A key that equals the query ranks first, then keys that start with it,
then keys that contain it as a word, then keys that contain it anywhere, then
keys within a small typo of it (by :mod:`difflib`, compared word for word).
"""

from __future__ import annotations

import difflib
from typing import TYPE_CHECKING

from attrs import frozen

from ._registry import normalize

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator

    from ._registry import Registry

__all__ = ["Hit", "search"]

#: How close (difflib ratio, 0 to 1) a misspelt query must be to a key.
FUZZY_CUTOFF = 0.8
#: Queries shorter than this match only exactly, by prefix or inside a key: too
#: many short keys are within one typo of each other.
FUZZY_MIN_LENGTH = 4

#: Shorter queries do not match inside a word ("x" is not looked for in "index").
_INSIDE_MIN_LENGTH = 3

_EXACT, _PREFIX, _WORD, _INSIDE, _FUZZY = range(5)
_TIERS = ("exact", "prefix", "word", "substring", "fuzzy")


@frozen
class Hit:
    """One record found by :func:`search`: its kind, the record, and how it matched."""

    kind: str
    record: object
    key: str
    match: str
    score: float


def _keys(registry: Registry) -> Iterator[tuple[str, object, Iterable[str | None]]]:
    for sector in registry.sectors():
        yield "sector", sector, (*sector.names, sector.id)
    for body in registry.bodies():
        yield "body", body, (body.acronym, *body.names, *body.aliases, body.id)
    for agency in registry.agencies():
        yield "agency", agency, (agency.acronym, *agency.names, agency.id)
    for plan in registry.plans():
        yield "plan", plan, (plan.acronym, *plan.title, plan.id)


def _rank(needle: str, key: str) -> tuple[int, float] | None:
    if key == needle:
        return _EXACT, 1.0
    closeness = difflib.SequenceMatcher(None, needle, key).ratio()
    if key.startswith(needle):
        return _PREFIX, closeness
    words = key.split()
    size = len(needle.split())
    windows = [" ".join(words[i : i + size]) for i in range(max(1, len(words) - size + 1))]
    if needle in windows:
        return _WORD, closeness
    if needle in key and len(needle) >= _INSIDE_MIN_LENGTH:
        return _INSIDE, closeness
    if len(needle) < FUZZY_MIN_LENGTH:
        return None
    best = max(
        closeness,
        *(difflib.SequenceMatcher(None, needle, w).ratio() for w in windows),
    )
    return (_FUZZY, best) if best >= FUZZY_CUTOFF else None


def search(registry: Registry, text: str, *, limit: int | None = 20) -> tuple[Hit, ...]:
    """Sectors, bodies, agencies and plans matching ``text``, best first.

    Raises:
        ValueError: ``text`` is empty or only spaces.

    >>> import ascc_model
    >>> [(h.kind, h.key, h.match) for h in search(ascc_model.registry(), "acwc")][:2]
    [('body', 'ACWC', 'exact'), ('plan', 'ACWC Work Plan 2021-2025', 'prefix')]
    >>> [(h.kind, h.record.id, h.match) for h in search(ascc_model.registry(), "helth")][:1]
    [('sector', 'health', 'fuzzy')]
    """
    needle = normalize(text)
    if not needle:
        msg = "search needs some text to look for"
        raise ValueError(msg)
    found: dict[int, tuple[tuple[int, float, int], Hit]] = {}
    for order, (kind, record, keys) in enumerate(_keys(registry)):
        for key in keys:
            if key is None:
                continue
            ranked = _rank(needle, normalize(key))
            if ranked is None:
                continue
            tier, score = ranked
            sort_key = (tier, -score, order)
            best = found.get(order)
            if best is None or sort_key < best[0]:
                hit = Hit(kind, record, key, _TIERS[tier], round(score, 3))
                found[order] = (sort_key, hit)
    hits = tuple(hit for _key, hit in sorted(found.values(), key=lambda pair: pair[0]))
    return hits if limit is None else hits[:limit]
