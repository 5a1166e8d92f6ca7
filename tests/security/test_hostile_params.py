"""Hostile values in every parameter that reaches a query, on PostgreSQL: never a 500.

PostgreSQL refuses what SQLite lets pass (integers beyond bigint, NUL in text), so these run
against the real database. Each URL gets every value in its parameters and path segments;
a test names the values that failed.
"""

from datetime import timedelta

from django.utils import timezone

import pytest

from academy.links import make_token
from helpdesk.models import Bundle
from knowledge.sections import ensure_initiative_index
from tests.academy.factories import (
    AcademyIndexPageFactory,
    CoursePageFactory,
    RegistrationFactory,
    SessionFactory,
)
from tests.helpdesk.factories import BundleFactory
from tests.knowledge.factories import (
    CasePageFactory,
    InitiativeFactory,
    KnowledgeIndexPageFactory,
    UserFactory,
)
from tests.uploads.factories import UploadIndexPageFactory
from tests.uploads.helpers import FILE_URL, FORM_URL, form_data

pytestmark = pytest.mark.django_db

# Raw, as they would stand in a URL (already percent-encoded where needed).
HOSTILE = [
    "99999999999999999999",  # beyond bigint
    "9223372036854775807",  # bigint's maximum
    "9223372036854775808",
    "-1",
    "-9223372036854775809",
    "0",
    "1e30",
    "1.5",
    "NaN",
    "%00",
    "a%00b",
    "%ff",
    "%c0%af",  # an overlong (invalid) UTF-8 sequence
    "%ed%a0%80",  # an encoded surrogate
    "%C2%B2",  # "²": isdigit() but not int()
    "%D9%A3" * 25,  # Arabic-Indic digits: int() reads them, 25 of them overflow bigint
    "1" * 5000,  # more digits than int() reads
    "x" * 5000,
]

PUBLIC_URLS = [
    "/zoeken/?q={v}",
    "/zoeken/?q=zorg&pagina={v}",
    "/zoeken/?pagina={v}&per_pagina={v}",
    "/zoeken/?thema={v}&soort={v}&jaar={v}&sortering={v}",
    "/en/search/?pagina={v}",
    "/zoeken/feed/?q=zorg&pagina={v}&per_pagina={v}",
    "/zoeken/feed/?thema={v}",
    "/api/v2/search/?q={v}&pagina={v}",
    "/api/v2/search/?per_pagina={v}&locale={v}&provincie={v}",
    "/api/v2/pages/?id={v}",
    "/api/v2/pages/?limit={v}",
    "/api/v2/pages/?offset={v}",
    "/api/v2/pages/?child_of={v}",
    "/api/v2/pages/?descendant_of={v}",
    "/api/v2/pages/?ancestor_of={v}",
    "/api/v2/pages/?translation_of={v}",
    "/api/v2/pages/?type={v}",
    "/api/v2/pages/?fields={v}",
    "/api/v2/pages/?order={v}",
    "/api/v2/pages/?search={v}",
    "/api/v2/pages/?locale={v}",
    "/api/v2/pages/?slug={v}&title={v}",
    "/api/v2/pages/{v}/",
    "/api/v2/pages/find/?html_path={v}",
    "/api/v2/images/?id={v}&offset={v}",
    "/api/v2/images/{v}/",
    "/api/v2/documents/?offset={v}&limit={v}",
    "/api/v2/documents/{v}/",
    "/api/v2/themes/?id={v}&locale={v}&offset={v}",
    "/api/v2/glossary/?slug={v}&search={v}",
    "/api/v2/glossary/{v}/",
    "/documents/{v}/bestand.pdf",
    "/pakket/{v}/",
    "/pakket/{v}/pdf/",
    "/pakket/{token}/?afdrukken={v}",
    "/academie/inschrijving/{v}/",
    "/academie/inschrijving/{registration}/?bericht={v}",
    "/academie/agenda.ics?{v}={v}",
    "{course}aanmelden/{v}/",
    "/kennisbank/thema/{v}/",
    "/kennisbank/soort/{v}/",
    "/trots-op-mijn-initiatief/?provincie={v}&thema={v}&jaar={v}&soort={v}",
    "/initiatieven/?q={v}&provincie={v}&soort={v}&rechtsvorm={v}&thema={v}",
    "/initiatieven/?pagina={v}&sortering={v}",
    "/initiatieven/{v}/",
    "/initiatieven/kaart/?{v}={v}",
    "/initiatieven/csv/?provincie={v}&pagina={v}&q={v}",
    "/api/v2/initiatives/?province={v}&type={v}&offset={v}",
    "/api/v2/initiatives/{v}/",
    "/sitemap.xml?p={v}",
    "/{v}/",
    "/?{v}={v}",
]

STAFF_URLS = [
    "/helpdesk/pakketten/?q={v}&thema={v}",
    "/helpdesk/pakketten/{v}/",
    "/helpdesk/voorbeelden-zoeken/?size={v}&themes={v}&province={v}&keywords={v}",
    "/helpdesk/praktijkvoorbeelden/{v}/",
    "/helpdesk/initiatieven-controleren/?{v}={v}",
    "/helpdesk/pakket/toevoegen/?next={v}&search={v}",
    "/admin/academie/bijeenkomsten/{v}/",
    "/admin/academie/bijeenkomsten/{v}/export.csv",
    "/admin/inzendingen/{v}/",
    "/admin/inzendingen/bestand/{v}/",
    "/admin/inzendingen/bestand/{v}/voorbeeld/",
    "/admin/pages/{v}/",
    "/admin/pages/search/?q={v}&p={v}",
]


@pytest.fixture
def places(site_tree, home_page):
    """One of each thing a URL can name, so the routes with a valid part are reached."""
    KnowledgeIndexPageFactory(parent=home_page, slug="kennisbank")
    CasePageFactory(parent=home_page.get_children().get(slug="kennisbank").specific)
    UploadIndexPageFactory(parent=home_page)
    ensure_initiative_index(site_tree)
    InitiativeFactory(slug="hoogeloon")
    course = CoursePageFactory(parent=AcademyIndexPageFactory(parent=home_page))
    session = SessionFactory(course=course)
    registration = RegistrationFactory(session=session)
    bundle = BundleFactory(
        status=Bundle.SENT,
        sent_at=timezone.now(),
        expires_at=timezone.now() + timedelta(days=30),
    )
    return {
        "course": course.url,
        "session": session,
        "registration": make_token(registration),
        "token": bundle.token,
    }


def server_errors(client, templates, values, places) -> list[str]:
    client.raise_request_exception = False
    failed = []
    for template in templates:
        for value in values:
            url = template.format(v=value, **places)
            status = client.get(url).status_code
            if status >= 500:
                failed.append(f"{status} {url[:120]}")
    return failed


@pytest.mark.parametrize("template", PUBLIC_URLS)
def test_public_url_never_answers_500(client, places, template):
    assert server_errors(client, [template], HOSTILE, places) == []


@pytest.mark.parametrize("template", STAFF_URLS)
def test_staff_url_never_answers_500(client, places, template):
    client.force_login(UserFactory(is_superuser=True, is_staff=True))
    assert server_errors(client, [template], HOSTILE, places) == []


@pytest.mark.parametrize("template", PUBLIC_URLS[:3])
def test_repeated_and_array_parameters_never_answer_500(client, places, template):
    name = template.split("?")[1].split("=")[0]
    array = template.replace(f"?{name}=", f"?{name}[]=") + f"&{name}=1&{name}=2"
    assert server_errors(client, [array], ["1", "a%00b"], places) == []


# --- Values in forms that name rows (ids), posted ---------------------------------------------

HOSTILE_IDS = ["99999999999999999999", "9223372036854775808", "-1", "1.5", "²", "a\x00b", ""]


def test_upload_form_with_hostile_ids_answers_without_500(client, settings, tmp_path, places):
    settings.UPLOADS_PRIVATE_ROOT = tmp_path
    client.raise_request_exception = False
    failed = []
    for value in HOSTILE_IDS:
        for field in ("province", "themes", "initiative", "remove", "batch"):
            response = client.post(FORM_URL, {**form_data(), field: [value]})
            if response.status_code >= 500:
                failed.append(f"{field}={value!r}")
        if client.post(FILE_URL, {"batch": value}).status_code >= 500:
            failed.append(f"file batch={value!r}")
    assert failed == []


def test_academy_sign_up_with_hostile_ids_answers_without_500(client, places):
    client.raise_request_exception = False
    url = f"{places['course']}aanmelden/{places['session'].pk}/"
    data = {"name": "Mies", "email": "mies@example.org", "consent": "on"}
    failed = [
        value
        for value in HOSTILE_IDS
        if client.post(url, {**data, "initiative": value}).status_code >= 500
    ]
    assert failed == []


def test_staff_forms_with_hostile_ids_answer_without_500(client, places):
    client.raise_request_exception = False
    client.force_login(UserFactory(is_superuser=True, is_staff=True))
    session = places["session"]
    failed = []
    for value in HOSTILE_IDS:
        posts = [
            (f"/admin/academie/bijeenkomsten/{session.pk}/", {"attended": [value]}),
            ("/helpdesk/pakket/toevoegen/", {"item": value, "search": "q=zorg"}),
            ("/helpdesk/pakket/toevoegen/", {"item": f"page:{value}"}),
            ("/helpdesk/pakket/toevoegen/", {"item": f"glossary:{value}"}),
            ("/helpdesk/initiatieven-controleren/", {"initiative": value}),
        ]
        for url, data in posts:
            if client.post(url, data).status_code >= 500:
                failed.append(f"{url} {data!r}")
    assert failed == []


def test_a_cookie_with_a_nul_is_refused_not_looked_up(client, places):
    client.raise_request_exception = False
    client.cookies["sessionid"] = "abcdefgh\x00ijklmnop"

    assert client.get("/").status_code == 400


def test_a_page_number_beyond_bigint_answers_the_last_page(client, places):
    answer = client.get("/api/v2/search/?pagina=100000000000000000000").json()

    assert answer["page"] == answer["num_pages"] == 1


def test_an_api_offset_beyond_any_listing_is_a_clear_400(client, places):
    response = client.get("/api/v2/pages/?offset=99999999999999999999999")

    assert response.status_code == 400
    assert "offset cannot be higher" in response.json()["message"]


def test_a_nul_in_a_link_is_a_400_with_a_dutch_page(client, places):
    response = client.get("/pakket/abc%00def/")

    assert response.status_code == 400
    assert "Dit adres klopt niet" in response.content.decode()
