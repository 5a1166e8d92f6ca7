"""Signal handlers that keep stored content safe to show.

The storage guard: no stored text field holds a character that an output cannot carry.

One ``pre_save`` handler for the models of this project and of the Wagtail apps whose text
the site shows (pages, snippets, documents, images, tags), so every way in is covered: the
public forms, Wagtail's page and snippet editors, ModelViewSets, the API, management commands
and demo content. Single-line fields (``CharField``: titles, names, addresses) also lose their
line breaks, so a stored value can never add a line to a mail header. ``QuerySet.update()``
bypasses signals; the outputs clean again for that reason (see ``core.text``).

Untranslated aliases stay offline: a page synchronised into another locale (wagtail-localize's
locale synchronisation) is an alias that shows its source's text, and Wagtail makes it live
whenever the source is published; ``WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE`` does not
apply there (wagtail-localize issue #743).

The cached main menu is forgotten whenever a page, a view restriction or a site changes.
"""

from django.db import models
from django.db.models.signals import post_delete, post_save, pre_save
from django.dispatch import receiver

from wagtail.fields import StreamField
from wagtail.models import Page, PageViewRestriction, Site
from wagtail.signals import post_page_move

from core import menu
from core.text import clean_data, clean_text, one_line

GUARDED_APPS = frozenset(
    {
        "core",
        "knowledge",
        "uploads",
        "academy",
        "helpdesk",
        "search",
        "wagtailcore",
        "wagtaildocs",
        "wagtailimages",
        "taggit",
    }
)


def _cleaned(field: models.Field, value):
    if isinstance(field, StreamField):
        data = field.get_prep_value(value)
        cleaned = clean_data(data)
        return cleaned if cleaned != data else value
    if isinstance(field, models.JSONField):
        return clean_data(value)
    if not isinstance(value, str):
        return value
    if isinstance(field, models.CharField):
        return one_line(value)
    if isinstance(field, models.TextField):
        return clean_text(value)
    return value


@receiver(pre_save)
def clean_text_fields(sender, instance, raw=False, **kwargs):
    if raw or sender._meta.app_label not in GUARDED_APPS:
        return
    deferred = instance.get_deferred_fields()
    for field in sender._meta.concrete_fields:
        if field.attname in deferred:
            continue
        value = getattr(instance, field.attname)
        cleaned = _cleaned(field, value)
        if cleaned is not value and cleaned != value:
            setattr(instance, field.attname, cleaned)


@receiver(pre_save)
def keep_untranslated_aliases_offline(sender, instance, raw=False, **kwargs):
    if raw or not isinstance(instance, Page) or not instance.alias_of_id or not instance.live:
        return
    source_locale_id = (
        Page.objects.filter(pk=instance.alias_of_id).values_list("locale_id", flat=True).first()
    )
    if source_locale_id is not None and source_locale_id != instance.locale_id:
        instance.live = False
        instance.has_unpublished_changes = True


@receiver(post_save)
@receiver(post_delete)
def forget_main_menu_on_tree_change(sender, instance, raw=False, **kwargs):
    if not raw and isinstance(instance, Page | PageViewRestriction | Site):
        menu.forget_main_menu()


@receiver(post_page_move)
def forget_main_menu_on_move(sender, **kwargs):
    menu.forget_main_menu()
