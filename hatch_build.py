"""Hatchling build hook: compile the packaged YAML into ``ascc_model/_packaged.py`` in the wheel.

The library loads its own YAML (every check runs) and writes the records as a
module of literals (``src/ascc_model/_compile.py``), which goes into every
wheel, one built from the sdist included. Editable installs get no such module
and read the YAML, so that an edited file is seen at once. Nothing is written
into the source tree.
"""

from __future__ import annotations

import importlib
import shutil
import sys
import tempfile
from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface


class CompileDataHook(BuildHookInterface):  # type: ignore[misc]  # hatchling is not typed here
    """Writes the compiled records into non-editable wheels."""

    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        """Compile the packaged data and add it to the wheel being built."""
        if self.target_name != "wheel" or version == "editable":
            return
        text = compiled_source(Path(self.root) / "src")
        folder = Path(tempfile.mkdtemp(prefix="ascc-model-build-"))
        self._folder = folder
        target = folder / "_packaged.py"
        target.write_text(text, encoding="utf-8")
        build_data["force_include"][str(target)] = "ascc_model/_packaged.py"

    def finalize(
        self,
        version: str,  # noqa: ARG002 - the hook interface's signature
        build_data: dict[str, Any],  # noqa: ARG002
        artifact_path: str,  # noqa: ARG002
    ) -> None:
        """Remove the folder of the compiled module once the wheel holds it."""
        folder: Path | None = getattr(self, "_folder", None)
        if folder is not None:
            shutil.rmtree(folder, ignore_errors=True)


def compiled_source(src: Path) -> str:
    """The text of ``_packaged.py``: the packaged YAML loaded by the library in ``src``."""
    saved = {
        n: m for n, m in sys.modules.items() if n == "ascc_model" or n.startswith("ascc_model.")
    }
    for name in saved:
        del sys.modules[name]
    sys.path.insert(0, str(src))
    try:
        load = importlib.import_module("ascc_model._load")
        compile_ = importlib.import_module("ascc_model._compile")
        records = load.load().records
        source: str = compile_.source(records)
        return source
    finally:
        sys.path.remove(str(src))
        for name in [n for n in sys.modules if n == "ascc_model" or n.startswith("ascc_model.")]:
            del sys.modules[name]
        sys.modules.update(saved)
