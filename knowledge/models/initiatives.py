"""The initiatives directory: one record per resident-led initiative."""

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator, URLValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.search import index

from rest_framework.fields import DateField
from rest_framework.relations import SlugRelatedField

from core.text import fold
from knowledge.admin_forms import DefaultLocaleVocabularyForm
from knowledge.api_fields import DirectoryPageURLField

from .vocabularies import InitiativeType, LegalForm, Province

# Path segments the directory page uses itself; no initiative's page can sit at one of them.
RESERVED_SLUGS = frozenset({"kaart", "csv", "provincies", "aanmelden"})


def not_reserved(slug: str) -> None:
    if slug in RESERVED_SLUGS:
        raise ValidationError(
            _("'%(slug)s' is part of the directory's own addresses; choose another."),
            params={"slug": slug},
        )


class Initiative(index.Indexed, models.Model):
    base_form_class = DefaultLocaleVocabularyForm

    name = models.CharField(_("name"), max_length=200)
    slug = models.SlugField(
        _("machine name"), max_length=200, unique=True, validators=[not_reserved]
    )
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
    published = models.BooleanField(
        _("shown in the directory"),
        default=True,
        help_text=_("Untick to keep the entry for cases and uploads but out of the directory."),
    )
    last_checked = models.DateField(
        _("last checked"),
        null=True,
        blank=True,
        help_text=_("The day someone last confirmed these details with the initiative."),
    )
    # Name, place and municipality folded (lower case, no accents) for the directory's search
    # box: "cooperatie" finds "Coöperatie" on every database. Filled on save.
    folded_text = models.TextField(editable=False, blank=True, default="")
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

    # Register Bijzonder Statuut: the principles the initiative recorded in the register, in its
    # own words. Registered means a date and principles; the document link is optional.
    statute_registered = models.DateField(
        _("registered in the Register Bijzonder Statuut on"),
        null=True,
        blank=True,
        help_text=_(
            "The day the initiative's principles were entered in the register. Leave empty "
            "while it is not registered; with a date, the principles are required."
        ),
    )
    statute_principles = models.TextField(
        _("registered principles"),
        blank=True,
        max_length=4000,
        help_text=_(
            "The principles as the initiative itself wrote them down, in Dutch. Shown on its "
            "page as written; an empty line starts a new paragraph."
        ),
    )
    statute_url = models.URLField(
        _("statute document"),
        blank=True,
        max_length=500,
        validators=[
            URLValidator(
                schemes=["http", "https"],
                message=_(
                    "Enter the full web address of the statute document, starting with "
                    "https:// or http://."
                ),
            )
        ],
        help_text=_(
            "Optional: a link to the statute document, where the initiative publishes one."
        ),
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
        FieldRowPanel(
            [FieldPanel("published"), FieldPanel("last_checked")], heading=_("Directory")
        ),
        MultiFieldPanel(
            [
                FieldPanel("statute_registered"),
                FieldPanel("statute_principles"),
                FieldPanel("statute_url"),
            ],
            heading=_("Register Bijzonder Statuut"),
            help_text=_(
                "Only what the initiative registered itself. Additions and changes come in "
                "through moderation; do not fill this in on its behalf."
            ),
        ),
    ]
    search_fields = [
        index.SearchField("name", boost=2),
        index.AutocompleteField("name"),
        index.SearchField("place"),
        index.SearchField("municipality"),
        index.FilterField("province_id"),
        index.FilterField("initiative_type_id"),
    ]
    # Open data (/api/v2/initiatives/): the entry's public facts, vocabularies by machine name.
    # An initiative has no personal data; contact people live on submissions, never here.
    api_fields = [
        APIField("name"),
        APIField("slug"),
        APIField("place"),
        APIField("municipality"),
        APIField("province", serializer=SlugRelatedField(slug_field="slug", read_only=True)),
        APIField("initiative_type", serializer=SlugRelatedField(slug_field="slug", read_only=True)),
        APIField("legal_form", serializer=SlugRelatedField(slug_field="slug", read_only=True)),
        APIField("founding_year"),
        APIField("website"),
        APIField("last_checked", serializer=DateField(read_only=True)),
        APIField("statute_registered", serializer=DateField(read_only=True)),
        APIField("statute_principles"),
        APIField("statute_url"),
        APIField("page_url", serializer=DirectoryPageURLField()),
    ]

    class Meta:
        ordering = ["name"]
        verbose_name = _("initiative")
        verbose_name_plural = _("initiatives")

    def __str__(self) -> str:
        return f"{self.name} ({self.place})"

    def save(self, *args, **kwargs):
        self.folded_text = folded_text(self.name, self.place, self.municipality)
        update_fields = kwargs.get("update_fields")
        if update_fields is not None and {"name", "place", "municipality"} & set(update_fields):
            kwargs["update_fields"] = {*update_fields, "folded_text"}
        super().save(*args, **kwargs)

    @property
    def has_statute(self) -> bool:
        """Listed in the Register Bijzonder Statuut (the directory's filter uses the same rule)."""
        return self.statute_registered is not None and self.statute_principles != ""

    def clean(self) -> None:
        super().clean()
        principles = self.statute_principles.strip()
        if self.statute_registered and not principles:
            raise ValidationError(
                {"statute_principles": _("Enter the registered principles, or clear the date.")}
            )
        if (principles or self.statute_url) and not self.statute_registered:
            raise ValidationError(
                {
                    "statute_registered": _(
                        "Enter the day of registration, or clear the principles and the link."
                    )
                }
            )


def folded_text(*parts: str) -> str:
    return fold(" ".join(part for part in parts if part))
