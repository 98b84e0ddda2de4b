"""Benchmarks of ascc-model, side by side with pycountry and attrs: ``python benchmarks/run.py``.

The cold and warm parts measure an installed wheel, as users get it: the script builds a
wheel of this checkout (``pip wheel``; the build hook compiles the packaged YAML into
``ascc_model/_packaged.py``) and installs it, with pycountry and the same versions of
attrs, cattrs and PyYAML as here, into a temporary virtual environment. (An editable
install has no compiled records and parses the YAML; its row is shown for comparison.)

Prints one Markdown table per part, then the targets with what was measured:

1. Cold processes, run in turn (round robin), so that each ratio compares runs made at
   the same moments of a noisy machine: a bare interpreter, ``import attrs``, ``import
   ascc_model``, ``import ascc_model`` plus a first query, pycountry's
   ``countries.get(alpha_2="ID")``, and the first query in the editable install. Medians
   of wall time and of CPU time (user + system); each ratio is the median of the
   per-round ratios.
2. Where the cold start goes: ``python -X importtime`` of the first query, self times
   grouped (attrs, typing, each of our modules, the compiled data), and the first query
   after the imports (unmarshalling, decoding, indexing, the look-up), timed and profiled.
3. Warm look-ups in one process, against pycountry's warm ``countries.get``.
4. Scale: synthetic registries of 1k, 10k and 100k bodies in the packaged schema
   (``synth.py``), each loaded from YAML in a fresh process: load time per body, query
   times, and memory per body (tracemalloc: what the loaded registry keeps).

``--quick`` runs a smoke version (few repetitions, 1k bodies only) for CI; its numbers
mean little and it never fails on a target. ``--rounds N`` sets the cold rounds,
``--sizes 1000,10000`` the scale.
"""

from __future__ import annotations

import argparse
import importlib.metadata
import json
import os
import platform
import re
import statistics
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
PYTHON = Path(sys.executable)  # the development environment (an editable install)

FIRST_QUERY = "import ascc_model; ascc_model.get_sector('health')"
PYCOUNTRY_GET = "import pycountry; pycountry.countries.get(alpha_2='ID')"
BARE = "python -c pass"
ATTRS = "import attrs"
IMPORT = "import ascc_model"
QUERY = "import ascc_model; get_sector (wheel: compiled)"
EDITABLE = "import ascc_model; get_sector (editable: YAML)"
PYCOUNTRY = "pycountry: countries.get(alpha_2='ID')"
#: name -> (code, whether it runs in the editable development environment)
COLD = {
    BARE: ("pass", False),
    ATTRS: ("import attrs", False),
    IMPORT: ("import ascc_model", False),
    QUERY: (FIRST_QUERY, False),
    PYCOUNTRY: (PYCOUNTRY_GET, False),
    EDITABLE: (FIRST_QUERY, True),
}


def have_pycountry() -> bool:
    try:
        importlib.metadata.version("pycountry")
    except importlib.metadata.PackageNotFoundError:
        return False
    return True


def child_env() -> dict[str, str]:
    """The environment of measured children: no settings that change how Python starts."""
    drop = ("PYTHON", "VIRTUAL_ENV")  # PYTHONDONTWRITEBYTECODE: installed code has bytecode
    return {k: v for k, v in os.environ.items() if not k.startswith(drop)}


def quiet(*args: str | Path) -> None:
    """Run a command, showing its output only if it fails."""
    done = subprocess.run([str(a) for a in args], capture_output=True, text=True, check=False)
    if done.returncode != 0:
        sys.stderr.write(done.stdout + done.stderr)
        done.check_returncode()


def wheel_env(folder: Path, *, pycountry: bool) -> Path:
    """Build a wheel of this checkout, install it in a new venv under ``folder``; its python."""
    dist = folder / "dist"
    quiet(PYTHON, "-m", "pip", "wheel", "--quiet", "--no-deps", "--wheel-dir", dist, ROOT)
    (wheel,) = dist.glob("ascc_model-*.whl")
    venv = folder / "venv"
    quiet(PYTHON, "-m", "venv", "--without-pip", venv)
    python = venv / "bin" / "python"
    pins = [
        f"{name}=={importlib.metadata.version(name)}"
        for name in ("attrs", "cattrs", "PyYAML", *(["pycountry"] if pycountry else []))
    ]
    quiet(PYTHON, "-m", "pip", "--python", python, "install", "--quiet", wheel, *pins)
    check = "import ascc_model._default as d; print(d.compiled(), d.__file__)"
    done = subprocess.run(
        [python, "-c", check], capture_output=True, text=True, check=True, env=child_env()
    )
    compiled, where = done.stdout.split()
    if compiled != "True" or not where.startswith(str(venv)):
        msg = f"the wheel venv does not import compiled records from {venv}: {done.stdout}"
        raise RuntimeError(msg)
    return python


def spawn(python: Path, code: str, env: dict[str, str]) -> tuple[float, float]:
    """Wall and CPU seconds of one fresh interpreter running ``code``."""
    start = time.perf_counter()
    pid = os.posix_spawn(python, [str(python), "-c", code], env)
    _, status, usage = os.wait4(pid, 0)
    wall = time.perf_counter() - start
    if status != 0:
        msg = f"exit status {status} from {python} -c {code!r}"
        raise RuntimeError(msg)
    return wall, usage.ru_utime + usage.ru_stime


def cold(wheel_python: Path, rounds: int, *, pycountry: bool) -> dict[str, dict[str, float]]:
    """Median wall and CPU ms of each cold command, and per-round ratios to the others."""
    commands = {k: v for k, v in COLD.items() if pycountry or k != PYCOUNTRY}
    env = child_env()

    def python(name: str) -> Path:
        return PYTHON if commands[name][1] else wheel_python

    for name, (code, _) in commands.items():  # warm up: bytecode, the disk cache
        for _ in range(2):
            spawn(python(name), code, env)
    walls: dict[str, list[float]] = {k: [] for k in commands}
    cpus: dict[str, list[float]] = {k: [] for k in commands}
    for _ in range(rounds):
        for name, (code, _) in commands.items():
            wall, cpu = spawn(python(name), code, env)
            walls[name].append(wall)
            cpus[name].append(cpu)
    result = {}
    for name in commands:
        result[name] = {
            "wall_ms": 1e3 * statistics.median(walls[name]),
            "cpu_ms": 1e3 * statistics.median(cpus[name]),
            "wall_min_ms": 1e3 * min(walls[name]),
        }
        for other, key in ((ATTRS, "x_attrs"), (PYCOUNTRY, "x_pycountry")):
            if other in walls:
                pairs = zip(walls[name], walls[other], strict=True)
                result[name][key] = statistics.median(a / b for a, b in pairs)
                pairs = zip(cpus[name], cpus[other], strict=True)
                result[name][key + "_cpu"] = statistics.median(a / b for a, b in pairs)
    return result


# -- where the cold start goes ---------------------------------------------------------

IMPORTTIME = re.compile(r"import time:\s+(\d+) \|\s+(\d+) \|( *)(\S+)")
DATA = "data: ascc_model._packaged (unmarshalling the records' literals)"
STARTUP = "interpreter start-up (imported by `python -c pass` too)"
OTHER = "other standard library (threading, importlib, ...)"


def importtime(python: Path, code: str) -> list[tuple[int, int, str]]:
    """``(self µs, depth, module)`` for each import of a fresh ``python -X importtime``."""
    done = subprocess.run(
        [python, "-X", "importtime", "-c", code],
        capture_output=True,
        text=True,
        check=True,
        env=child_env(),
    )
    rows = []
    for line in done.stderr.splitlines():
        found = IMPORTTIME.match(line)
        if found:  # the header line has no numbers
            rows.append((int(found[1]), len(found[3]) // 2, found[4]))
    return rows


def group_of(module: str, startup: set[str]) -> str | None:
    """The group a module's own import time is counted in (None: its importer's)."""
    if module in startup:
        return STARTUP
    if module.split(".", maxsplit=1)[0] in {"attr", "attrs"}:
        return "attrs (with the standard library it imports: inspect, ast, platform, ...)"
    if module in {"typing", "_typing"}:
        return "typing (with re, collections, functools, ...)"
    if module == "ascc_model._packaged":
        return DATA
    if module == "ascc_model" or module.startswith("ascc_model."):
        return f"`{module}`"
    return None


def grouped(rows: list[tuple[int, int, str]], startup: set[str]) -> dict[str, float]:
    """Self ms per group; a module of no group counts in the group of its importer.

    ``-X importtime`` prints a module after everything it imported, one level deeper.
    """
    totals: dict[str, float] = {}
    pending: list[tuple[int, int, str]] = []  # (depth, index, module) awaiting their importer
    importer: dict[int, int] = {}
    for index, (_, depth, module) in enumerate(rows):
        while pending and pending[-1][0] > depth:
            importer[pending.pop()[1]] = index
        pending.append((depth, index, module))
    for index, (micros, _, module) in enumerate(rows):
        group, at = group_of(module, startup), index
        while group is None and at in importer:
            at = importer[at]
            group = group_of(rows[at][2], startup)
        key = group or OTHER
        totals[key] = totals.get(key, 0.0) + micros / 1e3
    return totals


# The first query's imports in the order it makes them, then its work on the data, each
# timed on its own (a module already imported costs nothing the second time).
PHASES = textwrap.dedent(
    """
    import json, time
    marks = [("start", time.perf_counter())]
    def mark(name):
        marks.append((name, time.perf_counter()))
    import ascc_model
    mark("`import ascc_model` (the package: typing, the table of lazy names)")
    import attrs
    mark("`import attrs` (after typing)")
    from ascc_model import _model
    mark("`ascc_model._model`: attrs builds the record classes")
    from ascc_model import _records
    mark("`ascc_model._records`: Records and its kinds (attrs classes)")
    from ascc_model import _compile, _default, _registry
    mark("`_registry`, `_keys`, `_graph`, `_default`, `_compile`")
    from ascc_model import _packaged
    mark("data: import `_packaged` (unmarshal the literals)")
    records = _compile.decode(_packaged)
    mark("data: `_compile.decode` (one constructor call per record)")
    registry = _registry.Registry._checked(records)
    mark("data: `Registry._checked` (ids, reporting graph, focal points)")
    registry.get_sector("health")
    mark("data: the look-up (builds the sector key index)")
    print(json.dumps({name: t - marks[i][1] for i, (name, t) in enumerate(marks[1:])}))
    """
)

# cProfile of what the first query does once the code is imported: the data.
PROFILE = textwrap.dedent(
    """
    import cProfile, json, pstats
    import ascc_model
    from ascc_model import _compile, _default, _registry
    profile = cProfile.Profile()
    profile.enable()
    ascc_model.get_sector("health")
    profile.disable()
    stats = pstats.Stats(profile).stats
    rows = sorted(stats.items(), key=lambda item: -item[1][2])[:12]
    def label(file, line, function):
        if file == "~":  # a builtin
            return function
        return f"{file.rsplit('site-packages/', 1)[-1]}:{line}({function})"
    print(json.dumps({
        "total": sum(v[2] for v in stats.values()),
        "rows": [[label(*k), v[1], v[2], v[3]] for k, v in rows],
    }))
    """
)


def breakdown(python: Path, runs: int) -> dict[str, object]:
    """Grouped import self times (median ms), the first query's phases, and its profile."""
    startup = {module for _, _, module in importtime(python, "pass")}
    per_run = [grouped(importtime(python, FIRST_QUERY), startup) for _ in range(runs)]
    names = dict.fromkeys(name for run in per_run for name in run)
    imports = {name: statistics.median(run.get(name, 0.0) for run in per_run) for name in names}
    phases: dict[str, list[float]] = {}
    env = child_env()
    for _ in range(runs):
        done = subprocess.run(
            [python, "-c", PHASES], capture_output=True, text=True, check=True, env=env
        )
        for name, seconds in json.loads(done.stdout).items():
            phases.setdefault(name, []).append(1e3 * seconds)
    profiles = []  # the quickest of a few: a profile is one run, and a preempted one misleads
    for _ in range(max(1, runs // 3)):
        done = subprocess.run(
            [python, "-c", PROFILE], capture_output=True, text=True, check=True, env=env
        )
        profiles.append(json.loads(done.stdout))
    return {
        "imports": imports,
        "phases": {k: statistics.median(v) for k, v in phases.items()},
        "profile": min(profiles, key=lambda p: p["total"]),
        "profiles": len(profiles),
        "runs": runs,
    }


# -- warm look-ups ---------------------------------------------------------------------

WARM = textwrap.dedent(
    """
    import json, statistics, sys, timeit
    import ascc_model
    registry = ascc_model.registry()
    top = max(registry.bodies(),
              key=lambda b: len(registry.bodies_reporting_to(b, transitive=True)))
    cases = {
        "get_body by id ('acwc')": lambda: ascc_model.get_body("acwc"),
        "get_body by acronym ('ACWC')": lambda: ascc_model.get_body("ACWC"),
        "get_body by name ('ASEAN Committee on Women')": lambda: ascc_model.get_body(
            "ASEAN Committee on Women"),
        "get_sector ('health')": lambda: ascc_model.get_sector("health"),
        "focal_point_for ('health')": lambda: ascc_model.focal_point_for("health"),
        "bodies_reporting_to ('AMMSWD')": lambda: ascc_model.bodies_reporting_to("AMMSWD"),
        f"bodies_reporting_to ('{top.label}', transitive)":
            lambda: ascc_model.bodies_reporting_to(top.id, transitive=True),
    }
    if sys.argv[1] == "1":
        import pycountry
        pycountry.countries.get(alpha_2="ID")
        cases["pycountry: countries.get(alpha_2='ID')"] = (
            lambda: pycountry.countries.get(alpha_2="ID"))
    numbers = {}
    for name, call in cases.items():  # batches of about 20 ms
        number, took = timeit.Timer(call).autorange()
        numbers[name] = max(1, int(number * 0.02 / took))
    times = {name: [] for name in cases}
    for _ in range(int(sys.argv[2])):  # round robin: each round sees the same machine
        for name, call in cases.items():
            times[name].append(timeit.Timer(call).timeit(numbers[name]) / numbers[name])
    base = times.get("pycountry: countries.get(alpha_2='ID')")
    out = {}
    for name, runs in times.items():
        ratio = None if base is None else statistics.median(a / b for a, b in zip(runs, base))
        out[name] = [1e6 * statistics.median(runs), ratio]
    out["subtree"] = [top.label, len(registry.bodies_reporting_to(top, transitive=True))]
    print(json.dumps(out))
    """
)


def warm(python: Path, repeat: int, *, pycountry: bool) -> dict[str, list[object]]:
    done = subprocess.run(
        [python, "-c", WARM, "1" if pycountry else "0", str(repeat)],
        capture_output=True,
        text=True,
        check=True,
        env=child_env(),
    )
    result: dict[str, list[object]] = json.loads(done.stdout)
    return result


# -- scale -----------------------------------------------------------------------------

SCALE = textwrap.dedent(
    """
    import gc, json, pickle, sys, time, timeit, tracemalloc
    from pathlib import Path
    import ascc_model
    paths = sorted(Path(sys.argv[1]).glob("*.yaml"))
    start = time.perf_counter()
    registry = ascc_model.load(*paths, include_packaged=False)
    load = time.perf_counter() - start
    n = len(registry.bodies())

    def per_call(call):
        number, _ = timeit.Timer(call).autorange()
        runs = timeit.repeat(call, number=number, repeat=5)
        return sorted(runs)[2] / number

    whole = registry.bodies_reporting_to("council", transitive=True)
    sector = registry.bodies_reporting_to("body-0", transitive=True)

    def floor():  # the least a walk must do: touch each body and remember its id
        seen = set()
        for body in whole:
            seen.add(body.id)

    out = {
        "bodies": n,
        "load_s": load,
        "get_body_id_us": 1e6 * per_call(lambda: registry.get_body("body-7")),
        "get_body_acronym_us": 1e6 * per_call(lambda: registry.get_body("B7")),
        "subtree_all": len(whole),
        "subtree_all_us_per_body": 1e6 * per_call(
            lambda: registry.bodies_reporting_to("council", transitive=True)) / len(whole),
        "floor_all_us_per_body": 1e6 * per_call(floor) / len(whole),
        "subtree_sector": len(sector),
        "subtree_sector_us_per_body": 1e6 * per_call(
            lambda: registry.bodies_reporting_to("body-0", transitive=True)) / len(sector),
    }
    if sys.argv[2] == "1":
        # What the loaded registry keeps (records, strings, indexes): rebuild the same
        # registry while tracing (unpickling runs Registry(records), every check), with
        # the YAML-built one gone, and build the body index it needs for get_body.
        blob = pickle.dumps(registry, protocol=pickle.HIGHEST_PROTOCOL)
        del registry, whole, sector
        gc.collect()
        tracemalloc.start()
        again = pickle.loads(blob)
        again.get_body("body-7"), again.get_body("B7")
        gc.collect()
        kept, _peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        out["bytes_per_body"] = kept / n
    print(json.dumps(out))
    """
)


def scale(sizes: list[int], repeats: dict[int, int]) -> dict[int, dict[str, float]]:
    sys.path.insert(0, str(HERE))
    import synth  # noqa: PLC0415 - beside this script

    results: dict[int, dict[str, float]] = {}
    env = child_env()
    with tempfile.TemporaryDirectory() as folder:
        for size in sizes:
            data = Path(folder) / str(size)
            synth.write(size, data)
            runs = []
            for index in range(repeats.get(size, 1)):
                done = subprocess.run(
                    [PYTHON, "-c", SCALE, str(data), "1" if index == 0 else "0"],
                    capture_output=True,
                    text=True,
                    check=True,
                    env=env,
                )
                runs.append(json.loads(done.stdout))
            merged = {key: statistics.median(r[key] for r in runs if key in r) for key in runs[0]}
            merged["load_us_per_body"] = 1e6 * merged["load_s"] / merged["bodies"]
            merged["runs"] = len(runs)
            results[size] = merged
    return results


# -- reporting -------------------------------------------------------------------------


def machine(python: Path) -> str:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text(encoding="utf-8").splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    probe = (
        "import attrs, cattrs, yaml, importlib.metadata as m\n"
        "try:\n    import pycountry; pc = m.version('pycountry')\nexcept ImportError: pc = '-'\n"
        "print(attrs.__version__, m.version('cattrs'), yaml.__version__, "
        "yaml.__with_libyaml__, pc, m.version('ascc-model'))"
    )
    done = subprocess.run([python, "-c", probe], capture_output=True, text=True, check=True)
    attrs_v, cattrs_v, yaml_v, libyaml, pycountry_v, ours = done.stdout.split()
    commit = subprocess.run(
        ["git", "describe", "--always", "--dirty"],  # noqa: S607 - git from PATH, if any
        capture_output=True,
        text=True,
        check=False,
        cwd=ROOT,
    ).stdout.strip()
    return (
        f"{cpu}, {os.cpu_count()} cores; {platform.system()} {platform.release()}; "
        f"Python {platform.python_version()}; ascc-model {ours} (wheel of {commit or '?'}), "
        f"attrs {attrs_v}, cattrs {cattrs_v}, PyYAML {yaml_v} (libyaml: {libyaml}), "
        f"pycountry {pycountry_v}"
    )


def table(header: list[str], rows: list[list[str]]) -> str:
    lines = ["| " + " | ".join(header) + " |", "|" + "|".join("---" for _ in header) + "|"]
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    return "\n".join(lines)


def ratio(value: float | None) -> str:
    return "-" if value is None else f"{value:.2f}x"


def print_cold(cold_r: dict[str, dict[str, float]], rounds: int) -> None:
    print(f"\n### Cold processes (median of {rounds} rounds, run in turn)\n")
    rows = [
        [
            f"`{name}`",
            f"{r['wall_ms']:.1f}",
            f"{r['cpu_ms']:.1f}",
            ratio(r.get("x_attrs")),
            ratio(r.get("x_pycountry")),
        ]
        for name, r in cold_r.items()
    ]
    print(table(["command", "wall ms", "CPU ms", "vs attrs", "vs pycountry"], rows))
    print(
        "\n(Every row but the last runs in the venv of the installed wheel; the last in the"
        " development venv, whose editable install parses the YAML.)"
    )


def print_breakdown(result: dict[str, object], cold_r: dict[str, dict[str, float]]) -> None:
    runs = result["runs"]
    print(f"\n### Where the cold start goes (installed wheel; medians of {runs} processes)\n")
    imports: dict[str, float] = result["imports"]  # type: ignore[assignment]
    total = sum(imports.values())
    rows = [
        [name, f"{ms:.1f}", f"{100 * ms / total:.0f}%"]
        for name, ms in sorted(imports.items(), key=lambda item: -item[1])
        if ms >= 0.05  # below the resolution of the table
    ]
    rows.append(["**all imports**", f"**{total:.1f}**", "100%"])
    print(f"`python -X importtime -c {FIRST_QUERY!r}`: self times, grouped\n")
    print(table(["group", "ms", "share"], rows))
    print(
        "\n(`-X importtime` adds its own overhead, so these sum to more than the wall time"
        " above; a module that belongs to no group counts in its importer's.)"
    )
    phases: dict[str, float] = result["phases"]  # type: ignore[assignment]
    print("\nThe same first query, step by step (`time.perf_counter`, no profiler)\n")
    rows = [[name, f"{ms:.2f}"] for name, ms in phases.items()]
    data = sum(ms for name, ms in phases.items() if name.startswith("data: "))
    rows.append(["**all steps**", f"**{sum(phases.values()):.2f}**"])
    rows.append(["of which the data (the four steps marked data)", f"{data:.2f}"])
    print(table(["step", "ms"], rows))
    if QUERY in cold_r and BARE in cold_r:
        added = cold_r[QUERY]["wall_ms"] - cold_r[BARE]["wall_ms"]
        print(
            f"\n(Above a bare interpreter the cold first query adds {added:.1f} ms of wall time;"
            " the rest is the interpreter's shutdown and what the steps' timers miss.)"
        )
    profile: dict[str, object] = result["profile"]  # type: ignore[assignment]
    total = float(profile["total"])  # type: ignore[arg-type]
    print(
        f"\ncProfile of the first query once the code is imported (the quickest of"
        f" {result['profiles']} processes: {1e3 * total:.1f} ms under the profiler), by own"
        " time:\n"
    )
    rows = [
        [f"`{name}`", str(calls), f"{1e3 * own:.2f}", f"{1e3 * cumulative:.2f}"]
        for name, calls, own, cumulative in profile["rows"]  # type: ignore[attr-defined]
    ]
    print(table(["function", "calls", "own ms", "cumulative ms"], rows))


def print_warm(warm_r: dict[str, list[object]]) -> None:
    print("\n### Warm look-ups (installed wheel, one process, round robin; median per call)\n")
    rows = [
        [f"`{name}`", f"{value[0]:.2f}", ratio(value[1])]  # type: ignore[arg-type]
        for name, value in warm_r.items()
        if name != "subtree"
    ]
    print(table(["call", "µs", "vs pycountry"], rows))
    label, size = warm_r["subtree"]
    print(f"\n(The transitive case walks {label}'s whole subtree: {size} bodies.)")


def print_scale(scale_r: dict[int, dict[str, float]]) -> None:
    print("\n### Scale (synthetic registries; load from YAML in a fresh process)\n")
    rows = [
        [
            f"{size:,}",
            f"{r['runs']:.0f}",
            f"{r['load_s']:.2f}",
            f"{r['load_us_per_body']:.0f}",
            f"{r['get_body_id_us']:.2f}",
            f"{r['get_body_acronym_us']:.2f}",
            f"{r['subtree_sector_us_per_body']:.3f}",
            f"{r['subtree_all_us_per_body']:.3f}",
            f"{r['floor_all_us_per_body']:.3f}",
            f"{r['subtree_all_us_per_body'] / r['floor_all_us_per_body']:.1f}",
            f"{r['bytes_per_body'] / 1024:.2f}",
        ]
        for size, r in scale_r.items()
    ]
    header = [
        "bodies",
        "runs",
        "load s",
        "load µs/body",
        "get_body id µs",
        "get_body acronym µs",
        "walk µs/body: sector (63)",
        "walk µs/body: all",
        "floor µs/body: all",
        "walk ÷ floor",
        "KiB/body kept",
    ]
    print(table(header, rows))
    print(
        "\n(Walks are `bodies_reporting_to(..., transitive=True)`, breadth first. The floor"
        " is the least any walk must do: a loop that adds each body's id to a set; it shows"
        " what memory costs at each size.)"
    )


def targets(
    cold_r: dict[str, dict[str, float]],
    warm_r: dict[str, list[object]],
    scale_r: dict[int, dict[str, float]],
) -> list[tuple[str, bool | None, str]]:
    out: list[tuple[str, bool | None, str]] = []
    first = cold_r[QUERY]
    x_pyc = first.get("x_pycountry")
    out.append(
        (
            "(a) wheel: import + first query at most 0.9x pycountry's",
            None if x_pyc is None else x_pyc <= 0.9,
            ratio(x_pyc),
        )
    )
    x_attrs = cold_r[IMPORT]["x_attrs"]
    out.append(
        (
            "(b) wheel: `import ascc_model` at most 1.1x `import attrs`",
            x_attrs <= 1.1,
            ratio(x_attrs),
        )
    )
    for name, (_us, value) in warm_r.items():
        if name in {"subtree", PYCOUNTRY}:
            continue
        out.append(
            (
                f"(c) warm `{name}` no slower than pycountry's warm get",
                None if value is None else value <= 1,
                ratio(value),  # type: ignore[arg-type]
            )
        )
    out.append(
        (
            "wheel: import + first query at most 1.25x `import attrs` (issue 6)",
            first["x_attrs"] <= 1.25,
            ratio(first["x_attrs"]),
        )
    )
    sizes = sorted(scale_r)
    if len(sizes) > 1:
        small, large = scale_r[sizes[0]], scale_r[sizes[-1]]
        growth = large["load_us_per_body"] / small["load_us_per_body"]
        out.append(
            (
                f"load per body at {sizes[-1]:,} within 1.3x of {sizes[0]:,}",
                growth <= 1.3,
                ratio(growth),
            )
        )

        def relative(r: dict[str, float]) -> float:
            return r["subtree_all_us_per_body"] / r["floor_all_us_per_body"]

        walk = large["subtree_sector_us_per_body"] / small["subtree_sector_us_per_body"]
        out.append(
            (
                (
                    f"transitive reports linear: µs/body of a 63-body subtree at {sizes[-1]:,}"
                    f" vs {sizes[0]:,}"
                ),
                walk <= 1.3,
                ratio(walk),
            )
        )
        walk = relative(large) / relative(small)
        out.append(
            (
                (
                    f"transitive reports linear: whole-registry walk ÷ floor at {sizes[-1]:,}"
                    f" vs {sizes[0]:,}"
                ),
                walk <= 1.3,
                ratio(walk),
            )
        )
    print("\n### Targets\n")
    rows = [
        [what, "-" if ok is None else ("met" if ok else "**GAP**"), value]
        for what, ok, value in out
    ]
    print(table(["target", "", "measured"], rows))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n", 1)[0])
    parser.add_argument("--quick", action="store_true", help="a smoke run for CI")
    parser.add_argument("--rounds", type=int, help="cold rounds (default 30; quick: 3)")
    parser.add_argument("--sizes", help="scale sizes, comma-separated (default 1000,10000,100000)")
    args = parser.parse_args()
    rounds = args.rounds or (3 if args.quick else 30)
    default_sizes = "1000" if args.quick else "1000,10000,100000"
    sizes = [int(s) for s in (args.sizes or default_sizes).split(",")]
    repeats = {1000: 2} if args.quick else {1000: 5, 10000: 2, 100000: 1}
    pycountry = have_pycountry()
    started = time.perf_counter()
    if not pycountry:
        print("pycountry is not installed (pip install -e '.[bench]'): its rows are left out")
    with tempfile.TemporaryDirectory(prefix="ascc-bench-") as folder:
        wheel_python = wheel_env(Path(folder), pycountry=pycountry)
        print(f"Machine: {machine(wheel_python)}")
        if hasattr(os, "getloadavg"):
            print(f"Load average at start: {os.getloadavg()[0]:.2f}")
        print(f"(Wheel built and installed in {time.perf_counter() - started:.0f} s.)")
        cold_r = cold(wheel_python, rounds, pycountry=pycountry)
        print_cold(cold_r, rounds)
        print_breakdown(breakdown(wheel_python, 2 if args.quick else 15), cold_r)
        warm_r = warm(wheel_python, 3 if args.quick else 15, pycountry=pycountry)
        print_warm(warm_r)
    scale_r = scale(sizes, repeats)
    print_scale(scale_r)
    results = targets(cold_r, warm_r, scale_r)
    load = f"; load average at end: {os.getloadavg()[0]:.2f}" if hasattr(os, "getloadavg") else ""
    print(f"\nRan in {time.perf_counter() - started:.0f} s{load}.")
    if args.quick:
        print("(A quick run: its numbers mean little, and it does not fail on a target.)")
    missed = [what for what, ok, _ in results if ok is False]
    if missed and not args.quick:
        print(f"{len(missed)} target(s) missed; see the table above.")


if __name__ == "__main__":
    main()
