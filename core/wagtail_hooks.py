"""The admin's own pieces: the second-factor pages, the staff stylesheet, mail failures and
the sign-in log."""

from django.templatetags.static import static
from django.urls import path
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.viewsets.base import ViewSetGroup
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permission_policies.base import BasePermissionPolicy
from wagtail.permissions import register_permission_policy

from axes.models import AccessAttempt, AccessFailureLog

from core import admin_views
from core.models import MailFailure


@hooks.register("register_admin_urls")
def register_admin_urls():
    return [
        path("twee-staps/instellen/", admin_views.setup, name="two_factor_setup"),
        path("twee-staps/", admin_views.verify, name="two_factor_verify"),
    ]


@hooks.register("insert_global_admin_css")
def admin_css():
    return format_html('<link rel="stylesheet" href="{}">', static("css/admin.css"))


class SuperuserPolicy(BasePermissionPolicy):
    """Superusers only, and only the actions named: the login log is evidence, not content."""

    def __init__(self, model, actions: set[str]):
        super().__init__(model)
        self.actions = actions

    def user_has_permission(self, user, action):
        return user.is_active and user.is_superuser and action in self.actions

    def user_has_any_permission(self, user, actions):
        return any(self.user_has_permission(user, action) for action in actions)


register_permission_policy(AccessFailureLog, SuperuserPolicy(AccessFailureLog, {"view"}))
register_permission_policy(AccessAttempt, SuperuserPolicy(AccessAttempt, {"view", "delete"}))


class FailedLoginViewSet(ModelViewSet):
    model = AccessFailureLog
    icon = "warning"
    menu_label = _("Failed sign-ins")
    list_display = ["attempt_time", "username", "ip_address", "locked_out", "path_info"]
    list_filter = ["locked_out"]
    search_fields = ["username", "ip_address"]
    ordering = ["-attempt_time"]
    inspect_view_enabled = True
    copy_view_enabled = False
    # ModelViewSet builds an edit form even when the policy allows no editing.
    exclude_form_fields: list[str] = []


class LockoutViewSet(ModelViewSet):
    """Current counters per address and username; deleting one lifts its lockout."""

    model = AccessAttempt
    icon = "lock"
    menu_label = _("Sign-in blocks")
    list_display = ["attempt_time", "username", "ip_address", "failures_since_start"]
    search_fields = ["username", "ip_address"]
    ordering = ["-attempt_time"]
    inspect_view_enabled = True
    copy_view_enabled = False
    exclude_form_fields: list[str] = []


class SignInSecurityGroup(ViewSetGroup):
    menu_label = _("Sign-in security")
    menu_icon = "lock"
    menu_order = 900
    items = (FailedLoginViewSet, LockoutViewSet)


@hooks.register("register_admin_viewset")
def register_sign_in_security():
    return SignInSecurityGroup()


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
