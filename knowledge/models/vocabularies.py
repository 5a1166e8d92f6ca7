"""Controlled, translatable vocabularies: editors change names, machine names stay stable."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.models import TranslatableMixin
from wagtail.search import index


def unique_slug_per_locale(model_name: str) -> models.UniqueConstraint:
    return models.UniqueConstraint(
        fields=["locale", "slug"], name=f"unique_{model_name}_slug_per_locale"
    )


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
        constraints = [unique_slug_per_locale("theme")]


class InitiativeType(Vocabulary):
    class Meta(Vocabulary.Meta):
        verbose_name = _("initiative type")
        verbose_name_plural = _("initiative types")
        constraints = [unique_slug_per_locale("initiativetype")]


class LegalForm(Vocabulary):
    class Meta(Vocabulary.Meta):
        verbose_name = _("legal form")
        verbose_name_plural = _("legal forms")
        constraints = [unique_slug_per_locale("legalform")]


class Province(Vocabulary):
    """The twelve provinces: names can be translated, none added or removed."""

    class Meta(Vocabulary.Meta):
        verbose_name = _("province")
        verbose_name_plural = _("provinces")
        constraints = [unique_slug_per_locale("province")]


class FundingSource(Vocabulary):
    class Meta(Vocabulary.Meta):
        verbose_name = _("funding source")
        verbose_name_plural = _("funding sources")
        constraints = [unique_slug_per_locale("fundingsource")]


class DevelopmentStage(Vocabulary):
    class Meta(Vocabulary.Meta):
        verbose_name = _("development stage")
        verbose_name_plural = _("development stages")
        constraints = [unique_slug_per_locale("developmentstage")]


VOCABULARY_MODELS = [Theme, InitiativeType, LegalForm, Province, FundingSource, DevelopmentStage]
