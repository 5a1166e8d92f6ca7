"""Downloads and every other response send no header without a value."""

from django.core.files.base import ContentFile
from django.http import HttpResponse
from django.test import RequestFactory

from wagtail.documents import get_document_model

import pytest

from core.middleware import DropEmptyHeadersMiddleware

pytestmark = pytest.mark.django_db


@pytest.fixture
def media_on_disk(settings, tmp_path):
    """Documents on disk, as in production, so Wagtail serves them through sendfile."""
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.STORAGES = {
        **settings.STORAGES,
        "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    }


def empty_headers(response) -> dict[str, str]:
    return {name: value for name, value in response.items() if value.strip() in {"", "None"}}


@pytest.mark.usefixtures("media_on_disk")
@pytest.mark.parametrize("extension", ["pdf", "docx", "odt", "xlsx", "pptx", "csv", "txt"])
def test_document_download_has_no_empty_headers(client, extension):
    document = get_document_model()(title=f"Verslag {extension}")
    document.file.save(f"verslag.{extension}", ContentFile(b"inhoud"), save=False)
    document.save()

    response = client.get(document.url)

    assert response.status_code == 200
    assert "Content-Encoding" not in response
    assert empty_headers(response) == {}


def test_middleware_drops_a_header_set_to_none_or_empty():
    def view(request):
        response = HttpResponse("ok")
        response["Content-Encoding"] = None
        response["X-Leeg"] = ""
        response["X-Vol"] = "waarde"
        return response

    response = DropEmptyHeadersMiddleware(view)(RequestFactory().get("/"))

    assert "Content-Encoding" not in response
    assert "X-Leeg" not in response
    assert response["X-Vol"] == "waarde"
