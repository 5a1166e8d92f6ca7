#!/usr/bin/env python
"""Django's command-line utility; configuration errors end in one sentence, not a traceback."""

import os
import sys


def main() -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.dev")
    from django.core.management import execute_from_command_line

    from config.env import ConfigurationError

    try:
        execute_from_command_line(sys.argv)
    except ConfigurationError as error:
        sys.exit(f"Configuratiefout: {error}")


if __name__ == "__main__":
    main()
