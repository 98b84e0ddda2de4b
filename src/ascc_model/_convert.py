"""The cattrs converter between plain YAML values and the model, strict both ways.

Structuring accepts exactly the YAML types each field declares: no bool where
a string belongs, no number where a date belongs, no string where a list
belongs, no unknown keys. Unstructuring gives the same plain form back, so
``structure(unstructure(x)) == x``.
"""

from __future__ import annotations

import enum
import math
import re
import typing
from typing import Any

import cattrs
from attrs import fields, has
from cattrs.errors import (
    ClassValidationError,
    ForbiddenExtraKeysError,
    IterableValidationError,
    IterableValidationNote,
)
from cattrs.gen import make_dict_structure_fn, make_dict_unstructure_fn, override

from . import _model
from ._model import Citation, PartialDate, Period
from ._records import SCHEMA_VERSION, Document, Records

_PERIOD = re.compile(r"(\d{4})-(\d{4})")
_CITATION = re.compile(r"([a-z0-9][a-z0-9-]*)(?::([1-9]\d*)|#(\S.*))")


_YAML_TYPE_NAMES = {
    dict: "mapping",
    list: "list",
    str: "string",
    bool: "bool",
    int: "integer",
    float: "number",
    type(None): "null",
}


def _type_name(value: object) -> str:
    return _YAML_TYPE_NAMES.get(type(value), type(value).__name__)


class WrongTypeError(TypeError):
    """A value of the wrong YAML type. The loader adds the text as written."""

    def __init__(self, expected: str, value: object) -> None:
        super().__init__(f"expected {expected}, got {_type_name(value)}")


def _structure_str(value: object, _type: object) -> str:
    if not isinstance(value, str):
        raise WrongTypeError("a string", value)
    if not value.strip():
        msg = "expected a non-empty string"
        raise ValueError(msg)
    return value


def _structure_int(value: object, _type: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise WrongTypeError("an integer", value)
    return value


def _structure_float(value: object, _type: object) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise WrongTypeError("a number", value)
    if not math.isfinite(value):
        msg = f"expected a finite number, got {value!r}"
        raise ValueError(msg)
    return float(value)


def _structure_bool(value: object, _type: object) -> bool:
    if not isinstance(value, bool):
        raise WrongTypeError("true or false", value)
    return value


def _structure_partial_date(value: object, _type: object) -> PartialDate:
    if not isinstance(value, str):
        raise WrongTypeError('a quoted date such as "1981", "2013-09" or "2002-06-10"', value)
    return PartialDate.parse(value)


def _structure_period(value: object, _type: object) -> Period:
    if not isinstance(value, str):
        raise WrongTypeError('a period such as "2021-2025"', value)
    match = _PERIOD.fullmatch(value)
    if match is None:
        msg = f"expected a period such as '2021-2025', got {value!r}"
        raise ValueError(msg)
    return Period(int(match[1]), int(match[2]))


def _structure_citation(value: object, _type: object) -> Citation:
    if not isinstance(value, str):
        raise WrongTypeError("a citation such as 'ascc-sectors:12'", value)
    match = _CITATION.fullmatch(value)
    if match is None:
        msg = (
            "expected a citation SOURCE:LINE or SOURCE#SECTION, such as 'ascc-sectors:12' "
            f"or 'asean-labour#Overview', got {value!r}"
        )
        raise ValueError(msg)
    if match[2] is not None:
        return Citation(match[1], int(match[2]))
    return Citation(match[1], section=match[3].strip())


def _structure_enum(value: object, type_: type[enum.StrEnum]) -> enum.StrEnum:
    member = type_._value2member_map_.get(value) if isinstance(value, str) else None
    if member is not None:  # the common case, without building the message
        return member  # type: ignore[return-value]
    choices = ", ".join(m.value for m in type_)
    if not isinstance(value, str):
        raise WrongTypeError(f"one of {choices}", value)
    msg = f"expected one of {choices}; got {value!r}"
    raise ValueError(msg)


def _is_tuple(type_: Any) -> bool:
    return typing.get_origin(type_) is tuple


def _tuple_structure_factory(type_: Any) -> Any:
    (item_type, _ellipsis) = typing.get_args(type_)
    handler = converter.get_structure_hook(item_type)

    def structure(value: object, _type: object) -> tuple[Any, ...]:
        if not isinstance(value, list):
            raise WrongTypeError("a list", value)
        items = []
        errors: list[Exception] = []
        for index, item in enumerate(value):
            try:
                items.append(handler(item, item_type))
            except Exception as exc:  # noqa: BLE001 - regrouped for detailed errors
                exc.add_note(IterableValidationNote(f"@ index {index}", index, item_type))
                errors.append(exc)
        if errors:
            msg = f"While structuring {type_!r}"
            raise IterableValidationError(msg, errors, type_)
        return tuple(items)

    return structure


def _class_structure_factory(cls: type[Any]) -> Any:
    base = make_dict_structure_fn(cls, converter)
    name = cls.__name__

    def structure(value: object, _type: object) -> object:
        if not isinstance(value, dict):
            raise WrongTypeError(f"a mapping ({name})", value)
        return base(value, cls)

    return structure


def _class_unstructure_factory(cls: type[Any]) -> Any:
    # Leave out fields at their default so dumped YAML reads like written YAML.
    overrides = {
        a.name: override(omit_if_default=True) for a in fields(cls) if a.default is not None
    }
    return make_dict_unstructure_fn(cls, converter, **overrides)  # type: ignore[arg-type]


converter = cattrs.Converter(detailed_validation=True, forbid_extra_keys=True)
converter.register_structure_hook(str, _structure_str)
converter.register_structure_hook(int, _structure_int)
converter.register_structure_hook(float, _structure_float)
converter.register_structure_hook(bool, _structure_bool)
converter.register_structure_hook(PartialDate, _structure_partial_date)
converter.register_structure_hook(Period, _structure_period)
converter.register_structure_hook(Citation, _structure_citation)
converter.register_unstructure_hook(PartialDate, str)
converter.register_unstructure_hook(Period, str)
converter.register_unstructure_hook(Citation, str)
# Each enum by name: a predicate hook would lose to the `str` hook, as StrEnums are strs.
_ENUMS = [v for v in vars(_model).values() if isinstance(v, type) and issubclass(v, enum.StrEnum)]
for _enum in _ENUMS:
    converter.register_structure_hook(_enum, _structure_enum)
    converter.register_unstructure_hook(_enum, lambda member: member.value)
converter.register_structure_hook_factory(_is_tuple, _tuple_structure_factory)
converter.register_structure_hook_factory(has, _class_structure_factory)
converter.register_unstructure_hook_factory(has, _class_unstructure_factory)


def to_plain(records: Records) -> dict[str, Any]:
    """Records as one plain document (schema version first): loading it gives equal records.

    Each record is written as its own class declares it, so that a field a subclass
    adds is written too; empty collections are left out.
    """
    plain: dict[str, Any] = {"schema_version": SCHEMA_VERSION}
    for name, collection in records.collections().items():
        if collection:
            plain[name] = [converter.unstructure(r, unstructure_as=type(r)) for r in collection]
    return plain


def structure_document(value: object) -> Document:
    """Structure one parsed YAML file; raises cattrs' detailed validation errors."""
    return converter.structure(value, Document)


def unstructure(record: object) -> Any:
    """The plain (YAML-ready) form of a record or document."""
    return converter.unstructure(record)


def flatten_errors(
    exc: BaseException, path: tuple[str | int, ...] = ()
) -> list[tuple[tuple[str | int, ...], str, bool]]:
    """Each leaf error of a cattrs validation error: its path, message and kind.

    The flag is true for a value of the wrong YAML type, whose text as written
    the loader then shows (``got bool NO``).
    """
    if isinstance(exc, (ClassValidationError, IterableValidationError)):
        with_notes, without = exc.group_exceptions()
        found: list[tuple[tuple[str | int, ...], str, bool]] = []
        for sub, note in with_notes:
            step: str | int = note.index if isinstance(note, IterableValidationNote) else note.name
            found.extend(flatten_errors(sub, (*path, step)))
        for sub in without:
            found.extend(flatten_errors(sub, path))
        return found
    if isinstance(exc, ForbiddenExtraKeysError):
        return [((*path, key), f"unknown field {key!r}", False) for key in sorted(exc.extra_fields)]
    if isinstance(exc, KeyError):
        return [(path, "required field missing", False)]
    return [(path, str(exc), isinstance(exc, WrongTypeError))]
