"""Alerts in the Wagtail admin: the addresses for the alerts group alone, the counts for all."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.panels import FieldPanel
from wagtail.admin.ui.tables import Column
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from alerts import admin_views
from alerts.filters import describe
from alerts.models import Subscription


def _filters(subscription: Subscription) -> str:
    return describe(subscription.query, subscription.language)


class SubscriptionViewSet(SnippetViewSet):
    """Needs the subscription permissions, which only the E-mailmeldingen group has."""

    model = Subscription
    icon = "mail"
    menu_label = _("E-mail alerts")
    menu_order = 260
    add_to_admin_menu = True
    list_display = [
        "email",
        Column("filters", label=_("Follows"), accessor=_filters),
        "frequency",
        "status",
        "confirmed_at",
        "failures",
    ]
    list_filter = ["status", "frequency"]
    search_fields = ["email"]
    # Searched in the database: addresses never go into a search index.
    search_backend_name = None
    ordering = ["-created_at"]
    panels = [FieldPanel("frequency"), FieldPanel("status")]


register_snippet(SubscriptionViewSet)


@hooks.register("register_admin_urls")
def register_admin_urls():
    return [path("meldingen/overzicht/", admin_views.report, name="alerts_report")]


@hooks.register("register_reports_menu_item")
def register_report_menu_item():
    return MenuItem(_("What people follow"), reverse("alerts_report"), icon_name="mail", order=900)
