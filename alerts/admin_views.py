"""The editors' report: how many confirmed alerts each filtered view has, without addresses."""

from django.template.response import TemplateResponse
from django.utils.translation import gettext as _

from alerts.staff import followed_views


def report(request):
    context = {"title": _("What people follow"), "views": followed_views()}
    return TemplateResponse(request, "alerts/admin/report.html", context)
