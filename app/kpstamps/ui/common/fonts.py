"""Register the bundled CJK font: the function lives in services (the PDF renderer needs it too)."""

from __future__ import annotations

from kpstamps.printing.fonts import CJK_FAMILY, register_bundled_fonts

__all__ = ["CJK_FAMILY", "register_bundled_fonts"]
