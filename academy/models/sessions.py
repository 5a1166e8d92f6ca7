"""Sessions (bijeenkomsten) of a course and the people who register for them.

Registrations hold personal data: they are not snippets, not indexed and not in the API.
Only the Academie group sees them, in the admin views of ``academy.admin_views``.
"""

import uuid

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models.functions import Lower
from django.utils import formats, timezone
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel


class Session(models.Model):
    OPEN = "open"
    FULL = "full"
    CANCELLED = "cancelled"
    STATUS_CHOICES = [(OPEN, _("open")), (FULL, _("full")), (CANCELLED, _("cancelled"))]

    course = models.ForeignKey(
        "academy.CoursePage",
        verbose_name=_("course"),
        on_delete=models.CASCADE,
        related_name="sessions",
    )
    title = models.CharField(
        _("name"),
        max_length=150,
        blank=True,
        help_text=_("For example 'Meeting 1'; left empty, the course title is used."),
    )
    starts_at = models.DateTimeField(_("starts at"))
    ends_at = models.DateTimeField(_("ends at"))
    venue = models.CharField(_("venue"), max_length=200, blank=True)
    address = models.TextField(_("address"), max_length=400, blank=True)
    online_url = models.URLField(
        _("online meeting link"),
        blank=True,
        help_text=_("Shown only to registered participants, on their personal page and in mail."),
    )
    capacity = models.PositiveIntegerField(
        _("places"), default=20, validators=[MinValueValidator(1), MaxValueValidator(10000)]
    )
    registration_deadline = models.DateTimeField(
        _("registration closes"),
        null=True,
        blank=True,
        help_text=_("Left empty, registration closes when the session starts."),
    )
    status = models.CharField(_("status"), max_length=20, choices=STATUS_CHOICES, default=OPEN)
    cancellation_reason = models.TextField(_("reason for cancelling"), max_length=1000, blank=True)
    cancelled_at = models.DateTimeField(_("cancelled at"), null=True, blank=True, editable=False)

    panels = [
        FieldPanel("course"),
        FieldPanel("title"),
        FieldRowPanel([FieldPanel("starts_at"), FieldPanel("ends_at")], heading=_("When")),
        MultiFieldPanel(
            [FieldPanel("venue"), FieldPanel("address"), FieldPanel("online_url")],
            heading=_("Where"),
        ),
        FieldRowPanel(
            [FieldPanel("capacity"), FieldPanel("registration_deadline"), FieldPanel("status")],
            heading=_("Registration"),
        ),
    ]

    class Meta:
        ordering = ["starts_at"]
        verbose_name = _("session")
        verbose_name_plural = _("sessions")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(ends_at__gt=models.F("starts_at")),
                name="academy_session_ends_after_start",
            )
        ]

    def __str__(self) -> str:
        return f"{self.display_title}, {self.date_display()}"

    def clean(self) -> None:
        if self.starts_at and self.ends_at and self.ends_at <= self.starts_at:
            raise ValidationError({"ends_at": _("The end must be after the start.")})
        if self.status == self.CANCELLED and self.pk is not None:
            previous = Session.objects.filter(pk=self.pk).values_list("status", flat=True).first()
            if previous != self.CANCELLED:
                raise ValidationError(
                    {"status": _("Cancel a session with the button on its registrations page.")}
                )

    @property
    def display_title(self) -> str:
        return self.title or self.course.title

    @property
    def closes_at(self):
        return self.registration_deadline or self.starts_at

    @property
    def registered_count(self) -> int:
        return self.registrations.filter(status=Registration.REGISTERED).count()

    @property
    def places_left(self) -> int:
        return max(self.capacity - self.registered_count, 0)

    def display_status(self) -> str:
        """What a visitor sees: cancelled, full (registrations go to the waiting list) or open."""
        if self.status == self.CANCELLED:
            return self.CANCELLED
        if self.status == self.FULL or self.places_left == 0:
            return self.FULL
        return self.OPEN

    def is_bookable(self, now=None) -> bool:
        now = now or timezone.now()
        return self.status != self.CANCELLED and now < self.closes_at

    def date_display(self) -> str:
        """'dinsdag 3 maart 2026' in Dutch, in the time zone of the Netherlands."""
        return formats.date_format(timezone.localtime(self.starts_at), "l j F Y")

    def time_display(self) -> str:
        start = timezone.localtime(self.starts_at)
        end = timezone.localtime(self.ends_at)
        return _("%(start)s to %(end)s") % {
            "start": formats.date_format(start, "H.i"),
            "end": formats.date_format(end, "H.i"),
        }

    def place_display(self) -> str:
        """The public description of where: never the online link."""
        if self.venue:
            return self.venue
        return str(_("Online")) if self.online_url else ""


class Registration(models.Model):
    REGISTERED = "registered"
    WAITING = "waiting"
    CANCELLED = "cancelled"
    STATUS_CHOICES = [
        (REGISTERED, _("registered")),
        (WAITING, _("on the waiting list")),
        (CANCELLED, _("cancelled")),
    ]
    ACTIVE = [REGISTERED, WAITING]

    session = models.ForeignKey(
        Session, verbose_name=_("session"), on_delete=models.CASCADE, related_name="registrations"
    )
    # The signed personal link carries this key, never the row id; anonymising replaces it.
    key = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    status = models.CharField(_("status"), max_length=20, choices=STATUS_CHOICES)
    name = models.CharField(_("name"), max_length=120)
    email = models.EmailField(_("email address"))
    initiative = models.ForeignKey(
        "knowledge.Initiative",
        verbose_name=_("initiative"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    initiative_name = models.CharField(_("initiative (own words)"), max_length=200, blank=True)
    role = models.CharField(_("role"), max_length=120, blank=True)
    accessibility_needs = models.TextField(_("accessibility needs"), max_length=1000, blank=True)
    language = models.CharField(_("language"), max_length=10, default="nl")
    consent_at = models.DateTimeField(_("consent to the privacy statement"))
    attended = models.BooleanField(_("attended"), default=False)
    created_at = models.DateTimeField(_("registered at"), default=timezone.now)
    promoted_at = models.DateTimeField(_("moved up from the waiting list"), null=True, blank=True)
    cancelled_at = models.DateTimeField(_("cancelled at"), null=True, blank=True)
    anonymised_at = models.DateTimeField(_("anonymised at"), null=True, blank=True)
    confirmation_sent_at = models.DateTimeField(null=True, blank=True)
    promotion_sent_at = models.DateTimeField(null=True, blank=True)
    reminder_sent_at = models.DateTimeField(null=True, blank=True)
    cancellation_sent_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["created_at", "id"]
        verbose_name = _("registration")
        verbose_name_plural = _("registrations")
        permissions = [
            ("export_registration", "Can export registrations"),
            ("message_registration", "Can send a message to registrants"),
        ]
        constraints = [
            models.UniqueConstraint(
                Lower("email"),
                "session",
                condition=models.Q(
                    status__in=["registered", "waiting"], anonymised_at__isnull=True
                ),
                name="academy_one_active_registration_per_email",
            )
        ]
        indexes = [models.Index(fields=["session", "status", "created_at"])]

    def __str__(self) -> str:
        return f"{self.session}: {self.get_status_display()}"

    @property
    def initiative_display(self) -> str:
        return self.initiative.name if self.initiative else self.initiative_name

    def waiting_position(self) -> int | None:
        if self.status != self.WAITING:
            return None
        earlier = Registration.objects.filter(
            session_id=self.session_id, status=self.WAITING
        ).filter(
            models.Q(created_at__lt=self.created_at)
            | models.Q(created_at=self.created_at, id__lt=self.id)
        )
        return earlier.count() + 1


class SessionMessage(models.Model):
    """A message from the organisers to everyone registered for a session."""

    session = models.ForeignKey(
        Session, verbose_name=_("session"), on_delete=models.CASCADE, related_name="messages"
    )
    subject = models.CharField(_("subject"), max_length=150)
    body = models.TextField(_("message"), max_length=5000)
    include_waiting_list = models.BooleanField(_("also to the waiting list"), default=False)
    sent_by = models.CharField(_("sent by"), max_length=150, blank=True)
    created_at = models.DateTimeField(_("sent at"), auto_now_add=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("message to registrants")
        verbose_name_plural = _("messages to registrants")

    def __str__(self) -> str:
        return self.subject
