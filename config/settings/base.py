"""Settings shared by every environment. Configuration comes from environment variables only."""

from pathlib import Path

from django.utils.translation import gettext_lazy as _

from celery.schedules import crontab
from csp.constants import NONE, SELF

from config import env

BASE_DIR = Path(__file__).resolve().parent.parent.parent

# --- Environment ------------------------------------------------------------------------------
SECRET_KEY = env.get_str("SECRET_KEY")
DEBUG = env.get_bool("DEBUG", False)
ALLOWED_HOSTS = env.get_list("ALLOWED_HOSTS", [])
CSRF_TRUSTED_ORIGINS = env.get_list("CSRF_TRUSTED_ORIGINS", [])
DATABASES = {"default": env.get_database("DATABASE_URL", f"sqlite:///{BASE_DIR / 'db.sqlite3'}")}
CELERY_BROKER_URL = env.get_url("CELERY_BROKER_URL", None, {"redis", "rediss"})
CACHE_URL = env.get_url("CACHE_URL", None, {"redis", "rediss"})
SEARCH_ENGINE = env.get_choice(
    "SEARCH_ENGINE",
    "database",
    {"database", "elasticsearch8", "elasticsearch9", "opensearch2", "opensearch3"},
)
# One URL, or the nodes of a cluster separated by commas: the client goes on to the next
# node when one does not answer.
SEARCH_URLS = env.get_url_list(
    "SEARCH_URL",
    [] if SEARCH_ENGINE == "database" else ["http://127.0.0.1:9200"],
    {"http", "https"},
)
SEARCH_INDEX_PREFIX = env.get_str("SEARCH_INDEX_PREFIX", "nlzve")
SEARCH_TIMEOUT = env.get_int("SEARCH_TIMEOUT", 10)
SEARCH_VERIFY_CERTS = env.get_bool("SEARCH_VERIFY_CERTS", True)
SEARCH_USERNAME = env.get_str("SEARCH_USERNAME")
SEARCH_PASSWORD = env.get_str("SEARCH_PASSWORD")
SEARCH_CA_CERTS = env.get_str("SEARCH_CA_CERTS")
# A search that takes longer is answered from the database (seconds, may be a fraction).
SEARCH_QUERY_TIMEOUT = env.get_float("SEARCH_QUERY_TIMEOUT", 2.0)
# After the server failed, searches use the database for this long before trying it again.
SEARCH_RETRY_AFTER = env.get_int("SEARCH_RETRY_AFTER", 30)
SEARCH_REPLICAS = env.get_int("SEARCH_REPLICAS", 0)
# OpenSearch: threads per search over a shard's segments (about the cores of a node; 1 = off).
SEARCH_SEGMENT_SLICES = env.get_int("SEARCH_SEGMENT_SLICES", 2)
# How long the counts of what people searched for are kept (search terms, no personal data).
SEARCH_STATISTICS_DAYS = env.get_int("SEARCH_STATISTICS_DAYS", 400)
WAGTAILADMIN_BASE_URL = env.get_str("SITE_URL", "http://127.0.0.1:8000")

# --- Applications -----------------------------------------------------------------------------
INSTALLED_APPS = [
    "core",
    "knowledge",
    "uploads",
    "academy",
    "search",
    "helpdesk",
    "alerts",
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.search_promotions",
    "wagtail.contrib.settings",
    "wagtail.contrib.routable_page",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail.api.v2",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_tasks",
    "rest_framework",
    "drf_spectacular",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "django.contrib.postgres",
    "csp",
    "axes",
    "django_otp",
    "django_otp.plugins.otp_totp",
]

MIDDLEWARE = [
    # First, so that it sees the headers every other layer added.
    "core.middleware.DropEmptyHeadersMiddleware",
    "django.middleware.security.SecurityMiddleware",
    # Before WhiteNoise, so static files carry the same headers as pages.
    "core.csp.SitePolicyMiddleware",
    "django_permissions_policy.PermissionsPolicyMiddleware",
    "core.middleware.RefuseUnqueryableMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "core.middleware.SecondFactorMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Last, as django-axes asks: it turns a locked-out login into the lockout response.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "config.urls"
WSGI_APPLICATION = "config.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "django.template.context_processors.i18n",
                "wagtail.contrib.settings.context_processors.settings",
                "core.context_processors.site_contact",
            ],
        },
    },
    {
        # Plain-text mail (core.mail.render_text): the same templates, without HTML escaping.
        "NAME": "mail",
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {"autoescape": False},
    },
]

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": env.get_int("PASSWORD_MIN_LENGTH", 12)},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# --- Staff accounts: login throttling and a second factor -------------------------------------
# django-axes checks every login first; failures are counted per address and username pair, so
# a guesser is stopped without locking a colleague out from the same office address.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = env.get_int("AXES_FAILURE_LIMIT", 5)
# Hours a locked-out address and username wait before they may try again.
AXES_COOLOFF_TIME = env.get_float("AXES_COOLOFF_HOURS", 1.0)
AXES_LOCKOUT_PARAMETERS = [["ip_address", "username"]]
AXES_RESET_ON_SUCCESS = True
# Every failure is kept (AccessFailureLog), shown to superusers in the admin (core.wagtail_hooks).
AXES_ENABLE_ACCESS_FAILURE_LOG = True
AXES_CLIENT_IP_CALLABLE = "core.staff_access.login_address"
AXES_LOCKOUT_TEMPLATE = "core/admin/lockout.html"
AXES_VERBOSE = False
# Staff who can see personal data must confirm a one-time code (TOTP) after the password
# (core.staff_access). Production refuses to run with this off.
TWO_FACTOR_REQUIRED = env.get_bool("TWO_FACTOR_REQUIRED", True)
OTP_TOTP_ISSUER = env.get_str("OTP_TOTP_ISSUER", "Kennisbank NLZVE")
# Avatars from the admin's own initials: no staff e-mail hash goes to an outside service.
WAGTAIL_GRAVATAR_PROVIDER_URL = None

# --- Response headers: CSP and Permissions-Policy ---------------------------------------------
# The public site runs no inline script or style: everything comes from /static/. Wagtail's
# admin still needs inline code and gets its own additions (core.csp.admin_policy).
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [SELF],
        "font-src": [SELF],
        "connect-src": [SELF],
        "media-src": [SELF],
        # Video embeds (EmbedBlock) come from these players only.
        "frame-src": env.get_list(
            "CSP_FRAME_SRC",
            [
                "https://www.youtube-nocookie.com",
                "https://www.youtube.com",
                "https://player.vimeo.com",
            ],
        ),
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
    }
}
# No page uses these browser features; an injected script cannot either. Not "bluetooth":
# Chromium on Linux, without Web Bluetooth, warns about it on every page, and a site can only
# reach a Bluetooth device through a chooser the visitor must click.
PERMISSIONS_POLICY = {
    feature: []
    for feature in [
        "accelerometer",
        "camera",
        "display-capture",
        "geolocation",
        "gyroscope",
        "hid",
        "magnetometer",
        "microphone",
        "midi",
        "payment",
        "serial",
        "usb",
    ]
}
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"

# --- Language: Dutch first, English second ----------------------------------------------------
LANGUAGE_CODE = "nl"
LANGUAGES = [("nl", "Nederlands"), ("en", "English")]
WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
# A new translation starts as a draft, whatever the source's status: it holds the source's
# text until a translator has done the work, and goes live only when a person publishes it.
WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "Europe/Amsterdam"
USE_I18N = True
USE_TZ = True

# --- Static and media -------------------------------------------------------------------------
STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "static_collected"
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(env.get_str("MEDIA_ROOT", str(BASE_DIR / "media")))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

# --- Cache: Redis when configured, so rate limits hold across processes -----------------------
# While Redis is down each process uses its own memory instead (core.cache); the short
# timeouts keep an unreachable Redis from holding up requests.
if CACHE_URL:
    CACHES = {
        "default": {
            "BACKEND": "core.cache.ResilientRedisCache",
            "LOCATION": CACHE_URL,
            "OPTIONS": {"socket_connect_timeout": 1, "socket_timeout": 1},
        }
    }
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

# --- Mail -------------------------------------------------------------------------------------
EMAIL_HOST = env.get_str("EMAIL_HOST")
if EMAIL_HOST:
    EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    EMAIL_PORT = env.get_int("EMAIL_PORT", 587)
    EMAIL_HOST_USER = env.get_str("EMAIL_HOST_USER", "")
    EMAIL_HOST_PASSWORD = env.get_str("EMAIL_HOST_PASSWORD", "")
    EMAIL_USE_TLS = env.get_bool("EMAIL_USE_TLS", True)
    EMAIL_TIMEOUT = env.get_int("EMAIL_TIMEOUT", 10)
else:
    EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
DEFAULT_FROM_EMAIL = env.get_str("DEFAULT_FROM_EMAIL", "Kennisbank NLZVE <kennisbank@nlzve.nl>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL

# --- Celery: Redis broker when configured, otherwise tasks run in-process ---------------------
CELERY_TASK_ALWAYS_EAGER = CELERY_BROKER_URL is None
CELERY_TASK_EAGER_PROPAGATES = False
CELERY_RESULT_BACKEND = env.get_url("CELERY_RESULT_BACKEND", CELERY_BROKER_URL, {"redis", "rediss"})
CELERY_RESULT_EXPIRES = 60 * 60 * 24
CELERY_TASK_ACKS_LATE = True
CELERY_TASK_REJECT_ON_WORKER_LOST = True
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
CELERY_TASK_SOFT_TIME_LIMIT = 60 * 5
CELERY_TASK_TIME_LIMIT = 60 * 6
CELERY_TASK_SERIALIZER = "json"
CELERY_ACCEPT_CONTENT = ["json"]
CELERY_TIMEZONE = TIME_ZONE
CELERY_BROKER_CONNECTION_RETRY_ON_STARTUP = True
CELERY_BROKER_CONNECTION_TIMEOUT = 3
CELERY_BROKER_TRANSPORT_OPTIONS = {
    "socket_connect_timeout": 3,
    # How long a task taken by a worker that died stays invisible before another worker gets it.
    "visibility_timeout": env.get_int("CELERY_VISIBILITY_TIMEOUT", 60 * 60),
}
CELERY_TASK_PUBLISH_RETRY_POLICY = {"max_retries": 2, "interval_start": 0.2, "interval_step": 0.5}
CELERY_BEAT_SCHEDULE = {
    "publish-scheduled-pages": {"task": "core.publish_scheduled", "schedule": 60.0},
    "sweep-unnotified-feedback": {
        "task": "knowledge.sweep_unnotified_feedback",
        "schedule": 15 * 60.0,
    },
    "purge-old-feedback": {"task": "knowledge.purge_old_feedback", "schedule": 24 * 60 * 60.0},
    "sweep-unsent-initiative-report-mail": {
        "task": "knowledge.sweep_unsent_initiative_report_mail",
        "schedule": 15 * 60.0,
    },
    "purge-initiative-report-contacts": {
        "task": "knowledge.purge_initiative_report_contacts",
        "schedule": 24 * 60 * 60.0,
    },
    "sweep-unprocessed-uploads": {
        "task": "uploads.sweep_unprocessed_uploads",
        "schedule": 15 * 60.0,
    },
    "purge-upload-personal-data": {
        "task": "uploads.purge_upload_personal_data",
        "schedule": 24 * 60 * 60.0,
    },
    "academy-send-reminders": {"task": "academy.send_reminders", "schedule": 60 * 60.0},
    "academy-sweep-unsent-mail": {"task": "academy.sweep_unsent_mail", "schedule": 15 * 60.0},
    "academy-anonymise-old-registrations": {
        "task": "academy.anonymise_old_registrations",
        "schedule": 24 * 60 * 60.0,
    },
    "helpdesk-sweep-unsent": {"task": "helpdesk.sweep_unsent", "schedule": 15 * 60.0},
    "helpdesk-remove-old-recipients": {
        "task": "helpdesk.remove_old_recipients",
        "schedule": 24 * 60 * 60.0,
    },
    # A no-op on the database engine; with a search server it repairs what updates missed.
    "reconcile-search-server": {"task": "search.reconcile_search_server", "schedule": 10 * 60.0},
    # Every change asks for a refresh; this one covers a request lost while Redis was down.
    "refresh-search-vocabularies": {
        "task": "search.refresh_vocabularies",
        "schedule": 60 * 60.0,
    },
    "purge-search-statistics": {
        "task": "search.purge_search_statistics",
        "schedule": 24 * 60 * 60.0,
    },
    # E-mail alerts: "at once" every few minutes, the digests in the morning.
    "alerts-send-immediate": {"task": "alerts.send_immediate", "schedule": 10 * 60.0},
    "alerts-send-daily": {"task": "alerts.send_daily", "schedule": crontab(hour=7, minute=0)},
    "alerts-send-weekly": {
        "task": "alerts.send_weekly",
        "schedule": crontab(day_of_week="monday", hour=7, minute=30),
    },
    "alerts-sweep-unsent-confirmations": {
        "task": "alerts.sweep_unsent_confirmations",
        "schedule": 15 * 60.0,
    },
    "alerts-remove-unconfirmed": {
        "task": "alerts.remove_unconfirmed",
        "schedule": 24 * 60 * 60.0,
    },
}

# Wagtail's own background work (search and reference index updates) goes through
# django-tasks; with a broker it runs on the Celery workers, otherwise immediately.
TASKS = {
    "default": {
        "BACKEND": (
            "core.task_backends.CeleryBackend"
            if CELERY_BROKER_URL
            else "django_tasks.backends.immediate.ImmediateBackend"
        )
    }
}

# --- Wagtail ----------------------------------------------------------------------------------
WAGTAIL_SITE_NAME = "Kennisbank Ella Vogelaar Academie"
# The dashboard would ask releases.wagtail.org for the latest version from each editor's
# browser: the CSP's connect-src refuses it, and no outside party learns who uses the admin.
WAGTAIL_ENABLE_UPDATE_CHECK = False
WAGTAILADMIN_COMMENTS_ENABLED = True
WAGTAIL_WORKFLOW_ENABLED = True
WAGTAILDOCS_EXTENSIONS = ["pdf", "docx", "odt", "xlsx", "pptx", "csv", "txt"]
WAGTAILIMAGES_EXTENSIONS = ["jpg", "jpeg", "png", "webp"]
# Every document is a download: nothing sent in by the public is ever shown inline.
WAGTAILDOCS_SERVE_METHOD = "serve_view"
WAGTAILDOCS_INLINE_CONTENT_TYPES: list[str] = []
# Wagtail's responsive wrapper is an inline style attribute, which the CSP refuses; site.css
# keeps embeds at their aspect ratio instead.
WAGTAILEMBEDS_RESPONSIVE_HTML = False
WAGTAILAPI_LIMIT_MAX = 100
# The search API's OpenAPI document is generated from its view by drf-spectacular.
REST_FRAMEWORK = {"DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema"}
# drf-spectacular's deploy check renders a schema of every DRF view in the URLconf, Wagtail's
# own APIs included, which it cannot describe; our document covers the search API alone
# (search/openapi.py) and a test validates it.
SPECTACULAR_SETTINGS = {"ENABLE_DJANGO_DEPLOY_CHECK": False}
TAGGIT_CASE_INSENSITIVE = True


# Wagtail's backend follows the client library we install, not the server: opensearch-py 3
# takes keyword arguments only, which modelsearch's opensearch3 backend passes and its
# opensearch2 backend does not (every single-object update failed with a TypeError).
MODELSEARCH_BACKENDS = {"opensearch2": "opensearch3"}


def search_backends(engine: str, urls: list[str], prefix: str) -> dict:
    if engine == "database":
        return {"default": {"BACKEND": "wagtail.search.backends.database"}}
    options: dict = {"verify_certs": SEARCH_VERIFY_CERTS}
    if engine == "elasticsearch8":
        from search.engines.nodes import Elasticsearch8Node

        options["node_class"] = Elasticsearch8Node
    return {
        "default": {
            "BACKEND": f"modelsearch.backends.{MODELSEARCH_BACKENDS.get(engine, engine)}",
            "URLS": urls,
            "INDEX_PREFIX": f"{prefix}_",
            "TIMEOUT": SEARCH_TIMEOUT,
            "OPTIONS": options,
        }
    }


WAGTAILSEARCH_BACKENDS = search_backends(SEARCH_ENGINE, SEARCH_URLS, SEARCH_INDEX_PREFIX)

# --- Logging: one line per event on stderr ----------------------------------------------------
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"line": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "line"}},
    "root": {"handlers": ["console"], "level": env.get_str("LOG_LEVEL", "INFO")},
    # One line per background task is noise; failures still log as errors.
    "loggers": {"django_tasks": {"level": "WARNING"}},
}

# Reverse proxies in front of the site (nginx: 1): rate limits then count the address the
# outermost of them saw, from X-Forwarded-For, instead of the nearest proxy's (core.ratelimit).
TRUSTED_PROXIES = env.get_int("TRUSTED_PROXIES", 0)

# --- Knowledge base --------------------------------------------------------------------------
FEEDBACK_NOTIFY_EMAILS = env.get_list("FEEDBACK_NOTIFY_EMAILS", [])
FEEDBACK_RATE_LIMIT = env.get_int("FEEDBACK_RATE_LIMIT", 5)
FEEDBACK_RATE_LIMIT_WINDOW_SECONDS = 60 * 60
FEEDBACK_RETENTION_DAYS = env.get_int("FEEDBACK_RETENTION_DAYS", 365)
# "Meld uw initiatief aan": contact details are removed this many days after the decision.
INITIATIVE_REPORT_RATE_LIMIT = env.get_int("INITIATIVE_REPORT_RATE_LIMIT", 5)
INITIATIVE_REPORT_RATE_LIMIT_WINDOW_SECONDS = 60 * 60
INITIATIVE_REPORT_RETENTION_DAYS = env.get_int("INITIATIVE_REPORT_RETENTION_DAYS", 90)

# "Trots op mijn initiatief": files wait outside MEDIA_ROOT, unreachable by URL, until approved.
UPLOADS_PRIVATE_ROOT = Path(env.get_str("UPLOADS_PRIVATE_ROOT", str(BASE_DIR / "private_uploads")))
UPLOADS_MAX_FILE_MB = env.get_int("UPLOADS_MAX_FILE_MB", 25)
UPLOADS_MAX_SUBMISSION_MB = env.get_int("UPLOADS_MAX_SUBMISSION_MB", 60)
UPLOADS_MAX_FILES = 5
UPLOADS_PROCESS_SECONDS = env.get_int("UPLOADS_PROCESS_SECONDS", 60)
UPLOADS_PROCESS_MEMORY_MB = env.get_int("UPLOADS_PROCESS_MEMORY_MB", 768)
UPLOADS_RATE_LIMIT = env.get_int("UPLOADS_RATE_LIMIT", 10)
UPLOADS_FILE_RATE_LIMIT = env.get_int("UPLOADS_FILE_RATE_LIMIT", 40)
UPLOADS_RATE_LIMIT_WINDOW_SECONDS = 60 * 60
UPLOADS_RETENTION_DAYS = env.get_int("UPLOADS_RETENTION_DAYS", 30)
UPLOADS_NOTIFY_EMAILS = env.get_list("UPLOADS_NOTIFY_EMAILS", [])

# --- Academy ---------------------------------------------------------------------------------
# Personal data of registrations is anonymised this many months after the session.
ACADEMY_RETENTION_MONTHS = env.get_int("ACADEMY_RETENTION_MONTHS", 12)
ACADEMY_REGISTRATION_RATE_LIMIT = env.get_int("ACADEMY_REGISTRATION_RATE_LIMIT", 10)
ACADEMY_REGISTRATION_RATE_LIMIT_WINDOW_SECONDS = 60 * 60
# How long a personal (cancellation) link from a mail keeps working.
ACADEMY_LINK_MAX_AGE_DAYS = env.get_int("ACADEMY_LINK_MAX_AGE_DAYS", 365)
ACADEMY_REMINDER_DAYS = 2
ACADEMY_CALENDAR_DOMAIN = "academie.nlzve.nl"

# --- E-mail alerts -------------------------------------------------------------------------------
ALERTS_RATE_LIMIT = env.get_int("ALERTS_RATE_LIMIT", 5)
ALERTS_RATE_LIMIT_WINDOW_SECONDS = 60 * 60
# An unconfirmed subscription (and its confirmation link) lasts this many days.
ALERTS_CONFIRM_DAYS = env.get_int("ALERTS_CONFIRM_DAYS", 3)
# How long the unsubscribe and manage links in an alert keep working.
ALERTS_LINK_MAX_AGE_DAYS = env.get_int("ALERTS_LINK_MAX_AGE_DAYS", 180)
# Refused mails in a row after which a subscription is paused.
ALERTS_MAX_FAILURES = env.get_int("ALERTS_MAX_FAILURES", 3)
ALERTS_MAX_ITEMS = 20
# Each run looks back this far before the previous one, for pages indexed a little late.
ALERTS_OVERLAP_MINUTES = 60

# --- Helpdesk -----------------------------------------------------------------------------------
# A bundle's private link works this many days after sending (advisers may set another date).
HELPDESK_LINK_DAYS = env.get_int("HELPDESK_LINK_DAYS", 90)
# The latest expiry date an adviser may choose, in days from today.
HELPDESK_LINK_MAX_DAYS = env.get_int("HELPDESK_LINK_MAX_DAYS", 365)
# The recipient's e-mail address is removed this many months after sending.
HELPDESK_RECIPIENT_RETENTION_MONTHS = env.get_int("HELPDESK_RECIPIENT_RETENTION_MONTHS", 24)
HELPDESK_SEND_RETRIES = env.get_int("HELPDESK_SEND_RETRIES", 5)
# Unknown bundle links one address may try per hour before it is refused (token guessing).
HELPDESK_TOKEN_MISSES_PER_HOUR = 20

# --- Site-wide contact shown in the footer ----------------------------------------------------
HELPDESK_PHONE = "0800-8010"
HELPDESK_EMAIL = "ondersteuningsteam@nlzve.nl"
SITE_ORGANISATION = _("Nederland Zorgt Voor Elkaar")

# --- Documents --------------------------------------------------------------------------------
# A Unicode TrueType font for the PDFs the site writes (bundles, demo files): DejaVu Sans from
# the operating system's fonts-dejavu-core package (DejaVuSans.ttf and DejaVuSans-Bold.ttf).
PDF_FONT_DIR = Path(env.get_str("PDF_FONT_DIR", "/usr/share/fonts/truetype/dejavu"))
