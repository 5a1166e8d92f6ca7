import os
import subprocess
import sys

import pytest

from config import env
from tests.conftest import PROJECT_DIR


def run_manage(*args: str, **variables: str) -> subprocess.CompletedProcess:
    clean = {
        key: value for key, value in os.environ.items() if key not in {"DATABASE_URL", "SECRET_KEY"}
    }
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=PROJECT_DIR,
        env={**clean, **variables},
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_malformed_database_url_stops_with_one_sentence_naming_the_variable():
    result = run_manage("check", DATABASE_URL="postgres//nergens")

    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert result.stderr.strip().splitlines() == [
        "Configuratiefout: De omgevingsvariabele DATABASE_URL is geen geldige database-URL; "
        "verwacht bijvoorbeeld postgres://gebruiker:wachtwoord@host:5432/naam."
    ]


def test_production_without_secret_key_stops_with_one_sentence():
    result = run_manage(
        "check",
        DJANGO_SETTINGS_MODULE="config.settings.production",
        ALLOWED_HOSTS="kennisbank.example.org",
        DATABASE_URL="postgres://nlzve:nlzve@127.0.0.1:5432/nlzve",
    )

    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert "SECRET_KEY is verplicht" in result.stderr


def test_production_without_allowed_hosts_names_the_variable():
    result = run_manage(
        "check",
        DJANGO_SETTINGS_MODULE="config.settings.production",
        SECRET_KEY="x" * 60,
        DATABASE_URL="postgres://nlzve:nlzve@127.0.0.1:5432/nlzve",
        ALLOWED_HOSTS="",
    )

    assert result.returncode == 1
    assert "ALLOWED_HOSTS is verplicht" in result.stderr


def test_embedded_default_needs_no_environment_variables():
    result = run_manage("check", DJANGO_SETTINGS_MODULE="config.settings.dev")

    assert result.returncode == 0, result.stderr


def test_boolean_accepts_dutch_and_english_words(monkeypatch):
    monkeypatch.setenv("SOME_FLAG", "ja")

    assert env.get_bool("SOME_FLAG", False) is True


def test_boolean_rejects_unknown_word(monkeypatch):
    monkeypatch.setenv("SOME_FLAG", "misschien")

    with pytest.raises(env.ConfigurationError, match="SOME_FLAG moet 'true' of 'false'"):
        env.get_bool("SOME_FLAG", False)


def test_broker_url_must_be_redis(monkeypatch):
    monkeypatch.setenv("CELERY_BROKER_URL", "amqp://guest@localhost//")

    with pytest.raises(env.ConfigurationError, match="CELERY_BROKER_URL"):
        env.get_url("CELERY_BROKER_URL", None, {"redis", "rediss"})


def test_url_with_impossible_port_is_refused(monkeypatch):
    monkeypatch.setenv("SEARCH_URL", "http://127.0.0.1:99999")

    with pytest.raises(env.ConfigurationError, match="SEARCH_URL"):
        env.get_url_list("SEARCH_URL", [], {"http", "https"})


def test_url_list_holds_every_node_of_a_cluster(monkeypatch):
    monkeypatch.setenv("SEARCH_URL", "http://node1:9200, http://node2:9200,http://node3:9200")

    urls = env.get_url_list("SEARCH_URL", [], {"http", "https"})

    assert urls == ["http://node1:9200", "http://node2:9200", "http://node3:9200"]


def test_url_list_accepts_a_single_url(monkeypatch):
    monkeypatch.setenv("SEARCH_URL", "https://zoek.example.org:9200")

    assert env.get_url_list("SEARCH_URL", [], {"http", "https"}) == [
        "https://zoek.example.org:9200"
    ]


def test_malformed_url_in_a_list_stops_start_up_with_one_sentence_naming_the_variable():
    result = run_manage(
        "check", SEARCH_ENGINE="opensearch2", SEARCH_URL="http://node1:9200,node2:9200"
    )

    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert result.stderr.strip().splitlines() == [
        "Configuratiefout: De omgevingsvariabele SEARCH_URL bevat een ongeldige URL (nummer 2); "
        "verwacht adressen die beginnen met http:// of https:// en een host noemen, "
        "gescheiden door komma's."
    ]


def test_unknown_search_engine_lists_the_choices(monkeypatch):
    monkeypatch.setenv("SEARCH_ENGINE", "solr")

    with pytest.raises(env.ConfigurationError, match="database, elasticsearch8"):
        env.get_choice("SEARCH_ENGINE", "database", {"database", "elasticsearch8"})


def test_search_engine_setting_selects_the_modelsearch_backend():
    from config.settings.base import search_backends

    backends = search_backends("opensearch2", ["http://127.0.0.1:9201"], "nlzve")

    # opensearch-py 3 is installed; modelsearch's opensearch3 backend is the one written for it.
    assert backends["default"]["BACKEND"] == "modelsearch.backends.opensearch3"
    assert backends["default"]["URLS"] == ["http://127.0.0.1:9201"]
