"""Mail failures in the admin: staff see which mail did not go out, and why."""

from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.viewsets.model import ModelViewSet

from core.models import MailFailure


class MailFailureViewSet(ModelViewSet):
    """Unticking "not retried" (or deleting the row) lets the next sweep try the mail again."""

    model = MailFailure
    icon = "warning"
    menu_label = _("Mail failures")
    add_to_admin_menu = True
    menu_order = 900
    list_display = [
        "purpose",
        "object_id",
        "description",
        "attempts",
        "permanent",
        "last_failed_at",
        "resolved_at",
    ]
    list_filter = ["permanent", "purpose"]
    search_fields = ["description", "purpose", "object_id"]
    inspect_view_enabled = True
    form_fields = ["permanent"]


@hooks.register("register_admin_viewset")
def register_mail_failures():
    return MailFailureViewSet("mail_failures")
