from django.core.management.base import BaseCommand

from search.index import rebuild


class Command(BaseCommand):
    help = "Bouwt de zoekindex opnieuw op uit alle gepubliceerde, openbare inhoud."

    def handle(self, *args, **options):
        self.stdout.write(f"{rebuild()} documenten geïndexeerd")
