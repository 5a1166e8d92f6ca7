from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from core.content_files import DEMO_ROOT, ContentFileError
from knowledge.demo import load_demo_content


class Command(BaseCommand):
    help = "Laadt de demo-inhoud (veilig om vaker te draaien)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--folder",
            type=Path,
            default=DEMO_ROOT,
            help="map met de bestanden van de demo-inhoud (standaard demo/ in de repository)",
        )

    def handle(self, *args, folder: Path, **options):
        try:
            report = load_demo_content(folder)
        except ContentFileError as error:
            raise CommandError(f"De demo-inhoud is niet geladen: {error}") from error
        for line in report:
            self.stdout.write(line)
