"""Loading YAML files into a registry: read, parse, merge, check, and say where it went wrong.

Every file is read (each unreadable one reported), parsed by the strict reader
(:mod:`ascc_model._yaml`), structured by the converter (:mod:`ascc_model._convert`),
merged in order (a file may replace earlier records by id), and checked
(:mod:`ascc_model._checks`). Every problem names its file, line and field
path; nothing is returned half-loaded.
"""

from __future__ import annotations

import os
import stat
import sys
from typing import TYPE_CHECKING, Any, TypeAlias

from cattrs.errors import ClassValidationError, IterableValidationError

from ._checks import findings
from ._convert import flatten_errors, structure_document
from ._errors import DataError, Problem, format_path
from ._records import COLLECTIONS, SCHEMA_VERSION, Document, Records
from ._registry import Registry
from ._yaml import MAX_FILE_BYTES, Locator, decode, plain

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator, Sequence
    from importlib.resources.abc import Traversable

    from ._checks import Finding

__all__ = ["PathLike", "load", "load_text", "packaged_files"]

PathLike: TypeAlias = "str | os.PathLike[str] | Traversable"
Step: TypeAlias = "str | int"

#: The name that stands for standard input.
STDIN = "-"


def packaged_files() -> list[Traversable]:
    """The packaged YAML files, in load order: sources, shared files, sectors in source order."""
    from importlib.resources import files  # noqa: PLC0415 - costs more than the rest of import

    root = files("ascc_model").joinpath("data")

    def yaml_files(folder: Traversable) -> Iterator[Traversable]:
        return (f for f in folder.iterdir() if f.is_file() and f.name.endswith(".yaml"))

    return [
        # The sources first (every record cites them), then the shared files, then sectors.
        *sorted(yaml_files(root), key=lambda f: (f.name != "sources.yaml", f.name)),
        *sorted(yaml_files(root.joinpath("sectors")), key=lambda f: f.name),
    ]


def _read(path: PathLike) -> tuple[str, bytes]:
    """A file's name and bytes, read only if it is a regular file within the size limit."""
    if isinstance(path, str) and path == STDIN:
        return "<stdin>", _bounded(sys.stdin.buffer, "<stdin>")
    if not isinstance(path, (str, os.PathLike)):  # a packaged resource
        return str(path), path.read_bytes()
    name = os.fsdecode(path)
    try:
        # O_NONBLOCK: opening a FIFO must not wait for a writer; the stat below refuses it.
        handle = os.open(
            name, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
        )
    except OSError as exc:
        raise _unreadable(name, exc) from None
    try:
        info = os.fstat(handle)
        if not stat.S_ISREG(info.st_mode):
            what = "a directory" if stat.S_ISDIR(info.st_mode) else "not a regular file"
            hint = "" if stat.S_ISDIR(info.st_mode) else " (give - for standard input)"
            raise DataError([Problem(f"cannot read file: {what}{hint}", file=name)])
        if info.st_size > MAX_FILE_BYTES:
            raise _too_large(name, info.st_size)
        with os.fdopen(handle, "rb", closefd=False) as file:
            return name, _bounded(file, name)
    except OSError as exc:
        raise _unreadable(name, exc) from None
    finally:
        os.close(handle)


_CHUNK = 1 << 20


def _bounded(file: Any, name: str) -> bytes:
    """What ``file`` holds, read in chunks: never more than the limit and one byte."""
    chunks: list[bytes] = []
    size = 0
    while size <= MAX_FILE_BYTES:
        chunk: bytes = file.read(min(_CHUNK, MAX_FILE_BYTES + 1 - size))
        if not chunk:
            break
        chunks.append(chunk)
        size += len(chunk)
    if size > MAX_FILE_BYTES:
        raise _too_large(name, None)
    return b"".join(chunks)


def _too_large(name: str, size: int | None) -> DataError:
    what = "more" if size is None else f"{size:,}"
    msg = f"file of {what} bytes is larger than the limit of {MAX_FILE_BYTES:,}"
    return DataError([Problem(msg, file=name)])


def _unreadable(name: str, exc: OSError) -> DataError:
    return DataError([Problem(f"cannot read file: {exc.strerror or exc}", file=name)])


def read_texts(paths: Iterable[PathLike]) -> tuple[list[tuple[str, str]], list[Problem]]:
    """``(name, text)`` for each readable path, decoded strictly, and the problems of the rest."""
    texts = []
    problems: list[Problem] = []
    for path in paths:
        try:
            name, data = _read(path)
            texts.append((name, decode(name, data)))
        except DataError as exc:
            problems.extend(exc.problems)
    return texts, problems


def _document(name: str, text: str) -> Document:
    value = plain(name, text)
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


def parse_documents(files: Iterable[tuple[str, str]]) -> list[tuple[str, str, Document]]:
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


def merge(parsed: Sequence[tuple[str, str, Document]]) -> Records:  # noqa: C901 - one pass
    """The records of all files, collection by collection, in file order.

    A file's ``replaces`` list names ids whose earlier record its own record
    replaces, in place; an id in ``replaces`` that replaces nothing is an error.
    A record equal to one of an earlier file is the same record, stated again
    (an export of the packaged data, loaded with it): it is kept once. Other
    repeated ids are left for the duplicate check.
    """
    merged: dict[str, list[Any]] = {name: [] for name in COLLECTIONS}
    places: dict[str, tuple[str, int]] = {}  # id -> where it stands in `merged`
    seen: set[object] = set()  # records without an id, as loaded so far
    problems: list[Problem] = []
    for name, text, document in parsed:
        replaced: set[str] = set()
        defined: set[str] = set()
        for collection in COLLECTIONS:
            records = merged[collection]
            for record in getattr(document, collection):
                ident: str | None = getattr(record, "id", None)
                if ident is None:
                    if record not in seen:
                        seen.add(record)
                        records.append(record)
                    continue
                defined.add(ident)
                place = places.get(ident)
                if ident in document.replaces and place is not None and place[0] == collection:
                    records[place[1]] = record
                    replaced.add(ident)
                    continue
                if place is not None and place[0] == collection and records[place[1]] == record:
                    continue
                places.setdefault(ident, (collection, len(records)))
                records.append(record)
        locator = Locator(text)
        for index, ident in enumerate(document.replaces):
            if ident in replaced:
                continue
            why = (
                "no earlier file has a record of that kind"
                if ident in defined
                else "this file defines no record with that id"
            )
            steps = ("replaces", index)
            message = f"replaces {ident!r}, but {why}"
            problems.append(Problem(message, format_path(steps), name, locator.line(steps)))
    if problems:
        raise DataError(problems)
    given: dict[str, Any] = merged
    return Records(**given)


def relocate(found: Sequence[Finding], parsed: Sequence[tuple[str, str, Document]]) -> DataError:
    """The findings of the checks as problems with the file and line of each record.

    A finding about a record that repeats another (a duplicate id) also names
    where the other one is.
    """
    where: dict[int, tuple[str, Locator, tuple[Step, ...]]] = {}
    for name, text, document in parsed:
        locator = Locator(text)
        for collection in COLLECTIONS:
            for index, record in enumerate(getattr(document, collection)):
                where[id(record)] = (name, locator, (collection, index))
    problems = []
    for finding in found:
        place = where.get(id(finding.record))
        if place is None:  # pragma: no cover - every record comes from a file
            problems.append(finding.problem())
            continue
        name, locator, prefix = place
        steps = (*prefix, *finding.steps)
        message = finding.labelled()
        other = where.get(id(finding.related))
        if other is not None:
            other_line = other[1].line((*other[2], "id"))
            message += f" (first defined at {other[0]}:{other_line})"
        problems.append(Problem(message, format_path(steps), name, locator.line(steps)))
    return DataError(problems)


def build(texts: Sequence[tuple[str, str]], unread: Sequence[Problem] = ()) -> Registry:
    """A registry from ``(name, text)`` pairs, checked, with every problem located.

    ``unread`` holds the problems of files that could not be read: they are raised
    with the problems the readable files have.
    """
    try:
        parsed = parse_documents(texts)
    except DataError as exc:
        raise DataError([*unread, *exc.problems]) from None
    if unread:
        raise DataError(unread)
    records = merge(parsed)
    found = findings(records)
    if found:
        raise relocate(found, parsed)
    return Registry._checked(records)  # noqa: SLF001 - checked above, with file and line


def load(*paths: PathLike, include_packaged: bool = True) -> Registry:
    """A registry of the packaged data and these YAML files, with every check of the packaged data.

    The files extend the packaged data: they may add sectors, bodies, relations,
    plans, agencies and so on, and name packaged records by id. A file that
    redefines a packaged record must list its id under ``replaces:``; otherwise the
    repeated id is an error naming both places. With ``include_packaged=False``
    the files are loaded alone. ``"-"`` reads standard input.

    Args:
        paths: YAML or JSON files (paths, or packaged resources); ``"-"`` reads standard input.
        include_packaged: Load the packaged data first, so the files may name its records.

    Raises:
        DataError: a file cannot be read or parsed, breaks the schema, or the
            records together break an invariant. Nothing is returned half-loaded.

    >>> import pathlib, tempfile
    >>> mine = '''
    ... schema_version: 1
    ... sources: [{id: notes, title: My notes, language: en}]
    ... bodies:
    ...   - {id: ammx, names: {en: Ministers on X}, kind: ministerial, sources: ["notes:1"]}
    ... relations:
    ...   - {subject: ammx, kind: coordinates_with, object: asoen, sources: ["notes:2"]}
    ... '''
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     path = pathlib.Path(folder, "mine.yaml")
    ...     _ = path.write_text(mine, encoding="utf-8")
    ...     reg = load(path)
    >>> reg.get_body("ammx").names.en, reg.get_body("ACWC").id
    ('Ministers on X', 'acwc')
    """
    if not paths and not include_packaged:
        msg = "load() needs at least one file"
        raise TypeError(msg)
    packaged = packaged_files() if include_packaged else []
    return build(*read_texts([*packaged, *paths]))


def load_text(*texts: str, name: str = "<text>", include_packaged: bool = True) -> Registry:
    """A registry of the packaged data and YAML held in strings (named ``name``, ``name#2``, ...).

    ``include_packaged=False`` loads the texts alone, as for :func:`load`.

    Args:
        texts: YAML or JSON documents, as strings.
        name: The name the texts are given in messages (``name``, ``name#2``, ...).
        include_packaged: Load the packaged data first, so the files may name its records.

    >>> reg = load_text('''
    ... schema_version: 1
    ... sources: [{id: notes, title: My notes, language: en}]
    ... bodies:
    ...   - {id: ammx, names: {en: Ministers on X}, kind: ministerial, sources: ["notes:1"]}
    ... ''', include_packaged=False)
    >>> reg.get_body("ministers on x").id, len(reg.bodies())
    ('ammx', 1)
    """
    if not texts and not include_packaged:
        msg = "load_text() needs at least one text"
        raise TypeError(msg)
    for text in texts:
        if not isinstance(text, str):
            msg = f"load_text() takes YAML text as str, not {type(text).__name__}"
            raise TypeError(msg)
    packaged, unread = read_texts(packaged_files()) if include_packaged else ([], [])
    named = [(name if i == 0 else f"{name}#{i + 1}", t) for i, t in enumerate(texts)]
    return build([*packaged, *named], unread)
