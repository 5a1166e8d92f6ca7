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
        # The apps' page models build on core, so core reaches them only when a page is served.
        from academy.models import AcademyIndexPage
        from knowledge.models import KnowledgeIndexPage

        context = super().get_context(request, *args, **kwargs)
        children = self.get_children().live().public()
        context["knowledge_index"] = children.type(KnowledgeIndexPage).first()
        context["academy_index"] = children.type(AcademyIndexPage).first()
        return context


class MailFailure(models.Model):
    """A mail that could not be built or sent, for staff to see; one row per mail.

    ``permanent``: retrying cannot help (a header that cannot be built, an address the mail
    server refuses); the sweeps leave such a mail alone until staff delete the row, which
    lets the next sweep try again. A later success fills in ``resolved_at``.
    """

    purpose = models.CharField(_("mail"), max_length=100)
    object_id = models.CharField(_("about"), max_length=64)
    description = models.CharField(_("description"), max_length=255, blank=True)
    attempts = models.PositiveIntegerField(_("attempts"), default=0)
    permanent = models.BooleanField(_("not retried"), default=False)
    last_error = models.TextField(_("last error"), blank=True)
    first_failed_at = models.DateTimeField(_("first failure"), auto_now_add=True)
    last_failed_at = models.DateTimeField(_("last failure"), null=True)
    resolved_at = models.DateTimeField(_("sent after all"), null=True, blank=True)

    class Meta:
        ordering = ["-last_failed_at"]
        verbose_name = _("mail failure")
        verbose_name_plural = _("mail failures")
        constraints = [
            models.UniqueConstraint(fields=["purpose", "object_id"], name="one_failure_per_mail")
        ]

    def __str__(self) -> str:
        return f"{self.purpose} {self.object_id}"
