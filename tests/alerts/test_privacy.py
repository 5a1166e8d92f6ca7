"""Addresses for the alerts group alone, deleted on schedule; the counts for editors."""

from datetime import timedelta

from django.contrib.auth.models import Group, Permission
from django.utils import timezone

import pytest

from alerts.models import Subscription
from alerts.staff import ALERTS_GROUP, ensure_alerts_group
from alerts.subscriptions import remove_unconfirmed
from tests.knowledge.factories import UserFactory

from .factories import SubscriptionFactory

pytestmark = pytest.mark.django_db

LISTING = "/admin/snippets/alerts/subscription/"


@pytest.fixture
def editor(db):
    """Someone in the admin without the alerts group."""
    group, _created = Group.objects.get_or_create(name="Redacteuren-test")
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    return UserFactory(groups=["Redacteuren-test"])


def test_the_alerts_group_sees_the_addresses(client, knowledge):
    ensure_alerts_group()
    SubscriptionFactory(email="anna@example.org")
    client.force_login(UserFactory(groups=[ALERTS_GROUP]))

    response = client.get(LISTING)

    assert response.status_code == 200
    assert "anna@example.org" in response.content.decode()


def test_other_staff_do_not_see_the_addresses(client, knowledge, editor):
    SubscriptionFactory(email="anna@example.org")
    client.force_login(editor)

    response = client.get(LISTING, follow=True)

    assert "anna@example.org" not in response.content.decode()


def test_the_group_gets_exactly_its_permissions_again(db):
    group = ensure_alerts_group()
    group.permissions.add(Permission.objects.get(codename="add_subscription"))

    ensure_alerts_group()

    codenames = set(group.permissions.values_list("codename", flat=True))
    assert codenames == {
        "access_admin",
        "view_subscription",
        "change_subscription",
        "delete_subscription",
    }


def test_the_report_counts_confirmed_alerts_per_filter_combination_without_addresses(
    client, knowledge, editor
):
    SubscriptionFactory.create_batch(2)
    SubscriptionFactory(status=Subscription.PAUSED)
    SubscriptionFactory(query="thema=wonen", email="bert@example.org")
    SubscriptionFactory(status=Subscription.PENDING, query="thema=wonen")
    client.force_login(editor)

    response = client.get("/admin/meldingen/overzicht/")

    page = response.content.decode()
    assert response.status_code == 200
    money = page.index(">Financiering</a></td><td>nl</td><td>3</td>")
    assert money < page.index(">Wonen</a></td><td>nl</td><td>1</td>")
    assert "@example.org" not in page


def test_unconfirmed_alerts_are_deleted_after_the_confirmation_days(knowledge, settings):
    old = SubscriptionFactory(status=Subscription.PENDING, confirmed_at=None)
    Subscription.objects.filter(pk=old.pk).update(
        created_at=timezone.now() - timedelta(days=settings.ALERTS_CONFIRM_DAYS, minutes=1)
    )
    recent = SubscriptionFactory(status=Subscription.PENDING, confirmed_at=None)
    confirmed = SubscriptionFactory()
    Subscription.objects.filter(pk=confirmed.pk).update(
        created_at=timezone.now() - timedelta(days=90)
    )

    assert remove_unconfirmed() == 1

    assert set(Subscription.objects.values_list("pk", flat=True)) == {recent.pk, confirmed.pk}


def test_the_address_is_never_in_a_link_nor_the_alert_text(knowledge):
    from alerts import links

    subscription = SubscriptionFactory(email="anna@example.org")

    assert "anna" not in links.manage_url(subscription.email, "nl")
    assert "anna" not in str(subscription)
