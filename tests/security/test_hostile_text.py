"""The bad-input battery for text: hostile text typed into every public field, and hostile text
already stored (written past the storage guard, as data from before it), then fetched through
every output. Zero 500s; every feed, sitemap, calendar, API answer, PDF and mail parses.

Numeric and path parameters (``pagina=10**20``, ``/pakket/abc%00def/``) are another battery's.
"""

import json
from datetime import timedelta
from email import message_from_bytes, policy
from urllib.parse import urlsplit

from django.core import mail
from django.utils import timezone

import pytest
from defusedxml.ElementTree import fromstring
from icalendar import Calendar

from academy.models import CoursePage, Registration, Session
from academy.tasks import send_confirmation
from core.text import UNREPRESENTABLE
from helpdesk import bundles
from helpdesk.models import Bundle, BundleItem
from knowledge.models import (
    CasePage,
    GlossaryTerm,
    WhitepaperFeedback,
    WhitepaperPage,
)
from knowledge.tasks import notify_editors_of_feedback
from search.models import SearchDocument
from tests.academy.conftest import academy_index, course, session  # noqa: F401
from tests.academy.factories import RegistrationFactory
from tests.core.documents import pdf_reader
from tests.core.hostile import SAMPLES
from tests.helpdesk.conftest import adviser, helpdesk_group  # noqa: F401
from tests.helpdesk.factories import BundleFactory, BundleItemFactory
from tests.knowledge.conftest import (  # noqa: F401
    editorial,
    knowledge_index,
    private_root,
    vocabularies,
)
from tests.knowledge.factories import (
    CasePageFactory,
    GlossaryPageFactory,
    GlossaryTermFactory,
    UserFactory,
    WhitepaperPageFactory,
)
from tests.uploads import upload_files as files
from tests.uploads.conftest import upload_index  # noqa: F401
from tests.uploads.factories import SubmissionFactory
from tests.uploads.helpers import FORM_URL, form_data, upload
from uploads import mails as upload_mails
from uploads.models import Submission, UploadPage

pytestmark = pytest.mark.django_db

# What a request can carry (UTF-8: no lone surrogates; their bytes are sent separately).
TYPED = [text for text in SAMPLES if not any(0xD800 <= ord(c) < 0xE000 for c in text)]
# Raw bytes in a query string, as a browser or a script may send them.
RAW_QUERIES = [
    "%00",
    "%01",
    "%1B",
    "%0B",
    "%7F",
    "%C2%85",
    "%ED%A0%80",
    "%EF%BF%BF",
    "%FF",
    "%0D%0A",
]
# What PostgreSQL could hold before the guard: no NUL, and short enough for a title.
STORED_TITLE = "Nieuwsbrief\x0bwinter\x1b[31m 2024 \x7f\x85 </script><b>x</b> ]]> \u202e \ufffe"
STORED_TEXT = (
    "Regel\x01 een\nregel twee\x0c</script><script>alert(1)</script>\n]]>\u202e\uffff"
    + "x" * 20_000
)
ALERT = "<script>alert(1)</script>"
SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"


def no_server_error(response) -> None:
    assert response.status_code < 500, response.status_code


def clean(*values: str) -> bool:
    return not any(UNREPRESENTABLE.search(value) for value in values)


# --- Typed into the public forms -------------------------------------------------------------


@pytest.fixture
def open_limits(settings):
    settings.UPLOADS_RATE_LIMIT = settings.ACADEMY_REGISTRATION_RATE_LIMIT = 10_000
    settings.UPLOADS_FILE_RATE_LIMIT = settings.FEEDBACK_RATE_LIMIT = 10_000


@pytest.mark.usefixtures("private_root", "upload_index", "open_limits")
@pytest.mark.parametrize(
    "field", ["title", "description", "contact_name", "place", "initiative_name"]
)
def test_the_upload_form_takes_hostile_text_without_an_error(client, field):
    for number, text in enumerate(TYPED):
        pdf = upload(f"{number}.pdf", files.pdf_with_text(f"bestand {field} {number}"))
        response = client.post(FORM_URL, {**form_data(**{field: text}), "files": [pdf]})
        no_server_error(response)
    for submission in Submission.objects.all():
        assert clean(submission.title, submission.description, submission.contact_name)
        assert "\n" not in submission.title and "\r" not in submission.contact_name


@pytest.mark.usefixtures("open_limits")
@pytest.mark.parametrize("field", ["name", "initiative_name", "accessibility_needs"])
def test_the_academy_form_takes_hostile_text_without_an_error(client, course, session, field):  # noqa: F811
    Session.objects.filter(pk=session.pk).update(capacity=1000)
    for number, text in enumerate(TYPED):
        data = {"name": "Mies", "email": f"mies{number}@example.org", "consent": "on"}
        response = client.post(f"{course.url}aanmelden/{session.pk}/", {**data, field: text})
        no_server_error(response)
    for registration in Registration.objects.all():
        assert clean(registration.name, registration.initiative_name)
        assert clean(registration.accessibility_needs)


@pytest.mark.usefixtures("open_limits")
@pytest.mark.parametrize("field", ["name", "comment"])
def test_the_whitepaper_feedback_form_takes_hostile_text_without_an_error(
    client,
    knowledge_index,  # noqa: F811
    field,
):
    page = WhitepaperPageFactory(parent=knowledge_index)
    for text in TYPED:
        data = {"name": "Mies", "email": "mies@example.org", "comment": "Mooi.", field: text}
        no_server_error(client.post(page.url, data))
    for feedback in WhitepaperFeedback.objects.all():
        assert clean(feedback.name, feedback.comment)


SEARCH_OUTPUTS = ["/zoeken/", "/zoeken/feed/", "/api/v2/search/", "/api/v2/pages/"]


def feed_and_api_parse(feed, api, *, refused: bool) -> None:
    """A NUL is refused before any view (core.middleware): a 400 with a Dutch page."""
    if refused:
        assert feed.status_code == api.status_code == 400
        assert "Dit adres klopt niet" in feed.content.decode()
        return
    fromstring(feed.content)
    json.loads(api.content)


@pytest.mark.parametrize("text", TYPED)
def test_search_the_feed_and_the_api_answer_any_query(client, site_tree, text):
    for url in SEARCH_OUTPUTS:
        no_server_error(client.get(url, {"q": text, "search": text}))
    feed_and_api_parse(
        client.get("/zoeken/feed/", {"q": text}),
        client.get("/api/v2/search/", {"q": text}),
        refused="\x00" in text,
    )


@pytest.mark.parametrize("raw", RAW_QUERIES)
def test_search_the_feed_and_the_api_answer_any_bytes_in_the_query(client, site_tree, raw):
    for url in SEARCH_OUTPUTS:
        no_server_error(client.get(f"{url}?q=zorg{raw}&search=zorg{raw}"))
    feed_and_api_parse(
        client.get(f"/zoeken/feed/?q={raw}"),
        client.get(f"/api/v2/search/?q={raw}"),
        refused="%00" in raw,
    )


@pytest.mark.parametrize("text", TYPED)
def test_the_helpdesk_forms_take_hostile_text_without_an_error(client, adviser, text):  # noqa: F811
    client.force_login(adviser)
    no_server_error(client.get("/helpdesk/pakketten/", {"q": text, "thema": text}))
    no_server_error(client.get("/helpdesk/voorbeelden-zoeken/", {"keywords": text}))
    client.post("/helpdesk/pakket/nieuw/")
    bundle = Bundle.objects.get()
    fields = {"question": text, "introduction": text, "recipient_name": text}
    response = client.post(
        f"/helpdesk/pakketten/{bundle.pk}/",
        {"title": text, "recipient_language": "nl", **fields},
    )
    no_server_error(response)
    bundle.refresh_from_db()
    assert clean(bundle.title, bundle.question, bundle.introduction, bundle.recipient_name)


# --- Stored before the guard, fetched through every output ------------------------------------


@pytest.fixture
def hostile_site(
    home_page,
    knowledge_index,  # noqa: F811
    upload_index,  # noqa: F811
    course,  # noqa: F811
    session,  # noqa: F811
    adviser,  # noqa: F811
    django_capture_on_commit_callbacks,
):
    """Content with hostile text in its stored fields, written past the guard by update()."""
    with django_capture_on_commit_callbacks(execute=True):  # the search index, as on commit
        case = CasePageFactory(parent=knowledge_index)
        whitepaper = WhitepaperPageFactory(parent=knowledge_index)
        glossary = GlossaryPageFactory(parent=knowledge_index)
        term = GlossaryTermFactory()
        upload_page = UploadPage(
            title="Materiaal", material_type="nieuwsbrief", year=2024, description="Iets."
        )
        upload_index.add_child(instance=upload_page)
    assert SearchDocument.objects.exists()
    CasePage.objects.filter(pk=case.pk).update(title=STORED_TITLE, summary=STORED_TEXT)
    WhitepaperPage.objects.filter(pk=whitepaper.pk).update(
        title=STORED_TITLE,
        summary=STORED_TEXT,
        chapters=[
            {
                "type": "chapter",
                "value": {"title": STORED_TITLE, "anchor": "", "body": []},
                "id": "7d0c1a44-9f0e-4f5c-9d55-0a1d1e1b6a01",
            }
        ],
    )
    UploadPage.objects.filter(pk=upload_page.pk).update(
        title=STORED_TITLE, description=STORED_TEXT[:900], place=STORED_TITLE[:100]
    )
    GlossaryTerm.objects.filter(pk=term.pk).update(term=STORED_TITLE, definition=STORED_TEXT)
    CoursePage.objects.filter(pk=course.pk).update(title=STORED_TITLE, intro=STORED_TEXT)
    Session.objects.filter(pk=session.pk).update(
        title=STORED_TITLE, venue=STORED_TITLE[:100], address=STORED_TEXT[:300]
    )
    SearchDocument.objects.update(title=STORED_TITLE, summary=STORED_TEXT[:500])
    bundle = BundleFactory(
        created_by=adviser,
        status=Bundle.SENT,
        sent_at=timezone.now(),
        expires_at=timezone.now() + timedelta(days=30),
    )
    item = BundleItemFactory(bundle=bundle, page=case)
    Bundle.objects.filter(pk=bundle.pk).update(
        title=STORED_TITLE, introduction=STORED_TEXT, recipient_name=STORED_TITLE[:100]
    )
    BundleItem.objects.filter(pk=item.pk).update(title=STORED_TITLE, comment=STORED_TEXT[:900])
    return {
        "pages": [case, whitepaper, glossary, upload_page, course],
        "bundle": Bundle.objects.get(pk=bundle.pk),
        "session": session,
    }


def test_pages_with_stored_hostile_text_render_escaped(client, hostile_site):
    for page in hostile_site["pages"]:
        response = client.get(page.url)
        assert response.status_code == 200, page.url
        assert ALERT not in response.content.decode()


def test_search_and_its_feed_show_stored_hostile_text(client, hostile_site):
    for params in [{}, {"q": "Nieuwsbrief"}, {"q": "winter"}]:
        page = client.get("/zoeken/", params)
        assert page.status_code == 200 and ALERT not in page.content.decode()
        feed = client.get("/zoeken/feed/", params)
        assert feed.status_code == 200
        fromstring(feed.content)
        api = client.get("/api/v2/search/", params)
        assert api.status_code == 200
        json.loads(api.content)


def test_the_sitemap_parses_with_stored_hostile_text(client, hostile_site):
    response = client.get("/sitemap.xml")

    assert response.status_code == 200
    listed = {urlsplit(loc.text).path for loc in fromstring(response.content).iter(f"{SITEMAP}loc")}
    assert {page.url for page in hostile_site["pages"]} <= listed


def test_the_agenda_parses_with_stored_hostile_text(client, hostile_site):
    response = client.get("/academie/agenda.ics")

    assert response.status_code == 200
    events = Calendar.from_ical(response.content).walk("VEVENT")
    assert events and "Nieuwsbrief winter" in str(events[0]["SUMMARY"])


def test_the_pages_api_answers_with_stored_hostile_text(client, hostile_site):
    listing = client.get("/api/v2/pages/", {"fields": "*"})
    assert listing.status_code == 200
    for page in hostile_site["pages"]:
        detail = client.get(f"/api/v2/pages/{page.pk}/")
        assert detail.status_code == 200
        json.loads(detail.content)


def test_the_bundle_page_and_its_pdf_with_stored_hostile_text(client, hostile_site):
    token = hostile_site["bundle"].token

    page = client.get(f"/pakket/{token}/")
    assert page.status_code == 200 and ALERT not in page.content.decode()
    pdf = client.get(f"/pakket/{token}/pdf/")
    assert pdf.status_code == 200
    text = "\n".join(p.extract_text() for p in pdf_reader(pdf.content).pages)
    assert "Nieuwsbrief winter" in text


def test_mails_with_stored_hostile_text_are_built_and_sent(hostile_site, editorial):  # noqa: F811
    UserFactory(email="redactie@example.org", groups=["Redacteuren"])
    registration = RegistrationFactory(session=hostile_site["session"])
    Registration.objects.filter(pk=registration.pk).update(name=STORED_TITLE)
    submission = SubmissionFactory()
    Submission.objects.filter(pk=submission.pk).update(
        title=STORED_TITLE + "\r\nBcc: iedereen@example.org", contact_name=STORED_TITLE
    )
    feedback = WhitepaperFeedback.objects.create(
        page=hostile_site["pages"][1], email="mies@example.org", comment="x"
    )
    WhitepaperFeedback.objects.filter(pk=feedback.pk).update(name=STORED_TITLE)
    Bundle.objects.filter(pk=hostile_site["bundle"].pk).update(
        status=Bundle.DRAFT, send_requested_at=timezone.now()
    )

    assert send_confirmation(registration.pk) is True
    assert upload_mails.send_to_submitter(submission.pk, "received") is True
    assert notify_editors_of_feedback(feedback.pk) is True
    assert bundles.deliver(hostile_site["bundle"].pk) is True

    assert len(mail.outbox) == 4
    for message in mail.outbox:
        parsed = message_from_bytes(message.message().as_bytes(), policy=policy.default)
        assert "\n" not in str(parsed["Subject"]) and parsed.get_all("Bcc") is None
        assert clean(parsed.get_body(("plain",)).get_content())
