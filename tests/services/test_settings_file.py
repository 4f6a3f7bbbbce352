"""settings.json is read defensively: every bad value falls back to its default with a message."""

from __future__ import annotations

import json
import logging

import pytest
from kpstamps.services.settings.preferences import (
    CustomerProfile,
    Preferences,
    load_preferences,
    save_preferences,
)

BAD_VALUES = {
    "name_order": [["xx"], "en", [], ["en", "en"], [1, 2], None, {"en": 1}],
    "ui_language": ["xx", 3, None, ["en"]],
    "default_currency": ["euro", "eur", 978, None, ""],
    "load_reference": ["yes", 1, None],
    "backup_on_close": ["no", 0, None],
    "backups_to_keep": [-1, "10", 2.5, True, None, 10**9],
}


def _load(tmp_path, data, caplog=None):
    path = tmp_path / "settings.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    problems: list[str] = []
    return load_preferences(path, problems), problems


@pytest.mark.parametrize(("key", "value"), [(k, v) for k, values in BAD_VALUES.items() for v in values])
def test_a_bad_value_falls_back_to_its_default_and_says_so(tmp_path, caplog, key, value):
    good = {"name_order": ["ru", "en"], "ui_language": "ko", "default_currency": "USD", "load_reference": False,
            "backup_on_close": False, "backups_to_keep": 3}
    with caplog.at_level(logging.WARNING):
        prefs, problems = _load(tmp_path, {**good, key: value})
    assert getattr(prefs, key) == getattr(Preferences(), key)
    assert len(problems) == 1 and problems[0].startswith(f"settings: {key} = ") and "default" in problems[0]
    assert problems[0] in caplog.text
    for other, wanted in good.items():  # the other keys keep their (valid) values
        if other != key:
            assert getattr(prefs, other) == wanted


@pytest.mark.parametrize(("field", "value"), [("name", 5), ("address", None), ("email", ["a"]),
                                              ("form_language", "ko"), ("form_language", 1)])
def test_a_bad_customer_value_falls_back(tmp_path, field, value):
    prefs, problems = _load(tmp_path, {"customer": {"name": "Kim", "country": "Korea", field: value}})
    assert getattr(prefs.customer, field) == getattr(CustomerProfile(), field)
    assert prefs.customer.country == "Korea"
    assert len(problems) == 1 and f"customer.{field}" in problems[0]


@pytest.mark.parametrize("customer", ["Kim", 3, ["Kim"]])
def test_a_customer_that_is_no_profile(tmp_path, customer):
    prefs, problems = _load(tmp_path, {"customer": customer})
    assert prefs.customer == CustomerProfile() and len(problems) == 1


@pytest.mark.parametrize("content", ["{not json", "[1, 2]", "\"text\""])
def test_a_damaged_file_gives_the_defaults_with_a_message(tmp_path, content):
    path = tmp_path / "settings.json"
    path.write_text(content, encoding="utf-8")
    problems: list[str] = []
    assert load_preferences(path, problems) == Preferences()
    assert len(problems) == 1 and "settings.json" in problems[0]


def test_missing_file_and_good_file_say_nothing(tmp_path):
    problems: list[str] = []
    assert load_preferences(tmp_path / "none.json", problems) == Preferences() and problems == []
    prefs = Preferences(name_order=["zh", "ko"], ui_language="ru", backups_to_keep=0,
                        customer=CustomerProfile(name="Kim", form_language="ru"))
    save_preferences(tmp_path / "settings.json", prefs)
    assert load_preferences(tmp_path / "settings.json", problems) == prefs and problems == []
    _prefs, unknown = _load(tmp_path, {"future_key": 1})  # keys of later versions are ignored
    assert unknown == []
