"""Small stand-in intersphinx inventories for builds without access to the projects' sites.

Intersphinx first fetches each project's real ``objects.inv``. A machine that
reaches only package registries (our CI) cannot, and an unreachable inventory
is a warning, which ``-W`` turns into a failed build. Each mapping in
``conf.py`` therefore names a second, local inventory written here: it holds
only the names these docs refer to, with the addresses the projects publish
them under, so cross-references resolve and link to the right page either way.

When nitpicky mode reports a new unresolved ``py:class`` from Python, attrs,
cattrs or networkx, add the name here (its address is the one in the project's own
inventory: ``python -m sphinx.ext.intersphinx https://docs.python.org/3/objects.inv``
on a machine with network access).
"""

from __future__ import annotations

import zlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pathlib import Path

# (name, domain:role, address relative to the project's documentation root)
_ENTRIES: dict[str, tuple[str, tuple[tuple[str, str, str], ...]]] = {
    "python": (
        "Python",
        (
            ("bool", "py:class", "library/functions.html#bool"),
            ("dict", "py:class", "library/stdtypes.html#dict"),
            ("float", "py:class", "library/functions.html#float"),
            ("frozenset", "py:class", "library/stdtypes.html#frozenset"),
            ("int", "py:class", "library/functions.html#int"),
            ("object", "py:class", "library/functions.html#object"),
            ("str", "py:class", "library/stdtypes.html#str"),
            ("tuple", "py:class", "library/stdtypes.html#tuple"),
            ("list", "py:class", "library/stdtypes.html#list"),
            ("None", "py:data", "library/constants.html#None"),
            ("KeyError", "py:exception", "library/exceptions.html#KeyError"),
            ("LookupError", "py:exception", "library/exceptions.html#LookupError"),
            ("TypeError", "py:exception", "library/exceptions.html#TypeError"),
            ("ValueError", "py:exception", "library/exceptions.html#ValueError"),
            ("enum", "py:module", "library/enum.html#module-enum"),
            ("enum.StrEnum", "py:class", "library/enum.html#enum.StrEnum"),
            ("os.PathLike", "py:class", "library/os.html#os.PathLike"),
            (
                "collections.abc.Iterator",
                "py:class",
                "library/collections.abc.html#collections.abc.Iterator",
            ),
            (
                "collections.abc.Sequence",
                "py:class",
                "library/collections.abc.html#collections.abc.Sequence",
            ),
            (
                "importlib.resources.abc.Traversable",
                "py:class",
                "library/importlib.resources.abc.html#importlib.resources.abc.Traversable",
            ),
            (
                "importlib.metadata.version",
                "py:function",
                "library/importlib.metadata.html#importlib.metadata.version",
            ),
        ),
    ),
    "attrs": (
        "attrs",
        (
            ("attrs", "py:module", "api.html#module-attrs"),
            ("attrs.evolve", "py:function", "api.html#attrs.evolve"),
            ("attrs.field", "py:function", "api.html#attrs.field"),
            ("attrs.frozen", "py:function", "api.html#attrs.frozen"),
            ("index", "std:doc", "index.html"),
        ),
    ),
    "cattrs": (
        "cattrs",
        (("index", "std:doc", "index.html"),),
    ),
    "networkx": (
        "NetworkX",
        (("networkx.DiGraph", "py:class", "reference/classes/digraph.html#networkx.DiGraph"),),
    ),
}


def _inventory(project: str, entries: tuple[tuple[str, str, str], ...]) -> bytes:
    header = (
        "# Sphinx inventory version 2\n"
        f"# Project: {project}\n"
        "# Version: \n"
        "# The remainder of this file is compressed using zlib.\n"
    )
    lines = "".join(f"{name} {role} 1 {uri} -\n" for name, role, uri in entries)
    return header.encode() + zlib.compress(lines.encode())


def write_offline_inventories(folder: Path) -> dict[str, Path]:
    """Write one inventory per project into ``folder``; return their paths by project key."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = {}
    for key, (project, entries) in _ENTRIES.items():
        path = folder / f"{key}.inv"
        data = _inventory(project, entries)
        if not path.exists() or path.read_bytes() != data:
            path.write_bytes(data)
        paths[key] = path
    return paths
