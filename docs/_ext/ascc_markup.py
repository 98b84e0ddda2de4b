"""Docstring text (reST inline markup) as MyST Markdown, for the generated pages.

Summaries taken from the library's docstrings use reST: ````code````, roles such as
``:class:`~ascc_model.Body```. In Markdown the code stays code, and a role stays a
cross-reference only where it names something the API reference documents (a name in
``ascc_model.__all__``); a reference to a private module or name becomes code, since
nothing documents it. No Sphinx import here.
"""

from __future__ import annotations

import re

import ascc_model

#: First words that are names, and keep their capital.
_NAMES = frozenset({"Indonesia", "Indonesian", "English", "Graphviz", "Mermaid"})

_ROLE = re.compile(r":(?:py:)?(\w+):`([^`]+)`")


def _public(target: str) -> bool:
    name = target.lstrip("~").removeprefix("ascc_model.")
    return name.split(".", 1)[0] in ascc_model.__all__


def myst_inline(text: str) -> str:
    """Inline reST markup of a docstring as MyST: roles, and code in double backquotes."""

    def role(match: re.Match[str]) -> str:
        kind, target = match[1], match[2]
        if _public(target):
            if not target.lstrip("~").startswith("ascc_model."):
                target = "~ascc_model." + target.lstrip("~")
            return f"{{py:{kind}}}`{target}`"
        return f"`{target.lstrip('~')}`"

    return _ROLE.sub(role, text)


def summary(doc: str | None) -> str:
    """The first paragraph of a docstring, on one line, as MyST."""
    first = (doc or "").strip().split("\n\n", 1)[0]
    return myst_inline(" ".join(first.split()))


def lower_first(text: str) -> str:
    """``text`` with its first word in small letters, unless it is an acronym or a name."""
    word = text.split(" ", 1)[0]
    if word[:1].isupper() and (len(word) == 1 or word[1:].islower()) and word not in _NAMES:
        return text[0].lower() + text[1:]
    return text
