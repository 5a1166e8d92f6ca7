import pytest

from knowledge.editorial import ensure_editorial_workflow

from .factories import KnowledgeIndexPageFactory


@pytest.fixture
def knowledge_index(home_page):
    return KnowledgeIndexPageFactory(parent=home_page)


@pytest.fixture
def editorial(knowledge_index):
    return ensure_editorial_workflow(knowledge_index)


@pytest.fixture
def private_root(settings, tmp_path):
    """Each test's uploads in a folder of its own, outside MEDIA_ROOT; media on disk as in
    production, so documents are served the way Wagtail serves them there."""
    settings.UPLOADS_PRIVATE_ROOT = tmp_path / "private"
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.STORAGES = {
        **settings.STORAGES,
        "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    }
    return settings.UPLOADS_PRIVATE_ROOT


@pytest.fixture
def vocabularies(site_tree):
    from django.apps import apps

    from wagtail.models import Locale

    from knowledge.vocabulary_data import load_vocabularies

    load_vocabularies(apps.get_model, Locale.objects.get(language_code="nl"))
