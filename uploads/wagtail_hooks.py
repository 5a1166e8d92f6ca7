from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.menu import MenuItem

from uploads import admin_urls
from uploads.permissions import MODERATE_PERMISSION


@hooks.register("register_admin_urls")
def register_upload_moderation_urls():
    return [path("inzendingen/", include(admin_urls, namespace="upload_moderation"))]


class ModeratorMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm(MODERATE_PERMISSION)


@hooks.register("register_admin_menu_item")
def register_upload_moderation_menu_item():
    return ModeratorMenuItem(
        _("Submissions"), reverse("upload_moderation:queue"), icon_name="upload", order=250
    )
