"""Starting audiences of courses (Dutch), loaded by a data migration; editors may rename them."""

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
