"""The text inside an editor's document, so that search finds the page it belongs to."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class DocumentText(models.Model):
    """Read from the document in the sandbox, as uploads are; ``sha256`` tells whether the
    file changed since, so a replaced file is read again and an unchanged one is not."""

    document = models.OneToOneField(
        "wagtaildocs.Document",
        verbose_name=_("document"),
        on_delete=models.CASCADE,
        related_name="extracted_text",
    )
    sha256 = models.CharField(max_length=64)
    text = models.TextField(_("text of the document"), blank=True)
    outcome = models.CharField(_("outcome"), max_length=300, blank=True)
    extracted_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("text of a document")
        verbose_name_plural = _("texts of documents")

    def __str__(self) -> str:
        return str(self.document)
