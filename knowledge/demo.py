"""Loads the demo site: the index pages and the content of ``demo_content``."""

from academy.models import AcademyIndexPage
from core.site_tree import ensure_site_tree
from knowledge.models import KnowledgeIndexPage


def _ensure_child(parent, model, **fields):
    existing = parent.get_children().type(model).first()
    if existing is not None:
        return existing.specific
    page = model(**fields)
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page


def load_demo_content() -> list[str]:
    home = ensure_site_tree().homes["nl"]
    knowledge = _ensure_child(
        home,
        KnowledgeIndexPage,
        title="Kennisbank",
        slug="kennisbank",
        intro="Praktijkvoorbeelden, whitepapers en begrippen uit de beweging van zorgzame "
        "gemeenschappen.",
    )
    academy = _ensure_child(
        home,
        AcademyIndexPage,
        title="Ella Vogelaar Academie",
        slug="academie",
        intro="Leergangen en bijeenkomsten voor actieve bewoners, besturen en vrijwilligers.",
    )
    return [f"{page.title}: {page.url_path}" for page in (knowledge, academy)]
