"""A compiled form of the packaged data: derived from the YAML, used only when it matches.

The packaged YAML is the source of truth. Building the default registry from it
means parsing YAML and structuring it with cattrs, which costs more than the rest
of a cold start together. So the first time the default registry is built from the
YAML, its records are also written, as plain tuples with :mod:`marshal`, to a file
in the user's cache folder; later processes rebuild the registry from that file,
through the same record constructors and the same registry checks.

The file is used only if the fingerprint it carries equals the fingerprint of the
packaged YAML and of the library's own modules as installed now: any edit to
either (a new release, an edited checkout) makes it stale. A stale, missing,
unreadable or damaged file is ignored and rewritten; a cache folder that cannot be
written is left alone. Nothing is written inside the installed package.

The folder is ``$ASCC_MODEL_CACHE`` if set (``off`` or an empty value turns the
cache off), else
``ascc-model`` in the platform's user cache folder (``$XDG_CACHE_HOME`` or
``~/.cache`` on Linux). Each installation keeps one file there; only the files of
the most recently compiled installations are kept.
"""

from __future__ import annotations

import contextlib
import logging
import marshal
import os
import sys
from enum import Enum
from typing import Any

from attrs import fields, has

from ._registry import Registry, collections

try:  # hashlib imports OpenSSL's bindings, which costs more than everything else here
    from _blake2 import blake2b
except ImportError:  # pragma: no cover - depends on how Python was built
    from hashlib import blake2b

__all__ = ["FORMAT", "cache_file", "decode", "encode", "fingerprint", "load_packaged", "store"]

logger = logging.getLogger("ascc_model")

#: Bumped whenever the layout of the file changes.
FORMAT = 1
#: Files kept in the cache folder: one per installation, the most recently written.
KEEP = 8

PACKAGE_DIR = os.path.dirname(os.path.abspath(__file__))


def _listdir(folder: str, suffix: str) -> list[str]:
    try:
        names = os.listdir(folder)
    except OSError:
        return []
    return sorted(
        n for n in names if n.endswith(suffix) and os.path.isfile(os.path.join(folder, n))
    )


def packaged_yaml(package_dir: str = PACKAGE_DIR) -> list[str]:
    """The packaged YAML files as paths, in load order (as ``packaged_files()`` lists them)."""
    data = os.path.join(package_dir, "data")
    sectors = os.path.join(data, "sectors")
    return [
        *(os.path.join(data, n) for n in _listdir(data, ".yaml")),
        *(os.path.join(sectors, n) for n in _listdir(sectors, ".yaml")),
    ]


def fingerprint(package_dir: str = PACKAGE_DIR) -> bytes:
    """A hash of the packaged YAML and of the library's modules, as they are now.

    The YAML says what the records are; the modules say how YAML becomes records
    (and so stand for the library's version, including an edited checkout).

    Raises:
        OSError: a file cannot be read.
    """
    digest = blake2b(digest_size=32)
    digest.update(b"ascc-model compiled data, format %d\n" % FORMAT)
    modules = [os.path.join(package_dir, n) for n in _listdir(package_dir, ".py")]
    for path in [*packaged_yaml(package_dir), *modules]:
        with open(path, "rb") as file:
            data = file.read()
        name = os.path.relpath(path, package_dir).replace(os.sep, "/").encode()
        digest.update(b"%d:%s%d:" % (len(name), name, len(data)))
        digest.update(data)
    return digest.digest()


def cache_file(package_dir: str = PACKAGE_DIR) -> str | None:
    """Where this installation's compiled data lives, or ``None`` if the cache is off.

    It is off when the package's files are not plain files on disk (a zip, a
    frozen application): the fingerprint could not see the YAML change there.
    """
    if not packaged_yaml(package_dir) or not _listdir(package_dir, ".py"):
        return None
    folder = os.environ.get("ASCC_MODEL_CACHE")
    if folder is not None and folder.strip().lower() in {"off", "0", "false", "no", ""}:
        return None
    if not folder:
        if sys.platform == "win32":
            base = os.environ.get("LOCALAPPDATA") or os.path.expanduser("~\\AppData\\Local")
        elif sys.platform == "darwin":
            base = os.path.expanduser("~/Library/Caches")
        else:
            base = os.environ.get("XDG_CACHE_HOME") or os.path.expanduser("~/.cache")
        folder = os.path.join(base, "ascc-model")
    # marshal's format may change between Python versions: one file per version.
    where = blake2b(os.path.abspath(package_dir).encode(), digest_size=8).hexdigest()
    python = "%d%d" % sys.version_info[:2]  # noqa: UP031 - plain and quick
    return os.path.join(folder, f"packaged-{where}-py{python}.marshal")


# -- encoding ----------------------------------------------------------------------
#
# A record is a list [class number, field values...] in the order of its attrs
# fields; an enum member is a list [class number, value]; tuples stay tuples and
# plain values stay as they are. The model holds no lists, so a list is always a
# record or a member. For each class the file also lists the positions of fields
# that hold records or members, so decoding leaves the other fields untouched.


class _Encoder:
    def __init__(self) -> None:
        self.classes: list[type] = []
        self.numbers: dict[type, int] = {}
        self.nested: list[set[int]] = []

    def number(self, cls: type) -> int:
        if cls not in self.numbers:
            self.numbers[cls] = len(self.classes)
            self.classes.append(cls)
            self.nested.append(set())
        return self.numbers[cls]

    def value(self, value: object) -> tuple[object, bool]:
        """The encoded value, and whether it holds a record or member."""
        if isinstance(value, Enum):
            return [self.number(type(value)), value.value], True
        if has(type(value)):
            return self.record(value), True
        if type(value) is tuple:
            items = [self.value(v) for v in value]
            return tuple(v for v, _ in items), any(n for _, n in items)
        if value is None or type(value) in (str, int, float, bool):
            return value, False
        msg = f"cannot compile a {type(value).__name__}: {value!r}"
        raise TypeError(msg)

    def record(self, record: Any) -> list[object]:
        number = self.number(type(record))
        encoded: list[object] = [number]
        for position, attribute in enumerate(fields(type(record))):
            if not attribute.init:
                msg = f"{type(record).__name__}.{attribute.name} is not set by __init__"
                raise TypeError(msg)
            value, nested = self.value(getattr(record, attribute.name))
            if nested:
                self.nested[number].add(position)
            encoded.append(value)
        return encoded


def encode(registry: Registry, stamp: bytes) -> bytes:
    """The registry's records as the compiled file's bytes, stamped with a fingerprint."""
    encoder = _Encoder()
    payload = {
        keyword: tuple(encoder.record(r) for r in records)
        for keyword, records in collections(registry).items()
    }
    classes = tuple((c.__module__, c.__qualname__) for c in encoder.classes)
    nested = tuple(tuple(sorted(n)) for n in encoder.nested)
    return marshal.dumps((FORMAT, stamp, classes, nested, payload))


def decode(blob: bytes, stamp: bytes | None = None) -> Registry | None:
    """The registry in ``blob``; ``None`` if it is another format or (given a stamp) stale.

    Raises:
        DataError: the records break an invariant (they passed when compiled).
    """
    try:
        # Only data comes out of marshal; classes are looked up by name in the model only.
        head = marshal.loads(blob)  # noqa: S302
        form, found, classes, nested, payload = head
    except (EOFError, ValueError, TypeError):
        return None
    if form != FORMAT or (stamp is not None and found != stamp):
        return None
    types = [_class(module, name) for module, name in classes]
    members = [getattr(t, "_value2member_map_", None) for t in types]

    def value(item: Any) -> Any:
        if type(item) is tuple:
            return tuple([value(v) for v in item])
        if type(item) is list:
            number = item[0]
            member = members[number]
            return member[item[1]] if member is not None else record(item)
        return item

    def record(item: list[Any]) -> object:
        number = item[0]
        args = item[1:]  # marshal may share one list between places: never edit it
        for position in nested[number]:
            args[position] = value(args[position])
        return types[number](*args)

    records: dict[str, Any] = {k: tuple([record(r) for r in v]) for k, v in payload.items()}
    return Registry(**records)


def _class(module: str, name: str) -> type:
    """A record or enum class of the model, by name; nothing else can be named.

    Raises:
        ValueError: the file names any other class (a damaged or crafted file).
    """
    from . import _model  # noqa: PLC0415 - already imported by the registry

    cls = getattr(_model, name, None) if module == _model.__name__ else None
    if not isinstance(cls, type) or not (has(cls) or issubclass(cls, Enum)):
        msg = f"not a class of the model: {module}.{name}"
        raise ValueError(msg)
    return cls


def load_packaged(package_dir: str = PACKAGE_DIR) -> Registry | None:
    """The default registry from the compiled file, or ``None`` if it is off, missing or stale.

    A damaged file is treated as missing (and rewritten by :func:`store`).
    """
    path = cache_file(package_dir)
    if path is None:
        return None
    try:
        with open(path, "rb") as file:
            blob = file.read()
        stamp = fingerprint(package_dir)
    except OSError:
        return None
    try:
        return decode(blob, stamp)
    except Exception:  # any damage means: parse the YAML instead (logged, not raised)
        logger.debug("ignoring the compiled data in %s", path, exc_info=True)
        return None


def store(registry: Registry, package_dir: str = PACKAGE_DIR) -> str | None:
    """Write the compiled file for ``registry`` (built from the packaged YAML), if possible.

    Returns the path written, or ``None`` if the cache is off or cannot be written.
    """
    path = cache_file(package_dir)
    if path is None:
        return None
    temporary = f"{path}.{os.getpid()}.tmp"
    try:
        blob = encode(registry, fingerprint(package_dir))
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(temporary, "wb") as file:
            file.write(blob)
        os.replace(temporary, path)  # whole or not at all, even with several writers
    except Exception:  # the cache is an optimisation: it never fails a look-up
        logger.debug("cannot write the compiled data to %s", path, exc_info=True)
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        return None
    _prune(os.path.dirname(path))
    return path


def _prune(folder: str) -> None:
    """Keep the files of the most recently compiled installations (say, of old venvs)."""
    try:
        entries = [
            e
            for e in os.scandir(folder)
            if e.name.startswith("packaged-") and e.name.endswith(".marshal")
        ]
        entries.sort(key=lambda e: e.stat().st_mtime, reverse=True)
    except OSError:
        return
    for entry in entries[KEEP:]:
        with contextlib.suppress(OSError):
            os.unlink(entry.path)  # another installation just compiles its data again
