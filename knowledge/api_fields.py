"""Serializer fields of the open-data API that the models name in their ``api_fields``."""

from rest_framework.fields import Field


class DirectoryPageURLField(Field):
    """The full URL of the initiative's page in the directory (the view puts the directory
    page in the serializer context, so a listing costs one query, not one per item)."""

    def __init__(self, **kwargs):
        super().__init__(source="*", read_only=True, **kwargs)

    def to_representation(self, initiative):
        page = self.context.get("directory")
        if page is None:
            return None
        return page.initiative_full_url(initiative, self.context.get("request"))
