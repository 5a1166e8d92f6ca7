from django.core.management.base import BaseCommand

from core.site_tree import ensure_site_tree
from knowledge.sections import ensure_initiative_index


class Command(BaseCommand):
    help = (
        "Maakt de pagina Initiatieven (en de Engelse vertaling) onder de startpagina "
        "(veilig om vaker te draaien)."
    )

    def handle(self, *args, **options):
        for code, page in ensure_initiative_index(ensure_site_tree()).items():
            self.stdout.write(f"{code}: {page.title} ({page.url})")
