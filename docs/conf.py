"""Sphinx configuration for the ascc-model documentation.

Build (from the repository root, with Graphviz's ``dot`` on the PATH)::

    .venv/bin/sphinx-build -W --keep-going -n -b html docs docs/_build/html

The data reference (``docs/data/``), the YAML schema, the API listing and the
architecture page's module map are generated at build time from the installed
``ascc_model`` (its data, and the roles declared on its fields) by the
``ascc_docs`` extension in ``docs/_ext``; they are not committed.
"""

from __future__ import annotations

import sys
from importlib.metadata import version as _version
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE / "_ext"))

from offline_inventories import write_offline_inventories  # noqa: E402

project = "ascc-model"
author = "ascc-model developers"
copyright = "ascc-model developers, MIT licence"  # noqa: A001 - Sphinx's name
release = _version("ascc-model")
version = ".".join(release.split(".")[:2])

extensions = [
    "myst_parser",
    "sphinx.ext.autodoc",
    "sphinx.ext.napoleon",
    "sphinx.ext.doctest",
    "sphinx.ext.intersphinx",
    "sphinx_copybutton",
    "ascc_docs",
]

source_suffix = {".md": "markdown"}
root_doc = "index"
exclude_patterns = ["_build", "_ext", "_static", "_generated", "Thumbs.db", ".DS_Store"]
nitpicky = True  # every reference must resolve (CI also passes -n)

# -- MyST -----------------------------------------------------------------------
myst_enable_extensions = ["colon_fence", "deflist"]
myst_heading_anchors = 3

# -- HTML -----------------------------------------------------------------------
html_theme = "furo"
html_title = f"ascc-model {release}"
html_static_path = ["_static"]
html_css_files = ["ascc.css"]
html_js_files = ["ascc.js"]

# -- copy buttons ---------------------------------------------------------------------
# Every code sample gets a copy button; what it copies is what to paste: the commands
# without their `$ ` prompt, the Python without `>>> ` and `... `, and no output lines.
copybutton_prompt_text = r">>> |\.\.\. |\$ "
copybutton_prompt_is_regexp = True
copybutton_only_copy_prompt_lines = True
copybutton_remove_prompts = True
html_show_sourcelink = False

# -- autodoc and napoleon ----------------------------------------------------------
autodoc_typehints = "description"
autodoc_typehints_description_target = "all"
autodoc_member_order = "bysource"
autodoc_class_signature = "mixed"
autodoc_default_options = {"members": True, "show-inheritance": True}
napoleon_google_docstring = True
napoleon_numpy_docstring = False

# -- doctest --------------------------------------------------------------------------
# Examples in the pages, and the docstring examples autodoc brings in, run with
# `sphinx-build -b doctest`; the same flags as pytest's doctests.
doctest_global_setup = "import ascc_model\nfrom ascc_model import *"
doctest_default_flags = (
    __import__("doctest").ELLIPSIS
    | __import__("doctest").NORMALIZE_WHITESPACE
    | __import__("doctest").IGNORE_EXCEPTION_DETAIL
)

# -- intersphinx ------------------------------------------------------------------------
# Each project's inventory is fetched online first. Where the build machine cannot
# reach it (CI reaches only package registries), a small offline inventory written
# by `offline_inventories.py` stands in: it lists only the names these pages refer
# to, with their real addresses, so links still point at the right pages and
# nitpicky mode still checks every reference.
_OFFLINE = write_offline_inventories(HERE / "_build" / "offline-inventories")
intersphinx_mapping = {
    "python": ("https://docs.python.org/3", (None, str(_OFFLINE["python"]))),
    "attrs": ("https://www.attrs.org/en/stable", (None, str(_OFFLINE["attrs"]))),
    "cattrs": ("https://catt.rs/en/stable", (None, str(_OFFLINE["cattrs"]))),
    "networkx": (
        "https://networkx.org/documentation/stable",
        (None, str(_OFFLINE["networkx"])),
    ),
}
intersphinx_timeout = 10

# -- nitpicky exceptions -------------------------------------------------------------------
# Every entry is a reference that cannot resolve, and why.
nitpick_ignore = [
    # `to_jsonld`'s docstring points at `ascc_model._jsonld.IRI_PREFIX`, a module constant
    # that is not public (not in `ascc_model.__all__`), so it has no entry to link to.
    ("py:data", "IRI_PREFIX"),
    # `load()`'s paths are annotated with `PathLike`, a private alias in `ascc_model._load`
    # for `str | os.PathLike[str] | importlib.resources.abc.Traversable`: no public entry.
    ("py:class", "PathLike"),
]

# Names and items are shown exactly as the data holds them: no "smart" quotes.
smartquotes = False
