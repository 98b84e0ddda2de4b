"""Sphinx glue: generate the data pages, the API listing and the schema before reading.

On ``builder-inited`` this writes, from the installed ``ascc_model``:

- ``docs/data/``: the data reference (index, pillar, one page per sector, with charts;
  the agencies, the sources, and the errata with the verb table);
- ``docs/_generated/``: Markdown fragments the reference pages include (the API
  listing of every name in ``ascc_model.__all__``, the exceptions, the YAML schema,
  the command line read from its parser, and the architecture page's module map
  and internal types).

Graphviz's ``dot`` draws the org charts: without it the build stops at once, with
one line saying how to install it.

Both folders are generated, ignored by git (the root ``.gitignore``) and left out of
the sdist.
Files are rewritten only when their text changes, so incremental builds stay
incremental. References to a private module (``ascc_model._model.Body``, as
type hints name them) resolve to the public name (``ascc_model.Body``), and the
record types of ``ascc_model._records`` that public signatures name
(``Record``, ``Records``) to their entries on the architecture page.
"""

from __future__ import annotations

import enum
import importlib
import inspect
import re
import shutil
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

import ascc_registers
import attrs
from ascc_architecture import module_table
from ascc_cli import cli_markdown
from ascc_pages import PILLAR_PAGE, Site
from ascc_schema import schema_markdown
from sphinx import addnodes
from sphinx.errors import ExtensionError
from sphinx.pycode import ModuleAnalyzer
from sphinx.util import logging

import ascc_model
from ascc_model import _records

if TYPE_CHECKING:
    from docutils import nodes
    from sphinx.application import Sphinx
    from sphinx.environment import BuildEnvironment

logger = logging.getLogger(__name__)

_STATE: dict[str, dict[str, str]] = {}
_PRIVATE = re.compile(r"^ascc_model\._\w+\.")

#: The API's sections for the modules that define public functions (or classes other
#: than records and registries), in this order; other modules follow, titled by their
#: docstrings.
MODULE_TITLES = {
    "ascc_model._default": "Queries on the packaged data",
    "ascc_model._search": "Search",
    "ascc_model._load": "Loading your own YAML",
    "ascc_model._json": "Export: JSON",
    "ascc_model._jsonld": "Export: JSON-LD",
    "ascc_model._csv": "Export: CSV",
    "ascc_model._diagrams": "Export: DOT and Mermaid diagrams",
    "ascc_model._rdf": "Export: RDF (Turtle, N-Triples)",
    "ascc_model._network": "Export: a networkx graph",
    "ascc_model._jsonschema": "The JSON Schema of the data files",
}

#: Module-level queries shown with the section they belong to rather than their module's.
SECTION_OF = {
    "search": "ascc_model._search",
    "find_bodies": "ascc_model._search",
}

#: Names of ``ascc_model._records`` that public signatures use unqualified (``-> Record``),
#: documented on the architecture page.
INTERNAL_TYPES = {name: f"ascc_model._records.{name}" for name in ("Record", "Records")}


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
    """The public names: functions (and their classes) by section, the rest by kind."""
    sections: dict[str, list[str]] = {module: [] for module in MODULE_TITLES}
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
        elif isinstance(obj, type) and module in MODULE_TITLES:
            sections[module].append(name)
        elif isinstance(obj, type):
            groups["records" if module == "ascc_model._model" else "registry"].append(name)
        elif inspect.isfunction(obj):
            sections.setdefault(SECTION_OF.get(name, module), []).append(name)
        else:
            groups["data"].append(name)
    return {m: names for m, names in sections.items() if names}, groups


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
        classes = [n for n in names if isinstance(getattr(ascc_model, n), type)]
        out += [_rst("autofunction", f"ascc_model.{n}") for n in names if n not in classes]
        out += [_rst("autoclass", f"ascc_model.{n}") for n in classes]  # what they return
    if registry:
        out += ["## Registries and results", ""]
        # A registry's collections live in a private base class: listed as its own.
        out += [
            _rst("autoclass", f"ascc_model.{n}", *_inherited(getattr(ascc_model, n)))
            for n in registry
        ]
    if records:
        out += ["## Records", ""]
        # Every field is listed (`undoc-members`): its description is its role's (_field_docs).
        out += [_rst("autoclass", f"ascc_model.{n}", ":undoc-members:") for n in records]
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


def _private(cls: type) -> bool:
    """Whether a class of the package is private: not a public name of ``ascc_model``."""
    module = getattr(cls, "__module__", "")
    return module.startswith("ascc_model") and (
        cls.__name__[:1] == "_" or cls.__name__ not in ascc_model.__all__
    )


def _inherited(cls: type) -> tuple[str, ...]:
    """``:inherited-members:`` for a class with a private base, whose members are its own."""
    return (":inherited-members:",) if any(_private(b) for b in cls.__mro__[1:]) else ()


def record_types_markdown() -> str:
    """The entries of ``Record`` and ``Records``, which public signatures name."""
    union = " | ".join(f"ascc_model.{name.strip()}" for name in _records.Record.split("|"))
    return "\n".join(
        [
            "```{eval-rst}",
            ".. py:type:: ascc_model._records.Record",
            f"   :canonical: {union}",
            "",
            "   " + (_attribute_doc("Record") or "A record that has an id."),
            "```",
            "",
            "```{eval-rst}",
            ".. autoclass:: ascc_model._records.Records",
            "   :members: collections, identified",
            "   :no-show-inheritance:",
            "```",
            "",
        ]
    )


#: What the build says, on one line, when Graphviz is missing.
NO_GRAPHVIZ = (
    "ascc-model docs: Graphviz's `dot` is not on the PATH, and the org charts of the data "
    "pages need it: install Graphviz (Debian/Ubuntu: sudo apt-get install graphviz; "
    "Fedora: sudo dnf install graphviz; macOS: brew install graphviz; Windows: "
    "winget install graphviz) and build again"
)


def _require_graphviz() -> None:
    """Stop the build with one line when ``dot`` is missing.

    Sphinx reports any exception, its own errors too, with a traceback and a
    request to report a bug in Sphinx; a missing system package is neither, so
    the build exits with the one line (status 1) instead.
    """
    if shutil.which("dot") is None:
        raise SystemExit(NO_GRAPHVIZ)


def _generate(app: Sphinx) -> None:
    _require_graphviz()
    src = Path(app.srcdir)
    try:
        site = Site(ascc_model.registry())
        pages = {
            "index.md": site.index_page(app.config.release),
            f"{PILLAR_PAGE}.md": site.pillar_page(),
        }
        pages |= {f"{s.id}.md": site.sector_page(s) for s in site.reg.sectors()}
        pages |= ascc_registers.pages(site)
        api, exceptions = api_markdown()
        generated = {
            "schema.md": schema_markdown(),
            "api.md": api,
            "exceptions.md": exceptions,
            "cli.md": cli_markdown(),
            "modules.md": module_table(),
            "record-types.md": record_types_markdown(),
        }
    except Exception as exc:
        msg = f"could not generate the data pages: {exc}"
        raise ExtensionError(msg) from exc
    write_folder(src / "data", pages)
    write_folder(src / "_generated", generated)
    _STATE["full_size"] = dict(site.standalone)


def _write_full_size(app: Sphinx, exception: BaseException | None) -> None:
    """Write each chart's standalone SVG beside the data pages (opened full size)."""
    charts = _STATE.get("full_size")
    if exception is not None or not charts or app.builder.format != "html":
        return
    folder = Path(app.outdir) / "data"
    folder.mkdir(parents=True, exist_ok=True)
    for name, svg in charts.items():
        target = folder / name
        if not target.exists() or target.read_text(encoding="utf-8") != svg:
            target.write_text(svg, encoding="utf-8")


def _public_alias(
    app: Sphinx, env: BuildEnvironment, node: nodes.Element, contnode: nodes.TextElement
) -> nodes.Element | None:
    """Resolve ``ascc_model._model.Body`` (how type hints name it) as ``ascc_model.Body``.

    ``Record`` and ``Records`` (unqualified in signatures) resolve to their entries
    on the architecture page.
    """
    target = node.get("reftarget", "")
    if node.get("refdomain") != "py":
        return None
    if target in INTERNAL_TYPES:
        public = INTERNAL_TYPES[target]
    elif _PRIVATE.match(target) and _PRIVATE.sub("", target).split(".")[0] in ascc_model.__all__:
        public = _PRIVATE.sub("ascc_model.", target)
    else:
        return None
    domain = env.domains["py"]
    return domain.resolve_xref(
        env, node.get("refdoc", ""), app.builder, node["reftype"], public, node, contnode
    )


def _private_bases(
    _app: Sphinx, _name: str, _obj: object, _options: object, bases: list[type]
) -> None:
    """Show a private base class (``_Record``, a repr mixin) as the bases it has."""

    def public(base: type) -> list[type]:
        if _private(base):
            return [b for above in base.__bases__ for b in public(above)]
        return [base]

    bases[:] = list(dict.fromkeys(b for base in bases for b in public(base)))


def _builtin_object(_app: Sphinx, doctree: nodes.document) -> None:
    """Link the base class ``object`` to Python's, not to a field named ``object``.

    Inside a class's entry a reference is first looked up among the class's own
    members, so ``Bases: object`` of :class:`~ascc_model.Relation` would link to
    its field ``Relation.object``.
    """
    for node in doctree.findall(addnodes.pending_xref):
        if (
            node.get("refdomain") == "py"
            and node.get("reftype") == "class"
            and (node.get("reftarget") == "object")
        ):
            node["py:class"] = None


def _field_role(name: str) -> Any:
    """The declared role of ``ascc_model.Class.field``, or ``None``."""
    owner, _, attribute = name.rpartition(".")
    cls = getattr(ascc_model, owner.removeprefix("ascc_model."), None)
    if not (isinstance(cls, type) and attrs.has(cls)):
        return None
    field = attrs.fields_dict(cls).get(attribute)
    return None if field is None else field.metadata.get("ascc_model")


def _rst_code(text: str) -> str:
    """A role's description (Markdown code in single backquotes) as reST."""
    return re.sub(r"(?<!`)`([^`]+)`(?!`)", r"``\1``", text)


def _field_docs(
    _app: Sphinx, what: str, name: str, _obj: object, _options: object, lines: list[str]
) -> None:
    """Describe the fields of the records from their roles; keep summaries whole.

    A field of a record class has no docstring: its description is the ``doc`` of
    the role it was declared with (``fact()``, ``prose()``, ``ref()``), shown here
    with the kinds of record it names.

    Napoleon reads the first line of an attribute's or a property's docstring as
    ``type: text``; this project's docstrings begin with a summary that may hold a
    colon ("The kind in words, for readers: ..."), and types come from annotations.
    Runs after napoleon, and gives the summary back.
    """
    if what not in {"attribute", "property"} or not name.startswith("ascc_model."):
        return
    declared = _field_role(name) if what == "attribute" else None
    if declared is not None and not any(line.strip() for line in lines):
        lines[:] = [_rst_code(declared.doc)]
        if declared.refs:
            lines += ["", "Names " + " or ".join(f"a *{k}*" for k in declared.refs) + " by id."]
        return
    for index, line in enumerate(lines):
        if line.startswith(":type: "):
            taken = line.removeprefix(":type: ")
            del lines[index]
            if index > 0 and not lines[index - 1].strip():
                del lines[index - 1]
            first = next((i for i, text in enumerate(lines) if text.strip()), None)
            if first is None:
                lines.insert(0, taken)
            else:
                lines[first] = f"{taken}: {lines[first]}"
            return


def setup(app: Sphinx) -> dict[str, Any]:
    """Register the generator and the reference resolver."""
    app.connect("builder-inited", _generate)
    app.connect("missing-reference", _public_alias)
    app.connect("autodoc-process-bases", _private_bases)
    app.connect("doctree-read", _builtin_object)
    app.connect("autodoc-process-docstring", _field_docs, priority=600)
    app.connect("build-finished", _write_full_size)
    return {"version": "1", "parallel_read_safe": True, "parallel_write_safe": True}
