from django.apps import AppConfig


class KnowledgeConfig(AppConfig):
    name = "knowledge"
    verbose_name = "Kennisbank"

    def ready(self) -> None:
        from . import (
            glossary_links,  # noqa: F401  (connects the cache invalidation)
            signal_handlers,  # noqa: F401  (reads whitepapers' PDFs for search)
        )
