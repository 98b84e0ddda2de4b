"""Reading YAML files into documents, safely and strictly.

The parser's event stream is turned into plain values by a loop with an
explicit stack: no recursion (deep nesting cannot crash), no aliases (no
billion laughs), no tags (no code), no merge keys, no duplicate keys, and
YAML 1.1's implicit types kept as what they are (``NO`` is a bool, so it
fails where a string belongs). Lines are found only when something is wrong,
by walking a second parse of the failing file.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeAlias

import yaml
from cattrs.errors import ClassValidationError, IterableValidationError
from yaml.constructor import SafeConstructor
from yaml.resolver import Resolver

from ._convert import COLLECTIONS, SCHEMA_VERSION, Document, flatten_errors, structure_document
from ._errors import DataError, Problem, format_path

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator, Sequence
    from importlib.resources.abc import Traversable

__all__ = ["MAX_DEPTH", "MAX_FILE_BYTES", "MAX_SCALAR_CHARS", "PathLike", "parse_documents"]

logger = logging.getLogger("ascc_model")

#: A file larger than this is refused before it is parsed.
MAX_FILE_BYTES = 64 * 1024 * 1024
#: Deeper nesting of mappings and lists is refused (the schema needs about 6).
MAX_DEPTH = 64
#: A longer single value is refused.
MAX_SCALAR_CHARS = 100_000

PathLike: TypeAlias = "str | os.PathLike[str] | Traversable"
Step: TypeAlias = "str | int"

try:
    from yaml import CSafeLoader as _Loader
except ImportError:  # pragma: no cover - depends on how PyYAML was built
    from yaml import SafeLoader as _Loader  # type: ignore[assignment]

    logger.debug("libyaml is not available; using PyYAML's pure-Python parser")

_RESOLVER = Resolver()
_CONSTRUCTOR = SafeConstructor()
_STR = "tag:yaml.org,2002:str"
_CONSTRUCT = {
    "tag:yaml.org,2002:null": _CONSTRUCTOR.construct_yaml_null,
    "tag:yaml.org,2002:bool": _CONSTRUCTOR.construct_yaml_bool,
    "tag:yaml.org,2002:int": _CONSTRUCTOR.construct_yaml_int,
    "tag:yaml.org,2002:float": _CONSTRUCTOR.construct_yaml_float,
}


class _Fail(Exception):  # noqa: N818 - internal signal, never escapes
    def __init__(self, message: str, mark: Any) -> None:
        super().__init__(message)
        self.message = message
        self.line = None if mark is None else mark.line + 1


def _scalar(event: Any) -> object:
    if event.anchor is not None:
        msg = f"anchors and aliases are not allowed (&{event.anchor})"
        raise _Fail(msg, event.start_mark)
    if event.tag is not None and event.tag != "!":
        msg = f"explicit tags are not allowed ({event.tag})"
        raise _Fail(msg, event.start_mark)
    if len(event.value) > MAX_SCALAR_CHARS:
        msg = (
            f"a value of {len(event.value):,} characters is over the limit of {MAX_SCALAR_CHARS:,}"
        )
        raise _Fail(msg, event.start_mark)
    plain, _quoted = event.implicit
    if not plain:
        return event.value
    tag = _tag(event.value)
    if tag == _STR:
        return event.value
    if tag == "tag:yaml.org,2002:merge":
        msg = "merge keys (<<) are not allowed"
        raise _Fail(msg, event.start_mark)
    construct = _CONSTRUCT.get(tag)
    if construct is None:
        # Timestamps and the like: refused, since they would be coerced silently.
        kind = tag.rsplit(":", 1)[-1]
        msg = f"unquoted {kind} {event.value!r} is not allowed: quote it"
        raise _Fail(msg, event.start_mark)
    return construct(yaml.ScalarNode(tag, event.value))


def _tag(value: str) -> str:
    """The resolver's implicit tag for a plain scalar, without asking it for plain words."""
    resolvers = _RESOLVER.yaml_implicit_resolvers
    if value and value[0] not in resolvers and None not in resolvers:
        return _STR  # no implicit type starts with this character: resolve() says str
    tag: str = _RESOLVER.resolve(yaml.ScalarNode, value, (True, False))  # type: ignore[no-untyped-call]
    return tag


_MISSING = object()


def _plain(text: str) -> object:
    """Plain Python values (dict, list, str, int, float, bool, None) from YAML text."""
    parser = _Loader(text)
    try:
        return _walk(iter(parser.get_event, None))  # as yaml.parse, one call per event
    finally:
        parser.dispose()


def _walk(events: Iterator[Any]) -> object:
    stack: list[list[Any]] = []  # [container, pending key]
    root: object = _MISSING
    documents = 0
    event: Any
    for event in events:
        kind = type(event)
        if kind is yaml.ScalarEvent:
            value: object = _scalar(event)
        elif kind is yaml.MappingStartEvent or kind is yaml.SequenceStartEvent:
            _start(stack, event)
            continue
        elif kind is yaml.MappingEndEvent or kind is yaml.SequenceEndEvent:
            value = stack.pop()[0]
        elif kind is yaml.AliasEvent:
            msg = f"anchors and aliases are not allowed (*{event.anchor})"
            raise _Fail(msg, event.start_mark)
        elif kind is yaml.DocumentStartEvent:
            documents += 1
            if documents > 1:
                msg = "several YAML documents in one file; put one per file"
                raise _Fail(msg, event.start_mark)
            continue
        else:
            continue
        if not stack:
            root = value
            continue
        _add(stack[-1], value, event)
    return None if root is _MISSING else root


def _start(stack: list[list[Any]], event: Any) -> None:
    if event.anchor is not None:
        msg = f"anchors and aliases are not allowed (&{event.anchor})"
        raise _Fail(msg, event.start_mark)
    if event.tag is not None and not event.implicit:
        msg = f"explicit tags are not allowed ({event.tag})"
        raise _Fail(msg, event.start_mark)
    if len(stack) >= MAX_DEPTH:
        msg = f"nesting deeper than {MAX_DEPTH} levels"
        raise _Fail(msg, event.start_mark)
    if stack and isinstance(stack[-1][0], dict) and stack[-1][1] is _MISSING:
        msg = "keys must be strings, not mappings or lists"
        raise _Fail(msg, event.start_mark)
    container: dict[str, object] | list[object] = (
        {} if type(event) is yaml.MappingStartEvent else []
    )
    stack.append([container, _MISSING])


def _add(frame: list[Any], value: object, event: Any) -> None:
    container = frame[0]
    if isinstance(container, list):
        container.append(value)
    elif frame[1] is _MISSING:
        if not isinstance(value, str):
            msg = f"keys must be strings, got {value!r}"
            raise _Fail(msg, event.start_mark)
        if value == "<<":
            msg = "merge keys (<<) are not allowed"
            raise _Fail(msg, event.start_mark)
        if value in container:
            msg = f"duplicate key {value!r}"
            raise _Fail(msg, event.start_mark)
        frame[1] = value
    else:
        container[frame[1]] = value
        frame[1] = _MISSING


def _decode(name: str, data: bytes) -> str:
    if len(data) > MAX_FILE_BYTES:
        msg = f"file of {len(data):,} bytes is larger than the limit of {MAX_FILE_BYTES:,}"
        raise DataError([Problem(msg, file=name)])
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        msg = f"not UTF-8: byte {data[exc.start]:#04x} at offset {exc.start}"
        raise DataError([Problem(msg, file=name, line=line)]) from None
    if "\x00" in text:
        line = text.count("\n", 0, text.index("\x00")) + 1
        raise DataError([Problem("NUL byte in file", file=name, line=line)])
    return text.removeprefix("\ufeff")


class Locator:
    """Lines of values in one file's text, found by walking a single parse of it.

    The text is composed only when a line is first asked for (files that load
    cleanly never are), and once however many problems the file has.
    """

    __slots__ = ("_root", "_text")

    def __init__(self, text: str) -> None:
        self._text = text
        self._root: yaml.Node | bool | None = False  # False: not composed yet

    def _walk(self, steps: Sequence[Step]) -> tuple[int | None, yaml.Node | None]:
        if self._root is False:
            try:
                self._root = yaml.compose(self._text, Loader=_Loader)
            except yaml.YAMLError:  # pragma: no cover - the text parsed once already
                self._root = None
        node = self._root if isinstance(self._root, yaml.Node) else None
        line = None if node is None else node.start_mark.line + 1
        for step in steps:
            if isinstance(node, yaml.MappingNode):
                found = next(((k, v) for k, v in node.value if k.value == step), None)
                if found is None:
                    return line, None
                line, node = found[0].start_mark.line + 1, found[1]
            elif (
                isinstance(node, yaml.SequenceNode)
                and isinstance(step, int)
                and step < len(node.value)
            ):
                node = node.value[step]
                line = node.start_mark.line + 1
            else:
                return line, None
        return line, node

    def line(self, steps: Sequence[Step]) -> int | None:
        """The line of the value at ``steps`` (or of its closest parent)."""
        return self._walk(steps)[0]

    def raw(self, steps: Sequence[Step]) -> str | None:
        """The scalar at ``steps`` as written in the file, if it is one."""
        node = self._walk(steps)[1]
        return node.value if isinstance(node, yaml.ScalarNode) else None


def _document(name: str, text: str) -> Document:
    try:
        value = _plain(text)
    except _Fail as exc:
        raise DataError([Problem(exc.message, file=name, line=exc.line)]) from None
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        message = " ".join(str(p) for p in (exc.context, exc.problem) if p)
        line = None if mark is None else mark.line + 1
        raise DataError([Problem(f"YAML syntax: {message}", file=name, line=line)]) from None
    except yaml.YAMLError as exc:  # pragma: no cover - errors without a mark
        raise DataError([Problem(f"YAML: {exc}", file=name)]) from None
    if not isinstance(value, dict):
        got = "an empty file" if value is None else f"a {type(value).__name__}"
        msg = f"expected a mapping with schema_version and record lists, got {got}"
        raise DataError([Problem(msg, file=name, line=1)])
    version = value.get("schema_version")
    if version != SCHEMA_VERSION or isinstance(version, bool):
        msg = f"schema_version must be {SCHEMA_VERSION}, got {version!r}"
        line = Locator(text).line(["schema_version"])
        raise DataError([Problem(msg, "schema_version", name, line)])
    try:
        return structure_document(value)
    except (ClassValidationError, IterableValidationError) as exc:
        locator = Locator(text)
        problems = []
        for steps, message, wrong_type in flatten_errors(exc):
            raw = locator.raw(steps) if wrong_type else None
            shown = message if raw is None else f"{message} {raw}"
            problems.append(Problem(shown, format_path(steps), name, locator.line(steps)))
        raise DataError(problems) from None


def _read(path: PathLike) -> tuple[str, bytes]:
    if isinstance(path, (str, os.PathLike)):
        path = Path(path)
    name = str(path)
    try:
        return name, path.read_bytes()
    except OSError as exc:
        raise DataError([Problem(f"cannot read file: {exc.strerror or exc}", file=name)]) from None


def parse_documents(
    files: Iterable[tuple[str, str]],
) -> list[tuple[str, str, Document]]:
    """Parse each ``(name, text)``; every file's problems are raised together."""
    parsed = []
    problems: list[Problem] = []
    for name, text in files:
        try:
            parsed.append((name, text, _document(name, text)))
        except DataError as exc:
            problems.extend(exc.problems)
    if problems:
        raise DataError(problems)
    return parsed


def read_texts(paths: Iterable[PathLike]) -> list[tuple[str, str]]:
    """``(name, text)`` for each path, decoded strictly."""
    texts = []
    for path in paths:
        name, data = _read(path)
        texts.append((name, _decode(name, data)))
    return texts


def merge(parsed: Sequence[tuple[str, str, Document]]) -> dict[str, tuple[Any, ...]]:
    """The records of all files, collection by collection, in file order.

    A file's ``replaces`` list names ids whose earlier record its own record
    replaces, in place; an id in ``replaces`` that replaces nothing is an error.
    Other repeated ids are left for the registry's duplicate check.
    """
    merged: dict[str, list[Any]] = {name: [] for name in (*COLLECTIONS, "renamed")}
    places: dict[str, tuple[str, int]] = {}  # id -> where it stands in `merged`
    problems: list[Problem] = []
    for name, text, document in parsed:
        replaced: set[str] = set()
        defined: set[str] = set()
        for collection in COLLECTIONS:
            records = merged[collection]
            for record in getattr(document, collection):
                ident: str | None = getattr(record, "id", None)
                if ident is None:
                    records.append(record)
                    continue
                defined.add(ident)
                place = places.get(ident)
                if ident in document.replaces and place is not None and place[0] == collection:
                    records[place[1]] = record
                    replaced.add(ident)
                    continue
                places.setdefault(ident, (collection, len(records)))
                records.append(record)
        merged["renamed"].extend(document.renamed)
        locator = Locator(text)
        for index, ident in enumerate(document.replaces):
            if ident in replaced:
                continue
            why = (
                "no earlier file has a record of that kind"
                if ident in defined
                else ("this file defines no record with that id")
            )
            steps = ("replaces", index)
            message = f"replaces {ident!r}, but {why}"
            problems.append(Problem(message, format_path(steps), name, locator.line(steps)))
    if problems:
        raise DataError(problems)
    return {name: tuple(records) for name, records in merged.items()}


def relocate(error: DataError, parsed: Sequence[tuple[str, str, Document]]) -> DataError:
    """Give each problem of a registry check the file and line of its record.

    A problem about a record that repeats another (a duplicate id) also names
    where the other one is.
    """
    where: dict[int, tuple[str, Locator, tuple[Step, ...]]] = {}
    for name, text, document in parsed:
        locator = Locator(text)
        for collection in (*COLLECTIONS, "renamed"):
            for index, record in enumerate(getattr(document, collection)):
                where[id(record)] = (name, locator, (collection, index))
    problems = []
    for problem in error.problems:
        found = where.get(id(problem.record))
        if found is None:
            problems.append(problem)
            continue
        name, locator, prefix = found
        steps = (*prefix, *problem.steps)
        message = problem.message
        other = where.get(id(problem.related))
        if other is not None:
            other_line = other[1].line((*other[2], "id"))
            message += f" (first defined at {other[0]}:{other_line})"
        problems.append(
            Problem(message, format_path(steps), name, locator.line(steps), problem.record)
        )
    return DataError(problems)
