from io import StringIO
from pathlib import Path

from django.core.management import call_command
from django.core.management.base import CommandError

import pytest

from search.evaluation import read_questions, slug_of

pytestmark = pytest.mark.django_db

DEV_SET = Path(__file__).resolve().parents[2] / "search" / "eval" / "queries-dev-nl.tsv"
ADVISER_SET = Path(__file__).resolve().parents[2] / "search" / "eval" / "adviser-queries-nl.tsv"
ENGLISH_SET = Path(__file__).resolve().parents[2] / "search" / "eval" / "english-queries-en.tsv"


def recall_of(output: str) -> tuple[float, str]:
    last_line = output.strip().splitlines()[-1]
    return float(last_line.split()[0].split("=")[1]), last_line


def test_slug_is_taken_from_page_and_glossary_urls():
    assert slug_of("/kennisbank/hospices/") == "hospices"
    assert slug_of("/kennisbank/begrippen/#pgb") == "begrippen"


def test_questions_file_skips_comments_and_blank_lines(tmp_path):
    path = tmp_path / "q.tsv"
    path.write_text("# kop\n\nzorg dorp\ta,b\n", encoding="utf-8")

    assert read_questions(path) == [("zorg dorp", ("a", "b"))]


@pytest.mark.parametrize("questions", [DEV_SET, ADVISER_SET], ids=["development", "adviser"])
def test_demo_content_reaches_recall_at_3(site_tree, capsys, questions):
    call_command("load_demo_content", stdout=StringIO())
    call_command("rebuild_search_index", stdout=StringIO())

    call_command("search_eval", str(questions), k=3)

    recall, last_line = recall_of(capsys.readouterr().out)
    assert recall >= 0.9, last_line


def test_english_demo_content_reaches_recall_at_3(site_tree, search_engine, capsys):
    call_command("load_demo_content", stdout=StringIO())
    call_command("rebuild_search_index", stdout=StringIO())
    if search_engine == "search-server":
        call_command("search_server", "rebuild", stdout=StringIO())

    call_command("search_eval", str(ENGLISH_SET), k=3, locale="en")

    recall, last_line = recall_of(capsys.readouterr().out)
    assert recall >= 0.9, last_line


def test_eval_searches_the_locale_it_is_given(english_case, tmp_path, capsys):
    path = tmp_path / "english.tsv"
    path.write_text(f"hoogeloon care\t{english_case.slug}\n", encoding="utf-8")

    call_command("search_eval", str(path), k=3, locale="en")

    assert capsys.readouterr().out.strip().splitlines()[-1].startswith("recall@3=1.00")


def test_eval_refuses_an_unknown_locale(site_tree, tmp_path):
    path = tmp_path / "q.tsv"
    path.write_text("zorg\ta\n", encoding="utf-8")

    with pytest.raises(CommandError, match="Onbekende taal: fr"):
        call_command("search_eval", str(path), locale="fr")
