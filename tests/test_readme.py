"""The README's examples run, and its two opening commands are the ones CI uses."""

import doctest
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_readme_examples_run() -> None:
    results = doctest.testfile(
        str(ROOT / "README.md"), module_relative=False, optionflags=doctest.ELLIPSIS
    )
    assert results.attempted >= 5
    assert results.failed == 0


def test_readme_test_command_is_what_ci_runs() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    commands = re.findall(r"```sh\n(.+?)\n```", readme)
    assert len(commands) >= 2
    install, test = commands[0], commands[1]
    assert install.endswith("ascc-model focal-point health")
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    for part in test.split(" && "):
        assert part in ci, part
