from django.urls import path

from uploads import admin_views

app_name = "upload_moderation"

urlpatterns = [
    path("", admin_views.queue, name="queue"),
    path("<int:submission_id>/", admin_views.detail, name="detail"),
    path(
        "<int:submission_id>/<str:decision>/",
        admin_views.decide,
        name="decide",
    ),
    path("bestand/<int:file_id>/", admin_views.download, name="download"),
    path("bestand/<int:file_id>/voorbeeld/", admin_views.thumbnail, name="thumbnail"),
]
