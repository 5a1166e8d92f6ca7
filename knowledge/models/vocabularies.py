"""Controlled, translatable vocabularies: editors change names, machine names stay stable."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.models import TranslatableMixin
from wagtail.search import index


class Vocabulary(TranslatableMixin, index.Indexed, models.Model):
    slug = models.SlugField(
        _("machine name"),
        max_length=80,
        help_text=_("Stable name used in links and filters; do not change it after publishing."),
    )
    name = models.CharField(_("name"), max_length=120)
    description = models.TextField(_("short description"), max_length=500, blank=True)

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("description")]
    search_fields = [
        index.SearchField("name"),
        index.AutocompleteField("name"),
        index.FilterField("slug"),
        index.FilterField("locale_id"),
    ]
    api_fields = ["slug", "name", "description"]

    class Meta(TranslatableMixin.Meta):
        abstract = True
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class Theme(Vocabulary):
    class Meta(Vocabulary.Meta):
        verbose_name = _("theme")
        verbose_name_plural = _("themes")
        constraints = [
            models.UniqueConstraint(fields=["locale", "slug"], name="unique_theme_slug_per_locale")
        ]


class InitiativeType(Vocabulary):
    class Meta(Vocabulary.Meta):
        verbose_name = _("initiative type")
        verbose_name_plural = _("initiative types")
        constraints = [
            models.UniqueConstraint(
                fields=["locale", "slug"], name="unique_initiativetype_slug_per_locale"
            )
        ]


class LegalForm(Vocabulary):
    class Meta(Vocabulary.Meta):
        verbose_name = _("legal form")
        verbose_name_plural = _("legal forms")
        constraints = [
            models.UniqueConstraint(
                fields=["locale", "slug"], name="unique_legalform_slug_per_locale"
            )
        ]


class Province(Vocabulary):
    """The twelve provinces: names can be translated, none added or removed."""

    class Meta(Vocabulary.Meta):
        verbose_name = _("province")
        verbose_name_plural = _("provinces")
        constraints = [
            models.UniqueConstraint(
                fields=["locale", "slug"], name="unique_province_slug_per_locale"
            )
        ]


class FundingSource(Vocabulary):
    class Meta(Vocabulary.Meta):
        verbose_name = _("funding source")
        verbose_name_plural = _("funding sources")
        constraints = [
            models.UniqueConstraint(
                fields=["locale", "slug"], name="unique_fundingsource_slug_per_locale"
            )
        ]


class DevelopmentStage(Vocabulary):
    class Meta(Vocabulary.Meta):
        verbose_name = _("development stage")
        verbose_name_plural = _("development stages")
        constraints = [
            models.UniqueConstraint(
                fields=["locale", "slug"], name="unique_developmentstage_slug_per_locale"
            )
        ]


VOCABULARY_MODELS = [Theme, InitiativeType, LegalForm, Province, FundingSource, DevelopmentStage]
