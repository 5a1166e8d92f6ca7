"""Bundles in the Wagtail admin: only the Helpdesk group has the permissions to see them."""

from django.urls import reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.panels import ObjectList
from wagtail.admin.ui.tables import Column
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from helpdesk import bundles
from helpdesk.forms import BundleAdminForm
from helpdesk.models import Bundle, BundleEvent


def public_side_link(bundle: Bundle) -> str:
    return format_html(
        '<a href="{}">{}</a>', reverse("helpdesk:detail", args=[bundle.pk]), _("Items and sending")
    )


class BundleViewSet(SnippetViewSet):
    model = Bundle
    icon = "folder-open-inverse"
    menu_label = _("Bundles")
    menu_order = 250
    add_to_admin_menu = True
    list_display = [
        "title",
        Column("recipient", label=_("Recipient"), accessor="recipient_label"),
        "status",
        "sent_at",
        "updated_at",
        Column("items", label=_("Items"), accessor=public_side_link),
    ]
    list_filter = ["status"]
    search_fields = ["title", "question"]
    ordering = ["-updated_at"]
    edit_handler = ObjectList(Bundle.panels, base_form_class=BundleAdminForm)


register_snippet(BundleViewSet)


@hooks.register("after_create_snippet")
def record_bundle_created(request, instance):
    """A bundle made in the admin belongs to its maker, like one started on the site."""
    if isinstance(instance, Bundle):
        Bundle.objects.filter(pk=instance.pk, created_by__isnull=True).update(
            created_by=request.user
        )
        BundleEvent.objects.create(bundle=instance, action=BundleEvent.CREATED, user=request.user)


@hooks.register("after_edit_snippet")
def record_bundle_edited(request, instance):
    if isinstance(instance, Bundle):
        BundleEvent.objects.create(bundle=instance, action=BundleEvent.EDITED, user=request.user)


class AdviserMenuItem(MenuItem):
    def is_shown(self, request):
        return bundles.is_adviser(request.user)


@hooks.register("register_admin_menu_item")
def precedent_finder_menu_item():
    return AdviserMenuItem(
        _("Precedent finder"), reverse("helpdesk:finder"), icon_name="search", order=251
    )
