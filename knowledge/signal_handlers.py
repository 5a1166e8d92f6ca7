"""Read a whitepaper's PDF again whenever it may have changed: the page is published with a
(new) PDF, or the file of a PDF that a whitepaper uses is replaced. Both after commit.

A knowledge base copied for translation gets the review workflow of the Dutch one.
"""

from django.db.models.signals import post_save
from django.dispatch import receiver

from wagtail.documents import get_document_model
from wagtail.signals import copy_for_translation_done, page_published

from core.tasks import enqueue_after_commit
from knowledge.editorial import ensure_editorial_workflow
from knowledge.models import KnowledgeIndexPage, WhitepaperPage


@receiver(page_published, sender=WhitepaperPage)
def on_whitepaper_published(sender, instance, **kwargs):
    if instance.pdf_id:
        enqueue_after_commit("knowledge.extract_document_text", instance.pdf_id)


@receiver(post_save, sender=get_document_model())
def on_document_saved(sender, instance, **kwargs):
    if WhitepaperPage.objects.filter(pdf=instance).exists():
        enqueue_after_commit("knowledge.extract_document_text", instance.pk)


@receiver(copy_for_translation_done)
def on_copied_for_translation(sender, source_obj, target_obj, **kwargs):
    """Translating a case copies its knowledge base too; that copy is reviewed as Dutch is."""
    if isinstance(getattr(target_obj, "specific", target_obj), KnowledgeIndexPage):
        ensure_editorial_workflow(target_obj)
