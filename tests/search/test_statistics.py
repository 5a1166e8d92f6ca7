"""What people search for is counted per term and day, without anything personal."""

from datetime import date, timedelta

from django.contrib.auth.models import Permission

from wagtail.contrib.search_promotions.models import Query

import pytest

from search.models import SearchTermDay
from search.statistics import purge_old_counts
from tests.knowledge.factories import UserFactory

pytestmark = pytest.mark.django_db

BROWSER = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 Chrome/131.0 Safari/537.36"


@pytest.fixture
def search(client, django_capture_on_commit_callbacks):
    """A visitor's search; the count is sent after the commit, as in a real request."""

    def run(text: str, *, agent: str = BROWSER, **params):
        with django_capture_on_commit_callbacks(execute=True):
            response = client.get("/zoeken/", {"q": text, **params}, HTTP_USER_AGENT=agent)
        assert response.status_code == 200

    return run


def test_a_search_that_finds_nothing_is_in_the_editors_report(search, client, admin_user):
    search("hospise")

    client.force_login(admin_user)
    html = client.get("/admin/reports/zonder-resultaat/").content.decode()
    assert "Zoekopdrachten zonder resultaat" in html
    assert "hospise" in html


def test_the_report_counts_terms_and_names_the_language_and_the_day(search, client, admin_user):
    search("hospise")
    search("hospise")
    search("mantelzorgwoning")

    client.force_login(admin_user)
    html = client.get("/admin/reports/zonder-resultaat/").content.decode()

    assert "2 zoektermen" in html
    assert "zoektermen per dag" not in html
    assert "Nederlands" in html
    assert date.today().strftime("%Y") in html


def test_only_the_term_the_language_and_the_day_are_stored(search):
    search("  Hospise  ")

    (count,) = SearchTermDay.objects.all()
    assert (count.text, count.language, count.searches, count.zero_hit_searches) == (
        "hospise",
        "nl",
        1,
        1,
    )
    stored = {field.name for field in SearchTermDay._meta.get_fields()}
    assert stored == {"id", "day", "language", "text", "searches", "zero_hit_searches"}


@pytest.mark.parametrize("hostile", ["hospise\x01", "hospise\x0b", "hospise\u2028", "HOSPISE\x1b"])
def test_a_term_with_control_characters_counts_as_the_plain_term(search, hostile):
    search("hospise")
    search(hostile)

    (count,) = SearchTermDay.objects.all()
    assert (count.text, count.searches) == ("hospise", 2)


def test_a_search_with_results_is_counted_but_not_as_without_results(search, corpus):
    search("Hoogeloon")
    search("hoogeloon")

    (count,) = SearchTermDay.objects.all()
    assert (count.searches, count.zero_hit_searches) == (2, 0)


def test_wagtails_popular_search_terms_fill_from_the_same_count(search):
    search("knarenhof")
    search("knarenhof")

    assert Query.get("knarenhof").hits == 2


@pytest.mark.parametrize(
    "agent", ["", "Googlebot/2.1 (+http://www.google.com/bot.html)", "python-requests/2.32"]
)
def test_robots_are_not_counted(search, agent):
    search("hospise", agent=agent)

    assert not SearchTermDay.objects.exists()


def test_staff_searches_are_not_counted(search, client):
    adviser = UserFactory(username="adviseur")
    adviser.user_permissions.add(
        Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin")
    )
    client.force_login(adviser)

    search("hospise")

    assert not SearchTermDay.objects.exists()


def test_later_pages_and_empty_searches_are_not_counted(search):
    search("hospise", pagina="2")
    search("   ")

    assert not SearchTermDay.objects.exists()


def test_counts_older_than_the_retention_period_are_deleted(settings):
    settings.SEARCH_STATISTICS_DAYS = 30
    today = date(2026, 12, 3)
    SearchTermDay.objects.create(day=today - timedelta(days=31), language="nl", text="oud")
    SearchTermDay.objects.create(day=today - timedelta(days=29), language="nl", text="recent")

    assert purge_old_counts(today=today) == 1
    assert list(SearchTermDay.objects.values_list("text", flat=True)) == ["recent"]


def test_editors_may_read_the_report_and_others_may_not(search, client, admin_user):
    search("hospise")
    visitor = UserFactory(username="bezoeker")
    visitor.user_permissions.add(
        Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin")
    )
    client.force_login(visitor)

    response = client.get("/admin/reports/zonder-resultaat/")

    assert response.status_code in {302, 403}
