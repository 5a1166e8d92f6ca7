"""Reading back the PDFs the site writes, as a recipient's program would."""

import io

from pypdf import PdfReader


def pdf_reader(data: bytes) -> PdfReader:
    return PdfReader(io.BytesIO(data), strict=True)


def pdf_text(data: bytes) -> str:
    return "\n".join(page.extract_text() for page in pdf_reader(data).pages)
