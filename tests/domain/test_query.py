"""The search language: tokenizer, parser and normalisation (pure Python)."""

import pytest
from kpstamps.domain.normalise import query_forms, romanisation_fold, search_text
from kpstamps.domain.query import parse
from kpstamps.domain.query.ast import (
    And,
    ConditionIs,
    Flag,
    KindIs,
    Not,
    NumberIs,
    Or,
    SerialIs,
    Text,
    ThemeIs,
    YearRange,
)


@pytest.mark.parametrize("text, node", [
    ("friendship", Text("friendship")),
    ("a b", And((Text("a"), Text("b")))),
    ("a b OR c", Or((And((Text("a"), Text("b"))), Text("c")))),
    ('"table tennis"', Text("table tennis")),
    ("-postcard", Not(Text("postcard"))),
    ("theme:sport", ThemeIs("sport")),
    ("year:2024", YearRange(2024, 2024)),
    ("year:2020..2024", YearRange(2020, 2024)),
    ("year:2024..2020", YearRange(2020, 2024)),
    ("year:..1950", YearRange(None, 1950)),
    ("kind:postcard", KindIs("postcard")),
    ("kind:souvenir-sheet", KindIs("souvenir_sheet")),
    ("serial:Ba79", SerialIs("Ba79")),
    ('cat:"Mi 6789"', NumberIs("michel", "6789")),
    ("cat:6789", NumberIs(None, "6789")),
    ("mi:6789", NumberIs("michel", "6789")),
    ("scott:5123", NumberIs("scott", "5123")),
    ("sg:12", NumberIs("sg", "12")),
    ("yv:12", NumberIs("yvert", "12")),
    ("yvert:12", NumberIs("yvert", "12")),
    ("ksc:1", NumberIs("ksc", "1")),
    ("colnect:99", NumberIs("colnect", "99")),
    ("owned", Flag("owned")),
    ("-wanted", Not(Flag("wanted"))),
    ("missing", Flag("missing")),
    ("condition:used", ConditionIs("used")),
    ("-kind:postcard", Not(KindIs("postcard"))),
    ("12:30", Text("12:30")),
    ("(a OR b) c", And((Or((Text("a"), Text("b"))), Text("c")))),
])
def test_parse(text, node):
    result = parse(text)
    assert result.node == node
    assert result.hints == []


@pytest.mark.parametrize("text, hint", [
    ('"unbalanced', "quote"),
    ("year:abc", "year:abc"),
    ("kind:spaceship", "kind"),
    ("condition:shiny", "condition"),
    ("a)", "bracket"),
    ("(a", "bracket"),
    ("x" * 10_000, "first"),
    ("year:", "year:"),
])
def test_bad_input_gives_hints_not_errors(text, hint):
    result = parse(text)
    assert any(hint in h for h in result.hints)


@pytest.mark.parametrize("text", ["", "   ", "-", "()", '""', "OR", "😀", "NEAR(a b) * ^ :", "\x00", "a" * 10_000])
def test_odd_input_never_raises(text):
    parse(text)


def test_empty_search_is_no_filter():
    assert parse("").node is None


def test_romanisation_variants_meet():
    assert romanisation_fold("phyongyang") == romanisation_fold("pyeongyang") == "pyongyang"
    assert romanisation_fold("chinson") == romanisation_fold("chinseon")
    assert "pyongyang" in search_text("평양")
    assert "chinseon" in search_text("친선") and "youhao" in search_text("友好")
    assert "druzhba" in search_text("Дружба")


def test_query_forms_fold_case_and_width():
    assert query_forms("ＦＲＩＥＮＤ") == ["friend"]
    assert query_forms("Phyongyang") == ["phyongyang", "pyongyang"]
    assert query_forms("  ") == []
