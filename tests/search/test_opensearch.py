"""The search-server engine against the real OpenSearch node of this run."""

import threading
from io import StringIO

from django.core.management import call_command

import pytest

from search.engines.client import client
from search.engines.contract import EngineRequest, parse
from search.engines.engine import OpenSearchEngine
from search.engines.lifecycle import alias_targets, check, index_outdated, rebuild, reconcile, sync
from search.engines.mapping import alias_name
from search.models import SearchDocument
from search.text import stem, words
from tests.knowledge.factories import GlossaryTermFactory
from tests.search.dutch_text import DUTCH_TEXT

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("search_server")]


def request_for(text: str, **kwargs) -> EngineRequest:
    from wagtail.models import Locale

    language = kwargs.pop("language", "nl")
    locale = Locale.objects.get(language_code=language)
    return EngineRequest(
        parsed=parse(text, language),
        language=language,
        locale_id=locale.pk,
        filters=kwargs.pop("filters", {}),
        **kwargs,
    )


def found_titles(text: str, **kwargs) -> list[str]:
    answer = OpenSearchEngine().search(request_for(text, **kwargs))
    titles = dict(SearchDocument.objects.values_list("id", "title"))
    return [titles[pk] for pk, _score in answer.ranked]


def analyze(language: str, analyzer: str, text: str) -> list[str]:
    response = client().indices.analyze(
        index=alias_name(language), body={"analyzer": analyzer, "text": text}
    )
    return [token["token"] for token in response["tokens"]]


def index_settings(language: str) -> dict:
    response = client().indices.get_settings(index=alias_name(language))
    return next(iter(response.values()))["settings"]["index"]


def test_dutch_index_stems_with_the_dutch_snowball_stemmer():
    stemmer = index_settings("nl")["analysis"]["filter"]["nl_stemmer"]

    assert stemmer == {"type": "stemmer", "language": "dutch"}


def test_english_index_stems_with_the_english_stemmer():
    stemmer = index_settings("en")["analysis"]["filter"]["en_stemmer"]

    assert stemmer == {"type": "stemmer", "language": "english"}


def test_dutch_analyzer_folds_accents_and_brings_plurals_to_the_singular():
    assert analyze("nl", "text", "Zorgcoöperaties initiatieven buurthuizen") == analyze(
        "nl", "text", "zorgcooperatie initiatief buurthuis"
    )


def test_dutch_analyzer_stems_every_word_as_the_portable_engine():
    assert analyze("nl", "text", DUTCH_TEXT) == [stem(word) for word in words(DUTCH_TEXT)]


def test_english_analyzer_stems_english_words():
    assert analyze("en", "text", "communities") == analyze("en", "text", "community")


def test_accents_are_folded_in_search(corpus):
    assert "Austerlitz Zorgt" in found_titles("cooperatie")


def test_facet_counts_cover_every_value_beyond_ten(corpus, django_capture_on_commit_callbacks):
    from knowledge.models import Theme

    case = corpus["hoogeloon"]
    for number in range(12):
        case.themes.add(Theme.objects.create(slug=f"thema-{number}", name=f"Thema {number}"))
    with django_capture_on_commit_callbacks(execute=True):
        case.save_revision().publish()

    answer = OpenSearchEngine().search(request_for(""))

    assert len(answer.counts["theme"]) == 14


def test_a_new_glossary_synonym_takes_effect_after_rebuild(corpus):
    from knowledge.models import GlossaryAlias, GlossaryTerm

    term = GlossaryTerm.objects.get(slug="pgb")
    GlossaryAlias.objects.create(term=term, text="zorgbudget")
    search_synonyms = "zorgbudget"
    assert "pgb" not in analyze("nl", "text_search", search_synonyms)

    call_command("search_server", "rebuild", stdout=StringIO())

    assert "pgb" in analyze("nl", "text_search", search_synonyms)


def test_highlights_mark_the_matched_words(corpus):
    answer = OpenSearchEngine().search(request_for("huisarts"))
    austerlitz = SearchDocument.objects.get(page_id=corpus["austerlitz"].pk)

    assert answer.ranked[0][0] == austerlitz.pk
    assert "<mark>huisarts</mark>" in answer.snippets[austerlitz.pk]


def test_a_query_of_several_words_ranks_documents_with_every_word_first(corpus):
    titles = found_titles("Zeist huisarts ouders")

    assert titles[0] == "Austerlitz Zorgt"
    assert "Ouderinitiatief met een persoonsgebonden budget" in titles


def test_opensearch_searches_the_segments_of_a_shard_on_two_threads(settings):
    found = index_settings("nl").get("search", {})

    if settings.SEARCH_ENGINE.startswith("opensearch"):
        assert found["concurrent_segment_search"]["mode"] == "all"
        assert found["concurrent"]["max_slice_count"] == "2"
    else:  # Elasticsearch slices on its own and refuses the settings
        assert found == {}


def test_a_changed_glossary_outdates_the_index_and_reconcile_rebuilds_it(corpus):
    from knowledge.models import GlossaryAlias, GlossaryTerm

    GlossaryAlias.objects.create(term=GlossaryTerm.objects.get(slug="pgb"), text="zorgbudget")
    assert check("nl").outdated

    reconcile()

    assert "pgb" in analyze("nl", "text_search", "zorgbudget")
    assert check("nl").is_clean


def test_check_names_an_outdated_index_and_repair_rebuilds_it(corpus):
    from knowledge.models import GlossaryAlias, GlossaryTerm

    GlossaryAlias.objects.create(term=GlossaryTerm.objects.get(slug="pgb"), text="zorgbudget")
    output = StringIO()

    call_command("search_server", "check", "--repair", "--language", "nl", stdout=output)

    assert "oudere mapping of andere synoniemen" in output.getvalue()
    assert not index_outdated("nl")


def test_a_short_glossary_entry_with_some_words_does_not_outrank_the_case_with_every_word(
    corpus, django_capture_on_commit_callbacks
):
    from knowledge.models import GlossaryAlias

    with django_capture_on_commit_callbacks(execute=True):
        wmo = GlossaryTermFactory(
            term="Wmo (Wet maatschappelijke ondersteuning)",
            slug="wmo",
            definition="De wet voor hulp thuis; een coöperatie voert de Wmo uit voor het dorp.",
        )
        GlossaryAlias.objects.create(term=wmo, text="Wmo")
        wmo.save()

    assert found_titles("coöperatie Zeist Wmo dorp")[0] == "Austerlitz Zorgt"


def test_suggestion_for_a_typo_comes_from_the_index(corpus):
    request = request_for("hoogelon")

    suggestion = OpenSearchEngine().suggest("hoogelon", "nl", request.locale_id)

    assert suggestion == "hoogeloon"


def test_rebuild_swaps_the_alias_while_searches_keep_answering(corpus):
    before = alias_targets("nl")
    request = request_for("cooperatie")
    answered, failed = [], []
    stop = threading.Event()

    def keep_searching():
        while not stop.is_set():
            try:
                answered.append(OpenSearchEngine().search(request).total)
            except Exception as error:
                failed.append(error)

    searcher = threading.Thread(target=keep_searching)
    searcher.start()
    try:
        for _ in range(3):
            rebuild("nl")
    finally:
        stop.set()
        searcher.join()

    assert failed == []
    assert answered and min(answered) > 0
    assert alias_targets("nl") != before


def test_rebuild_loads_every_document_in_several_requests_and_restores_the_settings(
    corpus, monkeypatch
):
    from search.engines import lifecycle

    monkeypatch.setattr(lifecycle, "BULK_SIZE", 2)
    expected = SearchDocument.objects.filter(locale__language_code="nl").count()

    report = rebuild("nl")

    index_settings = client().indices.get_settings(index=report.index)[report.index]["settings"]
    assert report.documents == expected
    assert client().count(index=alias_name("nl"))["count"] == expected
    assert "refresh_interval" not in index_settings["index"]
    assert index_settings["index"]["translog"]["durability"] == "request"
    assert index_settings["index"]["number_of_replicas"] == "0"
    assert check("nl").is_clean


def test_check_finds_missing_stale_and_extra_documents(corpus):
    documents = list(SearchDocument.objects.filter(locale__language_code="nl").order_by("id"))
    es = client()
    alias = alias_name("nl")
    es.delete(index=alias, id=documents[0].pk, refresh=True)
    SearchDocument.objects.filter(pk=documents[1].pk).update(title="Een andere titel")
    es.index(index=alias, id=999999, body={"id": 999999, "fingerprint": "x"}, refresh=True)

    drift = check("nl")

    assert (drift.missing, drift.stale, drift.extra) == (
        [documents[0].pk],
        [documents[1].pk],
        [999999],
    )


def test_check_with_repair_brings_the_index_in_line(corpus):
    documents = list(SearchDocument.objects.filter(locale__language_code="nl").order_by("id"))
    client().delete(index=alias_name("nl"), id=documents[0].pk, refresh=True)

    call_command("search_server", "check", "--repair", stdout=StringIO())

    assert check("nl").is_clean


def test_sync_twice_leaves_one_copy(corpus):
    ids = list(SearchDocument.objects.values_list("id", flat=True))

    sync(ids)
    sync(ids)

    count = client().count(index=alias_name("nl"))["count"]
    assert count == SearchDocument.objects.filter(locale__language_code="nl").count()


def test_search_server_command_runs_from_the_command_line(corpus, settings):
    """Through manage.py, so Django's system checks run first (call_command skips them)."""
    import os
    import subprocess
    import sys

    from tests.conftest import PROJECT_DIR

    database = settings.DATABASES["default"]
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "config.settings.test",
        "TEST_DATABASE_URL": f"postgres://{database['USER']}:{database['PASSWORD']}@"
        f"{database['HOST']}:{database['PORT'] or 5432}/{database['NAME']}",
        "SEARCH_ENGINE": settings.SEARCH_ENGINE,
        "SEARCH_URL": ",".join(settings.SEARCH_URLS),
        "SEARCH_INDEX_PREFIX": settings.SEARCH_INDEX_PREFIX,
    }

    result = subprocess.run(
        [sys.executable, "manage.py", "search_server", "status"],
        cwd=PROJECT_DIR,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )

    assert result.returncode == 0, result.stderr
    assert "nl" in result.stdout
