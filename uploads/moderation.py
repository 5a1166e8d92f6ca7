"""Moderators decide: approve (publish an UploadPage), reject with a reason, or ask for changes."""

import logging
from dataclasses import dataclass

from django.contrib.auth.models import Group
from django.core.files import File
from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext as _

from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection, Page

from core.groups import ensure_group, root_collection
from core.tasks import enqueue_after_commit
from uploads.models import (
    Submission,
    SubmissionFile,
    UploadDocument,
    UploadIndexPage,
    UploadPage,
)
from uploads.permissions import MODERATE_CODENAME, MODERATORS
from uploads.storage import delete_stored_file

logger = logging.getLogger(__name__)

COLLECTION_NAME = "Trots op mijn initiatief"
OPEN_STATUSES = {Submission.Status.READY, Submission.Status.CHANGES_REQUESTED}


class ModerationError(Exception):
    """The decision cannot be taken; ``message`` says why, for the moderator."""

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


@dataclass(frozen=True)
class Moderators:
    group: Group
    collection: Collection


def upload_collection() -> Collection:
    root = root_collection()
    existing = root.get_children().filter(name=COLLECTION_NAME).first()
    return existing or root.add_child(name=COLLECTION_NAME)


@transaction.atomic
def ensure_moderators(index_page: Page | None = None) -> Moderators:
    """Idempotent: the group Moderatoren, its permissions, and the uploads' collection."""
    collection = upload_collection()
    group = ensure_group(
        MODERATORS,
        [("wagtailadmin", "access_admin"), ("uploads", MODERATE_CODENAME)],
        collections={
            collection: [
                ("wagtaildocs", "add_document"),
                ("wagtaildocs", "change_document"),
                ("wagtaildocs", "choose_document"),
                ("wagtailimages", "add_image"),
                ("wagtailimages", "change_image"),
                ("wagtailimages", "choose_image"),
            ]
        },
        pages={index_page: ["add_page", "change_page", "publish_page"]} if index_page else None,
    )
    return Moderators(group, collection)


def _open_submission(submission_id: int) -> Submission:
    submission = Submission.objects.select_for_update().filter(pk=submission_id).first()
    if submission is None:
        raise ModerationError(_("This submission no longer exists."))
    if submission.status not in OPEN_STATUSES:
        raise ModerationError(
            _("A decision on this submission has already been taken, or it is still processed.")
        )
    return submission


def _decide(submission: Submission, status: str, user, message: str) -> None:
    submission.status = status
    submission.decided_at = timezone.now()
    submission.decided_by = user
    submission.moderator_message = message
    submission.decision_sent_at = None
    submission.save()
    enqueue_after_commit("uploads.send_submission_mail", submission.pk, status)


def _unique_slug(parent: Page, title: str, submission_id: int) -> str:
    base = slugify(title)[:80] or "materiaal"
    taken = set(parent.get_children().values_list("slug", flat=True))
    return base if base not in taken else f"{base}-{submission_id}"


def _publish_file(item: SubmissionFile, page: UploadPage, collection: Collection, user):
    document = get_document_model()(title=item.name, collection=collection, uploaded_by_user=user)
    with item.file.open("rb") as stored:
        document.file.save(item.name, File(stored), save=False)
    document._set_document_file_metadata()
    document.save()
    thumbnail = None
    if item.thumbnail:
        thumbnail = get_image_model()(
            title=_("Preview of %(name)s") % {"name": item.name},
            collection=collection,
            uploaded_by_user=user,
        )
        with item.thumbnail.open("rb") as stored:
            thumbnail.file.save(f"{item.name.rsplit('.', 1)[0]}.png", File(stored), save=False)
        thumbnail._set_image_file_metadata()
        thumbnail.save()
    UploadDocument.objects.create(page=page, document=document, thumbnail=thumbnail)


def _delete_files_after_commit(submission: Submission) -> None:
    items = list(submission.files.all())

    def delete() -> None:
        for item in items:
            delete_stored_file(item)

    transaction.on_commit(delete, robust=True)


@transaction.atomic
def approve(submission_id: int, user, message: str = "") -> UploadPage:
    submission = _open_submission(submission_id)
    index_page = UploadIndexPage.objects.filter(locale__language_code="nl").first()
    if index_page is None:
        raise ModerationError(_("There is no 'Trots op mijn initiatief' page to publish under."))
    files = list(submission.files.filter(status=SubmissionFile.Status.PROCESSED))
    if not files:
        raise ModerationError(_("None of the files could be processed, so nothing can be shown."))
    page = UploadPage(
        title=submission.title,
        slug=_unique_slug(index_page, submission.title, submission.pk),
        description=submission.description,
        initiative=submission.initiative,
        initiative_name=submission.initiative_name,
        place=submission.place,
        province=submission.province,
        material_type=submission.material_type,
        year=submission.year,
        extracted_text="\n\n".join(item.extracted_text for item in files if item.extracted_text),
        owner=user,
    )
    index_page.add_child(instance=page)
    page.themes.set(submission.themes.all())
    collection = upload_collection()
    for item in files:
        _publish_file(item, page, collection, user)
    page.save_revision(user=user).publish(user=user)
    submission.page = page
    _decide(submission, Submission.Status.APPROVED, user, message)
    # Published copies live in the documents now; the private originals go.
    _delete_files_after_commit(submission)
    submission.files.update(extracted_text="")
    logger.info("Submission %s approved as page %s", submission.pk, page.pk)
    return page


@transaction.atomic
def reject(submission_id: int, user, reason: str) -> Submission:
    if not reason.strip():
        raise ModerationError(_("Write the reason; the sender receives it in a polite email."))
    submission = _open_submission(submission_id)
    _decide(submission, Submission.Status.REJECTED, user, reason.strip())
    _delete_files_after_commit(submission)
    submission.files.all().delete()
    return submission


@transaction.atomic
def request_changes(submission_id: int, user, message: str) -> Submission:
    if not message.strip():
        raise ModerationError(_("Write what the sender should change."))
    submission = _open_submission(submission_id)
    _decide(submission, Submission.Status.CHANGES_REQUESTED, user, message.strip())
    return submission
