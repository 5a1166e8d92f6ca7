"""'Trots op mijn initiatief': material sent in by initiatives, moderated, then published.

``Submission`` and ``SubmissionFile`` hold what arrived, in private storage, until a moderator
decides; ``UploadIndexPage`` and ``UploadPage`` are what the public sees after approval.

The models began in the ``knowledge`` app; their tables kept the names they had there
(``db_table``), so moving them to this app moved no data (docs/decisions/0017).
"""

import uuid

from django import forms
from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.models import Orderable, Page
from wagtail.search import index

from modelcluster.fields import ParentalKey, ParentalManyToManyField

from knowledge.admin_forms import VocabularyPageForm
from knowledge.models import Initiative, Province, Theme
from uploads.storage import private_storage


class MaterialType(models.TextChoices):
    ANNUAL_REPORT = "jaarverslag", _("annual report")
    POLICY_PLAN = "beleidsplan", _("policy plan")
    NEWSLETTER = "nieuwsbrief", _("newsletter")
    RESEARCH = "onderzoek", _("research")
    PRESENTATION = "presentatie", _("presentation")
    PHOTO = "foto", _("photo")
    OTHER = "overig", _("other")


def year_validators() -> list:
    return [MinValueValidator(1900), MaxValueValidator(2100)]


class Submission(models.Model):
    """One sending-in through the public form; contact details are for moderators only."""

    class Status(models.TextChoices):
        PROCESSING = "processing", _("being processed")
        READY = "ready", _("waiting for moderation")
        CHANGES_REQUESTED = "changes_requested", _("changes requested")
        APPROVED = "approved", _("approved and published")
        REJECTED = "rejected", _("rejected")

    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.PROCESSING
    )
    initiative = models.ForeignKey(
        Initiative,
        verbose_name=_("initiative"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="submissions",
    )
    initiative_name = models.CharField(_("new initiative's name"), max_length=200, blank=True)
    place = models.CharField(_("place"), max_length=120)
    province = models.ForeignKey(
        Province, verbose_name=_("province"), null=True, on_delete=models.SET_NULL, related_name="+"
    )
    contact_name = models.CharField(_("contact name"), max_length=120, blank=True)
    contact_email = models.EmailField(_("contact email address"), blank=True)
    material_type = models.CharField(
        _("type of material"), max_length=20, choices=MaterialType.choices
    )
    year = models.PositiveSmallIntegerField(_("year"), validators=year_validators())
    title = models.CharField(_("title"), max_length=200)
    description = models.TextField(_("short description"), max_length=1000)
    themes = models.ManyToManyField(Theme, verbose_name=_("themes"), blank=True, related_name="+")
    consent_publication = models.BooleanField(_("consent to publication"), default=False)
    consent_privacy = models.BooleanField(_("consent to the privacy statement"), default=False)
    created_at = models.DateTimeField(_("received"), auto_now_add=True)
    processed_at = models.DateTimeField(_("processed"), null=True, blank=True)
    decided_at = models.DateTimeField(_("decided"), null=True, blank=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("decided by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    moderator_message = models.TextField(_("message to the sender"), blank=True)
    page = models.ForeignKey(
        "uploads.UploadPage",
        verbose_name=_("published page"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    confirmation_sent_at = models.DateTimeField(null=True, blank=True)
    decision_sent_at = models.DateTimeField(null=True, blank=True)
    personal_data_removed_at = models.DateTimeField(
        _("contact details removed"), null=True, blank=True
    )

    class Meta:
        db_table = "knowledge_submission"
        ordering = ["-created_at"]
        verbose_name = _("submission")
        verbose_name_plural = _("submissions")
        permissions = [("moderate_submission", "Can moderate 'Trots op mijn initiatief' uploads")]

    def __str__(self) -> str:
        return self.title

    @property
    def initiative_label(self) -> str:
        return self.initiative.name if self.initiative else self.initiative_name


def pending_file_path(instance: "SubmissionFile", filename: str) -> str:
    return f"pending/{instance.batch}/{uuid.uuid4().hex}{instance.extension}"


def thumbnail_path(instance: "SubmissionFile", filename: str) -> str:
    return f"thumbnails/{uuid.uuid4().hex}.png"


class SubmissionFile(models.Model):
    """One accepted file: kept in private storage, never reachable by a URL."""

    class Status(models.TextChoices):
        PENDING = "pending", _("waiting to be processed")
        PROCESSED = "processed", _("processed")
        FAILED = "failed", _("could not be processed")

    submission = models.ForeignKey(
        Submission,
        verbose_name=_("submission"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="files",
    )
    # Files arrive before the form is complete; the batch ties them to one form until then.
    batch = models.CharField(max_length=64, db_index=True)
    original_name = models.CharField(_("name as sent"), max_length=255)
    name = models.CharField(_("name"), max_length=120)
    kind = models.CharField(_("type"), max_length=10)
    content_type = models.CharField(_("content type"), max_length=100)
    size = models.PositiveBigIntegerField(_("size in bytes"))
    sha256 = models.CharField(max_length=64, db_index=True)
    file = models.FileField(storage=private_storage, upload_to=pending_file_path, max_length=200)
    status = models.CharField(
        _("processing"), max_length=10, choices=Status.choices, default=Status.PENDING
    )
    outcome = models.CharField(_("outcome"), max_length=300, blank=True)
    attempts = models.PositiveSmallIntegerField(default=0)
    extracted_text = models.TextField(_("extracted text"), blank=True)
    # [{"part": "word/media/image1.jpeg", "fields": ["location", "camera"]}, ...]; "" is the
    # file itself. Shown to the moderator; the codes are named in processing.METADATA_LABELS.
    removed_metadata = models.JSONField(_("metadata removed"), default=list, blank=True)
    thumbnail = models.FileField(
        storage=private_storage, upload_to=thumbnail_path, blank=True, max_length=200
    )
    created_at = models.DateTimeField(auto_now_add=True)
    processed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        db_table = "knowledge_submissionfile"
        ordering = ["created_at", "pk"]
        verbose_name = _("submitted file")
        verbose_name_plural = _("submitted files")

    def __str__(self) -> str:
        return self.name

    @property
    def extension(self) -> str:
        return f".{self.kind}"


class UploadIndexPage(RoutablePageMixin, Page):
    """'Trots op mijn initiatief': published material with filters, and the form to send more."""

    intro = models.TextField(_("introduction"), max_length=800, blank=True)
    form_intro = models.TextField(_("introduction to the form"), max_length=1500, blank=True)
    privacy_statement_url = models.URLField(_("privacy statement"), blank=True)

    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        FieldPanel("form_intro"),
        FieldPanel("privacy_statement_url"),
    ]
    search_fields = [*Page.search_fields, index.SearchField("intro")]
    api_fields = [APIField("intro")]

    parent_page_types = ["core.HomePage"]
    subpage_types = ["uploads.UploadPage"]
    max_count_per_parent = 1

    class Meta:
        db_table = "knowledge_uploadindexpage"
        verbose_name = _("'Trots op mijn initiatief' index")
        verbose_name_plural = _("'Trots op mijn initiatief' indexes")

    # Page as controller: the views import this page model, so they are imported when served.
    @path("")
    def index(self, request):
        from uploads import views

        return views.index(request, self)

    @path("insturen/")
    def submit(self, request):
        from uploads import views

        return views.submit(request, self)

    @path("insturen/bestand/")
    def upload_file(self, request):
        from uploads import views

        return views.upload_file(request, self)

    @path("insturen/ontvangen/")
    def received(self, request):
        from uploads import views

        return views.received(request, self)


class UploadPage(Page):
    """Published material of one initiative; its body for search is the extracted text."""

    base_form_class = VocabularyPageForm

    initiative = models.ForeignKey(
        Initiative,
        verbose_name=_("initiative"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="uploads",
    )
    initiative_name = models.CharField(
        _("initiative's name"),
        max_length=200,
        blank=True,
        help_text=_("Only when the initiative is not in the directory yet."),
    )
    place = models.CharField(_("place"), max_length=120, blank=True)
    province = models.ForeignKey(
        Province,
        verbose_name=_("province"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    material_type = models.CharField(
        _("type of material"), max_length=20, choices=MaterialType.choices
    )
    year = models.PositiveSmallIntegerField(_("year"), validators=year_validators())
    description = models.TextField(_("short description"), max_length=1000)
    themes = ParentalManyToManyField(Theme, verbose_name=_("themes"), blank=True)
    extracted_text = models.TextField(
        _("text of the documents"),
        blank=True,
        help_text=_("Taken from the files; search finds the material by it. Not shown."),
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("description"),
        MultiFieldPanel(
            [
                FieldPanel("initiative"),
                FieldPanel("initiative_name"),
                FieldPanel("place"),
                FieldPanel("province"),
            ],
            heading=_("Initiative"),
        ),
        FieldPanel("material_type"),
        FieldPanel("year"),
        FieldPanel("themes", widget=forms.CheckboxSelectMultiple),
        InlinePanel("upload_documents", label=_("Documents")),
        FieldPanel("extracted_text"),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("description", boost=2),
        index.SearchField("extracted_text"),
        index.FilterField("material_type"),
        index.FilterField("year"),
        index.FilterField("province_id"),
    ]
    api_fields = [
        APIField("description"),
        APIField("material_type"),
        APIField("year"),
        APIField("place"),
        APIField("province"),
        APIField("themes"),
    ]

    parent_page_types = ["uploads.UploadIndexPage"]
    subpage_types: list[str] = []

    class Meta:
        db_table = "knowledge_uploadpage"
        verbose_name = _("material from an initiative")
        verbose_name_plural = _("material from initiatives")

    @property
    def initiative_label(self) -> str:
        return self.initiative.name if self.initiative else self.initiative_name

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        if self.initiative_id:
            context["initiative_cases"] = (
                self.initiative.cases.live().public().filter(locale=self.locale)
            )
        return context


class UploadDocument(Orderable):
    page = ParentalKey(UploadPage, on_delete=models.CASCADE, related_name="upload_documents")
    document = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("document"),
        on_delete=models.CASCADE,
        related_name="+",
    )
    thumbnail = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("thumbnail"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    panels = [FieldPanel("document"), FieldPanel("thumbnail")]

    class Meta(Orderable.Meta):
        db_table = "knowledge_uploaddocument"
