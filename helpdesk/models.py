"""Precedent bundles (kennispakketten): an adviser's selection of items sent to an initiative."""

import secrets

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel


def new_token() -> str:
    return secrets.token_urlsafe(32)


class Bundle(models.Model):
    DRAFT = "draft"
    SENT = "sent"
    STATUS_CHOICES = [(DRAFT, _("draft")), (SENT, _("sent"))]
    LANGUAGE_CHOICES = [("nl", "Nederlands"), ("en", "English")]

    title = models.CharField(_("title"), max_length=200)
    question = models.TextField(
        _("question asked"),
        blank=True,
        help_text=_("What the initiative asked, in a sentence or two; other advisers search it."),
    )
    question_themes = models.ManyToManyField(
        "knowledge.Theme", verbose_name=_("themes of the question"), blank=True, related_name="+"
    )
    recipient_initiative = models.ForeignKey(
        "knowledge.Initiative",
        verbose_name=_("recipient initiative"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    recipient_name = models.CharField(
        _("recipient (free text)"),
        max_length=200,
        blank=True,
        help_text=_("When the initiative is not in the directory."),
    )
    recipient_email = models.EmailField(_("recipient e-mail"), blank=True)
    recipient_language = models.CharField(
        _("language of the recipient"), max_length=2, choices=LANGUAGE_CHOICES, default="nl"
    )
    introduction = models.TextField(_("introduction"), blank=True)
    search_params = models.CharField(
        _("search that produced it"),
        max_length=1000,
        blank=True,
        help_text=_("The query string of the search page, so another adviser can run it again."),
    )
    status = models.CharField(
        _("status"), max_length=12, choices=STATUS_CHOICES, default=DRAFT, db_index=True
    )
    token = models.CharField(max_length=64, unique=True, default=new_token, editable=False)
    expires_at = models.DateTimeField(_("link expires"), null=True, blank=True)
    revoked_at = models.DateTimeField(_("link revoked"), null=True, blank=True, editable=False)
    sent_at = models.DateTimeField(_("sent"), null=True, blank=True, editable=False)
    send_requested_at = models.DateTimeField(null=True, blank=True, editable=False)
    send_error = models.TextField(_("sending error"), blank=True, editable=False)
    recipient_removed_at = models.DateTimeField(null=True, blank=True, editable=False)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("created by"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
        editable=False,
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    panels = [
        FieldPanel("title"),
        MultiFieldPanel(
            [FieldPanel("question"), FieldPanel("question_themes")], heading=_("The question")
        ),
        MultiFieldPanel(
            [
                FieldPanel("recipient_initiative"),
                FieldPanel("recipient_name"),
                FieldRowPanel([FieldPanel("recipient_email"), FieldPanel("recipient_language")]),
            ],
            heading=_("Recipient"),
        ),
        FieldPanel("introduction"),
        FieldPanel("search_params"),
        FieldPanel("expires_at"),
    ]

    class Meta:
        ordering = ["-updated_at"]
        verbose_name = _("bundle")
        verbose_name_plural = _("bundles")
        permissions = [("send_bundle", _("Can send bundles"))]

    def __str__(self) -> str:
        return self.title

    @property
    def recipient_label(self) -> str:
        if self.recipient_initiative_id:
            return self.recipient_initiative.name
        return self.recipient_name

    @property
    def is_sent(self) -> bool:
        return self.status == self.SENT

    def link_state(self, now=None) -> str:
        """'open', 'revoked', 'expired' or 'unsent': whether the private page may be shown."""
        now = now or timezone.now()
        if self.revoked_at:
            return "revoked"
        if self.status != self.SENT:
            return "unsent"
        if self.expires_at and self.expires_at <= now:
            return "expired"
        return "open"


class BundleItem(models.Model):
    bundle = models.ForeignKey(Bundle, on_delete=models.CASCADE, related_name="items")
    page = models.ForeignKey(
        "wagtailcore.Page", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    glossary_term = models.ForeignKey(
        "knowledge.GlossaryTerm",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    # Shown to advisers only: the recipient sees the live title, or "no longer available".
    title = models.CharField(_("title when added"), max_length=300)
    comment = models.TextField(_("adviser's comment"), blank=True, max_length=1000)
    sort_order = models.PositiveIntegerField(default=0)
    added_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["sort_order", "pk"]
        verbose_name = _("bundle item")
        verbose_name_plural = _("bundle items")
        constraints = [
            models.UniqueConstraint(fields=["bundle", "page"], name="unique_bundle_page"),
            models.UniqueConstraint(
                fields=["bundle", "glossary_term"], name="unique_bundle_glossary_term"
            ),
        ]

    def __str__(self) -> str:
        return self.title


class BundleEvent(models.Model):
    CREATED = "created"
    EDITED = "edited"
    ITEM_ADDED = "item_added"
    ITEM_REMOVED = "item_removed"
    SEND_REQUESTED = "send_requested"
    SENT = "sent"
    SEND_FAILED = "send_failed"
    REVOKED = "revoked"
    DUPLICATED = "duplicated"
    RECIPIENT_REMOVED = "recipient_removed"
    ACTION_CHOICES = [
        (CREATED, _("created")),
        (EDITED, _("edited")),
        (ITEM_ADDED, _("item added")),
        (ITEM_REMOVED, _("item removed")),
        (SEND_REQUESTED, _("sending requested")),
        (SENT, _("sent")),
        (SEND_FAILED, _("sending failed")),
        (REVOKED, _("link revoked")),
        (DUPLICATED, _("duplicated")),
        (RECIPIENT_REMOVED, _("recipient data removed")),
    ]

    bundle = models.ForeignKey(Bundle, on_delete=models.CASCADE, related_name="events")
    action = models.CharField(max_length=20, choices=ACTION_CHOICES)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    detail = models.CharField(max_length=500, blank=True)
    at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["at", "pk"]

    def __str__(self) -> str:
        return f"{self.get_action_display()} {self.at:%Y-%m-%d %H:%M}"


class CaseNote(models.Model):
    """What advisers know of a case beyond the published story; never shown to the public."""

    YES, NO, UNKNOWN = "yes", "no", "unknown"
    ACTIVE_CHOICES = [(YES, _("yes")), (NO, _("no")), (UNKNOWN, _("unknown"))]

    case = models.OneToOneField(
        "knowledge.CasePage", on_delete=models.CASCADE, related_name="helpdesk_note"
    )
    internal_notes = models.TextField(_("internal notes"), blank=True)
    willing_to_be_contacted = models.BooleanField(
        _("willing to be contacted"),
        default=False,
        help_text=_("The initiative agreed that other initiatives may call or write to it."),
    )
    contact_route = models.TextField(
        _("contact route"),
        blank=True,
        max_length=500,
        help_text=_("Who to ask for and how; advisers pass it on, it is never published."),
    )
    last_checked = models.DateField(_("last checked"), null=True, blank=True)
    still_active = models.CharField(
        _("still active?"), max_length=10, choices=ACTIVE_CHOICES, default=UNKNOWN
    )
    updated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        editable=False,
    )
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("adviser's note on a case")
        verbose_name_plural = _("advisers' notes on cases")

    def __str__(self) -> str:
        return str(self.case)
