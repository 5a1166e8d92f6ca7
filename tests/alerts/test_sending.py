"""Sending: what is new, once per page and alert, and what the mail server refuses."""

from datetime import timedelta

from django.core import mail
from django.utils import timezone

import pytest

from alerts import sending
from alerts.models import Delivery, Subscription
from alerts.tasks import send_daily, send_immediate, send_weekly

from .factories import SubscriptionFactory

pytestmark = pytest.mark.django_db


def test_running_the_send_task_twice_sends_each_item_once(knowledge, publish):
    SubscriptionFactory()
    case = publish("Een dorpsfonds voor de buurtbus", knowledge["money"])

    send_daily()
    send_daily()

    assert len(mail.outbox) == 1
    assert case.title in mail.outbox[0].body
    assert Delivery.objects.get().sent_at is not None


def test_nothing_is_sent_when_nothing_is_new(knowledge, publish):
    SubscriptionFactory()
    publish("Wonen met zorg in de wijk", knowledge["housing"])

    assert send_daily()["nothing_new"] == 1
    assert mail.outbox == []


def test_a_page_unpublished_before_sending_is_not_sent(
    knowledge, publish, django_capture_on_commit_callbacks
):
    SubscriptionFactory()
    case = publish("Een fonds dat toch niet doorging", knowledge["money"])
    with django_capture_on_commit_callbacks(execute=True):
        case.unpublish()

    send_daily()

    assert mail.outbox == []


def test_an_edit_of_a_page_published_earlier_is_not_new(
    knowledge, publish, django_capture_on_commit_callbacks
):
    case = publish("Zorgcoöperatie met een eigen fonds", knowledge["money"])
    case.__class__.objects.filter(pk=case.pk).update(
        first_published_at=timezone.now() - timedelta(days=40)
    )
    SubscriptionFactory()
    with django_capture_on_commit_callbacks(execute=True):
        case.refresh_from_db()
        case.title = "Zorgcoöperatie met een eigen fonds (bijgewerkt)"
        case.save_revision().publish()

    send_daily()

    assert mail.outbox == []


def test_pages_published_before_the_alert_was_confirmed_are_not_sent(knowledge, publish):
    publish("Al eerder verschenen", knowledge["money"])
    SubscriptionFactory(confirmed_at=timezone.now() + timedelta(seconds=1))

    send_daily()

    assert mail.outbox == []


def test_an_unconfirmed_alert_gets_nothing(knowledge, publish):
    SubscriptionFactory(status=Subscription.PENDING, confirmed_at=None, checked_until=None)
    publish("Een dorpsfonds voor de buurtbus", knowledge["money"])

    send_daily()

    assert mail.outbox == []


def test_each_task_sends_only_its_own_frequency(knowledge, publish):
    SubscriptionFactory(frequency=Subscription.WEEKLY, email="week@example.org")
    SubscriptionFactory(frequency=Subscription.IMMEDIATE, email="direct@example.org")
    publish("Een dorpsfonds voor de buurtbus", knowledge["money"])

    send_daily()
    assert mail.outbox == []
    send_immediate()
    assert [message.to for message in mail.outbox] == [["direct@example.org"]]
    send_weekly()
    assert [message.to for message in mail.outbox][1:] == [["week@example.org"]]


def test_one_mail_per_subscriber_with_every_new_item(knowledge, publish):
    SubscriptionFactory()
    first = publish("Een dorpsfonds voor de buurtbus", knowledge["money"])
    second = publish("Crowdfunding voor het dorpshuis", knowledge["money"])

    send_daily()

    assert len(mail.outbox) == 1
    body = mail.outbox[0].body
    assert first.title in body and second.title in body
    assert first.summary in body


def test_mail_refused_for_good_is_counted_and_the_alert_paused_after_repeated_refusals(
    knowledge, publish, smtp_server, settings
):
    settings.ALERTS_MAX_FAILURES = 2
    subscription = SubscriptionFactory()
    publish("Een dorpsfonds voor de buurtbus", knowledge["money"])
    smtp_server.refuse("550 No such user", times=2)

    assert send_daily()["refused"] == 1
    subscription.refresh_from_db()
    assert (subscription.failures, subscription.status) == (1, Subscription.ACTIVE)
    assert not Delivery.objects.exists()  # the page is given back

    send_daily()
    subscription.refresh_from_db()
    assert subscription.status == Subscription.PAUSED
    assert subscription.paused_by_failures
    assert smtp_server.messages == []


def test_a_temporary_mail_error_gives_the_items_back_for_the_next_run(
    knowledge, publish, smtp_server
):
    SubscriptionFactory()
    case = publish("Een dorpsfonds voor de buurtbus", knowledge["money"])
    smtp_server.refuse("451 Try again later")

    with pytest.raises(sending.mail.TemporaryMailError):
        sending.send_due(Subscription.DAILY)
    assert not Delivery.objects.exists()

    sending.send_due(Subscription.DAILY)
    assert len(smtp_server.messages) == 1
    assert case.title.encode() in smtp_server.messages[0]


def test_a_page_claimed_by_a_run_that_died_is_not_sent_again(knowledge, publish):
    """The claim commits before the mail goes out: whatever happened after it, not twice."""
    subscription = SubscriptionFactory()
    case = publish("Een dorpsfonds voor de buurtbus", knowledge["money"])
    Delivery.objects.create(subscription=subscription, page=case)

    send_daily()

    assert mail.outbox == []


def test_the_mail_is_in_the_subscribers_language(site_tree, django_capture_on_commit_callbacks):
    from tests.knowledge.factories import CasePageFactory, KnowledgeIndexPageFactory, ThemeFactory

    with django_capture_on_commit_callbacks(execute=True):
        index = KnowledgeIndexPageFactory(parent=site_tree.homes["en"], slug="knowledge-base")
        money = ThemeFactory(locale=index.locale, slug="financiering", name="Funding")
        SubscriptionFactory(language="en")
        case = CasePageFactory(parent=index, title="A village fund for the minibus")
        case.themes.set([money])
        case.save_revision().publish()

    send_daily()

    message = mail.outbox[0]
    assert message.subject == "New in the knowledge base: Funding"
    assert "/en/meldingen/afmelden/" in message.extra_headers["List-Unsubscribe"]
    assert "How often you get this email: Once a day." in message.body


def test_a_confirmation_that_never_reached_the_broker_is_sent_by_the_sweep(knowledge):
    from alerts.tasks import sweep_unsent_confirmations

    pending = SubscriptionFactory(status=Subscription.PENDING, confirmed_at=None)
    Subscription.objects.filter(pk=pending.pk).update(
        created_at=timezone.now() - timedelta(minutes=10)
    )
    SubscriptionFactory(status=Subscription.PENDING, confirmed_at=None)  # just made: its own task

    assert sweep_unsent_confirmations() == 1
    assert sweep_unsent_confirmations() == 0
    assert [message.subject for message in mail.outbox] == ["Bevestig uw e-mailmelding"]
