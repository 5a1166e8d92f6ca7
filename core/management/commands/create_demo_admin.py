import secrets

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand

from django_otp.plugins.otp_totp.models import TOTPDevice

from core.two_factor import DEVICE_NAME, enrolment_for


class Command(BaseCommand):
    help = (
        "Maakt of herstelt het beheerdersaccount van de demosite en toont het wachtwoord en "
        "de sleutel voor de authenticator-app (tweede stap bij het inloggen)."
    )

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
        # A new key each time, like the password: an old one printed earlier stops working.
        TOTPDevice.objects.filter(user=user).delete()
        enrolment = enrolment_for(user)
        TOTPDevice.objects.filter(pk=enrolment.device_id).update(confirmed=True, name=DEVICE_NAME)
        self.stdout.write(
            f"Beheer: {settings.WAGTAILADMIN_BASE_URL}/admin/  gebruiker: {username}  "
            f"wachtwoord: {password}\n"
            f"Tweede stap: voeg in een authenticator-app de sleutel {enrolment.secret} toe "
            f"(of open {enrolment.config_url}) en vul de zescijferige code in."
        )
