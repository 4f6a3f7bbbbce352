"""Help → About: version and licences."""

from __future__ import annotations

from html import escape

import PySide6
from PIL import __version__ as pillow_version
from PySide6.QtWidgets import QMessageBox, QWidget

from kpstamps import __version__
from kpstamps.db.session import SQLALCHEMY_VERSION
from kpstamps.ui.common.i18n import tr


def about_text() -> str:
    intro = tr("A catalogue for collectors of stamps of the DPRK (North Korea).")
    licence = tr("Licence")
    reference = tr("Reference data: Radio Free Asia (10 January 2025) and Wikipedia, North Korean Postal Service.")
    return (
        f"<h3>KP Stamps {escape(__version__)}</h3>"
        f"<p>{escape(intro)}</p>"
        f"<p>{escape(licence)}: GPL-3.0-or-later.</p>"
        "<p>Qt for Python (PySide6) " + escape(PySide6.__version__) + ", LGPL-3.0; "
        "SQLAlchemy " + escape(SQLALCHEMY_VERSION) + ", MIT; Alembic, MIT; "
        "Pillow " + escape(pillow_version) + ", MIT-CMU; platformdirs, MIT; anyascii, ISC; defusedxml, PSF.</p>"
        "<p>Noto Sans CJK SC (subset), © Adobe, SIL Open Font License 1.1.</p>"
        f"<p>{escape(reference)}</p>"
    )


def make_about_box(parent: QWidget) -> QMessageBox:
    """The box, not yet shown (tests inspect it; the window calls open())."""
    box = QMessageBox(parent)
    box.setWindowTitle(tr("About KP Stamps"))
    box.setTextFormat(box.textFormat().RichText)
    box.setText(about_text())
    return box
