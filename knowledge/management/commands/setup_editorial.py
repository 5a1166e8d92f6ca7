from django.core.management.base import BaseCommand, CommandError

from wagtail.models import Page

from knowledge.editorial import ensure_editorial_workflow
from knowledge.models import KnowledgeIndexPage
from knowledge.translators import ensure_translators
from uploads.models import UploadIndexPage
from uploads.moderation import ensure_moderators


class Command(BaseCommand):
    help = (
        "Maakt de groepen Redacteuren, Eindredactie, Vertalers en Moderatoren en de workflow "
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
        english_home = Page.objects.filter(depth=2, locale__language_code="en").first()
        if english_home is not None:
            ensure_translators(english_home)
            self.stdout.write("Groep Vertalers: klaar")
