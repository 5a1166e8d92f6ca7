"""Starting audiences of courses (Dutch, and their English translations), loaded by data
migrations; editors may rename them."""

from knowledge.vocabulary_data import load_translations

AUDIENCES = [
    (
        "beginnend-initiatief",
        "Beginnend initiatief",
        "Bewoners die net beginnen met een initiatief.",
    ),
    ("bestuur", "Bestuur", "Bestuursleden van een coöperatie, vereniging of stichting."),
    ("vrijwilligers", "Vrijwilligers", "Mensen die zich als vrijwilliger inzetten."),
    ("professionals", "Professionals", "Medewerkers van zorg- en welzijnsorganisaties."),
    ("gemeenten", "Gemeenten", "Ambtenaren en bestuurders van gemeenten."),
]


def load_audiences(get_model, locale) -> int:
    """Create what is missing in ``locale``; existing audiences keep the editors' names."""
    audience = get_model("academy", "Audience")
    created = 0
    for slug, name, description in AUDIENCES:
        _, was_created = audience.objects.get_or_create(
            locale=locale, slug=slug, defaults={"name": name, "description": description}
        )
        created += was_created
    return created


AUDIENCES_IN_ENGLISH = {
    "beginnend-initiatief": ("Starting initiative", "Residents who are just starting out."),
    "bestuur": ("Board", "Board members of a cooperative, association or foundation."),
    "vrijwilligers": ("Volunteers", "People who give their time as volunteers."),
    "professionals": ("Professionals", "Staff of care and welfare organisations."),
    "gemeenten": ("Municipalities", "Civil servants and councillors of municipalities."),
}


def load_audience_translations(get_model, source_locale, locale) -> int:
    return load_translations(
        get_model, source_locale, locale, {"Audience": AUDIENCES_IN_ENGLISH}, app_label="academy"
    )
