"""The rules of bundles: collecting, ordering, sending, revoking and what a recipient may see.

Views stay thin and call these functions; the Celery task calls ``deliver``.
"""

import re
from dataclasses import dataclass
from datetime import timedelta

from django.conf import settings
from django.contrib.auth.models import Group
from django.db import transaction
from django.db.models import Max
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from wagtail.models import Page

from core import mail
from core.dates import months_before
from core.groups import ensure_group
from core.tasks import enqueue_after_commit
from helpdesk.models import Bundle, BundleEvent, BundleItem
from knowledge.models import GlossaryPage, GlossaryTerm
from search.models import SearchDocument

HELPDESK_GROUP = "Helpdesk"
HELPDESK_PERMISSIONS = [
    ("wagtailadmin", "access_admin"),
    ("helpdesk", "add_bundle"),
    ("helpdesk", "change_bundle"),
    ("helpdesk", "view_bundle"),
    ("helpdesk", "delete_bundle"),
    ("helpdesk", "send_bundle"),
]
SESSION_KEY = "helpdesk_bundle_id"
BUNDLE_MAIL = "helpdesk.bundle"
ITEM_KEY = re.compile(r"^(page|glossary):(\d+)$")


class BundleError(Exception):
    """A rule was broken; the message is for the adviser (Dutch in the interface)."""


def ensure_helpdesk_group() -> Group:
    """Idempotent; permissions the group should not have are taken away."""
    return ensure_group(HELPDESK_GROUP, HELPDESK_PERMISSIONS, only_these=True)


def is_adviser(user) -> bool:
    return bool(user and user.is_authenticated and user.has_perm("helpdesk.change_bundle"))


def can_send(user) -> bool:
    return is_adviser(user) and user.has_perm("helpdesk.send_bundle")


def _event(bundle: Bundle, action: str, user=None, detail: str = "") -> None:
    BundleEvent.objects.create(bundle=bundle, action=action, user=user, detail=detail[:500])


# --- The adviser's current bundle --------------------------------------------------------------


def current_bundle(user, session) -> Bundle | None:
    """The draft the adviser works on: the one chosen in this session, else their newest."""
    drafts = Bundle.objects.filter(created_by=user, status=Bundle.DRAFT)
    chosen = session.get(SESSION_KEY)
    bundle = drafts.filter(pk=chosen).first() if chosen else None
    return bundle or drafts.order_by("-updated_at").first()


def start_bundle(user, session, *, search_params: str = "") -> Bundle:
    today = timezone.localdate()
    bundle = Bundle.objects.create(
        title=_("Bundle of %(date)s") % {"date": today.strftime("%d-%m-%Y")},
        created_by=user,
        search_params=search_params[:1000],
    )
    _event(bundle, BundleEvent.CREATED, user)
    session[SESSION_KEY] = bundle.pk
    return bundle


def choose_bundle(user, session, bundle_id: int) -> Bundle:
    bundle = Bundle.objects.filter(pk=bundle_id, status=Bundle.DRAFT).first()
    if bundle is None:
        raise BundleError(_("Only a draft bundle can be the current bundle."))
    session[SESSION_KEY] = bundle.pk
    return bundle


# --- Items ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ItemRef:
    page_id: int | None
    glossary_term_id: int | None
    title: str


def resolve_item(value: str) -> ItemRef:
    """A key ("page:12", "glossary:3") or the URL of a search hit; BundleError when unknown."""
    value = (value or "").strip()[:500]
    if "\x00" in value:  # no URL holds it, and PostgreSQL cannot compare text with it
        raise BundleError(_("This item cannot be added to a bundle."))
    match = ITEM_KEY.match(value)
    if match is None:
        document = SearchDocument.objects.filter(url=value, kind__in=ADDABLE_KINDS).first()
        match = ITEM_KEY.match(document.object_key) if document else None
    if match is None:
        raise BundleError(_("This item cannot be added to a bundle."))
    kind, pk = match.group(1), int(match.group(2))
    if kind == "page":
        page = Page.objects.filter(pk=pk).first()
        if page is None:
            raise BundleError(_("This item cannot be added to a bundle."))
        return ItemRef(page.pk, None, page.title)
    term = GlossaryTerm.objects.filter(pk=pk).first()
    if term is None:
        raise BundleError(_("This item cannot be added to a bundle."))
    return ItemRef(None, term.pk, term.term)


ADDABLE_KINDS = ["case", "whitepaper", "glossary", "course", "module", "upload"]


def _editable(bundle: Bundle) -> None:
    if bundle.status != Bundle.DRAFT:
        raise BundleError(_("This bundle has been sent and can no longer be changed."))


@transaction.atomic
def add_item(bundle: Bundle, ref: ItemRef, user, *, comment: str = "") -> tuple[BundleItem, bool]:
    _editable(bundle)
    existing = bundle.items.filter(
        page_id=ref.page_id, glossary_term_id=ref.glossary_term_id
    ).first()
    if existing is not None:
        return existing, False
    last = bundle.items.aggregate(last=Max("sort_order"))["last"]
    item = BundleItem.objects.create(
        bundle=bundle,
        page_id=ref.page_id,
        glossary_term_id=ref.glossary_term_id,
        title=ref.title[:300],
        comment=comment.strip()[:1000],
        sort_order=0 if last is None else last + 1,
    )
    _event(bundle, BundleEvent.ITEM_ADDED, user, ref.title)
    bundle.save(update_fields=["updated_at"])
    return item, True


def _item(bundle: Bundle, item_id: int) -> BundleItem:
    item = bundle.items.filter(pk=item_id).first()
    if item is None:
        raise BundleError(_("This item is not in the bundle."))
    return item


@transaction.atomic
def move_item(bundle: Bundle, item_id: int, step: int) -> None:
    """Move an item one place up (step -1) or down (+1); the order is renumbered 0..n."""
    _editable(bundle)
    items = list(bundle.items.select_for_update().order_by("sort_order", "pk"))
    index = next((i for i, item in enumerate(items) if item.pk == item_id), None)
    if index is None:
        raise BundleError(_("This item is not in the bundle."))
    target = index + step
    if 0 <= target < len(items):
        items[index], items[target] = items[target], items[index]
    for order, item in enumerate(items):
        if item.sort_order != order:
            BundleItem.objects.filter(pk=item.pk).update(sort_order=order)


def set_comment(bundle: Bundle, item_id: int, comment: str) -> None:
    _editable(bundle)
    item = _item(bundle, item_id)
    item.comment = comment.strip()[:1000]
    item.save(update_fields=["comment"])


@transaction.atomic
def remove_item(bundle: Bundle, item_id: int, user) -> None:
    _editable(bundle)
    item = _item(bundle, item_id)
    _event(bundle, BundleEvent.ITEM_REMOVED, user, item.title)
    item.delete()


@transaction.atomic
def remove_ref(bundle: Bundle, ref: ItemRef, user) -> bool:
    """Take a page or term out of the bundle by what it is (the search hit's toggle)."""
    _editable(bundle)
    item = bundle.items.filter(page_id=ref.page_id, glossary_term_id=ref.glossary_term_id).first()
    if item is None:
        return False
    _event(bundle, BundleEvent.ITEM_REMOVED, user, item.title)
    item.delete()
    return True


def item_urls(bundle: Bundle | None) -> set[str]:
    """The search URLs of what the bundle holds, so each hit can show "add" or "remove"."""
    if bundle is None:
        return set()
    keys = [
        f"page:{page_id}" if page_id else f"glossary:{term_id}"
        for page_id, term_id in bundle.items.values_list("page_id", "glossary_term_id")
        if page_id or term_id
    ]
    return set(SearchDocument.objects.filter(object_key__in=keys).values_list("url", flat=True))


def bundle_for_call(user, session) -> Bundle:
    """The current draft, started on the spot when the adviser writes down the call first."""
    return current_bundle(user, session) or start_bundle(user, session)


def record_edit(bundle: Bundle, user) -> None:
    _event(bundle, BundleEvent.EDITED, user)


# --- What a recipient sees --------------------------------------------------------------------


@dataclass(frozen=True)
class VisibleItem:
    available: bool
    title: str = ""
    url: str = ""
    summary: str = ""
    kind: str = ""
    comment: str = ""


def _public(page: Page) -> bool:
    return page.live and not page.get_view_restrictions().exists()


def _summary(page) -> str:
    for field in ("summary", "intro", "search_description"):
        value = getattr(page, field, "")
        if isinstance(value, str) and value.strip():
            return value.strip()
    return ""


def visible_items(bundle: Bundle, *, base_url: str = "") -> list[VisibleItem]:
    """Each item as the recipient may see it: unpublished or private items reveal nothing."""
    glossary = GlossaryPage.objects.live().public().first()
    result = []
    for item in bundle.items.select_related("page", "glossary_term"):
        if item.page is not None and _public(item.page):
            page = item.page.specific
            result.append(
                VisibleItem(
                    True,
                    page.title,
                    f"{base_url}{page.url}",
                    _summary(page),
                    str(page._meta.verbose_name),
                    item.comment,
                )
            )
        elif item.glossary_term is not None and glossary is not None:
            term = item.glossary_term
            result.append(
                VisibleItem(
                    True,
                    term.term,
                    f"{base_url}{glossary.url}#{term.slug}",
                    term.definition,
                    _("glossary term"),
                    item.comment,
                )
            )
        else:
            result.append(VisibleItem(False, comment=item.comment))
    return result


def bundle_url(bundle: Bundle, *, absolute: bool = True) -> str:
    with translation.override(bundle.recipient_language):
        path = reverse("helpdesk:bundle_page", args=[bundle.token])
    return f"{settings.WAGTAILADMIN_BASE_URL.rstrip('/')}{path}" if absolute else path


# --- Sending ----------------------------------------------------------------------------------


def send_problems(bundle: Bundle) -> list[str]:
    problems = []
    if bundle.status != Bundle.DRAFT:
        problems.append(_("This bundle has already been sent."))
    if not bundle.recipient_email:
        problems.append(_("Fill in the recipient's e-mail address."))
    if not (bundle.recipient_initiative_id or bundle.recipient_name.strip()):
        problems.append(_("Choose the recipient initiative or type its name."))
    if not bundle.items.exists():
        problems.append(_("Add at least one item."))
    expiry = expiry_problem(bundle.expires_at)
    if expiry:
        problems.append(expiry)
    return problems


def expiry_problem(expires_at, *, now=None) -> str | None:
    """Why a chosen expiry date would send a dead link or one that never ends, if it would."""
    now = now or timezone.now()
    if expires_at is None:
        return None
    if expires_at <= now:
        return _("This date has passed, so the link would not work. Choose a later date.")
    if expires_at > now + timedelta(days=settings.HELPDESK_LINK_MAX_DAYS):
        return _("A link works at most %(days)s days. Choose an earlier date.") % {
            "days": settings.HELPDESK_LINK_MAX_DAYS
        }
    return None


@transaction.atomic
def request_send(bundle: Bundle, user) -> None:
    """Check, then hand the bundle to Celery once this transaction commits."""
    if not can_send(user):
        raise BundleError(_("You may not send bundles."))
    problems = send_problems(bundle)
    if problems:
        raise BundleError(" ".join(problems))
    Bundle.objects.filter(pk=bundle.pk).update(send_requested_at=timezone.now(), send_error="")
    _event(bundle, BundleEvent.SEND_REQUESTED, user)
    enqueue_after_commit("helpdesk.send_bundle", bundle.pk)


def deliver(bundle_id: int) -> bool:
    """Send the mail and mark the bundle sent; False when there is nothing (left) to send or
    the mail failed for good (the adviser then sees why).

    The row stays locked while the mail goes out, so a second task for the same bundle (the
    sweep, a redelivery) waits and then finds it sent. A temporary failure is raised to the
    task after the transaction, so what ``core.mail`` recorded for staff is kept; the task
    retries and the bundle stays a draft meanwhile.
    """
    temporary_failure = None
    with transaction.atomic():
        bundle = (
            Bundle.objects.select_for_update()
            .filter(pk=bundle_id, status=Bundle.DRAFT, send_requested_at__isnull=False)
            .first()
        )
        if bundle is None or not bundle.recipient_email:
            return False
        base_url = settings.WAGTAILADMIN_BASE_URL.rstrip("/")
        with translation.override(bundle.recipient_language):
            context = {
                "bundle": bundle,
                "items": visible_items(bundle, base_url=base_url),
                "url": bundle_url(bundle),
                "expires_at": _expiry(bundle),
            }
            subject = _("Examples for you: %(title)s") % {"title": bundle.title}
            body = mail.render_text("helpdesk/email/bundle.txt", context)
        try:
            sent = mail.send(
                mail.Mail(
                    purpose=BUNDLE_MAIL,
                    object_id=bundle.pk,
                    description=bundle.title,
                    subject=subject,
                    body=body,
                    to=[bundle.recipient_email],
                )
            )
        except mail.TemporaryMailError as error:
            temporary_failure = error
        else:
            if sent:
                Bundle.objects.filter(pk=bundle.pk).update(
                    status=Bundle.SENT,
                    sent_at=timezone.now(),
                    expires_at=context["expires_at"],
                    send_error="",
                )
                _event(bundle, BundleEvent.SENT)
    if temporary_failure is not None:
        raise temporary_failure
    if not sent:
        record_send_error(bundle_id, mail.failure_name(BUNDLE_MAIL, bundle_id), final=True)
    return sent


def unsent_bundle_ids(*, now=None) -> list[int]:
    """Sending asked for over 15 minutes ago and never tried: the broker was down at the time."""
    now = now or timezone.now()
    return list(
        Bundle.objects.filter(
            status=Bundle.DRAFT,
            send_requested_at__lt=now - timedelta(minutes=15),
            send_error="",
        ).values_list("pk", flat=True)
    )


def _expiry(bundle: Bundle):
    return bundle.expires_at or timezone.now() + timedelta(days=settings.HELPDESK_LINK_DAYS)


def record_send_error(bundle_id: int, error_name: str, *, final: bool) -> None:
    """The bundle stays a draft; the adviser sees why, and may send again after a failure."""
    bundle = Bundle.objects.filter(pk=bundle_id, status=Bundle.DRAFT).first()
    if bundle is None:
        return
    if final:
        message = _("The e-mail could not be sent (%(error)s). Check the address and try again.")
    else:
        message = _("The e-mail could not be sent yet (%(error)s); we keep trying.")
    text = message % {"error": error_name}
    update = {"send_error": text}
    if final:
        update["send_requested_at"] = None
    Bundle.objects.filter(pk=bundle.pk).update(**update)
    if final:
        # The error's text may hold the address; the audit trail outlives it (retention).
        _event(bundle, BundleEvent.SEND_FAILED, None, error_name)


def sending(bundle: Bundle) -> bool:
    return bundle.status == Bundle.DRAFT and bundle.send_requested_at is not None


@transaction.atomic
def revoke(bundle: Bundle, user) -> None:
    if not is_adviser(user):
        raise BundleError(_("You may not change bundles."))
    if bundle.revoked_at is None:
        Bundle.objects.filter(pk=bundle.pk).update(revoked_at=timezone.now())
        _event(bundle, BundleEvent.REVOKED, user)


@transaction.atomic
def duplicate(bundle: Bundle, user, session) -> Bundle:
    """A new draft with the same question, introduction and items, for another recipient."""
    copy = Bundle.objects.create(
        title=(_("Copy of %(title)s") % {"title": bundle.title})[:200],
        question=bundle.question,
        introduction=bundle.introduction,
        search_params=bundle.search_params,
        recipient_language=bundle.recipient_language,
        created_by=user,
    )
    copy.question_themes.set(bundle.question_themes.all())
    BundleItem.objects.bulk_create(
        BundleItem(
            bundle=copy,
            page_id=item.page_id,
            glossary_term_id=item.glossary_term_id,
            title=item.title,
            comment=item.comment,
            sort_order=item.sort_order,
        )
        for item in bundle.items.all()
    )
    _event(copy, BundleEvent.CREATED, user, _("copy of bundle %(id)s") % {"id": bundle.pk})
    _event(bundle, BundleEvent.DUPLICATED, user)
    session[SESSION_KEY] = copy.pk
    return copy


# --- Privacy ----------------------------------------------------------------------------------


@transaction.atomic
def remove_old_recipients(*, now=None, months: int | None = None) -> int:
    """Blank the recipient's e-mail of bundles sent longer ago than the retention period."""
    now = now or timezone.now()
    months = settings.HELPDESK_RECIPIENT_RETENTION_MONTHS if months is None else months
    old = list(
        Bundle.objects.filter(
            status=Bundle.SENT,
            recipient_removed_at__isnull=True,
            sent_at__lt=months_before(now, months),
        ).select_for_update()
    )
    for bundle in old:
        Bundle.objects.filter(pk=bundle.pk).update(recipient_email="", recipient_removed_at=now)
        _event(bundle, BundleEvent.RECIPIENT_REMOVED)
    return len(old)
