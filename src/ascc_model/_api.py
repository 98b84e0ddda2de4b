"""The module-level API: the default registry, built lazily, and loading."""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING

from ._errors import DataError
from ._registry import FocalPoints, Registry

if TYPE_CHECKING:
    from collections.abc import Iterator
    from importlib.resources.abc import Traversable

    from ._load import PathLike
    from ._model import (
        Agency,
        Body,
        BodyKind,
        Erratum,
        Figure,
        Instrument,
        Pillar,
        Plan,
        Programme,
        Relation,
        RelationKind,
        Sector,
        Source,
    )

_lock = threading.Lock()
_default: Registry | None = None


def packaged_files() -> list[Traversable]:
    """The packaged YAML files, in load order (shared files, then sectors in source order)."""
    from importlib.resources import files  # noqa: PLC0415 - costs more than the rest of import

    root = files("ascc_model").joinpath("data")

    def yaml_files(folder: Traversable) -> Iterator[Traversable]:
        return (f for f in folder.iterdir() if f.is_file() and f.name.endswith(".yaml"))

    return [
        *sorted(yaml_files(root), key=lambda f: f.name),
        *sorted(yaml_files(root.joinpath("sectors")), key=lambda f: f.name),
    ]


def _build(texts: list[tuple[str, str]]) -> Registry:
    # The YAML and cattrs machinery is imported on first load, not on import.
    from ._load import merge, parse_documents, relocate  # noqa: PLC0415

    parsed = parse_documents(texts)
    merged = merge(parsed)
    try:
        return Registry(**merged)
    except DataError as exc:
        raise relocate(exc, parsed) from None


def load(*paths: PathLike, include_packaged: bool = False) -> Registry:
    """A registry built from exactly these YAML files, with every check of the packaged data.

    With ``include_packaged=True`` the files extend the packaged data: they may add
    sectors, bodies, relations, plans, agencies and so on. A file that redefines a
    packaged record must list its id under ``replaces:``; otherwise the repeated id is
    an error naming both places.

    Raises:
        DataError: a file cannot be read or parsed, breaks the schema, or the
            records together break an invariant. Nothing is returned half-loaded.

    >>> import pathlib, tempfile
    >>> mine = '''
    ... schema_version: 1
    ... sources: [{id: notes, title: My notes, language: en}]
    ... bodies:
    ...   - {id: ammx, names: {en: Ministers on X}, kind: ministerial, sources: ["notes:1"]}
    ... '''
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     path = pathlib.Path(folder, "mine.yaml")
    ...     _ = path.write_text(mine, encoding="utf-8")
    ...     reg = load(path, include_packaged=True)
    >>> reg.get_body("ammx").names.en, reg.get_body("ACWC").id
    ('Ministers on X', 'acwc')
    """
    if not paths and not include_packaged:
        msg = "load() needs at least one file"
        raise TypeError(msg)
    from ._load import read_texts  # noqa: PLC0415 - see _build

    packaged = packaged_files() if include_packaged else []
    return _build(read_texts([*packaged, *paths]))


def load_text(*texts: str, name: str = "<text>", include_packaged: bool = False) -> Registry:
    """A registry built from YAML held in strings (named ``name``, ``name#2``, ...).

    ``include_packaged`` works as for :func:`load`.

    >>> reg = load_text('''
    ... schema_version: 1
    ... sources: [{id: notes, title: My notes, language: en}]
    ... bodies:
    ...   - {id: ammx, names: {en: Ministers on X}, kind: ministerial, sources: ["notes:1"]}
    ... ''')
    >>> reg.get_body("ministers on x").id
    'ammx'
    """
    if not texts and not include_packaged:
        msg = "load_text() needs at least one text"
        raise TypeError(msg)
    from ._load import read_texts  # noqa: PLC0415 - see _build

    packaged = read_texts(packaged_files()) if include_packaged else []
    named = [(name if i == 0 else f"{name}#{i + 1}", t) for i, t in enumerate(texts)]
    return _build([*packaged, *named])


def registry() -> Registry:
    """The default registry, built from the packaged data on first use, once, thread-safely.

    After the first use it comes from a compiled form of the packaged YAML in the
    user's cache folder, if that still matches the YAML (see ``_cache``); else from
    the YAML itself, which then refreshes the compiled form. The records are the
    same either way.

    >>> registry() is registry()
    True
    """
    global _default  # noqa: PLW0603 - the lazily built default
    if _default is None:
        with _lock:
            if _default is None:
                _default = _packaged_registry()
    return _default


def _packaged_registry() -> Registry:
    from . import _cache  # noqa: PLC0415 - only the default registry needs it

    compiled = _cache.load_packaged()
    if compiled is not None:
        return compiled
    from ._load import logger  # noqa: PLC0415 - see _build

    built = load(*packaged_files())
    written = _cache.store(built)
    logger.debug("parsed the packaged YAML; compiled data %s", written or "not written")
    return built


def get_sector(key: str | Sector) -> Sector:
    """The sector with this id or name, from the default registry.

    See :meth:`Registry.get_sector` for the keys it accepts and the errors it raises.

    >>> get_sector("Kerja Sama Kesehatan ASEAN").id
    'health'
    """
    return registry().get_sector(key)


def sectors() -> tuple[Sector, ...]:
    """Every sector of the default registry, in the order of the source.

    See :meth:`Registry.sectors`.

    >>> [s.id for s in sectors()][:3]
    ['women-children', 'youth', 'education']
    """
    return registry().sectors()


def get_body(key: str | Body) -> Body:
    """The body with this id, acronym, name or alias, from the default registry.

    See :meth:`Registry.get_body` for the keys it accepts and the errors it raises.

    >>> get_body("ASEAN Committee on Women").acronym
    'ACW'
    """
    return registry().get_body(key)


def get_agency(key: str | Agency) -> Agency:
    """The focal-point agency with this id, acronym or name, from the default registry.

    See :meth:`Registry.get_agency`.

    >>> get_agency("Kementerian Kesehatan").names.en
    'Ministry of Health'
    """
    return registry().get_agency(key)


def get_plan(key: str | Plan) -> Plan:
    """The plan with this id, acronym or title, from the default registry.

    See :meth:`Registry.get_plan`.

    >>> get_plan("ACW Work Plan 2021-2025").period
    Period(start=2021, end=2025)
    """
    return registry().get_plan(key)


def get_record(
    ident: str,
) -> Source | Pillar | Sector | Agency | Body | Plan | Instrument | Programme | Figure | Erratum:
    """The record of any kind with this id, in the packaged data.

    See :meth:`Registry.get_record`.

    >>> get_record("aathp").signed.display()
    '10 June 2002'
    """
    return registry().get_record(ident)


def find_bodies(text: str) -> tuple[Body, ...]:
    """Every body of the default registry whose keys contain ``text``, exact matches first.

    See :meth:`Registry.find_bodies`.

    >>> [b.acronym for b in find_bodies("amca")][:3]
    ['AMCA', 'AMCA+3', 'AMCA+China']
    """
    return registry().find_bodies(text)


def bodies(
    *, sector: str | Sector | None = None, kind: BodyKind | str | None = None
) -> tuple[Body, ...]:
    """Bodies of the default registry in data order, optionally of a sector and/or a kind.

    See :meth:`Registry.bodies`.

    >>> [b.acronym for b in bodies(sector="environment", kind="working_group")][:2]
    ['AWGNCB', 'AWGCME']
    """
    return registry().bodies(sector=sector, kind=kind)


def bodies_reporting_to(body: str | Body, *, transitive: bool = False) -> tuple[Body, ...]:
    """The bodies that report to ``body`` in the default registry, directly or all below.

    See :meth:`Registry.bodies_reporting_to`.

    >>> [b.acronym for b in bodies_reporting_to("AMME")]
    ['ASOEN']
    >>> [b.acronym for b in bodies_reporting_to("AMME", transitive=True)][:2]
    ['ASOEN', 'AWGNCB']
    """
    return registry().bodies_reporting_to(body, transitive=transitive)


def reporting_chain(body: str | Body) -> tuple[Body, ...]:
    """The bodies above ``body`` in the default registry, nearest first.

    See :meth:`Registry.reporting_chain`.

    >>> [b.acronym for b in reporting_chain("AWGCC")]
    ['ASOEN', 'AMME']
    """
    return registry().reporting_chain(body)


def relations(
    *,
    subject: str | Body | None = None,
    kind: RelationKind | str | None = None,
    object: str | Body | None = None,  # noqa: A002 - mirrors Relation.object
) -> tuple[Relation, ...]:
    """Relations of the default registry in data order, by subject, kind and/or object.

    See :meth:`Registry.relations`.

    >>> [r.subject for r in relations(kind="reports_to", object="AMMSWD")]
    ['acwc', 'somswd']
    """
    return registry().relations(subject=subject, kind=kind, object=object)


def focal_point_for(sector: str | Sector) -> FocalPoints:
    """Indonesia's focal-point agencies for a sector, from the default registry.

    See :meth:`Registry.focal_point_for`.

    >>> print(focal_point_for("disaster-management"))
    Badan Nasional Penanggulangan Bencana
    """
    return registry().focal_point_for(sector)


def plans(
    *, holder: str | Body | Sector | None = None, year: int | None = None
) -> tuple[Plan, ...]:
    """Plans of the default registry in data order, by holder and/or year in force.

    See :meth:`Registry.plans`.

    >>> [p.id for p in plans(holder="ACCSM")]
    ['accsm-work-plan-2016-2020', 'accsm-work-plan-2021-2025']
    """
    return registry().plans(holder=holder, year=year)
