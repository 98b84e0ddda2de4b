"""Benchmarks of ascc-model, side by side with pycountry and attrs: ``python benchmarks/run.py``.

Prints one Markdown table per part, then the targets of issue 6 with what was measured:

1. Cold processes, run in turn (round robin), so that each ratio compares runs made at
   the same moments of a noisy machine: a bare interpreter, ``import attrs``, ``import
   ascc_model``, ``import ascc_model`` plus a first query (with the compiled form of the
   packaged data in place, and without it: a user's very first use), and pycountry's
   ``countries.get(alpha_2="ID")``. Medians of wall time and of CPU time (user + system);
   each ratio is the median of the per-round ratios.
2. Warm look-ups in one process, against pycountry's warm ``countries.get``.
3. Scale: synthetic registries of 1k, 10k and 100k bodies in the packaged schema
   (``synth.py``), each loaded from YAML in a fresh process: load time per body, query
   times, and memory per body (tracemalloc: what the loaded registry keeps).

``--quick`` runs a smoke version (few repetitions, 1k bodies only) for CI; its numbers
mean little. ``--rounds N`` sets the cold rounds, ``--sizes 1000,10000`` the scale.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
PYTHON = sys.executable

COLD = {
    "python -c pass": "pass",
    "import attrs": "import attrs",
    "import ascc_model": "import ascc_model",
    "import ascc_model; get_sector (compiled)": (
        "import ascc_model; ascc_model.get_sector('health')"
    ),
    "import ascc_model; get_sector (first use: YAML)": (
        "import ascc_model; ascc_model.get_sector('health')"
    ),
    "pycountry: countries.get(alpha_2='ID')": (
        "import pycountry; pycountry.countries.get(alpha_2='ID')"
    ),
}
FIRST_USE = "import ascc_model; get_sector (first use: YAML)"
PYCOUNTRY = "pycountry: countries.get(alpha_2='ID')"


def have_pycountry() -> bool:
    done = subprocess.run([PYTHON, "-c", "import pycountry"], capture_output=True, check=False)
    return done.returncode == 0


def child_env(cache: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # measure installed code: bytecode is cached
    env.pop("PYTHONPROFILEIMPORTTIME", None)
    env["ASCC_MODEL_CACHE"] = str(cache)
    return env


def spawn(code: str, env: dict[str, str]) -> tuple[float, float]:
    """Wall and CPU seconds of one fresh interpreter running ``code``."""
    start = time.perf_counter()
    pid = os.posix_spawn(PYTHON, [PYTHON, "-c", code], env)
    _, status, usage = os.wait4(pid, 0)
    wall = time.perf_counter() - start
    if status != 0:
        msg = f"exit status {status} from: {code}"
        raise RuntimeError(msg)
    return wall, usage.ru_utime + usage.ru_stime


def cold(rounds: int, *, pycountry: bool) -> dict[str, dict[str, float]]:
    """Median wall and CPU ms of each cold command, and per-round ratios to the others."""
    commands = {k: v for k, v in COLD.items() if pycountry or k != PYCOUNTRY}
    with tempfile.TemporaryDirectory() as folder:
        warm_cache = child_env(Path(folder) / "cache")
        no_cache = child_env(Path(folder) / "cache")
        no_cache["ASCC_MODEL_CACHE"] = "off"
        envs = {k: (no_cache if k == FIRST_USE else warm_cache) for k in commands}
        for name, code in commands.items():  # warm up: bytecode, compiled data, disk cache
            for _ in range(2):
                spawn(code, envs[name])
        walls: dict[str, list[float]] = {k: [] for k in commands}
        cpus: dict[str, list[float]] = {k: [] for k in commands}
        for _ in range(rounds):
            for name, code in commands.items():
                wall, cpu = spawn(code, envs[name])
                walls[name].append(wall)
                cpus[name].append(cpu)
    result = {}
    for name in commands:
        result[name] = {
            "wall_ms": 1e3 * statistics.median(walls[name]),
            "cpu_ms": 1e3 * statistics.median(cpus[name]),
            "wall_min_ms": 1e3 * min(walls[name]),
        }
        for other, key in (("import attrs", "x_attrs"), (PYCOUNTRY, "x_pycountry")):
            if other in walls:
                pairs = zip(walls[name], walls[other], strict=True)
                result[name][key] = statistics.median(a / b for a, b in pairs)
                pairs = zip(cpus[name], cpus[other], strict=True)
                result[name][key + "_cpu"] = statistics.median(a / b for a, b in pairs)
    return result


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


def warm(repeat: int, *, pycountry: bool) -> dict[str, list[object]]:
    with tempfile.TemporaryDirectory() as folder:
        done = subprocess.run(
            [PYTHON, "-c", WARM, "1" if pycountry else "0", str(repeat)],
            capture_output=True,
            text=True,
            check=True,
            env=child_env(Path(folder)),
        )
    result: dict[str, list[object]] = json.loads(done.stdout)
    return result


SCALE = textwrap.dedent(
    """
    import gc, json, sys, time, timeit, tracemalloc
    from pathlib import Path
    import ascc_model
    from ascc_model import _cache
    paths = sorted(Path(sys.argv[1]).glob("*.yaml"))
    start = time.perf_counter()
    registry = ascc_model.load(*paths)
    load = time.perf_counter() - start
    n = len(registry.bodies())

    def per_call(call):
        number, _ = timeit.Timer(call).autorange()
        runs = timeit.repeat(call, number=number, repeat=5)
        return sorted(runs)[2] / number

    # The walk itself (Registry._breadth_first: the public call keeps small answers).
    council, root = registry.get_body("council"), registry.get_body("body-0")
    whole = registry._breadth_first(council, registry._children)
    sector = registry._breadth_first(root, registry._children)

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
            lambda: registry._breadth_first(council, registry._children)) / len(whole),
        "floor_all_us_per_body": 1e6 * per_call(floor) / len(whole),
        "subtree_sector": len(sector),
        "subtree_sector_us_per_body": 1e6 * per_call(
            lambda: registry._breadth_first(root, registry._children)) / len(sector),
    }
    if sys.argv[2] == "1":
        # What the loaded registry keeps: rebuild the same records from their compiled
        # form while tracing, with the YAML-built registry gone.
        blob = _cache.encode(registry, b"")
        del registry, whole, sector, council, root
        gc.collect()
        tracemalloc.start()
        again = _cache.decode(blob, b"")
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
    with tempfile.TemporaryDirectory() as folder:
        env = child_env(Path(folder) / "cache")
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


def machine() -> str:
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
    done = subprocess.run([PYTHON, "-c", probe], capture_output=True, text=True, check=True)
    attrs_v, cattrs_v, yaml_v, libyaml, pycountry_v, ours = done.stdout.split()
    return (
        f"{cpu}, {os.cpu_count()} cores; {platform.system()} {platform.release()}; "
        f"Python {platform.python_version()}; ascc-model {ours}, attrs {attrs_v}, "
        f"cattrs {cattrs_v}, PyYAML {yaml_v} (libyaml: {libyaml}), pycountry {pycountry_v}"
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


def print_warm(warm_r: dict[str, list[object]]) -> None:
    print("\n### Warm look-ups (one process, round robin; median per call)\n")
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
        "\n(Walks are transitive reports, breadth first. The floor is the least any walk must"
        " do: a loop that adds each body's id to a set; it shows what memory costs at each"
        " size.)"
    )


def targets(
    cold_r: dict[str, dict[str, float]],
    warm_r: dict[str, list[object]],
    scale_r: dict[int, dict[str, float]],
) -> list[tuple[str, bool | None, str]]:
    out: list[tuple[str, bool | None, str]] = []
    first = cold_r["import ascc_model; get_sector (compiled)"]
    imported = cold_r["import ascc_model"]
    x_attrs = imported["x_attrs"]
    out.append(("`import ascc_model` at most 1.1x `import attrs`", x_attrs <= 1.1, ratio(x_attrs)))
    x_pyc = first.get("x_pycountry")
    out.append(
        (
            "import + first query at most 0.9x pycountry's",
            None if x_pyc is None else x_pyc <= 0.9,
            ratio(x_pyc),
        )
    )
    out.append(
        (
            "import + first query at most 1.25x `import attrs`",
            first["x_attrs"] <= 1.25,
            ratio(first["x_attrs"]),
        )
    )
    for name, (_us, value) in warm_r.items():
        if name in {"subtree", PYCOUNTRY}:
            continue
        out.append(
            (
                f"warm `{name}` no slower than pycountry's warm get",
                None if value is None else value <= 1,
                ratio(value),  # type: ignore[arg-type]
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
    print("\n### Targets (issue 6)\n")
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
    print(f"Machine: {machine()}")
    print(f"Load average at start: {os.getloadavg()[0]:.2f}" if hasattr(os, "getloadavg") else "")
    if not pycountry:
        print("pycountry is not installed (pip install -e '.[bench]'): its rows are left out")
    cold_r = cold(rounds, pycountry=pycountry)
    print_cold(cold_r, rounds)
    warm_r = warm(3 if args.quick else 15, pycountry=pycountry)
    print_warm(warm_r)
    scale_r = scale(sizes, repeats)
    print_scale(scale_r)
    targets(cold_r, warm_r, scale_r)
    load = f"; load average at end: {os.getloadavg()[0]:.2f}" if hasattr(os, "getloadavg") else ""
    print(f"\nRan in {time.perf_counter() - started:.0f} s{load}.")


if __name__ == "__main__":
    main()
