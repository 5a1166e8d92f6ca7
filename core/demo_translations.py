"""Demo content in another language through wagtail-localize's own machinery: each Dutch page
or snippet named in ``demo/translations/<language>/translate.yaml`` gets a Translation whose
strings come from that folder's PO files, and is published, so it shows in the admin as a
translation of its source. Strings are matched by their field (the PO entry's msgctxt, e.g.
"title", "slug", "body") and their Dutch text, not by wagtail-localize's full context: the
demo's stream blocks get new ids on every load."""

from dataclasses import dataclass
from pathlib import Path

from django.db import models

from wagtail.models import Locale, Page

import polib
from wagtail_localize.models import Translation, TranslationSource

from core.content_files import ContentFileError, read_yaml


@dataclass(frozen=True)
class DemoTranslations:
    folder: Path
    page_slugs: list[str]
    snippet_slugs: list[str]
    strings: dict[tuple[str, str], str]


def read_demo_translations(folder: Path) -> DemoTranslations:
    plan = read_yaml(folder / "translate.yaml") or {}
    strings: dict[tuple[str, str], str] = {}
    for path in sorted(folder.glob("*.po")):
        try:
            catalogue = polib.pofile(str(path))
        except OSError as error:
            raise ContentFileError(path, f"geen leesbaar PO-bestand ({error})") from error
        for entry in catalogue:
            if entry.msgstr:
                strings[(entry.msgctxt or "", entry.msgid)] = entry.msgstr
    return DemoTranslations(
        folder=folder,
        page_slugs=list(plan.get("pages", [])),
        snippet_slugs=list(plan.get("glossary", [])),
        strings=strings,
    )


def field_of(context: str) -> str:
    """The top field of a wagtail-localize context path: "body.<block id>.text" → "body"."""
    return context.split(".", 1)[0]


def publish_translation(instance, locale: Locale, demo: DemoTranslations) -> bool:
    """Translate and publish ``instance``; False when its translation is already there."""
    if instance.get_translation_or_none(locale) is not None:
        return False
    source, _ = TranslationSource.get_or_create_from_instance(instance)
    translation, _ = Translation.objects.get_or_create(source=source, target_locale=locale)
    catalogue = translation.export_po()
    missing = []
    for entry in catalogue:
        entry.msgstr = demo.strings.get((field_of(entry.msgctxt), entry.msgid), "")
        if not entry.msgstr:
            missing.append(f"{field_of(entry.msgctxt)}: {entry.msgid}")
    if missing:
        raise ContentFileError(
            demo.folder, f"geen vertaling voor {len(missing)} tekst(en), eerste: {missing[0]!r}"
        )
    translation.import_po(catalogue, tool_name="demo")
    # Not save_target(publish=True): inside the demo's transaction it publishes on commit from
    # the page as it was then, which writes back a child count of 0 over the children that
    # were translated after it (and the section's pages could not be found).
    if not isinstance(instance, Page):
        translation.save_target(publish=True)
        return True
    translation.save_target(publish=False)
    translation.get_target_instance().get_latest_revision().publish()
    return True


def load_demo_translations(
    folder: Path, source_locale: Locale, target_locale: Locale, snippet_model: type[models.Model]
) -> list[str]:
    """Pages in tree order, so that a parent's translation exists before its children's."""
    if not (folder / "translate.yaml").exists():
        return []
    demo = read_demo_translations(folder)
    created = []
    pages = Page.objects.filter(locale=source_locale, slug__in=demo.page_slugs).order_by("path")
    found = {page.slug for page in pages}
    unknown = sorted(set(demo.page_slugs) - found)
    if unknown:
        raise ContentFileError(folder / "translate.yaml", f"onbekende pagina's: {unknown}")
    for page in pages.specific():
        if publish_translation(page, target_locale, demo):
            created.append(f"vertaling ({target_locale.language_code}): {page.title}")
    for slug in demo.snippet_slugs:
        snippet = snippet_model.objects.filter(locale=source_locale, slug=slug).first()
        if snippet is None:
            raise ContentFileError(folder / "translate.yaml", f"onbekend begrip: {slug}")
        if publish_translation(snippet, target_locale, demo):
            created.append(f"vertaling ({target_locale.language_code}): {snippet}")
    return created
