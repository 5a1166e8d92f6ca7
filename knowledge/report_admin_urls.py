from django.urls import path

from knowledge import report_admin_views

app_name = "initiative_reports"

urlpatterns = [
    path("", report_admin_views.queue, name="queue"),
    path("<int:report_id>/", report_admin_views.detail, name="detail"),
    path("<int:report_id>/<str:decision>/", report_admin_views.decide, name="decide"),
]
