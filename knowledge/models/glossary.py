"""The shared language ("gezamenlijke taal"): terms with synonyms and abbreviations."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.models import Orderable, TranslatableMixin
from wagtail.search import index

from modelcluster.fields import ParentalKey, ParentalManyToManyField
from modelcluster.models import ClusterableModel

from .vocabularies import Theme


class GlossaryTerm(TranslatableMixin, index.Indexed, ClusterableModel):
    term = models.CharField(_("term"), max_length=120)
    slug = models.SlugField(_("machine name"), max_length=120)
    definition = models.TextField(_("definition"), max_length=1500)
    themes = ParentalManyToManyField(Theme, verbose_name=_("themes"), blank=True)

    panels = [
        FieldPanel("term"),
        FieldPanel("slug"),
        FieldPanel("definition"),
        InlinePanel("aliases", label=_("Synonyms and abbreviations")),
        FieldPanel("themes"),
    ]
    search_fields = [
        index.SearchField("term", boost=3),
        index.AutocompleteField("term"),
        index.SearchField("definition"),
        index.RelatedFields("aliases", [index.SearchField("text", boost=2)]),
        index.FilterField("locale_id"),
    ]
    api_fields = ["term", "slug", "definition", "synonyms", "abbreviations"]

    class Meta(TranslatableMixin.Meta):
        ordering = ["term"]
        verbose_name = _("glossary term")
        verbose_name_plural = _("glossary terms")
        constraints = [
            models.UniqueConstraint(fields=["locale", "slug"], name="unique_term_slug_per_locale")
        ]

    def __str__(self) -> str:
        return self.term

    @property
    def synonyms(self) -> list[str]:
        return [alias.text for alias in self.aliases.all() if alias.kind == GlossaryAlias.SYNONYM]

    @property
    def abbreviations(self) -> list[str]:
        return [
            alias.text for alias in self.aliases.all() if alias.kind == GlossaryAlias.ABBREVIATION
        ]

    @property
    def initial(self) -> str:
        first = self.term[:1].upper()
        return first if first.isalpha() else "#"


class GlossaryAlias(Orderable):
    """Another way people say the same thing; search expands queries with these."""

    SYNONYM = "synonym"
    ABBREVIATION = "abbreviation"

    term = ParentalKey(GlossaryTerm, on_delete=models.CASCADE, related_name="aliases")
    text = models.CharField(_("word or phrase"), max_length=120)
    kind = models.CharField(
        _("kind"),
        max_length=20,
        choices=[(SYNONYM, _("synonym")), (ABBREVIATION, _("abbreviation"))],
        default=SYNONYM,
    )

    panels = [FieldPanel("text"), FieldPanel("kind")]

    class Meta(Orderable.Meta):
        verbose_name = _("synonym or abbreviation")
        verbose_name_plural = _("synonyms and abbreviations")

    def __str__(self) -> str:
        return self.text
