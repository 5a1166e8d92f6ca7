"""The rules of bundles: collecting, ordering, visibility, links, duplicates and retention."""

from datetime import timedelta

from django.utils import timezone

import pytest

from helpdesk import bundles
from helpdesk.models import Bundle, BundleEvent
from search.index import index_page
from tests.knowledge.factories import UserFactory

from .factories import BundleFactory, BundleItemFactory

pytestmark = pytest.mark.django_db


class FakeSession(dict):
    """The session is a dict to the services."""


def test_group_gets_exactly_the_helpdesk_permissions(helpdesk_group):
    codenames = set(helpdesk_group.permissions.values_list("codename", flat=True))
    assert codenames == {codename for _app, codename in bundles.HELPDESK_PERMISSIONS}


def test_only_members_of_the_group_are_advisers(adviser):
    assert bundles.is_adviser(adviser)
    assert not bundles.is_adviser(UserFactory())


def test_adding_a_page_starts_a_concept_bundle_for_the_adviser(adviser, cases):
    session = FakeSession()
    bundle = bundles.start_bundle(adviser, session, search_params="q=wmo")
    item, created = bundles.add_item(bundle, bundles.resolve_item(f"page:{cases[0].pk}"), adviser)
    assert created and item.title == "Austerlitz zorgt"
    assert bundles.current_bundle(adviser, session) == bundle
    assert bundle.status == Bundle.DRAFT
    assert list(bundle.events.values_list("action", flat=True)) == ["created", "item_added"]


def test_adding_the_same_item_twice_keeps_one(adviser, cases):
    bundle = BundleFactory(created_by=adviser)
    ref = bundles.resolve_item(f"page:{cases[0].pk}")
    bundles.add_item(bundle, ref, adviser)
    _item, created = bundles.add_item(bundle, ref, adviser)
    assert not created
    assert bundle.items.count() == 1


def test_a_search_hit_url_resolves_to_its_page(adviser, cases):
    index_page(cases[1].pk)
    ref = bundles.resolve_item(cases[1].url)
    assert ref.page_id == cases[1].pk


def test_an_unknown_item_is_refused_with_a_message():
    with pytest.raises(bundles.BundleError):
        bundles.resolve_item("/bestaat-niet/")


def test_moving_an_item_up_changes_the_order(adviser, cases):
    bundle = BundleFactory(created_by=adviser)
    items = [BundleItemFactory(bundle=bundle, page=case) for case in cases]
    bundles.move_item(bundle, items[2].pk, -1)
    assert list(bundle.items.values_list("page_id", flat=True)) == [
        cases[0].pk,
        cases[2].pk,
        cases[1].pk,
    ]


def test_moving_the_first_item_up_changes_nothing(adviser, cases):
    bundle = BundleFactory(created_by=adviser)
    items = [BundleItemFactory(bundle=bundle, page=case) for case in cases]
    bundles.move_item(bundle, items[0].pk, -1)
    assert list(bundle.items.values_list("pk", flat=True)) == [item.pk for item in items]


def test_a_sent_bundle_cannot_be_changed(adviser, cases):
    bundle = BundleFactory(created_by=adviser, status=Bundle.SENT)
    with pytest.raises(bundles.BundleError):
        bundles.add_item(bundle, bundles.resolve_item(f"page:{cases[0].pk}"), adviser)


def test_an_unpublished_item_is_not_visible_and_leaks_no_title(adviser, cases):
    bundle = BundleFactory(created_by=adviser)
    BundleItemFactory(bundle=bundle, page=cases[0], comment="Lees de paragraaf over de Wmo")
    BundleItemFactory(bundle=bundle, page=cases[1])
    cases[1].unpublish()
    visible = bundles.visible_items(bundle)
    assert [item.available for item in visible] == [True, False]
    assert visible[0].title == "Austerlitz zorgt"
    assert visible[0].comment == "Lees de paragraaf over de Wmo"
    assert visible[1].title == "" and visible[1].url == "" and visible[1].summary == ""


def test_link_state_follows_sending_expiry_and_revocation(adviser):
    now = timezone.now()
    bundle = BundleFactory(created_by=adviser)
    assert bundle.link_state(now) == "unsent"
    bundle.status = Bundle.SENT
    bundle.expires_at = now + timedelta(days=1)
    assert bundle.link_state(now) == "open"
    assert bundle.link_state(now + timedelta(days=2)) == "expired"
    bundle.revoked_at = now
    assert bundle.link_state(now) == "revoked"


def test_revoking_is_recorded(adviser):
    bundle = BundleFactory(created_by=adviser, status=Bundle.SENT)
    bundles.revoke(bundle, adviser)
    bundle.refresh_from_db()
    assert bundle.revoked_at is not None
    assert bundle.events.filter(action=BundleEvent.REVOKED, user=adviser).exists()


def test_duplicate_copies_question_and_items_but_not_the_recipient(adviser, cases):
    bundle = BundleFactory(created_by=adviser, status=Bundle.SENT)
    BundleItemFactory(bundle=bundle, page=cases[0], comment="zie de Wmo-paragraaf")
    session = FakeSession()
    copy = bundles.duplicate(bundle, adviser, session)
    assert copy.status == Bundle.DRAFT and copy.recipient_email == ""
    assert copy.question == bundle.question
    assert list(copy.items.values_list("page_id", "comment")) == [
        (cases[0].pk, "zie de Wmo-paragraaf")
    ]
    assert copy.token != bundle.token
    assert bundles.current_bundle(adviser, session) == copy


def test_sending_needs_a_recipient_and_items(adviser):
    bundle = BundleFactory(created_by=adviser, recipient_email="")
    problems = bundles.send_problems(bundle)
    assert len(problems) == 2


def test_recipient_email_is_removed_after_the_retention_period(adviser):
    now = timezone.now()
    old = BundleFactory(created_by=adviser, status=Bundle.SENT, sent_at=now - timedelta(days=800))
    recent = BundleFactory(created_by=adviser, status=Bundle.SENT, sent_at=now - timedelta(days=30))
    assert bundles.remove_old_recipients(now=now, months=24) == 1
    old.refresh_from_db()
    recent.refresh_from_db()
    assert old.recipient_email == "" and old.recipient_removed_at is not None
    assert recent.recipient_email == "bestuur@delinde.example.org"


def test_a_send_request_that_never_reached_the_broker_is_swept_up(adviser, cases):
    from helpdesk.tasks import sweep_unsent

    stale = timezone.now() - timedelta(minutes=20)
    lost = BundleFactory(created_by=adviser, send_requested_at=stale)
    BundleItemFactory(bundle=lost, page=cases[0])
    retrying = BundleFactory(created_by=adviser, send_requested_at=stale, send_error="nog bezig")
    assert bundles.unsent_bundle_ids() == [lost.pk]
    assert sweep_unsent() == 1
    lost.refresh_from_db()
    retrying.refresh_from_db()
    assert lost.status == Bundle.SENT
    assert retrying.status == Bundle.DRAFT


def test_a_bundle_is_delivered_once(adviser, cases, mailoutbox):
    bundle = BundleFactory(created_by=adviser, send_requested_at=timezone.now())
    BundleItemFactory(bundle=bundle, page=cases[0])
    assert bundles.deliver(bundle.pk) is True
    assert bundles.deliver(bundle.pk) is False
    assert len(mailoutbox) == 1


def test_the_audit_trail_keeps_no_recipient_address(adviser, cases):
    bundle = BundleFactory(created_by=adviser, send_requested_at=timezone.now())
    BundleItemFactory(bundle=bundle, page=cases[0])
    bundles.deliver(bundle.pk)
    details = " ".join(bundle.events.values_list("detail", flat=True))
    assert "delinde.example.org" not in details


def test_the_bundle_mail_is_plain_text_not_html_escaped(adviser, cases, mailoutbox):
    bundle = BundleFactory(
        created_by=adviser,
        send_requested_at=timezone.now(),
        title="Foto's & verslagen",
        recipient_name="Jan 't Hart & Zonen",
        introduction="Zie <hieronder> wat we vonden.",
    )
    BundleItemFactory(bundle=bundle, page=cases[0])

    bundles.deliver(bundle.pk)

    message = mailoutbox[0]
    assert message.subject.endswith("Foto's & verslagen")
    assert "Jan 't Hart & Zonen" in message.body and "Zie <hieronder>" in message.body
    assert (
        "&#x27;" not in message.body and "&amp;" not in message.body and "&lt;" not in message.body
    )
