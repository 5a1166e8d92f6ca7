"""What the upload tests share: a filled-in form and a way to post files."""

from django.core.files.uploadedfile import SimpleUploadedFile

from knowledge.models import Province, Theme

FORM_URL = "/trots-op-mijn-initiatief/insturen/"
FILE_URL = "/trots-op-mijn-initiatief/insturen/bestand/"
ANNUAL_REPORT_SENTENCE = "De buurtbus reed dit jaar elke dinsdag naar de markt in Bladel."


def form_data(**overrides) -> dict:
    data = {
        "initiative_name": "Zorgcoöperatie De Linde",
        "place": "Hoogeloon",
        "province": Province.objects.get(locale__language_code="nl", slug="noord-brabant").pk,
        "contact_name": "Mies Jansen",
        "contact_email": "mies@example.org",
        "material_type": "jaarverslag",
        "year": 2024,
        "title": "Jaarverslag 2024",
        "description": "Wat we dit jaar deden met onze vrijwilligers.",
        "themes": [Theme.objects.get(locale__language_code="nl", slug="wonen").pk],
        "consent_publication": "on",
        "consent_privacy": "on",
        "website": "",
    }
    data.update(overrides)
    return data


def upload(name: str, content: bytes, content_type: str = "application/octet-stream"):
    return SimpleUploadedFile(name, content, content_type=content_type)
