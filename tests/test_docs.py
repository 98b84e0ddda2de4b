"""The documentation: built without a warning, every example runs, and it shows all the data.

The build tests use the HTML and doctest output of ``.ci/run`` when ``ASCC_DOCS_BUILD``
names its folder (``docs/_build``); otherwise they build both into a temporary folder,
which needs the ``docs`` extra and Graphviz's ``dot``. Without those they are skipped
locally, but fail in CI (``CI=true``), except in the run against an installed wheel
(``scripts/release_check.py``), which installs only the ``test`` extra.
"""

from __future__ import annotations

import html
import importlib.util
import os
import re
import shutil
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

import attrs
import pytest

import ascc_model
from ascc_model._charts import GROUPS, chart, group_of, levels
from ascc_model._describe import describe
from ascc_model._diagrams import dot_source
from ascc_model._records import KINDS
from ascc_model._schema import role

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
sys.path.insert(0, str(DOCS / "_ext"))

import ascc_architecture  # noqa: E402 - from docs/_ext, put on the path just above
import ascc_charts  # noqa: E402
import ascc_pages  # noqa: E402
import ascc_schema  # noqa: E402

BUILD_FLAGS = ("-E", "-W", "--keep-going", "-n", "-q")


def _require_docs_tools() -> None:
    missing = [
        name
        for name, present in (
            ("sphinx (pip install -e '.[docs]')", importlib.util.find_spec("sphinx") is not None),
            ("furo", importlib.util.find_spec("furo") is not None),
            ("myst-parser", importlib.util.find_spec("myst_parser") is not None),
            ("Graphviz dot", shutil.which("dot") is not None),
        )
        if not present
    ]
    if not missing:
        return
    message = "the docs need " + ", ".join(missing)
    in_ci = os.environ.get("CI", "").lower() in {"1", "true", "yes"}
    on_installed_wheel = "ASCC_MODEL_INSTALLED_AT" in os.environ
    if in_ci and not on_installed_wheel:
        pytest.fail(message + " in CI (.ci/run installs them)")
    pytest.skip(message)


def _sphinx(builder: str, out: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "sphinx", *BUILD_FLAGS, "-b", builder, str(DOCS), str(out)],
        capture_output=True,
        text=True,
        check=False,
        timeout=900,
    )


@pytest.fixture(scope="module")
def build(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder with ``html/`` and ``doctest/``, built with warnings as errors."""
    given = os.environ.get("ASCC_DOCS_BUILD")
    if given:
        folder = Path(given)
        assert (folder / "html" / "index.html").is_file(), f"no HTML build in {folder}"
        return folder
    _require_docs_tools()
    folder = tmp_path_factory.mktemp("docs")
    for builder in ("html", "doctest"):
        done = _sphinx(builder, folder / builder)
        assert done.returncode == 0, f"sphinx -b {builder} failed:\n{done.stdout}\n{done.stderr}"
    return folder


class _Page(HTMLParser):
    """The text, element ids and link targets of an HTML page."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.ids: set[str] = set()
        self.links: list[str] = []
        self.titles: list[str] = []
        self._chunks: list[str] = []
        self._in_title = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        if values.get("id"):
            self.ids.add(str(values["id"]))
        for key in ("href", "xlink:href"):
            if values.get(key):
                self.links.append(str(values[key]))
        self._in_title = tag == "title"

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self._in_title = False

    def handle_data(self, data: str) -> None:
        self._chunks.append(data)
        if self._in_title:
            self.titles.append(" ".join(data.split()))

    @property
    def text(self) -> str:
        return " ".join(" ".join(self._chunks).split())


def _page(path: Path) -> _Page:
    assert path.is_file(), f"missing page {path}"
    page = _Page()
    page.feed(path.read_text(encoding="utf-8"))
    return page


def _words(text: str) -> str:
    return " ".join(text.split())


# -- the generators, without Sphinx ------------------------------------------------------


def test_every_body_kind_has_a_row_in_the_charts():
    # The library's last group takes every kind no other group lists: a new kind lands
    # there unless it is placed, so the kinds that do are pinned here, to decide anew.
    listed = [kind for _name, kinds in GROUPS for kind in kinds]
    assert len(listed) == len(set(listed))
    last = len(GROUPS) - 1
    assert {k.value for k in ascc_model.BodyKind if group_of(k) == last} == {
        "centre",
        "foundation",
        "forum",
        "platform",
        "dialogue",
        "consortium",
        "award",
        "fund",
        "office",
        "secretariat_division",
        "national_organisation",
    }


def _docs_charts(reg):
    """The charts the data pages draw: each sector's, and the whole pillar's."""
    drawn = [ascc_charts.sector_chart(reg, s, lambda _b: "#") for s in reg.sectors()]
    drawn.append(ascc_charts.pillar_chart(reg, lambda _b: "#", lambda _s: "#"))
    return drawn


def test_the_pages_draw_the_library_chart_and_its_dot():
    reg = ascc_model.registry()
    for sector in reg.sectors():
        drawn = ascc_charts.sector_chart(reg, sector, lambda b: f"#{b.id}")
        expected = chart(reg, sector=sector, reporting_only=True)
        assert drawn.chart == expected
        assert drawn.dot == dot_source(expected, url=lambda b: f"#{b.id}", key=False)
    whole = ascc_charts.pillar_chart(reg, lambda _b: "", lambda _s: "")
    assert whole.chart == chart(reg, reporting_only=True)


def test_every_reporting_line_points_up_in_every_chart():
    reg = ascc_model.registry()
    for drawn in _docs_charts(reg):
        level = {n.body.id: n.level for n in drawn.chart.nodes}
        lines = [(e.relation.subject, e.relation.object) for e in drawn.chart.edges]
        assert all(e.reporting for e in drawn.chart.edges)  # the pages draw reporting lines
        assert all(level[child] > level[parent] for child, parent in lines)
    pillar_ids = {n.body.id for n in _docs_charts(reg)[-1].chart.nodes}
    assert {b.id for b in reg.bodies()} <= pillar_ids


def test_levels_push_a_body_below_what_it_reports_to():
    reg = ascc_model.load_text(
        """
schema_version: 1
sources: [{id: n, title: Notes, language: en}]
bodies:
  - {id: som, names: {en: Officials}, kind: senior_officials, sources: ["n:1"]}
  - {id: com, names: {en: Committee}, kind: committee, sources: ["n:2"]}
  - {id: fund, names: {en: A fund}, kind: fund, sources: ["n:3"]}
  - {id: min, names: {en: Ministers}, kind: ministerial, sources: ["n:4"]}
relations:
  - {subject: som, kind: assists, object: min, sources: ["n:1"]}
  - {subject: com, kind: subsidiary_of, object: som, sources: ["n:2"]}
  - {subject: fund, kind: reports_to, object: min, sources: ["n:3"]}
""",
        include_packaged=False,
    )
    lines = [(r.subject, r.object) for r in reg.relations()]
    level = levels(reg.bodies(), lines)
    # A committee is a row-2 kind, but it works under a row-2 body: one row lower.
    assert level == {"min": 1, "som": 2, "com": 3, "fund": 2}


def _schema_classes() -> list[type]:
    return [k.cls for _name, k in ascc_schema.collections()] + ascc_schema.nested_classes()


def test_the_schema_reference_describes_every_field_with_its_role():
    text = ascc_schema.schema_markdown()
    for cls in _schema_classes():
        section = text.split(f"(schema-{cls.__name__.lower()})=", 1)[1].split("\n(schema-", 1)[0]
        for field in attrs.fields(cls):
            declared = role(field)
            row = next(
                (line for line in section.splitlines() if line.startswith(f"| `{field.alias}` |")),
                None,
            )
            assert row is not None, (cls, field.name)
            assert ascc_schema._cell(declared.doc.strip()) in row, (cls, field.name)
            assert ("**key**" in row) == declared.key, (cls, field.name)
            assert ("**prose**" in row) == declared.prose, (cls, field.name)
            for kind in declared.refs:
                named = KINDS[kind].cls.__name__ if kind in KINDS else "any record"
                assert named in row, (cls, field.name, kind)


def test_the_schema_reference_lists_every_collection_and_nested_mapping():
    text = ascc_schema.schema_markdown()
    for name in ascc_model._records.COLLECTIONS:
        assert f"| `{name}` | list of [" in text, name
    nested = {c.__name__ for c in ascc_schema.nested_classes()}
    assert {"Names", "FocalPoint", "Frequency"} <= nested
    assert not nested & {"Period", "Citation", "PartialDate"}  # written as one string


def test_the_schema_reference_refuses_a_field_without_a_description(monkeypatch):
    chair = role(attrs.fields_dict(ascc_model.Body)["chair"])
    monkeypatch.setattr(chair, "doc", "")
    with pytest.raises(ascc_schema.SchemaDriftError, match="chair"):
        ascc_schema.schema_markdown()


def test_the_module_map_lists_every_module_with_its_length():
    package = ROOT / "src" / "ascc_model"
    table = ascc_architecture.module_table(package)
    for path in package.glob("*.py"):
        lines = len(path.read_text(encoding="utf-8").splitlines())
        assert f"| `{path.name}` |" in table, path.name
        assert f"| {lines:,} |" in table.split(f"| `{path.name}` |", 1)[1].split("\n", 1)[0]


def test_the_readme_docs_command_is_what_ci_runs():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    commands = [c for c in re.findall(r"```sh\n(.+?)\n```", readme) if "sphinx-build" in c]
    assert len(commands) == 1
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    for part in commands[0].split(" && "):
        assert part in ci, part


# -- the built site ----------------------------------------------------------------------------


@pytest.mark.slow
def test_every_sector_has_a_page_with_its_names_and_chart(build):
    reg = ascc_model.registry()
    index = _page(build / "html" / "data" / "index.html")
    for sector in reg.sectors():
        page = _page(build / "html" / "data" / f"{sector.id}.html")
        assert sector.id in page.text
        for name in sector.names:
            assert _words(name) in page.text, (sector.id, name)
            assert _words(name) in index.text, (sector.id, name)
        assert "chart" in page.ids, sector.id
        focal = reg.focal_point_for(sector)
        for agency in focal.agencies:
            assert _words(agency.names.best("id")) in page.text


@pytest.mark.slow
def test_every_body_is_on_its_pages_and_in_their_charts(build):
    reg = ascc_model.registry()
    data = build / "html" / "data"
    pages = {path.stem: _page(path) for path in data.glob("*.html")}
    titles = {
        sector.id: {
            n.body.id: n.title for n in chart(reg, sector=sector, reporting_only=True).nodes
        }
        for sector in reg.sectors()
    }
    whole = {n.body.id: n.title for n in chart(reg, reporting_only=True).nodes}
    for body in reg.bodies():
        homes = body.sectors or ("pillar",)
        for home in homes:
            page = pages[home]
            assert f"body-{body.id}" in page.ids, (home, body.id)
            assert _words(body.label) in page.text, (home, body.id)
            assert _words(body.names.best()) in page.text, (home, body.id)
            if body.sectors:
                assert _words(titles[home][body.id]) in page.titles, (home, body.id)
        assert _words(whole[body.id]) in pages["pillar"].titles, body.id


@pytest.mark.slow
def test_each_body_entry_holds_what_show_prints(build):
    reg = ascc_model.registry()
    data = build / "html" / "data"
    for sector in reg.sectors():
        text = _page(data / f"{sector.id}.html").text
        for body in reg.bodies(sector=sector):
            entry = text.split(f"{body.label} ", 1)[1]
            for row in describe(reg, body):
                label = ascc_pages.capital(row.label)
                assert label in entry or row.label == "sources", (sector.id, body.id, label)


@pytest.mark.slow
def test_every_plan_and_erratum_is_shown(build):
    reg = ascc_model.registry()
    data = build / "html" / "data"
    ids: set[str] = set()
    text = ""
    for path in data.glob("*.html"):
        page = _page(path)
        ids |= page.ids
        text += page.text
    for plan in reg.plans():
        assert f"plan-{plan.id}" in ids, plan.id
        for item in plan.items:
            assert _words(item.best()) in text, (plan.id, item)
    for erratum in reg.errata():
        assert erratum.id in ids, erratum.id
    for record in (*reg.instruments(), *reg.programmes(), *reg.figures()):
        kind = type(record).__name__.lower()
        assert f"{kind}-{record.id}" in ids, record.id
    # Every record of a kind the pages do not lay out by hand has an entry too.
    others = [n for n in ascc_model._records.COLLECTIONS if n not in ascc_pages.LAID_OUT]
    for collection in others:
        kind = next(k.name for k in KINDS.values() if k.plural == collection)
        for record in getattr(reg.records, collection):
            assert ascc_pages.anchor(kind, record.id) in ids, (collection, record.id)


@pytest.mark.slow
def test_links_between_the_data_pages_land_on_an_anchor(build):
    data = build / "html" / "data"
    pages = {path.name: _page(path) for path in data.glob("*.html")}
    checked = 0
    for name, page in pages.items():
        for link in page.links:
            target, _, fragment = link.partition("#")
            if "://" in link or not fragment or "/" in target:
                continue
            target = target or name
            if target not in pages:
                continue
            assert fragment in pages[target].ids, f"{name}: {link}"
            checked += 1
    assert checked > 500


@pytest.mark.slow
def test_the_architecture_page_maps_every_module(build):
    page = _page(build / "html" / "explanation" / "architecture.html")
    for path in (ROOT / "src" / "ascc_model").glob("*.py"):
        assert path.name in page.text, path.name
    assert "hatch_build.py" in page.text


@pytest.mark.slow
def test_every_public_name_is_documented(build):
    reference = build / "html" / "reference"
    ids = _page(reference / "api.html").ids | _page(reference / "exceptions.html").ids
    for name in ascc_model.__all__:
        assert f"ascc_model.{name}" in ids, name


@pytest.mark.slow
def test_every_example_in_the_pages_ran_and_passed(build):
    output = (build / "doctest" / "output.txt").read_text(encoding="utf-8")
    summary = re.search(r"(\d+) tests\n\s+(\d+) failures in tests", output)
    assert summary is not None, output[-2000:]
    tests, failures = int(summary[1]), int(summary[2])
    assert failures == 0
    assert tests >= 100
    documents = set(re.findall(r"^Document: (\S+)", output, flags=re.MULTILINE))
    pages_with_examples = {
        str(path.relative_to(DOCS).with_suffix(""))
        for path in DOCS.rglob("*.md")
        if "```{doctest}" in path.read_text(encoding="utf-8")
    }
    assert pages_with_examples <= documents


@pytest.mark.slow
def test_the_full_size_pillar_chart_is_a_file_of_its_own(build):
    svg = (build / "html" / "data" / "pillar-chart.svg").read_text(encoding="utf-8")
    assert svg.startswith("<?xml")
    for sector in ascc_model.sectors():
        assert f'xlink:href="{sector.id}.html"' in svg
    acwc = next(n for n in chart(ascc_model.registry()).nodes if n.body.id == "acwc")
    assert f"<title>{html.escape(acwc.title, quote=False)}</title>" in svg
