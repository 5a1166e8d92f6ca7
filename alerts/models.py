"""E-mail alerts: an address that follows a filtered view, and what it was sent.

The filtered view is stored as the search page's own query string ("thema=financiering&
provincie=gelderland"), read by the search service like any visit to the search page.
Addresses are personal data: only the alerts staff group may see them (alerts/wagtail_hooks.py).
"""

from django.db import models
from django.db.models.functions import Lower
from django.utils.crypto import salted_hmac
from django.utils.translation import gettext_lazy as _

from wagtail.models import Page


def address_key(email: str) -> str:
    """Stands for an address in links (the manage page): signed links carry their value
    readably, and an address must not end up in URLs, logs or browser histories."""
    return salted_hmac("alerts.address", email.strip().lower()).hexdigest()


class Subscription(models.Model):
    IMMEDIATE = "immediate"
    DAILY = "daily"
    WEEKLY = "weekly"
    FREQUENCY_CHOICES = [
        (IMMEDIATE, _("At once")),
        (DAILY, _("Once a day")),
        (WEEKLY, _("Once a week")),
    ]
    PENDING = "pending"
    ACTIVE = "active"
    PAUSED = "paused"
    STATUS_CHOICES = [
        (PENDING, _("Not confirmed yet")),
        (ACTIVE, _("Active")),
        (PAUSED, _("Paused")),
    ]

    email = models.EmailField(_("email address"), max_length=254)
    address_key = models.CharField(max_length=64, db_index=True, editable=False)
    language = models.CharField(_("language"), max_length=8, default="nl")
    query = models.CharField(_("filters"), max_length=500, blank=True)
    frequency = models.CharField(
        _("how often"), max_length=10, choices=FREQUENCY_CHOICES, default=DAILY
    )
    status = models.CharField(_("status"), max_length=10, choices=STATUS_CHOICES, default=PENDING)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    confirmation_sent_at = models.DateTimeField(null=True, blank=True, editable=False)
    confirmed_at = models.DateTimeField(_("confirmed"), null=True, blank=True)
    # New pages are looked for from here on (minus a short overlap, see sending.py).
    checked_until = models.DateTimeField(null=True, blank=True, editable=False)
    last_sent_at = models.DateTimeField(_("last sent"), null=True, blank=True)
    # Mails refused by the mail server in a row; at ALERTS_MAX_FAILURES the alert is paused.
    failures = models.PositiveSmallIntegerField(_("refused mails"), default=0)
    paused_by_failures = models.BooleanField(_("paused after refused mails"), default=False)

    class Meta:
        verbose_name = _("e-mail alert")
        verbose_name_plural = _("e-mail alerts")
        constraints = [
            models.UniqueConstraint(
                Lower("email"), "query", "language", name="one_alert_per_address_and_filters"
            )
        ]
        indexes = [models.Index(fields=["status", "frequency"])]

    def __str__(self) -> str:
        # Never the address: this text shows up in logs and in the admin's history.
        return f"{self.get_frequency_display()}: {self.query or '*'}"

    def save(self, *args, **kwargs):
        self.address_key = address_key(self.email)
        super().save(*args, **kwargs)


class Delivery(models.Model):
    """One page claimed for one subscription: inserted before the mail is sent, so no page is
    sent twice to the same subscription, whatever happens to the worker."""

    subscription = models.ForeignKey(
        Subscription, on_delete=models.CASCADE, related_name="deliveries"
    )
    page = models.ForeignKey(Page, on_delete=models.CASCADE, related_name="+")
    claimed_at = models.DateTimeField(auto_now_add=True)
    sent_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["subscription", "page"], name="one_delivery_per_page_and_alert"
            )
        ]

    def __str__(self) -> str:
        return f"{self.subscription_id}:{self.page_id}"
