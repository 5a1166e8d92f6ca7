"""Text of editors' documents (a whitepaper's PDF) for search, read the way uploads are read.

The file goes through the same child process with the same limits as an upload
(``uploads.processing.run_sandbox``), in text-only mode: editors publish their own
files as they are, and search needs only the words.
"""

import hashlib
import logging
import shutil
import tempfile
from pathlib import Path

from django.db import transaction

from wagtail.documents import get_document_model

from knowledge.models import DocumentText
from uploads.processing import OUTCOMES, run_sandbox

logger = logging.getLogger(__name__)

READABLE_KINDS = {"pdf", "docx", "odt", "xlsx", "pptx"}
CHUNK = 1024 * 1024


def _sha256(file) -> str:
    digest = hashlib.sha256()
    with file.open("rb") as stored:
        for chunk in iter(lambda: stored.read(CHUNK), b""):
            digest.update(chunk)
    return digest.hexdigest()


def extract(document_id: int) -> bool:
    """Read the document's text unless it was read from this very file already.

    Idempotent; True when the stored text changed. Saving the ``DocumentText`` reindexes the
    pages that use the document (``search.signal_handlers``).
    """
    document = get_document_model().objects.filter(pk=document_id).first()
    if document is None:
        return False
    kind = document.file_extension.lower()
    if kind not in READABLE_KINDS:
        return bool(DocumentText.objects.filter(document=document).delete()[0])
    digest = _sha256(document.file)
    if DocumentText.objects.filter(document=document, sha256=digest).exists():
        return False
    with tempfile.TemporaryDirectory(prefix="nlzve-document-") as folder:
        source = Path(folder) / f"document.{kind}"
        with document.file.open("rb") as stored, source.open("wb") as copy:
            shutil.copyfileobj(stored, copy, CHUNK)
        output = Path(folder) / "output"
        output.mkdir()
        result = run_sandbox(kind, source, output, text_only=True)
    if result.error:
        logger.info("No text from document %s: %s", document_id, result.error)
    outcome = OUTCOMES.get(result.error, OUTCOMES["crashed"]) if result.error else ""
    with transaction.atomic():
        DocumentText.objects.update_or_create(
            document=document,
            defaults={"sha256": digest, "text": result.text, "outcome": outcome},
        )
    return True
