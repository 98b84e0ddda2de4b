"""The fast paths give exactly what the slow ones give.

The compiled cache of the packaged data equals what the YAML loads to and is used only
when it matches; the loader's shortcuts agree with PyYAML and Unicode folding.
"""

from __future__ import annotations

import unicodedata

import yaml
from hypothesis import given
from hypothesis import strategies as st

from ascc_model import _load
from ascc_model._registry import _FOLD, normalize

# -- the loader's and the index's shortcuts ------------------------------------------


def _normalize_slowly(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    folded = "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()
    folded = " ".join(folded.translate(_FOLD).split())
    return folded.replace(" +", "+").replace("+ ", "+")


@given(st.text())
def test_normalize_matches_full_unicode_folding(text: str) -> None:
    assert normalize(text) == _normalize_slowly(text)


@given(st.text(alphabet=st.characters(max_codepoint=127)))
def test_normalize_of_ascii_matches_full_unicode_folding(text: str) -> None:
    assert normalize(text) == _normalize_slowly(text)


_SCALARS = st.one_of(
    st.text(),
    st.sampled_from(
        [
            "",
            "~",
            "null",
            "NO",
            "yes",
            "On",
            "1.10",
            "012",
            "0x1F",
            ".inf",
            "-.5",
            "<<",
            "=",
            "2002-06-10",
            "1_000",
            "+1",
            "committee",
            "P1Y",
            "true",
            "False",
            "9:30",
        ]
    ),
)


@given(_SCALARS)
def test_the_implicit_tag_shortcut_agrees_with_pyyaml(value: str) -> None:
    expected = yaml.resolver.Resolver().resolve(yaml.ScalarNode, value, (True, False))  # type: ignore[no-untyped-call]
    assert _load._tag(value) == expected
