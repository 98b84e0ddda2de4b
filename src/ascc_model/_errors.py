"""The exceptions the library raises: values that pickle, copy and compare by their data.

A failed look-up in a process-pool worker reaches the caller as the same error.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import frozen

if TYPE_CHECKING:
    from collections.abc import Iterable, Sequence

__all__ = ["AmbiguousKeyError", "DataError", "Problem", "UnknownKeyError"]


@frozen
class Problem:
    r"""One thing wrong with the data: where it is (file, line, field path) and what.

    ``file`` and ``line`` are ``None`` for records built in Python rather than
    read from a file.

    >>> import ascc_model
    >>> try:
    ...     ascc_model.load_text("schema_version: 1\nbodies: NO\n", name="mine.yaml")
    ... except ascc_model.DataError as error:
    ...     problem = error.problems[0]
    >>> problem.file, problem.line, problem.path
    ('mine.yaml', 2, 'bodies')
    >>> print(problem)
    mine.yaml:2: bodies: expected a list, got bool NO
    """

    message: str
    path: str = ""
    file: str | None = None
    line: int | None = None

    def __str__(self) -> str:
        where = self.file if self.file is not None else "<records>"
        if self.line is not None:
            where += f":{self.line}"
        field_path = f" {self.path}:" if self.path else ""
        return f"{where}:{field_path} {self.message}"


def format_path(steps: Iterable[str | int]) -> str:
    """``("bodies", 3, "names", "en")`` as ``bodies[3].names.en``."""
    text = ""
    for step in steps:
        text += f"[{step}]" if isinstance(step, int) else (f".{step}" if text else step)
    return text


# Shared by the exceptions below, so that they pickle, copy and compare by their data
# (each defines `_args`); assigned in each class, which keeps their bases the builtins.
def _reduce(self: Any) -> tuple[type, tuple[object, ...]]:
    return (type(self), self._args())


def _eq(self: Any, other: Any) -> bool:
    if type(other) is not type(self):
        return NotImplemented  # type: ignore[no-any-return]
    mine: tuple[object, ...] = self._args()
    theirs: tuple[object, ...] = other._args()  # noqa: SLF001 - the same class
    return mine == theirs


def _hash(self: Any) -> int:
    return hash((type(self), self._args()))


class DataError(ValueError):
    r"""The data is not valid: it breaks the schema or an invariant.

    ``problems`` lists every problem found, each with its file, line and field
    path; the message shows them one per line.

    >>> import ascc_model
    >>> ascc_model.load_text("schema_version: 1\nbodies: NO\n", name="mine.yaml")
    Traceback (most recent call last):
    ...
    ascc_model.DataError: mine.yaml:2: bodies: expected a list, got bool NO
    """

    __module__ = "ascc_model"  # tracebacks show where users import it from
    __reduce__ = _reduce
    __eq__ = _eq
    __hash__ = _hash

    def __init__(self, problems: Sequence[Problem]) -> None:
        self.problems: tuple[Problem, ...] = tuple(problems)
        super().__init__("\n".join(str(p) for p in self.problems))

    def _args(self) -> tuple[object, ...]:
        return (self.problems,)


class UnknownKeyError(KeyError):
    """No record matches the key. ``suggestions`` holds close matches, if any.

    >>> import ascc_model
    >>> ascc_model.get_body("ACWW")
    Traceback (most recent call last):
    ...
    ascc_model.UnknownKeyError: no body matches 'ACWW'; did you mean 'ACW', 'ACWC', ...?
    """

    __module__ = "ascc_model"  # tracebacks show where users import it from
    __reduce__ = _reduce
    __eq__ = _eq
    __hash__ = _hash

    def __init__(self, kind: str, key: object, suggestions: Sequence[str] = ()) -> None:
        self.kind = kind
        self.key = key
        self.suggestions: tuple[str, ...] = tuple(suggestions)
        message = f"no {kind} matches {key!r}"
        if self.suggestions:
            message += "; did you mean " + ", ".join(repr(s) for s in self.suggestions) + "?"
        super().__init__(message)

    def __str__(self) -> str:
        # KeyError would show the message quoted, as if it were the key.
        return str(self.args[0])

    def _args(self) -> tuple[object, ...]:
        return (self.kind, self.key, self.suggestions)


class AmbiguousKeyError(LookupError):
    """The key matches several records; ``candidates`` holds their ids.

    >>> import ascc_model
    >>> ascc_model.get_body("APT EMM")
    Traceback (most recent call last):
    ...
    ascc_model.AmbiguousKeyError: 'APT EMM' matches 2 bodies: 'apt-emm-education', ...
    """

    __module__ = "ascc_model"  # tracebacks show where users import it from
    __reduce__ = _reduce
    __eq__ = _eq
    __hash__ = _hash

    def __init__(self, kind: str, key: object, candidates: Sequence[str]) -> None:
        self.kind = kind
        self.key = key
        self.candidates: tuple[str, ...] = tuple(candidates)
        listed = ", ".join(repr(c) for c in self.candidates)
        super().__init__(f"{key!r} matches {len(self.candidates)} {kind}: {listed}")

    def _args(self) -> tuple[object, ...]:
        return (self.kind, self.key, self.candidates)
