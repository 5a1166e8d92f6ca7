from django.core.management.base import BaseCommand

from helpdesk.bundles import HELPDESK_GROUP, ensure_helpdesk_group


class Command(BaseCommand):
    help = "Maakt de groep Helpdesk met de rechten van adviseurs (veilig om te herhalen)."

    def handle(self, *args, **options):
        group = ensure_helpdesk_group()
        self.stdout.write(f"Groep {HELPDESK_GROUP}: {group.permissions.count()} rechten.")
