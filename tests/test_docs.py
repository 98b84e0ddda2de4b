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
from ascc_model._cli import parser
from ascc_model._commands import FORMATS
from ascc_model._describe import describe
from ascc_model._diagrams import dot_source
from ascc_model._records import KINDS
from ascc_model._schema import role

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
sys.path.insert(0, str(DOCS / "_ext"))

import ascc_architecture  # noqa: E402 - from docs/_ext, put on the path just above
import ascc_charts  # noqa: E402
import ascc_cli  # noqa: E402
import ascc_pages  # noqa: E402
import ascc_registers  # noqa: E402
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


# -- the pages of sources, agencies, errata and verbs; the CLI and exports pages -------------


def test_the_cli_page_is_read_from_the_parser():
    text = ascc_cli.cli_markdown()
    found = ascc_cli.commands(parser())
    assert list(found) == list(ascc_model._cli.COMMANDS)
    for name, command in found.items():
        assert f"(command-{name})=\n## `ascc-model {name}`" in text, name
        section = text.split(f"## `ascc-model {name}`", 1)[1].split("\n(command-", 1)[0]
        for action in command._actions:
            for flag in action.option_strings:
                if flag not in ("-h", "--help"):
                    assert flag in section, (name, flag)
            for choice in action.choices or ():
                assert f"`{choice}`" in section, (name, choice)
            if action.default not in (None, False) and action.nargs != 0:
                assert f"`{action.default}`" in section, (name, action.dest)
        examples = ascc_cli.examples(command)
        assert examples, name
        for example in examples:
            assert f"$ {example}" in section, (name, example)


def test_every_record_a_source_supports_is_found():
    reg = ascc_model.registry()
    site = ascc_pages.Site(reg)
    supported = ascc_registers.supported(site)
    assert set(supported) == {s.id for s in reg.sources()}
    acwc = reg.get_body("ACWC")
    for citation in acwc.sources:
        assert ("body", acwc) in supported[citation.source]
    # Nested citations count: the seed's date bound cites a news page.
    evidence = {c.source for c in reg.get_record("ascc-sectors").written_before.evidence}
    for source in evidence - {"ascc-sectors"}:
        assert any(kind == "source" for kind, _r in supported[source]), source


def test_a_missing_dot_stops_the_build_with_one_line(tmp_path):
    if importlib.util.find_spec("sphinx") is None:
        pytest.skip("the docs need sphinx (pip install -e '.[docs]')")
    empty = tmp_path / "bin"
    empty.mkdir()
    done = subprocess.run(
        [sys.executable, "-m", "sphinx", "-q", "-b", "html", str(DOCS), str(tmp_path / "out")],
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
        env={**os.environ, "PATH": str(empty)},
    )
    lines = [line for line in done.stderr.splitlines() if line.strip()]
    assert done.returncode == 1, done.stderr
    assert len(lines) == 1, done.stderr
    assert "Graphviz" in lines[0]
    assert "apt-get install graphviz" in lines[0]
    assert "brew install graphviz" in lines[0]
    assert "Traceback" not in done.stderr + done.stdout
    assert "report" not in done.stderr


class _Cells(HTMLParser):
    """Every table cell of a page: its text outside links, its text in links, its table."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.rows: list[tuple[str, list[str], list[tuple[str, str]]]] = []
        self._tables: list[dict[str, object]] = []
        self._cell: list[list[str]] | None = None
        self._links = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "table":
            self._tables.append({"class": dict(attrs).get("class") or "", "head": [], "row": []})
        elif tag in ("td", "th") and self._tables:
            self._cell = [[], []]
        elif tag == "a" and self._cell is not None:
            self._links += 1

    def handle_endtag(self, tag: str) -> None:
        if tag == "a" and self._links:
            self._links -= 1
        elif tag in ("td", "th") and self._cell is not None and self._tables:
            outside, inside = (" ".join("".join(part).split()) for part in self._cell)
            table = self._tables[-1]
            key = "head" if tag == "th" else "row"
            table[key].append((outside, inside))  # type: ignore[union-attr]
            self._cell = None
        elif tag == "tr" and self._tables:
            table = self._tables[-1]
            if table["row"]:
                head = ["".join(c) for c in table["head"]]  # type: ignore[union-attr]
                self.rows.append((str(table["class"]), head, list(table["row"])))  # type: ignore[arg-type]
            table["row"] = []
        elif tag == "table" and self._tables:
            self._tables.pop()

    def handle_data(self, data: str) -> None:
        if self._cell is not None:
            self._cell[1 if self._links else 0].append(data)


#: Labels of facts rows, and table headers, whose cells hold only citations.
CITATION_LABELS = re.compile(
    r"^(Sources|Sources of the section|Focal point's sources|Where the slip stands|"
    r"Corrected by|Written (after|before) evidence)$"
)


@pytest.mark.slow
def test_every_citation_on_the_data_pages_is_a_link(build):
    reg = ascc_model.registry()
    urls = {s.url for s in reg.sources() if s.url}
    sources = {s.id for s in reg.sources()}
    checked = 0
    for path in sorted((build / "html" / "data").glob("*.html")):
        html_text = path.read_text(encoding="utf-8")
        cells = _Cells()
        cells.feed(html_text)
        for _cls, head, row in cells.rows:
            if head:  # a table with a header: its Sources column
                cited = [row[i] for i, name in enumerate(head) if name == "Sources"]
            else:  # a facts table: label, value
                label = row[0][0] + row[0][1]
                cited = [row[1]] if len(row) > 1 and CITATION_LABELS.match(label) else []
            for outside, inside in cited:
                assert inside, (path.name, head, row)
                assert re.fullmatch(r"[\s,#.]*", outside), (path.name, outside, inside)
                checked += 1
        # Each citation link leads to a source's entry or to the page cited.
        for found in re.findall(r'<a class="ascc-cite" href="([^"]+)"', html_text):
            href = html.unescape(found)
            if href.startswith("sources.html#source-"):
                assert href.removeprefix("sources.html#source-") in sources, href
            else:
                assert href in urls, (path.name, href)
        # No citation is left as plain text.
        page = _Page()
        page.feed(re.sub(r"<a [^>]*>.*?</a>", " ", html_text, flags=re.DOTALL))
        assert not re.search(r"\b[a-z0-9-]+:\d+\b", re.sub(r"https?:\S+", "", page.text)), path.name
    assert checked > 400


@pytest.mark.slow
def test_every_source_is_on_the_sources_page_with_its_link(build):
    reg = ascc_model.registry()
    path = build / "html" / "data" / "sources.html"
    page = _page(path)
    text = path.read_text(encoding="utf-8")
    site = ascc_pages.Site(reg)
    supported = ascc_registers.supported(site)
    for source in reg.sources():
        assert f"source-{source.id}" in page.ids, source.id
        assert _words(source.title) in page.text, source.id
        if source.url:
            assert source.url in page.links, source.id
        entry = text.split(f'id="source-{source.id}"', 1)[1].split('<span id="source-', 1)[0]
        for kind, record in supported[source.id]:
            if kind == "body":
                assert (
                    f'href="{record.sectors[0] if record.sectors else "pillar"}.html#body-{record.id}"'
                    in entry
                ), (source.id, record.id)
            elif kind in ("erratum", "disagreement"):
                assert f'href="errata.html#{record.id}"' in entry, (source.id, record.id)
    seed = reg.get_record("ascc-sectors")
    for fact in (str(seed.line_count), seed.sha256, "Written after", "Written before"):
        assert fact in page.text, fact
    for bound in (seed.written_after, seed.written_before):
        assert bound.date.display() in page.text
        assert _words(bound.note) in page.text


@pytest.mark.slow
def test_every_erratum_disagreement_verb_and_inferred_line_is_listed(build):
    reg = ascc_model.registry()
    page = _page(build / "html" / "data" / "errata.html")
    for erratum in reg.errata():
        assert erratum.id in page.ids, erratum.id
        assert _words(erratum.correction) in page.text, erratum.id
    for disagreement in reg.records.disagreements:
        assert disagreement.id in page.ids, disagreement.id
        for claim in disagreement.claims:
            assert _words(claim.value) in page.text, (disagreement.id, claim.value)
            for citation in claim.sources:
                source = reg.get_record(citation.source)
                if citation.section is not None and source.url:
                    assert source.url in page.links, (disagreement.id, citation)
        assert _words(disagreement.why) in page.text, disagreement.id
    used = {}
    for relation in reg.relations():
        used[relation.verb] = used.get(relation.verb, 0) + 1
    cells = _Cells()
    cells.feed((build / "html" / "data" / "errata.html").read_text(encoding="utf-8"))
    verb_rows = {row[0][0]: row for _c, head, row in cells.rows if head and head[0] == "Phrase"}
    for phrase, verb in ascc_model.VERBS.items():
        row = verb_rows[_words(phrase)]
        assert row[1][0] == verb.kind.words, phrase
        assert row[2][0] == ("stated" if verb.stated else "only suggests"), phrase
        assert row[4][0] == str(used.get(phrase, 0)), phrase
    for relation in reg.relations():
        if relation.inferred:
            assert _words(relation.inferred) in page.text, relation


@pytest.mark.slow
def test_the_agencies_page_and_the_sectors_tell_what_changed_since(build):
    reg = ascc_model.registry()
    data = build / "html" / "data"
    agencies = _page(data / "agencies.html")
    for agency in reg.agencies():
        assert f"agency-{agency.id}" in agencies.ids, agency.id
    for change in reg.changes():
        assert change.id in agencies.ids, change.id
        assert change.date.display() in agencies.text
    for assignment in reg.assignments():
        assert assignment.id in agencies.ids, assignment.id
    for sector in reg.sectors():
        focal = reg.focal_point_for(sector)
        page = _page(data / f"{sector.id}.html")
        for agency in focal:
            assert f"agencies.html#agency-{agency.id}" in page.links, (sector.id, agency.id)
        assert ("Changed since" in page.text) == focal.changed, sector.id
        for change in focal.changes:
            assert f"agencies.html#{change.id}" in page.links, (sector.id, change.id)
        for successor in focal.successors():
            assert f"agencies.html#agency-{successor.id}" in page.links, (sector.id, successor)
        for later in focal.later:
            assert f"agencies.html#{later.id}" in page.links, (sector.id, later.id)


@pytest.mark.slow
def test_the_cli_page_lists_every_command(build):
    page = _page(build / "html" / "reference" / "cli.html")
    for name, command in ascc_cli.commands(parser()).items():
        assert f"command-{name}" in page.ids, name
        for example in ascc_cli.examples(command):
            assert _words(f"$ {example}") in page.text, example
    for shell in ("bash", "zsh", "fish"):
        assert f"ascc-model completion {shell}" in page.text


@pytest.mark.slow
def test_the_exports_page_ran_its_sparql_queries(build):
    output = (build / "doctest" / "output.txt").read_text(encoding="utf-8")
    section = output.split("Document: reference/exports\n", 1)[1].split("\nDocument: ", 1)[0]
    ran = re.search(r"(\d+) passed and (\d+) failed", section)
    assert ran is not None, section
    assert int(ran[1]) >= 40
    assert ran[2] == "0"
    text = _page(build / "html" / "reference" / "exports.html").text
    for query in (
        "?body org:purpose <urn:ascc-model:id:health>",
        "?x org:reportsTo+ <urn:ascc-model:id:ammswd>",
        "org:originalOrganization <urn:ascc-model:id:kominfo>",
        "org:resultingOrganization",
        "# yaml-language-server: $schema=ascc-model.schema.json",
        "raw=True",
    ):
        assert query in text, query
    for fmt in FORMATS:
        assert f"--format {fmt}" in text or f"{fmt}" in text, fmt


@pytest.mark.slow
def test_code_samples_have_copy_buttons_that_leave_the_prompts(build):
    html_dir = build / "html"
    for page in ("index.html", "reference/exports.html", "reference/cli.html"):
        text = (html_dir / page).read_text(encoding="utf-8")
        assert "copybutton.js" in text, page
    script = (html_dir / "_static" / "copybutton.js").read_text(encoding="utf-8")
    found = re.search(r"return formatCopyText\(text, '((?:[^'\\]|\\.)*)', true", script)
    assert found is not None
    prompt = re.compile("^(" + found[1].encode().decode("unicode_escape") + ")(.*)")

    def copied(sample: str) -> str:
        lines = [prompt.match(line) for line in sample.splitlines()]
        return "\n".join(m[2] for m in lines if m)

    assert copied("$ ascc-model show ACWC\nACWC  ASEAN ...") == "ascc-model show ACWC"
    assert copied(">>> for x in y:\n...     print(x)\n1") == "for x in y:\n    print(x)"


@pytest.mark.slow
def test_sector_pages_read_at_phone_width(build):
    html_dir = build / "html"
    css = (html_dir / "_static" / "ascc.css").read_text(encoding="utf-8")
    script = (html_dir / "_static" / "ascc.js").read_text(encoding="utf-8")
    narrow = css.split("@media (max-width: 40em)", 1)[1].split("\n}\n", 1)[0]
    assert "table.ascc-facts td:first-child" in narrow
    assert "min-width" in narrow
    assert ".ascc-overflows::before" in css
    assert "scroll sideways" in css
    assert "overflow-x" in css or "local" in css
    assert "scrollWidth > box.clientWidth" in script
    for sector in ascc_model.sectors():
        page = html_dir / "data" / f"{sector.id}.html"
        text = page.read_text(encoding="utf-8")
        assert "ascc.js" in text
        assert f'href="{sector.id}-chart.svg"' in text, sector.id
        svg = (html_dir / "data" / f"{sector.id}-chart.svg").read_text(encoding="utf-8")
        assert svg.startswith("<?xml"), sector.id
