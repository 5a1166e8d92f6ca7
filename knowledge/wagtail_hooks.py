from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.panels import FieldPanel
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

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
from uploads.permissions import MODERATE_PERMISSION


class VocabularyViewSet(SnippetViewSet):
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


class GlossaryTermViewSet(SnippetViewSet):
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
