"""The bundle PDF: written by fpdf2 with a Unicode font, readable by any PDF program."""

from types import SimpleNamespace

from hypothesis import given, settings

from core.text import one_line
from helpdesk.pdf import bundle_document
from tests.core.documents import pdf_reader, pdf_text
from tests.core.hostile import hostile_text


def bundle(title="Pakket", introduction=""):
    return SimpleNamespace(title=title, introduction=introduction)


def item(title="Voorbeeld", summary="", comment="", available=True):
    return SimpleNamespace(
        title=title,
        url="https://kennisbank.example/voorbeeld/",
        summary=summary,
        comment=comment,
        available=available,
    )


def test_dutch_and_other_letters_come_out_as_written():
    data = bundle_document(
        bundle("Zorgcoöperatie (Brabant) — café’s"), [item("Łódź, İstanbul en Ærø", "naïef €5")]
    )

    text = pdf_text(data)
    assert "Zorgcoöperatie (Brabant) — café’s" in text
    assert "Łódź, İstanbul en Ærø" in text and "naïef €5" in text


def test_the_title_is_in_the_document_information():
    assert pdf_reader(bundle_document(bundle("Vragen over de Wmo"), [])).metadata.title == (
        "Vragen over de Wmo"
    )


def test_long_text_continues_on_a_new_page():
    data = bundle_document(bundle(introduction="woord " * 8000), [])

    assert len(pdf_reader(data).pages) > 1


def test_an_item_no_longer_available_shows_only_that():
    text = pdf_text(bundle_document(bundle(), [item("Geheim", "samenvatting", available=False)]))

    assert "Niet meer beschikbaar" in text and "Geheim" not in text


@settings(max_examples=40, deadline=None)
@given(title=hostile_text, introduction=hostile_text, summary=hostile_text)
def test_any_text_makes_a_pdf_that_opens_and_whose_text_extracts(title, introduction, summary):
    data = bundle_document(bundle(title, introduction), [item("Voorbeeld", summary)])

    reader = pdf_reader(data)
    text = "\n".join(page.extract_text() for page in reader.pages)
    assert "Voorbeeld" in text
    assert reader.metadata.title in (None, one_line(title))
