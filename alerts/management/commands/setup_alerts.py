from django.core.management.base import BaseCommand

from alerts.staff import ALERTS_GROUP, ensure_alerts_group


class Command(BaseCommand):
    help = "Maakt de groep E-mailmeldingen, de enigen die adressen zien (veilig om te herhalen)."

    def handle(self, *args, **options):
        group = ensure_alerts_group()
        self.stdout.write(f"Groep {ALERTS_GROUP}: {group.permissions.count()} rechten.")
