"""Sending goes through Redis to a real Celery worker, after the commit."""

import pytest

from helpdesk import bundles
from helpdesk.models import Bundle
from tests.knowledge.factories import CasePageFactory, KnowledgeIndexPageFactory
from tests.waiting import wait_until

from .factories import AdviserFactory, BundleFactory, BundleItemFactory


@pytest.mark.celery
@pytest.mark.django_db(transaction=True)
def test_a_bundle_is_sent_by_a_real_worker_after_the_commit(celery_worker, site_tree):
    bundles.ensure_helpdesk_group()
    adviser = AdviserFactory()
    index = KnowledgeIndexPageFactory(parent=site_tree.homes["nl"])
    bundle = BundleFactory(created_by=adviser)
    BundleItemFactory(bundle=bundle, page=CasePageFactory(parent=index))

    bundles.request_send(bundle, adviser)

    # The worker is another process: it marks the bundle sent in the shared database.
    status = wait_until(
        lambda: Bundle.objects.get(pk=bundle.pk).status, until=lambda s: s == Bundle.SENT
    )
    assert status == Bundle.SENT
    assert bundle.events.filter(action="sent").exists()
