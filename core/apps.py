from django.apps import AppConfig


class CoreConfig(AppConfig):
    name = "core"
    verbose_name = "Kern"

    def ready(self) -> None:
        from . import checks, signal_handlers  # noqa: F401  (system checks, storage guard)
