"""The JSON export: the registry in the schema of the YAML data, loadable again."""

from __future__ import annotations

import json
import math
from typing import TYPE_CHECKING

from ._convert import to_plain

if TYPE_CHECKING:
    from ._model import Sector
    from ._registry import Registry

__all__ = ["to_json"]


def chosen(registry: Registry | None, sector: str | Sector | None) -> Registry:
    """The registry an export writes: the default one, or one sector of it."""
    if registry is None:
        from ._default import registry as default  # noqa: PLC0415 - not needed to export others

        registry = default()
    return registry if sector is None else registry.subset(sector)


def to_json(registry: Registry | None = None, *, sector: str | Sector | None = None) -> str:
    """The registry as one JSON document, in the schema of the YAML data.

    JSON is YAML, so :func:`ascc_model.load_text` (with ``include_packaged=False``:
    the document holds every record) reads it back into an equal registry. Numbers
    are written so that a YAML 1.1 reader sees them as numbers (``1.0e+16``, never
    ``1e+16``); characters YAML cannot hold raw are escaped.

    Args:
        registry: A registry to export; the packaged data's when ``None``.
        sector: Only this sector (its id, name or record) and what its records refer to.

    >>> import ascc_model
    >>> text = ascc_model.to_json(sector="health")
    >>> ascc_model.load_text(text, include_packaged=False).get_sector("health").names.en
    'ASEAN Health Cooperation'
    """
    return write(to_plain(chosen(registry, sector).records)) + "\n"


def write(value: object) -> str:
    """Plain values as indented JSON that a YAML 1.1 reader reads back the same."""
    return _json(value, "")


def _yaml_safe(char: str) -> bool:
    # What a YAML reader accepts raw inside a double-quoted string and keeps as is.
    code = ord(char)
    return (
        0x20 <= code <= 0x7E  # noqa: PLR2004
        or 0xA0 <= code <= 0xD7FF  # noqa: PLR2004
        or (0xE000 <= code <= 0xFFFD and code != 0xFEFF)  # noqa: PLR2004
        or code >= 0x10000  # noqa: PLR2004
    ) and char not in "\u2028\u2029"


def _json_string(text: str) -> str:
    dumped = json.dumps(text, ensure_ascii=False)
    if all(_yaml_safe(c) for c in dumped):
        return dumped
    return "".join(c if _yaml_safe(c) else f"\\u{ord(c):04x}" for c in dumped)


def _json_float(value: float) -> str:
    if not math.isfinite(value):
        msg = f"JSON has no {value!r}"
        raise ValueError(msg)
    text = repr(value)
    if "e" in text and "." not in text:
        mantissa, exponent = text.split("e")
        text = f"{mantissa}.0e{exponent}"
    return text


def _json(value: object, indent: str) -> str:  # noqa: PLR0911 - one return per JSON type
    inner = indent + "  "
    if value is None or isinstance(value, bool):
        return json.dumps(value)
    if isinstance(value, str):
        return _json_string(value)
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return _json_float(value)
    if isinstance(value, dict):
        if not value:
            return "{}"
        items = (f"{inner}{_json_string(str(k))}: {_json(v, inner)}" for k, v in value.items())
        return "{\n" + ",\n".join(items) + f"\n{indent}}}"
    if isinstance(value, (list, tuple)):
        if not value:
            return "[]"
        return "[\n" + ",\n".join(inner + _json(v, inner) for v in value) + f"\n{indent}]"
    msg = f"cannot write a {type(value).__name__} as JSON"
    raise TypeError(msg)
