"""Reports from initiatives ("Meld uw initiatief aan", "Wijziging doorgeven"): spam checks,
storing, moderation, the entry created or corrected on approval, the contact person's mails,
and removing contact details on schedule."""

import enum
import logging
from dataclasses import dataclass
from datetime import date, timedelta

from django.conf import settings
from django.db import transaction
from django.utils import formats, timezone, translation
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy as _lazy

from wagtail.models import Locale

from core import mail, ratelimit
from core.tasks import enqueue_after_commit
from knowledge import directory
from knowledge.forms import InitiativeReportForm
from knowledge.models import Initiative, InitiativeReport, InitiativeType, LegalForm, Province
from knowledge.models.initiatives import RESERVED_SLUGS

logger = logging.getLogger(__name__)

MAIL_TASK_NAME = "knowledge.send_initiative_report_mail"
CONFIRMATION = "confirmation"
DECISION = "decision"
# The details a report carries and an approval copies onto the entry.
DETAILS = (
    "name",
    "place",
    "municipality",
    "province",
    "initiative_type",
    "legal_form",
    "website",
    "founding_year",
    "statute_principles",
    "statute_url",
)
# What the moderator's comparison shows, in the order of the form: (field, label). The
# registration date is not reported; the comparison shows what approval will make of it.
COMPARED = (
    ("name", _lazy("Name")),
    ("place", _lazy("Place")),
    ("municipality", _lazy("Municipality")),
    ("province", _lazy("Province")),
    ("initiative_type", _lazy("Kind of initiative")),
    ("legal_form", _lazy("Legal form")),
    ("website", _lazy("Website")),
    ("founding_year", _lazy("Founding year")),
    ("statute_principles", _lazy("Principles (Bijzonder Statuut)")),
    ("statute_url", _lazy("Statute document")),
)


class ReportOutcome(enum.Enum):
    STORED = "stored"
    INVALID = "invalid"
    SPAM = "spam"
    RATE_LIMITED = "rate_limited"


@dataclass(frozen=True)
class ReportResult:
    outcome: ReportOutcome
    form: InitiativeReportForm
    status: int = 200
    message: str = ""
    report: InitiativeReport | None = None


class ModerationError(Exception):
    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


def report_form(locale: Locale, data=None, initial=None) -> InitiativeReportForm:
    default = Locale.get_default()
    vocabularies = {
        "province": Province.objects.filter(locale=default).order_by("name"),
        "initiative_type": InitiativeType.objects.filter(locale=default).order_by("name"),
        "legal_form": LegalForm.objects.filter(locale=default).order_by("name"),
    }
    return InitiativeReportForm(
        data, initial=initial, vocabularies=vocabularies, labels=directory.term_labels(locale)
    )


def initial_from(initiative: Initiative | None) -> dict:
    if initiative is None:
        return {}
    return {
        "name": initiative.name,
        "place": initiative.place,
        "municipality": initiative.municipality,
        "province": initiative.province_id,
        "initiative_type": initiative.initiative_type_id,
        "legal_form": initiative.legal_form_id,
        "website_address": initiative.website,
        "founding_year": initiative.founding_year,
        "statute_principles": initiative.statute_principles,
        "statute_url": initiative.statute_url,
    }


def handle_report(request, locale: Locale, initiative: Initiative | None) -> ReportResult:
    form = report_form(locale, request.POST)
    if not form.is_valid():
        return ReportResult(
            ReportOutcome.INVALID,
            form,
            status=400,
            message=_("Your report has not been sent yet. Please check the fields marked below."),
        )
    if form.cleaned_data["website"]:
        logger.info("Initiative report honeypot filled; not stored")
        return ReportResult(
            ReportOutcome.SPAM,
            form,
            status=400,
            message=_("Your report could not be sent. Leave the last field empty and try again."),
        )
    if ratelimit.exceeded(
        "initiative-report",
        request,
        settings.INITIATIVE_REPORT_RATE_LIMIT,
        settings.INITIATIVE_REPORT_RATE_LIMIT_WINDOW_SECONDS,
    ):
        return ReportResult(
            ReportOutcome.RATE_LIMITED,
            form,
            status=429,
            message=_(
                "You have sent many reports in a short time. Your details are still below: "
                "please try again in an hour."
            ),
        )
    data = form.cleaned_data
    report = store_report(
        initiative,
        name=data["name"],
        place=data["place"],
        municipality=data["municipality"],
        province=data["province"],
        initiative_type=data["initiative_type"],
        legal_form=data["legal_form"],
        website=data["website_address"],
        founding_year=data["founding_year"],
        statute_principles=data["statute_principles"],
        statute_url=data["statute_url"],
        note=data["note"],
        contact_name=data["contact_name"],
        contact_email=data["contact_email"],
    )
    return ReportResult(ReportOutcome.STORED, form, report=report)


@transaction.atomic
def store_report(initiative: Initiative | None, **details) -> InitiativeReport:
    kind = InitiativeReport.Kind.CORRECTION if initiative else InitiativeReport.Kind.NEW
    report = InitiativeReport.objects.create(kind=kind, initiative=initiative, **details)
    enqueue_after_commit(MAIL_TASK_NAME, report.pk, CONFIRMATION)
    return report


def pending_reports():
    return InitiativeReport.objects.filter(status=InitiativeReport.Status.PENDING)


def _open_report(report_id: int) -> InitiativeReport:
    report = InitiativeReport.objects.select_for_update().filter(pk=report_id).first()
    if report is None:
        raise ModerationError(_("This report no longer exists."))
    if report.status != InitiativeReport.Status.PENDING:
        raise ModerationError(_("A decision on this report has already been taken."))
    return report


def _unique_slug(name: str, place: str) -> str:
    base = slugify(f"{name}")[:180] or "initiatief"
    if base in RESERVED_SLUGS:
        base = f"{base}-{slugify(place)}"[:180]
    slug, number = base, 2
    while Initiative.objects.filter(slug=slug).exists():
        slug, number = f"{base}-{number}", number + 1
    return slug


def statute_registered_after(
    initiative: Initiative | None, principles: str, today: date
) -> date | None:
    """The entry's registration date once a report with these principles is approved: the day
    of approval when the entry was not registered yet, its own date when it was (changed
    principles or link keep the registration), none when the report has no principles."""
    if not principles.strip():
        return None
    if initiative is not None and initiative.has_statute:
        return initiative.statute_registered
    return today


def _decide(report: InitiativeReport, status: str, user, message: str) -> None:
    report.status = status
    report.decided_at = timezone.now()
    report.decided_by = user
    report.moderator_message = message
    report.save()
    enqueue_after_commit(MAIL_TASK_NAME, report.pk, DECISION)


@transaction.atomic
def approve(report_id: int, user, message: str = "") -> Initiative:
    """A new report becomes a published entry; a correction is applied to its entry. Either
    way the entry counts as checked today."""
    report = _open_report(report_id)
    if report.kind == InitiativeReport.Kind.CORRECTION:
        initiative = report.initiative
        if initiative is None:
            raise ModerationError(_("The entry this correction is about no longer exists."))
    else:
        initiative = Initiative(slug=_unique_slug(report.name, report.place), published=True)
    today = timezone.localdate()
    registered = statute_registered_after(initiative, report.statute_principles, today)
    for field in DETAILS:
        setattr(initiative, field, getattr(report, field))
    initiative.statute_registered = registered
    initiative.last_checked = today
    initiative.full_clean()
    initiative.save()
    report.initiative = initiative
    _decide(report, InitiativeReport.Status.APPROVED, user, message)
    return initiative


@dataclass(frozen=True)
class ComparedField:
    name: str
    label: str
    current: str  # the entry's value as shown; "" when empty or for a new initiative
    reported: str
    changed: bool  # only for a correction: the reported value differs from the entry's


def _shown(instance, field: str) -> str:
    value = getattr(instance, field)
    if value is None:
        return ""
    return str(getattr(value, "name", value))


def _raw(instance, field: str):
    value = getattr(instance, instance._meta.get_field(field).attname)
    return value.replace("\r\n", "\n").strip() if isinstance(value, str) else value


def _shown_date(value: date | None) -> str:
    return formats.date_format(value, "j F Y") if value else ""


def compared_entry(report: InitiativeReport) -> Initiative | None:
    """The entry a pending correction would change, if it still exists."""
    if (
        report.kind == InitiativeReport.Kind.CORRECTION
        and report.status == InitiativeReport.Status.PENDING
    ):
        return report.initiative
    return None


def compare(report: InitiativeReport, today: date | None = None) -> list[ComparedField]:
    """Each reported detail beside the entry's current one, for the moderator's decision, and
    last the registration date the entry has now and the one approval gives it. A new
    initiative has no entry: ``current`` stays empty and nothing counts as changed. A decided
    report has only its reported details (the entry may since have changed)."""
    entry = compared_entry(report)
    rows = [
        ComparedField(
            name=field,
            label=str(label),
            current=_shown(entry, field) if entry else "",
            reported=_shown(report, field),
            changed=entry is not None and _raw(entry, field) != _raw(report, field),
        )
        for field, label in COMPARED
    ]
    if report.status != InitiativeReport.Status.PENDING:
        return rows
    today = today or timezone.localdate()
    registered = statute_registered_after(entry, report.statute_principles, today)
    current = entry.statute_registered if entry is not None and entry.has_statute else None
    if registered is None:
        reported = ""
    elif registered == current:
        reported = _("%(date)s (kept)") % {"date": _shown_date(registered)}
    else:
        reported = _("the day of approval (today: %(date)s)") % {"date": _shown_date(registered)}
    rows.append(
        ComparedField(
            name="statute_registered",
            label=_("Registered in the Register Bijzonder Statuut on"),
            current=_shown_date(current),
            reported=reported,
            changed=entry is not None and registered != current,
        )
    )
    return rows


@transaction.atomic
def reject(report_id: int, user, message: str = "") -> None:
    report = _open_report(report_id)
    _decide(report, InitiativeReport.Status.REJECTED, user, message)


def _entry_url(initiative: Initiative | None) -> str:
    page = directory.default_directory_page()
    if initiative is None or not initiative.published or page is None:
        return ""
    return page.initiative_full_url(initiative) or ""


def send_mail(report_id: int, which: str) -> bool:
    """The confirmation or the decision for the contact person; idempotent, so a retry never
    mails twice."""
    sent_field = "confirmation_sent_at" if which == CONFIRMATION else "decision_sent_at"
    report = InitiativeReport.objects.filter(pk=report_id, **{f"{sent_field}__isnull": True})
    report = report.select_related("initiative").first()
    if report is None or not report.contact_email:
        return False
    if which == DECISION and report.status == InitiativeReport.Status.PENDING:
        return False
    with translation.override(settings.LANGUAGE_CODE):
        context = {
            "report": report,
            "approved": report.status == InitiativeReport.Status.APPROVED,
            "entry_url": _entry_url(report.initiative),
        }
        if which == CONFIRMATION:
            subject = _("We have received your report about %(name)s") % {"name": report.name}
            body = mail.render_text("knowledge/email/initiative_report_received.txt", context)
        else:
            subject = _("Our decision on your report about %(name)s") % {"name": report.name}
            body = mail.render_text("knowledge/email/initiative_report_decision.txt", context)
    sent = mail.send(
        mail.Mail(
            purpose=f"knowledge.initiative_report_{which}",
            object_id=report.pk,
            description=report.name,
            subject=subject,
            body=body,
            to=[report.contact_email],
        )
    )
    if not sent:
        return False
    InitiativeReport.objects.filter(pk=report.pk).update(**{sent_field: timezone.now()})
    return True


def send_mails_again() -> int:
    """Enqueue the mails that never reached the broker (it was down when the report came in
    or the decision was taken); mails given up for good are left alone."""
    stale = timezone.now() - timedelta(minutes=15)
    reports = InitiativeReport.objects.exclude(contact_email="")
    jobs = [
        (CONFIRMATION, reports.filter(confirmation_sent_at__isnull=True, created_at__lt=stale)),
        (
            DECISION,
            reports.filter(decision_sent_at__isnull=True, decided_at__lt=stale).exclude(
                status=InitiativeReport.Status.PENDING
            ),
        ),
    ]
    count = 0
    for which, pending in jobs:
        given_up = mail.given_up(f"knowledge.initiative_report_{which}")
        for report_id in pending.exclude(pk__in=given_up).values_list("pk", flat=True):
            enqueue_after_commit(MAIL_TASK_NAME, report_id, which)
            count += 1
    return count


@transaction.atomic
def purge(now=None) -> int:
    """Rejected reports go entirely, approved ones lose their contact details, both
    ``INITIATIVE_REPORT_RETENTION_DAYS`` after the decision; undecided ones are kept."""
    now = now or timezone.now()
    cutoff = now - timedelta(days=settings.INITIATIVE_REPORT_RETENTION_DAYS)
    decided = InitiativeReport.objects.filter(decided_at__lt=cutoff)
    deleted, _counts = decided.filter(status=InitiativeReport.Status.REJECTED).delete()
    cleared = decided.filter(
        status=InitiativeReport.Status.APPROVED, personal_data_removed_at__isnull=True
    ).update(contact_name="", contact_email="", personal_data_removed_at=now)
    return deleted + cleared
