"""Moderation, publication, downloads, search, privacy and retention of uploads."""

from datetime import timedelta
from pathlib import Path

from django.core import mail
from django.utils import timezone

import pytest

from search.models import SearchDocument
from search.service import SearchQuery, search
from tests.knowledge.factories import CasePageFactory, InitiativeFactory, UserFactory
from uploads import moderation, retention
from uploads.models import Submission, SubmissionFile, UploadPage

from . import upload_files as files
from .helpers import ANNUAL_REPORT_SENTENCE, FORM_URL, form_data, upload

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("private_root")]

QUEUE_URL = "/admin/inzendingen/"


@pytest.fixture
def submission(client, moderator, django_capture_on_commit_callbacks):
    initiative = InitiativeFactory(name="Zorgcoöperatie Hoogeloon", slug="zorgcooperatie-hoogeloon")
    data = form_data(initiative=initiative.pk, initiative_name="")
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            FORM_URL,
            {
                **data,
                "files": [
                    upload("jaarverslag.pdf", files.pdf_with_text(ANNUAL_REPORT_SENTENCE)),
                    upload("plan.docx", files.docx_with_text("Ons beleidsplan voor 2025.")),
                ],
            },
        )
    assert response.status_code == 302
    mail.outbox.clear()
    return Submission.objects.get()


def approve(submission, moderator, django_capture_on_commit_callbacks) -> UploadPage:
    with django_capture_on_commit_callbacks(execute=True):
        return moderation.approve(submission.pk, moderator)


def test_queue_shows_the_submission_with_its_extracted_text(client, submission, moderator):
    client.force_login(moderator)

    queue = client.get(QUEUE_URL).content.decode()
    detail = client.get(f"{QUEUE_URL}{submission.pk}/").content.decode()

    assert "Jaarverslag 2024" in queue
    assert ANNUAL_REPORT_SENTENCE in detail
    assert "Ons beleidsplan voor 2025." in detail
    assert "mies@example.org" in detail


def test_editors_who_are_not_moderators_cannot_see_submissions(client, submission, editorial):
    client.force_login(UserFactory(groups=["Redacteuren"]))

    for url in [QUEUE_URL, f"{QUEUE_URL}{submission.pk}/"]:
        response = client.get(url)
        assert response.status_code in {302, 403}
        assert "mies@example.org" not in client.get(url, follow=True).content.decode()


def test_moderators_are_notified_when_processing_is_done(moderator, submission):
    from uploads.mails import notify_moderators

    assert notify_moderators(submission.pk) is True
    assert mail.outbox[-1].to == ["moderatie@example.org"]


def test_approving_publishes_a_page_with_downloads_linked_to_the_initiative(
    submission, moderator, upload_index, django_capture_on_commit_callbacks
):
    page = approve(submission, moderator, django_capture_on_commit_callbacks)

    assert page.live
    assert page.get_parent().pk == upload_index.pk
    assert page.initiative.slug == "zorgcooperatie-hoogeloon"
    documents = [item.document for item in page.upload_documents.all()]
    assert sorted(document.filename for document in documents) == ["jaarverslag.pdf", "plan.docx"]
    assert {document.collection.name for document in documents} == {"Trots op mijn initiatief"}
    assert page.upload_documents.get(document__title="jaarverslag.pdf").thumbnail is not None
    assert "Uw materiaal staat op de kennisbank" in mail.outbox[0].subject
    assert page.url in mail.outbox[0].body


def test_private_originals_are_deleted_after_approval(
    submission, moderator, django_capture_on_commit_callbacks
):
    paths = [Path(item.file.path) for item in submission.files.all()]

    approve(submission, moderator, django_capture_on_commit_callbacks)

    assert not any(path.exists() for path in paths)


def test_documents_are_downloads_never_inline(
    client, submission, moderator, django_capture_on_commit_callbacks
):
    page = approve(submission, moderator, django_capture_on_commit_callbacks)

    for item in page.upload_documents.all():
        response = client.get(item.document.url)
        assert response.status_code == 200
        assert response["Content-Disposition"].startswith("attachment")
        assert response["Content-Security-Policy"] == "default-src 'none'"
    pdf = page.upload_documents.get(document__title="jaarverslag.pdf").document
    assert client.get(pdf.url)["Content-Type"] == "application/pdf"


def test_search_finds_a_sentence_inside_the_pdf(
    submission, moderator, django_capture_on_commit_callbacks
):
    page = approve(submission, moderator, django_capture_on_commit_callbacks)

    result = search(SearchQuery(text="buurtbus dinsdag markt Bladel", locale="nl"))

    assert [hit.url for hit in result.hits][:1] == [page.url]


def test_contact_details_never_reach_page_api_or_search(
    client, submission, moderator, django_capture_on_commit_callbacks
):
    page = approve(submission, moderator, django_capture_on_commit_callbacks)

    html = client.get(page.url).content.decode()
    api = client.get(f"/api/v2/pages/{page.pk}/?fields=*").content.decode()
    document = SearchDocument.objects.get(object_key=f"page:{page.pk}")
    indexed = " ".join([document.title, document.summary, document.body, document.keywords])
    for secret in ["mies@example.org", "Mies Jansen"]:
        assert secret not in html
        assert secret not in api
        assert secret not in indexed


def test_rejecting_deletes_the_files_and_mails_the_reason(
    submission, moderator, django_capture_on_commit_callbacks
):
    paths = [Path(item.file.path) for item in submission.files.all()]

    with django_capture_on_commit_callbacks(execute=True):
        moderation.reject(submission.pk, moderator, "Dit gaat niet over uw eigen initiatief.")

    submission.refresh_from_db()
    assert submission.status == Submission.Status.REJECTED
    assert not SubmissionFile.objects.exists()
    assert not any(path.exists() for path in paths)
    assert "Dit gaat niet over uw eigen initiatief." in mail.outbox[0].body
    assert mail.outbox[0].to == ["mies@example.org"]


def test_rejecting_without_a_reason_is_refused(client, submission, moderator):
    client.force_login(moderator)

    response = client.post(f"{QUEUE_URL}{submission.pk}/reject/", {"message": ""}, follow=True)

    assert "Schrijf de reden op" in response.content.decode()
    submission.refresh_from_db()
    assert submission.status == Submission.Status.READY


def test_asking_for_changes_mails_the_question_and_keeps_the_files(
    client, submission, moderator, django_capture_on_commit_callbacks
):
    client.force_login(moderator)

    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            f"{QUEUE_URL}{submission.pk}/changes/", {"message": "Kunt u de namen weglaten?"}
        )

    submission.refresh_from_db()
    assert submission.status == Submission.Status.CHANGES_REQUESTED
    assert "Kunt u de namen weglaten?" in mail.outbox[0].body
    assert submission.files.count() == 2


def test_approval_after_asking_for_changes_still_mails_the_decision(
    submission, moderator, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        moderation.request_changes(submission.pk, moderator, "Graag een betere titel.")
    approve(submission, moderator, django_capture_on_commit_callbacks)

    assert len(mail.outbox) == 2
    assert "staat op de kennisbank" in mail.outbox[1].subject


def test_a_decided_submission_cannot_be_decided_again(
    submission, moderator, django_capture_on_commit_callbacks
):
    approve(submission, moderator, django_capture_on_commit_callbacks)

    with pytest.raises(moderation.ModerationError):
        moderation.reject(submission.pk, moderator, "Toch niet.")


def test_index_page_lists_material_with_filters(
    client, submission, moderator, upload_index, django_capture_on_commit_callbacks
):
    page = approve(submission, moderator, django_capture_on_commit_callbacks)

    everything = client.get(upload_index.url).content.decode()
    matching = client.get(
        upload_index.url, {"provincie": "noord-brabant", "soort": "jaarverslag", "jaar": 2024}
    ).content.decode()
    other = client.get(upload_index.url, {"provincie": "friesland"}).content.decode()
    theme = client.get(upload_index.url, {"thema": "financiering"}).content.decode()

    assert page.title in everything
    assert page.title in matching
    assert page.title not in other
    assert page.title not in theme


def test_case_of_the_initiative_lists_its_material(
    client, submission, moderator, knowledge_index, django_capture_on_commit_callbacks
):
    page = approve(submission, moderator, django_capture_on_commit_callbacks)
    case = CasePageFactory(parent=knowledge_index, initiative=page.initiative)

    content = client.get(case.url).content.decode()

    assert "Materiaal van dit initiatief" in content
    assert page.title in content


def test_contact_details_are_removed_after_the_retention_time(
    submission, moderator, settings, django_capture_on_commit_callbacks
):
    settings.UPLOADS_RETENTION_DAYS = 30
    approve(submission, moderator, django_capture_on_commit_callbacks)

    retention.purge(now=timezone.now() + timedelta(days=29))
    submission.refresh_from_db()
    assert submission.contact_email == "mies@example.org"

    retention.purge(now=timezone.now() + timedelta(days=31))
    submission.refresh_from_db()
    assert submission.contact_email == ""
    assert submission.contact_name == ""
    assert submission.personal_data_removed_at is not None


def test_rejected_submissions_are_deleted_after_the_retention_time(
    submission, moderator, settings, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        moderation.reject(submission.pk, moderator, "Niet passend.")

    retention.purge(now=timezone.now() + timedelta(days=settings.UPLOADS_RETENTION_DAYS + 1))

    assert not Submission.objects.exists()


def test_abandoned_files_of_an_unfinished_form_are_deleted(client, upload_index):
    client.post(
        FORM_URL, {**form_data(title=""), "files": [upload("a.pdf", files.pdf_with_text("a"))]}
    )
    path = Path(SubmissionFile.objects.get().file.path)

    retention.purge(now=timezone.now() + timedelta(days=2))

    assert not SubmissionFile.objects.exists()
    assert not path.exists()


def test_retention_runs_as_a_beat_task(settings):
    schedule = settings.CELERY_BEAT_SCHEDULE["purge-upload-personal-data"]

    assert schedule["task"] == "uploads.purge_upload_personal_data"
