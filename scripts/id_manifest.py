"""Write the manifest of every public id, the stable-id contract of a release.

Usage (from the repository root, in the development venv):

    python scripts/id_manifest.py 0.2.0            # writes ids/0.2.0.txt from the packaged data
    python scripts/id_manifest.py 0.2.0 --stdout   # prints it instead
    python scripts/id_manifest.py 0.1.0 --data DIR # from the YAML files of another data folder

Each line is ``<kind> <id>``: the kind of record (``body``, ``plan``, ...) and its id,
grouped by kind in the registry's order and sorted by id within a kind. A renamed
(deprecated) id is listed with the kind of the record it now names. A released manifest is
never edited: ``tests/test_ids.py`` checks that every id of every manifest still resolves.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path
from typing import Protocol

import ascc_model
from ascc_model._records import IDENTIFIED, kind_of  # every kind of record with an id

ROOT = Path(__file__).resolve().parent.parent
VERSION = re.compile(r"\d+\.\d+\.\d+")

HEADER = """\
# Public ids of ascc-model {version}: one "<kind> <id>" a line.
# Written by scripts/id_manifest.py from the data released as {version}; never edit it.
# tests/test_ids.py fails if any of these ids disappears from the data without an entry
# in the data's `renamed:` list (or, in a major release, in ids/removed.txt).
"""


class _Identified(Protocol):
    @property
    def id(self) -> str: ...


def kinds(registry: ascc_model.Registry) -> dict[str, str]:
    """Every public id of ``registry`` with the kind of record it names, in manifest order."""
    found: dict[str, str] = {}
    for name in IDENTIFIED:
        collection: tuple[_Identified, ...] = getattr(registry.records, name)
        for record in sorted(collection, key=lambda r: r.id):
            found[record.id] = kind_of(record)
    for rename in sorted(registry.renamed(), key=lambda r: r.old):
        found[rename.old] = found[rename.new]
    return found


def manifest(registry: ascc_model.Registry, version: str) -> str:
    """The text of the manifest of ``registry`` released as ``version``."""
    lines = [f"{kind} {ident}" for ident, kind in kinds(registry).items()]
    return HEADER.format(version=version) + "\n".join(lines) + "\n"


def load_folder(folder: Path) -> ascc_model.Registry:
    """The registry of a data folder laid out as the packaged one (``*.yaml``, ``sectors/``)."""
    files = [*sorted(folder.glob("*.yaml")), *sorted(folder.glob("sectors/*.yaml"))]
    return ascc_model.load(*files, include_packaged=False)


def main(argv: list[str] | None = None) -> int:
    """Write (or print) the manifest; returns the exit status."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("version", help="the release the manifest is for, X.Y.Z")
    parser.add_argument("--data", type=Path, help="a data folder (default: the packaged data)")
    parser.add_argument("--stdout", action="store_true", help="print instead of writing")
    args = parser.parse_args(argv)
    if not VERSION.fullmatch(args.version):
        parser.error(f"{args.version!r} is not a release version X.Y.Z")
    registry = ascc_model.registry() if args.data is None else load_folder(args.data)
    text = manifest(registry, args.version)
    if args.stdout:
        sys.stdout.write(text)
        return 0
    target = ROOT / "ids" / f"{args.version}.txt"
    if target.exists():
        sys.stderr.write(f"{target} exists: a released manifest is never rewritten\n")
        return 1
    target.parent.mkdir(exist_ok=True)
    target.write_text(text, encoding="utf-8")
    sys.stdout.write(f"wrote {target} ({len(text.splitlines())} lines)\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
