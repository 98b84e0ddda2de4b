"""A ranked search over the keys of records (acronyms, names in both languages, aliases, ids).

Matching folds case, accents, dashes, quotes and spacing, as look-ups do. A key
that equals the query ranks first, then keys that start with it, keys that hold
it as whole words, keys that hold it anywhere, keys within a small typo of it
(by :mod:`difflib`, word for word), keys that hold some of the query's words
(each exactly or within a typo), and last records whose prose (summaries,
descriptions) holds all of the query's words. Within a tier, closer keys come
first (and of keys that match alike, the key closer as a whole), then the kinds
in the order of :data:`SEARCHED`, then data order.
"""

from __future__ import annotations

import difflib
from typing import TYPE_CHECKING, Any

from attrs import frozen

from ._keys import normalize
from ._schema import fields_of, key_values

if TYPE_CHECKING:
    from collections.abc import Iterable, Sequence

    from ._records import Records

__all__ = ["SEARCHED", "Hit", "search"]

#: The kinds of record searched by default, in the order ties are broken.
SEARCHED: tuple[str, ...] = (
    "sector",
    "body",
    "agency",
    "plan",
    "pillar",
    "instrument",
    "programme",
)
#: How close (difflib ratio, 0 to 1) a misspelt word must be to a key's word.
FUZZY_CUTOFF = 0.8
#: Queries (and words) shorter than this match only exactly, by prefix or inside a key:
#: too many short keys are within one typo of each other.
FUZZY_MIN_LENGTH = 4
#: Longer queries are matched only exactly, by prefix or inside a key: comparing them
#: with every key for typos would take long and find nothing.
FUZZY_MAX_LENGTH = 100
#: Shorter queries do not match inside a word ("x" is not looked for in "index").
_INSIDE_MIN_LENGTH = 3

_TIERS = ("exact", "prefix", "word", "substring", "fuzzy", "words", "text")
_EXACT, _PREFIX, _WORD, _INSIDE, _FUZZY, _WORDS, _TEXT = range(len(_TIERS))


@frozen
class Hit:
    """One record found by :func:`ascc_model.search`: its kind, the record, and how it matched.

    ``key`` is the key (or prose field) that matched, as written; ``match`` the
    tier (``"exact"``, ``"prefix"``, ``"word"``, ``"substring"``, ``"fuzzy"``,
    ``"words"`` or ``"text"``); ``score`` how close it is within the tier (0 to 1).

    >>> import ascc_model
    >>> hit = ascc_model.search("ASOEM")[0]
    >>> hit.kind, hit.record.id, hit.match
    ('body', 'asoen', 'fuzzy')
    """

    kind: str
    record: Any
    key: str
    match: str
    score: float


class _Entry:
    __slots__ = ("keys", "kind", "order", "prose", "record")

    def __init__(self, kind: str, order: int, record: object) -> None:
        self.kind = kind
        self.order = order
        self.record = record
        self.keys = [(normalize(k), k) for k in dict.fromkeys(key_values(record))]
        self.prose = frozenset(
            word
            for field, role in fields_of(type(record))
            if role.prose and isinstance(value := getattr(record, field.name), str)
            for word in normalize(value).replace(",", " ").replace(".", " ").split()
        )


def entries(records: Records) -> list[_Entry]:
    """What the search looks through, built once per registry."""
    from ._records import KINDS  # noqa: PLC0415 - the search is not on the fast path

    found: list[_Entry] = []
    for rank, kind in enumerate(SEARCHED):
        collection = getattr(records, KINDS[kind].plural)
        found.extend(_Entry(kind, rank * 1_000_000 + i, r) for i, r in enumerate(collection))
    return found


def _ratio(a: str, b: str) -> float:
    return difflib.SequenceMatcher(None, a, b, autojunk=False).ratio()


def _word_close(word: str, key_words: Sequence[str]) -> float:
    """How well one query word matches a key's words: 1.0 exactly, else the best typo ratio."""
    if word in key_words:
        return 1.0
    if len(word) < FUZZY_MIN_LENGTH or len(word) > FUZZY_MAX_LENGTH:
        return 0.0
    best = max((_ratio(word, w) for w in key_words), default=0.0)
    return best if best >= FUZZY_CUTOFF else 0.0


def _rank(needle: str, words: Sequence[str], key: str) -> tuple[int, float, float] | None:
    """The tier of ``key`` for the query, its score within the tier, and a tie-breaker.

    The tie-breaker is how close the whole key is to the query: of two keys that
    hold the same misspelt word, the shorter, closer one comes first. Keys that
    hold only some of the words tie, and fall back on the order of kinds
    (sectors first): they are the broad answers to a loose query.
    """
    ranked = _tier(needle, words, key)
    if ranked is None:
        return None
    tier, score = ranked
    plain = tier in (_EXACT, _WORDS) or len(needle) > FUZZY_MAX_LENGTH
    whole = 0.0 if plain else _ratio(needle, key)
    return tier, score, whole


def _tier(needle: str, words: Sequence[str], key: str) -> tuple[int, float] | None:  # noqa: PLR0911
    if key == needle:
        return _EXACT, 1.0
    fuzzy = FUZZY_MIN_LENGTH <= len(needle) <= FUZZY_MAX_LENGTH
    closeness = _ratio(needle, key) if fuzzy or len(needle) < FUZZY_MIN_LENGTH else 0.0
    if key.startswith(needle):
        return _PREFIX, closeness
    key_words = key.split()
    size = len(words)
    windows = [" ".join(key_words[i : i + size]) for i in range(max(1, len(key_words) - size + 1))]
    if needle in windows:
        return _WORD, closeness
    if needle in key and len(needle) >= _INSIDE_MIN_LENGTH:
        return _INSIDE, closeness
    if not fuzzy:
        return None
    best = max(closeness, *(_ratio(needle, w) for w in windows))
    if best >= FUZZY_CUTOFF:
        return _FUZZY, best
    if size > 1:  # a query this long is within FUZZY_MAX_LENGTH (see `fuzzy` above)
        matched = [_word_close(w, key_words) for w in words]
        if any(matched):
            return _WORDS, sum(matched) / size
    return None


_Ranked = tuple[tuple[int, float, float, int], Hit]


def _best(entry: _Entry, text: str, needle: str, words: Sequence[str]) -> _Ranked | None:
    """The best match among one record's keys, or of its prose, or ``None``."""
    best: _Ranked | None = None
    for folded, written in entry.keys:
        ranked = _rank(needle, words, folded)
        if ranked is None:
            continue
        tier, score, whole = ranked
        sort_key = (tier, -score, -whole, entry.order)
        if best is None or sort_key < best[0]:
            hit = Hit(entry.kind, entry.record, written, _TIERS[tier], round(score, 3))
            best = (sort_key, hit)
    if (
        best is None
        and entry.prose
        and len(needle) <= FUZZY_MAX_LENGTH
        and all(w in entry.prose for w in words)
    ):
        best = ((_TEXT, 0.0, 0.0, entry.order), Hit(entry.kind, entry.record, text, "text", 0.0))
    return best


def search(
    pool: Iterable[_Entry], text: str, *, kinds: Iterable[str] | None = None, limit: int | None
) -> tuple[Hit, ...]:
    """The records of ``pool`` that match ``text``, best first (see the module's docstring).

    Raises:
        ValueError: ``text`` is empty or only spaces, or ``kinds`` names an unknown kind.
        TypeError: ``text`` is not a string.
    """
    if not isinstance(text, str):
        msg = f"search text must be a string, not {type(text).__name__}"
        raise TypeError(msg)
    needle = normalize(text)
    if not needle:
        msg = "search needs some text to look for"
        raise ValueError(msg)
    wanted = None if kinds is None else set(kinds)
    if wanted is not None and not wanted <= set(SEARCHED):
        msg = f"unknown kinds {sorted(wanted - set(SEARCHED))}; search looks through {SEARCHED}"
        raise ValueError(msg)
    words = needle.split()
    found = [
        best
        for entry in pool
        if (wanted is None or entry.kind in wanted)
        and (best := _best(entry, text, needle, words)) is not None
    ]
    found.sort(key=lambda pair: pair[0])
    hits = tuple(hit for _key, hit in found)
    return hits if limit is None else hits[:limit]
