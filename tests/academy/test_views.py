import json
import re
import time
from datetime import timedelta

from django.core import signing
from django.utils import timezone

import pytest

from academy.links import SALT, make_token, personal_url
from academy.models import Registration
from academy.registration import cancel_session

from .factories import CoursePageFactory, RegistrationFactory, SessionFactory

pytestmark = pytest.mark.django_db

VALID = {
    "name": "Mies Bakker",
    "email": "mies@example.org",
    "initiative_name": "Zorgcoöperatie Hoogeloon",
    "role": "bestuur",
    "accessibility_needs": "Een ringleiding graag.",
    "consent": "on",
}


def register_url(course, session) -> str:
    return f"{course.url}aanmelden/{session.pk}/"


def test_course_page_shows_sessions_in_dutch_without_the_online_link(client, course):
    SessionFactory(course=course, venue="", address="", online_url="https://meet.example/geheim")

    content = client.get(course.url).content.decode()

    assert "Online" in content
    assert "meet.example/geheim" not in content
    assert "Aanmelden" in content


def test_course_page_has_course_and_event_json_ld(client, course, session):
    content = client.get(course.url).content.decode()

    data = json.loads(
        re.search(r'<script type="application/ld\+json">(.*?)</script>', content, re.S)[1]
    )
    assert data["@type"] == "Course"
    assert data["subEvent"][0]["@type"] == "Event"
    assert data["hasCourseInstance"][0]["courseMode"] == "blended"


def test_registration_is_stored_and_leads_to_the_personal_page(client, course, session):
    response = client.post(register_url(course, session), VALID, follow=True)

    registration = Registration.objects.get()
    assert registration.status == Registration.REGISTERED
    assert registration.email == "mies@example.org"
    content = response.content.decode()
    assert "U bent aangemeld" in content
    assert "Dorpshuis De Linde" in content


def test_invalid_email_gets_a_dutch_message_and_stores_nothing(client, course, session):
    response = client.post(register_url(course, session), {**VALID, "email": "mies-at-example"})

    assert response.status_code == 400
    content = response.content.decode()
    assert "Dit is geen volledig e-mailadres" in content
    assert 'href="#id_email"' in content
    assert not Registration.objects.exists()


def test_missing_consent_gets_a_dutch_message_and_stores_nothing(client, course, session):
    data = {key: value for key, value in VALID.items() if key != "consent"}

    response = client.post(register_url(course, session), data)

    assert response.status_code == 400
    assert "Zet een vinkje" in response.content.decode()
    assert not Registration.objects.exists()


def test_over_long_field_gets_a_dutch_message_and_stores_nothing(client, course, session):
    response = client.post(register_url(course, session), {**VALID, "name": "M" * 500})

    assert response.status_code == 400
    assert "Uw naam is te lang" in response.content.decode()
    assert not Registration.objects.exists()


def test_duplicate_email_is_shown_at_the_email_field(client, course, session):
    client.post(register_url(course, session), VALID)

    response = client.post(register_url(course, session), {**VALID, "email": "MIES@example.org"})

    assert response.status_code == 400
    assert "al aangemeld" in response.content.decode()
    assert Registration.objects.count() == 1


def test_registration_for_a_past_session_is_refused_in_dutch(client, course):
    past = SessionFactory(
        course=course, starts_at=timezone.now() - timedelta(days=2), ends_at=timezone.now()
    )

    response = client.post(register_url(course, past), VALID)

    assert response.status_code == 400
    assert "al geweest" in response.content.decode()
    assert not Registration.objects.exists()


def test_registration_for_a_cancelled_session_is_refused_in_dutch(client, course, session):
    cancel_session(session.pk, "Te weinig aanmeldingen.")

    response = client.post(register_url(course, session), VALID)

    assert response.status_code == 400
    assert "gaat niet door" in response.content.decode()
    assert not Registration.objects.exists()


def test_session_of_another_course_is_not_found(client, academy_index, course, session):
    other = CoursePageFactory(parent=academy_index)

    assert client.get(register_url(other, session)).status_code == 404


def test_personal_page_shows_the_online_link_to_a_registered_person(client, course):
    session = SessionFactory(course=course, venue="", online_url="https://meet.example/geheim")
    registration = RegistrationFactory(session=session)

    content = client.get(personal_url(registration, absolute=False)).content.decode()

    assert "https://meet.example/geheim" in content


def test_personal_page_hides_the_online_link_from_the_waiting_list(client, course):
    session = SessionFactory(course=course, venue="", online_url="https://meet.example/geheim")
    registration = RegistrationFactory(session=session, status=Registration.WAITING)

    content = client.get(personal_url(registration, absolute=False)).content.decode()

    assert "meet.example/geheim" not in content
    assert "op nummer 1" in content


def test_cancelling_through_the_personal_link_frees_the_seat(client, session):
    registration = RegistrationFactory(session=session)
    url = personal_url(registration, absolute=False)

    response = client.post(url, {"action": "cancel"}, follow=True)

    registration.refresh_from_db()
    assert registration.status == Registration.CANCELLED
    assert "U heeft zich afgemeld" in response.content.decode()


def test_tampered_token_gets_a_dutch_message_and_changes_nothing(client, session):
    registration = RegistrationFactory(session=session)
    token = make_token(registration)
    tampered = token[:-3] + ("abc" if not token.endswith("abc") else "xyz")

    response = client.post(f"/academie/inschrijving/{tampered}/", {"action": "cancel"})

    registration.refresh_from_db()
    assert response.status_code == 400
    assert "Deze link werkt niet" in response.content.decode()
    assert registration.status == Registration.REGISTERED


def test_expired_token_gets_a_dutch_message_and_changes_nothing(client, session, settings):
    registration = RegistrationFactory(session=session)

    class PastSigner(signing.TimestampSigner):
        def timestamp(self):
            return signing.b62_encode(int(time.time()) - 2 * 24 * 60 * 60)

    token = PastSigner(salt=SALT).sign_object(str(registration.key))
    settings.ACADEMY_LINK_MAX_AGE_DAYS = 1

    response = client.post(f"/academie/inschrijving/{token}/", {"action": "cancel"})

    registration.refresh_from_db()
    assert response.status_code == 400
    assert "te oud" in response.content.decode()
    assert registration.status == Registration.REGISTERED


def test_catalogue_filters_by_format_without_javascript(client, academy_index):
    CoursePageFactory(parent=academy_index, title="Online leren", format="online")
    CoursePageFactory(parent=academy_index, title="In het dorpshuis", format="locatie")

    content = client.get(f"{academy_index.url}?format=online").content.decode()

    assert "Online leren" in content
    assert "In het dorpshuis" not in content


def test_catalogue_filters_by_theme_and_audience(client, academy_index):
    from academy.models import Audience
    from knowledge.models import Theme

    finance = Theme.objects.get(locale__language_code="nl", slug="financiering")
    board = Audience.objects.get(locale__language_code="nl", slug="bestuur")
    CoursePageFactory(parent=academy_index, title="Geld", themes=[finance], audiences=[board])
    CoursePageFactory(parent=academy_index, title="Wonen samen")

    content = client.get(
        f"{academy_index.url}?theme=financiering&audience=bestuur"
    ).content.decode()

    assert "Geld" in content
    assert "Wonen samen" not in content


def test_catalogue_shows_the_course_with_the_next_session_first(client, academy_index):
    later = CoursePageFactory(parent=academy_index, title="Later")
    sooner = CoursePageFactory(parent=academy_index, title="Eerder")
    CoursePageFactory(parent=academy_index, title="Zonder bijeenkomst")
    SessionFactory(course=later, starts_at=timezone.now() + timedelta(days=40))
    SessionFactory(course=sooner, starts_at=timezone.now() + timedelta(days=5))

    content = client.get(academy_index.url).content.decode()

    assert content.index("Eerder") < content.index("Later") < content.index("Zonder bijeenkomst")


def test_catalogue_ignores_unknown_filter_values(client, academy_index, course):
    response = client.get(f"{academy_index.url}?format=%3Cscript%3E&theme=onbekend")

    assert response.status_code == 200
    assert course.title in response.content.decode()


def test_agenda_feed_lists_upcoming_sessions_without_online_links(client, course):
    SessionFactory(course=course, venue="", online_url="https://meet.example/geheim")
    SessionFactory(course=course, starts_at=timezone.now() - timedelta(days=3))

    response = client.get("/academie/agenda.ics")

    body = response.content.decode()
    assert response["Content-Type"].startswith("text/calendar")
    assert body.count("BEGIN:VEVENT") == 1
    assert "meet.example" not in body


def test_many_registrations_from_one_address_are_refused_in_dutch_keeping_the_form(
    client, course, session, settings
):
    settings.ACADEMY_REGISTRATION_RATE_LIMIT = 1
    client.post(register_url(course, session), VALID)

    second = {**VALID, "email": "kees@example.org", "name": "Kees de Vries"}
    response = client.post(register_url(course, session), second)

    assert response.status_code == 429
    content = response.content.decode()
    assert "veel aanmeldingen van uw adres" in content
    assert 'value="Kees de Vries"' in content
    assert not Registration.objects.filter(email="kees@example.org").exists()


def test_the_english_course_page_names_its_audiences_in_english(client, academy_index):
    from wagtail.models import Locale

    from wagtail_localize.operations import translate_object

    from academy.models import Audience

    board = Audience.objects.get(locale__language_code="nl", slug="bestuur")
    course = CoursePageFactory(parent=academy_index, audiences=[board])
    english = Locale.objects.get(language_code="en")
    translate_object(course, [english])
    translation = course.get_translation(english)
    translation.save_revision().publish()

    html = client.get(translation.url).content.decode()

    assert "<dd>Board</dd>" in html
