"""Sphinx glue: generate the data pages, the API listing and the schema before reading.

On ``builder-inited`` this writes, from the installed ``ascc_model``:

- ``docs/data/``: the data reference (index, pillar, one page per sector, with charts);
- ``docs/_generated/``: Markdown fragments the reference pages include (the API
  listing of every name in ``ascc_model.__all__``, the exceptions, the YAML schema).

Both folders are generated, ignored by git (the root ``.gitignore``) and left out of
the sdist.
Files are rewritten only when their text changes, so incremental builds stay
incremental. References to a private module (``ascc_model._model.Body``, as
type hints name them) resolve to the public name (``ascc_model.Body``).
"""

from __future__ import annotations

import enum
import importlib
import inspect
import re
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ascc_pages import PILLAR_PAGE, Site
from ascc_schema import schema_markdown
from sphinx.errors import ExtensionError
from sphinx.pycode import ModuleAnalyzer
from sphinx.util import logging

import ascc_model

if TYPE_CHECKING:
    from docutils import nodes
    from sphinx.application import Sphinx
    from sphinx.environment import BuildEnvironment

logger = logging.getLogger(__name__)

_STATE: dict[str, str] = {}
_PRIVATE = re.compile(r"^ascc_model\._\w+\.")

#: Titles of the API sections for the modules that define public functions.
MODULE_TITLES = {
    "ascc_model._api": "Queries on the packaged data, and loading your own",
}


def write_folder(folder: Path, files: dict[str, str]) -> None:
    """Make ``folder`` hold exactly ``files`` (Markdown and SVG), rewriting only what changed."""
    folder.mkdir(parents=True, exist_ok=True)
    for stale in [*folder.glob("*.md"), *folder.glob("*.svg")]:
        if stale.name not in files:
            stale.unlink()
    for name, text in files.items():
        path = folder / name
        if not path.exists() or path.read_text(encoding="utf-8") != text:
            path.write_text(text, encoding="utf-8")


def _attribute_doc(name: str) -> str:
    """The doc comment (``#:``) or docstring of a public constant, from its defining module."""
    modules = sorted(m for m in sys.modules if m.startswith("ascc_model."))
    for module in modules:
        if name not in vars(sys.modules[module]):
            continue
        try:
            docs = ModuleAnalyzer.for_module(module).find_attr_docs()
        except Exception:  # noqa: BLE001, S112 - a module without source has no comments
            continue
        lines = docs.get(("", name))
        if lines:
            return "\n".join(lines).strip()
    return ""


def _title(module: str) -> str:
    if module in MODULE_TITLES:
        return MODULE_TITLES[module]
    doc = inspect.getdoc(importlib.import_module(module)) or module
    return doc.split("\n", 1)[0].rstrip(".")


def _is_exception(obj: object) -> bool:
    return isinstance(obj, type) and issubclass(obj, BaseException)


def _rst(directive: str, name: str, *options: str) -> str:
    lines = [f".. {directive}:: {name}", *(f"   {o}" for o in options)]
    return "```{eval-rst}\n" + "\n".join(lines) + "\n```\n"


def _annotation(name: str) -> str:
    """The declared type of a public constant, with public names qualified."""
    for module in sorted(m for m in sys.modules if m.startswith("ascc_model.")):
        annotations = vars(sys.modules[module]).get("__annotations__", {})
        if name in annotations and name in vars(sys.modules[module]):
            text = str(annotations[name])
            return re.sub(
                r"\b[A-Za-z_]\w*\b",
                lambda m: f"ascc_model.{m[0]}" if m[0] in ascc_model.__all__ else m[0],
                text,
            )
    value = getattr(ascc_model, name)
    kind = type(value).__name__
    return f"ascc_model.{kind}" if kind in ascc_model.__all__ else kind


def _classify() -> tuple[dict[str, list[str]], dict[str, list[str]]]:
    """The public names: functions by defining module, the rest by kind."""
    functions: dict[str, list[str]] = {}
    groups: dict[str, list[str]] = {
        k: [] for k in ("registry", "records", "kinds", "data", "errors")
    }
    for name in ascc_model.__all__:
        obj: Any = getattr(ascc_model, name)
        module = getattr(obj, "__module__", None) or ""
        if _is_exception(obj) or module == "ascc_model._errors":
            groups["errors"].append(name)
        elif isinstance(obj, type) and issubclass(obj, enum.Enum):
            groups["kinds"].append(name)
        elif isinstance(obj, type):
            groups["records" if module == "ascc_model._model" else "registry"].append(name)
        elif inspect.isfunction(obj):
            functions.setdefault(module, []).append(name)
        else:
            groups["data"].append(name)
    return functions, groups


def api_markdown() -> tuple[str, str]:
    """The API listing and the exceptions listing, one entry per name in ``__all__``.

    Markdown headings around reST autodoc directives (autodoc writes reST, so each
    directive sits in its own ``eval-rst`` block).
    """
    functions, groups = _classify()
    registry, records, kinds = groups["registry"], groups["records"], groups["kinds"]
    data, errors = groups["data"], groups["errors"]
    out: list[str] = []
    for module, names in functions.items():
        out += [f"## {_title(module)}", ""]
        out += [_rst("autofunction", f"ascc_model.{n}") for n in names]
    if registry:
        out += ["## Registries and results", ""]
        out += [_rst("autoclass", f"ascc_model.{n}") for n in registry]
    if records:
        out += ["## Records", ""]
        out += [_rst("autoclass", f"ascc_model.{n}") for n in records]
    if kinds:
        out += ["## Kinds", ""]
        out += [_rst("autoclass", f"ascc_model.{n}", ":undoc-members:") for n in kinds]
    if data:
        out += ["## Constants", ""]
        for name in data:
            doc = _attribute_doc(name)
            body = "\n".join(f"   {line}" if line else "" for line in doc.splitlines())
            out.append(
                "```{eval-rst}\n"
                f".. py:data:: {name}\n"
                "   :module: ascc_model\n"
                f"   :type: {_annotation(name)}\n\n"
                f"{body}\n"
                "```\n"
            )
    exceptions = [
        _rst(
            "autoexception" if _is_exception(getattr(ascc_model, n)) else "autoclass",
            f"ascc_model.{n}",
        )
        for n in errors
    ]
    return "\n".join(out), "\n".join(exceptions)


def _generate(app: Sphinx) -> None:
    src = Path(app.srcdir)
    try:
        site = Site(ascc_model.registry())
        pages = {
            "index.md": site.index_page(app.config.release),
            f"{PILLAR_PAGE}.md": site.pillar_page(),
        }
        pages |= {f"{s.id}.md": site.sector_page(s) for s in site.reg.sectors()}
        api, exceptions = api_markdown()
        generated = {"schema.md": schema_markdown(), "api.md": api, "exceptions.md": exceptions}
    except Exception as exc:
        msg = f"could not generate the data pages: {exc}"
        raise ExtensionError(msg) from exc
    write_folder(src / "data", pages)
    write_folder(src / "_generated", generated)
    _STATE["full_size_svg"] = site.pillar_svg_standalone


def _write_full_size(app: Sphinx, exception: BaseException | None) -> None:
    svg = _STATE.get("full_size_svg")
    if exception is not None or svg is None or app.builder.format != "html":
        return
    target = Path(app.outdir) / "data" / "pillar-chart.svg"
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(svg, encoding="utf-8")


def _public_alias(
    app: Sphinx, env: BuildEnvironment, node: nodes.Element, contnode: nodes.TextElement
) -> nodes.Element | None:
    """Resolve ``ascc_model._model.Body`` (how type hints name it) as ``ascc_model.Body``."""
    target = node.get("reftarget", "")
    if node.get("refdomain") != "py" or not _PRIVATE.match(target):
        return None
    public = _PRIVATE.sub("ascc_model.", target)
    if public.split(".")[1] not in ascc_model.__all__:
        return None
    domain = env.domains["py"]
    return domain.resolve_xref(
        env, node.get("refdoc", ""), app.builder, node["reftype"], public, node, contnode
    )


def setup(app: Sphinx) -> dict[str, Any]:
    """Register the generator and the reference resolver."""
    app.connect("builder-inited", _generate)
    app.connect("missing-reference", _public_alias)
    app.connect("build-finished", _write_full_size)
    return {"version": "1", "parallel_read_safe": True, "parallel_write_safe": True}
