import pytest
from kpstamps.domain.dates import PartialDate
from kpstamps.domain.enums import ItemKind, parse_enum
from kpstamps.domain.money import Money
from kpstamps.domain.sorting import natural_key
from kpstamps.domain.titles import pick_title


def test_catalogue_numbers_sort_naturally():
    numbers = ["100a", "99", "100", "1000", "9"]
    assert sorted(numbers, key=natural_key) == ["9", "99", "100", "100a", "1000"]
    assert natural_key("Ba79") < natural_key("Ba80") < natural_key("Ba100")
    assert natural_key("ＢＡ７９") == natural_key("ba79")  # full-width input folds


@pytest.mark.parametrize("text,iso", [("2024", "2024"), ("2024-12", "2024-12"), ("2024-12-01", "2024-12-01"),
                                      ("2025.1.1", "2025-01-01"), (" 2024/7 ", "2024-07")])
def test_partial_dates_parse(text, iso):
    assert PartialDate.parse(text).iso() == iso


@pytest.mark.parametrize("text", ["2024-13", "2023-02-29", "abc", "24-12", "2024-12-32", ""])
def test_impossible_dates_are_refused(text):
    with pytest.raises(ValueError):
        PartialDate.parse(text)


def test_partial_dates_sort_as_text():
    dates = ["2024-12-02", "2024-12", "2024", "2024-12-01", "2025-01"]
    assert sorted(dates) == ["2024", "2024-12", "2024-12-01", "2024-12-02", "2025-01"]


def test_money_parses_and_refuses_bad_amounts():
    assert Money.parse("12,50", "eur") == Money(1250, "EUR")
    assert str(Money(5, "KPW")) == "0.05 KPW"
    for bad in ("-1", "abc", "nan", "1e20"):
        with pytest.raises(ValueError):
            Money.parse(bad)


def test_titles_fall_back_in_order():
    titles = {"ko": "조로친선", "en": "", "zh": "朝俄友好", "ru": ""}
    assert pick_title(titles, ["en", "zh"]) == "朝俄友好"
    assert pick_title(titles, ["ru"]) == "조로친선"
    assert pick_title({}, ["en"]) == ""


def test_parse_enum_gives_a_helpful_error():
    assert parse_enum(ItemKind, "Souvenir sheet", "kind") is ItemKind.SOUVENIR_SHEET
    with pytest.raises(ValueError, match="expected one of: stamp"):
        parse_enum(ItemKind, "coin", "kind")
