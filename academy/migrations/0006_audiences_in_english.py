from django.conf import settings
from django.db import migrations

from academy.vocabulary_data import load_audience_translations


def load(apps, schema_editor):
    Locale = apps.get_model("wagtailcore", "Locale")
    dutch, _ = Locale.objects.get_or_create(language_code=settings.LANGUAGE_CODE)
    english, _ = Locale.objects.get_or_create(language_code="en")
    load_audience_translations(apps.get_model, dutch, english)


class Migration(migrations.Migration):
    dependencies = [
        ("academy", "0005_remove_session_reminders_sent_at"),
    ]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
