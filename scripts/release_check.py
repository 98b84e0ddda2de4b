"""Build, check and publish ascc-model to a local package index, then use it as a downstream.

One command, from the repository root, after ``pip install -e '.[test,release]'``:

    .venv/bin/python scripts/release_check.py

Steps (each prints a ``==`` line; any failure stops with a non-zero exit):

1. ``python -m build``: the sdist, then the wheel built from the sdist (so the build
   hook, ``hatch_build.py``, must be in the sdist and work from it).
2. ``twine check --strict`` on both.
3. The wheel holds exactly the files of ``src/ascc_model`` (byte for byte: the modules of
   ``src/ascc_model/*.py``, ``py.typed``, every data YAML and any other package data,
   with no list to keep up to date), plus the records the build hook compiled
   (``ascc_model/_packaged.py``) and the usual ``.dist-info`` files: no tests, docs,
   caches or stray files. The sdist holds the sources, the build hook, tests, id
   manifests and docs, and no caches, build output or compiled records. The release's id
   manifest ``ids/<version>.txt`` exists.
4. A local PyPI-compatible index (``pypiserver``) on 127.0.0.1, on a free port, with no
   fall-back to PyPI. ``twine upload`` puts the two distributions there, and the wheels of
   the runtime dependencies (fetched first with ``pip download``) beside them.
5. A fresh virtual environment installs ``ascc-model==<version>`` from that index alone
   (``pip --isolated --index-url``: no configuration, environment variable or cache).
6. There, the installation has compiled records (``ascc_model._default.compiled()``), the
   default registry comes from them without parsing YAML, and they equal a fresh load of
   the packaged YAML (``ascc_model._load.load().records``). Queries and the command line,
   run with ``HOME`` and ``XDG_CACHE_HOME`` pointed at an empty folder, leave it empty and
   leave the installed package as it was. ``tests/downstream/use_api.py`` runs there, and
   ``mypy --strict`` type-checks ``tests/downstream/typed_client.py`` against the installed
   package (in an empty folder, with the fresh environment's interpreter); a deliberately
   mistyped file must fail.
7. The index server is stopped.
8. The test suite runs against the installed wheel: a second fresh environment installs
   the wheel with the ``test`` extra, and pytest runs the sdist's tests (with ``src/``
   removed) plus the installed package's doctests.

Options: ``--skip-suite`` leaves out step 8; ``--keep`` keeps the work folder;
``--outdir DIR`` copies the checked sdist and wheel to ``DIR`` (to upload those very
files); ``--release`` adds the checks for a real release (clean git tree, ``HEAD``
tagged ``v<version>``, the manifest equal to the data's ids).
"""

from __future__ import annotations

import argparse
import hashlib
import os
import re
import shutil
import socket
import subprocess
import sys
import tarfile
import tempfile
import time
import tomllib
import urllib.request
import xml.etree.ElementTree as ET
import zipfile
from email.parser import HeaderParser
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Iterable

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = "ascc_model"
DIST = "ascc-model"
JUNK = re.compile(
    r"(^|/)(__pycache__|\.mypy_cache|\.ruff_cache|\.pytest_cache|\.hypothesis|\.venv|"
    r"\.git|dist|build|_build)(/|$)|\.py[co]$|~$|\.orig$|\.rej$|\.swp$|\.DS_Store$"
)
ANSI = re.compile(r"\x1b\[[0-9;]*m")
# Files the build hook (hatch_build.py) derives from the sources: required in the wheel,
# never compared with src/ and never in the sdist (a stray local copy in src/ is ignored).
# _packaged.py holds the records compiled from the packaged YAML (src/ascc_model/_compile.py).
GENERATED = frozenset({f"{PACKAGE}/_packaged.py"})
COMPILED_HEADER = '"""The packaged records, compiled from the YAML'
DIST_INFO = re.compile(r"(METADATA|WHEEL|RECORD|entry_points\.txt|licenses/LICENSE(\.txt|\.md)?)")
TYPED_MISUSE = """\
import ascc_model

body: int = ascc_model.get_body("ACWC")
ascc_model.plans(year="2023")
"""
# Run in the fresh venv: the default registry comes from the compiled records, without the
# YAML machinery, and equals a fresh load of the packaged YAML (what the build hook read).
COMPILED_CHECK = """\
import sys
import ascc_model
from ascc_model import _default
if not _default.compiled():
    sys.exit("this installation has no compiled records: it reads the YAML")
registry = ascc_model.registry()
parsing = ("yaml", "cattrs", "ascc_model._load", "ascc_model._yaml")
parsers = [m for m in parsing if m in sys.modules]
if parsers:
    sys.exit(f"the default registry was built by parsing YAML: {parsers} imported")
from ascc_model import _load, _packaged
fresh = _load.load()
if fresh.records != registry.records:
    sys.exit("the compiled records differ from a fresh load of the packaged YAML")
print(_packaged.__file__)
print(repr(registry.records))
"""
# Run in the fresh venv with HOME and XDG_CACHE_HOME pointed at empty folders.
QUERIES = """\
import ascc_model
ascc_model.get_sector("health")
ascc_model.get_body("ACWC")
ascc_model.focal_point_for("health")
ascc_model.bodies_reporting_to("AMME", transitive=True)
ascc_model.search("kabut asap")
ascc_model.to_json()
print(ascc_model.registry())
"""
MISUSE_ERRORS = (
    'Incompatible types in assignment (expression has type "Body", variable has type "int")',
    'Argument "year" to "plans" has incompatible type "str"; expected "int | None"',
)


# Tests that skip except in the run against the installed wheel: each must pass there.
INSTALLED_ONLY = (
    "test_the_suite_imports_the_installed_package",
    "test_the_installed_wheel_has_compiled_records_equal_to_the_yaml",
)


class CheckError(Exception):
    """A release check failed; the message says which and why."""


def step(title: str) -> None:
    """Print a step's header."""
    sys.stdout.write(f"\n== {title}\n")
    sys.stdout.flush()


def say(text: str) -> None:
    """Print an indented line of a step's result (without terminal colours)."""
    sys.stdout.write(f"   {ANSI.sub('', text)}\n")
    sys.stdout.flush()


def run(
    *args: str | Path,
    cwd: Path | None = None,
    env: dict[str, str] | None = None,
    check: bool = True,
) -> subprocess.CompletedProcess[str]:
    """Run a command, capturing its output; on failure show the output and stop."""
    command = [str(a) for a in args]
    result = subprocess.run(command, cwd=cwd, env=env, capture_output=True, text=True, check=False)
    if check and result.returncode != 0:
        sys.stdout.write(result.stdout + result.stderr)
        msg = f"exit {result.returncode}: {' '.join(command)}"
        raise CheckError(msg)
    return result


def project_version() -> str:
    """The version in pyproject.toml (kept static: a clone may carry no git tags)."""
    with (ROOT / "pyproject.toml").open("rb") as file:
        version: str = tomllib.load(file)["project"]["version"]
    return version


def source_files(base: Path = ROOT / "src") -> dict[str, bytes]:
    """The files of the package as the wheel must hold them, by path inside the wheel.

    The modules are whatever ``src/ascc_model/*.py`` holds, with no list to keep up to
    date; the files the build hook generates are not among them.
    """
    found = {}
    for path in sorted((base / PACKAGE).rglob("*")):
        name = path.relative_to(base).as_posix()
        if path.is_file() and not JUNK.search(name) and name not in GENERATED:
            found[name] = path.read_bytes()
    return found


def modules(names: Iterable[str]) -> list[str]:
    """The package's top-level modules among ``names`` (paths inside the wheel)."""
    prefix = f"{PACKAGE}/"
    return sorted(
        n.removeprefix(prefix)
        for n in names
        if n.startswith(prefix) and n.endswith(".py") and "/" not in n.removeprefix(prefix)
    )


def compiled_problems(text: bytes | None) -> list[str]:
    """What is wrong with the compiled records' module as the wheel holds it."""
    if text is None:
        return []  # reported as missing
    name = next(iter(GENERATED))
    if not text.decode("utf-8", "replace").startswith(COMPILED_HEADER):
        return [f"not the build hook's output: {name}"]
    try:
        code = compile(text, name, "exec")
    except (SyntaxError, ValueError) as exc:
        return [f"not valid Python: {name}: {exc}"]
    missing = {"FORMAT", "CLASSES", "NESTED", "RECORDS"} - set(code.co_names)
    return [f"{name} defines no {n}" for n in sorted(missing)]


def wheel_problems(
    members: dict[str, bytes], version: str, expected: dict[str, bytes]
) -> list[str]:
    """What is wrong with a wheel's members (name to bytes), against the package's files."""
    info = f"{PACKAGE}-{version}.dist-info/"
    package = {n: b for n, b in members.items() if n.startswith(f"{PACKAGE}/")}
    problems = [
        f"unexpected file in the wheel: {name}"
        for name in sorted(set(members) - set(package))
        if not (name.startswith(info) and DIST_INFO.fullmatch(name.removeprefix(info)))
    ]
    problems += [f"junk in the wheel: {name}" for name in sorted(package) if JUNK.search(name)]
    problems += [
        f"unexpected file in the wheel: {name}"
        for name in sorted(set(package) - set(expected) - GENERATED)
        if not JUNK.search(name)
    ]
    problems += [f"missing from the wheel: {n}" for n in sorted(set(expected) - set(package))]
    problems += [
        f"differs from the source tree: {name}"
        for name in sorted(set(expected) & set(package))
        if package[name] != expected[name]
    ]
    needed = (f"{PACKAGE}/py.typed", f"{PACKAGE}/__init__.py", *GENERATED, f"{info}METADATA")
    problems += [f"missing from the wheel: {n}" for n in needed if n not in members]
    for name in sorted(GENERATED):
        problems += compiled_problems(members.get(name))
    if not any(n.startswith(f"{PACKAGE}/data/sectors/") for n in package):
        problems.append("no sector data in the wheel")
    return list(dict.fromkeys(problems))


def sdist_problems(names: list[str], version: str) -> list[str]:
    """What is wrong with an sdist's member names (``ascc_model-<version>/...``)."""
    top = f"{PACKAGE}-{version}/"
    problems = [f"outside {top}: {n}" for n in names if not n.startswith(top)]
    inside = {n.removeprefix(top) for n in names}
    problems += [f"junk in the sdist: {n}" for n in sorted(inside) if JUNK.search(n)]
    generated = {f"src/{name}" for name in GENERATED}
    problems += [f"generated file in the sdist: {n}" for n in sorted(inside) if n in generated]
    for needed in (
        "pyproject.toml",
        "hatch_build.py",
        "README.md",
        "CHANGELOG.md",
        "LICENSE",
        f"src/{PACKAGE}/py.typed",
        f"src/{PACKAGE}/__init__.py",
        "tests/test_ids.py",
        "tests/downstream/use_api.py",
        "ids/removed.txt",
    ):
        if needed not in inside:
            problems.append(f"missing from the sdist: {needed}")
    return problems


def check_metadata(metadata: str, version: str) -> list[str]:
    """Problems with the wheel's METADATA: name, version, Python, runtime dependencies."""
    headers = HeaderParser().parsestr(metadata)
    problems = []
    if headers["Name"] != DIST:
        problems.append(f"Name is {headers['Name']!r}")
    if headers["Version"] != version:
        problems.append(f"Version is {headers['Version']!r}, pyproject says {version!r}")
    if headers["Requires-Python"] != ">=3.11":
        problems.append(f"Requires-Python is {headers['Requires-Python']!r}")
    runtime = [r for r in headers.get_all("Requires-Dist") or [] if "extra ==" not in r]
    names = sorted(re.split(r"[<>=!~ ;\[]", r, maxsplit=1)[0].lower() for r in runtime)
    if names != ["attrs", "cattrs", "pyyaml"]:
        problems.append(f"runtime dependencies are {runtime}")
    return problems


def runtime_requirements(metadata: str) -> list[str]:
    """The wheel's runtime ``Requires-Dist`` entries (no extras)."""
    headers = HeaderParser().parsestr(metadata)
    return [r for r in headers.get_all("Requires-Dist") or [] if "extra ==" not in r]


def free_port() -> int:
    """A TCP port free on the loopback interface right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def fetch(url: str) -> str:
    """The body of a page of the local index."""
    if not url.startswith("http://127.0.0.1:"):
        msg = f"only the local index is fetched, not {url}"
        raise CheckError(msg)
    with urllib.request.urlopen(url, timeout=10) as response:  # noqa: S310 - loopback only
        body: bytes = response.read()
        return body.decode()


class LocalIndex:
    """A pypiserver on 127.0.0.1 serving ``folder``, with no fall-back to PyPI."""

    def __init__(self, folder: Path, log: Path) -> None:
        self.folder = folder
        self.log = log
        self.port = 0
        self.process: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        """The index's root (the upload URL)."""
        return f"http://127.0.0.1:{self.port}/"

    def start(self) -> None:
        """Start the server on a free port and wait until it answers."""
        for _ in range(3):
            self.port = free_port()
            command = [sys.executable, "-m", "pypiserver", "run", "--host", "127.0.0.1"]
            command += ["--port", str(self.port), "--authenticate", ".", "--passwords", "."]
            command += ["--disable-fallback", "--log-file", str(self.log), str(self.folder)]
            self.process = subprocess.Popen(
                command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
            )
            deadline = time.monotonic() + 30
            while time.monotonic() < deadline and self.process.poll() is None:
                try:
                    fetch(self.url + "simple/")
                except OSError:
                    time.sleep(0.2)
                else:
                    return
            self.stop()
        msg = f"the local index did not start; see {self.log}"
        raise CheckError(msg)

    def stop(self) -> None:
        """Stop the server (politely, then not)."""
        if self.process is None:
            return
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self.process = None


def make_venv(path: Path) -> Path:
    """A fresh virtual environment (its pip is the one that ships with Python); its python."""
    run(sys.executable, "-m", "venv", path)
    return path / "bin" / "python"


def site_packages(python: Path) -> Path:
    """The purelib folder of the environment of ``python``."""
    out = run(python, "-I", "-c", "import sysconfig; print(sysconfig.get_path('purelib'))")
    return Path(out.stdout.strip())


def isolated_env(**extra: str) -> dict[str, str]:
    """The environment without settings that could point tools at other code or indexes."""
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("PIP_", "PYTHON", "MYPY", "VIRTUAL_ENV", "TWINE_"))
    }
    env["PYTHON_KEYRING_BACKEND"] = "keyring.backends.null.Keyring"
    env.update(extra)
    return env


# -- the steps ---------------------------------------------------------------------


def build(work: Path, version: str) -> tuple[Path, Path]:
    """Steps 1-3: build, twine check, contents; the sdist and the wheel."""
    step("build: python -m build (sdist, then the wheel from the sdist)")
    dist = work / "dist"
    run(sys.executable, "-m", "build", "--outdir", dist, ROOT)
    built = sorted(p.name for p in dist.iterdir())
    sdist = dist / f"{PACKAGE}-{version}.tar.gz"
    wheel = dist / f"{PACKAGE}-{version}-py3-none-any.whl"
    if built != sorted([sdist.name, wheel.name]):
        msg = f"expected {sdist.name} and {wheel.name}, built {built}"
        raise CheckError(msg)
    for path in (sdist, wheel):
        digest = hashlib.sha256(path.read_bytes()).hexdigest()[:16]
        say(f"{path.name}  {path.stat().st_size:,} bytes  sha256 {digest}...")

    step("twine check --strict")
    out = run(sys.executable, "-m", "twine", "check", "--strict", sdist, wheel)
    for line in out.stdout.splitlines():
        say(line.strip())

    step("contents of the wheel and the sdist")
    with zipfile.ZipFile(wheel) as archive:
        members = {n: archive.read(n) for n in archive.namelist() if not n.endswith("/")}
    expected = source_files()
    problems = wheel_problems(members, version, expected)
    metadata = members.get(f"{PACKAGE}-{version}.dist-info/METADATA", b"").decode()
    problems += check_metadata(metadata, version)
    with tarfile.open(sdist) as archive:
        problems += sdist_problems(archive.getnames(), version)
    if not (ROOT / "ids" / f"{version}.txt").is_file():
        problems.append(f"no id manifest ids/{version}.txt: run scripts/id_manifest.py {version}")
    if problems:
        raise CheckError("\n".join(problems))
    yaml = [n for n in members if n.endswith(".yaml")]
    built = modules(members)
    say(
        f"wheel: {len(members)} files: {len(yaml)} data YAML, py.typed, {len(built)} modules, "
        "dist-info; nothing else"
    )
    compiled = sorted(GENERATED)
    say(
        f"modules: the {len(modules(expected))} of src/{PACKAGE}/*.py, and "
        + ", ".join(f"{n} ({len(members[n]):,} bytes)" for n in compiled)
        + " written by the build hook"
    )
    say(
        f"wheel metadata: {DIST} {version}, Requires-Python >=3.11, "
        f"requires {', '.join(runtime_requirements(metadata))}"
    )
    say(
        "sdist: sources, hatch_build.py, tests, ids, docs; no caches, build output or "
        "compiled records; the wheel above was built from it"
    )
    return sdist, wheel


def round_trip(work: Path, version: str, sdist: Path, wheel: Path) -> None:
    """Steps 4-7: publish to a local index, install from it alone, use it downstream."""
    step("dependencies: pip download (to serve them from the local index too)")
    deps = work / "deps"
    with zipfile.ZipFile(wheel) as archive:
        metadata = archive.read(f"{PACKAGE}-{version}.dist-info/METADATA").decode()
    run(
        sys.executable,
        "-m",
        "pip",
        "download",
        "--quiet",
        "--only-binary=:all:",
        "--dest",
        deps,
        *runtime_requirements(metadata),
    )
    say(", ".join(sorted(p.name for p in deps.iterdir())))

    packages = work / "index"
    packages.mkdir()
    index = LocalIndex(packages, work / "pypiserver.log")
    step("local index: pypiserver on 127.0.0.1 (no fall-back to PyPI)")
    index.start()
    try:
        say(f"serving {packages} at {index.url}simple/")
        step("twine upload to the local index")
        uploads = [sdist, wheel, *sorted(deps.iterdir())]
        run(
            sys.executable,
            "-m",
            "twine",
            "upload",
            "--non-interactive",
            "--disable-progress-bar",
            "--repository-url",
            index.url,
            "--username",
            "ci",
            "--password",
            "ci",
            *uploads,
            env=isolated_env(),
        )
        page = fetch(f"{index.url}simple/{DIST}/")
        listed = sorted(set(re.findall(r">([^<]+\.(?:whl|tar\.gz))<", page)))
        say(f"{index.url}simple/{DIST}/ lists {', '.join(listed)}")
        if listed != sorted([sdist.name, wheel.name]):
            msg = f"the index lists {listed}"
            raise CheckError(msg)
        projects = sorted(set(re.findall(r">([^<]+)</a>", fetch(f"{index.url}simple/"))))
        say(f"the index holds {len(projects)} projects: {', '.join(projects)}")

        install_from_index(work, version, index)
    finally:
        step("stop the local index")
        index.stop()
        say(f"stopped; port {index.port} closed: {not port_open(index.port)}")


def port_open(port: int) -> bool:
    """Whether something listens on 127.0.0.1:``port``."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        return sock.connect_ex(("127.0.0.1", port)) == 0


def install_from_index(work: Path, version: str, index: LocalIndex) -> None:
    """Steps 5-6: a fresh venv, the pinned install from the index alone, downstream checks."""
    step(f"fresh venv: pip install {DIST}=={version} from the local index alone")
    python = make_venv(work / "downstream-venv")
    out = run(
        python,
        "-m",
        "pip",
        "--isolated",
        "--no-cache-dir",
        "--disable-pip-version-check",
        "install",
        "--index-url",
        f"{index.url}simple/",
        f"{DIST}=={version}",
        env=isolated_env(),
    )
    fetched = re.findall(r"Downloading (\S+)", out.stdout)
    for url in fetched:
        say(f"downloaded {url}")
    if not fetched or any(not u.startswith(index.url) for u in fetched):
        msg = f"expected every download from {index.url}, got {fetched}"
        raise CheckError(msg)
    installed = [line for line in out.stdout.splitlines() if line.startswith("Successfully")]
    say(installed[-1] if installed else "(pip printed no summary)")
    purelib = site_packages(python)
    if (purelib / f"{PACKAGE}-{version}.dist-info" / "direct_url.json").exists():
        msg = "ascc-model was installed from a local path, not from the index"
        raise CheckError(msg)

    check_compiled(work, python, purelib)
    check_no_writes(work, python, purelib)

    step("downstream script: tests/downstream/use_api.py in the fresh venv")
    out = run(python, "-I", ROOT / "tests/downstream/use_api.py", version, cwd=work)
    for line in out.stdout.splitlines():
        say(line)
    if f"from {purelib / PACKAGE / '__init__.py'}" not in out.stdout:
        msg = f"ascc_model was not imported from {purelib}"
        raise CheckError(msg)

    step("mypy --strict on downstream code, against the installed package")
    typed = work / "typed"
    typed.mkdir()
    (typed / "mypy.ini").write_text("[mypy]\n", encoding="utf-8")  # stops config discovery
    shutil.copy(ROOT / "tests/downstream/typed_client.py", typed)
    (typed / "misuse.py").write_text(TYPED_MISUSE, encoding="utf-8")
    mypy = [
        sys.executable,
        "-m",
        "mypy",
        "--strict",
        "--no-incremental",
        "--python-executable",
        str(python),
    ]
    out = run(*mypy, "--verbose", "typed_client.py", cwd=typed, env=isolated_env())
    say(out.stdout.strip())
    parsed = re.findall(r"Parsing (\S*ascc_model/__init__\.py)", out.stderr)
    say(f"mypy read ascc_model from {parsed}")
    if parsed != [str(purelib / PACKAGE / "__init__.py")]:
        msg = f"mypy did not read ascc_model from {purelib}: {parsed}"
        raise CheckError(msg)
    out = run(*mypy, "misuse.py", cwd=typed, env=isolated_env(), check=False)
    say("a mistyped use must fail: " + out.stdout.strip().splitlines()[-1])
    missing = [e for e in MISUSE_ERRORS if e not in out.stdout]
    if out.returncode != 1 or missing:
        sys.stdout.write(out.stdout + out.stderr)
        msg = f"mypy did not report {missing} (exit {out.returncode})"
        raise CheckError(msg)
    for error in MISUSE_ERRORS:
        say(f"  reported: {error}")


def check_compiled(work: Path, python: Path, purelib: Path) -> None:
    """In the fresh venv: compiled records, used without YAML, equal to the YAML's."""
    step("compiled records in the installed wheel: used, and equal to a fresh load of the YAML")
    out = run(python, "-I", "-c", COMPILED_CHECK, cwd=work, env=isolated_env())
    where, counts = out.stdout.strip().splitlines()
    if Path(where).resolve() != (purelib / PACKAGE / "_packaged.py").resolve():
        msg = f"the compiled records were imported from {where}, not from {purelib}"
        raise CheckError(msg)
    say(f"ascc_model._default.compiled() is True; the records come from {where}")
    say("the default registry was built without yaml, cattrs or the loader")
    say(f"ascc_model._load.load().records == ascc_model.registry().records: {counts}")


def tree(folder: Path) -> dict[str, tuple[int, int]]:
    """Every file under ``folder``, with its size and modification time (ns)."""
    return {
        p.relative_to(folder).as_posix(): (p.stat().st_size, p.stat().st_mtime_ns)
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def check_no_writes(work: Path, python: Path, purelib: Path) -> None:
    """Queries and the command line write nothing in the user's home or the package."""
    step("nothing written: queries and the CLI with HOME and XDG_CACHE_HOME empty")
    home, cache = work / "empty-home", work / "empty-cache"
    home.mkdir()
    cache.mkdir()
    env = isolated_env(HOME=str(home), XDG_CACHE_HOME=str(cache))
    package = purelib / PACKAGE
    before = tree(package)
    out = run(python, "-c", QUERIES, cwd=work, env=env)
    say(f"queries ran: {out.stdout.strip()}")
    run(python, "-m", PACKAGE, "focal-point", "health", cwd=work, env=env)
    cli = python.parent / DIST
    out = run(cli, "show", "ACWC", cwd=work, env=env)
    say(f"{DIST} show ACWC: {len(out.stdout.splitlines())} lines")
    written = [p.relative_to(work).as_posix() for p in (*home.rglob("*"), *cache.rglob("*"))]
    if written:
        msg = f"the installed library wrote into the user's home: {written}"
        raise CheckError(msg)
    after = tree(package)
    if after != before:
        changed = sorted(n for n in set(before) | set(after) if before.get(n) != after.get(n))
        msg = f"the installed package changed while it was used: {changed}"
        raise CheckError(msg)
    say(f"HOME ({home.name}) and XDG_CACHE_HOME ({cache.name}) are still empty")
    say(f"the installed package's {len(after)} files are as pip installed them")


def suite_on_wheel(work: Path, version: str, sdist: Path, wheel: Path) -> None:
    """Step 8: the test suite against the installed wheel, from the sdist without src/."""
    step("test suite against the installed wheel (the sdist's tests, src/ removed)")
    python = make_venv(work / "suite-venv")
    run(python, "-m", "pip", "install", "--quiet", f"{wheel}[test]")
    purelib = site_packages(python)
    with tarfile.open(sdist) as archive:
        archive.extractall(work / "sdist", filter="data")
    tree = work / "sdist" / f"{PACKAGE}-{version}"
    shutil.rmtree(tree / "src")
    # Mermaid's parser is installed by npm beside the checkout's tests, never shipped in
    # the sdist: the extracted tests use the checkout's (CI fails a test that lacks it).
    modules = ROOT / "tests" / "mermaid" / "node_modules"
    if modules.is_dir() and (tree / "tests" / "mermaid").is_dir():
        (tree / "tests" / "mermaid" / "node_modules").symlink_to(modules, target_is_directory=True)
    report = work / "suite.xml"
    env = isolated_env(ASCC_MODEL_INSTALLED_AT=str(purelib / PACKAGE))
    out = run(
        python,
        "-m",
        "pytest",
        "-q",
        "-p",
        "no:cacheprovider",
        f"--junitxml={report}",
        "tests",
        purelib / PACKAGE,
        cwd=tree,
        env=env,
        check=False,
    )
    say(out.stdout.strip().splitlines()[-1])
    if out.returncode != 0:
        sys.stdout.write(out.stdout + out.stderr)
        msg = f"pytest exit {out.returncode} against the installed wheel"
        raise CheckError(msg)
    cases = list(ET.parse(report).iter("testcase"))  # noqa: S314 - the file pytest just wrote
    for name in INSTALLED_ONLY:
        proof = [c for c in cases if c.get("name") == name]
        if len(proof) != 1 or len(proof[0]):  # a child element is a skip, failure or error
            msg = f"{name}, which runs only against the installed wheel, did not pass"
            raise CheckError(msg)
    doctests = sum(1 for c in cases if not str(c.get("classname")).startswith("tests."))
    say(
        f"ascc_model imported from {purelib / PACKAGE}, with compiled records equal to the "
        "YAML (both checked inside the run); "
        f"{len(cases)} tests, {doctests} of them the installed modules' doctests"
    )


def release_checks(version: str) -> None:
    """For a real release: a clean tree, tagged, whose manifest is the data's ids."""
    step(f"release checks for v{version}")
    if shutil.which("git") is None:
        msg = "a release is checked in a git checkout, and git is not installed"
        raise CheckError(msg)
    if run("git", "status", "--porcelain", cwd=ROOT).stdout.strip():
        msg = "the work tree is not clean: release from a clean checkout of the tag"
        raise CheckError(msg)
    tags = run("git", "tag", "--points-at", "HEAD", cwd=ROOT).stdout.split()
    if f"v{version}" not in tags:
        msg = f"HEAD is not tagged v{version} (tags: {tags})"
        raise CheckError(msg)
    out = run(sys.executable, ROOT / "scripts/id_manifest.py", version, "--stdout")
    if out.stdout != (ROOT / "ids" / f"{version}.txt").read_text(encoding="utf-8"):
        msg = f"ids/{version}.txt is not the data's ids: rewrite it before tagging"
        raise CheckError(msg)
    say("clean tree, tagged, manifest matches the data")


def main(argv: list[str] | None = None) -> int:
    """Run every step; returns the exit status."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--skip-suite", action="store_true", help="leave out step 8")
    parser.add_argument("--keep", action="store_true", help="keep the work folder")
    parser.add_argument("--release", action="store_true", help="also the checks of a release")
    parser.add_argument("--outdir", type=Path, help="copy the checked distributions here")
    args = parser.parse_args(argv)
    version = project_version()
    work = Path(tempfile.mkdtemp(prefix="ascc-release-"))
    started = time.monotonic()
    sys.stdout.write(f"release check of {DIST} {version} in {work}\n")
    try:
        if args.release:
            release_checks(version)
        elif shutil.which("git") and run("git", "status", "--porcelain", cwd=ROOT).stdout.strip():
            say("note: the work tree has uncommitted changes; they are in these builds")
        sdist, wheel = build(work, version)
        round_trip(work, version, sdist, wheel)
        if not args.skip_suite:
            suite_on_wheel(work, version, sdist, wheel)
        if args.outdir is not None:
            args.outdir.mkdir(parents=True, exist_ok=True)
            for path in (sdist, wheel):
                shutil.copy2(path, args.outdir)
            say(f"\ncopied {sdist.name} and {wheel.name} to {args.outdir}")
    except CheckError as exc:
        sys.stdout.write(f"\nRELEASE CHECK FAILED:\n{exc}\n")
        return 1
    finally:
        if args.keep:
            sys.stdout.write(f"kept {work}\n")
        else:
            shutil.rmtree(work, ignore_errors=True)
    took = time.monotonic() - started
    sys.stdout.write(f"\nrelease check passed: {DIST} {version} in {took:.0f} s\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
