"""The session's reminder mark was never used: reminders are marked per registration."""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("academy", "0004_session_status_in_english"),
    ]

    operations = [
        migrations.RemoveField(
            model_name="session",
            name="reminders_sent_at",
        ),
    ]
