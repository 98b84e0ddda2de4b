"""A strict YAML reader: text to plain values, and the lines of values when something is wrong.

The parser's event stream is turned into plain values by a loop with an
explicit stack: no recursion (deep nesting cannot crash), no aliases (no
billion laughs), no tags (no code), no merge keys, no duplicate keys, and
YAML 1.1's implicit types kept as what they are (``NO`` is a bool, so it
fails where a string belongs). Lines are found only when something is wrong,
by walking a second parse of the failing file (:class:`Locator`).
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any, TypeAlias

import yaml
from yaml.constructor import SafeConstructor
from yaml.resolver import Resolver

from ._errors import DataError, Problem

if TYPE_CHECKING:
    from collections.abc import Iterator, Sequence

__all__ = ["MAX_DEPTH", "MAX_FILE_BYTES", "MAX_SCALAR_CHARS", "Locator", "decode", "plain"]

logger = logging.getLogger("ascc_model")

#: A file larger than this is refused before it is parsed.
MAX_FILE_BYTES = 64 * 1024 * 1024
#: Deeper nesting of mappings and lists is refused (the schema needs about 6).
MAX_DEPTH = 64
#: A longer single value is refused.
MAX_SCALAR_CHARS = 100_000

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
    parser = _Loader(text)
    try:
        return _walk(iter(parser.get_event, None))  # as yaml.parse, one call per event
    finally:
        parser.dispose()


def plain(name: str, text: str) -> object:
    """Plain Python values (dict, list, str, int, float, bool, None) from YAML text.

    Raises:
        DataError: the text is not YAML, or uses what the reader refuses, with its line.
    """
    try:
        return _plain(text)
    except _Fail as exc:
        raise DataError([Problem(exc.message, file=name, line=exc.line)]) from None
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        message = " ".join(str(p) for p in (exc.context, exc.problem) if p)
        line = None if mark is None else mark.line + 1
        raise DataError([Problem(f"YAML syntax: {message}", file=name, line=line)]) from None
    except yaml.YAMLError as exc:  # pragma: no cover - errors without a mark
        raise DataError([Problem(f"YAML: {exc}", file=name)]) from None


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


def decode(name: str, data: bytes) -> str:
    """The text of a file's bytes: UTF-8, without a byte-order mark, no NUL.

    Raises:
        DataError: the file is too large, not UTF-8 or holds a NUL, with its line.
    """
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
