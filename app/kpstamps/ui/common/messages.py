"""Messages from the Qt-free layers (search hints, series checks) in the UI language.

`domain/` and `services/` write one-line English messages (the CLI prints them as they are).
The GUI shows them through `translated()`, which recognises each known message by its shape,
translates the template with `tr()` (so lupdate files it in the .ts files) and translates the
parts it quotes (a date error inside "Issue date: …"). An unknown message is shown as it is.
Keep the patterns in step with domain/query/{tokenizer,parser}.py, domain/entry.py,
domain/dates.py and services/editing/series.py (tests/ui/test_messages.py feeds real ones).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from kpstamps.ui.common.i18n import tr

_Rule = tuple[re.Pattern[str], Callable[[re.Match[str]], str]]


def _inner(m: re.Match[str], group: str = "inner") -> str:
    return translated(m.group(group))


def _rules() -> list[_Rule]:
    """(pattern, translation) pairs; built on each call so `tr` sees the current language."""
    rules = [*_search_hint_rules(), *_series_check_rules(), *_quoted_part_rules()]
    return [(re.compile(pattern + r"\Z", re.DOTALL), make) for pattern, make in rules]


def _search_hint_rules() -> list[tuple[str, Callable[[re.Match[str]], str]]]:
    """Hints of the search language (domain/query)."""
    return [
        (r"Only the first (?P<n>\d+) characters of the search are used\.",
         lambda m: tr("Only the first {n} characters of the search are used.").format(n=m["n"])),
        (r"A quote is not closed; the rest of the search is read as one phrase\.",
         lambda m: tr("A quote is not closed; the rest of the search is read as one phrase.")),
        (r"Only the first (?P<n>\d+) search terms are used\.",
         lambda m: tr("Only the first {n} search terms are used.").format(n=m["n"])),
        (r"A closing bracket has no opening bracket; it is ignored\.",
         lambda m: tr("A closing bracket has no opening bracket; it is ignored.")),
        (r"A bracket is not closed; it is closed at the end\.",
         lambda m: tr("A bracket is not closed; it is closed at the end.")),
        (r"(?P<name>\w+): needs a value, for example (?P<example>.+)\.",
         lambda m: tr("{name}: needs a value, for example {example}.").format(
             name=m["name"], example=m["example"].replace(" or ", " / "))),
        (r"year:(?P<value>.*) is not a year; write year:2024 or year:2020\.\.2024\.",
         lambda m: tr("year:{value} is not a year; write year:2024 or year:2020..2024.").format(value=m["value"])),
        (r"Unknown (?P<what>kind|condition) (?P<value>.+); expected one of: (?P<valid>.+)\.",
         lambda m: tr("Unknown {what} {value}; expected one of: {valid}.").format(
             what=m["what"], value=m["value"], valid=m["valid"])),
    ]


def _series_check_rules() -> list[tuple[str, Callable[[re.Match[str]], str]]]:
    """Checks of the series dialog (domain/entry, services/editing)."""
    inner = _inner
    return [
        (r"The serial is longer than 40 characters\.", lambda m: tr("The serial is longer than 40 characters.")),
        (r"Issue date: (?P<inner>.+)\.", lambda m: tr("Issue date: {error}.").format(error=inner(m))),
        (r"Announced date: (?P<inner>.+)\.", lambda m: tr("Announced date: {error}.").format(error=inner(m))),
        (r"Year (?P<year>-?\d+) is impossible\.", lambda m: tr("Year {year} is impossible.").format(year=m["year"])),
        (r"Year (?P<year>-?\d+) does not match the issue date (?P<date>\S+)\.",
         lambda m: tr("Year {year} does not match the issue date {date}.").format(year=m["year"], date=m["date"])),
        (r"Item (?P<n>\d+) has no kind\.", lambda m: tr("Item {n} has no kind.").format(n=m["n"])),
        (r"Item (?P<n>\d+): unknown kind “(?P<kind>.*)”\.",
         lambda m: tr("Item {n}: unknown kind “{kind}”.").format(n=m["n"], kind=m["kind"])),
        (r"Item (?P<n>\d+): face value (?P<inner>.+)\.",
         lambda m: tr("Item {n}: face value {error}.").format(n=m["n"], error=inner(m))),
        (r"Item (?P<n>\d+): currency “(?P<c>.*)” is not a three-letter code\.",
         lambda m: tr("Item {n}: currency “{currency}” is not a three-letter code.").format(n=m["n"], currency=m["c"])),
        (r"Item (?P<n>\d+): unknown perforation “(?P<p>.*)”\.",
         lambda m: tr("Item {n}: unknown perforation “{perforation}”.").format(n=m["n"], perforation=m["p"])),
        (r"Item (?P<n>\d+): (?P<inner>.+)\.", lambda m: tr("Item {n}: {error}.").format(n=m["n"], error=inner(m))),
        (r"Serial (?P<s>.+) is already used by another series\.",
         lambda m: tr("Serial {serial} is already used by another series.").format(serial=m["s"])),
        (r"Give the series a serial or a title\.", lambda m: tr("Give the series a serial or a title.")),
        (r"A new theme needs a key and an English name\.", lambda m: tr("A new theme needs a key and an English name.")),
    ]


def _quoted_part_rules() -> list[tuple[str, Callable[[re.Match[str]], str]]]:
    """Parts quoted by the messages above (domain/dates, domain/money, domain/entry)."""
    return [
        (r"(?P<text>.+) is not a date \(use YYYY, YYYY-MM or YYYY-MM-DD\)",
         lambda m: tr("{text} is not a date (use YYYY, YYYY-MM or YYYY-MM-DD)").format(text=m["text"])),
        (r"year (?P<y>-?\d+) is out of range", lambda m: tr("year {year} is out of range").format(year=m["y"])),
        (r"a day needs a month", lambda m: tr("a day needs a month")),
        (r"month (?P<m>-?\d+) does not exist", lambda m: tr("month {month} does not exist").format(month=m["m"])),
        (r"(?P<d>\d{4}-\d\d-\d\d) does not exist", lambda m: tr("{date} does not exist").format(date=m["d"])),
        (r"(?P<t>.+) is not an amount", lambda m: tr("{text} is not an amount").format(text=m["t"])),
        (r"amount (?P<t>.+) is negative", lambda m: tr("amount {text} is negative").format(text=m["t"])),
        (r"amount (?P<t>.+) is too large", lambda m: tr("amount {text} is too large").format(text=m["t"])),
        (r"type something like “4 stamps \+ 3 postcards”",
         lambda m: tr("type something like “{example}”").format(example=tr("4 stamps + 3 postcards"))),
        (r"“(?P<p>.*)” has more than one number", lambda m: tr("“{part}” has more than one number").format(part=m["p"])),
        (r"“(?P<p>.*)” does not name a kind of item \(stamp, postcard, souvenir sheet…\)",
         lambda m: tr("“{part}” does not name a kind of item (stamp, postcard, souvenir sheet…)").format(part=m["p"])),
        (r"“(?P<p>.*)”: the count must be at least 1",
         lambda m: tr("“{part}”: the count must be at least 1").format(part=m["p"])),
        (r"more than (?P<n>\d+) items in one shortcut",
         lambda m: tr("more than {n} items in one shortcut").format(n=m["n"])),
        (r"“(?P<p>.*)” needs a catalogue abbreviation before the number \((?P<k>.*)\)",
         lambda m: tr("“{part}” needs a catalogue abbreviation before the number ({known})").format(
             part=m["p"], known=m["k"])),
    ]


def translated(message: str) -> str:
    """`message` in the UI language when it is one the app knows, else unchanged."""
    for pattern, make in _rules():
        match = pattern.match(message)
        if match:
            return make(match)
    return message


def translated_all(messages: list[str]) -> list[str]:
    return [translated(m) for m in messages]
