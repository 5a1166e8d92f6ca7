from django.apps import apps
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect
from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.auth import permission_denied
from wagtail.admin.menu import MenuItem
from wagtail.admin.paginator import WagtailPaginator
from wagtail.admin.panels import FieldPanel
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.reports import ReportView
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import (
    EditView,
    IndexView,
    SnippetViewSet,
    SnippetViewSetGroup,
)

from wagtail_localize.models import Translation

from knowledge import report_admin_urls
from knowledge.models import (
    DevelopmentStage,
    FundingSource,
    GlossaryTerm,
    Initiative,
    InitiativeType,
    LegalForm,
    MonitorEdition,
    Province,
    Theme,
    WhitepaperFeedback,
)
from knowledge.permissions import SourceLocalePermissionPolicy
from knowledge.translation_views import UpdateTranslationsWithoutPublishView
from knowledge.translators import (
    TRANSLATABLE_SNIPPETS,
    out_of_date_translations,
    save_translation_draft,
    submit_translation_for_review,
)
from uploads.permissions import MODERATE_PERMISSION


class SourceLocaleIndexView(IndexView):
    """Links only the terms the user may change (translators: not the Dutch ones)."""

    def get_edit_url(self, instance):
        if self.user_has_permission_for_instance("change", instance):
            return super().get_edit_url(instance)
        return None


class SourceLocaleEditView(EditView):
    def get_object(self, queryset=None):
        instance = super().get_object(queryset)
        if not self.user_has_permission_for_instance("change", instance):
            raise PermissionDenied
        return instance


class TranslatableSnippetViewSet(SnippetViewSet):
    """Vocabularies and glossary: translators edit the English terms, editors the Dutch ones."""

    index_view_class = SourceLocaleIndexView
    edit_view_class = SourceLocaleEditView


class VocabularyViewSet(TranslatableSnippetViewSet):
    list_display = ["name", "slug", "locale"]
    search_fields = ["name"]
    list_filter = ["locale"]


def vocabulary_viewset(vocabulary, icon: str) -> type[SnippetViewSet]:
    return type(
        f"{vocabulary.__name__}ViewSet", (VocabularyViewSet,), {"model": vocabulary, "icon": icon}
    )


class InitiativeViewSet(SnippetViewSet):
    model = Initiative
    icon = "group"
    list_display = ["name", "place", "province", "initiative_type", "published", "last_checked"]
    list_filter = ["province", "initiative_type", "legal_form", "published"]
    search_fields = ["name", "place", "municipality"]


class GlossaryTermViewSet(TranslatableSnippetViewSet):
    model = GlossaryTerm
    icon = "openquote"
    list_display = ["term", "slug", "locale"]
    list_filter = ["locale"]
    search_fields = ["term", "definition"]


class MonitorEditionViewSet(SnippetViewSet):
    model = MonitorEdition
    icon = "table"
    list_display = ["year", "total", "source"]
    ordering = ["-year"]


class WhitepaperFeedbackViewSet(SnippetViewSet):
    """Readers' comments: editors read them; nobody edits what a reader wrote."""

    model = WhitepaperFeedback
    icon = "mail"
    list_display = ["page", "name", "email", "created_at", "editors_notified_at"]
    list_filter = ["page"]
    inspect_view_enabled = True
    panels = [FieldPanel("page", read_only=True), FieldPanel("comment", read_only=True)]


class KnowledgeViewSetGroup(SnippetViewSetGroup):
    menu_label = _("Knowledge base")
    menu_icon = "folder-open-inverse"
    menu_order = 200
    items = (
        InitiativeViewSet,
        GlossaryTermViewSet,
        MonitorEditionViewSet,
        WhitepaperFeedbackViewSet,
        vocabulary_viewset(Theme, "tag"),
        vocabulary_viewset(InitiativeType, "tag"),
        vocabulary_viewset(LegalForm, "tag"),
        vocabulary_viewset(Province, "site"),
        vocabulary_viewset(FundingSource, "tag"),
        vocabulary_viewset(DevelopmentStage, "tag"),
    )


for model_name in TRANSLATABLE_SNIPPETS:
    translatable_snippet = apps.get_model("knowledge", model_name)
    register_permission_policy(
        translatable_snippet, SourceLocalePermissionPolicy(translatable_snippet), exact_class=True
    )
register_snippet(KnowledgeViewSetGroup)


@hooks.register("register_admin_urls")
def register_initiative_report_urls():
    return [
        path("aanmeldingen/", include(report_admin_urls, namespace="initiative_reports")),
    ]


class ReportModeratorMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm(MODERATE_PERMISSION)


@hooks.register("register_admin_menu_item")
def register_initiative_report_menu_item():
    return ReportModeratorMenuItem(
        _("Initiative reports"), reverse("initiative_reports:queue"), icon_name="group", order=255
    )


TRANSLATION_PERMISSION = "wagtail_localize.submit_translation"
SAVE_DRAFT_ACTION = "nlzve-save-translation-draft"
SUBMIT_ACTION = "nlzve-submit-translation"

# Translators: a draft from the translation editor, and the report of what is out of date.


class TranslationDraftColumn(Column):
    """The update ("sync") view of wagtail-localize, which re-reads the source's strings."""

    cell_template_name = "knowledge/admin/translation_update_cell.html"

    def get_value(self, instance):
        return reverse("wagtail_localize:update_translations", args=[instance.source_id])


class TranslationPaginator(WagtailPaginator):
    """Names the rows in the reader's language, not by wagtail-localize's English model name."""

    verbose_name = _("translation")
    verbose_name_plural = _("translations")


class OutOfDateTranslationsView(ReportView):
    page_title = _("Translations that need updating")
    paginator_class = TranslationPaginator
    header_icon = "site"
    index_url_name = "translations_out_of_date"
    index_results_url_name = "translations_out_of_date_results"
    columns = [
        Column("source", label=_("Source"), accessor=lambda t: t.source.object_repr),
        Column("source_locale", label=_("From"), accessor=lambda t: t.source.locale),
        Column("target_locale", label=_("Into")),
        Column("source_changed_at", label=_("Source changed")),
        Column("synced_at", label=_("Last synced"), accessor=lambda t: t.source.last_updated_at),
        TranslationDraftColumn("update", label=_("Update")),
    ]

    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perm(TRANSLATION_PERMISSION):
            return permission_denied(request)
        return super().dispatch(request, *args, **kwargs)

    def get_queryset(self):
        return out_of_date_translations()


class OutOfDateTranslationsMenuItem(MenuItem):
    def is_shown(self, request) -> bool:
        return request.user.has_perm(TRANSLATION_PERMISSION)


@hooks.register("register_admin_urls")
def register_translation_report_urls():
    return [
        # Before wagtail-localize's own URL of the same address (knowledge comes first in
        # INSTALLED_APPS), so "Sync translated pages" leads here too.
        path(
            "localize/update/<int:translation_source_id>/",
            UpdateTranslationsWithoutPublishView.as_view(),
        ),
        path(
            "reports/vertalingen-bijwerken/",
            OutOfDateTranslationsView.as_view(),
            name="translations_out_of_date",
        ),
        path(
            "reports/vertalingen-bijwerken/results/",
            OutOfDateTranslationsView.as_view(results_only=True),
            name="translations_out_of_date_results",
        ),
    ]


@hooks.register("register_reports_menu_item")
def register_translation_report_menu_item():
    return OutOfDateTranslationsMenuItem(
        _("Translations that need updating"),
        reverse("translations_out_of_date"),
        name="translations-out-of-date",
        icon_name="site",
        order=1320,
    )


@hooks.register("before_edit_page", order=-1)
def save_translation_draft_from_editor(request, page):
    """POST from the form beside the translation editor: a draft revision from the page's
    strings (``nlzve-save-translation-draft``), or that draft handed to the review workflow
    (``nlzve-submit-translation``)."""
    submit = SUBMIT_ACTION in request.POST
    if request.method != "POST" or not (submit or SAVE_DRAFT_ACTION in request.POST):
        return None
    translation = Translation.objects.filter(
        source__object_id=page.translation_key, target_locale_id=page.locale_id, enabled=True
    ).first()
    if translation is None:
        return None
    if not page.permissions_for_user(request.user).can_edit():
        return permission_denied(request)
    if submit and page.get_workflow() is not None:
        submit_translation_for_review(translation, request.user)
        messages.success(request, _("The translation is submitted to the final editors."))
        return redirect("wagtailadmin_pages:edit", page.pk)
    save_translation_draft(translation, request.user)
    messages.success(request, _("The translation is saved as a draft."))
    return redirect("wagtailadmin_pages:edit", page.pk)
