"""Production: every secret and address comes from the environment; insecure defaults refuse."""

from config import env

from .base import *  # noqa: F403

SECRET_KEY = env.get_str("SECRET_KEY", required=True)
if len(SECRET_KEY) < 50:
    raise env.ConfigurationError(
        "De omgevingsvariabele SECRET_KEY is te kort; gebruik minstens 50 willekeurige tekens."
    )
ALLOWED_HOSTS = env.get_list("ALLOWED_HOSTS", [])
if not ALLOWED_HOSTS:
    raise env.ConfigurationError(
        "De omgevingsvariabele ALLOWED_HOSTS is verplicht: noem de domeinnamen van de site, "
        "gescheiden door komma's."
    )
env.get_str("DATABASE_URL", required=True)
DATABASES = {"default": env.get_database("DATABASE_URL", "")}

DEBUG = False
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env.get_bool("SECURE_SSL_REDIRECT", True)
SECURE_HSTS_SECONDS = env.get_int("SECURE_HSTS_SECONDS", 60 * 60 * 24 * 365)
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = env.get_bool("SECURE_HSTS_PRELOAD", False)
# Joining the browsers' preload list is hard to undo, so it is the operator's explicit choice.
SILENCED_SYSTEM_CHECKS = [] if SECURE_HSTS_PRELOAD else ["security.W021"]
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
X_FRAME_OPTIONS = "DENY"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}
# Staff who see personal data always confirm a second factor here; no setting turns it off.
if not env.get_bool("TWO_FACTOR_REQUIRED", True):
    raise env.ConfigurationError(
        "De omgevingsvariabele TWO_FACTOR_REQUIRED mag in productie niet uit staan: "
        "medewerkers die persoonsgegevens zien, bevestigen altijd een tweede stap."
    )
TWO_FACTOR_REQUIRED = True
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {**CONTENT_SECURITY_POLICY["DIRECTIVES"], "upgrade-insecure-requests": True}  # noqa: F405
}
