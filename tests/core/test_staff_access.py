"""Staff accounts: the login is throttled, and personal data needs a confirmed second factor."""

from django.contrib.auth.models import Group, Permission
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.test import override_settings

import pytest
from axes.models import AccessAttempt, AccessFailureLog
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice

from academy.staff import ensure_academy_group
from helpdesk.bundles import ensure_helpdesk_group
from tests.academy.factories import AcademyIndexPageFactory, CoursePageFactory, SessionFactory
from tests.knowledge.factories import UserFactory
from uploads.moderation import ensure_moderators

PASSWORD = "geheim-wachtwoord-123"
LOGIN = "/admin/login/"


def attempt(client, password: str, address: str = "198.51.100.7"):
    return client.post(
        LOGIN, {"username": "organisator", "password": password}, REMOTE_ADDR=address
    )


@pytest.fixture
def organiser(db):
    ensure_academy_group()
    return UserFactory(username="organisator", groups=["Academie"], second_factor=False)


def test_a_guessing_loop_is_locked_out(client, organiser, settings):
    answers = [attempt(client, f"fout-{n}").status_code for n in range(20)]

    assert answers[: settings.AXES_FAILURE_LIMIT - 1] == [200] * (settings.AXES_FAILURE_LIMIT - 1)
    assert set(answers[settings.AXES_FAILURE_LIMIT :]) == {429}


def test_the_right_password_is_refused_during_the_lockout(client, organiser, settings):
    for n in range(settings.AXES_FAILURE_LIMIT):
        attempt(client, f"fout-{n}")

    response = attempt(client, PASSWORD)

    assert response.status_code == 429
    assert "Te vaak verkeerd ingelogd" in response.content.decode()
    assert "_auth_user_id" not in client.session


def test_the_right_password_works_again_after_the_cool_off(client, organiser, settings):
    for n in range(settings.AXES_FAILURE_LIMIT):
        attempt(client, f"fout-{n}")
    AccessAttempt.objects.update(
        attempt_time=AccessAttempt.objects.get().attempt_time.replace(year=2000)
    )

    response = attempt(client, PASSWORD)

    assert response.status_code == 302
    assert client.session["_auth_user_id"] == str(organiser.pk)


def test_failures_are_logged_per_address(client, organiser):
    attempt(client, "fout")

    failure = AccessFailureLog.objects.get()
    assert (failure.username, failure.ip_address) == ("organisator", "198.51.100.7")


@override_settings(TRUSTED_PROXIES=1)
def test_behind_the_proxy_the_visitors_address_is_counted(client, organiser, settings):
    for n in range(settings.AXES_FAILURE_LIMIT):
        client.post(
            LOGIN,
            {"username": "organisator", "password": f"fout-{n}"},
            REMOTE_ADDR="10.0.0.2",
            HTTP_X_FORWARDED_FOR=f"203.0.113.{n}",
        )

    # Every attempt came from another visitor behind the same proxy: nobody is locked out.
    assert set(AccessFailureLog.objects.values_list("ip_address", flat=True)) == {
        f"203.0.113.{n}" for n in range(settings.AXES_FAILURE_LIMIT)
    }
    assert attempt(client, PASSWORD, address="10.0.0.2").status_code == 302


def staff_in(group_name: str, **kwargs):
    return UserFactory(username=f"staf-{group_name.lower()}", groups=[group_name], **kwargs)


# The registrations of a session, the submissions with their senders, the bundles with their
# recipients; "{session}" is the id of a session made by the fixture.
PERSONAL_DATA_VIEWS = [
    ("Academie", "/admin/academie/bijeenkomsten/{session}/"),
    ("Moderatoren", "/admin/inzendingen/"),
    ("Helpdesk", "/helpdesk/pakketten/"),
]


@pytest.fixture
def groups(db, home_page):
    ensure_academy_group()
    ensure_moderators()
    ensure_helpdesk_group()
    index = AcademyIndexPageFactory(parent=home_page)
    session = SessionFactory(course=CoursePageFactory(parent=index))
    return {"session": session.pk}


@pytest.mark.parametrize(("group_name", "url"), PERSONAL_DATA_VIEWS)
def test_without_a_second_factor_personal_data_is_out_of_reach(client, groups, group_name, url):
    url = url.format(**groups)
    client.force_login(staff_in(group_name, second_factor=False))

    response = client.get(url)

    assert response.status_code == 302
    assert response["Location"].startswith("/admin/twee-staps/instellen/?next=")


@pytest.mark.parametrize(("group_name", "url"), PERSONAL_DATA_VIEWS)
def test_with_a_device_but_no_code_yet_the_code_is_asked(client, groups, group_name, url):
    url = url.format(**groups)
    user = staff_in(group_name, second_factor=False)
    TOTPDevice.objects.create(user=user, name="app", confirmed=True)
    client.force_login(user)

    response = client.get(url)

    assert response.status_code == 302
    assert response["Location"].startswith("/admin/twee-staps/?next=")


@pytest.mark.parametrize(("group_name", "url"), PERSONAL_DATA_VIEWS)
def test_the_right_code_opens_personal_data(client, groups, group_name, url):
    url = url.format(**groups)
    user = staff_in(group_name, second_factor=False)
    device = TOTPDevice.objects.create(user=user, name="app", confirmed=True)
    client.force_login(user)

    response = client.post(
        "/admin/twee-staps/", {"code": f"{totp(device.bin_key):06d}", "next": url}
    )

    assert response.status_code == 302
    assert response["Location"] == url
    assert client.get(url).status_code == 200


def test_a_wrong_code_is_refused_in_dutch(client, groups):
    user = staff_in("Academie", second_factor=False)
    device = TOTPDevice.objects.create(user=user, name="app", confirmed=True)
    client.force_login(user)
    wrong = (totp(device.bin_key) + 1) % 1_000_000

    response = client.post("/admin/twee-staps/", {"code": f"{wrong:06d}"})

    assert response.status_code == 200
    assert "Die code klopt niet" in response.content.decode()
    assert client.get(f"/admin/academie/bijeenkomsten/{groups['session']}/").status_code == 302


def test_setting_up_the_app_confirms_the_device_and_opens_the_admin(client, groups):
    user = staff_in("Moderatoren", second_factor=False)
    client.force_login(user)
    page = client.get("/admin/twee-staps/instellen/?next=/admin/inzendingen/")
    device = TOTPDevice.objects.get(user=user, confirmed=False)
    assert b"<svg" in page.content

    response = client.post(
        "/admin/twee-staps/instellen/",
        {"code": f"{totp(device.bin_key):06d}", "next": "/admin/inzendingen/"},
    )

    assert response["Location"] == "/admin/inzendingen/"
    assert TOTPDevice.objects.get(user=user).confirmed
    assert client.get("/admin/inzendingen/").status_code == 200


def test_a_foreign_next_address_is_not_followed(client, groups):
    user = staff_in("Academie", second_factor=False)
    device = TOTPDevice.objects.create(user=user, name="app", confirmed=True)
    client.force_login(user)

    response = client.post(
        "/admin/twee-staps/",
        {"code": f"{totp(device.bin_key):06d}", "next": "https://elders.example/"},
    )

    assert response["Location"] == "/admin/"


def test_staff_who_see_no_personal_data_need_no_second_factor(client, db):
    readers = Group.objects.create(name="Lezers")
    readers.permissions.add(
        Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin")
    )
    client.force_login(UserFactory(username="lezer", groups=["Lezers"], second_factor=False))

    assert client.get("/admin/").status_code == 200


def test_passwords_shorter_than_twelve_characters_are_refused(db):
    with pytest.raises(ValidationError):
        validate_password("Kort-wacht1")
    validate_password("een-lang-en-zeldzaam-wachtwoord")
