"""The demo's 'Trots op mijn initiatief' page and one published upload, with a generated PDF.

Facts from the seeds (see docs/demo-content.md); the wording is our own.
"""

from django.core.files.base import ContentFile

from wagtail.documents import get_document_model
from wagtail.models import Locale, Page

from knowledge.models import (
    Initiative,
    Province,
    Theme,
    UploadDocument,
    UploadIndexPage,
    UploadPage,
)
from knowledge.uploads.moderation import ensure_moderators, upload_collection
from knowledge.uploads.pdf_writer import text_pdf

INDEX = {
    "slug": "trots-op-mijn-initiatief",
    "title": "Trots op mijn initiatief",
    "intro": (
        "Jaarverslagen, beleidsplannen, nieuwsbrieven en foto's van initiatieven zelf. "
        "Leer van wat anderen hebben opgeschreven, en stuur uw eigen materiaal in."
    ),
}

UPLOADS = [
    {
        "slug": "groepsverhuur-t-luukske",
        "title": "Zo houden we de voorzieningen in Wellerlooi open",
        "initiative": "multifunctioneel-centrum-t-luukske",
        "province": "limburg",
        "material_type": "overig",
        "year": 2016,
        "themes": ["financiering", "welzijn-en-ontmoeting"],
        "description": (
            "Hoe het dorp na het sluiten van de gymzaal zelf een multifunctioneel centrum "
            "opzette, en hoe groepsverhuur de voorzieningen in het dorp betaalt."
        ),
        "lines": [
            "Multifunctioneel centrum 't Luukske, Wellerlooi",
            "",
            "Toen de gemeente in 2013 de gymzaal sloot, besloten de inwoners zelf een",
            "multifunctioneel centrum op te zetten. De meeste dorpsverenigingen hebben er",
            "nu hun thuis. In 2016 bouwden vrijwilligers uit het dorp een nieuwe sporthal,",
            "die de basisschool en de sportverenigingen gebruiken.",
            "",
            "Het centrum ligt aan de rand van het dorp, bij het bos. In de zomer en in de",
            "weekenden huren groepen van buiten het dorp de ruimtes voor een kamp of een",
            "trainingsweekend. Die groepsverhuur brengt geld van buiten binnen, en daarmee",
            "blijven de voorzieningen in het dorp zelf open.",
        ],
    },
]


def load_demo_uploads(home: Page, locale: Locale, report_lines: list[str]) -> None:
    index = home.get_children().filter(slug=INDEX["slug"]).first()
    if index is None:
        index = UploadIndexPage(
            slug=INDEX["slug"], title=INDEX["title"], intro=INDEX["intro"], show_in_menus=True
        )
        home.add_child(instance=index)
        index.save_revision().publish()
        report_lines.append(f"pagina: {INDEX['slug']}")
    ensure_moderators(index)
    collection = upload_collection()
    for item in UPLOADS:
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
