from django.conf import settings
from django.db import migrations

from academy.vocabulary_data import load_audiences


def load(apps, schema_editor):
    Locale = apps.get_model("wagtailcore", "Locale")
    locale, _ = Locale.objects.get_or_create(language_code=settings.LANGUAGE_CODE)
    load_audiences(apps.get_model, locale)


class Migration(migrations.Migration):
    dependencies = [
        ("academy", "0002_courses_sessions_registrations"),
        ("wagtailcore", "0001_initial"),
    ]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
