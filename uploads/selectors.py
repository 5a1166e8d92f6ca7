"""Read-side queries for published uploads."""

from dataclasses import dataclass

from wagtail.models import Page

from uploads.models import UploadPage


@dataclass(frozen=True)
class UploadFilters:
    province: str = ""
    material_type: str = ""
    theme: str = ""
    year: int | None = None


def published_uploads(index_page: Page):
    return (
        UploadPage.objects.live()
        .public()
        .child_of(index_page)
        .select_related("province", "initiative")
        .prefetch_related("upload_documents__thumbnail", "upload_documents__document")
    )


def filtered_uploads(index_page: Page, filters: UploadFilters) -> list[UploadPage]:
    uploads = published_uploads(index_page)
    if filters.province:
        uploads = uploads.filter(province__slug=filters.province)
    if filters.material_type:
        uploads = uploads.filter(material_type=filters.material_type)
    if filters.theme:
        uploads = uploads.filter(themes__slug=filters.theme)
    if filters.year:
        uploads = uploads.filter(year=filters.year)
    return list(uploads.distinct().order_by("-year", "-first_published_at"))


def years(index_page: Page) -> list[int]:
    return sorted(set(published_uploads(index_page).values_list("year", flat=True)), reverse=True)


def uploads_of_initiative(initiative_id: int | None, locale_id: int) -> list[UploadPage]:
    if not initiative_id:
        return []
    return list(
        UploadPage.objects.live()
        .public()
        .filter(initiative_id=initiative_id, locale_id=locale_id)
        .order_by("-year", "title")
    )
