"""Links from a page to a translatable snippet are synchronised, not translated with the page.

wagtail-localize's default treats such a link (a case's province, legal form, type, stage) as a
related object to translate along with the page: submitting a case for translation then saves
the snippet's English translation again from its untranslated Dutch strings, so "North Brabant"
became "Noord-Brabant" for every English page. The vocabularies and the glossary are translated
as snippets of their own and matched by ``translation_key``; the English page keeps the link
to the same term, and the templates and search show that term in the page's language.
"""

from django.db import models

from wagtail.models import Page, TranslatableMixin, get_page_models

from wagtail_localize.fields import SynchronizedField, TranslatableField, get_translatable_fields


def links_a_translatable_snippet(model: type[Page], field: TranslatableField) -> bool:
    model_field = model._meta.get_field(field.field_name)
    target = getattr(model_field, "related_model", None)
    return (
        isinstance(model_field, models.ForeignKey)
        and target is not None
        and issubclass(target, TranslatableMixin)
        and not issubclass(target, Page)
    )


def synchronise_snippet_links() -> None:
    """Run once the models are loaded: every page type's own list of translatable fields."""
    # All lists first: wagtail-localize reads an inherited list as the subclass's own.
    fields_of = {model: get_translatable_fields(model) for model in get_page_models()}
    for model, fields in fields_of.items():
        if any(
            isinstance(field, TranslatableField) and links_a_translatable_snippet(model, field)
            for field in fields
        ):
            model.translatable_fields = [
                SynchronizedField(field.field_name)
                if isinstance(field, TranslatableField)
                and links_a_translatable_snippet(model, field)
                else field
                for field in fields
            ]
