"""Editors' forms: vocabulary choices in the language of what is being edited."""

from django.db.models import Q
from django.utils.translation import gettext as _

from wagtail.admin.forms import WagtailAdminModelForm, WagtailAdminPageForm
from wagtail.models import Locale

from knowledge.models.vocabularies import Vocabulary


def limit_terms_to_locale(form, locale_id: int | None) -> None:
    """Each vocabulary field offers the terms of one language (they exist once per language),
    and keeps the terms already chosen, so a page copied from Dutch loses none on save."""
    if locale_id is None:
        return
    for name, field in form.fields.items():
        queryset = getattr(field, "queryset", None)
        if queryset is None or not issubclass(queryset.model, Vocabulary):
            continue
        chosen_ids = _ids(form.initial.get(name))
        field.queryset = queryset.filter(Q(locale_id=locale_id) | Q(pk__in=chosen_ids))


def _ids(value) -> list[int]:
    """The primary keys in a form's initial value: one object or key, a list, a queryset."""
    if hasattr(value, "all"):
        value = list(value.all())
    if value is None or value == "":
        return []
    values = value if isinstance(value, list | tuple) else [value]
    return [item.pk if hasattr(item, "pk") else int(item) for item in values if item != ""]


class VocabularyPageForm(WagtailAdminPageForm):
    """Cases, whitepapers, courses and uploads: the terms of the page's own language."""

    def __init__(self, *args, parent_page=None, **kwargs):
        super().__init__(*args, parent_page=parent_page, **kwargs)
        locale_id = self.instance.locale_id or (parent_page.locale_id if parent_page else None)
        limit_terms_to_locale(self, locale_id)


class DefaultLocaleVocabularyForm(WagtailAdminModelForm):
    """Initiatives are not translated: their facts are terms of the site's first language."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        limit_terms_to_locale(self, Locale.get_default().pk)


class MonitorEditionForm(WagtailAdminModelForm):
    """An edition counts each province at most once; a second row for it is refused by name."""

    def clean(self):
        cleaned_data = super().clean()
        formset = self.formsets.get("province_counts")
        if formset is None:
            return cleaned_data
        seen: set[str] = set()
        for form in formset.forms:
            # The rows are checked after this form; validate each one now to read its values.
            data = form.cleaned_data if form.is_valid() else {}
            province = data.get("province")
            if not province or data.get("DELETE"):
                continue
            if province in seen:
                name = dict(form.fields["province"].choices).get(province, province)
                form.add_error(
                    "province",
                    _("%(province)s is in this edition twice. Give each province one row.")
                    % {"province": name},
                )
            seen.add(province)
        return cleaned_data
