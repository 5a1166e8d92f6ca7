"""Reports from initiatives: "we exist" or "our details changed", waiting for a moderator.

The contact person's name and address are for moderators only (never in the directory, its
API or search) and are removed on schedule (``knowledge.initiative_reports.purge``).
"""

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator, URLValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from .vocabularies import InitiativeType, LegalForm, Province


class InitiativeReport(models.Model):
    class Kind(models.TextChoices):
        NEW = "new", _("new initiative")
        CORRECTION = "correction", _("correction")

    class Status(models.TextChoices):
        PENDING = "pending", _("waiting for moderation")
        APPROVED = "approved", _("approved")
        REJECTED = "rejected", _("rejected")

    kind = models.CharField(_("kind of report"), max_length=20, choices=Kind.choices)
    initiative = models.ForeignKey(
        "knowledge.Initiative",
        verbose_name=_("initiative"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="reports",
        help_text=_("The entry a correction is about, or the entry an approval created."),
    )
    name = models.CharField(_("name"), max_length=200)
    place = models.CharField(_("place"), max_length=120)
    municipality = models.CharField(_("municipality"), max_length=120, blank=True)
    province = models.ForeignKey(
        Province, verbose_name=_("province"), null=True, blank=True, on_delete=models.SET_NULL
    )
    initiative_type = models.ForeignKey(
        InitiativeType,
        verbose_name=_("initiative type"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
    )
    legal_form = models.ForeignKey(
        LegalForm, verbose_name=_("legal form"), null=True, blank=True, on_delete=models.SET_NULL
    )
    website = models.URLField(_("website"), blank=True)
    founding_year = models.PositiveSmallIntegerField(
        _("founding year"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1800), MaxValueValidator(2100)],
    )
    # Register Bijzonder Statuut, as the initiative reports it. The registration date is not
    # reported: approval sets it (docs/decisions/0025-bijzonder-statuut.md).
    statute_principles = models.TextField(_("reported principles"), max_length=4000, blank=True)
    statute_url = models.URLField(
        _("reported statute document"),
        max_length=500,
        blank=True,
        validators=[URLValidator(schemes=["http", "https"])],
    )
    note = models.TextField(_("note to the moderators"), max_length=2000, blank=True)
    contact_name = models.CharField(_("contact name"), max_length=120, blank=True)
    contact_email = models.EmailField(_("contact email address"), blank=True)
    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.PENDING
    )
    created_at = models.DateTimeField(_("received"), auto_now_add=True)
    decided_at = models.DateTimeField(_("decided"), null=True, blank=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("decided by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    moderator_message = models.TextField(_("message to the contact person"), blank=True)
    confirmation_sent_at = models.DateTimeField(null=True, blank=True, editable=False)
    decision_sent_at = models.DateTimeField(null=True, blank=True, editable=False)
    personal_data_removed_at = models.DateTimeField(null=True, blank=True, editable=False)

    class Meta:
        ordering = ["created_at"]
        verbose_name = _("initiative report")
        verbose_name_plural = _("initiative reports")

    def __str__(self) -> str:
        return f"{self.name} ({self.place})"
