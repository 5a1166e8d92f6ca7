"""The directory of initiatives in the site tree: a Dutch page and its English translation."""

from django.db import transaction

from core.site_tree import SiteTree
from knowledge.models import InitiativeIndexPage

DIRECTORY_CONTENT = {
    "nl": {
        "slug": "initiatieven",
        "title": "Initiatieven",
        "intro": (
            "Welke zorgzame gemeenschappen zijn er bij u in de buurt? Zoek op naam of plaats, "
            "of kies een provincie, een soort initiatief of een thema."
        ),
        "map_intro": (
            "De initiatievenkaart laat per provincie zien hoeveel initiatieven in de kennisbank "
            "staan. Het is een overzicht van wat wij kennen, geen volledige telling."
        ),
    },
    "en": {
        "slug": "initiatives",
        "title": "Initiatives",
        "intro": (
            "Which caring communities are there near you? Search by name or place, or choose "
            "a province, a kind of initiative or a theme."
        ),
        "map_intro": (
            "The initiatives map shows how many initiatives the knowledge base lists in each "
            "province. It shows what we know of, not a full count."
        ),
    },
}


@transaction.atomic
def ensure_initiative_index(tree: SiteTree) -> dict[str, InitiativeIndexPage]:
    """Idempotent: the directory under each home page, in the menu, published."""
    default_code = next(iter(tree.homes))
    home = tree.homes[default_code]
    pages: dict[str, InitiativeIndexPage] = {}
    dutch = InitiativeIndexPage.objects.child_of(home).first()
    if dutch is None:
        dutch = InitiativeIndexPage(show_in_menus=True, **DIRECTORY_CONTENT[default_code])
        home.add_child(instance=dutch)
        dutch.save_revision().publish()
    pages[default_code] = dutch
    for code, other_home in tree.homes.items():
        if code == default_code:
            continue
        translation = dutch.get_translation_or_none(other_home.locale)
        if translation is None:
            translation = dutch.copy_for_translation(other_home.locale)
            for name, value in DIRECTORY_CONTENT[code].items():
                setattr(translation, name, value)
            translation.show_in_menus = True
            translation.save()
            translation.save_revision().publish()
        pages[code] = translation
    return {code: InitiativeIndexPage.objects.get(pk=page.pk) for code, page in pages.items()}
