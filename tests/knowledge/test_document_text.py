"""A whitepaper is found by the words in its PDF, and stays in step when the file changes."""

from django.core.files.base import ContentFile

from wagtail.documents import get_document_model

import pytest

from knowledge.models import DocumentText
from search.query import SearchQuery
from search.service import search
from tests.uploads import upload_files as files

from .factories import WhitepaperPageFactory

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("private_root")]

OLD_WORD = "klompenzwaluw"
NEW_WORD = "fietsenkoerier"


def pdf_document(text: str):
    document = get_document_model()(title="Whitepaper als PDF")
    document.file.save("whitepaper.pdf", ContentFile(files.pdf_with_text(text)), save=False)
    document.save()
    return document


def found(word: str) -> list[str]:
    return [hit.url for hit in search(SearchQuery(text=word, locale="nl")).hits]


@pytest.fixture
def whitepaper(knowledge_index, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        document = pdf_document(f"Alleen de PDF noemt de {OLD_WORD} bij naam.")
        page = WhitepaperPageFactory(parent=knowledge_index, pdf=document)
        page.save_revision().publish()
    return page


def test_whitepaper_is_found_by_a_word_only_its_pdf_contains(whitepaper):
    assert found(OLD_WORD) == [whitepaper.url]


def test_replacing_the_pdf_file_replaces_the_words_it_is_found_by(
    whitepaper, django_capture_on_commit_callbacks
):
    document = whitepaper.pdf
    with django_capture_on_commit_callbacks(execute=True):
        document.file.save(
            "whitepaper-2.pdf",
            ContentFile(files.pdf_with_text(f"De nieuwe versie gaat over de {NEW_WORD}.")),
            save=False,
        )
        document.save()

    assert found(OLD_WORD) == []
    assert found(NEW_WORD) == [whitepaper.url]


def test_another_pdf_on_the_page_replaces_the_words(whitepaper, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        whitepaper.pdf = pdf_document(f"Een ander document over de {NEW_WORD}.")
        whitepaper.save_revision().publish()

    assert found(OLD_WORD) == []
    assert found(NEW_WORD) == [whitepaper.url]


def test_deleting_the_pdf_takes_its_words_out_of_search(
    whitepaper, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        whitepaper.pdf.delete()

    assert found(OLD_WORD) == []


def test_an_unchanged_file_is_not_read_again(whitepaper, django_capture_on_commit_callbacks):
    stored = DocumentText.objects.get(document=whitepaper.pdf)

    with django_capture_on_commit_callbacks(execute=True):
        whitepaper.pdf.title = "Nieuwe titel"
        whitepaper.pdf.save()

    assert DocumentText.objects.get(document=whitepaper.pdf).extracted_at == stored.extracted_at
