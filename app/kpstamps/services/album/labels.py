"""Words printed on album pages and lists that the glossary has no entry for, in four languages.

The glossary (resources/reference/glossary.csv) stays the source for kinds, conditions and
order-form words; `label` falls back to it for any key it does not know here.
"""

from __future__ import annotations

from kpstamps.services.catalogue.glossary import term

LABELS: dict[str, dict[str, str]] = {
    "continued": {"en": "(continued)", "ko": "(계속)", "zh": "（续）", "ru": "(продолжение)"},
    "album": {"en": "Album", "ko": "우표첩", "zh": "集邮册", "ru": "Альбом"},
    "list.checklist": {"en": "Checklist", "ko": "점검표", "zh": "核对清单", "ru": "Контрольный список"},
    "list.wanted": {"en": "Want list", "ko": "구입희망목록", "zh": "求购清单", "ru": "Список желаемого"},
    "list.swap": {"en": "Swap list", "ko": "교환목록", "zh": "交换清单", "ru": "Список для обмена"},
    "col.tick": {"en": "✓", "ko": "✓", "zh": "✓", "ru": "✓"},
    "col.series": {"en": "Series", "ko": "묶음", "zh": "套票", "ru": "Серия"},
    "col.year": {"en": "Year", "ko": "년도", "zh": "年份", "ru": "Год"},
    "col.face_value": {"en": "Face value", "ko": "액면가", "zh": "面值", "ru": "Номинал"},
    "col.owned": {"en": "Owned", "ko": "소장", "zh": "已有", "ru": "Есть"},
    "col.keep": {"en": "Keep", "ko": "보관", "zh": "保留", "ru": "Оставить"},
    "col.spare": {"en": "For swap", "ko": "교환용", "zh": "可交换", "ru": "Для обмена"},
    "col.max_price": {"en": "Max. price", "ko": "최고가격", "zh": "最高价", "ru": "Макс. цена"},
    "col.note": {"en": "Note", "ko": "비고", "zh": "备注", "ru": "Примечание"},
    "assumed": {"en": "size assumed", "ko": "크기 추정", "zh": "尺寸为估计", "ru": "размер условный"},
}


def label(key: str, lang: str, **values: object) -> str:
    """`key` in `lang` (English if missing); unknown keys come from the glossary."""
    entry = LABELS.get(key)
    if entry is None:
        return term(key, lang, **values)
    text = entry.get(lang) or entry["en"]
    return text.format(**values) if values else text


def all_labels(lang: str) -> str:
    """Every label in `lang`, run together: characters a PDF must be able to map back."""
    return "".join(label(key, lang) for key in LABELS)
