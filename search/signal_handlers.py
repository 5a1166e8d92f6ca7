"""Keep the index fresh: publish, unpublish, move, delete and privacy changes of pages,
edits of glossary terms and initiatives, and new text of a whitepaper's PDF (read again,
or the document deleted), each enqueue an index task after commit."""

from django.db.models.signals import post_delete, post_save, pre_delete
from django.dispatch import receiver

from wagtail.documents import get_document_model
from wagtail.models import Page, PageViewRestriction
from wagtail.signals import page_published, page_slug_changed, page_unpublished, post_page_move

from core.tasks import enqueue_after_commit
from knowledge.models import (
    DocumentText,
    GlossaryAlias,
    GlossaryPage,
    GlossaryTerm,
    Initiative,
    InitiativeIndexPage,
    WhitepaperPage,
)
from search import synonyms


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
