"""Personal data inside files: what processing removes before a moderator can publish."""

import io
import zipfile

from django.utils import translation

import pytest
from PIL import Image
from pypdf import PdfReader

from uploads import processing
from uploads.models import SubmissionFile
from uploads.tasks import process_submission

from . import upload_files as files
from .test_processing import make_submission

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("private_root")]

GPS_IFD = 0x8825
MAKE = 0x010F


def processed(name: str, content: bytes) -> SubmissionFile:
    submission = make_submission((name, content))
    process_submission(submission.pk)
    item = submission.files.get()
    assert item.status == SubmissionFile.Status.PROCESSED, item.outcome
    return item


def assert_photo_is_clean(data: bytes) -> None:
    with Image.open(io.BytesIO(data)) as photo:
        photo.load()
        exif = photo.getexif()
        assert GPS_IFD not in exif
        assert MAKE not in exif
        assert not exif.get_ifd(GPS_IFD)
        assert "exif" not in photo.info


def stored_archive(item: SubmissionFile) -> dict[str, bytes]:
    with zipfile.ZipFile(item.file.path) as archive:
        assert archive.testzip() is None
        return {name: archive.read(name) for name in archive.namelist()}


def codes(item: SubmissionFile) -> dict[str, list[str]]:
    return {entry["part"]: entry["fields"] for entry in item.removed_metadata}


@pytest.mark.parametrize(
    ("kind", "photo"),
    [("docx", "word/media/image1.jpeg"), ("xlsx", "xl/media/image1.jpeg")],
)
def test_office_photo_loses_location_and_camera(kind, photo):
    item = processed(f"verslag.{kind}", files.office_with_personal_data(kind))

    assert_photo_is_clean(stored_archive(item)[photo])
    assert {"location", "camera"} <= set(codes(item)[photo])


def test_powerpoint_png_loses_its_exif():
    item = processed("dia.pptx", files.office_with_personal_data("pptx"))

    assert_photo_is_clean(stored_archive(item)["ppt/media/image1.png"])


@pytest.mark.parametrize("kind", ["docx", "xlsx", "pptx"])
def test_office_properties_lose_author_company_and_custom_fields(kind):
    item = processed(f"verslag.{kind}", files.office_with_personal_data(kind))

    parts = stored_archive(item)
    properties = parts["docProps/core.xml"] + parts["docProps/app.xml"]
    assert files.AUTHOR.encode() not in properties
    assert files.ADDRESS.encode() not in properties
    assert b"06-12345678" not in parts["docProps/custom.xml"]
    assert b"Jaarverslag" in parts["docProps/core.xml"]
    assert b'xsi:type="dcterms:W3CDTF"' in parts["docProps/core.xml"]
    assert set(codes(item)["docProps/core.xml"]) == {"author", "last_modified_by"}


def test_word_comments_and_tracked_changes_lose_their_names_but_keep_the_text():
    item = processed("verslag.docx", files.office_with_personal_data("docx", "Onze buurtbus."))

    parts = stored_archive(item)
    assert all(files.AUTHOR.encode() not in data for data in parts.values())
    assert b"Klopt dit bedrag?" in parts["word/comments.xml"]
    assert "Onze buurtbus." in item.extracted_text


def test_opendocument_meta_annotations_and_pictures_are_cleaned():
    item = processed("notulen.odt", files.odt_with_personal_data())

    parts = stored_archive(item)
    assert all(files.AUTHOR.encode() not in data for data in parts.values())
    assert files.ADDRESS.encode() not in parts["meta.xml"]
    assert_photo_is_clean(parts["Pictures/foto.jpg"])
    with zipfile.ZipFile(item.file.path) as archive:
        first = archive.infolist()[0]
    assert (first.filename, first.compress_type) == ("mimetype", zipfile.ZIP_STORED)
    assert "Notulen van de ledenvergadering." in item.extracted_text


def test_pdf_loses_info_dictionary_and_xmp_and_keeps_its_text():
    item = processed("verslag.pdf", files.pdf_with_personal_data("Het buurtfeest was gezellig."))

    reader = PdfReader(item.file.path)
    assert not reader.metadata
    assert "/Metadata" not in reader.trailer["/Root"]
    assert files.AUTHOR.encode() not in open(item.file.path, "rb").read()  # noqa: SIM115
    assert "Het buurtfeest was gezellig." in reader.pages[0].extract_text()
    assert {"author", "software", "xmp"} <= set(codes(item)[""])


def test_moderator_sees_what_was_removed_in_dutch(client, moderator):
    item = processed("verslag.docx", files.office_with_personal_data("docx"))
    client.force_login(moderator)

    response = client.get(
        f"/admin/inzendingen/{item.submission_id}/", headers={"accept-language": "nl"}
    )

    page = response.content.decode()
    assert "word/media/image1.jpeg" in page
    assert "locatie (GPS)" in page
    assert "auteur" in page


def test_removed_metadata_is_named_per_part():
    item = processed("verslag.docx", files.office_with_personal_data("docx"))

    with translation.override("en"):
        removed = {entry.part: entry.labels for entry in processing.removed_metadata(item)}

    assert "location (GPS)" in removed["word/media/image1.jpeg"]
    assert "company" in removed["docProps/app.xml"]


def test_photo_inside_a_pdf_loses_its_exif():
    item = processed("foto.pdf", files.pdf_with_photo())

    data = open(item.file.path, "rb").read()  # noqa: SIM115
    assert b"Telefoonmerk" not in data
    assert b"Exif" not in data
    image = PdfReader(item.file.path).pages[0].images[0]
    assert image.image.size == (64, 48)
    assert {"location", "camera"} <= {code for fields in codes(item).values() for code in fields}


@pytest.mark.parametrize(
    ("member", "data"),
    [
        ("../../buiten.txt", "naar buiten"),
        ("/etc/absoluut.xml", "<a/>"),
        (
            "docProps/core.xml",
            '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaaaaaaaa">]><x>&a;</x>',
        ),
    ],
)
def test_hostile_archive_is_not_made_publishable(member, data):
    submission = make_submission(("kwaad.docx", files.docx_with_member(member, data)))

    process_submission(submission.pk)

    item = submission.files.get()
    assert item.status == SubmissionFile.Status.FAILED
    assert item.outcome
