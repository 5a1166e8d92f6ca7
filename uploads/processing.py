"""Background processing of a submission: each file in a child process with hard limits.

Idempotent: a file is done once it has a status other than pending; a worker that dies in
the middle leaves the file pending, and the redelivered task picks it up again. A file that
keeps killing its worker is given up after ``MAX_ATTEMPTS``.
"""

import json
import logging
import os
import resource
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

from django.conf import settings
from django.core.files import File
from django.db import transaction
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext_lazy, gettext_noop

from core.tasks import enqueue_after_commit
from uploads import sandbox, scrub
from uploads.models import Submission, SubmissionFile

logger = logging.getLogger(__name__)

MAX_ATTEMPTS = 3
MB = 1024 * 1024

# Outcomes are stored as msgids and translated where a moderator reads them.
OUTCOMES = {
    "timeout": gettext_noop("Stopped: reading the file took longer than the time limit."),
    "memory": gettext_noop("Stopped: reading the file needed more memory than allowed."),
    "encrypted": gettext_noop("No text: the file is protected with a password."),
    "damaged": gettext_noop("No text: the file is damaged or cannot be read."),
    "too_large_unpacked": gettext_noop("Stopped: the document unpacks to far too much data."),
    "crashed": gettext_noop("Stopped: the reader of this file crashed."),
    "attempts": gettext_noop("Given up: processing this file stopped the worker several times."),
    "text": gettext_noop("Text taken from the file."),
    "no_text": gettext_noop("Processed; the file contains no text that can be read."),
    "image": gettext_noop("Photo processed: location and other metadata removed."),
}
# What ``scrub`` removed, by code, as the moderator reads it.
METADATA_LABELS = {
    scrub.LOCATION: gettext_lazy("location (GPS)"),
    scrub.CAMERA: gettext_lazy("camera make and model"),
    scrub.PHOTO_DETAILS: gettext_lazy("other photo details (EXIF, XMP, text)"),
    scrub.AUTHOR: gettext_lazy("author"),
    scrub.LAST_MODIFIED_BY: gettext_lazy("last modified by"),
    scrub.COMPANY: gettext_lazy("company"),
    scrub.MANAGER: gettext_lazy("manager"),
    scrub.CUSTOM_PROPERTIES: gettext_lazy("custom properties"),
    scrub.NAMES_IN_COMMENTS: gettext_lazy("names in comments and tracked changes"),
    scrub.XMP: gettext_lazy("XMP metadata"),
    scrub.SOFTWARE: gettext_lazy("software used"),
    scrub.OTHER_PROPERTIES: gettext_lazy("other document properties"),
}


@dataclass(frozen=True)
class RemovedMetadata:
    part: str
    labels: list[str]


def removed_metadata(item: SubmissionFile) -> list[RemovedMetadata]:
    """What processing removed from the file, per part, in the moderator's language."""
    return [
        RemovedMetadata(
            part=entry.get("part", ""),
            labels=[str(METADATA_LABELS.get(code, code)) for code in entry.get("fields", [])],
        )
        for entry in item.removed_metadata
        if entry.get("fields")
    ]


@dataclass(frozen=True)
class SandboxResult:
    error: str = ""
    text: str = ""
    thumbnail: Path | None = None
    cleaned: Path | None = None
    removed: tuple[dict, ...] = ()


def _limit_resources(seconds: int, memory_mb: int) -> None:
    """Runs in the child before the parser starts: CPU, memory, file size, no core dumps."""
    resource.setrlimit(resource.RLIMIT_CPU, (seconds, seconds + 1))
    resource.setrlimit(resource.RLIMIT_AS, (memory_mb * MB, memory_mb * MB))
    resource.setrlimit(resource.RLIMIT_FSIZE, (200 * MB, 200 * MB))
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))


def run_sandbox(kind: str, path: Path, output: Path, text_only: bool = False) -> SandboxResult:
    seconds = settings.UPLOADS_PROCESS_SECONDS
    memory_mb = settings.UPLOADS_PROCESS_MEMORY_MB
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "PYTHONPATH": str(settings.BASE_DIR),
        "LANG": "C.UTF-8",
    }
    try:
        completed = subprocess.run(  # noqa: S603 - fixed arguments, no shell
            [
                sys.executable,
                "-m",
                "uploads.sandbox",
                kind,
                str(path),
                str(output),
                *([sandbox.TEXT_ONLY] if text_only else []),
            ],
            capture_output=True,
            timeout=seconds,
            cwd=settings.BASE_DIR,
            env=env,
            preexec_fn=lambda: _limit_resources(seconds, memory_mb),
            check=False,
        )
    except subprocess.TimeoutExpired:
        return SandboxResult(error="timeout")
    if completed.returncode < 0:
        return SandboxResult(error="timeout" if completed.returncode == -24 else "crashed")
    try:
        answer = json.loads(completed.stdout or b"{}")
    except ValueError:
        answer = {}
    if completed.returncode != 0 or "error" in answer:
        if "error" not in answer:
            logger.warning("Sandbox for %s ended with %s", path.name, completed.stderr[-500:])
        return SandboxResult(error=answer.get("error", "crashed"))
    return SandboxResult(
        text=answer.get("text", ""),
        thumbnail=Path(answer["thumbnail"]) if answer.get("thumbnail") else None,
        cleaned=Path(answer["cleaned"]) if answer.get("cleaned") else None,
        removed=tuple(answer.get("removed", ())),
    )


def _claim(item: SubmissionFile) -> int:
    """Count the attempt in its own commit, so a worker killed next still leaves the count."""
    SubmissionFile.objects.filter(pk=item.pk).update(attempts=F("attempts") + 1)
    item.refresh_from_db(fields=["attempts"])
    return item.attempts


def _finish(item: SubmissionFile, status: str, outcome: str) -> None:
    item.status = status
    item.outcome = outcome
    item.processed_at = timezone.now()
    item.save()


def process_file(item: SubmissionFile) -> None:
    if _claim(item) > MAX_ATTEMPTS:
        _finish(item, SubmissionFile.Status.FAILED, OUTCOMES["attempts"])
        return
    with tempfile.TemporaryDirectory(prefix="nlzve-upload-") as output:
        result = run_sandbox(item.kind, Path(item.file.path), Path(output))
        if result.error:
            logger.info("File %s not processed: %s", item.pk, result.error)
            _finish(
                item, SubmissionFile.Status.FAILED, OUTCOMES.get(result.error, OUTCOMES["crashed"])
            )
            return
        if result.cleaned:
            old_name = item.file.name
            with result.cleaned.open("rb") as cleaned:
                item.file.save(item.name, File(cleaned), save=False)
            item.file.storage.delete(old_name)
            item.size = item.file.size
        if result.thumbnail:
            with result.thumbnail.open("rb") as thumbnail:
                item.thumbnail.save("thumbnail.png", File(thumbnail), save=False)
        item.extracted_text = result.text
        item.removed_metadata = list(result.removed)
        if item.kind in {"jpg", "png"}:
            outcome = OUTCOMES["image"]
        else:
            outcome = OUTCOMES["text"] if result.text else OUTCOMES["no_text"]
        _finish(item, SubmissionFile.Status.PROCESSED, outcome)


def process_submission(submission_id: int) -> bool:
    """Process every pending file; when none is left, the submission waits for a moderator."""
    submission = Submission.objects.filter(pk=submission_id).first()
    if submission is None or submission.status != Submission.Status.PROCESSING:
        return False
    for item in submission.files.filter(status=SubmissionFile.Status.PENDING):
        process_file(item)
    with transaction.atomic():
        updated = Submission.objects.filter(
            pk=submission_id, status=Submission.Status.PROCESSING
        ).update(status=Submission.Status.READY, processed_at=timezone.now())
        if updated:
            enqueue_after_commit("uploads.notify_moderators", submission_id)
    return bool(updated)
