import csv
import io

from django.contrib.auth.models import Permission
from django.core import mail

import pytest

from academy.admin_views import safe_cell
from academy.models import Registration, Session
from academy.staff import ACADEMY_PERMISSIONS, ensure_academy_group
from tests.knowledge.factories import UserFactory

from .factories import RegistrationFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def organiser(db):
    ensure_academy_group()
    return UserFactory(username="organisator", groups=["Academie"])


def admin_url(session, suffix: str = "") -> str:
    return f"/admin/academie/bijeenkomsten/{session.pk}/{suffix}"


def test_academy_group_has_exactly_the_organisers_permissions(db):
    group = ensure_academy_group()

    codes = {(p.content_type.app_label, p.codename) for p in group.permissions.all()}

    assert codes == set(ACADEMY_PERMISSIONS)


def test_organiser_sees_registrations_and_the_waiting_list(client, organiser, session):
    RegistrationFactory(session=session, name="Aanwezige Anna")
    RegistrationFactory(session=session, name="Wachtende Wim", status=Registration.WAITING)
    client.force_login(organiser)

    content = client.get(admin_url(session)).content.decode()

    assert "Aanwezige Anna" in content
    assert "Wachtende Wim" in content


def test_editor_without_the_academy_group_cannot_see_personal_data(client, session):
    RegistrationFactory(session=session, name="Aanwezige Anna")
    editor = UserFactory(username="redacteur")
    editor.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(editor)

    for suffix in ("", "export.csv"):
        response = client.get(admin_url(session, suffix))
        assert "Aanwezige Anna" not in response.content.decode()
        assert response.status_code in (302, 403)


def test_organiser_marks_attendance(client, organiser, session):
    present, absent = RegistrationFactory.create_batch(2, session=session)
    client.force_login(organiser)

    client.post(admin_url(session), {"attended": [str(present.pk)]})

    assert Registration.objects.get(pk=present.pk).attended is True
    assert Registration.objects.get(pk=absent.pk).attended is False


def test_csv_export_neutralises_formulas(client, organiser, session):
    RegistrationFactory(session=session, name='=HYPERLINK("http://kwaad.example")')
    client.force_login(organiser)

    response = client.get(admin_url(session, "export.csv"))

    rows = list(csv.reader(io.StringIO(response.content.decode().lstrip("\ufeff")), delimiter=";"))
    assert rows[1][1] == '\'=HYPERLINK("http://kwaad.example")'


@pytest.mark.parametrize("value", ["=1+1", "+31", "-2", "@SUM(A1)", "\tx"])
def test_cells_a_spreadsheet_would_run_get_a_quote(value):
    assert safe_cell(value) == f"'{value}"


def test_message_reaches_everyone_registered_but_not_the_waiting_list(
    client, organiser, session, django_capture_on_commit_callbacks
):
    registered = RegistrationFactory(session=session)
    RegistrationFactory(session=session, status=Registration.WAITING)
    client.force_login(organiser)

    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            admin_url(session, "bericht/"),
            {"subject": "Andere zaal", "body": "We zitten in de kleine zaal."},
        )

    assert [message.to for message in mail.outbox] == [[registered.email]]
    assert "kleine zaal" in mail.outbox[0].body


def test_organiser_cancels_a_session_and_everyone_is_told(
    client, organiser, session, django_capture_on_commit_callbacks
):
    RegistrationFactory(session=session)
    RegistrationFactory(session=session, status=Registration.WAITING)
    client.force_login(organiser)

    with django_capture_on_commit_callbacks(execute=True):
        client.post(admin_url(session, "annuleren/"), {"reason": "De docent is ziek."})

    session.refresh_from_db()
    assert session.status == Session.CANCELLED
    assert len(mail.outbox) == 2


def test_more_places_in_the_admin_move_the_waiting_list_up(client, session, organiser):
    from django.utils import timezone

    RegistrationFactory.create_batch(2, session=session)
    waiting = RegistrationFactory(session=session, status=Registration.WAITING)
    client.force_login(organiser)
    local = timezone.localtime

    response = client.post(
        f"/admin/snippets/academy/session/edit/{session.pk}/",
        {
            "course": session.course_id,
            "title": "",
            "starts_at": local(session.starts_at).strftime("%Y-%m-%d %H:%M"),
            "ends_at": local(session.ends_at).strftime("%Y-%m-%d %H:%M"),
            "venue": session.venue,
            "address": session.address,
            "online_url": "",
            "capacity": 3,
            "registration_deadline": "",
            "status": "open",
        },
    )

    waiting.refresh_from_db()
    assert response.status_code == 302
    assert waiting.status == Registration.REGISTERED
