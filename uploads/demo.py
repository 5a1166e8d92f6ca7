"""The demo's 'Trots op mijn initiatief' page and its published uploads, each with a generated
PDF, read from ``demo/uploads/`` (see docs/demo-content.md).
"""

from pathlib import Path

from django.core.files.base import ContentFile

from wagtail.documents import get_document_model
from wagtail.models import Locale, Page

from core.content_files import (
    DEMO_ROOT,
    REQUIRED,
    fields,
    markdown_files,
    read_front_matter,
    read_yaml,
)
from knowledge.models import Initiative, Province, Theme
from uploads.models import UploadDocument, UploadIndexPage, UploadPage
from uploads.moderation import ensure_moderators, upload_collection
from uploads.pdf_writer import text_pdf

INDEX = {"slug": REQUIRED, "title": REQUIRED, "intro": ""}

UPLOAD = {
    "slug": REQUIRED,
    "title": REQUIRED,
    "initiative": None,
    "province": REQUIRED,
    "material_type": REQUIRED,
    "year": None,
    "themes": [],
    "description": "",
}


def upload_index(root: Path = DEMO_ROOT) -> dict:
    path = root / "uploads" / "index.yaml"
    return fields(path, read_yaml(path), INDEX, "het bestand")


def uploads(root: Path = DEMO_ROOT) -> list[dict]:
    """Upload fields in the front matter; the text is the generated PDF's, line by line."""
    result = []
    for path in markdown_files(root / "uploads"):
        meta, text = read_front_matter(path)
        result.append({**fields(path, meta, UPLOAD), "lines": text.strip("\n").split("\n")})
    return result


def load_demo_uploads(root: Path, home: Page, locale: Locale, report_lines: list[str]) -> None:
    page_fields = upload_index(root)
    index = home.get_children().filter(slug=page_fields["slug"]).first()
    if index is None:
        index = UploadIndexPage(**page_fields, show_in_menus=True)
        home.add_child(instance=index)
        index.save_revision().publish()
        report_lines.append(f"pagina: {page_fields['slug']}")
    ensure_moderators(index)
    collection = upload_collection()
    for item in uploads(root):
        if index.get_children().filter(slug=item["slug"]).exists():
            continue
        document = get_document_model()(title=f"{item['title']}.pdf", collection=collection)
        document.file.save(f"{item['slug']}.pdf", ContentFile(text_pdf(*item["lines"])), save=False)
        document._set_document_file_metadata()
        document.save()
        page = UploadPage(
            slug=item["slug"],
            title=item["title"],
            initiative=Initiative.objects.filter(slug=item["initiative"]).first(),
            province=Province.objects.get(locale=locale, slug=item["province"]),
            material_type=item["material_type"],
            year=item["year"],
            description=item["description"],
            extracted_text="\n".join(item["lines"]),
        )
        page.themes = list(Theme.objects.filter(locale=locale, slug__in=item["themes"]))
        index.add_child(instance=page)
        UploadDocument.objects.create(page=page, document=document)
        page.save_revision().publish()
        report_lines.append(f"materiaal: {item['slug']}")
