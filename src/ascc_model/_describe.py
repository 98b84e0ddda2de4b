"""Everything known about one record, as labelled rows for readers (``ascc-model show``, docs).

The rows come from the record's fields, in declaration order, labelled and
formatted by their roles and types: names once per language, dates in words,
ids with the label of the record they name, nested values flattened. Then come
the facts the registry knows about the record: a body's reporting lines and
other lines, the plans it holds; a sector's bodies and plans; the sectors an
agency serves.
"""

from __future__ import annotations

import enum
from typing import TYPE_CHECKING, Any

from attrs import frozen

from ._model import Agency, Body, Citation, Names, PartialDate, Period, Sector
from ._records import kind_of
from ._schema import atomic, declares_roles, fields_of

if TYPE_CHECKING:
    from collections.abc import Iterator

    from ._registry import Registry
    from ._schema import Role

__all__ = ["Row", "describe", "label_of", "name_of"]


@frozen
class Row:
    """One labelled fact: its label and its values (several for a list), as text."""

    label: str
    values: tuple[str, ...]


def name_of(record: Any, lang: str = "en") -> str:
    """A record's name (or title) in ``lang``, on one line."""
    names = getattr(record, "names", None) or getattr(record, "title", None)
    if isinstance(names, Names):
        return " ".join(names.best(lang).split())
    return str(getattr(record, "id", record))


def label_of(record: Any, lang: str = "en") -> str:
    """A record's short label: its acronym, else its name."""
    acronym = getattr(record, "acronym", None)
    return acronym or name_of(record, lang)


def _has_own_str(value: object) -> bool:
    # A value type with its own words (a Frequency: "every two years") is shown as them.
    return "__str__" in vars(type(value))


def _words(name: str) -> str:
    return name.replace("_", " ")


class _Describer:
    def __init__(self, registry: Registry, lang: str) -> None:
        self.registry = registry
        self.lang = lang

    def named(self, ident: str) -> str:
        try:
            record = self.registry.get_record(ident)
        except KeyError:
            return ident
        label = label_of(record, self.lang)
        return ident if label == ident else f"{ident} ({label})"

    def text(self, value: object, role: Role) -> str:  # noqa: PLR0911 - one return per type
        if role.refs and isinstance(value, str):
            return self.named(value)
        if isinstance(value, enum.Enum):
            words = getattr(value, "words", None)
            return words if isinstance(words, str) else _words(str(value.value))
        if isinstance(value, PartialDate):
            return value.display()
        if isinstance(value, Names):
            return value.best(self.lang)
        if isinstance(value, bool):
            return "yes" if value else "no"
        if isinstance(value, (Period, Citation)) or _has_own_str(value):
            note = getattr(value, "note", None)
            return str(value) + (f" ({note})" if note and not isinstance(value, Citation) else "")
        return str(value)

    def rows(self, record: object, prefix: str = "") -> Iterator[Row]:
        for field, role in fields_of(type(record)):
            value = getattr(record, field.name)
            if "show" in role.hidden or value is None or value == ():
                continue
            label = role.label or _words(field.name)
            yield from self.field(f"{prefix} {label}" if prefix else label, value, role)

    def field(self, label: str, value: object, role: Role) -> Iterator[Row]:
        """The rows of one field's value."""
        if isinstance(value, Names):
            base = label.removesuffix("s")
            for lang in ("en", "id"):
                text = getattr(value, lang)
                if text is not None:
                    yield Row(f"{base} ({lang})", (text,))
        elif isinstance(value, tuple) and value and isinstance(value[0], Citation):
            yield Row(label, (", ".join(str(c) for c in value),))
        elif isinstance(value, tuple):
            shown = [self.text(v, role) for v in value]
            if value and isinstance(value[0], Names):
                shown = [f"{n}. {t}" for n, t in enumerate(shown, start=1)]
            yield Row(label, tuple(shown))
        elif declares_roles(type(value)) and not atomic(type(value)) and not _has_own_str(value):
            yield from self.rows(value, label)
        else:
            yield Row(label, (self.text(value, role),))


def describe(registry: Registry, record: object, lang: str = "en") -> tuple[Row, ...]:
    """The rows ``ascc-model show`` prints for ``record``: its fields, then what relates to it.

    >>> import ascc_model
    >>> from ascc_model._describe import describe
    >>> rows = describe(ascc_model.registry(), ascc_model.get_body("SCC"))
    >>> [(r.label, r.values) for r in rows if r.label in ("kind", "reports to")]
    [('kind', ('sub-committee',)),
     ('reports to', ('coci (COCI; subsidiary of; under the direction and approval of COCI)',))]
    """
    describer = _Describer(registry, lang)
    rows = list(describer.rows(record))
    rows += _context(registry, record, describer)
    order = {"sources": 1}
    rows.sort(key=lambda row: order.get(row.label, 0))  # citations last
    return tuple(rows)


def _context(registry: Registry, record: object, describer: _Describer) -> list[Row]:
    lang = describer.lang
    found: list[Row] = []
    if isinstance(record, Body):
        up, down, other = [], [], []
        for r in registry.relations(subject=record):
            note = f"; {r.note}" if r.note else ""
            target = label_of(registry.get_body(r.object), lang)
            if r.kind.reporting:
                up.append(f"{r.object} ({target}; {r.kind.words}{note})")
            else:
                other.append(f"{r.kind.words} {r.object} ({target}{note})")
        for r in registry.relations(object=record):
            if r.subject == record.id:
                continue
            note = f"; {r.note}" if r.note else ""
            source = label_of(registry.get_body(r.subject), lang)
            if r.kind.reporting:
                down.append(f"{r.subject} ({source}; {r.kind.words}{note})")
            else:
                other.append(f"{r.subject} ({source}{note}) {r.kind.words} it")
        found += [
            Row("reports to", tuple(up)),
            Row("reported to by", tuple(down)),
            Row("other lines", tuple(other)),
        ]
        found.append(Row("plans", tuple(_plans(registry, record, lang))))
    elif isinstance(record, Sector):
        bodies = registry.bodies(sector=record)
        found.append(Row("bodies", tuple(f"{b.id} ({label_of(b, lang)})" for b in bodies)))
        found.append(Row("plans", tuple(_plans(registry, record, lang))))
    elif isinstance(record, Agency):
        sectors = registry.sectors_of_agency(record)
        found.append(Row("focal point for", tuple(s.id for s in sectors)))
    return [row for row in found if row.values]


def _plans(registry: Registry, holder: Body | Sector, lang: str) -> list[str]:
    return [f"{p.id} ({name_of(p, lang)})" for p in registry.plans(holder=holder)]


def extras(registry: Registry, record: object) -> dict[str, Any]:
    """What ``ascc-model show --json`` adds to the record's own fields."""
    if isinstance(record, Body):
        relations = (
            *registry.relations(subject=record),
            *(r for r in registry.relations(object=record) if r.subject != record.id),
        )
        from ._convert import unstructure  # noqa: PLC0415 - cattrs only for JSON output

        return {
            "relations": [unstructure(r) for r in relations],
            "plans": [p.id for p in registry.plans(holder=record)],
        }
    if isinstance(record, Sector):
        from ._convert import unstructure  # noqa: PLC0415

        return {
            "focal_point": [unstructure(a) for a in registry.focal_point_for(record)],
            "bodies": [b.id for b in registry.bodies(sector=record)],
            "plans": [p.id for p in registry.plans(holder=record)],
        }
    if isinstance(record, Agency):
        return {"focal_point_for": [s.id for s in registry.sectors_of_agency(record)]}
    return {}


def kind(record: object) -> str:
    """The kind name of a record (``"body"``), as ``show`` prints it."""
    return kind_of(record)
