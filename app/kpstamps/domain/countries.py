"""Countries of series: ISO 3166-1 alpha-2 codes, and the names import files write for them.

KP Stamps is a DPRK catalogue, so `KP` is the default; collections brought in from Colnect,
Tellico or GCstar mix countries (topical collectors do) and keep theirs. Names are compared
case-folded; Colnect writes "Korea, North", Tellico users "North Korea" or "DPRK".
"""

from __future__ import annotations

import re

DEFAULT_COUNTRY = "KP"
UNKNOWN_COUNTRY = "ZZ"  # ISO 3166 user-assigned: a country the file names but we cannot code

# English names (and the forms import files use) → code. Not the whole of ISO 3166: names
# missing here are reported, and a Colnect number's country prefix still gives the code.
_NAMES: dict[str, tuple[str, ...]] = {
    "KP": ("north korea", "korea, north", "korea (north)", "dprk", "d.p.r. korea", "dpr korea",
           "korea, democratic people's republic of", "democratic people's republic of korea", "조선", "북한"),
    "KR": ("south korea", "korea, south", "korea (south)", "republic of korea", "korea, republic of", "한국"),
    "AD": ("andorra", "andorra, spanish", "andorra, french"), "AL": ("albania",), "AR": ("argentina",),
    "AT": ("austria",), "AU": ("australia",), "BE": ("belgium",), "BG": ("bulgaria",), "BR": ("brazil",),
    "BY": ("belarus",), "CA": ("canada",), "CH": ("switzerland",), "CN": ("china", "china, people's republic",
    "people's republic of china", "中国"), "CU": ("cuba",), "CZ": ("czech republic", "czechia"),
    "CS": ("czechoslovakia",), "DD": ("german democratic republic", "germany, democratic republic (ddr)", "gdr",
    "ddr", "east germany"), "DE": ("germany", "germany, federal republic", "federal republic of germany"),
    "DK": ("denmark",), "EG": ("egypt",), "ES": ("spain",), "FI": ("finland",), "FR": ("france",),
    "GB": ("united kingdom", "great britain", "uk"), "GR": ("greece",), "HU": ("hungary",), "IN": ("india",),
    "IT": ("italy",), "JP": ("japan", "日本"), "KH": ("cambodia",), "LA": ("laos",), "MN": ("mongolia",),
    "MX": ("mexico",), "NL": ("netherlands",), "NO": ("norway",), "PL": ("poland",), "PT": ("portugal",),
    "RO": ("romania",), "RU": ("russia", "russian federation", "россия"), "SE": ("sweden",),
    "SU": ("soviet union", "ussr", "u.s.s.r.", "ссср"), "SY": ("syria",), "TW": ("taiwan", "china, republic (taiwan)"),
    "UA": ("ukraine",), "US": ("united states", "united states of america", "usa", "u.s.a."),
    "VN": ("vietnam", "viet nam", "vietnam, north", "north vietnam"), "YU": ("yugoslavia",),
}
NAMES: dict[str, str] = {name: code for code, names in _NAMES.items() for name in names}
ENGLISH: dict[str, str] = {code: names[0].title() for code, names in _NAMES.items()}
ENGLISH["KP"] = "North Korea (DPRK)"
_CODE = re.compile(r"^[A-Z]{2}$")


def country_code(text: str | None) -> str | None:
    """The ISO code of a country name or code (`"Korea, North"` → `KP`, `"al"` → `AL`); None if unknown."""
    cleaned = " ".join((text or "").split())
    if not cleaned:
        return None
    if _CODE.match(cleaned.upper()) and len(cleaned) == 2:
        return cleaned.upper()
    return NAMES.get(cleaned.casefold())


def country_name(code: str) -> str:
    """An English name for `code` (the code itself when none is known)."""
    return ENGLISH.get(code, code)
