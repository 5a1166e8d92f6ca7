"""Typed access to environment variables, the only source of configuration.

Every problem is raised as ``ConfigurationError`` with one Dutch sentence that
names the variable; ``manage.py``, ``wsgi.py`` and ``asgi.py`` print that
sentence and stop instead of showing a traceback.
"""

import os
from urllib.parse import urlsplit

import dj_database_url


class ConfigurationError(Exception):
    """A setting from the environment is missing or malformed."""


TRUE_WORDS = {"1", "true", "yes", "on", "ja"}
FALSE_WORDS = {"0", "false", "no", "off", "nee", ""}


def get_str(name: str, default: str | None = None, *, required: bool = False) -> str | None:
    value = os.environ.get(name)
    if value is None or value.strip() == "":
        if required:
            raise ConfigurationError(f"De omgevingsvariabele {name} is verplicht maar niet gezet.")
        return default
    return value.strip()


def get_bool(name: str, default: bool) -> bool:
    value = os.environ.get(name)
    if value is None:
        return default
    word = value.strip().lower()
    if word in TRUE_WORDS:
        return True
    if word in FALSE_WORDS:
        return False
    raise ConfigurationError(
        f"De omgevingsvariabele {name} moet 'true' of 'false' zijn, niet '{value}'."
    )


def get_int(name: str, default: int) -> int:
    value = os.environ.get(name)
    if value is None or value.strip() == "":
        return default
    try:
        return int(value)
    except ValueError:
        raise ConfigurationError(
            f"De omgevingsvariabele {name} moet een geheel getal zijn, niet '{value}'."
        ) from None


def get_float(name: str, default: float) -> float:
    value = os.environ.get(name)
    if value is None or value.strip() == "":
        return default
    try:
        number = float(value)
    except ValueError:
        number = -1.0
    if not number > 0:
        raise ConfigurationError(
            f"De omgevingsvariabele {name} moet een positief getal zijn, niet '{value}'."
        )
    return number


def get_list(name: str, default: list[str]) -> list[str]:
    value = os.environ.get(name)
    if value is None or value.strip() == "":
        return default
    return [item.strip() for item in value.split(",") if item.strip()]


# SQLite (the embedded default) under concurrent requests: WAL lets reads go on while one
# connection writes; a transaction takes the write lock when it begins (IMMEDIATE), when
# waiting is still possible, instead of halfway through, when SQLite can only answer
# "database is locked"; and a connection waits up to 20 s for that lock.
SQLITE_OPTIONS = {
    "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=20000",
    "transaction_mode": "IMMEDIATE",
}


def get_database(name: str, default: str) -> dict:
    url = get_str(name, default)
    try:
        config = dj_database_url.parse(url, conn_max_age=60, conn_health_checks=True)
    except (ValueError, KeyError):
        raise ConfigurationError(
            f"De omgevingsvariabele {name} is geen geldige database-URL; "
            "verwacht bijvoorbeeld postgres://gebruiker:wachtwoord@host:5432/naam."
        ) from None
    if not config.get("ENGINE"):
        raise ConfigurationError(f"De omgevingsvariabele {name} noemt geen bekend databasetype.")
    if config["ENGINE"] == "django.db.backends.sqlite3":
        config["OPTIONS"] = {**SQLITE_OPTIONS, **config.get("OPTIONS", {})}
    elif not config.get("NAME"):
        raise ConfigurationError(
            f"De omgevingsvariabele {name} noemt geen databasenaam; "
            "verwacht bijvoorbeeld postgres://gebruiker:wachtwoord@host:5432/naam."
        )
    return config


def _is_url(url: str, schemes: set[str]) -> bool:
    parts = urlsplit(url)
    try:
        port_is_valid = parts.port is None or 0 < parts.port < 65536
    except ValueError:
        port_is_valid = False
    return parts.scheme in schemes and bool(parts.hostname) and port_is_valid


def _expected(schemes: set[str]) -> str:
    return " of ".join(sorted(f"{scheme}://" for scheme in schemes))


def get_url(name: str, default: str | None, schemes: set[str]) -> str | None:
    url = get_str(name, default)
    if url is None:
        return None
    if not _is_url(url, schemes):
        raise ConfigurationError(
            f"De omgevingsvariabele {name} is geen geldige URL; verwacht een adres dat begint "
            f"met {_expected(schemes)} en een host noemt."
        )
    return url


def get_url_list(name: str, default: list[str], schemes: set[str]) -> list[str]:
    """One or more URLs separated by commas, e.g. the nodes of a search cluster."""
    urls = get_list(name, default)
    for position, url in enumerate(urls, start=1):
        if not _is_url(url, schemes):
            # The position, not the value: a URL may carry a password.
            raise ConfigurationError(
                f"De omgevingsvariabele {name} bevat een ongeldige URL (nummer {position}); "
                f"verwacht adressen die beginnen met {_expected(schemes)} en een host noemen, "
                "gescheiden door komma's."
            )
    return urls


def get_choice(name: str, default: str, choices: set[str]) -> str:
    value = get_str(name, default)
    if value not in choices:
        raise ConfigurationError(
            f"De omgevingsvariabele {name} moet een van {', '.join(sorted(choices))} zijn, "
            f"niet '{value}'."
        )
    return value
