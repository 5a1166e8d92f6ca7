from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib.sitemaps.views import sitemap
from django.urls import include, path
from django.utils.translation import gettext_lazy as _
from django.views.generic import RedirectView

from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.documents import urls as wagtaildocs_urls
from wagtail.utils.urlpatterns import decorate_urlpatterns

from core import views as core_views
from core.csp import admin_policy
from core.sitemaps import TranslatedSitemap
from knowledge.api import (
    ENDPOINTS,
    BoundedDocumentsAPIViewSet,
    BoundedImagesAPIViewSet,
    BoundedPagesAPIViewSet,
)
from search import api as search_api
from search import openapi as search_openapi
from search import views as search_views

api_router = WagtailAPIRouter("wagtailapi")
api_router.register_endpoint("pages", BoundedPagesAPIViewSet)
api_router.register_endpoint("images", BoundedImagesAPIViewSet)
api_router.register_endpoint("documents", BoundedDocumentsAPIViewSet)
for name, endpoint in ENDPOINTS.items():
    api_router.register_endpoint(name, endpoint)

urlpatterns = [
    path("admin/", include(decorate_urlpatterns(wagtailadmin_urls.urlpatterns, admin_policy))),
    path("documents/", include(wagtaildocs_urls)),
    path("api/v2/search/", search_api.search_api, name="search_api"),
    path("api/v2/search/openapi.json", search_openapi.schema_view, name="search_api_schema"),
    path("api/v2/", api_router.urls),
    path("sitemap.xml", sitemap, {"sitemaps": {"pages": TranslatedSitemap}}),
    path("robots.txt", core_views.robots_txt, name="robots_txt"),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

urlpatterns += i18n_patterns(
    # Dutch "zoeken/", English "search/"; the Dutch path still leads to the English page.
    path(_("search/"), search_views.search, name="search"),
    path(_("search/feed/"), search_api.SearchFeed(), name="search_feed"),
    path("zoeken/", RedirectView.as_view(pattern_name="search", query_string=True, permanent=True)),
    path(
        "zoeken/feed/",
        RedirectView.as_view(pattern_name="search_feed", query_string=True, permanent=True),
    ),
    path("academie/", include("academy.urls")),
    path("meldingen/", include("alerts.urls")),
    path("", include("helpdesk.urls")),
    path("", include(wagtail_urls)),
    prefix_default_language=False,
)
