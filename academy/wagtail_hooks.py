from django.urls import include, path, reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.ui.tables import Column
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from academy import admin_views
from academy.models import Audience, Session, Teacher
from academy.registration import fill_free_seats

admin_urlpatterns = (
    [
        path("<int:session_id>/", admin_views.registrations, name="registrations"),
        path("<int:session_id>/export.csv", admin_views.export_csv, name="export"),
        path("<int:session_id>/bericht/", admin_views.message, name="message"),
        path("<int:session_id>/annuleren/", admin_views.cancel, name="cancel"),
    ],
    "academy_admin",
)


@hooks.register("register_admin_urls")
def register_admin_urls():
    return [path("academie/bijeenkomsten/", include(admin_urlpatterns))]


@hooks.register("after_edit_snippet")
def fill_seats_after_edit(request, instance):
    """More places or a reopened session: people move up from the waiting list at once."""
    if isinstance(instance, Session):
        fill_free_seats(instance.pk)


def registrations_link(session: Session) -> str:
    return format_html(
        '<a href="{}">{}</a>',
        reverse("academy_admin:registrations", args=[session.pk]),
        _("Registrations"),
    )


class SessionViewSet(SnippetViewSet):
    model = Session
    icon = "date"
    list_display = [
        "__str__",
        "course",
        "capacity",
        "status",
        Column("registrations", label=_("Registrations"), accessor=registrations_link),
    ]
    list_filter = ["status", "course"]
    ordering = ["-starts_at"]


class TeacherViewSet(SnippetViewSet):
    model = Teacher
    icon = "user"
    list_display = ["name", "role"]
    search_fields = ["name"]


class AudienceViewSet(SnippetViewSet):
    model = Audience
    icon = "tag"
    list_display = ["name", "slug", "locale"]
    list_filter = ["locale"]


class AcademyViewSetGroup(SnippetViewSetGroup):
    menu_label = _("Academy")
    menu_icon = "group"
    menu_order = 210
    items = (SessionViewSet, TeacherViewSet, AudienceViewSet)


register_snippet(AcademyViewSetGroup)
