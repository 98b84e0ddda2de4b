"""A strict YAML reader: text to plain values, and the lines of values when something is wrong.

The parser's event stream is turned into plain values by a loop with an
explicit stack: no recursion (deep nesting cannot crash), no aliases (no
billion laughs), no tags (no code), no merge keys, no duplicate keys, and
YAML 1.1's implicit types kept as what they are (``NO`` is a bool, so it
fails where a string belongs). Lines are found only when something is wrong,
by walking a second parse of the failing file (:class:`Locator`).
"""

from __future__ import annotations

import json
import logging
import re
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
#: Integers are refused beyond this (the range of a signed 64-bit integer).
MAX_INTEGER = 2**63 - 1
#: Characters no text of the data may hold, raw or escaped: the C0 and C1 controls but
#: tab and line feed, DEL, lone surrogates, and the noncharacters U+FFFE and U+FFFF.
FORBIDDEN = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")
# A number with an exponent as JSON writes it (1e+16), which YAML 1.1 reads as a string:
# in a JSON text (which has no unquoted strings) it is a number, as JSON means it.
_JSON_EXPONENT = re.compile(r"-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?[eE][-+]?[0-9]+")
# A JSON escape of a character beyond the BMP (a surrogate pair), which YAML refuses.
_SURROGATE_PAIR = re.compile(
    r"(?<!\\)((?:\\\\)*)\\u([dD][89abAB][0-9a-fA-F]{2})\\u([dD][c-fC-F][0-9a-fA-F]{2})"
)

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


def _scalar(event: Any, *, json_text: bool = False) -> object:
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
        if json_text and _JSON_EXPONENT.fullmatch(event.value):
            return float(event.value)  # JSON has no unquoted strings: this is a number
        return event.value
    if tag == "tag:yaml.org,2002:merge":
        msg = "merge keys (<<) are not allowed"
        raise _Fail(msg, event.start_mark)
    if tag == "tag:yaml.org,2002:int":
        return _integer(event)
    construct = _CONSTRUCT.get(tag)
    if construct is None:
        # Timestamps and the like: refused, since they would be coerced silently.
        kind = tag.rsplit(":", 1)[-1]
        msg = f"unquoted {kind} {event.value!r} is not allowed: quote it"
        raise _Fail(msg, event.start_mark)
    return construct(yaml.ScalarNode(tag, event.value))


def _integer(event: Any) -> int:
    digits = event.value.replace("_", "").lstrip("+-")
    # Refused before it is converted: a long one costs quadratic time (and Python
    # refuses decimal strings of over 4,300 digits with a ValueError).
    if len(digits) > 64:  # noqa: PLR2004 - longer than any integer within the bound
        msg = f"an integer of {len(digits):,} digits is beyond the bound of {MAX_INTEGER:,}"
        raise _Fail(msg, event.start_mark)
    value: int = _CONSTRUCTOR.construct_yaml_int(yaml.ScalarNode(_INT, event.value))
    if abs(value) > MAX_INTEGER:
        msg = f"the integer {value:,} is beyond the bound of {MAX_INTEGER:,}"
        raise _Fail(msg, event.start_mark)
    return value


_INT = "tag:yaml.org,2002:int"


def _tag(value: str) -> str:
    """The resolver's implicit tag for a plain scalar, without asking it for plain words."""
    resolvers = _RESOLVER.yaml_implicit_resolvers
    if value and value[0] not in resolvers and None not in resolvers:
        return _STR  # no implicit type starts with this character: resolve() says str
    tag: str = _RESOLVER.resolve(yaml.ScalarNode, value, (True, False))  # type: ignore[no-untyped-call]
    return tag


_MISSING = object()


def _plain(text: str, *, json_text: bool = False) -> object:
    parser = _Loader(text)
    try:
        # As yaml.parse, one call per event.
        return _walk(iter(parser.get_event, None), json_text=json_text)
    finally:
        parser.dispose()


def plain(name: str, text: str) -> object:
    r"""Plain Python values (dict, list, str, int, float, bool, None) from YAML (or JSON) text.

    JSON is read as YAML, with two of JSON's own forms kept as JSON means them:
    numbers with an exponent (``1e+16``) and escapes of characters beyond the
    BMP as surrogate pairs (``"\\ud83d\\ude00"``).

    Raises:
        DataError: the text is not YAML, holds a character no text may hold, or
            uses what the reader refuses, with its line.
    """
    bad = FORBIDDEN.search(text)
    if bad is not None:
        at = text.count("\n", 0, bad.start()) + 1
        msg = f"the character U+{ord(bad[0]):04X} is not allowed in the data"
        raise DataError([Problem(msg, file=name, line=at)])
    json_text = _is_json(text)
    if json_text:
        text = _json_escapes(text)
    try:
        return _plain(text, json_text=json_text)
    except _Fail as exc:
        raise DataError([Problem(exc.message, file=name, line=exc.line)]) from None
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        message = " ".join(str(p) for p in (exc.context, exc.problem) if p)
        line = None if mark is None else mark.line + 1
        raise DataError([Problem(f"YAML syntax: {message}", file=name, line=line)]) from None
    except yaml.YAMLError as exc:  # pragma: no cover - errors without a mark
        raise DataError([Problem(f"YAML: {exc}", file=name)]) from None


def _walk(events: Iterator[Any], *, json_text: bool) -> object:
    stack: list[list[Any]] = []  # [container, pending key]
    root: object = _MISSING
    documents = 0
    event: Any
    for event in events:
        kind = type(event)
        if kind is yaml.ScalarEvent:
            value: object = _scalar(event, json_text=json_text)
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


def _is_json(text: str) -> bool:
    """Whether the text is JSON (which is YAML): JSON's own forms are then read as JSON's."""
    if text.lstrip()[:1] not in ("{", "["):
        return False
    try:
        json.loads(text)
    except ValueError:  # YAML flow style, or not well formed: the YAML reader says which
        return False
    return True


def _json_escapes(text: str) -> str:
    """JSON's surrogate-pair escapes as the one escape YAML reads (the text is JSON).

    In JSON every backslash escape stands in a double-quoted string, so the rewrite
    cannot touch what YAML would read otherwise.
    """
    if _SURROGATE_PAIR.search(text) is None:
        return text

    def combined(match: re.Match[str]) -> str:
        high, low = int(match[2], 16), int(match[3], 16)
        code = 0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00)
        return f"{match[1]}\\U{code:08X}"

    return _SURROGATE_PAIR.sub(combined, text)


class Locator:
    """Lines of values in one file's text, found by one pass over its events.

    The pass runs only when a line is first asked for (files that load cleanly
    never pay for it), and once however many problems the file has. It keeps,
    for every value, its line and (for a scalar) its text as written: memory and
    time grow with the file, never faster.
    """

    __slots__ = ("_root", "_text")

    def __init__(self, text: str) -> None:
        self._text = text
        self._root: list[Any] | bool | None = False  # False: not walked yet

    def _tree(self) -> list[Any] | None:
        if self._root is False:
            try:
                self._root = _line_tree(self._text)
            except yaml.YAMLError:  # pragma: no cover - the text parsed once already
                self._root = None
        return self._root if isinstance(self._root, list) else None

    def _walk(self, steps: Sequence[Step]) -> tuple[int | None, list[Any] | None]:
        node = self._tree()
        line = None if node is None else node[0]
        for step in steps:
            children = None if node is None else node[1]
            if isinstance(children, dict) and step in children:
                line, node = children[step]
            elif isinstance(children, list) and isinstance(step, int) and step < len(children):
                node = children[step]
                line = node[0]
            else:
                return line, None
        return line, node

    def line(self, steps: Sequence[Step]) -> int | None:
        """The line of the value at ``steps`` (or of its closest parent)."""
        return self._walk(steps)[0]

    def raw(self, steps: Sequence[Step]) -> str | None:
        """The scalar at ``steps`` as written in the file, if it is one."""
        node = self._walk(steps)[1]
        return None if node is None else node[2]


def _line_tree(text: str) -> list[Any] | None:
    """Each value as ``[line, children, scalar text]``; a mapping's children by key.

    A mapping's entry holds the line of its key with the value's node, as an
    error about a field points at the field's key.
    """
    parser = _Loader(text)
    stack: list[list[Any]] = []  # [node, pending key, pending key line]
    root: list[Any] | None = None
    try:
        event: Any
        for event in iter(parser.get_event, None):
            kind = type(event)
            if kind is yaml.MappingStartEvent or kind is yaml.SequenceStartEvent:
                children: dict[Any, Any] | list[Any] = {} if kind is yaml.MappingStartEvent else []
                node: list[Any] = [event.start_mark.line + 1, children, None]
                if not _attach(stack, node, event):
                    root = node
                stack.append([node, _MISSING, None])
            elif kind is yaml.MappingEndEvent or kind is yaml.SequenceEndEvent:
                stack.pop()
            elif kind is yaml.ScalarEvent:
                top = stack[-1] if stack else None
                if top is not None and isinstance(top[0][1], dict) and top[1] is _MISSING:
                    top[1], top[2] = event.value, event.start_mark.line + 1
                    continue
                node = [event.start_mark.line + 1, None, event.value]
                if not _attach(stack, node, event):
                    root = node
    finally:
        parser.dispose()
    return root


def _attach(stack: list[list[Any]], node: list[Any], event: Any) -> bool:
    """Add ``node`` to the container on top of ``stack``; ``False`` at the top level."""
    if not stack:
        return False
    top = stack[-1]
    children = top[0][1]
    if isinstance(children, list):
        children.append(node)
    else:
        children.setdefault(top[1], (top[2] or event.start_mark.line + 1, node))
        top[1], top[2] = _MISSING, None
    return True
