"""sitemap.xml: every language's tree, each page with its translations as alternates."""

from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page

from core.seo import pages_by_location


class TranslatedSitemap(Sitemap):
    """Wagtail's sitemap reads the site's root page only, which is the Dutch home; the
    English tree is its translation beside it."""

    def items(self):
        homes = self.get_wagtail_site().root_page.get_translations(inclusive=True)
        pages = Page.objects.none()
        for home in homes:
            pages |= home.get_descendants(inclusive=True)
        return pages.live().public().order_by("path").defer_streamfields().specific()

    def _urls(self, page, protocol, domain):
        urls = super()._urls(page, protocol, domain)
        alternates = pages_by_location(self.paginator.page(page).object_list, self.request)
        for url in urls:
            url["alternates"] = alternates.get(url["location"], [])
        return urls
