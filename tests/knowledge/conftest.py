import pytest

from knowledge.editorial import ensure_editorial_workflow

from .factories import KnowledgeIndexPageFactory


@pytest.fixture
def knowledge_index(home_page):
    return KnowledgeIndexPageFactory(parent=home_page)


@pytest.fixture
def editorial(knowledge_index):
    return ensure_editorial_workflow(knowledge_index)
