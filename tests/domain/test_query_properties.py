"""Property tests of the search language: any text parses, without an exception, to a tree
no deeper than the bracket limit allows; what cannot be understood is explained in hints."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from kpstamps.domain.query.ast import And, Not, Or
from kpstamps.domain.query.parser import MAX_DEPTH, parse

# Text made mostly of the characters the tokenizer treats specially.
SEARCH_TEXT = st.text(alphabet=st.sampled_from(list('()"-: OR AND or year:kind:theme:mi:cat:…우표邮票марка1920.')) |
                      st.characters(), max_size=300)


def _depth(node) -> int:
    if isinstance(node, (And, Or)):
        return 1 + max((_depth(child) for child in node.nodes), default=0)
    if isinstance(node, Not):
        return 1 + _depth(node.node)
    return 0


@settings(max_examples=400, deadline=None)
@given(SEARCH_TEXT)
def test_any_text_parses_without_an_exception(text):
    result = parse(text)
    assert all(isinstance(hint, str) and hint for hint in result.hints)
    assert _depth(result.node) <= 2 * (MAX_DEPTH + 2)


@settings(max_examples=60, deadline=None)
@given(st.integers(min_value=0, max_value=5000), st.integers(min_value=0, max_value=5000), st.text(max_size=20))
def test_deep_and_unbalanced_brackets_are_limited_with_a_hint(opens, closes, word):
    result = parse("(" * opens + (word or "x") + ")" * closes)
    assert _depth(result.node) <= 2 * (MAX_DEPTH + 2)
    if opens > MAX_DEPTH:
        assert any("deeper than" in hint for hint in result.hints)
