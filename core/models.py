from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.models import Page
from wagtail.search import index


class HomePage(Page):
    """The root page of each locale: a hero and the ways into the site."""

    hero_heading = models.CharField(_("heading"), max_length=120)
    hero_intro = models.TextField(_("introduction"), max_length=500, blank=True)
    hero_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    content_panels = [
        *Page.content_panels,
        MultiFieldPanel(
            [FieldPanel("hero_heading"), FieldPanel("hero_intro"), FieldPanel("hero_image")],
            heading=_("Hero"),
        ),
    ]
    search_fields = [*Page.search_fields, index.SearchField("hero_intro")]

    parent_page_types = ["wagtailcore.Page"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("home page")
        verbose_name_plural = _("home pages")

    def get_context(self, request, *args, **kwargs):
        from academy.models import AcademyIndexPage
        from knowledge.models import KnowledgeIndexPage

        context = super().get_context(request, *args, **kwargs)
        children = self.get_children().live().public()
        context["knowledge_index"] = children.type(KnowledgeIndexPage).first()
        context["academy_index"] = children.type(AcademyIndexPage).first()
        return context
