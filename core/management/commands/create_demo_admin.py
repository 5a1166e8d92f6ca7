import secrets

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = "Maakt of herstelt het beheerdersaccount van de demosite en toont het wachtwoord."

    def add_arguments(self, parser):
        parser.add_argument("--username", default="admin")

    def handle(self, *args, username, **options):
        user, _ = get_user_model().objects.get_or_create(
            username=username, defaults={"email": "admin@example.org"}
        )
        password = secrets.token_urlsafe(12)
        user.is_staff = True
        user.is_superuser = True
        user.set_password(password)
        user.save()
        self.stdout.write(
            f"Beheer: http://127.0.0.1:8000/admin/  gebruiker: {username}  wachtwoord: {password}"
        )
