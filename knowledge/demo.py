"""Loads the demo site from the files in ``demo/`` (``demo_content``): idempotent, by slug."""

import io
from dataclasses import dataclass, field
from pathlib import Path

from django.apps import apps
from django.core.files.images import ImageFile
from django.db import transaction
from django.utils.text import slugify

from wagtail.images import get_image_model
from wagtail.models import Locale, Page
from wagtail.rich_text import RichText

from PIL import Image as PILImage
from PIL import ImageDraw

from academy.demo import load_academy_demo
from academy.models import AcademyIndexPage
from core.content_files import DEMO_ROOT
from core.demo_translations import load_demo_translations
from core.site_tree import ensure_site_tree
from helpdesk.bundles import ensure_helpdesk_group
from knowledge import demo_content
from knowledge.editorial import ensure_editorial_workflow
from knowledge.models import (
    CasePage,
    DevelopmentStage,
    FundingSource,
    GlossaryAlias,
    GlossaryPage,
    GlossaryTerm,
    Initiative,
    InitiativeType,
    KnowledgeIndexPage,
    LegalForm,
    MonitorEdition,
    MonitorPage,
    MonitorProvinceCount,
    MonitorResult,
    Province,
    Theme,
    WhitepaperPage,
)
from knowledge.sections import ensure_initiative_index
from knowledge.vocabulary_data import ENGLISH, load_translations, load_vocabularies
from uploads.demo import load_demo_uploads

PALETTE = [(0, 89, 79), (0, 61, 54), (122, 61, 0), (60, 60, 120), (110, 30, 60)]


@dataclass
class DemoReport:
    created: list[str] = field(default_factory=list)

    def lines(self) -> list[str]:
        return self.created or ["Demo-inhoud stond er al; niets toegevoegd."]


def _ensure_child(parent: Page, model, slug: str, **fields) -> tuple[Page, bool]:
    existing = parent.get_children().filter(slug=slug).first()
    if existing is not None:
        return existing.specific, False
    page = model(slug=slug, **fields)
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page, True


def _by_slug(model, locale: Locale, slug: str | None):
    return model.objects.get(locale=locale, slug=slug) if slug else None


def _stream(blocks: list[tuple[str, object]]) -> list[tuple[str, object]]:
    return [(kind, RichText(value) if kind == "paragraph" else value) for kind, value in blocks]


def generated_image(title: str, number: int):
    """A simple coloured banner made here, so the demo needs no downloads."""
    image_model = get_image_model()
    existing = image_model.objects.filter(title=title).first()
    if existing is not None:
        return existing
    colour = PALETTE[number % len(PALETTE)]
    canvas = PILImage.new("RGB", (1200, 630), colour)
    draw = ImageDraw.Draw(canvas)
    for step in range(0, 630, 30):
        shade = tuple(min(255, c + step // 6) for c in colour)
        draw.rectangle([0, step, 1200, step + 30], fill=shade)
    draw.ellipse([820, 150, 1150, 480], outline=(255, 255, 255), width=12)
    buffer = io.BytesIO()
    canvas.save(buffer, format="PNG")
    return image_model.objects.create(
        title=title, file=ImageFile(buffer, name=f"{slugify(title)[:60]}.png")
    )


def _load_initiatives(root: Path, locale: Locale, report: DemoReport) -> None:
    for item in demo_content.initiatives(root):
        _, created = Initiative.objects.get_or_create(
            slug=item["slug"],
            defaults={
                "name": item["name"],
                "place": item["place"],
                "municipality": item["municipality"] or "",
                "province": _by_slug(Province, locale, item["province"]),
                "initiative_type": _by_slug(InitiativeType, locale, item["initiative_type"]),
                "legal_form": _by_slug(LegalForm, locale, item["legal_form"]),
                "website": item["website"] or "",
                "founding_year": item["founding_year"],
            },
        )
        if created:
            report.created.append(f"initiatief: {item['name']}")


def _load_glossary(root: Path, locale: Locale, report: DemoReport) -> None:
    for item in demo_content.glossary(root):
        term, created = GlossaryTerm.objects.get_or_create(
            locale=locale,
            slug=item["slug"],
            defaults={"term": item["term"], "definition": item["definition"]},
        )
        if not created:
            continue
        aliases = [(text, GlossaryAlias.SYNONYM) for text in item["synonyms"]]
        aliases += [(text, GlossaryAlias.ABBREVIATION) for text in item["abbreviations"]]
        for order, (text, kind) in enumerate(aliases):
            GlossaryAlias.objects.create(term=term, text=text, kind=kind, sort_order=order)
        term.themes.set(Theme.objects.filter(locale=locale, slug__in=item["themes"]))
        term.save()
        report.created.append(f"begrip: {item['term']}")


def _load_cases(root: Path, index: KnowledgeIndexPage, locale: Locale, report: DemoReport) -> None:
    for number, item in enumerate(demo_content.cases(root)):
        if index.get_children().filter(slug=item["slug"]).exists():
            continue
        case = CasePage(
            slug=item["slug"],
            title=item["title"],
            summary=item["summary"],
            initiative=Initiative.objects.filter(slug=item["initiative"]).first(),
            image=generated_image(item["title"], number),
            initiative_type=_by_slug(InitiativeType, locale, item["initiative_type"]),
            legal_form=_by_slug(LegalForm, locale, item["legal_form"]),
            province=_by_slug(Province, locale, item["province"]),
            setting=item["setting"] or "",
            founding_year=item["founding_year"],
            members=item["members"],
            paid_staff=item["paid_staff"],
            volunteers=item["volunteers"],
            development_stage=_by_slug(DevelopmentStage, locale, item["development_stage"]),
            body=_stream(item["body"]),
            what_worked=[("principle", text) for text in item["what_worked"]],
            lessons=[("lesson", text) for text in item["lessons"]],
            search_keywords=item["keywords_nl"],
            search_description=item["summary"],
        )
        case.themes = list(Theme.objects.filter(locale=locale, slug__in=item["themes"]))
        case.funding_sources = list(
            FundingSource.objects.filter(locale=locale, slug__in=item["funding_sources"])
        )
        case.tags.add(*item["tags"])
        index.add_child(instance=case)
        case.save_revision().publish()
        report.created.append(f"praktijkvoorbeeld: {item['slug']}")


def _load_whitepapers(
    root: Path, index: KnowledgeIndexPage, locale: Locale, report: DemoReport
) -> None:
    for item in demo_content.whitepapers(root):
        if index.get_children().filter(slug=item["slug"]).exists():
            continue
        whitepaper = WhitepaperPage(
            slug=item["slug"],
            title=item["title"],
            summary=item["summary"],
            search_description=item["summary"],
            authors=[("author", name) for name in item["authors"]],
            organisations=[("organisation", name) for name in item["organisations"]],
            publication_date=item["publication_date"],
            version_label=item["version_label"],
            changelog=[
                (
                    "change",
                    {"version": change["version"], "date": change["date"], "note": change["note"]},
                )
                for change in item["changelog"]
            ],
            chapters=[
                (
                    "chapter",
                    {
                        "title": chapter["title"],
                        "anchor": chapter["anchor"],
                        "body": [("paragraph", RichText(chapter["body"]))],
                    },
                )
                for chapter in item["chapters"]
            ],
        )
        whitepaper.themes = list(Theme.objects.filter(locale=locale, slug__in=item["themes"]))
        whitepaper.tags.add(*item["tags"])
        index.add_child(instance=whitepaper)
        whitepaper.save_revision().publish()
        report.created.append(f"whitepaper: {item['slug']}")


def _load_monitor(root: Path, index: KnowledgeIndexPage, report: DemoReport) -> None:
    item = demo_content.monitor(root)
    for values in item["editions"]:
        if MonitorEdition.objects.filter(year=values["year"]).exists():
            continue
        edition = MonitorEdition(
            year=values["year"],
            total=values["total"],
            summary=values["summary"],
            source=values["source"],
            source_url=values["source_url"] or "",
        )
        for order, count in enumerate(values["province_counts"]):
            edition.province_counts.add(
                MonitorProvinceCount(
                    province=count["province"], count=count["count"], sort_order=order
                )
            )
        for order, result in enumerate(values["results"]):
            edition.results.add(
                MonitorResult(label=result["label"], value=result["value"], sort_order=order)
            )
        edition.full_clean()
        edition.save()
        report.created.append(f"Monitor-editie: {edition.year}")
    _, created = _ensure_child(
        index,
        MonitorPage,
        item["slug"],
        title=item["title"],
        intro=item["intro"],
        body=_stream(item["body"]),
        search_description=item["intro"],
    )
    if created:
        report.created.append(f"Monitor-pagina: {item['slug']}")


@transaction.atomic
def load_demo_content(root: Path = DEMO_ROOT) -> list[str]:
    """A malformed file raises ``ContentFileError`` and the transaction leaves nothing behind."""
    tree = ensure_site_tree()
    home = tree.homes["nl"]
    locale = home.locale
    load_vocabularies(apps.get_model, locale)
    load_translations(apps.get_model, locale, tree.homes["en"].locale, ENGLISH)
    report = DemoReport()
    index, _ = _ensure_child(
        home,
        KnowledgeIndexPage,
        "kennisbank",
        title="Kennisbank",
        show_in_menus=True,
        intro=(
            "Praktijkvoorbeelden, whitepapers en begrippen uit de beweging van zorgzame "
            "gemeenschappen. Zoek op thema of op soort initiatief."
        ),
    )
    academy, _ = _ensure_child(
        home,
        AcademyIndexPage,
        "academie",
        title="Ella Vogelaar Academie",
        show_in_menus=True,
        intro="Leergangen en bijeenkomsten voor actieve bewoners, besturen en vrijwilligers.",
    )
    ensure_editorial_workflow(index)
    ensure_initiative_index(tree)
    _ensure_child(
        index,
        GlossaryPage,
        "begrippen",
        title="Gezamenlijke taal: begrippen van A tot Z",
        intro="Wat bedoelen we met de woorden die in de kennisbank vaak terugkomen?",
    )
    _load_initiatives(root, locale, report)
    _load_glossary(root, locale, report)
    _load_cases(root, index, locale, report)
    _load_whitepapers(root, index, locale, report)
    _load_monitor(root, index, report)
    load_demo_uploads(root, home, locale, report.created)
    report.created += load_academy_demo(root, academy, index, locale)
    for code, other_home in tree.homes.items():
        if other_home.locale != locale:
            report.created += load_demo_translations(
                root / "translations" / code, locale, other_home.locale, GlossaryTerm
            )
    ensure_helpdesk_group()
    return report.lines()
