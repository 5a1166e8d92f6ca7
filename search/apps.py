from django.apps import AppConfig


class SearchConfig(AppConfig):
    name = "search"
    verbose_name = "Zoeken"

    def ready(self) -> None:
        from . import server_sync, signal_handlers  # noqa: F401  (connects the index updates)
