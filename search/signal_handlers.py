"""Keep the index fresh: publish, unpublish, move, delete and privacy changes of pages,
edits of glossary terms and initiatives, and new text of a whitepaper's PDF (read again,
or the document deleted), each enqueue an index task after commit."""

from django.db.models import Q
from django.db.models.signals import post_delete, post_save, pre_delete, pre_save
from django.dispatch import receiver

from wagtail.documents import get_document_model
from wagtail.models import Page, PageViewRestriction
from wagtail.signals import page_published, page_slug_changed, page_unpublished, post_page_move

from core.tasks import enqueue_after_commit
from knowledge.models import (
    DevelopmentStage,
    DocumentText,
    FundingSource,
    GlossaryAlias,
    GlossaryPage,
    GlossaryTerm,
    Initiative,
    InitiativeIndexPage,
    InitiativeType,
    LegalForm,
    Province,
    Theme,
    WhitepaperPage,
)
from search import synonyms
from search.models import SearchDocument, facet_key


def _reindex_initiatives_if_directory(page) -> None:
    """The directory gives initiatives their URLs: when it comes, goes or moves, so do they."""
    if isinstance(page.specific_deferred, InitiativeIndexPage):
        for initiative_id in Initiative.objects.values_list("pk", flat=True):
            enqueue_after_commit("search.index_initiative", initiative_id)


@receiver(page_published)
def on_publish(sender, instance, **kwargs):
    enqueue_after_commit("search.index_page", instance.pk)
    _reindex_initiatives_if_directory(instance)
    if isinstance(instance, GlossaryPage):
        for term_id in GlossaryTerm.objects.filter(locale=instance.locale).values_list(
            "pk", flat=True
        ):
            enqueue_after_commit("search.index_glossary_term", term_id)


@receiver(page_unpublished)
def on_unpublish(sender, instance, **kwargs):
    enqueue_after_commit("search.remove_page", instance.pk)
    _reindex_initiatives_if_directory(instance)


@receiver(post_delete, sender=Page)
def on_page_delete(sender, instance, **kwargs):
    enqueue_after_commit("search.remove_page", instance.pk)


@receiver(post_page_move)
@receiver(page_slug_changed)
def on_move(sender, instance, **kwargs):
    enqueue_after_commit("search.index_page_tree", instance.pk)
    _reindex_initiatives_if_directory(instance)


@receiver([post_save, post_delete], sender=PageViewRestriction)
def on_privacy_change(sender, instance, **kwargs):
    enqueue_after_commit("search.index_page_tree", instance.page_id)


@receiver([post_save, post_delete], sender=GlossaryTerm)
def on_glossary_term(sender, instance, **kwargs):
    synonyms.forget(instance.locale.language_code)
    enqueue_after_commit("search.index_glossary_term", instance.pk)


@receiver([post_save, post_delete], sender=GlossaryAlias)
def on_glossary_alias(sender, instance, **kwargs):
    synonyms.forget(instance.term.locale.language_code)
    enqueue_after_commit("search.index_glossary_term", instance.term_id)


@receiver([post_save, post_delete], sender=Initiative)
def on_initiative(sender, instance, **kwargs):
    enqueue_after_commit("search.index_initiative", instance.pk)


def _reindex_whitepapers_using(document_id: int) -> None:
    for page_id in WhitepaperPage.objects.filter(pdf_id=document_id).values_list("pk", flat=True):
        enqueue_after_commit("search.index_page", page_id)


@receiver([post_save, post_delete], sender=DocumentText)
def on_document_text(sender, instance, **kwargs):
    _reindex_whitepapers_using(instance.document_id)


# Before the delete: afterwards the whitepaper no longer points at the document.
@receiver(pre_delete, sender=get_document_model())
def on_document_delete(sender, instance, **kwargs):
    _reindex_whitepapers_using(instance.pk)


VOCABULARY_FACETS = {
    Theme: "theme",
    InitiativeType: "initiative_type",
    Province: "province",
    LegalForm: "legal_form",
    FundingSource: "funding_source",
    DevelopmentStage: "development_stage",
}


def _on_vocabulary_pre_save(sender, instance, **kwargs):
    """The slug before the edit: documents of the term's locale may hold it."""
    instance._slug_before = (
        sender.objects.filter(pk=instance.pk).values_list("slug", flat=True).first()
        if instance.pk
        else None
    )


def _on_vocabulary_saved(sender, instance, **kwargs):
    """A new translation of a term, or a new slug, changes the facet keys of the documents of
    that locale that use the term (search.documents.localised_slugs): index them again."""
    facet = VOCABULARY_FACETS[sender]
    slugs = set(
        sender.objects.filter(translation_key=instance.translation_key).values_list(
            "slug", flat=True
        )
    )
    slugs.discard(None)
    if getattr(instance, "_slug_before", None):
        slugs.add(instance._slug_before)
    holds_term = Q()
    for slug in slugs:
        holds_term |= Q(facet_keys__contains=f" {facet_key(facet, slug)} ")
    if not slugs:
        return
    matching = SearchDocument.objects.filter(holds_term, locale_id=instance.locale_id)
    for object_key in matching.values_list("object_key", flat=True):
        kind, _, rest = object_key.partition(":")
        if kind == "page":
            enqueue_after_commit("search.index_page", int(rest))
        elif kind == "glossary":
            enqueue_after_commit("search.index_glossary_term", int(rest))
        elif kind == "initiative":
            enqueue_after_commit("search.index_initiative", int(rest.split(":")[0]))


for _model in VOCABULARY_FACETS:
    pre_save.connect(_on_vocabulary_pre_save, sender=_model, dispatch_uid=f"search-pre-{_model}")
    post_save.connect(_on_vocabulary_saved, sender=_model, dispatch_uid=f"search-{_model}")
