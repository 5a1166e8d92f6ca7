"""Text documents as PDF, written by fpdf2 with a Unicode TrueType font (DejaVu Sans).

Any stored text can be written: characters that are not text are left out first
(``core.text``), and a character the font lacks is shown as an empty box, never an error.
"""

import logging
from dataclasses import dataclass

from django.conf import settings

from fpdf import FPDF

from core.text import clean_text, one_line

FONT = "DejaVuSans"
FONT_FILES = {"": "DejaVuSans.ttf", "B": "DejaVuSans-Bold.ttf"}
PRODUCER = "Kennisbank NLZVE"

# fpdf2 warns about every glyph the font lacks (Chinese, some emoji); the box is expected.
logging.getLogger("fpdf.output").setLevel(logging.ERROR)
logging.getLogger("fontTools.subset").setLevel(logging.WARNING)


@dataclass(frozen=True)
class Style:
    size: float
    bold: bool = False


def font_paths() -> list:
    return [settings.PDF_FONT_DIR / name for name in FONT_FILES.values()]


class TextDocument:
    """A4 pages of paragraphs, broken into lines and pages by fpdf2."""

    def __init__(self, *, title: str = ""):
        self.pdf = FPDF(format="A4", unit="pt")
        self.pdf.set_margins(56, 56)
        self.pdf.set_auto_page_break(True, margin=56)
        for style, name in FONT_FILES.items():
            self.pdf.add_font(FONT, style, settings.PDF_FONT_DIR / name)
        if title:
            self.pdf.set_title(one_line(title))
        self.pdf.set_producer(PRODUCER)
        self.pdf.set_creator(PRODUCER)
        self.pdf.add_page()

    def paragraph(self, text: str, style: Style) -> None:
        self.pdf.set_font(FONT, "B" if style.bold else "", style.size)
        self.pdf.multi_cell(0, style.size * 1.45, clean_text(text or ""), new_x="LMARGIN")

    def space(self, style: Style) -> None:
        self.pdf.ln(style.size * 1.45)

    def output(self) -> bytes:
        return bytes(self.pdf.output())
