from django.core.management.base import BaseCommand

from core.site_tree import ensure_site_tree


class Command(BaseCommand):
    help = "Maakt de talen en per taal een startpagina aan (veilig om vaker te draaien)."

    def handle(self, *args, **options):
        tree = ensure_site_tree()
        self.stdout.write(f"site: {tree.site.root_url}")
        for code, home in tree.homes.items():
            self.stdout.write(f"{code}: {home.title} ({home.url_path})")
