"""What each field of the model is, declared once on the field and read from here.

A record class declares each field with :func:`fact`, :func:`prose` or
:func:`ref` (thin wrappers around :func:`attrs.field`), which put a :class:`Role`
in the field's metadata: what the field means (its description), whether it
names other records and of which kinds, whether look-ups match it, and how the
exports and the command line call it. The checks, the key indexes, the search,
the exports (JSON-LD, CSV, DOT and Mermaid labels), ``ascc-model show`` and the
documentation's schema page all read these roles, so a field added to a record
reaches every output without other code.

This module is on the import path of every query: it imports attrs and nothing
else.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, TypeVar, dataclass_transform, overload

import attrs

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator

__all__ = [
    "ANY_RECORD",
    "Role",
    "atomic",
    "declares_roles",
    "fact",
    "field_shape",
    "fields_of",
    "key_values",
    "prose",
    "ref",
    "references",
    "role",
]

#: The metadata key a field's :class:`Role` is kept under.
METADATA_KEY = "ascc_model"

#: A reference that may name a record of any kind (an erratum's ``records``).
ANY_RECORD = "record"


class Role:
    """The role of one field: its meaning, what it names, and how outputs show it.

    ``refs`` holds the kinds of record the field's value names by id (``"body"``,
    ``"sector"``, ... or :data:`ANY_RECORD`); ``key`` is true where look-ups and
    the search match the value; ``prose`` is true for a summary in our own words
    rather than a fact. ``label`` names the field for readers (``show``, docs),
    ``term`` is its JSON-LD property and ``column`` its CSV column (or the prefix
    of its columns); each defaults to a form of the field's name. ``hidden``
    names the outputs that leave the field out (``"csv"``, ``"jsonld"``,
    ``"show"``). ``iri`` marks a field that holds a web address, ``ordered`` a
    list whose order is a fact (source order), ``datatype`` the XML Schema type
    of a literal (``"xsd:duration"``).
    """

    __slots__ = (
        "column",
        "datatype",
        "doc",
        "hidden",
        "iri",
        "key",
        "label",
        "ordered",
        "prose",
        "refs",
        "term",
    )

    def __init__(  # noqa: PLR0913 - each is one declared property of a field
        self,
        doc: str,
        *,
        refs: tuple[str, ...] = (),
        key: bool = False,
        prose: bool = False,
        label: str | None = None,
        term: str | None = None,
        column: str | None = None,
        hidden: tuple[str, ...] = (),
        iri: bool = False,
        ordered: bool = False,
        datatype: str | None = None,
    ) -> None:
        self.doc = doc
        self.refs = refs
        self.key = key
        self.prose = prose
        self.label = label
        self.term = term
        self.column = column
        self.hidden = frozenset(hidden)
        self.iri = iri
        self.ordered = ordered
        self.datatype = datatype

    def __repr__(self) -> str:
        return f"<Role refs={self.refs!r} key={self.key} prose={self.prose}>"


_NAMES: dict[type[Any], tuple[str, ...]] = {}


def _names(cls: type[Any]) -> tuple[str, ...]:
    names = _NAMES.get(cls)
    if names is None:
        names = _NAMES[cls] = tuple(a.name for a in attrs.fields(cls))
    return names


class Value:
    """The methods every class of the model shares: equality, hashing and pickling by value.

    attrs would write them into each class it builds, compiling their code once per
    class at import; written once here, they cost nothing at import, and cold start
    (``benchmarks/run.py``) is the first query's cost above all.
    """

    __slots__ = ()
    if TYPE_CHECKING:  # what attrs adds to each class: type checkers see attrs classes
        __attrs_attrs__: ClassVar[Any]

    def _values(self) -> tuple[Any, ...]:
        return tuple([getattr(self, name) for name in _names(type(self))])

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self._values() == other._values()

    def __hash__(self) -> int:
        return hash((self.__class__, self._values()))

    def __getstate__(self) -> tuple[Any, ...]:
        return self._values()

    def __setstate__(self, state: tuple[Any, ...]) -> None:
        for name, value in zip(_names(type(self)), state, strict=True):
            object.__setattr__(self, name, value)


_C = TypeVar("_C", bound=type[Any])


@overload
def model(cls: _C, /) -> _C: ...
@overload
def model(cls: None = None, /, **options: Any) -> Callable[[_C], _C]: ...


@dataclass_transform(frozen_default=True, field_specifiers=(attrs.field,))
def model(cls: _C | None = None, /, **options: Any) -> _C | Callable[[_C], _C]:
    """The attrs ``frozen`` decorator, for a class of the model that derives from :class:`Value`.

    Equality, hashing and pickling come from :class:`Value`; attrs writes
    ``__init__``, the frozen ``__setattr__`` and, unless told not to, ``__repr__``.
    """
    options.update(eq=False, getstate_setstate=False, match_args=False)

    def build(target: _C) -> _C:
        built: _C = attrs.frozen(target, **options)
        return built

    return build if cls is None else build(cls)


def _field(role: Role, kwargs: dict[str, Any]) -> Any:
    kwargs.setdefault("repr", False)
    kwargs["metadata"] = {METADATA_KEY: role}
    return attrs.field(**kwargs)


_ROLE_OPTIONS = ("label", "term", "column", "hidden", "iri", "ordered", "datatype")


def _split(kwargs: dict[str, Any]) -> dict[str, Any]:
    return {k: kwargs.pop(k) for k in _ROLE_OPTIONS if k in kwargs}


def fact(doc: str, *, key: bool = False, **kwargs: Any) -> Any:
    """A field that holds a fact of the source (a name, a date, a kind, a number, ...).

    ``kwargs`` are the :class:`Role`'s options (``label``, ``term``, ``column``,
    ``hidden``, ``iri``, ``ordered``, ``datatype``), and the rest go to
    :func:`attrs.field` (``default``, ``validator``, ``repr``).
    """
    return _field(Role(doc, key=key, **_split(kwargs)), kwargs)


def prose(doc: str, **kwargs: Any) -> Any:
    """A field of prose in our own words: a summary, a description, a note."""
    return _field(Role(doc, prose=True, **_split(kwargs)), kwargs)


def ref(doc: str, *kinds: str, **kwargs: Any) -> Any:
    """A field that names other records by id, of one of ``kinds``."""
    return _field(Role(doc, refs=kinds, **_split(kwargs)), kwargs)


def role(field: attrs.Attribute[Any]) -> Role:
    """The declared role of an attrs field.

    Raises:
        TypeError: the field was declared without one (every field of the model has one).
    """
    found = field.metadata.get(METADATA_KEY)
    if not isinstance(found, Role):
        msg = f"field {field.name!r} declares no role (use fact(), prose() or ref())"
        raise TypeError(msg)
    return found


def fields_of(cls: type[Any]) -> tuple[tuple[attrs.Attribute[Any], Role], ...]:
    """Each field of a model class with its role, in declaration order."""
    return tuple((f, role(f)) for f in attrs.fields(cls))


def references(
    record: object, steps: tuple[str | int, ...] = ()
) -> Iterator[tuple[tuple[str | int, ...], tuple[str, ...], str]]:
    """Every id ``record`` names: its field path, the kinds it may name, and the id.

    Nested values (a sector's focal point) are walked too.
    """
    for field, declared in fields_of(type(record)):
        value = getattr(record, field.name)
        here = (*steps, field.name)
        if declared.refs:
            if isinstance(value, str):
                yield here, declared.refs, value
            elif isinstance(value, tuple):
                for index, item in enumerate(value):
                    yield (*here, index), declared.refs, item
        elif isinstance(value, tuple):
            for index, item in enumerate(value):
                if declares_roles(type(item)):
                    yield from references(item, (*here, index))
        elif declares_roles(type(value)):
            yield from references(value, here)


def declares_roles(cls: type[Any]) -> bool:
    """Whether ``cls`` is a class of the model whose fields declare roles.

    Value types built from plain numbers (:class:`~ascc_model.PartialDate`) do not.
    """
    return attrs.has(cls) and all(METADATA_KEY in f.metadata for f in attrs.fields(cls))


class Shape:
    """What a field holds, from its type: one value or a tuple, of which type, or ``None``."""

    __slots__ = ("item", "many", "optional")

    def __init__(self, item: Any, *, many: bool, optional: bool) -> None:
        self.item = item
        self.many = many
        self.optional = optional

    @property
    def table_type(self) -> str:
        """The Table Schema type of one value: ``integer``, ``number``, ``boolean``, ``string``."""
        return {int: "integer", float: "number", bool: "boolean"}.get(self.item, "string")


_SHAPES: dict[tuple[type[Any], str], Shape] = {}


def field_shape(cls: type[Any], field: attrs.Attribute[Any]) -> Shape:
    """The shape of a field of ``cls``, from its resolved type annotation."""
    known = _SHAPES.get((cls, field.name))
    if known is not None:
        return known
    import typing  # noqa: PLC0415 - only exports and docs ask for shapes

    hint = typing.get_type_hints(cls)[field.name]
    optional = False
    if typing.get_origin(hint) in (typing.Union, __import__("types").UnionType):
        args = [a for a in typing.get_args(hint) if a is not type(None)]
        optional = len(args) < len(typing.get_args(hint))
        (hint,) = args
    many = typing.get_origin(hint) is tuple
    item = typing.get_args(hint)[0] if many else hint
    shape = _SHAPES[cls, field.name] = Shape(item, many=many, optional=optional)
    return shape


def atomic(cls: type[Any]) -> bool:
    """Whether values of ``cls`` are written as one string (a date, a citation)."""
    return getattr(cls, "__ascc_atomic__", False) is True


def key_values(record: object) -> Iterator[str]:
    """The texts look-ups match ``record`` by: its key fields' values, the id last.

    The id comes last so that a key written two ways (``ACW`` and ``acw``) is
    shown as the acronym is written.
    """
    keyed = sorted(
        (pair for pair in fields_of(type(record)) if pair[1].key), key=lambda p: p[0].name == "id"
    )
    for field, _declared in keyed:
        value = getattr(record, field.name)
        if isinstance(value, str):
            yield value
        elif isinstance(value, tuple):
            yield from (v for v in value if isinstance(v, str))
        elif value is not None:
            yield from value  # Names iterate over the names they hold
