"""The initiatives directory: one record per resident-led initiative."""

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.search import index

from .vocabularies import InitiativeType, LegalForm, Province


class Initiative(index.Indexed, models.Model):
    name = models.CharField(_("name"), max_length=200)
    slug = models.SlugField(_("machine name"), max_length=200, unique=True)
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
    latitude = models.DecimalField(
        _("latitude"),
        max_digits=9,
        decimal_places=6,
        null=True,
        blank=True,
        validators=[MinValueValidator(-90), MaxValueValidator(90)],
    )
    longitude = models.DecimalField(
        _("longitude"),
        max_digits=9,
        decimal_places=6,
        null=True,
        blank=True,
        validators=[MinValueValidator(-180), MaxValueValidator(180)],
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("slug"),
        MultiFieldPanel(
            [FieldPanel("place"), FieldPanel("municipality"), FieldPanel("province")],
            heading=_("Where"),
        ),
        FieldPanel("initiative_type"),
        FieldPanel("legal_form"),
        FieldPanel("website"),
        FieldPanel("founding_year"),
        FieldRowPanel([FieldPanel("latitude"), FieldPanel("longitude")], heading=_("Map")),
    ]
    search_fields = [
        index.SearchField("name", boost=2),
        index.AutocompleteField("name"),
        index.SearchField("place"),
        index.SearchField("municipality"),
        index.FilterField("province_id"),
        index.FilterField("initiative_type_id"),
    ]
    api_fields = ["name", "slug", "place", "municipality", "website", "founding_year"]

    class Meta:
        ordering = ["name"]
        verbose_name = _("initiative")
        verbose_name_plural = _("initiatives")

    def __str__(self) -> str:
        return f"{self.name} ({self.place})"
