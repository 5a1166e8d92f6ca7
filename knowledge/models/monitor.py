"""The Monitor in figures: a page with the movement's inventory and survey, and its editions.

An edition (a snippet) holds what one round of the Monitor counted: its year, the number of
initiatives per province and a few headline results. A figure nobody has yet is left empty,
and the page says so; it never shows a zero for "unknown".
"""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel

from knowledge.admin_forms import MonitorEditionForm
from knowledge.blocks import BodyBlock
from knowledge.vocabulary_data import PROVINCES

FIRST_YEAR = 2000
LAST_YEAR = 2100
PROVINCE_CHOICES = list(PROVINCES)


def validate_not_negative(value: int | None) -> None:
    if value is not None and value < 0:
        raise ValidationError(
            _("A count cannot be negative. Leave the field empty if the figure is not known."),
            code="negative",
        )


def validate_year(value: int) -> None:
    if not FIRST_YEAR <= value <= LAST_YEAR:
        raise ValidationError(
            _("Enter a year between %(first)s and %(last)s."),
            code="year",
            params={"first": FIRST_YEAR, "last": LAST_YEAR},
        )


class MonitorPage(Page):
    """What the Monitor Zorgzame Gemeenschappen counted, with every edition's figures."""

    intro = models.TextField(_("introduction"), max_length=800, blank=True)
    body = StreamField(BodyBlock(), blank=True, verbose_name=_("text"))

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("body")]
    search_fields = [*Page.search_fields, index.SearchField("intro"), index.SearchField("body")]
    api_fields = [APIField("intro"), APIField("body")]

    parent_page_types = ["knowledge.KnowledgeIndexPage"]
    subpage_types: list[str] = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("Monitor in figures")
        verbose_name_plural = _("Monitor in figures")

    def get_context(self, request, *args, **kwargs):
        # Page as controller: the read side imports this model, so not at the top.
        from knowledge import monitor

        context = super().get_context(request, *args, **kwargs)
        context["editions"] = monitor.editions(self.locale)
        return context


class MonitorEdition(ClusterableModel):
    """One round of the Monitor: the year it counted and what it found."""

    base_form_class = MonitorEditionForm

    year = models.PositiveSmallIntegerField(_("year"), unique=True, validators=[validate_year])
    total = models.IntegerField(
        _("initiatives counted in total"),
        null=True,
        blank=True,
        validators=[validate_not_negative],
        help_text=_("Leave empty if the edition gives no total."),
    )
    summary = models.TextField(_("what this edition is"), max_length=600, blank=True)
    source = models.CharField(
        _("source"), max_length=300, help_text=_("Who counted, and how; shown under the figures.")
    )
    source_url = models.URLField(_("link to the source"), blank=True)

    panels = [
        MultiFieldPanel(
            [FieldPanel("year"), FieldPanel("total"), FieldPanel("summary")],
            heading=_("Edition"),
        ),
        MultiFieldPanel([FieldPanel("source"), FieldPanel("source_url")], heading=_("Source")),
        InlinePanel("province_counts", heading=_("Initiatives per province"), max_num=12),
        InlinePanel("results", heading=_("Headline results")),
    ]

    class Meta:
        ordering = ["-year"]
        verbose_name = _("Monitor edition")
        verbose_name_plural = _("Monitor editions")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(total__isnull=True) | models.Q(total__gte=0),
                name="monitor_edition_total_not_negative",
            )
        ]

    def __str__(self) -> str:
        return str(_("Monitor %(year)s") % {"year": self.year})


class MonitorProvinceCount(Orderable):
    edition = ParentalKey(MonitorEdition, on_delete=models.CASCADE, related_name="province_counts")
    province = models.CharField(_("province"), max_length=40, choices=PROVINCE_CHOICES)
    count = models.IntegerField(
        _("initiatives"),
        null=True,
        blank=True,
        validators=[validate_not_negative],
        help_text=_("Leave empty if the number is not known."),
    )

    panels = [FieldPanel("province"), FieldPanel("count")]

    class Meta(Orderable.Meta):
        verbose_name = _("province count")
        verbose_name_plural = _("province counts")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(count__isnull=True) | models.Q(count__gte=0),
                name="monitor_count_not_negative",
            ),
        ]


class MonitorResult(Orderable):
    edition = ParentalKey(MonitorEdition, on_delete=models.CASCADE, related_name="results")
    label = models.CharField(_("what it counts"), max_length=200)
    value = models.CharField(
        _("figure"),
        max_length=40,
        blank=True,
        help_text=_("As the source gives it, e.g. 323 or 64%. Leave empty if not yet known."),
    )

    panels = [FieldPanel("label"), FieldPanel("value")]

    class Meta(Orderable.Meta):
        verbose_name = _("headline result")
        verbose_name_plural = _("headline results")
