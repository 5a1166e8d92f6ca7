"""The public form and the safe holding area of 'Trots op mijn initiatief'."""

from pathlib import Path

from django.core import mail

import pytest
from pypdf import PdfReader

from uploads import validation
from uploads.models import Submission, SubmissionFile
from uploads.storage import PRIVATE_STORAGE

from . import upload_files as files
from .helpers import FILE_URL, FORM_URL, form_data, upload

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("private_root", "upload_index")]


def post(client, *uploads, **overrides):
    return client.post(FORM_URL, {**form_data(**overrides), "files": list(uploads)})


def refusal_for(name: str, content: bytes, **kwargs) -> str:
    stream = upload(name, content)
    with pytest.raises(validation.Refused) as refused:
        validation.check_file(stream, name, len(content), kwargs.get("max_bytes", 25 * 2**20))
    return refused.value.message


# --- Checks on single files ---------------------------------------------------------------------


def test_executable_renamed_to_pdf_is_refused_by_its_content():
    message = refusal_for("jaarverslag.pdf", files.EXECUTABLE)

    assert '"jaarverslag.pdf" is geen PDF-' in message


def test_html_renamed_to_docx_is_refused():
    assert "niet naar de naam" in refusal_for("beleidsplan.docx", files.HTML)


def test_svg_with_a_script_is_refused():
    assert '"logo.svg"' in refusal_for("logo.svg", files.SVG)


def test_zip_bomb_disguised_as_docx_is_refused_without_unpacking():
    assert "veel meer gegevens" in refusal_for("verslag.docx", files.zip_bomb_docx())


def test_empty_file_is_refused():
    assert refusal_for("leeg.pdf", b"") == '"leeg.pdf" is leeg (0 bytes).'


def test_file_over_the_size_limit_is_refused_with_the_limit():
    content = files.pdf_with_text("groot") + b"%" * (2 * 2**20)

    message = refusal_for("groot.pdf", content, max_bytes=2**20)

    assert "mag hoogstens 1 MB" in message


def test_office_file_with_macros_is_refused(tmp_path):
    import io
    import zipfile

    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("[Content_Types].xml", files.DOCX_CONTENT_TYPES)
        archive.writestr("word/document.xml", "<w:document/>")
        archive.writestr("word/vbaProject.bin", b"macro")

    assert "macro" in refusal_for("plan.docx", out.getvalue())


@pytest.mark.parametrize(
    ("content", "kind"),
    [
        (files.pdf_with_text("tekst"), "pdf"),
        (files.docx_with_text("tekst"), "docx"),
        (files.odt_with_text("tekst"), "odt"),
        (files.photo_with_location(), "jpg"),
        (files.photo_with_location("PNG"), "png"),
    ],
)
def test_allowed_types_are_recognised_by_content_whatever_the_name(content, kind):
    checked = validation.check_file(upload("zonder-extensie", content), "x", len(content), 2**25)

    assert checked.kind.extension == kind
    assert checked.name == f"x.{kind}"


def test_name_with_path_separators_and_control_characters_is_sanitised():
    name = validation.safe_name("..\\..\\etc/pass\x00wd\r\n<script>.pdf", "pdf")

    assert name == "passwd-script.pdf"


def test_name_that_is_only_dots_becomes_bestand():
    assert validation.safe_name("../..", "docx") == "bestand.docx"


# --- The form ------------------------------------------------------------------------------------


def test_form_page_has_every_field_and_works_without_javascript(client):
    response = client.get(FORM_URL)

    content = response.content.decode()
    assert response.status_code == 200
    assert 'enctype="multipart/form-data"' in content
    for name in ["initiative", "initiative_name", "place", "province", "contact_email", "year"]:
        assert f'name="{name}"' in content
    assert 'name="files" ' in content and "multiple" in content


def test_submission_is_stored_privately_and_confirmed_by_mail(
    client, private_root, django_capture_on_commit_callbacks
):
    pdf = files.pdf_with_text("Ons jaarverslag")

    with django_capture_on_commit_callbacks(execute=True):
        response = post(
            client,
            upload("Jaarverslag 2024.pdf", pdf),
            upload("plan.docx", files.docx_with_text("Plan")),
        )

    assert response.status_code == 302
    assert response["Location"].endswith("/trots-op-mijn-initiatief/insturen/ontvangen/")
    submission = Submission.objects.get()
    assert submission.status == Submission.Status.READY
    stored = Path(submission.files.get(kind="pdf").file.path)
    assert stored.is_relative_to(private_root)
    # What is kept is the clean copy that processing made (no metadata), with the same text.
    assert "Ons jaarverslag" in PdfReader(stored).pages[0].extract_text()
    assert mail.outbox[0].to == ["mies@example.org"]
    assert "Jaarverslag-2024.pdf" in mail.outbox[0].body


def test_stored_file_cannot_be_fetched_by_any_url(client, settings, private_root):
    post(client, upload("verslag.pdf", files.pdf_with_text("geheim")))
    item = SubmissionFile.objects.get()

    with pytest.raises(ValueError, match="no URL"):
        PRIVATE_STORAGE.url(item.file.name)
    assert not Path(item.file.path).is_relative_to(settings.MEDIA_ROOT)
    for url in [
        f"/media/{item.file.name}",
        f"/{item.file.name}",
        f"/private/{item.file.name}",
        f"/documents/1/{item.name}",
        f"/admin/inzendingen/bestand/{item.pk}/",
    ]:
        response = client.get(url)
        assert response.status_code in {302, 403, 404}, url
        assert b"geheim" not in response.content


def test_refused_file_is_named_and_the_rest_of_the_form_is_kept(client):
    response = post(
        client,
        upload("goed.pdf", files.pdf_with_text("goed")),
        upload("virus.pdf", files.EXECUTABLE),
    )

    content = response.content.decode()
    assert response.status_code == 400
    assert "&quot;virus.pdf&quot; is geen PDF-" in content
    assert 'value="Jaarverslag 2024"' in content
    assert "goed.pdf" in content
    assert not Submission.objects.exists()
    assert SubmissionFile.objects.filter(submission=None).count() == 1


def test_kept_files_need_not_be_uploaded_again(client, django_capture_on_commit_callbacks):
    first = post(client, upload("goed.pdf", files.pdf_with_text("goed")), title="")
    batch = first.context["batch"]

    with django_capture_on_commit_callbacks(execute=True):
        second = post(client, batch=batch)

    assert second.status_code == 302
    assert Submission.objects.get().files.get().name == "goed.pdf"


def test_kept_file_can_be_removed(client):
    first = post(client, upload("fout.pdf", files.pdf_with_text("fout")), title="")
    kept = SubmissionFile.objects.get()

    response = post(client, batch=first.context["batch"], remove=[str(kept.pk)])

    assert response.status_code == 400
    assert not SubmissionFile.objects.exists()
    assert not Path(kept.file.path).exists()
    assert "Voeg minstens één bestand toe." in response.content.decode()


def test_error_summary_links_to_the_fields(client):
    response = post(client, upload("a.pdf", files.pdf_with_text("a")), place="", contact_email="x")

    content = response.content.decode()
    assert 'href="#id_place"' in content
    assert 'href="#id_contact_email"' in content
    assert 'aria-describedby="id_place-error"' in content


def test_initiative_from_the_list_or_a_typed_name_is_required(client):
    response = post(client, upload("a.pdf", files.pdf_with_text("a")), initiative_name="")

    assert "Kies uw initiatief uit de lijst" in response.content.decode()


def test_same_file_twice_in_one_submission_is_refused(client):
    pdf = files.pdf_with_text("dubbel")

    response = post(client, upload("een.pdf", pdf), upload("twee.pdf", pdf))

    assert "hetzelfde bestand als" in response.content.decode()
    assert SubmissionFile.objects.count() == 1


def test_file_sent_in_before_is_refused_as_a_duplicate(client, django_capture_on_commit_callbacks):
    pdf = files.pdf_with_text("al eerder")
    with django_capture_on_commit_callbacks(execute=True):
        post(client, upload("een.pdf", pdf))

    response = post(client, upload("opnieuw.pdf", pdf), title="Nog een keer")

    assert "is al eerder ingestuurd" in response.content.decode()


def test_more_than_five_files_are_refused(client):
    uploads = [upload(f"{n}.pdf", files.pdf_with_text(f"bestand {n}")) for n in range(6)]

    response = post(client, *uploads)

    assert "hoogstens 5 bestanden" in response.content.decode()
    assert SubmissionFile.objects.count() == 5


def test_files_together_over_the_submission_limit_are_refused(client, settings):
    settings.UPLOADS_MAX_SUBMISSION_MB = 1
    padding = b"%" * (700 * 1024)

    response = post(
        client,
        upload("a.pdf", files.pdf_with_text("a") + padding),
        upload("b.pdf", files.pdf_with_text("b") + padding),
    )

    assert "samen meer dan 1 MB" in response.content.decode()


def test_honeypot_filled_in_stores_nothing(client):
    response = post(client, upload("a.pdf", files.pdf_with_text("a")), website="http://spam")

    assert response.status_code == 400
    assert not SubmissionFile.objects.exists()


def test_many_submissions_from_one_address_are_rate_limited(client, settings):
    settings.UPLOADS_RATE_LIMIT = 1
    post(client, upload("a.pdf", files.pdf_with_text("a")), title="")

    response = post(client, upload("b.pdf", files.pdf_with_text("b")))

    assert response.status_code == 429
    assert 'value="Jaarverslag 2024"' in response.content.decode()


def test_script_upload_answers_per_file(client):
    accepted = client.post(
        FILE_URL, {"batch": "b" * 30, "file": upload("a.pdf", files.pdf_with_text("a"))}
    )
    refused = client.post(FILE_URL, {"batch": "b" * 30, "file": upload("a.svg", files.SVG)})

    assert accepted.json()["ok"] is True
    assert accepted.json()["name"] == "a.pdf"
    assert refused.status_code == 400
    assert '"a.svg"' in refused.json()["message"]
    assert SubmissionFile.objects.filter(batch="b" * 30).count() == 1


def test_the_confirmation_is_written_in_dutch_from_the_english_source(
    client, settings, private_root, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        post(client, upload("Jaarverslag 2024.pdf", files.pdf_with_text("Ons jaarverslag")))

    (sent,) = mail.outbox
    assert sent.subject.startswith("We hebben uw materiaal ontvangen: ")
    assert "U stuurde 1 bestand in:\n- Jaarverslag-2024.pdf" in sent.body
    assert "Met vriendelijke groet,\nHet team van de Kennisbank Ella Vogelaar Academie" in sent.body
    assert "{" not in sent.body and "&quot;" not in sent.body
