"""Read a whitepaper's PDF again whenever it may have changed: the page is published with a
(new) PDF, or the file of a PDF that a whitepaper uses is replaced. Both after commit."""

from django.db.models.signals import post_save
from django.dispatch import receiver

from wagtail.documents import get_document_model
from wagtail.signals import page_published

from core.tasks import enqueue_after_commit
from knowledge.models import WhitepaperPage


@receiver(page_published, sender=WhitepaperPage)
def on_whitepaper_published(sender, instance, **kwargs):
    if instance.pdf_id:
        enqueue_after_commit("knowledge.extract_document_text", instance.pdf_id)


@receiver(post_save, sender=get_document_model())
def on_document_saved(sender, instance, **kwargs):
    if WhitepaperPage.objects.filter(pdf=instance).exists():
        enqueue_after_commit("knowledge.extract_document_text", instance.pk)
