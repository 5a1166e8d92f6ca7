from django.apps import AppConfig


class UploadsConfig(AppConfig):
    name = "uploads"
    label = "uploads"
    verbose_name = "Trots op mijn initiatief"
