"""Background processing: text, thumbnails, clean photos, limits, and a worker that dies."""

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from django.conf import settings
from django.core.files.base import ContentFile

import pytest
from PIL import Image

from tests.waiting import wait_until
from uploads import processing, scrub
from uploads.models import Submission, SubmissionFile
from uploads.tasks import process_submission

from ..conftest import PROJECT_DIR
from . import upload_files as files

pytestmark = pytest.mark.django_db

VISIBILITY_TIMEOUT = 3


def make_submission(*named_contents, kinds=None) -> Submission:
    submission = Submission.objects.create(
        initiative_name="Stadsdorp Test",
        place="Amsterdam",
        material_type="jaarverslag",
        year=2024,
        title="Verslag",
        description="Wat we deden.",
        contact_name="Mies",
        contact_email="mies@example.org",
    )
    for name, content in named_contents:
        kind = name.rsplit(".", 1)[1]
        item = SubmissionFile(
            submission=submission,
            batch="test-batch-0123456789",
            original_name=name,
            name=name,
            kind=kind,
            content_type="application/octet-stream",
            size=len(content),
            sha256=name,
        )
        item.file.save(name, ContentFile(content), save=False)
        item.save()
    return submission


@pytest.mark.usefixtures("private_root")
def test_pdf_text_is_extracted_and_a_thumbnail_made():
    submission = make_submission(("verslag.pdf", files.pdf_with_text("De buurtbus rijdt weer.")))

    assert process_submission(submission.pk) is True

    item = submission.files.get()
    assert item.status == SubmissionFile.Status.PROCESSED
    assert "De buurtbus rijdt weer." in item.extracted_text
    with Image.open(item.thumbnail.path) as thumbnail:
        assert thumbnail.format == "PNG"
    submission.refresh_from_db()
    assert submission.status == Submission.Status.READY


@pytest.mark.usefixtures("private_root")
def test_docx_and_odt_text_is_extracted():
    submission = make_submission(
        ("plan.docx", files.docx_with_text("Eerste alinea.", "Tweede alinea.")),
        ("notulen.odt", files.odt_with_text("Notulen van de ledenvergadering.")),
    )

    process_submission(submission.pk)

    texts = dict(submission.files.values_list("kind", "extracted_text"))
    assert texts["docx"] == "Eerste alinea.\nTweede alinea."
    assert texts["odt"] == "Notulen van de ledenvergadering."


@pytest.mark.usefixtures("private_root")
def test_photo_loses_its_location_and_other_exif():
    submission = make_submission(("foto.jpg", files.photo_with_location()))

    process_submission(submission.pk)

    item = submission.files.get()
    with Image.open(item.file.path) as photo:
        assert not photo.getexif()
        assert photo.size == (64, 48)
    assert item.status == SubmissionFile.Status.PROCESSED
    assert item.thumbnail


@pytest.mark.usefixtures("private_root")
def test_pdf_whose_text_takes_minutes_is_stopped_at_the_time_limit(settings):
    settings.UPLOADS_PROCESS_SECONDS = 2
    submission = make_submission(
        ("traag.pdf", files.slow_pdf()), ("goed.pdf", files.pdf_with_text("Gewoon leesbaar."))
    )

    started = time.monotonic()
    process_submission(submission.pk)

    assert time.monotonic() - started < 20
    slow = submission.files.get(name="traag.pdf")
    assert slow.status == SubmissionFile.Status.FAILED
    assert slow.outcome.startswith("Stopped")
    assert "Gewoon leesbaar." in submission.files.get(name="goed.pdf").extracted_text
    submission.refresh_from_db()
    assert submission.status == Submission.Status.READY


@pytest.mark.usefixtures("private_root")
def test_damaged_pdf_is_recorded_not_raised():
    submission = make_submission(("kapot.pdf", b"%PDF-1.4\n" + b"\x00garbage" * 100))

    process_submission(submission.pk)

    item = submission.files.get()
    assert item.status in {SubmissionFile.Status.FAILED, SubmissionFile.Status.PROCESSED}
    assert item.outcome


@pytest.mark.usefixtures("private_root")
def test_processing_twice_does_the_work_once():
    submission = make_submission(("verslag.pdf", files.pdf_with_text("Eenmaal.")))
    process_submission(submission.pk)

    assert process_submission(submission.pk) is False
    assert submission.files.get().attempts == 1


@pytest.mark.usefixtures("private_root")
def test_file_that_keeps_killing_the_worker_is_given_up():
    submission = make_submission(("verslag.pdf", files.pdf_with_text("Giftig.")))
    submission.files.update(attempts=processing.MAX_ATTEMPTS)

    process_submission(submission.pk)

    item = submission.files.get()
    assert item.status == SubmissionFile.Status.FAILED
    assert item.outcome.startswith("Given up")


def _worker(queue: str) -> subprocess.Popen:
    database = settings.DATABASES["default"]
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "config.settings.test",
        "TEST_DATABASE_URL": (
            f"postgres://{database['USER']}:{database['PASSWORD']}@{database['HOST']}:"
            f"{database['PORT'] or 5432}/{database['NAME']}"
        ),
        "TEST_REDIS_URL": settings.CELERY_BROKER_URL,
        "UPLOADS_PRIVATE_ROOT": str(settings.UPLOADS_PRIVATE_ROOT),
        "UPLOADS_PROCESS_SECONDS": "4",
        "CELERY_VISIBILITY_TIMEOUT": str(VISIBILITY_TIMEOUT),
    }
    return subprocess.Popen(
        [
            sys.executable,
            "-m",
            "celery",
            "-A",
            "config",
            "worker",
            "--pool=solo",
            "-Q",
            queue,
            "-l",
            "warning",
            "-n",
            f"{queue}-{time.monotonic_ns()}@%h",
        ],
        cwd=PROJECT_DIR,
        env=env,
        start_new_session=True,
    )


@pytest.mark.celery
@pytest.mark.django_db(transaction=True)
def test_submission_survives_a_worker_killed_mid_task(redis_client, settings):
    """SIGKILL the worker while it reads a slow PDF; a new worker gets the task and finishes."""
    from config.celery import app

    queue = "uploads-kill-test"
    submission = make_submission(
        ("traag.pdf", files.slow_pdf()), ("goed.pdf", files.pdf_with_text("Na de crash."))
    )
    slow = submission.files.get(name="traag.pdf")
    first = _worker(queue)
    app.conf.task_always_eager = False
    try:
        process_submission.apply_async((submission.pk,), queue=queue)
        assert wait_until(lambda: SubmissionFile.objects.get(pk=slow.pk).attempts == 1, 60)
        os.killpg(first.pid, signal.SIGKILL)
        first.wait(timeout=10)
        assert Submission.objects.get(pk=submission.pk).status == Submission.Status.PROCESSING
        # The broker hands the unacknowledged task out again once its visibility timeout (3 s
        # for these workers) has passed; a worker looks for such tasks when it starts.
        time.sleep(VISIBILITY_TIMEOUT + 1)

        second = _worker(queue)
        try:
            ready = wait_until(
                lambda: Submission.objects.get(pk=submission.pk).status,
                90,
                until=lambda status: status == Submission.Status.READY,
            )
            assert ready == Submission.Status.READY
        finally:
            second.terminate()
            second.wait(timeout=20)
    finally:
        app.conf.task_always_eager = settings.CELERY_TASK_ALWAYS_EAGER
        if first.poll() is None:
            os.killpg(first.pid, signal.SIGKILL)

    slow.refresh_from_db()
    assert slow.attempts == 2
    assert slow.status == SubmissionFile.Status.FAILED
    assert "Na de crash." in submission.files.get(name="goed.pdf").extracted_text
    assert Path(slow.file.path).exists()


@pytest.mark.usefixtures("private_root")
def test_48_megapixel_photo_is_published_smaller_within_the_memory_limit(settings):
    assert settings.UPLOADS_PROCESS_MEMORY_MB == 768
    submission = make_submission(("telefoon.jpg", files.large_photo(8000, 6000)))

    process_submission(submission.pk)

    item = submission.files.get()
    assert item.status == SubmissionFile.Status.PROCESSED, item.outcome
    with Image.open(item.file.path) as photo:
        assert max(photo.size) == scrub.PUBLISHED_MAX_SIDE
        assert photo.size == (3000, 2250)
        assert not photo.getexif()
    with Image.open(item.thumbnail.path) as thumbnail:
        assert not thumbnail.getexif()


@pytest.mark.usefixtures("private_root")
def test_49_megapixel_png_is_published_smaller_within_the_memory_limit(settings):
    assert settings.UPLOADS_PROCESS_MEMORY_MB == 768
    submission = make_submission(("poster.png", files.large_png(8000, 6125)))

    process_submission(submission.pk)

    item = submission.files.get()
    assert item.status == SubmissionFile.Status.PROCESSED, item.outcome
    with Image.open(item.file.path) as poster:
        assert max(poster.size) == scrub.PUBLISHED_MAX_SIDE
        assert poster.mode == "RGBA"
