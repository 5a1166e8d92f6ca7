"""Private storage for uploads awaiting moderation: outside MEDIA_ROOT, without any URL."""

from pathlib import Path

from django.conf import settings
from django.core.files.storage import FileSystemStorage


class PrivateStorage(FileSystemStorage):
    """Files live under ``UPLOADS_PRIVATE_ROOT``; asking for a URL is a programming error."""

    @property
    def base_location(self) -> str:
        return str(settings.UPLOADS_PRIVATE_ROOT)

    @property
    def location(self) -> str:
        return str(Path(self.base_location).resolve())

    def url(self, name):
        raise ValueError(
            "Uploads awaiting moderation have no URL; moderators fetch them in the admin."
        )


PRIVATE_STORAGE = PrivateStorage()


def private_storage() -> PrivateStorage:
    return PRIVATE_STORAGE


def delete_stored_file(item) -> None:
    """Remove a ``SubmissionFile``'s file and thumbnail from private storage (not the row)."""
    for stored in (item.file, item.thumbnail):
        if stored:
            stored.storage.delete(stored.name)
