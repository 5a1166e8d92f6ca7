from django.core.management.base import BaseCommand, CommandError

from knowledge.editorial import ensure_editorial_workflow
from knowledge.models import KnowledgeIndexPage
from uploads.models import UploadIndexPage
from uploads.moderation import ensure_moderators


class Command(BaseCommand):
    help = (
        "Maakt de groepen Redacteuren, Eindredactie en Moderatoren en de workflow "
        "(veilig om vaker te draaien)."
    )

    def handle(self, *args, **options):
        indexes = KnowledgeIndexPage.objects.all()
        if not indexes:
            raise CommandError("Er is nog geen kennisbankpagina; maak die eerst aan.")
        for index in indexes:
            editorial = ensure_editorial_workflow(index)
            self.stdout.write(f"{index.title}: workflow '{editorial.workflow.name}'")
        ensure_moderators(UploadIndexPage.objects.first())
        self.stdout.write("Groep Moderatoren: klaar")
