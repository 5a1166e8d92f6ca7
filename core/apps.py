from django.apps import AppConfig
from django.utils.module_loading import autodiscover_modules


class CoreConfig(AppConfig):
    name = "core"
    verbose_name = "Kern"

    def ready(self) -> None:
        from . import checks, signal_handlers  # noqa: F401  (system checks, storage guard)
        from .translatable_fields import synchronise_snippet_links

        synchronise_snippet_links()

        # Every app's tasks registered in every process (not only the worker), so a service
        # can enqueue a task by its name without importing the module that defines it.
        autodiscover_modules("tasks")
