"""Starting values of the vocabularies (Dutch), loaded by a data migration on every install.

Editors may rename and describe them; the machine names (slugs) stay stable because search
filters, links and the demo content refer to them.
"""

THEMES = [
    (
        "financiering",
        "Financiering",
        "Hoe initiatieven hun werk betalen: gemeente, zorgverzekeraar, leden, fondsen.",
    ),
    (
        "governance-en-zeggenschap",
        "Governance en zeggenschap",
        "Wie beslist er, en hoe houden bewoners de regie?",
    ),
    ("wonen", "Wonen", "Samen wonen, wonen met zorg en langer thuis in de eigen buurt."),
    (
        "zorg-en-ondersteuning",
        "Zorg en ondersteuning",
        "Hulp bij het huishouden, verzorging, verpleging en mantelzorg.",
    ),
    (
        "welzijn-en-ontmoeting",
        "Welzijn en ontmoeting",
        "Elkaar ontmoeten, eenzaamheid voorkomen, samen dingen doen.",
    ),
    (
        "wet-en-regelgeving",
        "Wet- en regelgeving",
        "Wmo, Wlz, Zorgverzekeringswet en andere regels die ertoe doen.",
    ),
    (
        "samenwerking-gemeente-en-zorgpartijen",
        "Samenwerking met gemeente en zorgpartijen",
        "Afspraken en contracten met gemeente, verzekeraar en zorgaanbieders.",
    ),
    (
        "organisatie-en-vrijwilligers",
        "Organisatie en vrijwilligers",
        "Bestuur, vrijwilligers werven en vasthouden, betaalde krachten.",
    ),
    (
        "maatschappelijke-impact",
        "Maatschappelijke impact",
        "Wat het initiatief oplevert voor mensen, buurt en samenleving.",
    ),
    (
        "energie-en-brede-beweging",
        "Energie en brede beweging",
        "Verbinding met andere bewonersinitiatieven, zoals energie en kleine kernen.",
    ),
]

INITIATIVE_TYPES = [
    (
        "zorgcooperatie",
        "Zorgcoöperatie",
        "Bewoners organiseren samen zorg en ondersteuning in een coöperatie.",
    ),
    (
        "stadsdorp",
        "Stadsdorp",
        "Buurtbewoners in de stad die elkaar helpen en samen activiteiten organiseren.",
    ),
    (
        "noaberzorgpunt",
        "Noaberzorgpunt",
        "Burenhulp in de traditie van het noaberschap in het oosten van het land.",
    ),
    ("zorgzaam-dorp", "Zorgzaam dorp", "Een dorp dat de zorg voor elkaar samen organiseert."),
    ("burennetwerk", "Burennetwerk", "Buren die elkaar praktisch helpen."),
    (
        "buurtcollectief",
        "Buurtcollectief",
        "Een collectief van bewoners dat diensten voor de buurt regelt.",
    ),
    (
        "hospice",
        "Hospice",
        "Een huis voor zorg in de laatste levensfase, vaak met veel vrijwilligers.",
    ),
    (
        "voorzorgcirkel",
        "Voorzorgcirkel",
        "Een kleine groep ouderen die afspraken maakt over hulp aan elkaar.",
    ),
    (
        "buurthuis-met-bewonersregie",
        "Buurthuis met bewonersregie",
        "Een ontmoetingsplek die bewoners zelf runnen.",
    ),
    (
        "ouderinitiatief-pgb",
        "Ouderinitiatief (pgb)",
        "Ouders die met een pgb een woonvorm voor hun kind met een beperking regelen.",
    ),
    ("wooninitiatief", "Wooninitiatief", "Bewoners die samen een woonvorm opzetten."),
]

LEGAL_FORMS = [
    (
        "cooperatieve-vereniging",
        "Coöperatieve vereniging",
        "Een vereniging met leden die samen een onderneming drijven.",
    ),
    ("vereniging", "Vereniging", "Een organisatie met leden en een ledenvergadering."),
    ("stichting", "Stichting", "Een organisatie zonder leden, met een bestuur."),
    ("sociale-cooperatie", "Sociale coöperatie", "Een coöperatie met een maatschappelijk doel."),
    ("informeel", "Informeel", "Geen rechtsvorm: een groep bewoners die samen iets doet."),
]

PROVINCES = [
    ("groningen", "Groningen"),
    ("friesland", "Fryslân"),
    ("drenthe", "Drenthe"),
    ("overijssel", "Overijssel"),
    ("flevoland", "Flevoland"),
    ("gelderland", "Gelderland"),
    ("utrecht", "Utrecht"),
    ("noord-holland", "Noord-Holland"),
    ("zuid-holland", "Zuid-Holland"),
    ("zeeland", "Zeeland"),
    ("noord-brabant", "Noord-Brabant"),
    ("limburg", "Limburg"),
]

FUNDING_SOURCES = [
    ("wmo-gemeente", "Wmo (gemeente)", "Geld van de gemeente voor ondersteuning volgens de Wmo."),
    (
        "zorgverzekeraar",
        "Zorgverzekeraar",
        "Contracten met een zorgverzekeraar (Zorgverzekeringswet).",
    ),
    ("wlz", "Wlz", "Langdurige zorg uit de Wet langdurige zorg."),
    ("pgb", "Persoonsgebonden budget", "Zorg die bewoners met een pgb zelf inkopen."),
    ("contributie-leden", "Contributie van leden", "Bijdragen van de leden."),
    ("subsidie", "Subsidie", "Subsidie van gemeente, provincie of Rijk."),
    ("fondsen-en-giften", "Fondsen en giften", "Bijdragen van fondsen, sponsors en giften."),
    ("eigen-inkomsten", "Eigen inkomsten", "Inkomsten uit verhuur, verkoop of diensten."),
    ("vrijwillige-inzet", "Vrijwillige inzet", "Het werk van vrijwilligers, zonder geldstroom."),
]

DEVELOPMENT_STAGES = [
    ("idee", "Idee", "Een paar bewoners verkennen wat er nodig is."),
    ("opstart", "Opstart", "Het initiatief is opgericht en zet de eerste stappen."),
    ("groei", "Groei", "Meer leden, meer diensten, eerste afspraken met partners."),
    ("volwassen", "Volwassen", "Een stevige organisatie met vaste afspraken."),
    (
        "verbreding",
        "Verbreding",
        "Het initiatief pakt nieuwe terreinen op, zoals wonen of energie.",
    ),
]

VOCABULARIES = {
    "Theme": THEMES,
    "InitiativeType": INITIATIVE_TYPES,
    "LegalForm": LEGAL_FORMS,
    "Province": [(slug, name, "") for slug, name in PROVINCES],
    "FundingSource": FUNDING_SOURCES,
    "DevelopmentStage": DEVELOPMENT_STAGES,
}


def load_vocabularies(get_model, locale) -> int:
    """Create what is missing in ``locale``; existing terms keep the editors' names."""
    created = 0
    for model_name, terms in VOCABULARIES.items():
        model = get_model("knowledge", model_name)
        for slug, name, description in terms:
            _, was_created = model.objects.get_or_create(
                locale=locale, slug=slug, defaults={"name": name, "description": description}
            )
            created += was_created
    return created


# English names of the same terms, by slug: translations of the Dutch terms (same
# translation_key), so facets, facts boxes and filters read English on the English site.
ENGLISH = {
    "Theme": {
        "financiering": (
            "Funding",
            "How initiatives pay for their work: municipality, health insurer, members, funds.",
        ),
        "governance-en-zeggenschap": (
            "Governance and control",
            "Who decides, and how do residents stay in charge?",
        ),
        "wonen": (
            "Housing",
            "Living together, housing with care and staying at home in one's own neighbourhood.",
        ),
        "zorg-en-ondersteuning": (
            "Care and support",
            "Help in the home, personal care, nursing and informal care.",
        ),
        "welzijn-en-ontmoeting": (
            "Well-being and meeting",
            "Meeting one another, preventing loneliness, doing things together.",
        ),
        "wet-en-regelgeving": (
            "Law and regulation",
            "The Wmo, the Wlz, the Health Insurance Act and other rules that matter.",
        ),
        "samenwerking-gemeente-en-zorgpartijen": (
            "Working with the municipality and care providers",
            "Agreements and contracts with the municipality, insurers and care providers.",
        ),
        "organisatie-en-vrijwilligers": (
            "Organisation and volunteers",
            "The board, finding and keeping volunteers, paid staff.",
        ),
        "maatschappelijke-impact": (
            "Social impact",
            "What the initiative brings to people, the neighbourhood and society.",
        ),
        "energie-en-brede-beweging": (
            "Energy and the wider movement",
            "Links with other resident initiatives, such as energy and small villages.",
        ),
    },
    "InitiativeType": {
        "zorgcooperatie": (
            "Care cooperative",
            "Residents organise care and support together in a cooperative.",
        ),
        "stadsdorp": (
            "City village",
            "Neighbours in a city who help one another and organise activities together.",
        ),
        "noaberzorgpunt": (
            "Noaber care point",
            "Help between neighbours in the eastern tradition of noaberschap.",
        ),
        "zorgzaam-dorp": (
            "Caring village",
            "A village that organises caring for one another together.",
        ),
        "burennetwerk": (
            "Neighbour network",
            "Neighbours who help one another with practical things.",
        ),
        "buurtcollectief": (
            "Neighbourhood collective",
            "A collective of residents that arranges services for the neighbourhood.",
        ),
        "hospice": ("Hospice", "A house for care at the end of life, often with many volunteers."),
        "voorzorgcirkel": (
            "Care circle",
            "A small group of older people who agree how they will help one another.",
        ),
        "buurthuis-met-bewonersregie": (
            "Community centre run by residents",
            "A meeting place that residents run themselves.",
        ),
        "ouderinitiatief-pgb": (
            "Parents' initiative (personal budget)",
            "Parents who use a personal budget to arrange a home for their disabled child.",
        ),
        "wooninitiatief": (
            "Housing initiative",
            "Residents who set up a form of housing together.",
        ),
    },
    "LegalForm": {
        "cooperatieve-vereniging": (
            "Cooperative association",
            "An association whose members run an enterprise together.",
        ),
        "vereniging": ("Association", "An organisation with members and a general meeting."),
        "stichting": ("Foundation", "An organisation without members, run by a board."),
        "sociale-cooperatie": ("Social cooperative", "A cooperative with a social purpose."),
        "informeel": ("Informal", "No legal form: a group of residents doing something together."),
    },
    "Province": {
        "groningen": ("Groningen", ""),
        "friesland": ("Friesland", ""),
        "drenthe": ("Drenthe", ""),
        "overijssel": ("Overijssel", ""),
        "flevoland": ("Flevoland", ""),
        "gelderland": ("Gelderland", ""),
        "utrecht": ("Utrecht", ""),
        "noord-holland": ("North Holland", ""),
        "zuid-holland": ("South Holland", ""),
        "zeeland": ("Zeeland", ""),
        "noord-brabant": ("North Brabant", ""),
        "limburg": ("Limburg", ""),
    },
    "FundingSource": {
        "wmo-gemeente": (
            "Wmo (municipality)",
            "Money from the municipality for support under the Wmo.",
        ),
        "zorgverzekeraar": (
            "Health insurer",
            "Contracts with a health insurer (Health Insurance Act).",
        ),
        "wlz": ("Wlz", "Long-term care under the Long-term Care Act."),
        "pgb": ("Personal budget", "Care that residents buy themselves with a personal budget."),
        "contributie-leden": ("Members' fees", "What the members pay."),
        "subsidie": ("Grant", "A grant from the municipality, the province or the state."),
        "fondsen-en-giften": ("Funds and gifts", "Money from funds, sponsors and donations."),
        "eigen-inkomsten": ("Own income", "Income from letting, sales or services."),
        "vrijwillige-inzet": (
            "Volunteer work",
            "The work of volunteers, without money changing hands.",
        ),
    },
    "DevelopmentStage": {
        "idee": ("Idea", "A few residents explore what is needed."),
        "opstart": ("Starting up", "The initiative has been founded and takes its first steps."),
        "groei": ("Growing", "More members, more services, first agreements with partners."),
        "volwassen": ("Established", "A solid organisation with lasting agreements."),
        "verbreding": (
            "Broadening",
            "The initiative takes up new fields, such as housing or energy.",
        ),
    },
}


def load_translations(
    get_model, source_locale, locale, names: dict, app_label: str = "knowledge"
) -> int:
    """Translate each source term that has a name in ``names`` into ``locale``: the same slug
    and translation_key; terms already translated keep the editors' names."""
    created = 0
    for model_name, by_slug in names.items():
        model = get_model(app_label, model_name)
        for term in model.objects.filter(locale=source_locale, slug__in=by_slug):
            name, description = by_slug[term.slug]
            _, was_created = model.objects.get_or_create(
                translation_key=term.translation_key,
                locale=locale,
                defaults={"slug": term.slug, "name": name, "description": description},
            )
            created += was_created
    return created
