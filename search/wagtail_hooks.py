"""The editors' report of searches that found nothing, under Reports in the admin."""

from django.conf import settings
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.auth import permission_denied
from wagtail.admin.menu import MenuItem
from wagtail.admin.paginator import WagtailPaginator
from wagtail.admin.ui.tables import Column, NumberColumn
from wagtail.admin.views.reports import ReportView

from search.statistics import searches_without_results

REPORT_PERMISSION = "search.view_searchtermday"
REPORT_DAYS = 30


class LanguageColumn(Column):
    """The language's own name ("Nederlands"), not its code."""

    def get_value(self, instance):
        code = super().get_value(instance)
        return dict(settings.LANGUAGES).get(code, code)


class SearchTermPaginator(WagtailPaginator):
    """Counts the report's rows, terms summed over the days, not the model's day rows."""

    verbose_name = _("search term")
    verbose_name_plural = _("search terms")


class SearchesWithoutResultsView(ReportView):
    """What people looked for in the last 30 days and did not find: for editors to write a
    case, add a synonym or promote a page for it."""

    page_title = _("Searches without results")
    paginator_class = SearchTermPaginator
    header_icon = "search"
    index_url_name = "search_without_results"
    index_results_url_name = "search_without_results_results"
    columns = [
        Column("text", label=_("Search term")),
        LanguageColumn("language", label=_("Language")),
        NumberColumn("searches", label=_("Searches")),
        # The day itself: counts are kept per day, so "15 hours ago" would be made up.
        Column("last_searched", label=_("Last searched")),
    ]
    list_export = ["text", "language", "searches", "last_searched"]
    export_headings = {
        "text": _("Search term"),
        "language": _("Language"),
        "searches": _("Searches"),
        "last_searched": _("Last searched"),
    }

    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perm(REPORT_PERMISSION):
            return permission_denied(request)
        return super().dispatch(request, *args, **kwargs)

    def get_queryset(self):
        return searches_without_results(days=REPORT_DAYS)


class ReportMenuItem(MenuItem):
    def is_shown(self, request) -> bool:
        return request.user.has_perm(REPORT_PERMISSION)


@hooks.register("register_admin_urls")
def register_report_urls():
    return [
        path(
            "reports/zonder-resultaat/",
            SearchesWithoutResultsView.as_view(),
            name="search_without_results",
        ),
        path(
            "reports/zonder-resultaat/results/",
            SearchesWithoutResultsView.as_view(results_only=True),
            name="search_without_results_results",
        ),
    ]


@hooks.register("register_reports_menu_item")
def register_report_menu_item():
    return ReportMenuItem(
        _("Searches without results"),
        reverse("search_without_results"),
        name="searches-without-results",
        icon_name="search",
        order=1310,
    )
