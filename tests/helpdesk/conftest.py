import pytest

from helpdesk.bundles import ensure_helpdesk_group
from tests.knowledge.factories import CasePageFactory, KnowledgeIndexPageFactory

from .factories import AdviserFactory


@pytest.fixture
def helpdesk_group(db):
    return ensure_helpdesk_group()


@pytest.fixture
def adviser(helpdesk_group):
    return AdviserFactory()


@pytest.fixture
def knowledge_index(home_page):
    return KnowledgeIndexPageFactory(parent=home_page)


@pytest.fixture
def cases(knowledge_index):
    return [
        CasePageFactory(parent=knowledge_index, title=title, summary=f"Samenvatting {title}.")
        for title in ["Austerlitz zorgt", "Tot uw Dienst", "Hospices"]
    ]
