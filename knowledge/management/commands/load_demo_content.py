from django.core.management.base import BaseCommand

from knowledge.demo import load_demo_content


class Command(BaseCommand):
    help = "Laadt de demo-inhoud (veilig om vaker te draaien)."

    def handle(self, *args, **options):
        report = load_demo_content()
        for line in report:
            self.stdout.write(line)
