"""Hostile input, measured: each case's time (median) and peak memory, and how it was refused.

``python benchmarks/hostile.py`` from a clone with the test extra installed. The
cases are the test suite's own (``tests/test_hostile.py``'s table), plus the
reads and sizes of ``tests/test_hostile_2.py``: a sparse 1 GiB file, a FIFO, a
file of 10,000 bad records, an integer past 2**63 - 1, escaped control
characters, a non-http URL and a 120 KB key. Each runs five times in this
process; the time is the median, the memory tracemalloc's peak of one run.
"""

from __future__ import annotations

import functools
import os
import statistics
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path

import ascc_model
from ascc_model import DataError, UnknownKeyError

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
from test_hostile import CASES, OK  # type: ignore[import-not-found]

RUNS = 5
HEAD = "schema_version: 1\nsources: [{id: notes, title: Notes, language: en}]\n"


def extra_cases(folder: Path) -> dict[str, Callable[[], object]]:
    """The cases of the second round that are not one file's bytes."""
    sparse = folder / "sparse.yaml"
    with sparse.open("wb") as handle:
        handle.truncate(1 << 30)
    fifo = folder / "fifo.yaml"
    os.mkfifo(fifo)
    rows = "".join(
        f'  - {{id: b{i}, names: {{en: "B {i}"}}, kind: ministerial, sources: [x]}}\n'
        for i in range(10_000)
    )
    body = "bodies:\n  - {id: x, names: {en: %s}, kind: ministerial, sources: ['notes:1']}\n"
    registry = ascc_model.registry()
    key = "Kementerian " * 10_000

    def text(yaml: str) -> Callable[[], object]:
        return lambda: ascc_model.load_text(yaml, include_packaged=False)

    return {
        "sparse 1 GiB file": lambda: ascc_model.load(sparse, include_packaged=False),
        "FIFO": lambda: ascc_model.load(fifo, include_packaged=False),
        "/dev/zero": lambda: ascc_model.load("/dev/zero", include_packaged=False),
        "10,000 bad records (10,000 lines to find)": text(HEAD + "bodies:\n" + rows),
        "integer 2**64 (hex)": text(
            HEAD + "figures: [{id: f, measure: m, value: 0x10000000000000000, unit: u,"
            " sources: ['notes:1']}]\n"
        ),
        "escaped control character": text(HEAD + body % '"a\\u001bb"'),
        "lone surrogate escape": text(HEAD + body % '"a\\ud800b"'),
        "javascript: URL": text(
            "schema_version: 1\nsources: [{id: n, title: N, language: en,"
            " url: 'javascript:alert(1)'}]\n"
        ),
        "120 KB key, show": lambda: registry.lookup(key),
        "120 KB key, search": lambda: search_or_fail(registry, key),
    }


def search_or_fail(registry: ascc_model.Registry, key: str) -> object:
    """The search, which answers no hit with an empty tuple: an error here, to count."""
    hits = registry.search(key)
    if not hits:
        raise UnknownKeyError("record", key[:20], [])
    return hits


def measure(case: Callable[[], object]) -> tuple[float, int, str]:
    """Median seconds, peak bytes, and the error's first line (or "no error")."""
    times = []
    outcome = "no error"
    for run in range(RUNS):
        if run == 0:
            tracemalloc.start()
        start = time.perf_counter()
        try:
            case()
        except (DataError, UnknownKeyError) as exc:
            outcome = f"{type(exc).__name__}: {str(exc).splitlines()[-1][:70]}"
        times.append(time.perf_counter() - start)
        if run == 0:
            _now, peak = tracemalloc.get_traced_memory()
            tracemalloc.stop()
    return statistics.median(times), peak, outcome


def main() -> int:
    """Print the table; exit 1 if a case was not refused."""
    ascc_model.load_text(OK, include_packaged=False)  # PyYAML and cattrs imported, warm
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        cases: dict[str, Callable[[], object]] = {}
        for name, (data, _words, _line) in CASES.items():
            path = folder / f"{len(cases)}.yaml"
            path.write_bytes(data)
            cases[name] = functools.partial(ascc_model.load, path, include_packaged=False)
        cases |= extra_cases(folder)
        results = {name: measure(case) for name, case in cases.items()}
        results = {  # the messages name files by their place in the temporary folder
            name: (seconds, peak, outcome.replace(f"{folder}{os.sep}", ""))
            for name, (seconds, peak, outcome) in results.items()
        }
    print("| case | median ms | peak MiB | refused as |")
    print("|---|---|---|---|")
    for name, (seconds, peak, outcome) in results.items():
        print(f"| {name} | {1e3 * seconds:.1f} | {peak / 2**20:.1f} | {outcome} |")
    worst_time = max(results.items(), key=lambda item: item[1][0])
    worst_memory = max(results.items(), key=lambda item: item[1][1])
    refused = sum(outcome != "no error" for _s, _p, outcome in results.values())
    print(
        f"\n{len(results)} cases, {refused} refused cleanly; slowest: {worst_time[0]}"
        f" ({1e3 * worst_time[1][0]:.0f} ms); most memory: {worst_memory[0]}"
        f" ({worst_memory[1][1] / 2**20:.1f} MiB)"
    )
    return 0 if refused == len(results) else 1


if __name__ == "__main__":
    raise SystemExit(main())
