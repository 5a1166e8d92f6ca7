"""Keep the index fresh: publish, unpublish, move, delete and privacy changes of pages,
and edits of glossary terms and initiatives, each enqueue an index task after commit."""

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from wagtail.models import Page, PageViewRestriction
from wagtail.signals import page_published, page_slug_changed, page_unpublished, post_page_move

from core.tasks import enqueue_after_commit
from knowledge.models import GlossaryAlias, GlossaryPage, GlossaryTerm, Initiative
from search import synonyms, tasks


@receiver(page_published)
def on_publish(sender, instance, **kwargs):
    enqueue_after_commit(tasks.index_page, instance.pk)
    if isinstance(instance, GlossaryPage):
        for term_id in GlossaryTerm.objects.filter(locale=instance.locale).values_list(
            "pk", flat=True
        ):
            enqueue_after_commit(tasks.index_glossary_term, term_id)


@receiver(page_unpublished)
def on_unpublish(sender, instance, **kwargs):
    enqueue_after_commit(tasks.remove_page, instance.pk)


@receiver(post_delete, sender=Page)
def on_page_delete(sender, instance, **kwargs):
    enqueue_after_commit(tasks.remove_page, instance.pk)


@receiver(post_page_move)
@receiver(page_slug_changed)
def on_move(sender, instance, **kwargs):
    enqueue_after_commit(tasks.index_page_tree, instance.pk)


@receiver([post_save, post_delete], sender=PageViewRestriction)
def on_privacy_change(sender, instance, **kwargs):
    enqueue_after_commit(tasks.index_page_tree, instance.page_id)


@receiver([post_save, post_delete], sender=GlossaryTerm)
def on_glossary_term(sender, instance, **kwargs):
    synonyms.forget(instance.locale.language_code)
    enqueue_after_commit(tasks.index_glossary_term, instance.pk)


@receiver([post_save, post_delete], sender=GlossaryAlias)
def on_glossary_alias(sender, instance, **kwargs):
    synonyms.forget(instance.term.locale.language_code)
    enqueue_after_commit(tasks.index_glossary_term, instance.term_id)


@receiver([post_save, post_delete], sender=Initiative)
def on_initiative(sender, instance, **kwargs):
    enqueue_after_commit(tasks.index_initiative, instance.pk)
