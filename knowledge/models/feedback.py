"""Readers' feedback on whitepapers: stored first, editors notified in the background."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class WhitepaperFeedback(models.Model):
    page = models.ForeignKey(
        "knowledge.WhitepaperPage",
        verbose_name=_("whitepaper"),
        on_delete=models.CASCADE,
        related_name="feedback",
    )
    name = models.CharField(_("name"), max_length=120, blank=True)
    email = models.EmailField(_("email address"))
    comment = models.TextField(_("comment"), max_length=5000)
    created_at = models.DateTimeField(_("received"), auto_now_add=True)
    editors_notified_at = models.DateTimeField(_("editors notified"), null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("whitepaper feedback")
        verbose_name_plural = _("whitepaper feedback")

    def __str__(self) -> str:
        return f"{self.page.title}: {self.created_at:%Y-%m-%d %H:%M}"
