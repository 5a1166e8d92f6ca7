"""Page types of the knowledge base."""

from django import forms
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.http import Http404
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    MultiFieldPanel,
    ObjectList,
    TabbedInterface,
)
from wagtail.api import APIField
from wagtail.blocks import TextBlock
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from taggit.models import TaggedItemBase

from knowledge.admin_forms import VocabularyPageForm
from knowledge.blocks import BodyBlock, ChangeBlock, ChapterBlock
from knowledge.forms import FeedbackForm

from .initiatives import Initiative
from .monitor import MonitorPage
from .vocabularies import (
    DevelopmentStage,
    FundingSource,
    InitiativeType,
    LegalForm,
    Province,
    Theme,
)

SUMMARY_MAX_LENGTH = 300


def tabs_with_facts(content_panels: list, facts_panels: list) -> TabbedInterface:
    """Editors find the story and the filterable facts on separate tabs."""
    return TabbedInterface(
        [
            ObjectList(content_panels, heading=_("Content")),
            ObjectList(facts_panels, heading=_("Facts")),
            ObjectList(Page.promote_panels, heading=_("Promote")),
            ObjectList(Page.settings_panels, heading=_("Settings")),
        ]
    )


class KnowledgeIndexPage(RoutablePageMixin, Page):
    """The knowledge base's home, with an index page per theme and per initiative type."""

    intro = models.TextField(_("introduction"), max_length=600, blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    search_fields = [*Page.search_fields, index.SearchField("intro")]
    api_fields = [APIField("intro")]

    parent_page_types = ["core.HomePage"]
    subpage_types = [
        "knowledge.CasePage",
        "knowledge.WhitepaperPage",
        "knowledge.GlossaryPage",
        "knowledge.MonitorPage",
    ]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("knowledge base")
        verbose_name_plural = _("knowledge bases")

    def get_context(self, request, *args, **kwargs):
        # Page as controller: the selectors import these page models, so not at the top.
        from knowledge import selectors

        context = super().get_context(request, *args, **kwargs)
        context["newest_cases"] = selectors.newest(self, CasePage)
        context["newest_whitepapers"] = selectors.newest(self, WhitepaperPage)
        context["themes"] = selectors.theme_counts(self)
        context["glossary_page"] = self.get_children().live().type(GlossaryPage).first()
        context["monitor_page"] = self.get_children().live().type(MonitorPage).first()
        return context

    @path("")
    def index(self, request):
        return self.render(request)

    # Translated paths: "thema/" and "soort/" in Dutch, "theme/" and "type/" in English.
    @path(_("theme/<slug:slug>/"))
    def theme(self, request, slug):
        return self._listing(request, Theme, slug, "themes__slug")

    @path(_("type/<slug:slug>/"))
    def initiative_type(self, request, slug):
        return self._listing(request, InitiativeType, slug, "initiative_type__slug")

    def _listing(self, request, vocabulary, slug, lookup):
        # Page as controller: the selectors import these page models, so not at the top.
        from knowledge import selectors

        term = vocabulary.objects.filter(locale=self.locale, slug=slug).first()
        if term is None:
            raise Http404
        items = selectors.content_with(self, lookup, slug)
        return TemplateResponse(
            request,
            "knowledge/listing.html",
            {
                "page": self,
                "term": term,
                "vocabulary": vocabulary._meta,
                "items": items,
                "case_count": sum(isinstance(item, CasePage) for item in items),
                "whitepaper_count": sum(isinstance(item, WhitepaperPage) for item in items),
            },
        )


class CaseTag(TaggedItemBase):
    content_object = ParentalKey(
        "knowledge.CasePage", on_delete=models.CASCADE, related_name="tagged_items"
    )


class CasePage(Page):
    """A good-practice case (praktijkvoorbeeld): one initiative's story and its lessons."""

    base_form_class = VocabularyPageForm

    SETTING_CHOICES = [("dorp", _("village")), ("wijk", _("neighbourhood")), ("stad", _("city"))]

    initiative = models.ForeignKey(
        Initiative,
        verbose_name=_("initiative"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="cases",
    )
    summary = models.TextField(
        _("summary"),
        max_length=SUMMARY_MAX_LENGTH,
        help_text=_("Plain text, at most 300 characters; shown in search results and bundles."),
    )
    image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    themes = ParentalManyToManyField(Theme, verbose_name=_("themes"), blank=True)
    initiative_type = models.ForeignKey(
        InitiativeType,
        verbose_name=_("initiative type"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    legal_form = models.ForeignKey(
        LegalForm,
        verbose_name=_("legal form"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    province = models.ForeignKey(
        Province,
        verbose_name=_("province"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    setting = models.CharField(_("setting"), max_length=10, choices=SETTING_CHOICES, blank=True)
    founding_year = models.PositiveSmallIntegerField(
        _("founding year"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1800), MaxValueValidator(2100)],
    )
    # Empty means unknown: shown as nothing, never as 0.
    members = models.PositiveIntegerField(_("members"), null=True, blank=True)
    paid_staff = models.PositiveIntegerField(_("paid staff"), null=True, blank=True)
    volunteers = models.PositiveIntegerField(_("volunteers"), null=True, blank=True)
    funding_sources = ParentalManyToManyField(
        FundingSource, verbose_name=_("funding sources"), blank=True
    )
    development_stage = models.ForeignKey(
        DevelopmentStage,
        verbose_name=_("development stage"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    body = StreamField(BodyBlock(), verbose_name=_("story"), blank=True)
    what_worked = StreamField(
        [("principle", TextBlock(label=_("principle")))], verbose_name=_("what worked"), blank=True
    )
    lessons = StreamField(
        [("lesson", TextBlock(label=_("lesson")))], verbose_name=_("lessons learned"), blank=True
    )
    tags = ClusterTaggableManager(through=CaseTag, verbose_name=_("tags"), blank=True)
    search_keywords = models.TextField(
        _("extra search words"),
        blank=True,
        help_text=_("Words people search with that the text does not use; not shown."),
    )
    last_reviewed = models.DateField(_("last reviewed"), null=True, blank=True)

    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        FieldPanel("initiative"),
        FieldPanel("image"),
        FieldPanel("body"),
        FieldPanel("what_worked"),
        FieldPanel("lessons"),
        InlinePanel("related_case_links", label=_("Related cases")),
        InlinePanel("case_documents", label=_("Documents")),
    ]
    facts_panels = [
        FieldPanel("themes", widget=forms.CheckboxSelectMultiple),
        MultiFieldPanel(
            [
                FieldPanel("initiative_type"),
                FieldPanel("legal_form"),
                FieldPanel("province"),
                FieldPanel("setting"),
                FieldPanel("development_stage"),
            ],
            heading=_("Kind of initiative"),
        ),
        FieldRowPanel(
            [
                FieldPanel("founding_year"),
                FieldPanel("members"),
                FieldPanel("paid_staff"),
                FieldPanel("volunteers"),
            ],
            heading=_("Figures (leave empty when unknown)"),
        ),
        FieldPanel("funding_sources", widget=forms.CheckboxSelectMultiple),
        FieldPanel("tags"),
        FieldPanel("search_keywords"),
        FieldPanel("last_reviewed"),
    ]
    edit_handler = tabs_with_facts(content_panels, facts_panels)
    search_fields = [
        *Page.search_fields,
        index.SearchField("summary", boost=2),
        index.SearchField("body"),
        index.SearchField("what_worked"),
        index.SearchField("lessons"),
        index.SearchField("search_keywords"),
        index.RelatedFields("tags", [index.SearchField("name", boost=2)]),
        index.RelatedFields("initiative", [index.SearchField("name"), index.SearchField("place")]),
        index.FilterField("initiative_type_id"),
        index.FilterField("legal_form_id"),
        index.FilterField("province_id"),
        index.FilterField("development_stage_id"),
        index.FilterField("setting"),
        index.FilterField("founding_year"),
    ]
    api_fields = [
        APIField("summary"),
        APIField("body"),
        APIField("what_worked"),
        APIField("lessons"),
        APIField("themes"),
        APIField("initiative_type"),
        APIField("legal_form"),
        APIField("province"),
        APIField("setting"),
        APIField("founding_year"),
        APIField("members"),
        APIField("paid_staff"),
        APIField("volunteers"),
        APIField("funding_sources"),
        APIField("development_stage"),
        APIField("tags"),
        APIField("last_reviewed"),
    ]

    parent_page_types = ["knowledge.KnowledgeIndexPage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("case")
        verbose_name_plural = _("cases")

    def get_context(self, request, *args, **kwargs):
        # Page as controller: the selectors import these page models, so not at the top.
        from knowledge import selectors

        context = super().get_context(request, *args, **kwargs)
        from uploads.selectors import uploads_of_initiative

        context["related_cases"] = selectors.related_cases(self)
        context["initiative_uploads"] = uploads_of_initiative(self.initiative_id, self.locale_id)
        return context


class CaseRelation(Orderable):
    page = ParentalKey(CasePage, on_delete=models.CASCADE, related_name="related_case_links")
    related_case = models.ForeignKey(
        CasePage, verbose_name=_("case"), on_delete=models.CASCADE, related_name="+"
    )

    panels = [FieldPanel("related_case")]


class CaseDocument(Orderable):
    page = ParentalKey(CasePage, on_delete=models.CASCADE, related_name="case_documents")
    document = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("document"),
        on_delete=models.CASCADE,
        related_name="+",
    )

    panels = [FieldPanel("document")]


class WhitepaperTag(TaggedItemBase):
    content_object = ParentalKey(
        "knowledge.WhitepaperPage", on_delete=models.CASCADE, related_name="tagged_items"
    )


class WhitepaperPage(Page):
    """A whitepaper: a living document in chapters, with a PDF and a way to send feedback."""

    base_form_class = VocabularyPageForm

    summary = models.TextField(_("summary"), max_length=SUMMARY_MAX_LENGTH)
    authors = StreamField(
        [("author", TextBlock(label=_("author")))], verbose_name=_("authors"), blank=True
    )
    organisations = StreamField(
        [("organisation", TextBlock(label=_("organisation")))],
        verbose_name=_("co-publishing organisations"),
        blank=True,
    )
    publication_date = models.DateField(_("publication date"), null=True, blank=True)
    version_label = models.CharField(_("version"), max_length=20, blank=True)
    changelog = StreamField([("change", ChangeBlock())], verbose_name=_("change log"), blank=True)
    chapters = StreamField([("chapter", ChapterBlock())], verbose_name=_("chapters"))
    pdf = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("PDF"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    themes = ParentalManyToManyField(Theme, verbose_name=_("themes"), blank=True)
    tags = ClusterTaggableManager(through=WhitepaperTag, verbose_name=_("tags"), blank=True)

    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        MultiFieldPanel(
            [FieldPanel("authors"), FieldPanel("organisations"), FieldPanel("publication_date")],
            heading=_("Publication"),
        ),
        MultiFieldPanel(
            [FieldPanel("version_label"), FieldPanel("changelog")], heading=_("Version")
        ),
        FieldPanel("chapters"),
        FieldPanel("pdf"),
    ]
    facts_panels = [
        FieldPanel("themes", widget=forms.CheckboxSelectMultiple),
        FieldPanel("tags"),
    ]
    edit_handler = tabs_with_facts(content_panels, facts_panels)
    search_fields = [
        *Page.search_fields,
        index.SearchField("summary", boost=2),
        index.SearchField("chapters"),
        index.SearchField("organisations"),
        index.RelatedFields("tags", [index.SearchField("name", boost=2)]),
        index.FilterField("publication_date"),
    ]
    api_fields = [
        APIField("summary"),
        APIField("authors"),
        APIField("organisations"),
        APIField("publication_date"),
        APIField("version_label"),
        APIField("changelog"),
        APIField("chapters"),
        APIField("pdf"),
        APIField("themes"),
        APIField("tags"),
    ]

    parent_page_types = ["knowledge.KnowledgeIndexPage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("whitepaper")
        verbose_name_plural = _("whitepapers")

    def table_of_contents(self) -> list[tuple[str, str]]:
        return [(chapter.value.anchor_id(), chapter.value["title"]) for chapter in self.chapters]

    def serve(self, request, *args, **kwargs):
        # Page as controller: the feedback service imports this page model, so not at the top.
        from knowledge.feedback import FeedbackOutcome, handle_feedback

        if request.method != "POST":
            return super().serve(request, *args, **kwargs)
        result = handle_feedback(self, request)
        if result.outcome is FeedbackOutcome.STORED:
            return redirect(f"{self.url}?reactie=ontvangen#reageren")
        context = self.get_context(request, *args, **kwargs)
        context["feedback_form"] = result.form
        context["feedback_error"] = result.message
        return TemplateResponse(request, self.get_template(request), context, status=result.status)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.setdefault("feedback_form", FeedbackForm())
        context["feedback_received"] = request.GET.get("reactie") == "ontvangen"
        return context


class GlossaryPage(Page):
    """The glossary ("gezamenlijke taal"): every term of this locale, A to Z."""

    intro = models.TextField(_("introduction"), max_length=600, blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["knowledge.KnowledgeIndexPage"]
    subpage_types: list[str] = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("glossary")
        verbose_name_plural = _("glossaries")

    def get_context(self, request, *args, **kwargs):
        # Page as controller: the selectors import these page models, so not at the top.
        from knowledge import selectors

        context = super().get_context(request, *args, **kwargs)
        context["letters"] = selectors.glossary_by_letter(self.locale)
        return context
