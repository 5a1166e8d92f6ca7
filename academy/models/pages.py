"""Page types of the academy: the catalogue, courses and their modules."""

from django import forms
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.blocks import TextBlock
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from modelcluster.fields import ParentalManyToManyField

from academy.blocks import ModuleBodyBlock
from knowledge.admin_forms import VocabularyPageForm
from knowledge.models import Theme
from knowledge.models.pages import tabs_with_facts

from .sessions import Session
from .vocabularies import Audience, Teacher


class AcademyIndexPage(Page):
    """The Ella Vogelaar Academie: the course catalogue, with filters that work without JS."""

    intro = models.TextField(_("introduction"), max_length=600, blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    search_fields = [*Page.search_fields, index.SearchField("intro")]
    api_fields = [APIField("intro")]

    parent_page_types = ["core.HomePage"]
    subpage_types = ["academy.CoursePage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("academy")
        verbose_name_plural = _("academies")

    def get_context(self, request, *args, **kwargs):
        # Page as controller: the selectors and the form import these page models.
        from academy import selectors
        from academy.forms import CatalogueFilterForm

        context = super().get_context(request, *args, **kwargs)
        form = CatalogueFilterForm(request.GET or None, locale=self.locale)
        filters = form.filters()
        context["filter_form"] = form
        context["courses"] = selectors.catalogue(self, filters)
        context["is_filtered"] = filters.is_active
        return context


class CoursePage(RoutablePageMixin, Page):
    """A course (leergang): what you learn, for whom, its modules and its sessions."""

    base_form_class = VocabularyPageForm

    FORMAT_ONLINE = "online"
    FORMAT_ON_SITE = "locatie"
    FORMAT_BLENDED = "combinatie"
    FORMAT_CHOICES = [
        (FORMAT_ONLINE, _("online")),
        (FORMAT_ON_SITE, _("on site")),
        (FORMAT_BLENDED, _("online and on site")),
    ]

    intro = models.TextField(
        _("introduction"),
        max_length=600,
        help_text=_("Plain text, shown in the catalogue and in search results."),
    )
    audiences = ParentalManyToManyField(Audience, verbose_name=_("audience"), blank=True)
    learning_goals = StreamField(
        [("goal", TextBlock(label=_("learning goal")))],
        verbose_name=_("learning goals"),
        blank=True,
    )
    format = models.CharField(_("format"), max_length=20, choices=FORMAT_CHOICES)
    duration = models.CharField(_("duration"), max_length=120, blank=True)
    cost = models.CharField(
        _("cost"),
        max_length=120,
        blank=True,
        help_text=_("Leave empty when the course is free of charge."),
    )
    language = models.CharField(
        _("language of the course"),
        max_length=10,
        choices=[("nl", "Nederlands"), ("en", "English")],
    )
    prerequisites = models.TextField(_("prerequisites"), max_length=1000, blank=True)
    themes = ParentalManyToManyField(Theme, verbose_name=_("themes"), blank=True)
    teachers = ParentalManyToManyField(Teacher, verbose_name=_("teachers"), blank=True)

    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        FieldPanel("learning_goals"),
        FieldPanel("prerequisites"),
        FieldPanel("teachers", widget=forms.CheckboxSelectMultiple),
    ]
    facts_panels = [
        FieldPanel("audiences", widget=forms.CheckboxSelectMultiple),
        FieldPanel("themes", widget=forms.CheckboxSelectMultiple),
        MultiFieldPanel(
            [
                FieldPanel("format"),
                FieldPanel("duration"),
                FieldPanel("cost"),
                FieldPanel("language"),
            ],
            heading=_("Practical"),
        ),
    ]
    edit_handler = tabs_with_facts(content_panels, facts_panels)
    search_fields = [
        *Page.search_fields,
        index.SearchField("intro", boost=2),
        index.SearchField("learning_goals"),
        index.SearchField("prerequisites"),
        index.FilterField("format"),
    ]
    api_fields = [
        APIField("intro"),
        APIField("audiences"),
        APIField("learning_goals"),
        APIField("format"),
        APIField("duration"),
        APIField("cost"),
        APIField("language"),
        APIField("prerequisites"),
        APIField("themes"),
    ]

    parent_page_types = ["academy.AcademyIndexPage"]
    subpage_types = ["academy.ModulePage"]

    class Meta:
        verbose_name = _("course")
        verbose_name_plural = _("courses")

    def modules(self):
        return ModulePage.objects.child_of(self).live().public()

    def session_source(self):
        """Sessions belong to the course in its original language; translations show them too."""
        return Session.objects.filter(course__translation_key=self.translation_key)

    def upcoming_sessions(self):
        return (
            self.session_source()
            .filter(starts_at__gt=timezone.now())
            .select_related("course__locale")
        )

    def get_context(self, request, *args, **kwargs):
        # Page as controller: structured_data imports the session model of this app.
        from academy.structured_data import course_json_ld

        context = super().get_context(request, *args, **kwargs)
        context["modules"] = self.modules()
        context["sessions"] = self.upcoming_sessions()
        context["json_ld"] = course_json_ld(self, context["sessions"], request)
        return context

    @path("")
    def index(self, request):
        return self.render(request)

    @path("aanmelden/<int:session_id>/")
    def register(self, request, session_id):
        # Page as controller: the view imports this page model, so not at the top.
        from academy.views import register

        return register(request, self, session_id)


class ModulePage(Page):
    """One module of a course: text, video, downloads, reflection, links to the knowledge base."""

    intro = models.TextField(_("introduction"), max_length=600, blank=True)
    body = StreamField(ModuleBodyBlock(), verbose_name=_("content"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("body")]
    search_fields = [
        *Page.search_fields,
        index.SearchField("intro", boost=2),
        index.SearchField("body"),
    ]
    api_fields = [APIField("intro"), APIField("body")]

    parent_page_types = ["academy.CoursePage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("module")
        verbose_name_plural = _("modules")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        course = self.get_parent().specific
        modules = list(course.modules())
        position = next((i for i, module in enumerate(modules) if module.pk == self.pk), 0)
        context["course"] = course
        context["module_number"] = position + 1
        context["module_count"] = len(modules)
        context["previous_module"] = modules[position - 1] if position > 0 else None
        context["next_module"] = modules[position + 1] if position + 1 < len(modules) else None
        return context
