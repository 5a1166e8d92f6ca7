"""Migration 0008: initiatives stored before it are published, unchecked and searchable."""

import pytest

from knowledge import directory
from knowledge.models import Initiative
from tests.migrating import database_at

pytestmark = pytest.mark.django_db(transaction=True)


def test_existing_initiatives_come_through_in_the_directory():
    with database_at("knowledge", "0007_uploads_moved_to_own_app") as apps:
        apps.get_model("knowledge", "Initiative").objects.create(
            name="Zorgcoöperatie Hoogeloon", slug="hoogeloon", place="Hoogeloon"
        )

    initiative = Initiative.objects.get(slug="hoogeloon")
    assert initiative.published and initiative.last_checked is None
    found = directory._filtered(directory.DirectoryQuery(text="zorgcooperatie"))
    assert list(found) == [initiative]
