"""Countries, currencies, amounts and catalogue numbers as other programs write them."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st
from kpstamps.domain.amounts import currency_code, evaluate, read_amount
from kpstamps.domain.catalogue_numbers import (
    block_key,
    format_number,
    parse_codes,
    split_number,
)
from kpstamps.domain.countries import country_code
from kpstamps.domain.query import parse
from kpstamps.domain.query.ast import CountryIs, NumberIs


def test_countries():
    assert country_code("Korea, North") == country_code("North Korea") == country_code("kp") == "KP"
    assert country_code("Andorra, Spanish") == "AD" and country_code("Atlantis") is None


@pytest.mark.parametrize(("text", "code"), [("₩ - North Korean won", "KPW"), ("Pta - Spanish peseta", "ESP"),
                                             ("Won", "KPW"), ("EUR", "EUR"), ("Xy - Imaginary crown", None)])
def test_currencies(text, code):
    assert currency_code(text) == code


def test_face_value_expressions_are_evaluated_without_eval():
    assert evaluate("3*80") == Decimal(240) and evaluate("(2+3)*1,5") == Decimal("7.5")
    for bad in ("__import__('os').system('x')", "2**1000", "1/0", "9" * 200, "a*2", "[1]"):
        with pytest.raises(ValueError):
            evaluate(bad)


@given(st.text(max_size=60))
def test_evaluate_only_raises_value_error(text):
    try:
        evaluate(text)
    except ValueError:
        pass


def test_free_text_amounts():
    assert read_amount("5 chon").cents == 5 and read_amount("5 chon").currency == "KPW"
    assert (read_amount("1.50 Won").cents, read_amount("€3").currency) == (150, "EUR")
    assert read_amount("a few lek") is None and read_amount("30").currency is None


def test_catalogue_codes_and_blocks():
    found, problems = parse_codes("Mi:KP 1155, Sn:KP 1050, Yt:AR BF174, Gz :AR BL164, WAD:AR023MS.2021, Xx:1")
    assert [(c, p.country, p.number) for c, p in found] == [
        ("michel", "KP", "1155"), ("scott", "KP", "1050"), ("yvert", "AR", "BF174"), ("gz", "AR", "BL164"),
        ("wad", "", "AR023MS.2021")]
    assert problems and "Xx:1" in problems[0]
    parts = split_number("7005 (Bl. 900)")
    assert (parts.number, parts.block, parts.warning) == ("7005", "Bl. 900", "")
    assert split_number("KP:1144x").country == "KP" and split_number("MS 2912").country == ""
    assert format_number("7005", "AL", "Bl. 900") == "AL:7005 (Bl. 900)"
    assert block_key("Bl. 900") == block_key("bl900") == block_key("BL 900")
    assert split_number("see (the note)").warning


@given(st.text(max_size=40))
def test_split_number_round_trips_through_its_text(text):
    parts = split_number(text)
    again = split_number(format_number(parts.number, parts.country, parts.block))
    assert (again.number, again.country, again.block) == (parts.number, parts.country, parts.block) or parts.warning


def test_country_and_new_catalogue_search_terms():
    assert parse("country:AL").node == CountryIs("AL")
    assert parse('country:"North Korea"').node == CountryIs("KP")
    assert parse("country:Atlantis").node is None and parse("country:Atlantis").hints
    assert parse("mi:bl900").node == NumberIs("michel", "bl900")
    assert parse("edi:11").node == NumberIs("edifil", "11")
