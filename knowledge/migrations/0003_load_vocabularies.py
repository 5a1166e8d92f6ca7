from django.conf import settings
from django.db import migrations

from knowledge.vocabulary_data import load_vocabularies


def load(apps, schema_editor):
    Locale = apps.get_model("wagtailcore", "Locale")
    locale, _ = Locale.objects.get_or_create(language_code=settings.LANGUAGE_CODE)
    load_vocabularies(apps.get_model, locale)


class Migration(migrations.Migration):
    dependencies = [
        ("knowledge", "0002_glossarypage_initiative_casepage_casedocument_and_more"),
        ("wagtailcore", "0001_initial"),
    ]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
