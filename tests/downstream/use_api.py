"""A downstream project's script: it pins ascc-model and uses the public API.

scripts/release_check.py runs it in a fresh virtual environment where ascc-model was
installed from the local package index alone:

    python tests/downstream/use_api.py 0.1.0

It checks the installed package's version, that every packaged data file loaded,
that look-ups, reporting lines, plans and focal points answer, that a user's YAML
extends the packaged data, and it prints where ``ascc_model`` was imported from.
The test suite also runs :func:`main` against the development install.
"""

from __future__ import annotations

import sys
import warnings
from importlib.resources import files

import ascc_model


def check(condition: object, what: str) -> None:
    """Fail with ``what`` unless ``condition`` holds (works under ``python -O`` too)."""
    if not condition:
        raise SystemExit(f"downstream check failed: {what}")


OVERLAY = """\
schema_version: 1
sources: [{id: my-notes, title: Notes on the 2026-2030 plans, language: en}]
plans:
  - id: acw-work-plan-2026-2030
    title: {en: ACW Work Plan 2026-2030}
    kind: work_plan
    holders: [acw]
    period: "2026-2030"
    supersedes: acw-work-plan-2021-2025
    sources: ["my-notes:1"]
"""


def main(argv: list[str]) -> list[str]:
    """Run the checks; ``argv`` may hold the version the caller pinned. Returns the report."""
    report = [f"ascc_model {ascc_model.__version__} from {ascc_model.__file__}"]
    if argv:
        check(ascc_model.__version__ == argv[0], f"version {ascc_model.__version__} != {argv[0]}")
    report.append(f"data: {ascc_model.DATA_VERSION}")

    data = files("ascc_model").joinpath("data")
    packaged = [
        *(f.name for f in data.iterdir() if f.name.endswith(".yaml")),
        *(f.name for f in data.joinpath("sectors").iterdir() if f.name.endswith(".yaml")),
    ]
    check(len(packaged) >= 18, f"packaged YAML files: {packaged}")
    registry = ascc_model.registry()
    check(len(registry.sectors()) == 16, "sixteen sectors")
    report.append(f"{len(packaged)} YAML files, {len(registry.ids())} public ids")

    body = ascc_model.get_body("ACWC")
    check(body.id == "acwc", "ACWC by acronym")
    chain = [b.acronym for b in ascc_model.reporting_chain(body)]
    check(chain == ["AMMSWD"], f"ACWC reports to {chain}")
    report.append(f"ACWC: {body.names.en}; reports to {', '.join(map(str, chain))}")

    health = ascc_model.focal_point_for("health")
    check(len(health) == 2, "two focal points for health")
    report.append(f"health focal points: {health}")

    plans = [p.id for p in ascc_model.plans(holder="ACW", year=2023)]
    check(plans == ["acw-work-plan-2021-2025"], f"ACW plans in force in 2023: {plans}")

    try:
        ascc_model.get_body("APT EMM")
    except ascc_model.AmbiguousKeyError as exc:
        report.append(f"ambiguous as documented: {exc}")
    else:
        check(condition=False, what="'APT EMM' should be ambiguous")

    with warnings.catch_warnings():
        warnings.simplefilter("error")  # the packaged data raises no deprecation warning
        mine = ascc_model.load_text(OVERLAY, name="mine.yaml", include_packaged=True)
    later = [p.id for p in mine.plans(holder="ACW", year=2027)]
    check(later == ["acw-work-plan-2026-2030"], f"overlay plans: {later}")
    report.append(f"overlay: {len(mine.plans())} plans with mine")
    return report


if __name__ == "__main__":
    sys.stdout.write("\n".join(main(sys.argv[1:])) + "\n")
