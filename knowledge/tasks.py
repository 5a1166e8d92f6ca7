"""Background work of the knowledge base. Tasks are thin: the rules live in services."""

import logging

from celery import shared_task

from core.mail import MAIL_TASK
from core.tasks import TRANSIENT_ERRORS
from knowledge import document_text, feedback, initiative_reports

logger = logging.getLogger(__name__)


@shared_task(name="knowledge.notify_editors_of_feedback", **MAIL_TASK)
def notify_editors_of_feedback(feedback_id: int) -> bool:
    return feedback.notify_editors(feedback_id)


@shared_task(name="knowledge.sweep_unnotified_feedback")
def sweep_unnotified_feedback() -> int:
    return feedback.notify_editors_again()


@shared_task(name="knowledge.purge_old_feedback")
def purge_old_feedback() -> int:
    return feedback.purge_old_feedback()


@shared_task(
    name="knowledge.extract_document_text",
    acks_late=True,
    reject_on_worker_lost=True,
    autoretry_for=TRANSIENT_ERRORS,
    retry_backoff=30,
    max_retries=5,
)
def extract_document_text(document_id: int) -> bool:
    return document_text.extract(document_id)


@shared_task(name="knowledge.send_initiative_report_mail", **MAIL_TASK)
def send_initiative_report_mail(report_id: int, which: str) -> bool:
    return initiative_reports.send_mail(report_id, which)


@shared_task(name="knowledge.sweep_unsent_initiative_report_mail")
def sweep_unsent_initiative_report_mail() -> int:
    return initiative_reports.send_mails_again()


@shared_task(name="knowledge.purge_initiative_report_contacts")
def purge_initiative_report_contacts() -> int:
    return initiative_reports.purge()
