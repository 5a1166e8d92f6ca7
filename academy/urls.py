from django.urls import path

from academy import views

app_name = "academy"

urlpatterns = [
    path("agenda.ics", views.agenda, name="agenda"),
    path("inschrijving/<str:token>/", views.registration, name="registration"),
]
