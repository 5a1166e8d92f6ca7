"""The public directory of initiatives: one page per locale that routes the snippet's views.

The initiatives stay snippets (decision 0004); this page gives them URLs: the directory with
its filters, the Initiatievenkaart, the CSV downloads and a page per initiative (decision 0019).
"""

from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.models import Page
from wagtail.search import index


class InitiativeIndexPage(RoutablePageMixin, Page):
    """The directory of initiatives, the Initiatievenkaart and a page per initiative."""

    intro = models.TextField(_("introduction"), max_length=800, blank=True)
    map_intro = models.TextField(_("introduction to the map"), max_length=800, blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("map_intro")]
    search_fields = [*Page.search_fields, index.SearchField("intro")]
    api_fields = [APIField("intro")]

    parent_page_types = ["core.HomePage"]
    subpage_types: list[str] = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("initiatives directory")
        verbose_name_plural = _("initiatives directories")

    # Page as controller: the views import the selectors, which import these models.
    @path("")
    def directory(self, request):
        from knowledge import directory_views

        return directory_views.directory_page(request, self)

    @path("kaart/")
    def map(self, request):
        from knowledge import directory_views

        return directory_views.map_page(request, self)

    @path("csv/")
    def directory_csv(self, request):
        from knowledge import directory_views

        return directory_views.directory_csv(request, self)

    @path("provincies/csv/")
    def province_csv(self, request):
        from knowledge import directory_views

        return directory_views.province_csv(request, self)

    @path("aanmelden/")
    def report(self, request):
        from knowledge import directory_views

        return directory_views.report_page(request, self)

    @path("<slug:slug>/")
    def initiative(self, request, slug):
        from knowledge import directory_views

        return directory_views.initiative_page(request, self, slug)

    def initiative_url(self, initiative, request=None) -> str:
        return self.url + self.reverse_subpage("initiative", args=[initiative.slug])

    def initiative_full_url(self, initiative, request=None) -> str | None:
        """With scheme and host, for the API, feeds and mails; none when no site serves it."""
        base = self.get_full_url(request)
        return base + self.reverse_subpage("initiative", args=[initiative.slug]) if base else None

    def get_sitemap_urls(self, request=None):
        from knowledge.directory import published_initiatives

        urls = super().get_sitemap_urls(request)
        base = self.get_full_url(request)
        if not base:
            return urls
        for initiative in published_initiatives():
            urls.append(
                {
                    "location": base + self.reverse_subpage("initiative", args=[initiative.slug]),
                    "lastmod": initiative.last_checked,
                }
            )
        return urls
