import pytest

from tests.knowledge.conftest import (  # noqa: F401  (the knowledge base the uploads sit next to)
    editorial,
    knowledge_index,
    private_root,
    vocabularies,
)
from tests.knowledge.factories import UserFactory
from uploads.moderation import ensure_moderators

from .factories import UploadIndexPageFactory


@pytest.fixture
def upload_index(home_page, vocabularies):  # noqa: F811
    return UploadIndexPageFactory(parent=home_page)


@pytest.fixture
def moderator(upload_index):
    ensure_moderators(upload_index)
    return UserFactory(username="moderator", email="moderatie@example.org", groups=["Moderatoren"])
