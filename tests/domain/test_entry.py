import pytest
from kpstamps.domain.entry import (
    check_item_fields,
    check_series_fields,
    format_catalogue_numbers,
    kind_from_word,
    parse_catalogue_numbers,
    parse_count_shortcut,
)
from kpstamps.domain.enums import CatalogueName, ItemKind

S, P, SS = ItemKind.STAMP, ItemKind.POSTCARD, ItemKind.SOUVENIR_SHEET


@pytest.mark.parametrize("text, expected", [
    ("4 stamps + 3 postcards", [S] * 4 + [P] * 3),
    ("4 stamps, 1 souvenir sheet", [S] * 4 + [SS]),
    ("stamp", [S]),
    ("марки 4 и 1 блок", [S] * 4 + [SS]),
    ("4 марки + 3 открытки", [S] * 4 + [P] * 3),
    ("우표 4장, 우편엽서 3장", [S] * 4 + [P] * 3),
    ("邮票4枚+明信片3张", [S] * 4 + [P] * 3),
    ("2 x maxicard; 1 FDC", [ItemKind.MAXIMUM_CARD] * 2 + [ItemKind.FIRST_DAY_COVER]),
])
def test_count_shortcut(text, expected):
    assert parse_count_shortcut(text) == expected


@pytest.mark.parametrize("text, fragment", [
    ("", "4 stamps"),
    ("4 widgets", "“4 widgets” does not name a kind"),
    ("0 stamps", "at least 1"),
    ("4 5 stamps", "more than one number"),
    ("9999 stamps", "more than 500"),
])
def test_count_shortcut_errors(text, fragment):
    with pytest.raises(ValueError, match=fragment):
        parse_count_shortcut(text)


def test_kind_words():
    assert kind_from_word("souvenir_sheet") is SS
    assert kind_from_word("초일봉투") is ItemKind.FIRST_DAY_COVER
    assert kind_from_word("nothing") is None


def test_catalogue_numbers_round_trip():
    pairs = parse_catalogue_numbers("Mi 6789, Sc 5123; KSC 5890a, Mi. 6789, yv:4321, Col 123-456")
    assert pairs == [(CatalogueName.MICHEL, "6789"), (CatalogueName.SCOTT, "5123"), (CatalogueName.KSC, "5890a"),
                     (CatalogueName.YVERT, "4321"), (CatalogueName.COLNECT, "123-456")]
    assert format_catalogue_numbers([(c.value, n) for c, n in pairs]) == "Mi 6789, Sc 5123, KSC 5890a, Yv 4321, Col 123-456"
    assert parse_catalogue_numbers("  ") == []


def test_catalogue_number_without_prefix_is_refused():
    with pytest.raises(ValueError, match="“6789” needs a catalogue abbreviation"):
        parse_catalogue_numbers("Mi 1, 6789")
    with pytest.raises(ValueError, match="Zz 12"):
        parse_catalogue_numbers("Zz 12")


def test_series_checks():
    assert check_series_fields("Ba79", "2024-12", "2025-01-10", 2024) == []
    messages = check_series_fields("Ba79", "2024-02-30", "2025-13", None)
    assert any("Issue date" in m and "does not exist" in m for m in messages)
    assert any("Announced date" in m for m in messages)
    assert check_series_fields("", "2024-12", "", 2023) == ["Year 2023 does not match the issue date 2024-12."]
    assert "Year 1200 is impossible." in check_series_fields("", "", "", 1200)


def test_item_checks():
    assert check_item_fields(1, "stamp", "50", "KPW", "perforated", "Mi 1") == []
    assert check_item_fields(2, "", "", "KPW", "", "") == ["Item 2 has no kind."]
    assert "negative" in check_item_fields(3, "stamp", "-5", "KPW", "", "")[0]
    assert "Item 4" in check_item_fields(4, "stamp", "", "KPW", "", "6789")[0]
