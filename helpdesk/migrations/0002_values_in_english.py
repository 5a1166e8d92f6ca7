"""Bundle statuses and a case's "still active?" are stored in English; labels stay Dutch.

Old rows held "concept"/"verzonden" and "ja"/"nee"/"onbekend".
"""

from django.db import migrations, models

BUNDLE_STATUS = {"concept": "draft", "verzonden": "sent"}
STILL_ACTIVE = {"ja": "yes", "nee": "no", "onbekend": "unknown"}


def _rename(apps, model, field, mapping):
    rows = apps.get_model("helpdesk", model).objects
    for old, new in mapping.items():
        rows.filter(**{field: old}).update(**{field: new})


def _reversed(mapping):
    return {new: old for old, new in mapping.items()}


def to_english(apps, schema_editor):
    _rename(apps, "Bundle", "status", BUNDLE_STATUS)
    _rename(apps, "CaseNote", "still_active", STILL_ACTIVE)


def to_dutch(apps, schema_editor):
    _rename(apps, "Bundle", "status", _reversed(BUNDLE_STATUS))
    _rename(apps, "CaseNote", "still_active", _reversed(STILL_ACTIVE))


class Migration(migrations.Migration):
    dependencies = [
        ("helpdesk", "0001_initial"),
    ]

    operations = [
        migrations.RunPython(to_english, to_dutch),
        migrations.AlterField(
            model_name="bundle",
            name="status",
            field=models.CharField(
                choices=[("draft", "draft"), ("sent", "sent")],
                db_index=True,
                default="draft",
                max_length=12,
                verbose_name="status",
            ),
        ),
        migrations.AlterField(
            model_name="casenote",
            name="still_active",
            field=models.CharField(
                choices=[("yes", "yes"), ("no", "no"), ("unknown", "unknown")],
                default="unknown",
                max_length=10,
                verbose_name="still active?",
            ),
        ),
    ]
