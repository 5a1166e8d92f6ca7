from django.conf import settings
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import translation
from django.views.decorators.http import require_safe

from wagtail.models import Site

# Paths no crawler should follow, under every language prefix: private bundle and registration
# links, staff tools; and in every language search result combinations (endless, thin content).
PRIVATE_PATHS = [
    "/pakket/",
    "/academie/inschrijving/",
    "/helpdesk/",
]
# Not under a language prefix: the CMS and its API.
CMS_PATHS = ["/admin/", "/api/", "/_util/"]


@require_safe
def robots_txt(request):
    site = Site.find_for_request(request)
    base = site.root_url if site else request.build_absolute_uri("/").rstrip("/")
    prefixes = [""] + [
        f"/{code}" for code, _name in settings.LANGUAGES if code != settings.LANGUAGE_CODE
    ]
    disallowed = CMS_PATHS + [prefix + path for prefix in prefixes for path in PRIVATE_PATHS]
    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            disallowed += [reverse("search") + "?", reverse("search_feed")]
    return TemplateResponse(
        request,
        "robots.txt",
        {"disallowed": disallowed, "sitemap_url": f"{base}/sitemap.xml"},
        content_type="text/plain; charset=utf-8",
    )
