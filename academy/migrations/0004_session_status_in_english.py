"""Session statuses are stored in English, like every other machine value; labels stay Dutch.

Old rows held "vol" and "geannuleerd"; "open" was already English.
"""

from django.db import migrations, models

DUTCH_TO_ENGLISH = {"vol": "full", "geannuleerd": "cancelled"}


def _rename(apps, mapping):
    Session = apps.get_model("academy", "Session")
    for old, new in mapping.items():
        Session.objects.filter(status=old).update(status=new)


def to_english(apps, schema_editor):
    _rename(apps, DUTCH_TO_ENGLISH)


def to_dutch(apps, schema_editor):
    _rename(apps, {new: old for old, new in DUTCH_TO_ENGLISH.items()})


class Migration(migrations.Migration):
    dependencies = [
        ("academy", "0003_load_audiences"),
    ]

    operations = [
        migrations.RunPython(to_english, to_dutch),
        migrations.AlterField(
            model_name="session",
            name="status",
            field=models.CharField(
                choices=[("open", "open"), ("full", "full"), ("cancelled", "cancelled")],
                default="open",
                max_length=20,
                verbose_name="status",
            ),
        ),
    ]
