"""Look-ups by key: ids, acronyms, names and aliases, folded for forgiving matches.

The keys of a record are the values of its key fields (declared in the model
with ``key=True``). A :class:`KeyIndex` holds the records of one kind by their
folded keys; resolving a key gives the one record it names, or raises
:class:`~ascc_model.UnknownKeyError` (with close matches) or
:class:`~ascc_model.AmbiguousKeyError` (listing every match).
"""

from __future__ import annotations

import sys
import unicodedata
import warnings
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from ._schema import key_values

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable, Mapping

    from ._model import Rename

__all__ = ["KeyIndex", "across", "by_id", "normalize", "stacklevel"]

R = TypeVar("R")

_FOLD = str.maketrans({"\u2019": "'", "\u2018": "'", "\u2013": "-", "\u2014": "-", "\u2010": "-"})
#: Keys longer than this are never similar to a record's key: no suggestions are computed.
SUGGEST_MAX_CHARS = 200


def normalize(text: str) -> str:
    """Fold case, accents, dashes, quotes and spacing, for forgiving look-ups.

    >>> normalize("  AMRI + 3 ") == normalize("amri+3")
    True
    >>> normalize("Senior Officials\N{RIGHT SINGLE QUOTATION MARK} Meeting") == normalize(
    ...     "senior officials' meeting"
    ... )
    True
    """
    if text.isascii():  # the common case: nothing to decompose, fold or translate
        folded = text.lower()
    else:
        decomposed = unicodedata.normalize("NFKD", text)
        folded = "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()
        folded = folded.translate(_FOLD)
    folded = " ".join(folded.split())
    return folded.replace(" +", "+").replace("+ ", "+")


class KeyIndex(Generic[R]):
    """The records of one kind by their folded keys, with the first written form of each."""

    __slots__ = ("_by_id", "_renames", "_written", "cls", "display", "kind", "plural", "records")

    def __init__(  # noqa: PLR0913 - what one kind's index is made of
        self,
        kind: str,
        plural: str,
        cls: type[R],
        records: Iterable[R],
        *,
        by_id: Mapping[str, object],
        renames: Mapping[str, Rename],
    ) -> None:
        self.kind = kind
        self.plural = plural
        self.cls = cls
        self._by_id = by_id
        self._renames = renames
        self.records: dict[str, list[R]] = {}
        self.display: dict[str, str] = {}
        folded_of: dict[str, str] = {}  # each key as written, folded
        for record in records:
            for key in key_values(record):
                folded = folded_of.setdefault(key, normalize(key))
                bucket = self.records.setdefault(folded, [])
                if record not in bucket:
                    bucket.append(record)
                self.display.setdefault(folded, key)
        # Each key as written, when its folded form names one record: most look-ups
        # use a key as the data writes it, and skip folding it.
        self._written: dict[str, R] = {
            key: bucket[0]
            for key, folded in folded_of.items()
            if len(bucket := self.records[folded]) == 1
        }

    def resolve(self, key: str | R) -> R:
        """The one record ``key`` names: an id first, then a renamed id, then any key.

        Raises:
            TypeError: ``key`` is neither a string nor a record of this kind.
            UnknownKeyError: nothing matches.
            AmbiguousKeyError: several records match.
        """
        if isinstance(key, self.cls):
            found = self._by_id.get(key.id)  # type: ignore[attr-defined]
            if found is key or found == key:  # `is` first: comparing every field costs
                return key
            raise _unknown(self.kind, key.id, ())  # type: ignore[attr-defined]
        if not isinstance(key, str):
            msg = (
                f"a {self.kind} key must be a string or a {self.cls.__name__}, "
                f"not {type(key).__name__}"
            )
            raise TypeError(msg)
        exact = self._by_id.get(key)
        if isinstance(exact, self.cls):
            return exact
        rename = self._renames.get(key)
        if rename is not None and isinstance(self._by_id.get(rename.new), self.cls):
            warnings.warn(
                f"{self.kind} id {key!r} was renamed {rename.new!r} in {rename.since}; "
                "use the new id",
                DeprecationWarning,
                stacklevel=stacklevel(),
            )
            return self._by_id[rename.new]  # type: ignore[return-value]
        written = self._written.get(key)
        if written is not None:
            return written
        matches = self.records.get(normalize(key), ())
        if len(matches) == 1:
            return matches[0]
        if matches:
            from ._errors import AmbiguousKeyError  # noqa: PLC0415 - only a failure needs it

            raise AmbiguousKeyError(self.plural, key, [m.id for m in matches])  # type: ignore[attr-defined]
        raise _unknown(self.kind, key, self.suggest(key))

    def suggest(self, key: str, limit: int = 4) -> list[str]:
        """Keys close to ``key``, in their written form (none for a very long key)."""
        if len(key) > SUGGEST_MAX_CHARS:
            return []
        import difflib  # noqa: PLC0415 - only a failed look-up needs it (saves start-up time)

        close = difflib.get_close_matches(normalize(key), self.display, n=limit, cutoff=0.6)
        return list(dict.fromkeys(self.display[c] for c in close))


def by_id(ids: Mapping[str, Any], renames: Mapping[str, Rename], ident: str) -> Any:
    """The record with this id; a renamed id resolves, with a warning.

    Raises:
        TypeError: ``ident`` is not a string.
        UnknownKeyError: no record has this id (the error suggests close ids).
    """
    if not isinstance(ident, str):
        msg = f"an id must be a string, not {type(ident).__name__}"
        raise TypeError(msg)
    found = ids.get(ident)
    if found is None:
        rename = renames.get(ident)
        if rename is not None:
            warnings.warn(
                f"id {ident!r} was renamed {rename.new!r} in {rename.since}; use the new id",
                DeprecationWarning,
                stacklevel=stacklevel(),
            )
            found = ids[rename.new]
    if found is None:
        close: list[str] = []
        if len(ident) <= SUGGEST_MAX_CHARS:
            import difflib  # noqa: PLC0415 - only a failed look-up needs it

            close = difflib.get_close_matches(ident, ids, n=4, cutoff=0.6)
        raise _unknown("record", ident, close)
    return found


def across(
    ids: Mapping[str, Any],
    indexes: Mapping[str, KeyIndex[Any]],
    key: str,
    suggest: Callable[[str], list[str]],
) -> Any:
    """The one record of the kinds of ``indexes`` that ``key`` names; an id wins.

    Raises:
        UnknownKeyError: nothing matches; ``suggest`` gives the suggestions.
        AmbiguousKeyError: several records match, of one kind or several.
    """
    from ._errors import AmbiguousKeyError, UnknownKeyError  # noqa: PLC0415 - failures only
    from ._records import kind_of  # noqa: PLC0415 - the records' kinds, once

    exact = ids.get(key) if isinstance(key, str) else None
    if exact is not None and kind_of(exact) in indexes:
        return exact
    found: dict[str, Any] = {}
    for index in indexes.values():
        try:
            record = index.resolve(key)
        except AmbiguousKeyError as exc:
            found.update(dict.fromkeys(exc.candidates))
        except UnknownKeyError:
            continue
        else:
            found[record.id] = record
    if len(found) == 1 and None not in found.values():
        return next(iter(found.values()))
    if found:
        raise AmbiguousKeyError("records", key, list(found))
    kinds = list(indexes)
    what = kinds[0] if len(kinds) == 1 else ", ".join(kinds[:-1]) + " or " + kinds[-1]
    close = suggest(key) if normalize(key) and len(key) <= SUGGEST_MAX_CHARS else []
    raise UnknownKeyError(what, key, close)


def _unknown(kind: str, key: object, suggestions: Iterable[str]) -> Exception:
    from ._errors import UnknownKeyError  # noqa: PLC0415 - only a failure needs it

    return UnknownKeyError(kind, key, tuple(suggestions))


# The package's folder, to find the first caller outside it; os.path would cost an import.
_PACKAGE_DIR = __file__[: -len("_keys.py")]


def stacklevel() -> int:
    """The ``stacklevel`` that makes a warning point at the first caller outside the package."""
    level = 1
    frame = sys._getframe(1)  # noqa: SLF001 - the cheap, documented way to walk the stack
    while frame.f_back is not None and frame.f_code.co_filename.startswith(_PACKAGE_DIR):
        frame = frame.f_back
        level += 1
    return level
