from django.conf import settings
from django.db import migrations

from knowledge.vocabulary_data import ENGLISH, load_translations


def load(apps, schema_editor):
    Locale = apps.get_model("wagtailcore", "Locale")
    dutch, _ = Locale.objects.get_or_create(language_code=settings.LANGUAGE_CODE)
    english, _ = Locale.objects.get_or_create(language_code="en")
    load_translations(apps.get_model, dutch, english, ENGLISH)


class Migration(migrations.Migration):
    dependencies = [
        ("knowledge", "0008_initiative_directory"),
    ]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
