"""What the import dialog's column mapping calls each field of our CSV: the collector's
words ("Item title (English)", "Michel number"), not the column names (`title_en`, `michel`)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from kpstamps.domain.enums import CatalogueName
from kpstamps.services.catalogue import glossary


def tr(text: str) -> str:
    return QCoreApplication.translate("FieldLabels", text)


def _labels() -> dict[str, str]:
    return {
        "serial": tr("Serial (KSC)"), "issue_date": tr("Issue date"), "year": tr("Year"),
        "announced": tr("Announced on"), "series_title_ko": tr("Series title (Korean)"),
        "series_title_en": tr("Series title (English)"), "series_title_zh": tr("Series title (Chinese)"),
        "series_title_ru": tr("Series title (Russian)"), "series_notes": tr("Series notes"),
        "series_source": tr("Series source"), "themes": tr("Themes"), "series_scans": tr("Series scans (JSON)"),
        "country": tr("Country"), "position": tr("Position in the series"), "kind": tr("Kind"),
        "title_ko": tr("Item title (Korean)"), "title_en": tr("Item title (English)"),
        "title_zh": tr("Item title (Chinese)"), "title_ru": tr("Item title (Russian)"),
        "description": tr("Description"), "face_value": tr("Face value"), "currency": tr("Currency"),
        "perforation": tr("Perforated or imperforate"), "perf_gauge": tr("Perforation gauge"),
        "format": tr("Format or size"), "source_id": tr("Id in the source"), "source_link": tr("Link to the source"),
        "width_mm": tr("Width (mm)"), "height_mm": tr("Height (mm)"), "face_value_text": tr("Face value as written"),
        "numbers": tr("Catalogue numbers (Mi:6789, Sc:5123)"), "holdings": tr("Holdings (JSON)"),
        "wants": tr("Wants (JSON)"), "catalogue_values": tr("Catalogue values (JSON)"), "scans": tr("Scans (JSON)"),
    }


def field_labels(lang: str = "en") -> dict[str, str]:
    """{field: label} in the UI language `lang`; catalogue columns are named by the glossary."""
    labels = _labels()
    for catalogue in CatalogueName:
        name = glossary.term(f"catalogue.{catalogue.value}", lang)
        labels[catalogue.value] = tr("{catalogue} number").format(catalogue=name)
    return labels
