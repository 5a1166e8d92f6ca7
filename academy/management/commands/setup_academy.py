from django.core.management.base import BaseCommand

from academy.staff import ACADEMY_GROUP, ensure_academy_group


class Command(BaseCommand):
    help = "Maakt de groep Academie met de rechten van organisatoren (veilig om te herhalen)."

    def handle(self, *args, **options):
        group = ensure_academy_group()
        self.stdout.write(f"Groep {ACADEMY_GROUP}: {group.permissions.count()} rechten.")
