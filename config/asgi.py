"""ASGI entry point; a configuration error stops start-up with one sentence."""

import os
import sys

from django.core.asgi import get_asgi_application

from config.env import ConfigurationError

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.production")

try:
    application = get_asgi_application()
except ConfigurationError as error:
    sys.exit(f"Configuratiefout: {error}")
