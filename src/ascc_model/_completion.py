"""Shell completion scripts for ``ascc-model`` (bash, zsh, fish), made from its parser.

The commands, their options and the choices of options come from the parser, so
the scripts complete what the command line accepts. Keys (body acronyms, sector
ids) are not completed: they are too many to list, and ``search`` finds them.
"""

from __future__ import annotations

import argparse

__all__ = ["script"]


def _commands(top: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    for action in top._actions:  # noqa: SLF001 - argparse keeps its subparsers there
        if isinstance(action, argparse._SubParsersAction):  # noqa: SLF001
            return dict(action.choices)
    return {}


def _options(parser: argparse.ArgumentParser) -> list[tuple[list[str], list[str]]]:
    """Each option's flags with the choices of its value (empty for a flag)."""
    found = []
    for action in parser._actions:  # noqa: SLF001
        if action.option_strings:
            choices = [str(c) for c in action.choices or ()]
            found.append((list(action.option_strings), choices))
    return found


def _positional_choices(parser: argparse.ArgumentParser) -> list[str]:
    for action in parser._actions:  # noqa: SLF001
        if not action.option_strings and action.choices:
            return [str(c) for c in action.choices]
    return []


def script(top: argparse.ArgumentParser, shell: str) -> str:
    """The completion script of ``top`` for ``shell`` (``bash``, ``zsh`` or ``fish``)."""
    commands = _commands(top)
    if shell == "fish":
        return _fish(top, commands)
    return _bash(top, commands, zsh=shell == "zsh")


def _bash(
    top: argparse.ArgumentParser, commands: dict[str, argparse.ArgumentParser], *, zsh: bool
) -> str:
    prog = top.prog
    name = prog.replace("-", "_")
    lines = [f"# {shell_name(zsh)} completion for {prog}: {prog} completion {shell_name(zsh)}"]
    if zsh:
        lines += [f"#compdef {prog}", "autoload -U +X bashcompinit && bashcompinit"]
    lines += [f"_{name}() {{", "  local cur prev words cword", '  cur="${COMP_WORDS[COMP_CWORD]}"']
    lines += ['  prev="${COMP_WORDS[COMP_CWORD-1]}"', '  local command="${COMP_WORDS[1]}"']
    top_words = " ".join([*commands, *(f for flags, _c in _options(top) for f in flags)])
    lines += [
        '  if [ "$COMP_CWORD" -eq 1 ]; then',
        f'    COMPREPLY=($(compgen -W "{top_words}" -- "$cur"))',
        "    return",
        "  fi",
    ]
    lines.append('  case "$command" in')
    for command, parser in commands.items():
        options = _options(parser)
        lines.append(f"    {command})")
        lines.append('      case "$prev" in')
        for flags, choices in options:
            if choices:
                reply = f'COMPREPLY=($(compgen -W "{" ".join(choices)}" -- "$cur")); return;;'
                lines.append(f"        {'|'.join(flags)}) {reply}")
        lines.append("      esac")
        words = [*(f for flags, _c in options for f in flags), *_positional_choices(parser)]
        lines.append(f'      COMPREPLY=($(compgen -W "{" ".join(words)}" -- "$cur"));;')
    lines += ["  esac", "}", f"complete -o default -F _{name} {prog}", ""]
    return "\n".join(lines)


def shell_name(zsh: bool) -> str:  # noqa: FBT001 - a name for a flag
    """``zsh`` or ``bash``."""
    return "zsh" if zsh else "bash"


def _fish(top: argparse.ArgumentParser, commands: dict[str, argparse.ArgumentParser]) -> str:
    prog = top.prog
    lines = [f"# fish completion for {prog}: {prog} completion fish", f"complete -c {prog} -f"]
    for command, parser in commands.items():
        summary = (parser.description or "").replace("'", "\\'")
        lines.append(f"complete -c {prog} -n __fish_use_subcommand -a {command} -d '{summary}'")
        for flags, choices in _options(parser):
            longs = [f[2:] for f in flags if f.startswith("--")]
            shorts = [f[1:] for f in flags if not f.startswith("--")]
            spec = " ".join([*(f"-l {x}" for x in longs), *(f"-s {x}" for x in shorts)])
            values = f" -r -a '{' '.join(choices)}'" if choices else ""
            lines.append(
                f"complete -c {prog} -n '__fish_seen_subcommand_from {command}' {spec}{values}"
            )
        positional = _positional_choices(parser)
        if positional:
            seen = f"'__fish_seen_subcommand_from {command}'"
            lines.append(f"complete -c {prog} -n {seen} -a '{' '.join(positional)}'")
    return "\n".join(lines) + "\n"
