"""The packaged records as Python source, written into the wheel when it is built.

``hatch_build.py`` loads the packaged YAML with the library itself (every check
runs then) and writes :func:`source` of the records as ``ascc_model/_packaged.py``
into every wheel; nothing is written at run time. The module holds only
literals: each record is a tuple of its class's number and its field values, in
field order; an enum member is its class's number and value. Python compiles
the module to bytecode when the wheel is installed, so that loading the records
is one unmarshalling of constants, then one constructor call per record.

An editable install or a checkout has no such module and reads the YAML.
"""

from __future__ import annotations

import enum
from typing import TYPE_CHECKING, Any

import attrs

from . import _model
from ._records import COLLECTIONS, Records

if TYPE_CHECKING:
    from types import ModuleType

__all__ = ["FORMAT", "decode", "source"]

#: Bumped whenever the layout of the module changes.
FORMAT = 1


class _Encoder:
    def __init__(self) -> None:
        self.classes: list[type] = []
        self.numbers: dict[type, int] = {}
        self.nested: list[dict[int, bool]] = []  # class -> {position: holds a tuple of them}

    def number(self, cls: type) -> int:
        if cls not in self.numbers:
            self.numbers[cls] = len(self.classes)
            self.classes.append(cls)
            self.nested.append({})
        return self.numbers[cls]

    def value(self, value: object) -> tuple[object, bool]:
        """The encoded value, and whether it is (or holds) a record or member."""
        if isinstance(value, enum.Enum):
            return (self.number(type(value)), value.value), True
        if attrs.has(type(value)):
            return self.record(value), True
        if type(value) is tuple:
            items = [self.value(v) for v in value]
            return tuple(v for v, _ in items), any(n for _, n in items)
        if value is None or type(value) in (str, int, float, bool):
            return value, False
        msg = f"cannot compile a {type(value).__name__}: {value!r}"
        raise TypeError(msg)

    def record(self, record: Any) -> tuple[object, ...]:
        cls = type(record)
        if getattr(_model, cls.__name__, None) is not cls:
            msg = f"only classes of the model can be compiled, not {cls.__qualname__}"
            raise TypeError(msg)
        number = self.number(cls)
        encoded: list[object] = [number]
        for position, field in enumerate(attrs.fields(cls)):
            value = getattr(record, field.name)
            item, nested = self.value(value)
            if nested:
                self.nested[number][position] = type(value) is tuple
            encoded.append(item)
        return tuple(encoded)


def source(records: Records) -> str:
    """The text of ``_packaged.py`` for ``records``."""
    encoder = _Encoder()
    payload = {
        name: tuple(encoder.record(r) for r in getattr(records, name)) for name in COLLECTIONS
    }
    classes = tuple(
        (c.__name__, tuple(f.name for f in attrs.fields(c)) if attrs.has(c) else ())
        for c in encoder.classes
    )
    nested = tuple(tuple(sorted(n.items())) for n in encoder.nested)
    return (
        '"""The packaged records, compiled from the YAML when the wheel was built."""\n'
        f"FORMAT = {FORMAT!r}\n"
        f"CLASSES = {classes!r}\n"
        f"NESTED = {nested!r}\n"
        f"RECORDS = {payload!r}\n"
    )


def decode(module: ModuleType) -> Records:
    """The records a compiled module holds.

    Raises:
        ValueError: the module is of another format, or names a class or fields
            the model does not have (a module built by another version).
    """
    if getattr(module, "FORMAT", None) != FORMAT:
        msg = f"compiled data of format {getattr(module, 'FORMAT', None)!r}, not {FORMAT}"
        raise ValueError(msg)
    types: list[Any] = []
    for name, names in module.CLASSES:
        cls = getattr(_model, name, None)
        if not isinstance(cls, type) or not (attrs.has(cls) or issubclass(cls, enum.Enum)):
            msg = f"not a class of the model: {name}"
            raise ValueError(msg)
        if attrs.has(cls) and tuple(f.name for f in attrs.fields(cls)) != names:
            msg = f"the fields of {name} have changed since the data was compiled"
            raise ValueError(msg)
        types.append(cls)
    members = [getattr(t, "_value2member_map_", None) for t in types]
    nested: list[tuple[tuple[int, bool], ...]] = list(module.NESTED)

    def one(item: Any) -> object:
        if item is None:
            return None
        table = members[item[0]]
        return table[item[1]] if table is not None else record(item)

    def record(item: tuple[Any, ...]) -> object:
        number = item[0]
        args = list(item[1:])
        for position, many in nested[number]:
            value = args[position]
            args[position] = tuple([one(v) for v in value]) if many else one(value)
        return types[number](*args)

    collections: dict[str, Any] = {
        name: tuple([record(r) for r in rows]) for name, rows in module.RECORDS.items()
    }
    return Records(**collections)
