"""Synthetic registries in the packaged data's schema, for measuring at scale.

``write(n_bodies, folder)`` writes YAML files that pass every check of the loader:
one source, one pillar, one sector (with an agency) per 64 bodies, and in each sector
a four-ary reporting tree (a ministerial meeting, its senior officials, committees
and working groups). Every sector's ministerial meeting reports to one pillar-wide
council, so the council's transitive subtree is every body. Besides the reporting
lines there is one ``supports`` line per 8 bodies, and one plan (with 5 items) per
10 bodies, in proportion at every size. Files hold at most 8,192 bodies, far below
the loader's per-file limit.

Nothing here is a fact: the names are made up and cite a made-up source.
"""

from __future__ import annotations

import json
from pathlib import Path

PER_SECTOR = 64
PER_FILE = 8192
KINDS = ("ministerial", "senior_officials", "committee", "working_group")


def _q(text: str) -> str:
    return json.dumps(text, ensure_ascii=False)  # JSON strings are YAML strings


def _sector_lines(s: int) -> list[str]:
    return [
        f"  - id: sector-{s}",
        f"    names: {{en: {_q(f'Synthetic Sector {s}')}, id: {_q(f'Sektor Sintetis {s}')}}}",
        f"    summary: {_q(f'Made-up cooperation area number {s}.')}",
        f'    focal_point: {{agencies: [agency-{s}], sources: ["synthetic:{s + 1}"]}}',
        f'    sources: ["synthetic:{s + 1}"]',
    ]


def _body_lines(b: int, s: int, local: int) -> list[str]:
    kind = KINDS[min(local, 3)] if local < 2 else KINDS[2 + (local % 2)]
    lines = [
        f"  - id: body-{b}",
        f"    acronym: B{b}",
        f"    names: {{en: {_q(f'Synthetic Body {b}')}, id: {_q(f'Badan Sintetis {b}')}}}",
        f"    kind: {kind}",
        f"    sectors: [sector-{s}]",
        "    pillar: synth",
    ]
    if b % 3 == 0:
        lines.append(f"    aliases: [{_q(f'SB-{b}')}]")
    if b % 2 == 0:
        lines.append("    meets: {period: P1Y, at_least: true}")
        lines.append(f'    established: "{1967 + b % 50}-{1 + b % 12:02d}"')
    lines.append(f'    sources: ["synthetic:{b % 997 + 1}"]')
    return lines


def _relation_lines(b: int, s: int, local: int) -> list[str]:
    base = s * PER_SECTOR
    if local == 0:
        parent, kind = "council", "reports_to"
    else:
        parent, kind = (
            f"body-{base + (local - 1) // 4}",
            ("assists" if local == 1 else "reports_to"),
        )
    lines = [f'  - {{subject: body-{b}, kind: {kind}, object: {parent}, sources: ["synthetic:1"]}}']
    if local > 1 and b % 8 == 0:
        lines.append(
            f"  - {{subject: body-{b}, kind: supports, object: body-{base + 1}, "
            f'sources: ["synthetic:2"]}}'
        )
    return lines


def _plan_lines(b: int) -> list[str]:
    items = ", ".join(
        f"{{en: {_q(f'Item {i} of plan {b}')}, id: {_q(f'Butir {i} rencana {b}')}}}"
        for i in range(1, 6)
    )
    return [
        f"  - id: plan-{b}",
        f"    title: {{en: {_q(f'Work Plan of Body {b}')}, id: {_q(f'Rencana Kerja Badan {b}')}}}",
        "    kind: work_plan",
        f"    holders: [body-{b}]",
        f'    period: "{2000 + b % 20}-{2005 + b % 20}"',
        "    item_count: 5",
        f"    items: [{items}]",
        '    sources: ["synthetic:3"]',
    ]


def _head() -> str:
    return "\n".join(
        [
            "schema_version: 1",
            "sources:",
            "  - {id: synthetic, title: A made-up source for benchmarks, language: en}",
            "pillars:",
            "  - id: synth",
            "    names: {en: Synthetic Pillar}",
            "    acronym: SYN",
            "    summary: A made-up pillar for benchmarks.",
            "    characteristics: [{en: Made up}]",
            "    coordinating_bodies: [council]",
            "    blueprint: null",
            '    sources: ["synthetic:1"]',
            "bodies:",
            "  - id: council",
            "    acronym: SYNC",
            "    names: {en: Synthetic Council}",
            "    kind: council",
            "    pillar: synth",
            '    sources: ["synthetic:1"]',
            "",
        ]
    )


def write(n_bodies: int, folder: Path) -> list[Path]:
    """Write a registry of ``n_bodies`` bodies (plus the council) under ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    n_sectors = max(1, -(-n_bodies // PER_SECTOR))
    paths = [folder / "000-head.yaml"]
    paths[0].write_text(_head(), encoding="utf-8")
    agencies = ["schema_version: 1", "agencies:"]
    for s in range(n_sectors):
        agencies += [
            f"  - id: agency-{s}",
            f"    names: {{id: {_q(f'Kementerian Sintetis {s}')}, en: {_q(f'Ministry {s}')}}}",
            "    country: IDN",
            '    sources: ["synthetic:4"]',
        ]
    paths.append(folder / "001-agencies.yaml")
    paths[-1].write_text("\n".join(agencies) + "\n", encoding="utf-8")
    for start in range(0, n_bodies, PER_FILE):
        stop = min(n_bodies, start + PER_FILE)
        sectors, bodies, relations, plans = [], [], [], []
        for s in range(start // PER_SECTOR, -(-stop // PER_SECTOR)):
            sectors += _sector_lines(s)
        for b in range(start, stop):
            s, local = divmod(b, PER_SECTOR)
            bodies += _body_lines(b, s, local)
            relations += _relation_lines(b, s, local)
            if b % 10 == 0:
                plans += _plan_lines(b)
        text = ["schema_version: 1", "sectors:", *sectors, "bodies:", *bodies]
        text += ["relations:", *relations]
        if plans:
            text += ["plans:", *plans]
        path = folder / f"{len(paths):03d}-bodies-{start}.yaml"
        path.write_text("\n".join(text) + "\n", encoding="utf-8")
        paths.append(path)
    return paths
